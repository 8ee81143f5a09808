package stats

import "testing"

// TestSatisfactionDaysByPeriod: GIVEN what was said on days of two
// months and two years WHEN summed by month, by year, over a range or all
// time THEN each sum counts the days inside it only, and the means are
// those of the answers counted, not of the days' means.
func TestSatisfactionDaysByPeriod(t *testing.T) {
	d := SatisfactionDays{}
	info, road := DeptKey{Org: "6110000", Dept: "1100123"}, DeptKey{Org: "6110000", Dept: "1100200"}
	d.Of(info, "2025-12-31").AddRating(1)
	d.Of(info, "2026-01-05").AddRating(5)
	d.Of(info, "2026-01-05").AddRating(5)
	d.Of(info, "2026-02-01").AddVote(true)
	d.Of(info, "2026-02-01").AddSurvey([]int{2, 4})
	d.Of(road, "2026-02-28").AddVote(false)

	months := d.ByPeriod(PeriodMonth, "2026-01", "2026-02")
	if len(months) != 2 || months["2026-01"][info].Ratings != 2 || *months["2026-01"][info].RatingMean != 5 ||
		months["2026-02"][info].Useful != 1 || *months["2026-02"][info].SurveyMean != 3 || months["2026-02"][road].NotUseful != 1 {
		t.Fatalf("by month: %+v", months)
	}
	if _, ok := months["2025-12"]; ok {
		t.Fatal("December 2025 is outside the range")
	}
	years := d.ByPeriod(PeriodYear, "", "")
	if years["2025"][info].Ratings != 1 || years["2026"][info].Ratings != 2 {
		t.Fatalf("by year: %+v", years)
	}
	all := d.Sum("", "", "")
	if s := all[info]; s.Ratings != 3 || s.RatingCounts != [5]int{1, 0, 0, 0, 2} || *s.RatingMean != 3.667 || s.Surveys != 1 || *s.UsefulRatio != 1 {
		t.Fatalf("all time: %+v", s)
	}
	if s := d.Sum(PeriodDay, "2026-01-01", "2026-01-31"); len(s) != 1 || s[info].Ratings != 2 || s[info].Useful != 0 {
		t.Fatalf("January by days: %+v", s)
	}
	if s := d.Sum(PeriodMonth, "2026-03", "2026-12"); len(s) != 0 {
		t.Fatalf("a range without feedback: %+v", s)
	}
}
