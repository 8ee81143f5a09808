package stats

// Satisfaction is what citizens said of one department's service: the
// "was this useful?" votes on its documents, the ratings (1 to 5) of its
// closed inquiries and the periodic surveys that name it. Only counts and
// means: the comments and free-text answers are never published.
type Satisfaction struct {
	Useful    int `json:"useful"`
	NotUseful int `json:"not_useful"`
	// UsefulRatio is Useful ÷ (Useful + NotUseful); absent without votes.
	UsefulRatio *float64 `json:"useful_ratio,omitempty"`
	Ratings     int      `json:"ratings"`
	// RatingCounts counts the ratings 1 to 5 (index 0 is 1).
	RatingCounts [5]int   `json:"rating_counts"`
	RatingMean   *float64 `json:"rating_mean,omitempty"`
	Surveys      int      `json:"surveys"`
	// SurveyMean is the mean of the survey's scale answers (1 to 5).
	SurveyMean *float64 `json:"survey_mean,omitempty"`

	ratingSum, scaleSum, scaleN int
}

// AddVote counts one "was this useful?" answer.
func (s *Satisfaction) AddVote(useful bool) {
	if useful {
		s.Useful++
	} else {
		s.NotUseful++
	}
}

// AddRating counts one rating; scores outside 1 to 5 are ignored.
func (s *Satisfaction) AddRating(score int) {
	if score < 1 || score > 5 {
		return
	}
	s.Ratings++
	s.RatingCounts[score-1]++
	s.ratingSum += score
}

// AddSurvey counts one survey response with its scale answers (1 to 5).
func (s *Satisfaction) AddSurvey(scale []int) {
	s.Surveys++
	for _, v := range scale {
		if v >= 1 && v <= 5 {
			s.scaleSum += v
			s.scaleN++
		}
	}
}

// Finish computes the ratio and the means, rounded to three places.
func (s *Satisfaction) Finish() {
	s.UsefulRatio, s.RatingMean, s.SurveyMean = nil, nil, nil
	if n := s.Useful + s.NotUseful; n > 0 {
		s.UsefulRatio = ptr(round3(float64(s.Useful) / float64(n)))
	}
	if s.Ratings > 0 {
		s.RatingMean = ptr(round3(float64(s.ratingSum) / float64(s.Ratings)))
	}
	if s.scaleN > 0 {
		s.SurveyMean = ptr(round3(float64(s.scaleSum) / float64(s.scaleN)))
	}
}

func ptr(f float64) *float64 { return &f }

func round3(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }

// Merge adds o's counts to s (finished or not); Finish s afterwards.
func (s *Satisfaction) Merge(o *Satisfaction) {
	s.Useful += o.Useful
	s.NotUseful += o.NotUseful
	s.Ratings += o.Ratings
	for i, n := range o.RatingCounts {
		s.RatingCounts[i] += n
	}
	s.Surveys += o.Surveys
	s.ratingSum += o.ratingSum
	s.scaleSum += o.scaleSum
	s.scaleN += o.scaleN
}

// SatisfactionDays are what citizens said per department and Seoul day
// (2006-01-02, Day), so that any period can be summed from them.
type SatisfactionDays map[DeptKey]map[string]*Satisfaction

// Of returns the figures of a department's day, made if new.
func (d SatisfactionDays) Of(k DeptKey, day string) *Satisfaction {
	days := d[k]
	if days == nil {
		days = map[string]*Satisfaction{}
		d[k] = days
	}
	s := days[day]
	if s == nil {
		s = &Satisfaction{}
		days[day] = s
	}
	return s
}

// Sum returns each department's figures over the periods from..to of
// period (PeriodDay, PeriodMonth or PeriodYear, written as the release
// statistics write them; "" for days), inclusive, "" leaving that end
// open, finished.
func (d SatisfactionDays) Sum(period, from, to string) map[DeptKey]Satisfaction {
	out := d.group(period, from, to, true)[""]
	if out == nil {
		out = map[DeptKey]Satisfaction{}
	}
	return out
}

// ByPeriod returns each department's figures per period of period over
// the periods from..to (as Sum), finished.
func (d SatisfactionDays) ByPeriod(period, from, to string) map[string]map[DeptKey]Satisfaction {
	return d.group(period, from, to, false)
}

// group sums the days of each period from..to, or of all of them under
// "" (whole).
func (d SatisfactionDays) group(period, from, to string, whole bool) map[string]map[DeptKey]Satisfaction {
	acc := map[string]map[DeptKey]*Satisfaction{}
	for k, days := range d {
		for day, s := range days {
			p := day
			if period != "" {
				p = PeriodOf(period, day)
			}
			if (from != "" && p < from) || (to != "" && p > to) {
				continue
			}
			if whole {
				p = ""
			}
			if acc[p] == nil {
				acc[p] = map[DeptKey]*Satisfaction{}
			}
			if acc[p][k] == nil {
				acc[p][k] = &Satisfaction{}
			}
			acc[p][k].Merge(s)
		}
	}
	out := make(map[string]map[DeptKey]Satisfaction, len(acc))
	for p, depts := range acc {
		out[p] = make(map[DeptKey]Satisfaction, len(depts))
		for k, s := range depts {
			s.Finish()
			out[p][k] = *s
		}
	}
	return out
}
