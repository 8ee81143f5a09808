package opensearch

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
)

func TestCursorRoundTrip(t *testing.T) {
	after := []json.RawMessage{json.RawMessage(`1.5`), json.RawMessage(`1393722900000`), json.RawMessage(`"6110000:A"`)}
	c := encodeCursor(search.SortRelevance, after)
	got, err := decodeCursor(c, search.SortRelevance)
	if err != nil || len(got) != 3 || string(got[2]) != `"6110000:A"` {
		t.Fatalf("decode = %s, %v", got, err)
	}
	if _, err := decodeCursor(c, search.SortDate); !errors.Is(err, search.ErrBadCursor) {
		t.Errorf("cursor used with another sort: %v", err)
	}
	for _, bad := range []string{"", "%%%", "e30", encodeCursor(search.SortDate, []json.RawMessage{json.RawMessage(`{}`), json.RawMessage(`1`)})} {
		if _, err := decodeCursor(bad, search.SortDate); !errors.Is(err, search.ErrBadCursor) {
			t.Errorf("%q accepted: %v", bad, err)
		}
	}
}

// FuzzDecodeCursor: a cursor comes from the client; decoding must never
// panic, and what it accepts must be scalar sort values only.
func FuzzDecodeCursor(f *testing.F) {
	f.Add(encodeCursor(search.SortRelevance, []json.RawMessage{json.RawMessage(`1.5`), json.RawMessage(`1`), json.RawMessage(`"a"`)}), false)
	f.Add(encodeCursor(search.SortDate, []json.RawMessage{json.RawMessage(`1393722900000`), json.RawMessage(`"6110000:A"`)}), true)
	f.Add("eyJvIjoiZGF0ZSIsImEiOltudWxsLFtdXX0", true)
	f.Fuzz(func(t *testing.T, s string, byDate bool) {
		kind := search.SortRelevance
		if byDate {
			kind = search.SortDate
		}
		vals, err := decodeCursor(s, kind)
		if err != nil {
			if !errors.Is(err, search.ErrBadCursor) {
				t.Fatalf("error not ErrBadCursor: %v", err)
			}
			return
		}
		for _, v := range vals {
			var x any
			if json.Unmarshal(v, &x) != nil {
				t.Fatalf("accepted invalid JSON %s", v)
			}
			switch x.(type) {
			case float64, string:
			default:
				t.Fatalf("accepted non-scalar %s", v)
			}
		}
	})
}
