package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/search"
)

// orgB is the second organization of the scope tests: Gangnam-gu, which
// has a department 1100123 as City Hall (org) does.
const orgB = "3220000"

// orgWorld is two organizations with the same department code and the
// same document ids, each with a review, a hold, a leak report and an
// inquiry, and a staff token of each kind.
type orgWorld struct {
	e *env
	// The tokens, by name: officer and admin of each organization, and
	// the city-wide admin (of no organization).
	tokens map[string]string
	// sees says which organizations each token's holder may see.
	sees map[string][]string
	// report and inquiry are the ids of each organization's.
	report, inquiry map[string]string
	// onlyB is a document id that exists in orgB only.
	onlyB string
}

func newOrgWorld(t *testing.T) *orgWorld {
	t.Helper()
	e := newEnv(t)
	ctx := context.Background()
	w := &orgWorld{e: e, report: map[string]string{}, inquiry: map[string]string{}, onlyB: "GANGNAM-ONLY-1"}

	// Gangnam-gu publishes a document with City Hall's id and department
	// code, and has a review with City Hall's id too.
	d := publicDocKw("SEOUL-2014-0001", deptInfo, "기획조정실 정보공개과", "approval", document.GradePublic,
		"강남구 정보공개 추진계획", "강남구의 정보공개 추진계획입니다. 세부 일정은 붙임과 같습니다.",
		time.Date(2014, 3, 2, 10, 15, 0, 0, kst), []string{"정보공개"})
	d.Organization = document.Organization{Code: orgB, Name: "서울특별시 강남구"}
	e.putJSON(t, buckets.Public, document.PublicKey(d.Key()), d)
	if err := e.index.Index(ctx, search.Doc{Org: orgB, ID: d.ID, Version: 1, Title: d.Title, Body: d.Body,
		DepartmentCode: deptInfo, DepartmentName: d.Department.Name, Type: d.Type, Grade: d.Disclosure.Grade,
		ApprovedAt: d.ApprovedAt, Keywords: d.Keywords}); err != nil {
		t.Fatal(err)
	}
	e.putRecord(t, d.ID, deptInfo, document.GradePublic, ledger.Indexed, orgB)
	e.putRecord(t, "IN-REVIEW-1", deptInfo, document.GradePartial, ledger.Review, orgB)
	e.putRecord(t, w.onlyB, deptInfo, document.GradePartial, ledger.Review, orgB)
	for _, h := range []ledger.Hold{
		{Org: org, Department: deptInfo, Reason: "시청 점검", By: "city-admin"},
		{Org: orgB, Department: deptInfo, Reason: "강남구 점검", By: "gangnam-admin"},
		{Org: orgB, Department: "", Reason: "강남구 전체 보류", By: "gangnam-admin"},
	} {
		if err := e.ledger.SetHold(ctx, h); err != nil {
			t.Fatal(err)
		}
	}

	// A leak report and an inquiry on each organization's document of
	// the same id, made as citizens make them.
	for _, o := range []string{org, orgB} {
		r := e.do(t, "POST", "/api/documents/SEOUL-2014-0001/reports?org="+o, "", map[string]any{"text": "", "reason": "classified"})
		if r.Code != 202 {
			t.Fatalf("report in %s: %d %s", o, r.Code, r.Body)
		}
		var rc struct{ ID string }
		decodeInto(t, r.Body.Bytes(), &rc)
		w.report[o] = rc.ID
		q := e.do(t, "POST", "/api/inquiries", "", map[string]any{"document_id": "SEOUL-2014-0001", "org": o,
			"question": "정보공개 추진계획의 세부 일정을 알고 싶습니다.", "email": "citizen@example.com", "consent": true})
		if q.Code != 201 {
			t.Fatalf("inquiry in %s: %d %s", o, q.Code, q.Body)
		}
		var qc struct{ ID string }
		decodeInto(t, q.Body.Bytes(), &qc)
		w.inquiry[o] = qc.ID
		e.setAddr("198.51.100." + o[:1]) // the ask limits count per address
	}

	issue := func(c auth.Claims) string {
		tok, err := e.issuer.Issue(c, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	w.tokens = map[string]string{
		"city officer":    issue(auth.Claims{Subject: "city-officer", Organization: org, Department: deptInfo}),
		"gangnam officer": issue(auth.Claims{Subject: "gangnam-officer", Organization: orgB, Department: deptInfo}),
		"city org admin":  issue(auth.Claims{Subject: "city-org-admin", Organization: org, Admin: true}),
		"gangnam admin":   issue(auth.Claims{Subject: "gangnam-admin", Organization: orgB, Admin: true}),
		"city-wide admin": issue(auth.Claims{Subject: "city-wide-admin", CityAdmin: true}),
	}
	w.sees = map[string][]string{
		"city officer": {org}, "gangnam officer": {orgB}, "city org admin": {org}, "gangnam admin": {orgB},
		"city-wide admin": {org, orgB},
	}
	return w
}

// home is the organization a token's requests are about without org.
func (w *orgWorld) home(name string) string {
	if name == "city-wide admin" {
		return org // the deployment's default: it has no organization
	}
	return w.sees[name][0]
}

// TestStaffListsAreScopedToTheOrganization: every staff listing shows the
// caller's organization only; naming another is 403 except for a
// city-wide admin, who sees each organization by naming it.
func TestStaffListsAreScopedToTheOrganization(t *testing.T) {
	w := newOrgWorld(t)
	type item struct {
		Org        string `json:"org"`
		ID         string `json:"id"`
		Department string `json:"department"`
	}
	lists := []struct {
		path string
		// orgOf reads the organization of each listed item.
		orgOf func(t *testing.T, body []byte) []string
	}{
		{"/api/staff/ledger", itemsOrgs},
		{"/api/staff/ledger?state=review", itemsOrgs},
		{"/api/staff/ledger?department=" + deptInfo, itemsOrgs},
		{"/api/staff/review", itemsOrgs},
		{"/api/staff/holds", itemsOrgs},
		{"/api/staff/reports?state=all", itemsOrgs},
		{"/api/staff/inquiries", itemsOrgs},
		{"/api/staff/reports/missed", func(*testing.T, []byte) []string { return nil }},
	}
	for name, tok := range w.tokens {
		for _, l := range lists {
			for _, asked := range []string{"", org, orgB} {
				target := l.path
				if asked != "" {
					target += map[bool]string{true: "&", false: "?"}[strings.Contains(target, "?")] + "org=" + asked
				}
				want := asked
				if want == "" {
					want = w.home(name)
				}
				r := w.e.do(t, "GET", target, tok, nil)
				if !slices.Contains(w.sees[name], want) {
					if r.Code != 403 || errCode(t, r.Body.Bytes()) != "auth.forbidden" {
						t.Errorf("%s: GET %s: %d %s, want 403", name, target, r.Code, r.Body)
					}
					continue
				}
				if r.Code != 200 {
					t.Errorf("%s: GET %s: %d %s", name, target, r.Code, r.Body)
					continue
				}
				orgs := l.orgOf(t, r.Body.Bytes())
				for _, o := range orgs {
					if o != want {
						t.Errorf("%s: GET %s lists an item of %s", name, target, o)
					}
				}
				// Every organization has something on every list but the
				// missed counts: an empty list would prove nothing.
				if len(orgs) == 0 && !strings.Contains(l.path, "missed") {
					t.Errorf("%s: GET %s lists nothing", name, target)
				}
			}
		}
	}

	// An organization's admin sees every department of theirs, and the
	// holds with who set them; an officer sees only their department and
	// the organization-wide hold without its author.
	var holds struct{ Items []ledger.Hold }
	decodeInto(t, w.e.do(t, "GET", "/api/staff/holds", w.tokens["gangnam admin"], nil).Body.Bytes(), &holds)
	if len(holds.Items) != 2 || holds.Items[0].By == "" {
		t.Errorf("gangnam admin's holds: %+v", holds.Items)
	}
	decodeInto(t, w.e.do(t, "GET", "/api/staff/holds", w.tokens["city org admin"], nil).Body.Bytes(), &holds)
	if len(holds.Items) != 1 || holds.Items[0].Org != org {
		t.Errorf("city org admin's holds: %+v", holds.Items)
	}
	var page struct{ Items []item }
	decodeInto(t, w.e.do(t, "GET", "/api/staff/ledger?department="+deptTraffic, w.tokens["city org admin"], nil).Body.Bytes(), &page)
	if len(page.Items) == 0 {
		t.Error("the city's admin sees no record of another department of the city")
	}
	if r := w.e.do(t, "GET", "/api/staff/ledger?department="+deptTraffic, w.tokens["city officer"], nil); r.Code != 403 {
		t.Errorf("an officer lists another department: %d", r.Code)
	}
}

// itemsOrgs reads the org of each item of a {"items": [...]} answer.
func itemsOrgs(t *testing.T, body []byte) []string {
	t.Helper()
	var page struct {
		Items []struct {
			Org string `json:"org"`
		} `json:"items"`
	}
	decodeInto(t, body, &page)
	out := make([]string, 0, len(page.Items))
	for _, it := range page.Items {
		out = append(out, it.Org)
	}
	return out
}

// staffRoute is one staff route on one resource: its target and body
// for a resource of an organization, and for a random id there.
type staffRoute struct {
	method string
	// target is the route on the existing resource of o (asked for
	// explicitly with org, or by default when explicit is false), and on
	// a random id when missing is true.
	target func(w *orgWorld, o string, explicit, missing bool) string
	body   string
	// reached is the status a caller who may act gets: the route went
	// past the authorization to the service (which may then refuse the
	// body, as the deliberately stale versions and empty notes here make
	// it do, to leave the resources as they are).
	reached int
}

func docRoute(method, format, body string, reached int) staffRoute {
	return staffRoute{method: method, body: body, reached: reached, target: func(w *orgWorld, o string, explicit, missing bool) string {
		id := "IN-REVIEW-1"
		if missing {
			id = "NO-SUCH-DOC-4f2a"
		}
		t := fmt.Sprintf(format, id)
		if explicit {
			t += map[bool]string{true: "&", false: "?"}[strings.Contains(t, "?")] + "org=" + o
		}
		return t
	}}
}

func reportRoute(method, action, body string, reached int) staffRoute {
	return staffRoute{method: method, body: body, reached: reached, target: func(w *orgWorld, o string, explicit, missing bool) string {
		id := w.report[o]
		if missing {
			id = "R20260101T000000-0badc0de"
		}
		t := "/api/staff/reports/SEOUL-2014-0001/" + id + action
		if explicit {
			t += "?org=" + o
		}
		return t
	}}
}

func inquiryRoute(method, action, body string, reached int) staffRoute {
	// An inquiry's id is unique across organizations: it takes no org.
	return staffRoute{method: method, body: body, reached: reached, target: func(w *orgWorld, o string, _, missing bool) string {
		id := w.inquiry[o]
		if missing {
			id = "Q-20260101-AAAAAAAAAA"
		}
		return "/api/staff/inquiries/" + id + action
	}}
}

// TestStaffCannotReachAnotherOrganization runs every staff route that
// names a resource with each kind of token on each organization's
// resource: whoever may see the organization reaches it, and to anyone
// else another organization's existing resource answers byte for byte as
// a random id does, and never reaches the pipeline.
func TestStaffCannotReachAnotherOrganization(t *testing.T) {
	w := newOrgWorld(t)
	routes := []staffRoute{
		docRoute("GET", "/api/staff/ledger?id=%s", "", 200),
		docRoute("GET", "/api/staff/review/%s", "", 200),
		docRoute("POST", "/api/staff/review/%s/mask", `{"spans":[{"text":"협상"}]}`, 200),
		docRoute("POST", "/api/staff/review/%s/approve", `{}`, 200),
		docRoute("POST", "/api/staff/review/%s/withhold", `{"exemption":"5","note":"협상 진행 중"}`, 200),
		docRoute("POST", "/api/staff/review/%s/send-back", `{"note":"보완해 주십시오"}`, 200),
		docRoute("POST", "/api/staff/review/%s/retry", `{}`, 202),
		docRoute("POST", "/api/staff/documents/%s/retract", `{"reason":"개인정보 노출"}`, 200),
		reportRoute("GET", "", "", 200),
		reportRoute("POST", "/confirm", `{"seq":99}`, 409),
		reportRoute("POST", "/widen", `{"seq":99}`, 409),
		reportRoute("POST", "/restore", `{"seq":99}`, 409),
		reportRoute("POST", "/dismiss", `{"seq":99}`, 409),
		inquiryRoute("GET", "", "", 200),
		inquiryRoute("POST", "/assign", `{"officer":"info-1","version":99}`, 409),
		inquiryRoute("POST", "/start", `{"version":99}`, 409),
		inquiryRoute("POST", "/extend", `{"reason":"자료 취합","version":99}`, 409),
		inquiryRoute("POST", "/answer", `{"answer":"세부 일정은 붙임과 같습니다.","version":99}`, 409),
		inquiryRoute("POST", "/close", `{"version":99}`, 409),
	}
	for _, rt := range routes {
		for name, tok := range w.tokens {
			for _, o := range []string{org, orgB} {
				for _, explicit := range []bool{true, false} {
					if !explicit && o != w.home(name) {
						continue // without org a request is about the caller's own
					}
					var body any
					if rt.body != "" {
						body = rt.body
					}
					target := rt.target(w, o, explicit, false)
					calls := len(w.e.ops.calls)
					got := w.e.do(t, rt.method, target, tok, body)
					what := fmt.Sprintf("%s: %s %s", name, rt.method, target)
					if slices.Contains(w.sees[name], o) {
						if got.Code != rt.reached {
							t.Errorf("%s: %d %s, want %d", what, got.Code, got.Body, rt.reached)
						}
						continue
					}
					missing := w.e.do(t, rt.method, rt.target(w, o, explicit, true), tok, body)
					if got.Code != 404 || !sameAnswer(got, missing) {
						t.Errorf("%s: another organization's resource answers %d %s %v; a random id %d %s %v",
							what, got.Code, got.Body, got.Header(), missing.Code, missing.Body, missing.Header())
					}
					for _, c := range w.e.ops.calls[calls:] {
						t.Errorf("%s reached the pipeline: %s", what, c)
					}
				}
			}
		}
	}

	// The same id in both organizations: each officer's action lands on
	// their own organization's document.
	for _, c := range []struct{ who, org string }{{"city officer", org}, {"gangnam officer", orgB}} {
		r := w.e.do(t, "POST", "/api/staff/review/IN-REVIEW-1/withhold", w.tokens[c.who], `{"exemption":"5","note":"협상 진행 중"}`)
		want := "review withhold " + document.Key{Org: c.org, ID: "IN-REVIEW-1"}.String()
		if r.Code != 200 || !strings.HasPrefix(w.e.ops.last(), want) {
			t.Errorf("%s: %d, last action %q, want %q", c.who, r.Code, w.e.ops.last(), want)
		}
	}
	// A document only the other organization has: no different from one
	// nobody has, with or without naming the organization.
	for _, target := range []string{"/api/staff/review/" + w.onlyB, "/api/staff/review/" + w.onlyB + "?org=" + orgB} {
		got := w.e.do(t, "GET", target, w.tokens["city officer"], nil)
		missing := w.e.do(t, "GET", strings.Replace(target, w.onlyB, "NO-SUCH-DOC-4f2a", 1), w.tokens["city officer"], nil)
		if got.Code != 404 || !sameAnswer(got, missing) {
			t.Errorf("GET %s: %d %s; missing: %d %s", target, got.Code, got.Body, missing.Code, missing.Body)
		}
	}
}

// sameAnswer compares what a client can read of two answers: status,
// body and headers (but the request id, which differs by design).
func sameAnswer(a, b *httptest.ResponseRecorder) bool {
	if a.Code != b.Code || a.Body.String() != b.Body.String() {
		return false
	}
	ha, hb := a.Header().Clone(), b.Header().Clone()
	ha.Del("X-Request-Id")
	hb.Del("X-Request-Id")
	ja, _ := json.Marshal(ha)
	jb, _ := json.Marshal(hb)
	return string(ja) == string(jb)
}

// TestHoldsStopAtTheOrganization: setting and lifting holds is an
// action on an organization's department; an admin of one organization
// cannot hold another's, a city-wide admin can.
func TestHoldsStopAtTheOrganization(t *testing.T) {
	w := newOrgWorld(t)
	for _, c := range []struct {
		who, org, dept string
		want           int
	}{
		{"city officer", org, deptInfo, 201},
		{"city officer", orgB, deptInfo, 403}, // the same department code elsewhere
		{"city officer", org, "", 403},
		{"city org admin", org, "", 201},
		{"city org admin", orgB, deptInfo, 403},
		{"city org admin", orgB, "", 403},
		{"gangnam admin", orgB, "", 201},
		{"gangnam admin", org, deptTraffic, 403},
		{"gangnam officer", "", deptInfo, 201}, // without org: their own
		{"city-wide admin", orgB, deptInfo, 201},
		{"city-wide admin", org, "", 201},
	} {
		q := ""
		if c.org != "" {
			q = "?org=" + c.org
		}
		calls := len(w.e.ops.calls)
		r := w.e.do(t, "POST", "/api/staff/holds"+q, w.tokens[c.who], map[string]string{"department": c.dept, "reason": "점검"})
		if r.Code != c.want {
			t.Errorf("%s holds %q/%q: %d %s, want %d", c.who, c.org, c.dept, r.Code, r.Body, c.want)
		}
		q = "?department=" + c.dept
		if c.org != "" {
			q += "&org=" + c.org
		}
		lift := w.e.do(t, "DELETE", "/api/staff/holds"+q, w.tokens[c.who], nil)
		if want := map[int]int{201: 204, 403: 403}[c.want]; lift.Code != want {
			t.Errorf("%s lifts %q/%q: %d %s, want %d", c.who, c.org, c.dept, lift.Code, lift.Body, want)
		}
		if c.want == 403 && len(w.e.ops.calls) != calls {
			t.Errorf("%s on %q/%q reached the pipeline: %v", c.who, c.org, c.dept, w.e.ops.calls[calls:])
		}
		if c.want == 201 {
			o := c.org
			if o == "" {
				o = w.home(c.who)
			}
			if want := "lift " + o + "/" + c.dept; !strings.HasPrefix(w.e.ops.last(), want) {
				t.Errorf("%s lifted %q, want %q", c.who, w.e.ops.last(), want)
			}
		}
	}
}

// spyLedger and spyReports record the organizations the handler looks
// documents and reports up in.
type spyLedger struct {
	ledger.Ledger
	mu   sync.Mutex
	orgs []string
}

func (s *spyLedger) Get(ctx context.Context, o, id string) (ledger.Record, error) {
	s.mu.Lock()
	s.orgs = append(s.orgs, o)
	s.mu.Unlock()
	return s.Ledger.Get(ctx, o, id)
}

type spyReports struct {
	Reports
	ledger *spyLedger
}

func (s spyReports) Get(ctx context.Context, k document.Key, id string) (leak.View, error) {
	s.ledger.mu.Lock()
	s.ledger.orgs = append(s.ledger.orgs, k.Org)
	s.ledger.mu.Unlock()
	return s.Reports.Get(ctx, k, id)
}

// TestAnotherOrganizationIsNotLookedUp: a route with an id in an
// organization the caller may not see answers before any lookup, so that
// not even the time an answer takes tells whether the id exists there.
func TestAnotherOrganizationIsNotLookedUp(t *testing.T) {
	w := newOrgWorld(t)
	spy := &spyLedger{Ledger: w.e.ledger}
	d := w.e.h.d
	d.Ledger, d.Reports = spy, spyReports{Reports: w.e.reports, ledger: spy}
	h := New(d)
	routes := []staffRoute{
		docRoute("GET", "/api/staff/ledger?id=%s", "", 200),
		docRoute("GET", "/api/staff/review/%s", "", 200),
		docRoute("POST", "/api/staff/review/%s/approve", `{}`, 200),
		docRoute("POST", "/api/staff/documents/%s/retract", `{"reason":"x"}`, 200),
		reportRoute("GET", "", "", 200),
		reportRoute("POST", "/dismiss", `{"seq":99}`, 409),
	}
	for _, rt := range routes {
		for _, who := range []string{"city officer", "city org admin"} {
			target := rt.target(w, orgB, true, false)
			r := httptest.NewRequest(rt.method, target, strings.NewReader(rt.body))
			r.Header.Set("Authorization", "Bearer "+w.tokens[who])
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			if rec.Code != 404 {
				t.Errorf("%s: %s %s: %d", who, rt.method, target, rec.Code)
			}
		}
	}
	if slices.Contains(spy.orgs, orgB) {
		t.Errorf("looked up in %s for staff of %s: %v", orgB, org, spy.orgs)
	}
}
