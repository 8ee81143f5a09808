package review

import (
	"testing"

	"github.com/seoul-plaza/plaza/shared/redact"
)

func TestMarksPlaceLayerOneInTheMaskedText(t *testing.T) {
	orig := "신청인: 이민준, 메일 minjun@example.org, 연락처 010-3141-5926"
	res := redact.New().Redact(orig, redact.Options{})
	if len(res.Findings) != 3 {
		t.Fatalf("findings %+v", res.Findings)
	}
	var found []Found
	for _, f := range res.Findings {
		found = append(found, Found{Field: "body", Finding: f})
	}
	cases := []struct {
		name   string
		masked string
		want   []string // the masked text under each mark, in order
	}{
		{"as layer 1 masked it", res.Text, []string{"이*준", "m***@example.org", "010-****-5926"}},
		// A reviewer's mask before them shifts every offset.
		{"after a reviewer's mask", "*** " + res.Text, []string{"이*준", "m***@example.org", "010-****-5926"}},
		// One masked over by a reviewer is left out.
		{"masked over", "신청인: 이*준, 메일 ****************, 연락처 010-****-5926", []string{"이*준", "010-****-5926"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			marks := Marks(map[string]string{"body": orig}, map[string]string{"body": c.masked}, found)
			var got []string
			for _, m := range marks {
				got = append(got, c.masked[m.Start:m.End])
				if m.Field != "body" || m.Type == "" || m.Rule == "" {
					t.Errorf("mark %+v", m)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("marks cover %q, want %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("mark %d covers %q, want %q", i, got[i], c.want[i])
				}
			}
		})
	}
	if m := Marks(map[string]string{"body": orig}, map[string]string{}, found); len(m) != 0 {
		t.Errorf("marks in a field that is not published: %+v", m)
	}
}
