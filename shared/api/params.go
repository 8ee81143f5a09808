package api

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/search"
)

// Bounds on what a request may ask for.
const (
	MaxQueryRunes = 200
	MaxPageSize   = 100
	// MaxDepth bounds page×size: deeper pages must use the after cursor,
	// which both engines serve without scoring everything before it.
	MaxDepth      = 10000
	maxCursorLen  = 1024
	maxPrefixRune = 50
)

// badParam is a 400 for one query parameter.
type badParam struct{ name, message string }

func (e *badParam) write(w http.ResponseWriter) {
	httpjson.Error(w, http.StatusBadRequest, "query.bad_param:"+e.name, e.message)
}

var codePattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,32}$`)

// cleanText NFC-normalises s, drops control characters and bounds its length.
func cleanText(name, s string, maxRunes int) (string, *badParam) {
	if !utf8.ValidString(s) {
		return "", &badParam{name, name + " is not valid UTF-8"}
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, norm.NFC.String(s))
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > maxRunes {
		return "", &badParam{name, name + " is longer than " + strconv.Itoa(maxRunes) + " characters"}
	}
	return s, nil
}

func (h *Handler) org(v url.Values) (string, *badParam) {
	org := v.Get("org")
	if org == "" {
		return h.d.DefaultOrg, nil
	}
	if !codePattern.MatchString(org) {
		return "", &badParam{"org", "org must be 1 to 32 characters of [A-Za-z0-9_-]"}
	}
	return org, nil
}

// orgFilter reads the organization a search or statistics request is
// limited to: organization, or org, its older spelling (the two may not
// disagree). "" means every organization: unlike a document's key, a
// search or a table of figures has no need of the default organization.
func orgFilter(v url.Values) (string, *badParam) {
	o, old := v.Get("organization"), v.Get("org")
	name := "organization"
	switch {
	case o == "" && old == "":
		return "", nil
	case o == "":
		o, name = old, "org"
	case old != "" && old != o:
		return "", &badParam{"organization", "organization and org name different organizations; send organization alone"}
	}
	if !codePattern.MatchString(o) {
		return "", &badParam{name, name + " must be 1 to 32 characters of [A-Za-z0-9_-]"}
	}
	return o, nil
}

func intParam(v url.Values, name string, def, lo, hi int) (int, *badParam) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, &badParam{name, name + " must be an integer from " + strconv.Itoa(lo) + " to " + strconv.Itoa(hi)}
	}
	return n, nil
}

// dateParam accepts 2014-03-02 or RFC 3339. A bare date as an upper bound
// means the end of that day in Korea, where the documents are approved.
func dateParam(v url.Values, name string, end bool) (time.Time, *badParam) {
	s := v.Get(name)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t, err = time.ParseInLocation(time.DateOnly, s, kst)
		if err == nil && end {
			t = t.Add(24*time.Hour - time.Nanosecond)
		}
	}
	// Engines keep dates as nanoseconds since 1970 (int64: 1678 to 2262);
	// no approval falls outside these years anyway.
	if err != nil || t.Year() < minYear || t.Year() > maxYear {
		return time.Time{}, &badParam{name, fmt.Sprintf("%s must be a date (YYYY-MM-DD) or an RFC 3339 time between %d and %d", name, minYear, maxYear)}
	}
	return t, nil
}

// The years a date parameter may name.
const (
	minYear = 1900
	maxYear = 2200
)

var kst = time.FixedZone("KST", 9*60*60)

// searchQuery validates the parameters of GET /api/documents.
func (h *Handler) searchQuery(r *http.Request) (search.Query, *badParam) {
	v := r.URL.Query()
	// The citizens' search box: their typing habits are forgiven.
	q := search.Query{Forgiving: true}
	var bad *badParam
	if q.Text, bad = cleanText("q", v.Get("q"), MaxQueryRunes); bad != nil {
		return q, bad
	}
	if q.Org, bad = orgFilter(v); bad != nil {
		return q, bad
	}
	if d := v.Get("department"); d != "" {
		if !codePattern.MatchString(d) {
			return q, &badParam{"department", "department must be a department code"}
		}
		// Department ids are unique within an organization only: City
		// Hall's 1100123 is not Gangnam-gu's. Guessing the organization
		// would mix them, so it must be named.
		if q.Org == "" {
			return q, &badParam{"department", "department needs organization: department ids are unique within an organization only"}
		}
		q.Department = d
	}
	if a := v.Get("subject"); a != "" {
		// An organization's file names its subject areas: which
		// departments and keywords make each.
		if q.Org == "" {
			return q, &badParam{"subject", "subject needs organization: each organization names its own subject areas"}
		}
		area, ok := h.subjectArea(q.Org, a)
		if !ok {
			return q, &badParam{"subject", "subject must be one of the organization's subject areas (GET /api/organizations/{code})"}
		}
		q.Subject = &search.Subject{Departments: area.Departments, Keywords: area.Keywords}
	}
	if t := v.Get("type"); t != "" {
		if !slices.Contains(document.Types, t) {
			return q, &badParam{"type", "type must be one of " + strings.Join(document.Types, ", ")}
		}
		q.Type = t
	}
	switch g := v.Get("grade"); g {
	case "", document.GradePublic, document.GradePartial, document.GradeClosed:
		q.Grade = g
	default:
		return q, &badParam{"grade", "grade must be public, partial or closed"}
	}
	if q.From, bad = dateParam(v, "from", false); bad != nil {
		return q, bad
	}
	if q.To, bad = dateParam(v, "to", true); bad != nil {
		return q, bad
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return q, &badParam{"to", "to is before from"}
	}
	switch s := v.Get("sort"); s {
	case "", search.SortRelevance, search.SortDate:
		q.Sort = s
	case SortViews:
		// The engine lists the most viewed by date; the handler ranks them.
		q.Sort = search.SortDate
		if v.Get("after") != "" {
			return q, &badParam{"after", "sort=views has pages, not cursors"}
		}
	default:
		return q, &badParam{"sort", "sort must be relevance, date or views"}
	}
	if q.Size, bad = intParam(v, "size", 20, 1, MaxPageSize); bad != nil {
		return q, bad
	}
	if q.Page, bad = intParam(v, "page", 1, 1, MaxDepth/q.Size); bad != nil {
		bad.message += " (page × size ≤ " + strconv.Itoa(MaxDepth) + "; use the after cursor to go deeper)"
		return q, bad
	}
	if a := v.Get("after"); a != "" {
		if len(a) > maxCursorLen || strings.ContainsFunc(a, func(r rune) bool { return r < 0x21 || r > 0x7e }) {
			return q, &badParam{"after", "after must be a cursor returned as next"}
		}
		q.After = a
	}
	return q.Normalize(), nil
}
