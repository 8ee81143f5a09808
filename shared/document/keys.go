package document

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reason codes for object keys that encoding/json would silently resolve.
const (
	// CodeDuplicateKey: an object names the same key twice; the decoder
	// would keep the last ("disclosure" closed, then public).
	CodeDuplicateKey = "envelope.duplicate_key"
	// CodeCaseVariantKey: an object has keys that differ only in case, or
	// a key that is an envelope field only if case is ignored ("Body"); the
	// decoder matches field names case-insensitively.
	CodeCaseVariantKey = "envelope.case_variant_key"
)

// maxDepth bounds the nesting of an envelope; its own fields nest four
// levels at most.
const maxDepth = 64

// shape is the set of field names a JSON object decodes into.
type shape struct {
	fields map[string]*shape // nil: not a struct (any keys)
	elem   *shape            // the items of an array
}

// envelopeShape is derived from the Envelope type, so a field added there
// is known here.
var envelopeShape = shapeOf(reflect.TypeFor[Envelope]())

func shapeOf(t reflect.Type) *shape {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(reflect.TypeFor[json.Unmarshaler]()) ||
		reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		return nil // a string in JSON (time.Time)
	}
	switch t.Kind() {
	case reflect.Struct:
		s := &shape{fields: map[string]*shape{}}
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" || !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			s.fields[name] = shapeOf(f.Type)
		}
		return s
	case reflect.Slice, reflect.Array:
		return &shape{elem: shapeOf(t.Elem())}
	}
	return nil
}

// checkKeys refuses, at any depth, an object that names a key twice or two
// keys equal but for case, and an envelope field written in another case.
// Syntax errors are left to the decoder, which reports them as
// envelope.invalid_json.
func checkKeys(data []byte) *Problem {
	dec := json.NewDecoder(bytes.NewReader(data))
	p, _ := walkKeys(dec, envelopeShape, "$", 0)
	return p
}

// walkKeys reads one JSON value. The error is a syntax error (ignored).
func walkKeys(dec *json.Decoder, sh *shape, path string, depth int) (*Problem, error) {
	if depth > maxDepth {
		return Errorf("envelope.invalid_json", fmt.Sprintf("the envelope nests deeper than %d levels", maxDepth)), nil
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil, nil
	}
	switch d {
	case '{':
		seen := map[string]bool{}
		folded := map[string]string{}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, err
			}
			k, _ := kt.(string)
			at := path + "." + quote(k)
			if seen[k] {
				return Errorf(CodeDuplicateKey, "key "+at+" appears more than once; the envelope must name each key once"), nil
			}
			seen[k] = true
			f := fold(k)
			if other, dup := folded[f]; dup {
				return Errorf(CodeCaseVariantKey, "keys "+path+"."+quote(other)+" and "+at+" differ only in case; keys are case-sensitive"), nil
			}
			folded[f] = k
			var child *shape
			if sh != nil && sh.fields != nil {
				c, known := sh.fields[k]
				if !known {
					for name := range sh.fields {
						if fold(name) == f {
							return Errorf(CodeCaseVariantKey, "key "+at+" is the field "+quote(name)+" in another case; keys are case-sensitive"), nil
						}
					}
				}
				child = c
			}
			if p, err := walkKeys(dec, child, at, depth+1); p != nil || err != nil {
				return p, err
			}
		}
	case '[':
		var elem *shape
		if sh != nil {
			elem = sh.elem
		}
		for i := 0; dec.More(); i++ {
			if p, err := walkKeys(dec, elem, fmt.Sprintf("%s[%d]", path, i), depth+1); p != nil || err != nil {
				return p, err
			}
		}
	}
	_, err = dec.Token() // the closing delimiter
	return nil, err
}

// fold maps s to one representative of its case-insensitive class, the
// same classes strings.EqualFold (and encoding/json's field matching) use:
// K, k and the Kelvin sign K fold alike, as do S, s and ſ.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		min := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < min {
				min = f
			}
		}
		b.WriteRune(min)
	}
	return b.String()
}

// quote shows a sender's key in a message (for the staff and the sender's
// notice, never a log), bounded.
func quote(k string) string {
	if len(k) > 64 {
		cut := 64
		for cut > 0 && !utf8.RuneStart(k[cut]) {
			cut--
		}
		k = k[:cut] + "…"
	}
	return fmt.Sprintf("%q", k)
}
