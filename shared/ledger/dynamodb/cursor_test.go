package dynamodb

import (
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// FuzzCursor feeds decodeCursor what a client could send as a page
// cursor: it must either refuse it with ErrBadCursor or return a key of
// known string attributes that encodes back to an equivalent cursor.
func FuzzCursor(f *testing.F) {
	good, err := encodeCursor(map[string]types.AttributeValue{
		AttrPK: &types.AttributeValueMemberS{Value: "DOC#6110000#SEOUL-INFO-2014-001234"},
		AttrSK: &types.AttributeValueMemberS{Value: "DOC"},
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add("")
	f.Add("e30")         // {}
	f.Add("eyJwayI6MX0") // {"pk":1}
	f.Add("bnVsbA")      // null
	f.Fuzz(func(t *testing.T, c string) {
		key, err := decodeCursor(c)
		if err != nil {
			if !errors.Is(err, ErrBadCursor) {
				t.Fatalf("error %v does not wrap ErrBadCursor", err)
			}
			return
		}
		if c == "" {
			if key != nil {
				t.Fatal("empty cursor gave a key")
			}
			return
		}
		again, err := encodeCursor(key)
		if err != nil {
			t.Fatal(err)
		}
		back, err := decodeCursor(again)
		if err != nil || len(back) != len(key) {
			t.Fatalf("re-encoded cursor does not decode: %v", err)
		}
	})
}
