package bolt

import (
	"encoding/binary"
	"errors"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// Changes are stored in a compact binary form rather than JSON: the
// nightly roll-up reads hundreds of thousands of them, and decoding JSON
// (five times each) was most of its time. The layout, after a version
// byte: org, id, rev, at, a byte saying whether "before" follows, before,
// after; a facts is state, reason, department, grade, the exemptions
// (count, then each), received, since. Strings are a uvarint length and
// the bytes; integers and times (Unix nanoseconds, 0 for the zero time)
// varints.
const changeFormat = 1

var errBadChange = errors.New("ledger: malformed change entry")

func putString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func putTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return binary.AppendVarint(b, 0)
	}
	return binary.AppendVarint(b, t.UnixNano())
}

func putFacts(b []byte, f ledger.Facts) []byte {
	b = putString(b, string(f.State))
	b = putString(b, f.Reason)
	b = putString(b, f.Department)
	b = putString(b, f.Grade)
	b = binary.AppendUvarint(b, uint64(len(f.Exemptions)))
	for _, x := range f.Exemptions {
		b = putString(b, x)
	}
	b = putTime(b, f.Received)
	return putTime(b, f.Since)
}

func encodeChange(c ledger.Change) []byte {
	b := make([]byte, 0, 160)
	b = append(b, changeFormat)
	b = putString(b, c.Org)
	b = putString(b, c.ID)
	b = binary.AppendVarint(b, c.Rev)
	b = putTime(b, c.At)
	if c.Before != nil {
		b = append(b, 1)
		b = putFacts(b, *c.Before)
	} else {
		b = append(b, 0)
	}
	return putFacts(b, c.After)
}

// reader decodes one entry; the first fault sticks.
type reader struct {
	b   []byte
	bad bool
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) string() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.bad, r.b = true, nil
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.bad = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) time() time.Time {
	if ns := r.varint(); ns != 0 {
		return time.Unix(0, ns).UTC()
	}
	return time.Time{}
}

func (r *reader) facts() ledger.Facts {
	f := ledger.Facts{State: ledger.State(r.string()), Reason: r.string(), Department: r.string(), Grade: r.string()}
	// Each exemption takes a byte at least: a count beyond what is left
	// is a malformed entry, not an allocation.
	if n := r.uvarint(); n > uint64(len(r.b)) {
		r.bad = true
	} else if n > 0 {
		f.Exemptions = make([]string, n)
		for i := range f.Exemptions {
			f.Exemptions[i] = r.string()
		}
	}
	f.Received, f.Since = r.time(), r.time()
	return f
}

func decodeChange(b []byte) (ledger.Change, error) {
	r := &reader{b: b}
	if r.byte() != changeFormat {
		return ledger.Change{}, errBadChange
	}
	c := ledger.Change{Org: r.string(), ID: r.string(), Rev: r.varint(), At: r.time()}
	if r.byte() == 1 {
		f := r.facts()
		c.Before = &f
	}
	c.After = r.facts()
	if r.bad || len(r.b) != 0 {
		return ledger.Change{}, errBadChange
	}
	return c, nil
}
