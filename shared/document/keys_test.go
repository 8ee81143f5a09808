package document

import (
	"encoding/json"
	"strings"
	"testing"
)

// withKey inserts raw JSON text right after the opening brace of a valid
// envelope, so that a test can write what a map cannot hold: a key twice.
func withKey(t *testing.T, raw string) []byte {
	t.Helper()
	b := encode(t, validEnvelope())
	return []byte("{" + raw + "," + string(b[1:]))
}

func TestDuplicateAndCaseVariantKeysAreRefused(t *testing.T) {
	cases := map[string]struct {
		data []byte
		code string
	}{
		// The attack of the issue: closed first, public last; the last won.
		"disclosure twice": {withKey(t, `"disclosure":{"grade":"closed","exemptions":["2"]}`), CodeDuplicateKey},
		"id twice":         {withKey(t, `"id":"OTHER-ID"`), CodeDuplicateKey},
		// "Body" overrode "body".
		"Body beside body": {withKey(t, `"Body":"다른 본문"`), CodeCaseVariantKey},
		"TITLE alone": {func() []byte {
			m := validEnvelope()
			m["TITLE"] = m["title"]
			delete(m, "title")
			return encode(t, m)
		}(), CodeCaseVariantKey},
		// encoding/json folds the Kelvin sign to k: "\u212aeywords" is keywords.
		"Kelvin keywords": {withKey(t, `"\u212aeywords":["숨은 키워드"]`), CodeCaseVariantKey},
		"nested twice": {func() []byte {
			b := encode(t, validEnvelope())
			return []byte(strings.Replace(string(b), `"grade":"public"`, `"grade":"closed","grade":"public"`, 1))
		}(), CodeDuplicateKey},
		"nested case variant": {func() []byte {
			b := encode(t, validEnvelope())
			return []byte(strings.Replace(string(b), `"rank":"division_head"`, `"rank":"division_head","Rank":"mayor"`, 1))
		}(), CodeCaseVariantKey},
		"in a file entry": {func() []byte {
			m := validEnvelope()
			m["files"] = []any{map[string]any{"name": "a.txt", "key": "files/a.txt"}}
			b := encode(t, m)
			return []byte(strings.Replace(string(b), `"key":"files/a.txt"`, `"key":"files/a.txt","key":"../../etc/passwd"`, 1))
		}(), CodeDuplicateKey},
		"unknown keys differing in case": {withKey(t, `"x_extra":1,"X_EXTRA":2`), CodeCaseVariantKey},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeEnvelope(c.data, seoul)
			p, ok := Reason(err)
			if !ok || p.Code != c.code {
				t.Fatalf("got %v, want %s", err, c.code)
			}
		})
	}
}

// The danger is real: without the check the decoder takes these keys.
func TestTheDecoderAloneWouldAcceptThem(t *testing.T) {
	var e Envelope
	if err := json.Unmarshal(withKey(t, `"\u212aeywords":["숨은 키워드"]`), &e); err != nil {
		t.Fatal(err)
	}
	var dup Envelope
	json.Unmarshal([]byte(`{"disclosure":{"grade":"closed"},"disclosure":{"grade":"public"}}`), &dup)
	if dup.Disclosure.Grade != GradePublic {
		t.Fatalf("encoding/json kept %q; the test's premise changed", dup.Disclosure.Grade)
	}
}

func TestKeysCheckLeavesGoodEnvelopesAlone(t *testing.T) {
	m := validEnvelope()
	m["x_vendor_extension"] = map[string]any{"Code": 1, "code_2": []any{map[string]any{"a": 1}, map[string]any{"a": 2}}}
	if _, err := DecodeEnvelope(encode(t, m), seoul); err != nil {
		t.Fatalf("unknown fields and repeated keys in sibling objects must pass: %v", err)
	}
	// Malformed JSON is still reported as such.
	if _, err := DecodeEnvelope([]byte(`{"id":"a","x"`), seoul); err == nil {
		t.Fatal("accepted malformed JSON")
	} else if p, _ := Reason(err); p.Code != "envelope.invalid_json" {
		t.Errorf("malformed: %v", err)
	}
	deep := strings.Repeat(`{"a":`, 100) + "1" + strings.Repeat("}", 100)
	if _, err := DecodeEnvelope(withKey(t, `"x":`+deep), seoul); err == nil {
		t.Error("accepted nesting 100 deep")
	} else if p, _ := Reason(err); p.Code != "envelope.invalid_json" {
		t.Errorf("deep: %v", err)
	}
}

func TestFoldMatchesEqualFold(t *testing.T) {
	for _, pair := range [][2]string{{"keywords", "\u212aeywords"}, {"ſchema", "SCHEMA"}, {"body", "BoDy"}, {"제목", "제목"}} {
		if fold(pair[0]) != fold(pair[1]) || !strings.EqualFold(pair[0], pair[1]) {
			t.Errorf("%q and %q fold differently", pair[0], pair[1])
		}
	}
	if fold("body") == fold("bodies") {
		t.Error("different words fold alike")
	}
}
