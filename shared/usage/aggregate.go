package usage

import (
	"cmp"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"hash"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/access"
	"github.com/seoul-plaza/plaza/shared/redact"
)

// DocKey names a document.
type DocKey struct{ Org, ID string }

// DocInfo is what the figures say of a viewed document.
type DocInfo struct {
	Title          string
	DepartmentCode string
	DepartmentName string
}

// Catalog describes the viewed documents (the public bucket); a key it
// does not know (a document retracted since) is left out of the map.
type Catalog interface {
	Describe(ctx context.Context, keys []DocKey) (map[DocKey]DocInfo, error)
}

// Searcher counts what a query finds now, to tell the searches that
// found nothing.
type Searcher interface {
	Count(ctx context.Context, query string) (int, error)
}

// Redactor masks personal data in a query before it is kept
// (*redact.Redactor).
type Redactor interface {
	Redact(text string, opts redact.Options) redact.Result
}

// Options tune one aggregation.
type Options struct {
	// Salt keys the visitors' hashes; New's runs draw one per day and
	// forget it with the day.
	Salt []byte
	// DefaultOrg is the organization of a document request that names
	// none.
	DefaultOrg string
	// OwnHosts are the portal's own hosts, which are no referrers.
	OwnHosts []string
	// Checks bounds the queries asked again for NoResults, most visitors
	// first (default 200).
	Checks int
	// Top bounds the documents, queries and referrers kept (default 1000
	// each).
	Top int
}

// visitor is a truncated HMAC-SHA256 of an address: unique enough to
// count a day's visitors, and never written anywhere.
type visitor [16]byte

type set map[visitor]struct{}

type counter struct {
	n    int
	seen set
}

// add counts one request, and its visitor unless the address was a
// relay's (viewer false).
func (c *counter) add(v visitor, viewer bool) {
	c.n++
	if !viewer {
		return
	}
	if c.seen == nil {
		c.seen = set{}
	}
	c.seen[v] = struct{}{}
}

// Tally counts one day's records. Add each record, then Figures.
type Tally struct {
	o          Options
	start, end time.Time
	mac        hash.Hash
	sum        []byte

	lines, skipped, requests, bots int
	relayed                        int
	visitors                       set
	devices                        map[string]set
	views                          map[DocKey]*counter
	timing                         map[DocKey]*Timing
	searches                       map[string]*counter
	referrers                      map[string]*counter
}

// NewTally starts the count of a Seoul day (2006-01-02).
func NewTally(day string, o Options) (*Tally, error) {
	start, end, err := dayBounds(day)
	if err != nil {
		return nil, fmt.Errorf("usage: day %q: %w", day, err)
	}
	if len(o.Salt) < 16 {
		return nil, fmt.Errorf("usage: a salt of at least 16 bytes is required")
	}
	if o.Checks <= 0 {
		o.Checks = 200
	}
	if o.Top <= 0 {
		o.Top = 1000
	}
	return &Tally{o: o, start: start, end: end, mac: hmac.New(sha256.New, o.Salt),
		visitors: set{}, devices: map[string]set{}, views: map[DocKey]*counter{}, timing: map[DocKey]*Timing{},
		searches: map[string]*counter{}, referrers: map[string]*counter{}}, nil
}

// Skipped counts lines of the day's files that were no record.
func (t *Tally) Skipped(n int) { t.skipped += n }

// Add counts one record; records of other days are ignored.
func (t *Tally) Add(r access.Record) {
	if r.Time.Before(t.start) || !r.Time.Before(t.end) {
		return
	}
	t.lines++
	if r.Relayed {
		t.relayed++
	}
	viewer := !r.Relayed
	// The address is hashed here and dropped: nothing below sees it.
	var v visitor
	if viewer {
		t.mac.Reset()
		t.mac.Write([]byte(r.IP))
		t.sum = t.mac.Sum(t.sum[:0])
		copy(v[:], t.sum)
	}

	dev := access.Device(r.UserAgent)
	if viewer {
		ds := t.devices[dev]
		if ds == nil {
			ds = set{}
			t.devices[dev] = ds
		}
		ds[v] = struct{}{}
	}
	if dev == access.Bot {
		t.bots++
		return
	}
	t.requests++
	if viewer {
		t.visitors[v] = struct{}{}
	}
	if h := access.RefererHost(r.Referer); h != "" && !slices.Contains(t.o.OwnHosts, h) {
		c := t.referrers[h]
		if c == nil {
			c = &counter{}
			t.referrers[h] = c
		}
		c.add(v, viewer)
	}
	ok := r.Status >= 200 && r.Status < 300 || r.Status == 304
	switch {
	case !ok:
	case r.Method == "GET" && r.Path == SearchPath:
		t.search(v, viewer, r.Query)
	case r.Method == "GET" && strings.HasPrefix(r.Path, documentPrefix):
		id := r.Path[len(documentPrefix):]
		if !idPattern.MatchString(id) {
			return // a sub-route (related, qa) or junk
		}
		k := DocKey{Org: t.org(r.Query), ID: id}
		c := t.views[k]
		if c == nil {
			c = &counter{}
			t.views[k] = c
		}
		c.add(v, viewer)
	case r.Method == "POST" && r.Path == BeaconPath:
		b, ok := ParseBeacon(r.Query, t.o.DefaultOrg)
		if !ok {
			return
		}
		tm := t.timing[b.Doc]
		if tm == nil {
			tm = &Timing{}
			t.timing[b.Doc] = tm
		}
		tm.add(b.Millis)
	}
}

// idPattern is a document id (shared/document's rule).
var idPattern = regexp.MustCompile(`^[A-Za-z0-9._-]{1,128}$`)

// orgPattern is an organization code.
var orgPattern = regexp.MustCompile(`^[A-Za-z0-9._-]{1,32}$`)

func (t *Tally) org(rawQuery string) string {
	if !strings.Contains(rawQuery, "org=") {
		return t.o.DefaultOrg
	}
	q, _ := url.ParseQuery(rawQuery)
	if o := q.Get("org"); orgPattern.MatchString(o) {
		return o
	}
	return t.o.DefaultOrg
}

func (t *Tally) search(v visitor, viewer bool, rawQuery string) {
	q, err := url.ParseQuery(rawQuery)
	if err != nil {
		return
	}
	// The first page of a search is the search; later pages and cursors
	// are the same one read on.
	if p := q.Get("page"); (p != "" && p != "1") || q.Get("after") != "" {
		return
	}
	text := NormalizeQuery(q.Get("q"))
	if text == "" {
		return
	}
	c := t.searches[text]
	if c == nil {
		c = &counter{}
		t.searches[text] = c
	}
	c.add(v, viewer)
}

// NormalizeQuery folds a search as typed into the form it is counted in:
// spaces collapsed, Latin letters lower-cased, at most MaxQueryRunes.
func NormalizeQuery(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if utf8.RuneCountInString(s) > MaxQueryRunes {
		s = string([]rune(s)[:MaxQueryRunes])
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	return s
}

// Beacon is one time-on-page report.
type Beacon struct {
	Doc    DocKey
	Millis int64
}

// ParseBeacon reads a beacon's query string (doc, org, ms); ok is false
// for one the figures cannot use.
func ParseBeacon(rawQuery, defaultOrg string) (Beacon, bool) {
	q, err := url.ParseQuery(rawQuery)
	if err != nil {
		return Beacon{}, false
	}
	id, org := q.Get("doc"), q.Get("org")
	if org == "" {
		org = defaultOrg
	}
	ms, err := strconv.ParseInt(q.Get("ms"), 10, 64)
	if !idPattern.MatchString(id) || !orgPattern.MatchString(org) || err != nil || ms < 0 || ms > MaxBeaconMillis {
		return Beacon{}, false
	}
	return Beacon{Doc: DocKey{Org: org, ID: id}, Millis: ms}, true
}

// Figures turns the tally into the day's figures: documents described by
// the catalog, queries masked by the redactor and asked again of the
// searcher (either may be nil).
func (t *Tally) Figures(ctx context.Context, cat Catalog, red Redactor, s Searcher) (Figures, error) {
	f := Figures{Day: Day(t.start), Lines: t.lines, Skipped: t.skipped, RelayedLines: t.relayed, Requests: t.requests, BotRequests: t.bots,
		Visitors: len(t.visitors), Devices: map[string]int{}}
	for d, s := range t.devices {
		f.Devices[d] = len(s)
	}

	// Documents, with their timing, most viewed first.
	keys := make([]DocKey, 0, len(t.views))
	for k, c := range t.views {
		f.PageViews += c.n
		keys = append(keys, k)
	}
	for k := range t.timing {
		if t.views[k] == nil {
			keys = append(keys, k)
		}
	}
	var info map[DocKey]DocInfo
	if cat != nil && len(keys) > 0 {
		var err error
		if info, err = cat.Describe(ctx, keys); err != nil {
			return Figures{}, fmt.Errorf("usage: describing documents: %w", err)
		}
	}
	depts := map[[2]string]*DeptCount{}
	deptSeen := map[[2]string]set{}
	for _, k := range keys {
		d := DocCount{Org: k.Org, ID: k.ID}
		if c := t.views[k]; c != nil {
			d.Views, d.Visitors = c.n, len(c.seen)
		}
		if tm := t.timing[k]; tm != nil {
			d.Timing = *tm
			d.finish()
			f.TimeOnPage.Beacons += tm.Beacons
			f.TimeOnPage.Millis += tm.Millis
		}
		in, known := info[k]
		if known {
			d.Title, d.DepartmentCode, d.DepartmentName = in.Title, in.DepartmentCode, in.DepartmentName
		}
		f.Documents = append(f.Documents, d)
		if !known || d.Views == 0 {
			continue
		}
		dk := [2]string{k.Org, in.DepartmentCode}
		dc := depts[dk]
		if dc == nil {
			dc = &DeptCount{Org: k.Org, Code: in.DepartmentCode, Name: in.DepartmentName}
			depts[dk] = dc
			deptSeen[dk] = set{}
		}
		dc.Views += d.Views
		for v := range t.views[k].seen {
			deptSeen[dk][v] = struct{}{}
		}
	}
	f.TimeOnPage.finish()
	slices.SortFunc(f.Documents, func(a, b DocCount) int {
		return cmp.Or(cmp.Compare(b.Views, a.Views), cmp.Compare(a.Org, b.Org), cmp.Compare(a.ID, b.ID))
	})
	f.Documents = f.Documents[:min(len(f.Documents), t.o.Top)]
	for dk, dc := range depts {
		dc.Visitors = len(deptSeen[dk])
		f.Departments = append(f.Departments, *dc)
	}
	slices.SortFunc(f.Departments, func(a, b DeptCount) int {
		return cmp.Or(cmp.Compare(b.Views, a.Views), cmp.Compare(a.Org, b.Org), cmp.Compare(a.Code, b.Code))
	})

	// Queries: masked first, then merged by their masked form (two
	// people's names masked alike are one query), then asked again.
	type group struct {
		masked, asked string
		n             int
		seen          set
	}
	groups := map[string]*group{}
	for text, c := range t.searches {
		m := text
		if red != nil {
			m = red.Redact(text, redact.Options{}).Text
		}
		g := groups[m]
		if g == nil {
			g = &group{masked: m, asked: text, seen: set{}}
			groups[m] = g
		}
		g.n += c.n
		for v := range c.seen {
			g.seen[v] = struct{}{}
		}
	}
	for _, g := range groups {
		f.Searches = append(f.Searches, QueryCount{Query: g.masked, Count: g.n, Visitors: len(g.seen)})
	}
	slices.SortFunc(f.Searches, func(a, b QueryCount) int {
		return cmp.Or(cmp.Compare(b.Visitors, a.Visitors), cmp.Compare(b.Count, a.Count), cmp.Compare(a.Query, b.Query))
	})
	f.Searches = f.Searches[:min(len(f.Searches), t.o.Top)]
	if s != nil {
		for i := range f.Searches[:min(len(f.Searches), t.o.Checks)] {
			n, err := s.Count(ctx, groups[f.Searches[i].Query].asked)
			if err != nil {
				return Figures{}, fmt.Errorf("usage: asking a query again: %w", err)
			}
			f.Searches[i].NoResults = n == 0
		}
	}

	for h, c := range t.referrers {
		f.Referrers = append(f.Referrers, HostCount{Host: h, Count: c.n, Visitors: len(c.seen)})
	}
	slices.SortFunc(f.Referrers, func(a, b HostCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Host, b.Host))
	})
	f.Referrers = f.Referrers[:min(len(f.Referrers), t.o.Top)]
	if f.Documents == nil {
		f.Documents = []DocCount{}
	}
	if f.Departments == nil {
		f.Departments = []DeptCount{}
	}
	if f.Searches == nil {
		f.Searches = []QueryCount{}
	}
	if f.Referrers == nil {
		f.Referrers = []HostCount{}
	}
	return f, nil
}
