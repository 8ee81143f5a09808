package stats

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
)

// addDocs counts n documents of a department received on a day.
func addDocs(ru *Rollup, org, dept string, n int, state ledger.State, grade string, ex ...string) {
	at := time.Date(2026, 11, 10, 3, 0, 0, 0, time.UTC)
	for i := range n {
		r := ledger.Record{Org: org, ID: fmt.Sprintf("%s-%s-%s-%d", dept, state, grade, i), Department: dept, Grade: grade, Exemptions: ex}
		r.Move(at, ledger.Received, 1, "", "")
		r.Move(at, state, 1, "", "")
		ru.Add(r)
	}
}

func TestFlagsCarryTheirFigures(t *testing.T) {
	ru := NewRollup()
	const o = "6110000"
	addDocs(ru, o, "X", 90, ledger.Indexed, "public") // 90 of 100
	addDocs(ru, o, "X", 10, ledger.Withheld, "public")
	addDocs(ru, o, "Y", 25, ledger.Indexed, "public") // 25 of 50: low
	addDocs(ru, o, "Y", 25, ledger.Indexed, "closed", "7")
	addDocs(ru, o, "Z", 5, ledger.Withheld, "public") // 0 of 5: too few to flag
	addDocs(ru, o, "W", 28, ledger.Indexed, "public") // 28 of 40, 12 closed under item 5
	addDocs(ru, o, "W", 12, ledger.Indexed, "closed", "5")
	addDocs(ru, "3220000", "Y", 10, ledger.Withheld, "public") // another organization: compared with its own only
	tb := ru.Report(Query{Period: PeriodMonth}, time.Now()).Whole
	// The organization: 143 published of 195 = 73.3%.
	flags := Flags(tb, FlagOptions{Margin: 0.10, ItemMargin: 0.15, MinBase: 10})
	byKey := map[string]Flag{}
	for _, f := range flags {
		byKey[f.Department+"/"+f.Kind+f.Item] = f
	}
	y, ok := byKey["Y/low_ratio"]
	if !ok || y.Count != 25 || y.Base != 50 || y.OrgCount != 143 || y.OrgBase != 195 || y.Value != 0.5 || !strings.Contains(y.Why, "50.0% (25 of 50)") {
		t.Errorf("Y's low-ratio flag: %+v", y)
	}
	w, ok := byKey["W/closed_item5"]
	if !ok || w.Count != 12 || w.Base != 40 || w.OrgCount != 12 || w.OrgBase != 195 {
		t.Errorf("W's item 5 flag: %+v", w)
	}
	// Y closes half its documents under item 7, 25 of the organization's
	// 195 (12.8%): 37 points more.
	if _, ok := byKey["Y/closed_item7"]; !ok {
		t.Errorf("Y's item 7 flag missing: %+v", flags)
	}
	for _, k := range []string{"X/low_ratio", "Z/low_ratio", "W/low_ratio"} {
		if f, ok := byKey[k]; ok {
			t.Errorf("flagged %s: %+v", k, f)
		}
	}
	if _, ok := byKey["Y/low_ratio"]; ok && len(flags) != 3 {
		t.Errorf("%d flags, want 3: %+v", len(flags), flags)
	}
	// A wider margin clears Y's ratio (23.3 points below).
	for _, f := range Flags(tb, FlagOptions{Margin: 0.25, ItemMargin: 0.5, MinBase: 10}) {
		t.Errorf("flagged with margins of 25 and 50 points: %+v", f)
	}

	rk := Ranking(tb, FlagOptions{Margin: 0.10, ItemMargin: 0.15, MinBase: 10})
	var got []string
	for _, r := range rk {
		got = append(got, fmt.Sprintf("%s/%s:%d:%d", r.Org, r.Department, r.Rank, r.Flags))
	}
	want := "3220000/Y:1:0 6110000/X:1:0 6110000/W:2:1 6110000/Y:3:2 6110000/Z:0:0"
	if strings.Join(got, " ") != want {
		t.Errorf("ranking %s, want %s", strings.Join(got, " "), want)
	}
}
