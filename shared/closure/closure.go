// Package closure checks non-disclosure decisions: for each closed or
// partial document it asks whether the exemption it cites is plausible
// from its own metadata and text and from what the other departments
// publish, as Seoul's staff did by hand. The result is a list of doubts
// with their reasons, for staff only: it is never published and never
// changes a grade by itself.
package closure

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/screen"
)

// Doc is what the check reads of one published document (a closed one is
// published as its metadata). Title is the published, masked title. Text
// is needed only for the documents that cite item 6: their full text,
// never published, read by both layers.
type Doc struct {
	Org        string
	ID         string
	Department string
	Type       string
	Title      string
	Grade      string
	Exemptions []string
	Text       []screen.Field
}

// Options tune the check.
type Options struct {
	// TypePublicShare is how often a type must be public in the other
	// departments for a closed one to be doubted (0.9: nine in ten).
	TypePublicShare float64
	// MinPeers is the fewest documents of that type elsewhere for the
	// share to count.
	MinPeers int
	// MinTitlePeers is the fewest public documents of the same title
	// pattern in other departments for a closed one to be doubted.
	MinTitlePeers int
	// Screen is the organization's allowlist and exempt names for the
	// layers, by organization code.
	Screen func(org string) screen.Options
}

// DefaultOptions: nine in ten public among at least ten elsewhere; two
// public documents of the same title pattern elsewhere.
var DefaultOptions = Options{TypePublicShare: 0.9, MinPeers: 10, MinTitlePeers: 2}

// Layers are the two layers of personal-data protection.
type Layers struct {
	Redactor screen.Redactor
	Verifier screen.Verifier
}

// The reasons for a doubt.
const (
	// ReasonItem6NoPersonalData: item 6 (personal data) is cited, but
	// neither layer finds personal data in the document.
	ReasonItem6NoPersonalData = "item6_no_personal_data"
	// ReasonTypeUsuallyPublic: a type the other departments publish
	// almost always (보도자료, 회의 결과) is closed.
	ReasonTypeUsuallyPublic = "type_usually_public"
	// ReasonTitlePublicElsewhere: documents of the same title pattern are
	// public in other departments.
	ReasonTitlePublicElsewhere = "title_public_elsewhere"
)

// Reason is one ground for a doubt, with its figures.
type Reason struct {
	Code string `json:"code"`
	Why  string `json:"why"`
}

// Doubt is a closed or partial document whose decision a person should
// look at again.
type Doubt struct {
	Org        string   `json:"org"`
	ID         string   `json:"id"`
	Department string   `json:"department"`
	Type       string   `json:"type"`
	Title      string   `json:"title"`
	Grade      string   `json:"grade"`
	Exemptions []string `json:"exemptions"`
	Reasons    []Reason `json:"reasons"`
}

// Pattern is a title without what changes from one issue to the next:
// numbers with their units (2026년, 3월, 제5차, 2분기), brackets and
// punctuation, spaces. "2026년 제3차 교통정책위원회 회의 결과" and
// "[2025년 12월] 교통정책위원회 회의결과" share one.
func Pattern(title string) string {
	t := bracketed.ReplaceAllString(title, " ")
	t = numbered.ReplaceAllString(t, " ")
	var b strings.Builder
	for _, r := range t {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

var (
	numbered  = regexp.MustCompile(`(제\s*)?\d+(\s*(년도|년|월|일|차|회|분기|주차|주|호|기))?`)
	bracketed = regexp.MustCompile(`[\[\(（【<「『][^\]\)）】>」』]*[\]\)）】>」』]`)
)

// minPattern is the shortest pattern worth comparing: a title of "보고"
// alone says nothing.
const minPattern = 4

type deptKey struct{ org, dept string }

// Check returns the doubts about the closed and partial documents of
// docs whose organization is org ("" for all), each compared with the
// whole of docs.
func Check(docs []Doc, org string, l Layers, o Options) []Doubt {
	if o.TypePublicShare <= 0 {
		o.TypePublicShare = DefaultOptions.TypePublicShare
	}
	if o.MinPeers <= 0 {
		o.MinPeers = DefaultOptions.MinPeers
	}
	if o.MinTitlePeers <= 0 {
		o.MinTitlePeers = DefaultOptions.MinTitlePeers
	}
	// Per type and per title pattern, the documents of each department:
	// public and all.
	type tally struct{ public, all int }
	byType := map[string]map[deptKey]*tally{}
	byTitle := map[string]map[deptKey]*tally{}
	add := func(m map[string]map[deptKey]*tally, k string, d Doc) {
		if m[k] == nil {
			m[k] = map[deptKey]*tally{}
		}
		t := m[k][deptKey{d.Org, d.Department}]
		if t == nil {
			t = &tally{}
			m[k][deptKey{d.Org, d.Department}] = t
		}
		t.all++
		if d.Grade == document.GradePublic {
			t.public++
		}
	}
	patterns := make([]string, len(docs))
	for i, d := range docs {
		add(byType, d.Type, d)
		if p := Pattern(d.Title); len([]rune(p)) >= minPattern {
			patterns[i] = p
			add(byTitle, p, d)
		}
	}
	elsewhere := func(m map[deptKey]*tally, self deptKey) (public, all, depts int) {
		for k, t := range m {
			if k == self {
				continue
			}
			public += t.public
			all += t.all
			if t.public > 0 {
				depts++
			}
		}
		return
	}
	var out []Doubt
	for i, d := range docs {
		if (org != "" && d.Org != org) || (d.Grade != document.GradeClosed && d.Grade != document.GradePartial) {
			continue
		}
		self := deptKey{d.Org, d.Department}
		var reasons []Reason
		if slices.Contains(d.Exemptions, "6") && l.Redactor != nil && len(d.Text) > 0 {
			fields := make([]screen.Field, len(d.Text))
			for j, f := range d.Text {
				f.Public = true // both layers read every text
				fields[j] = f
			}
			var so screen.Options
			if o.Screen != nil {
				so = o.Screen(d.Org)
			}
			res := screen.Screen(l.Redactor, l.Verifier, fields, so)
			if len(res.Findings) == 0 && len(res.Doubts) == 0 {
				reasons = append(reasons, Reason{Code: ReasonItem6NoPersonalData,
					Why: "item 6 (personal data) is cited, but neither layer finds personal data in its text"})
			}
		}
		if d.Grade == document.GradeClosed {
			if pub, all, _ := elsewhere(byType[d.Type], self); all >= o.MinPeers && float64(pub) >= o.TypePublicShare*float64(all) {
				reasons = append(reasons, Reason{Code: ReasonTypeUsuallyPublic,
					Why: fmt.Sprintf("documents of type %s are public in %d of %d cases in the other departments (%.0f%%)", d.Type, pub, all, 100*float64(pub)/float64(all))})
			}
			if p := patterns[i]; p != "" {
				if pub, _, depts := elsewhere(byTitle[p], self); pub >= o.MinTitlePeers {
					reasons = append(reasons, Reason{Code: ReasonTitlePublicElsewhere,
						Why: fmt.Sprintf("%d documents of the same title pattern are public in %d other department(s)", pub, depts)})
				}
			}
		}
		if len(reasons) > 0 {
			out = append(out, Doubt{Org: d.Org, ID: d.ID, Department: d.Department, Type: d.Type, Title: d.Title, Grade: d.Grade,
				Exemptions: d.Exemptions, Reasons: reasons})
		}
	}
	slices.SortFunc(out, func(a, b Doubt) int {
		return cmp.Or(cmp.Compare(a.Org, b.Org), cmp.Compare(a.Department, b.Department), cmp.Compare(len(b.Reasons), len(a.Reasons)), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// Policy is what the layers need of the organizations' release policy
// (*policy.Policy): their allowlists and masking exceptions.
type Policy interface {
	PublicFor(org string) redact.Public
	MaskingExceptionsFor(org string) []string
}

// ScreenOptions returns Options.Screen from an organizations' policy: the
// layers read a document as the pipeline did.
func ScreenOptions(p Policy) func(org string) screen.Options {
	return func(org string) screen.Options {
		return screen.Options{Exempt: p.MaskingExceptionsFor(org), Public: p.PublicFor(org)}
	}
}
