package searchtest

import (
	"bufio"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/search"
)

// The relevance set: the statutes of ../shared/corpus/kr-laws.jsonl, each
// as a document and each article as a document of its own, plus realistic
// seeded documents (testdata/seeded.json). Judgments are made by
// construction, never by looking at an engine's answers:
//   - a statute's title words find that statute (grade 2); its other
//     parts (법률, 시행령, 시행규칙) are relevant too (grade 1);
//   - an article's subject words (its heading, when no other statute has
//     that heading) find the article (grade 2) and its statute (grade 1);
//   - each seeded document has hand-written citizen queries.

// Judged is a query and the graded relevance of documents (by id): 2 is
// the document sought, 1 a useful one, 0 or absent not relevant.
type Judged struct {
	Query    string         `json:"q"`
	Relevant map[string]int `json:"relevant"`
	Kind     string         `json:"kind,omitempty"`
}

// RelevanceSet is a corpus and its judged queries.
type RelevanceSet struct {
	Docs    []search.Doc
	Queries []Judged
}

//go:embed testdata/seeded.json
var seededJSON []byte

var (
	frontMatter = regexp.MustCompile(`(?s)\A---\n(.*?)\n---\n`)
	fmTitle     = regexp.MustCompile(`(?m)^제목: *(.+)$`)
	fmDept      = regexp.MustCompile(`(?m)^소관부처:\n- *(.+)$`)
	fmDate      = regexp.MustCompile(`(?m)^공포일자: *'?(\d{4}-\d{2}-\d{2})'?`)
	article     = regexp.MustCompile(`(?m)^##### (제\d+조(?:의\d+)?) ?\((.+?)\)[ \t]*$`)
	hangulOnly  = regexp.MustCompile(`^[\p{Hangul} ]+$`)
)

// genericHeadings are article headings too common to identify an article.
var genericHeadings = map[string]bool{"목적": true, "정의": true, "시행일": true, "벌칙": true, "과태료": true, "양벌규정": true,
	"적용범위": true, "다른 법률과의 관계": true, "위임": true, "권한의 위임": true, "권한의 위임ㆍ위탁": true, "경과조치": true}

type law struct {
	id, name, title, dept, body string
	date                        time.Time
	articles                    [][2]string // heading, text
	headings                    []string
}

// LoadRelevanceSet reads the statutes from sharedDir/corpus/kr-laws.jsonl
// and builds the set for organization org.
func LoadRelevanceSet(sharedDir, org string) (RelevanceSet, error) {
	f, err := os.Open(filepath.Join(sharedDir, "corpus", "kr-laws.jsonl"))
	if err != nil {
		return RelevanceSet{}, fmt.Errorf("relevance corpus: %w", err)
	}
	defer f.Close()
	var laws []law
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return RelevanceSet{}, fmt.Errorf("relevance corpus line: %w", err)
		}
		l := law{id: rec.ID, name: rec.ID[:strings.IndexByte(rec.ID, '/')]}
		fm := frontMatter.FindStringSubmatch(rec.Text)
		if fm == nil {
			return RelevanceSet{}, fmt.Errorf("%s: no front matter", rec.ID)
		}
		l.body = rec.Text[len(fm[0]):]
		if m := fmTitle.FindStringSubmatch(fm[1]); m != nil {
			l.title = strings.Trim(m[1], `'" `)
		}
		if m := fmDept.FindStringSubmatch(fm[1]); m != nil {
			l.dept = strings.TrimSpace(m[1])
		}
		if m := fmDate.FindStringSubmatch(fm[1]); m != nil {
			l.date, _ = time.ParseInLocation("2006-01-02", m[1], kst)
		}
		// 시행령 and 시행규칙 files name the statute without their kind.
		kind := rec.ID[strings.IndexByte(rec.ID, '/')+1:]
		if kind != "법률" && !strings.Contains(strings.ReplaceAll(l.title, " ", ""), kind) {
			l.title += " " + kind
		}
		locs := article.FindAllStringSubmatchIndex(l.body, -1)
		for i, m := range locs {
			end := len(l.body)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			heading := l.body[m[4]:m[5]]
			l.articles = append(l.articles, [2]string{l.body[m[2]:m[3]] + " (" + heading + ")", strings.TrimSpace(l.body[m[1]:end])})
			l.headings = append(l.headings, heading)
		}
		laws = append(laws, l)
	}
	if err := sc.Err(); err != nil {
		return RelevanceSet{}, fmt.Errorf("relevance corpus: %w", err)
	}
	return buildSet(laws, org)
}

func lawID(i int) string        { return fmt.Sprintf("LAW-%03d", i) }
func articleID(i, j int) string { return fmt.Sprintf("LAW-%03d-A%03d", i, j) }

func buildSet(laws []law, org string) (RelevanceSet, error) {
	var set RelevanceSet
	headingLaws := map[string]map[string]bool{}
	siblings := map[string][]int{}
	for i, l := range laws {
		siblings[l.name] = append(siblings[l.name], i)
		for _, h := range l.headings {
			if headingLaws[h] == nil {
				headingLaws[h] = map[string]bool{}
			}
			headingLaws[h][l.name] = true
		}
	}
	for i, l := range laws {
		base := search.Doc{Org: org, Version: 1, DepartmentCode: "MOLEG-" + l.dept, DepartmentName: l.dept,
			Type: "other", Grade: "public", ApprovedAt: l.date}
		d := base
		d.ID, d.Title, d.Body = lawID(i), l.title, l.body
		set.Docs = append(set.Docs, d)
		for j, a := range l.articles {
			d := base
			d.ID, d.Title, d.Body = articleID(i, j), l.title+" "+a[0], a[1]
			set.Docs = append(set.Docs, d)
		}
		// The statute's title finds it; its sibling parts are useful.
		rel := map[string]int{lawID(i): 2}
		for _, k := range siblings[l.name] {
			if k != i {
				rel[lawID(k)] = 1
			}
		}
		set.Queries = append(set.Queries, Judged{Query: l.title, Relevant: rel, Kind: "statute"})
		// The first distinctive article heading finds its article.
		for j, h := range l.headings {
			if genericHeadings[h] || len(headingLaws[h]) != 1 || !hangulOnly.MatchString(h) || len([]rune(strings.ReplaceAll(h, " ", ""))) < 4 {
				continue
			}
			set.Queries = append(set.Queries, Judged{Query: h, Relevant: map[string]int{articleID(i, j): 2, lawID(i): 1}, Kind: "article"})
			break
		}
	}
	var seeded struct {
		Docs []struct {
			ID, Title, Body, Type, Date string
			Department                  [2]string
		}
		Queries []Judged
	}
	if err := json.Unmarshal(seededJSON, &seeded); err != nil {
		return RelevanceSet{}, fmt.Errorf("seeded relevance documents: %w", err)
	}
	for _, s := range seeded.Docs {
		t, err := time.ParseInLocation("2006-01-02", s.Date, kst)
		if err != nil {
			return RelevanceSet{}, fmt.Errorf("seeded %s: %w", s.ID, err)
		}
		set.Docs = append(set.Docs, search.Doc{Org: org, ID: s.ID, Version: 1, Title: s.Title, Body: s.Body,
			DepartmentCode: s.Department[0], DepartmentName: s.Department[1], Type: s.Type, Grade: "public", ApprovedAt: t.Add(10 * time.Hour)})
	}
	for _, q := range seeded.Queries {
		q.Kind = "seeded"
		set.Queries = append(set.Queries, q)
	}
	return set, nil
}

// QueryScore is one query's outcome.
type QueryScore struct {
	Judged
	RR     float64  // reciprocal rank of the first grade-2 document in the top 10
	NDCG   float64  // nDCG@10 over the graded judgments
	Top    []string // ids of the top 10
	Misses bool     // no grade-2 document in the top 10
}

// RelevanceReport sums an evaluation.
type RelevanceReport struct {
	MRR, NDCG10 float64
	Queries     []QueryScore
}

// ByKind averages MRR per kind of query.
func (r RelevanceReport) ByKind() map[string][2]float64 {
	sum := map[string][3]float64{}
	for _, q := range r.Queries {
		s := sum[q.Kind]
		s[0] += q.RR
		s[1] += q.NDCG
		s[2]++
		sum[q.Kind] = s
	}
	out := map[string][2]float64{}
	for k, s := range sum {
		out[k] = [2]float64{s[0] / s[2], s[1] / s[2]}
	}
	return out
}

// Evaluate runs every judged query (relevance order, top 10) and scores it.
func Evaluate(ctx context.Context, x search.Index, org string, queries []Judged) (RelevanceReport, error) {
	var rep RelevanceReport
	for _, j := range queries {
		r, err := x.Search(ctx, search.Query{Text: j.Query, Org: org, Size: 10})
		if err != nil {
			return rep, fmt.Errorf("query %q: %w", j.Query, err)
		}
		s := QueryScore{Judged: j, Misses: true}
		dcg := 0.0
		for i, h := range r.Items {
			s.Top = append(s.Top, h.ID)
			g := j.Relevant[h.ID]
			dcg += (math.Pow(2, float64(g)) - 1) / math.Log2(float64(i+2))
			if g == 2 && s.Misses {
				s.RR, s.Misses = 1/float64(i+1), false
			}
		}
		var grades []int
		for _, g := range j.Relevant {
			if g > 0 {
				grades = append(grades, g)
			}
		}
		slices.Sort(grades)
		slices.Reverse(grades)
		idcg := 0.0
		for i, g := range grades {
			if i == 10 {
				break
			}
			idcg += (math.Pow(2, float64(g)) - 1) / math.Log2(float64(i+2))
		}
		if idcg > 0 {
			s.NDCG = dcg / idcg
		}
		rep.Queries = append(rep.Queries, s)
		rep.MRR += s.RR
		rep.NDCG10 += s.NDCG
	}
	if n := float64(len(rep.Queries)); n > 0 {
		rep.MRR /= n
		rep.NDCG10 /= n
	}
	return rep, nil
}
