package api

import (
	"net/http/httptest"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"

	orgs "github.com/seoul-plaza/plaza/shared/org"
)

// TestOrganizations: each organization's code, name and branding, its
// public contact exactly as its file's branding.contact, cacheable, and
// nothing of its staff.
func TestOrganizations(t *testing.T) {
	e := newEnv(t)
	h := e.withOrgs()
	get := func(target string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
		return w
	}

	w := get("/api/organizations")
	if w.Code != 200 {
		t.Fatalf("list: %d %s", w.Code, w.Body)
	}
	if cc := w.Header().Get("Cache-Control"); cc != "public, max-age=300" {
		t.Errorf("list: Cache-Control %q", cc)
	}
	var list struct{ Items []Organization }
	decodeInto(t, w.Body.Bytes(), &list)
	set := orgs.Embedded()
	if len(list.Items) != len(set.All()) {
		t.Fatalf("list: %d organizations, want %d", len(list.Items), len(set.All()))
	}
	for i, o := range set.All() {
		got := list.Items[i]
		b := o.Branding
		want := Organization{Code: o.Code, Name: o.Name, Branding: OrgBranding{
			Name: b.Name, EmblemURL: "/static/" + b.Emblem,
			Colors:  OrgColors{Primary: b.Colors.Primary, Accent: b.Colors.Accent},
			Contact: OrgContact{Phone: b.Contact.Phone, Email: b.Contact.Email, Address: b.Contact.Address},
		}, SubjectAreas: []OrgSubjectArea{}}
		for _, a := range o.SubjectAreas {
			want.SubjectAreas = append(want.SubjectAreas, OrgSubjectArea{ID: a.ID, Name: a.Name})
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("item %d:\n got %+v\nwant %+v", i, got, want)
		}
		one := get("/api/organizations/" + o.Code)
		var single Organization
		decodeInto(t, one.Body.Bytes(), &single)
		if one.Code != 200 || !reflect.DeepEqual(single, want) {
			t.Errorf("%s: %d %+v", o.Code, one.Code, single)
		}
		if cc := one.Header().Get("Cache-Control"); cc != "public, max-age=300" {
			t.Errorf("%s: Cache-Control %q", o.Code, cc)
		}
	}

	// No officer, head or privacy officer: not a name, an e-mail, a
	// mobile number or an id.
	body := w.Body.String()
	for _, o := range set.All() {
		people := []orgs.Person{}
		for _, d := range o.Departments {
			people = append(people, d.Officers...)
			if d.Head != nil {
				people = append(people, *d.Head)
			}
		}
		if o.Inquiry.Privacy != nil {
			people = append(people, *o.Inquiry.Privacy)
		}
		for _, p := range people {
			for _, s := range []string{p.Name, p.Email, p.Phone, `"` + p.ID + `"`} {
				if s != "" && s != `""` && strings.Contains(body, s) {
					t.Errorf("%s: the list shows %q of %s", o.Code, s, p.ID)
				}
			}
		}
		for _, d := range o.Departments {
			if strings.Contains(body, d.Name) {
				t.Errorf("%s: the list names department %q", o.Code, d.Name)
			}
		}
	}

	for target, want := range map[string]int{
		"/api/organizations/9990000": 404,
		"/api/organizations/a..b":    400,
	} {
		if w := get(target); w.Code != want {
			t.Errorf("%s: %d, want %d: %s", target, w.Code, want, w.Body)
		}
	}

	// A handler without the deployment's organizations lists none.
	w = httptest.NewRecorder()
	e.h.ServeHTTP(w, httptest.NewRequest("GET", "/api/organizations", nil))
	if w.Code != 200 || strings.TrimSpace(w.Body.String()) != `{"items":[]}` {
		t.Errorf("without organizations: %d %s", w.Code, w.Body)
	}
}

// TestSearchBySubjectArea: a subject area of an organization's file
// filters the search by its departments and its keywords.
func TestSearchBySubjectArea(t *testing.T) {
	e := newEnv(t)
	h := e.withOrgs()
	search := func(target string) (*httptest.ResponseRecorder, searchResponse) {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
		var res searchResponse
		if w.Code == 200 {
			decodeInto(t, w.Body.Bytes(), &res)
		}
		return w, res
	}
	for _, c := range []struct {
		target string
		ids    []string
	}{
		// 행정: the 정보공개정책과 (1100123) documents.
		{"/api/documents?organization=6110000&subject=administration", []string{"SEOUL-2014-0001", "SEOUL-2014-0003"}},
		// 교통: no document of its department, but the bus plan's keyword 버스.
		{"/api/documents?organization=6110000&subject=transport", []string{"SEOUL-2014-0002"}},
		{"/api/documents?organization=6110000&subject=transport&q=" + url.QueryEscape("설명회"), nil},
		{"/api/documents?organization=6110000&subject=culture", nil},
	} {
		w, res := search(c.target)
		var got []string
		for _, it := range res.Items {
			got = append(got, it.ID)
		}
		slices.Sort(got)
		if w.Code != 200 || !slices.Equal(got, c.ids) || res.Total != len(c.ids) {
			t.Errorf("%s: %d %v (total %d), want %v", c.target, w.Code, got, res.Total, c.ids)
		}
	}
	for _, target := range []string{
		"/api/documents?subject=transport",                      // whose areas?
		"/api/documents?organization=6110000&subject=astronomy", // not one of them
		"/api/documents?organization=9999999&subject=transport", // no such organization
	} {
		if w, _ := search(target); w.Code != 400 || errCode(t, w.Body.Bytes()) != "query.bad_param:subject" {
			t.Errorf("%s: %d %s, want 400 query.bad_param:subject", target, w.Code, w.Body)
		}
	}
}

// TestNotices: the default organization's notices from its file, newest
// first and cacheable; another organization's by its code, none when its
// file has none; an unknown one is 404.
func TestNotices(t *testing.T) {
	e := newEnv(t)
	h := e.withOrgs()
	get := func(target string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
		return w
	}
	seoul, ok := orgs.Embedded().Get("6110000")
	if !ok || len(seoul.Notices) < 2 {
		t.Fatalf("the embedded Seoul file has no notices to test with")
	}
	w := get("/api/notices")
	if w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	if cc := w.Header().Get("Cache-Control"); cc != "public, max-age=300" {
		t.Errorf("Cache-Control %q", cc)
	}
	var res struct {
		Organization string
		Items        []Notice
	}
	decodeInto(t, w.Body.Bytes(), &res)
	if res.Organization != "6110000" || len(res.Items) != len(seoul.Notices) {
		t.Fatalf("%+v", res)
	}
	for i, n := range res.Items {
		if i > 0 && n.Date > res.Items[i-1].Date {
			t.Errorf("item %d (%s) is newer than item %d (%s)", i, n.Date, i-1, res.Items[i-1].Date)
		}
		if !slices.ContainsFunc(seoul.Notices, func(f orgs.Notice) bool {
			return f.Date == n.Date && f.Title == n.Title && f.TitleEn == n.TitleEn && f.URL == n.URL
		}) {
			t.Errorf("item %d is not the file's: %+v", i, n)
		}
	}
	w = get("/api/notices?organization=3220000")
	decodeInto(t, w.Body.Bytes(), &res)
	if w.Code != 200 || res.Organization != "3220000" || res.Items == nil || len(res.Items) != 0 {
		t.Errorf("an organization without notices: %d %s", w.Code, w.Body)
	}
	if w = get("/api/notices?organization=9990000"); w.Code != 404 || !strings.Contains(w.Body.String(), "organization.not_found") {
		t.Errorf("unknown organization: %d %s", w.Code, w.Body)
	}
}
