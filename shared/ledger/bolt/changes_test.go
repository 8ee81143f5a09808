package bolt

import (
	"reflect"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

func TestChangeEncodingRoundTrip(t *testing.T) {
	at := time.Date(2026, 12, 7, 10, 0, 0, 123, time.UTC)
	for _, c := range []ledger.Change{
		{Org: "6110000", ID: "A", Rev: 1, At: at, After: ledger.Facts{State: ledger.Received, Received: at, Since: at}},
		{Org: "3220000", ID: "문서-2", Rev: 7, At: at, Before: &ledger.Facts{State: ledger.Review, Reason: "redact.doubt:name", Department: "1100123", Grade: "partial", Exemptions: []string{"6"}, Received: at, Since: at.Add(time.Hour)},
			After: ledger.Facts{State: ledger.Withheld, Reason: "review.withheld:6", Department: "1100123", Grade: "partial", Exemptions: []string{"5", "6", "6", "6", "6", "6", "6", "6", "6"}, Received: at}},
	} {
		got, err := decodeChange(encodeChange(c))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("round trip:\n got  %+v\n want %+v", got, c)
		}
		b := encodeChange(c)
		for i := 0; i < len(b); i++ {
			if _, err := decodeChange(b[:i]); err == nil {
				t.Fatalf("a change cut at %d of %d bytes decoded", i, len(b))
			}
		}
	}
}
