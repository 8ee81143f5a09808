// Package boilerplate learns the lines a department repeats in its
// documents (붙임 lines, footers, the 결재 block, the 공개 구분 line) so
// that search gives them no weight: they are left out of the indexed text
// and of the relatedness profile, never out of the published document.
// "계획" found 170 of 182 seeded documents through "세부 추진계획 1부".
package boilerplate

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize is the form in which lines are compared: NFC, digits as 0
// (붙임 1 and 붙임 2 are one line), spaces collapsed, trimmed.
func Normalize(line string) string {
	line = norm.NFC.String(line)
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(line) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsDigit(r):
			r = '0'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// scope is one organization's department.
func scope(org, dept string) string { return org + "/" + dept }

// Learner counts, per department, how many documents hold each line.
// It is not safe for concurrent use.
type Learner struct {
	docs  map[string]int
	lines map[string]map[string]int
}

// NewLearner returns an empty Learner.
func NewLearner() *Learner {
	return &Learner{docs: map[string]int{}, lines: map[string]map[string]int{}}
}

// Add counts one document's lines (each once, however often it repeats).
func (l *Learner) Add(org, dept, body string) {
	s := scope(org, dept)
	l.docs[s]++
	seen := map[string]bool{}
	for _, line := range strings.Split(body, "\n") {
		n := Normalize(line)
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		if l.lines[s] == nil {
			l.lines[s] = map[string]int{}
		}
		l.lines[s][n]++
	}
}

// Thresholds of a boilerplate line: held by at least MinDocs documents of
// its department and by at least MinShare of them. A department with
// fewer than MinDocs documents has none yet.
const (
	MinDocs  = 5
	MinShare = 0.2
)

// Model is what was learnt: per department ("org/dept"), its boilerplate
// lines in normalized form. It is plain JSON, to be kept as an object.
type Model struct {
	Lines map[string][]string `json:"lines"`
}

// Model returns the lines that pass the thresholds.
func (l *Learner) Model() Model {
	m := Model{Lines: map[string][]string{}}
	for s, counts := range l.lines {
		total := l.docs[s]
		for line, n := range counts {
			if n >= MinDocs && float64(n) >= MinShare*float64(total) {
				m.Lines[s] = append(m.Lines[s], line)
			}
		}
		sort.Strings(m.Lines[s])
	}
	return m
}

// Of returns the lines of body, as written, that are boilerplate of the
// department: what search.Doc.Boilerplate carries.
func (m Model) Of(org, dept, body string) []string {
	known := m.Lines[scope(org, dept)]
	if len(known) == 0 {
		return nil
	}
	var out []string
	for _, line := range strings.Split(body, "\n") {
		n := Normalize(line)
		if n == "" {
			continue
		}
		// A department has few such lines, and a model read from a file
		// need not be sorted.
		if slices.Contains(known, n) {
			out = append(out, line)
		}
	}
	return out
}

// Without returns text less the lines whose normalized form is one of
// lines': the text search weighs.
func Without(text string, lines []string) string {
	if len(lines) == 0 {
		return text
	}
	drop := make(map[string]bool, len(lines))
	for _, l := range lines {
		drop[Normalize(l)] = true
	}
	var b strings.Builder
	b.Grow(len(text))
	for i, line := range strings.Split(text, "\n") {
		if drop[Normalize(line)] {
			continue
		}
		if i > 0 && b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// Org returns the part of m that is organization org's (its departments'
// scopes): what one organization's object keeps.
func (m Model) Org(org string) Model {
	out := Model{Lines: map[string][]string{}}
	for s, lines := range m.Lines {
		if strings.HasPrefix(s, org+"/") {
			out.Lines[s] = lines
		}
	}
	return out
}
