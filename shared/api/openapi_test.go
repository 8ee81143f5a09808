package api

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"go.yaml.in/yaml/v3"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/feedback"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/subscription"
)

// loadSpec loads the document the handler serves, exactly as served.
func loadSpec(t *testing.T, h http.Handler) *openapi3.T {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/api/openapi.json", nil))
	if w.Code != 200 {
		t.Fatalf("openapi.json: %d", w.Code)
	}
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(w.Body.Bytes())
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the OpenAPI document is invalid: %v", err)
	}
	return doc
}

func TestOpenAPIValid(t *testing.T) {
	e := newEnv(t)
	doc := loadSpec(t, e.h)
	if doc.OpenAPI != "3.0.3" || doc.Info.Title == "" {
		t.Fatalf("openapi %q, title %q", doc.OpenAPI, doc.Info.Title)
	}
}

// TestOpenAPIRoutesMatchMux: every route in the mux is in the document and
// every operation in the document is a route in the mux.
func TestOpenAPIRoutesMatchMux(t *testing.T) {
	e := newEnv(t)
	doc := loadSpec(t, e.h)
	var inDoc []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			inDoc = append(inDoc, method+" "+path)
		}
	}
	inMux := e.h.Routes()
	sort.Strings(inDoc)
	sort.Strings(inMux)
	if !slices.Equal(inDoc, inMux) {
		t.Fatalf("routes differ\n document: %v\n mux:      %v", inDoc, inMux)
	}
	// And the mux really serves each of them (no typo in a registration).
	for _, route := range inMux {
		method, path, _ := strings.Cut(route, " ")
		r := httptest.NewRequest(method, strings.ReplaceAll(path, "{id}", "X"), nil)
		if _, pattern := e.h.mux.Handler(r); pattern != route {
			t.Errorf("%s resolves to %q", route, pattern)
		}
	}
}

// TestOpenAPIResponses sends real requests to every route, including the
// error cases, and validates each response against the document.
func TestOpenAPIResponses(t *testing.T) {
	e := newEnv(t)
	doc := loadSpec(t, e.h)
	info, traffic, admin := e.token(t, deptInfo, false), e.token(t, deptTraffic, false), e.token(t, "", true)
	cityAdmin, err := e.issuer.Issue(auth.Claims{Subject: "city-wide", CityAdmin: true}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	noOps := New(Deps{Search: e.index, Store: e.store, Buckets: buckets, Ledger: e.ledger, Auth: e.issuer, DefaultOrg: org, Now: e.h.d.Now})
	// The deployment's organizations, for the routes that publish them.
	withOrgs := e.withOrgs()

	type call struct {
		h       http.Handler
		method  string
		target  string
		token   string
		body    string
		status  int
		setup   func()
		request bool // also validate the request (well-formed calls only)
		tracker string
		ctype   string // the body's type when not JSON
	}
	conflict := func() { e.ops.err = document.Errorf("review.not_pending", "the document is not waiting for review") }

	// An inquiry to follow and to answer, asked through the API.
	asked := e.do(t, "POST", "/api/inquiries", "", map[string]any{"document_id": "SEOUL-2014-0001",
		"question": "정보공개 추진계획의 세부 일정을 알고 싶습니다.", "email": "citizen@example.com", "consent": true})
	if asked.Code != 201 {
		t.Fatalf("ask: %d %s", asked.Code, asked.Body)
	}
	var created struct{ ID, Token string }
	_ = json.Unmarshal(asked.Body.Bytes(), &created)
	qid, qtok := created.ID, created.Token
	flood := func() { // the address has used its hour
		e.setAddr("203.0.113.99")
		for range 10 {
			e.do(t, "POST", "/api/inquiries", "", `{}`)
		}
	}
	// Reports to follow and act on, made through the API.
	report := func(id, text, reason string) (string, string) {
		w := e.do(t, "POST", "/api/documents/"+id+"/reports", "", map[string]any{"text": text, "reason": reason,
			"contact": map[string]string{"email": "reporter@example.com"}, "consent_version": leak.ConsentVersion})
		if w.Code != 202 {
			t.Fatalf("report: %d %s", w.Code, w.Body)
		}
		var rc struct{ ID, Token string }
		_ = json.Unmarshal(w.Body.Bytes(), &rc)
		return rc.ID, rc.Token
	}
	toConfirm, toConfirmTok := report("SEOUL-2014-0001", "추진계획입니다", "someones_data")
	toRestore, _ := report("SEOUL-2014-0001", "행정정보를", "my_data")
	toWiden, _ := report("SEOUL-2014-0001", "적극", "my_data")
	toDismiss, _ := report("SEOUL-2014-0002", "", "classified")
	floodReports := func() {
		e.setAddr("203.0.113.77")
		for range 11 {
			e.do(t, "POST", "/api/documents/SEOUL-2014-0001/reports", "", `{"reason":"error"}`)
		}
	}
	// The PDF route needs fonts-nanum (required under CI: testFont).
	pdfStatus, pdfClosed := 200, 404
	if e.h.d.PDFFont == nil {
		pdfStatus, pdfClosed = 501, 501
	}
	staffReport := func(id, rid, action string) string { return "/api/staff/reports/" + id + "/" + rid + "/" + action }
	askClosed := `{"document_id":"SEOUL-2014-0003","question":"비공개 결정된 회신 문서의 공개를 청구합니다.","phone":"010-2345-6789","name":"김시민","consent":true,"consent_version":"` + inquiry.ConsentVersion + `","publish":false,"website":""}`
	// Pre-release checks: a draft that would be published, one refused.
	checkType, checkOK := checkBody(t, draft(deptTraffic, "민원인 연락처 010-3141-5926 로 알림.", "a.txt"), map[string]string{"files/a.txt": "붙임 본문"})
	missingType, checkMissing := checkBody(t, draft(deptTraffic, "본문", "none.txt"), nil)
	calls := []call{
		{method: "GET", target: "/api/documents?q=%EC%A0%95%EB%B3%B4%EA%B3%B5%EA%B0%9C&sort=date&size=10&page=1", status: 200, request: true},
		{method: "GET", target: "/api/documents?type=plan&grade=partial&from=2015-01-01&to=2015-12-31", status: 200, request: true},
		{method: "GET", target: "/api/documents?size=1", status: 200, request: true},
		{method: "GET", target: "/api/documents?size=500", status: 400},
		{method: "GET", target: "/api/documents/SEOUL-2014-0001", status: 200, request: true},
		{method: "GET", target: "/api/documents/SEOUL-2014-0002", status: 200, request: true},
		{method: "GET", target: "/api/documents/SEOUL-2014-0003", status: 200, request: true},
		{method: "GET", target: "/api/documents/XSS-0001", status: 200, request: true},
		{method: "GET", target: "/api/documents/NOPE", status: 404, request: true},
		{method: "GET", target: "/api/documents/a..b", status: 400},
		{method: "GET", target: "/api/documents/SEOUL-2014-0001/related", status: 200, request: true},
		{method: "GET", target: "/api/documents/NOPE/related", status: 404, request: true},
		{method: "GET", target: "/api/documents/SEOUL-2014-0001/pdf", status: pdfStatus, request: true},
		{method: "GET", target: "/api/documents/SEOUL-2014-0003/pdf", status: pdfClosed, request: true},
		{h: noOps, method: "GET", target: "/api/documents/SEOUL-2014-0001/pdf", status: 501, request: true},
		{h: New(Deps{Search: plainIndex{e.index}, Store: e.store, Buckets: buckets, Ledger: e.ledger, DefaultOrg: org}), method: "GET", target: "/api/documents/SEOUL-2014-0001/related", status: 501, request: true},
		{method: "GET", target: "/api/keywords?prefix=%EC%A0%95", status: 200, request: true},
		{method: "GET", target: "/api/keywords", status: 400},
		{method: "GET", target: "/api/departments", status: 200, request: true},
		{method: "GET", target: "/api/departments?org=x%20y", status: 400},
		{method: "GET", target: "/api/documents?organization=6110000&department=1100123", status: 200, request: true},
		{method: "GET", target: "/api/documents?department=1100123", status: 400, request: true},
		{method: "GET", target: "/api/documents?organization=6110000&org=3220000", status: 400, request: true},
		{method: "GET", target: "/api/stats/release", status: 200, request: true},
		// Another organization: listings and holds 403, one resource 404.
		{method: "GET", target: "/api/staff/holds?org=3220000", token: info, status: 403, request: true},
		{method: "GET", target: "/api/staff/holds?org=3220000", token: cityAdmin, status: 200, request: true},
		{method: "GET", target: "/api/staff/ledger?org=3220000", token: admin, status: 403, request: true},
		{method: "GET", target: "/api/staff/ledger?org=6120000", token: cityAdmin, status: 200, request: true},
		{method: "GET", target: "/api/staff/ledger?org=bad%20org", token: cityAdmin, status: 400},
		{method: "GET", target: "/api/staff/ledger?id=OTHER-ORG&org=6120000", token: admin, status: 404, request: true},
		{method: "GET", target: "/api/staff/review?org=3220000", token: info, status: 403, request: true},
		{method: "GET", target: "/api/staff/review/IN-REVIEW-1?org=3220000", token: admin, status: 404, request: true},
		{method: "GET", target: "/api/staff/reports?org=3220000", token: info, status: 403, request: true},
		{method: "GET", target: "/api/staff/reports/missed?org=3220000", token: admin, status: 403, request: true},
		{method: "GET", target: "/api/staff/reports/SEOUL-2014-0001/" + toConfirm + "?org=3220000", token: admin, status: 404, request: true},
		{method: "GET", target: "/api/staff/inquiries?org=3220000", token: info, status: 403, request: true},
		{method: "GET", target: "/api/staff/inquiries?org=3220000", token: cityAdmin, status: 200, request: true},
		{method: "POST", target: "/api/staff/holds?org=3220000", token: admin, body: `{"department":"","reason":"전체 중지"}`, status: 403, request: true},
		{method: "DELETE", target: "/api/staff/holds?org=3220000&department=" + deptInfo, token: info, status: 403, request: true},
		{method: "POST", target: "/api/staff/documents/SEOUL-2014-0001/retract?org=3220000", token: admin, body: `{"reason":"x"}`, status: 404, request: true},
		{method: "GET", target: "/api/stats/release?organization=6110000", status: 200, request: true},
		{method: "GET", target: "/api/stats/release?org=6120000", status: 200, request: true},
		{method: "GET", target: "/api/stats/release?organization=a%20b", status: 400},
		{method: "GET", target: "/api/stats/release?period=month&organization=6110000", status: 200, request: true},
		{method: "GET", target: "/api/stats/release?period=day&from=2026-11-01&to=2026-11-30&organization=6110000&department=1100123", status: 200, request: true},
		{method: "GET", target: "/api/stats/release?period=year&format=csv", status: 200, request: true},
		{method: "GET", target: "/api/stats/release?period=week", status: 400},
		{method: "GET", target: "/api/stats/release?from=2026-01", status: 400, request: true},
		{method: "GET", target: "/api/stats/release?period=month&from=2026-13", status: 400, request: true},
		{method: "GET", target: "/api/stats/release?period=day&from=2020-01-01&to=2026-01-01", status: 400, request: true},
		{method: "GET", target: "/api/stats/release?department=1100123", status: 400, request: true},
		{method: "GET", target: "/api/stats/release?format=xml", status: 400},
		{method: "GET", target: "/api/stats/organizations", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/api/organizations", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/api/organizations/3220000", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/api/organizations/6110000", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/api/organizations/9990000", status: 404, request: true},
		{h: withOrgs, method: "GET", target: "/api/organizations/a..b", status: 400},
		{h: noOps, method: "GET", target: "/api/organizations", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/api/notices", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/api/notices?organization=3220000", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/api/notices?organization=9990000", status: 404, request: true},
		{h: withOrgs, method: "GET", target: "/api/notices?organization=a..b", status: 400},
		{h: noOps, method: "GET", target: "/api/organizations/6110000", status: 404, request: true},
		{method: "GET", target: "/api/openapi.json", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/api/3/action/package_search?q=%EC%A0%95%EB%B3%B4&rows=2&facet.field=%5B%22organization%22%5D", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/api/3/action/package_show?id=6110000:SEOUL-2014-0001", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/api/3/action/package_show?id=6110000:NOPE", status: 404, request: true},
		{h: withOrgs, method: "GET", target: "/api/3/action/package_search?rows=1001", status: 409, request: true},
		{h: withOrgs, method: "GET", target: "/api/3/action/nothing_here", status: 400},
		{h: withOrgs, method: "POST", target: "/api/3/action/organization_list", body: `{"all_fields":true}`, status: 200, request: true},
		{h: withOrgs, method: "POST", target: "/api/3/action/package_show", body: `{"id":`, status: 400},
		{method: "GET", target: "/dataset/SEOUL-2014-0001/text/0.txt", status: 200, request: true},
		{method: "GET", target: "/dataset/SEOUL-2014-0003/text/0.txt", status: 404, request: true},
		{h: withOrgs, method: "GET", target: "/catalog.jsonld?page=1&modified_since=2014-01-01", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/catalog.ttl", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/catalog?page=1", status: 200, request: true},
		{method: "GET", target: "/catalog.ttl?modified_since=soon", status: 400, request: true},
		{method: "GET", target: "/dataset/SEOUL-2014-0001.jsonld", status: 200, request: true},
		{method: "GET", target: "/dataset/SEOUL-2014-0003.jsonld?org=6110000", status: 200, request: true},
		{method: "GET", target: "/dataset/NOPE.jsonld", status: 404, request: true},
		{h: withOrgs, method: "GET", target: "/feeds/releases.rss?organization=6110000&keyword=%EC%A0%95%EB%B3%B4%EA%B3%B5%EA%B0%9C", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/feeds/releases.atom?organization=6110000&department=1100123", status: 200, request: true},
		{method: "GET", target: "/feeds/releases.atom?department=1100123", status: 400, request: true},
		{method: "GET", target: "/sitemap.xml", status: 200, request: true},
		{method: "GET", target: "/sitemaps/1.xml", status: 200, request: true},
		{method: "GET", target: "/sitemaps/9.xml", status: 404, request: true},
		{method: "GET", target: "/robots.txt", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/documents?q=%EC%84%A4%EB%AA%85%ED%9A%8C&lang=en", status: 200, request: true},
		{h: withOrgs, method: "GET", target: "/documents/SEOUL-2014-0001", status: 200, request: true},
		{method: "GET", target: "/documents/NOPE?org=6110000", status: 404, request: true},

		{method: "GET", target: "/api/staff/ledger", token: info, status: 200, request: true},

		{method: "GET", target: "/api/reports/consent", status: 200, request: true},
		{method: "POST", target: "/api/documents/SEOUL-2014-0001/reports", body: `{"text":"세부 일정","reason":"error"}`, status: 202, request: true},
		{method: "POST", target: "/api/documents/SEOUL-2014-0003/reports", body: `{"text":"수사 협조","reason":"my_data"}`, status: 409, request: true},
		{method: "POST", target: "/api/documents/NOPE/reports", body: `{"text":"수사 협조","reason":"my_data"}`, status: 404, request: true},
		{method: "POST", target: "/api/documents/SEOUL-2014-0001/reports", body: `{"text":"세부 일정","reason":"maybe"}`, status: 400},
		{method: "POST", target: "/api/documents/SEOUL-2014-0001/reports", body: `{"text":"세부","reason":"my_data","contact":{"email":"a@example.com"}}`, status: 400},
		{method: "POST", target: "/api/documents/SEOUL-2014-0001/reports", body: `{"reason":"error"}`, status: 429, setup: floodReports},
		{h: noOps, method: "POST", target: "/api/documents/SEOUL-2014-0001/reports", body: `{"reason":"error"}`, status: 501},
		{method: "GET", target: "/api/documents/SEOUL-2014-0001/reports/" + toConfirm + "?token=" + toConfirmTok, status: 200, request: true},
		{method: "GET", target: "/api/documents/SEOUL-2014-0001/reports/" + toConfirm, status: 401},
		{method: "GET", target: "/api/documents/SEOUL-2014-0001/reports/" + toConfirm + "?token=wrong", status: 404},
		{method: "GET", target: "/api/staff/reports", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/reports?state=all", token: admin, status: 200, request: true},
		{method: "GET", target: "/api/staff/reports?department=" + deptTraffic, token: info, status: 403},
		{method: "GET", target: "/api/staff/reports", status: 401},
		{method: "GET", target: "/api/staff/reports/SEOUL-2014-0001/" + toConfirm, token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/reports/SEOUL-2014-0001/" + toConfirm, token: traffic, status: 404},
		{method: "POST", target: staffReport("SEOUL-2014-0001", toConfirm, "confirm"), token: info, body: `{"miss":{"type":"name","context":"body"}}`, status: 200, request: true},
		{method: "POST", target: staffReport("SEOUL-2014-0001", toConfirm, "confirm"), token: info, body: `{"miss":{"type":"name","context":"body"}}`, status: 409},
		{method: "POST", target: staffReport("SEOUL-2014-0001", toRestore, "restore"), token: info, body: `{}`, status: 400},
		{method: "POST", target: staffReport("SEOUL-2014-0001", toRestore, "restore"), token: info, body: `{"note":"공개된 행정 용어"}`, status: 200, request: true},
		{method: "POST", target: staffReport("SEOUL-2014-0001", toWiden, "widen"), token: info, body: `{"miss":{"type":"name","context":"table"},"texts":["정보공개 추진계획"]}`, status: 200, request: true},
		{method: "POST", target: staffReport("SEOUL-2014-0002", toDismiss, "dismiss"), token: traffic, body: `{"note":"비공개 대상 아님"}`, status: 200, request: true},
		{method: "GET", target: "/api/staff/reports/missed", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/ledger?state=review", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/ledger?id=SEOUL-2014-0001", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/ledger?id=SEOUL-2014-0002", token: info, status: 404},
		{method: "GET", target: "/api/staff/ledger?department=" + deptTraffic, token: info, status: 403},
		{method: "GET", target: "/api/staff/ledger?department=" + deptTraffic, token: admin, status: 200, request: true},
		{method: "GET", target: "/api/staff/ledger?id=NOPE", token: admin, status: 404},
		{method: "GET", target: "/api/staff/ledger?state=lost", token: info, status: 400},
		{method: "GET", target: "/api/staff/ledger", status: 401},
		{method: "GET", target: "/api/staff/ledger", token: "garbage", status: 401},
		{method: "GET", target: "/api/staff/holds", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/holds", status: 401},
		{method: "GET", target: "/api/staff/stats/flags", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/stats/flags?from=2026-01&to=2026-11&margin=0.2&item_margin=0.3", token: admin, status: 200, request: true},
		{method: "GET", target: "/api/staff/stats/flags?margin=2", token: admin, status: 400},
		{method: "GET", target: "/api/staff/stats/flags?from=2026-13", token: admin, status: 400, request: true},
		{method: "GET", target: "/api/staff/stats/flags?org=3220000", token: info, status: 403, request: true},
		{method: "GET", target: "/api/staff/stats/flags", status: 401},
		{method: "GET", target: "/api/staff/stats/ranking?month=2026-11", token: admin, status: 200, request: true},
		{method: "GET", target: "/api/staff/stats/disclosure-check", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/stats/disclosure-check?org=3220000", token: info, status: 403, request: true},
		{method: "GET", target: "/api/staff/stats/disclosure-check", status: 401},
		{method: "GET", target: "/api/staff/reconciliation", token: admin, status: 200, request: true},
		{method: "GET", target: "/api/staff/reconciliation", token: info, status: 403, request: true},
		{method: "GET", target: "/api/staff/reconciliation?org=3220000", token: admin, status: 403, request: true},
		{method: "GET", target: "/api/staff/reconciliation", status: 401},
		{method: "GET", target: "/api/staff/metrics", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/metrics?org=3220000", token: info, status: 403, request: true},
		{method: "POST", target: "/api/staff/check", token: traffic, ctype: checkType, body: checkOK.String(), status: 200, request: true},
		{method: "POST", target: "/api/staff/check", token: traffic, ctype: missingType, body: checkMissing.String(), status: 200, request: true},
		{method: "POST", target: "/api/staff/check", token: info, ctype: checkType, body: checkOK.String(), status: 403, request: true},
		{method: "POST", target: "/api/staff/check", token: traffic, body: `{}`, status: 415},
		{method: "POST", target: "/api/staff/check", status: 401},
		{method: "GET", target: "/api/staff/stats/ranking", token: traffic, status: 200, request: true},
		{method: "GET", target: "/api/staff/stats/ranking?month=11-2026", token: admin, status: 400, request: true},
		{method: "GET", target: "/api/staff/stats/ranking?department=" + deptInfo, token: traffic, status: 403, request: true},
		{method: "POST", target: "/api/staff/holds", token: info, body: `{"department":"` + deptInfo + `","reason":"선거 기간"}`, status: 201, request: true},
		{method: "POST", target: "/api/staff/holds", token: info, body: `{"department":"","reason":"전체 중지"}`, status: 403},
		{method: "POST", target: "/api/staff/holds", token: admin, body: `{"reason":""}`, status: 400},
		{method: "POST", target: "/api/staff/holds", token: admin, body: `{"reason":"x","extra":1}`, status: 400},
		{h: noOps, method: "POST", target: "/api/staff/holds", token: admin, body: `{"reason":"x"}`, status: 501},
		{method: "POST", target: "/api/staff/holds", token: admin, body: `{"reason":"x"}`, status: 409, setup: conflict},
		{method: "DELETE", target: "/api/staff/holds?department=" + deptInfo, token: info, status: 204, request: true},
		{method: "DELETE", target: "/api/staff/holds", token: info, status: 403},
		{method: "DELETE", target: "/api/staff/holds", token: admin, status: 204, request: true},
		{method: "POST", target: "/api/staff/documents/SEOUL-2014-0001/retract", token: info, body: `{"reason":"개인정보 노출"}`, status: 200, request: true},
		{method: "POST", target: "/api/staff/documents/SEOUL-2014-0001/retract", token: traffic, body: `{"reason":"x"}`, status: 404},
		{method: "POST", target: "/api/staff/documents/NOPE/retract", token: admin, body: `{"reason":"x"}`, status: 404},
		{method: "POST", target: "/api/staff/documents/SEOUL-2014-0001/retract", token: info, body: `{}`, status: 400},
		{method: "POST", target: "/api/staff/documents/SEOUL-2014-0001/retract", token: info, body: `{"reason":"x"}`, status: 409, setup: conflict},
		{h: noOps, method: "POST", target: "/api/staff/documents/SEOUL-2014-0001/retract", token: info, body: `{"reason":"x"}`, status: 501},
		{method: "POST", target: "/api/staff/documents/SEOUL-2014-0001/retract", body: `{"reason":"x"}`, status: 401},
		{method: "GET", target: "/api/staff/review", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/review?department=" + deptTraffic, token: admin, status: 200, request: true},
		{method: "GET", target: "/api/staff/review?department=" + deptTraffic, token: info, status: 403},
		{method: "GET", target: "/api/staff/review", status: 401},
		{method: "GET", target: "/api/staff/review/IN-REVIEW-1", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/review/IN-REVIEW-1", token: traffic, status: 404},
		{method: "GET", target: "/api/staff/review/NOPE", token: admin, status: 404},
		{method: "GET", target: "/api/staff/review/IN-REVIEW-1", token: info, status: 409, setup: conflict},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/mask", token: info, body: `{"spans":[{"field":"body","start":3,"end":9},{"text":"삼억 원","type":"other"}],"seq":1}`, status: 200, request: true},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/mask", token: info, body: `{"spans":[]}`, status: 400},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/mask", token: info, body: `{"spans":[{"field":"body","start":5,"end":2}]}`, status: 400},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/mask", token: info, body: `{"spans":[{"text":"x","type":"secret"}]}`, status: 400},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/mask", token: info, body: `{"spans":[{"text":"x"}],"exemption":"5"}`, status: 400},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/mask", token: traffic, body: `{"spans":[{"text":"x"}]}`, status: 404},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/approve", token: info, body: `{"exemptions":{"5":"masked"},"note":"교섭 전략 마스킹 확인","seq":2}`, status: 200, request: true},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/approve", token: info, body: `{"exemptions":{"5":"yes"}}`, status: 400},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/approve", token: info, body: `{"exemptions":{"9":"masked"}}`, status: 400},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/approve", token: info, body: `not json`, status: 400},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/approve", token: info, body: `{}`, status: 409, setup: conflict},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/approve", token: traffic, body: `{}`, status: 404},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/withhold", token: info, body: `{"exemption":"5","note":"협상 진행 중"}`, status: 200, request: true},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/withhold", token: info, body: `{"exemption":"5"}`, status: 400},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/withhold", token: info, body: `{"exemption":"0","note":"x"}`, status: 400},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/send-back", token: info, body: `{"note":"비공개 사유를 보완해 주십시오"}`, status: 200, request: true},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/send-back", token: info, body: `{}`, status: 400},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/retry", token: info, body: `{}`, status: 202, request: true},
		{method: "POST", target: "/api/staff/review/IN-REVIEW-1/retry", token: info, body: `{}`, status: 409, setup: conflict},
		{h: noOps, method: "POST", target: "/api/staff/review/IN-REVIEW-1/retry", token: info, body: `{}`, status: 501},
		{h: noOps, method: "GET", target: "/api/staff/review/IN-REVIEW-1", token: info, status: 501},

		{method: "GET", target: "/api/inquiries/consent", status: 200, request: true},
		{method: "POST", target: "/api/inquiries", body: askClosed, status: 201, request: true},
		{method: "POST", target: "/api/inquiries", body: askClosed, status: 409, request: true},
		{method: "POST", target: "/api/inquiries", body: `{"document_id":"SEOUL-2014-0001","question":"짧음","email":"a@example.com","consent":true}`, status: 400, request: true},
		{method: "POST", target: "/api/inquiries", body: `{"document_id":"SEOUL-2014-0001","question":"동의 없이 보내는 질문입니다.","email":"a@example.com","consent":false}`, status: 400, request: true},
		{method: "POST", target: "/api/inquiries", body: `{"document_id":"NOPE","question":"없는 문서에 대한 질문입니다.","email":"a@example.com","consent":true}`, status: 404, request: true},
		{method: "POST", target: "/api/inquiries", body: `{"document_id":"WORK-ONLY","question":"공개되지 않은 문서에 대한 질문입니다.","email":"a@example.com","consent":true}`, status: 404, request: true},
		{method: "GET", target: "/api/inquiries/" + qid, tracker: qtok, status: 200, request: true},
		{method: "GET", target: "/api/inquiries/" + qid + "?token=" + qtok, status: 200, request: true},
		{method: "GET", target: "/api/inquiries/" + qid, status: 401, request: true},
		{method: "GET", target: "/api/inquiries/" + qid, tracker: "wrong", status: 404, request: true},
		{method: "GET", target: "/api/staff/inquiries", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/inquiries?state=received&size=10", token: admin, status: 200, request: true},
		{method: "GET", target: "/api/staff/inquiries?state=lost", token: info, status: 400},
		{method: "GET", target: "/api/staff/inquiries?size=0", token: info, status: 400},
		{method: "GET", target: "/api/staff/inquiries?department=" + deptInfo, token: traffic, status: 403, request: true},
		{method: "GET", target: "/api/staff/inquiries", status: 401, request: true},
		{method: "GET", target: "/api/staff/inquiries", token: "garbage", status: 401, request: true},
		{method: "GET", target: "/api/staff/inquiries/" + qid, token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/inquiries/" + qid, token: traffic, status: 404, request: true},
		{method: "GET", target: "/api/staff/inquiries/" + qid, status: 401, request: true},
		{method: "GET", target: "/api/staff/inquiries/Q-20260101-AAAAAAAAAA", token: admin, status: 404, request: true},
		{method: "POST", target: "/api/staff/inquiries/" + qid + "/assign", token: info, body: `{"officer":"info-1"}`, status: 200, request: true},
		{method: "POST", target: "/api/staff/inquiries/" + qid + "/assign", token: info, body: `{"officer":"nobody"}`, status: 400, request: true},
		{method: "POST", target: "/api/staff/inquiries/" + qid + "/start", token: info, body: `{}`, status: 200, request: true},
		{method: "POST", target: "/api/staff/inquiries/" + qid + "/start", token: info, body: `{}`, status: 409, request: true},
		{method: "POST", target: "/api/staff/inquiries/" + qid + "/extend", token: info, body: `{"reason":"관련 부서 자료 취합"}`, status: 200, request: true},
		{method: "POST", target: "/api/staff/inquiries/" + qid + "/extend", token: info, body: `{"reason":"x","bogus":1}`, status: 400},
		{method: "POST", target: "/api/staff/inquiries/" + qid + "/answer", token: traffic, body: `{"answer":"x"}`, status: 404, request: true},
		{method: "POST", target: "/api/staff/inquiries/" + qid + "/answer", body: `{"answer":"x"}`, status: 401, request: true},
		{method: "POST", target: "/api/staff/inquiries/" + qid + "/answer", token: info, body: `{"answer":"세부 일정은 붙임 일정표와 같습니다."}`, status: 200, request: true},
		{method: "POST", target: "/api/staff/inquiries/" + qid + "/close", token: info, body: `{}`, status: 200, request: true},
		{method: "GET", target: "/api/documents/SEOUL-2014-0001/qa", status: 200, request: true},
		{method: "GET", target: "/api/documents/SEOUL-2014-0001/qa?org=bad%20org", status: 400},
		{method: "GET", target: "/api/documents/a..b/qa", status: 400},
		{method: "GET", target: "/api/stats/usage", status: 200, request: true, setup: func() { putUsage(t, e) }},
		{method: "GET", target: "/api/stats/usage?from=2026-11-01&to=2026-11-30", status: 200, request: true},
		{method: "GET", target: "/api/documents?sort=views&q=%EC%A0%95%EB%B3%B4%EA%B3%B5%EA%B0%9C&page=1&size=10", status: 200, request: true},
		{method: "GET", target: "/api/documents?sort=views&after=x", status: 400, request: true},
		{method: "GET", target: "/api/stats/usage?from=2026-12-10&to=2026-12-01", status: 400, request: true},
		{method: "GET", target: "/api/stats/usage?to=yesterday", status: 400},
		{method: "GET", target: "/api/staff/stats/usage", token: info, status: 200, request: true},
		{method: "GET", target: "/api/staff/stats/usage?org=3220000", token: info, status: 403, request: true},
		{method: "GET", target: "/api/staff/stats/usage?org=3220000", token: cityAdmin, status: 200, request: true},
		{method: "GET", target: "/api/staff/stats/usage?org=bad%20org", token: cityAdmin, status: 400},
		{method: "GET", target: "/api/staff/stats/usage", status: 401, request: true},
		{method: "POST", target: "/api/beacon?doc=SEOUL-2014-0001&org=6110000&ms=15000", status: 204, request: true},
		{method: "POST", target: "/api/beacon?doc=SEOUL-2014-0001&ms=-5", status: 400},
		{method: "POST", target: "/api/beacon?doc=SEOUL-2014-0001&ms=5", body: strings.Repeat("x", 2000), status: 413},
		{method: "POST", target: "/api/beacon?doc=SEOUL-2014-0001&ms=5", status: 429, request: true, setup: func() {
			e.setAddr("203.0.113.55")
			for range 60 {
				e.do(t, "POST", "/api/beacon?doc=SEOUL-2014-0001&ms=5", "", "")
			}
		}},
		{method: "POST", target: "/api/inquiries", body: `{"document_id":"SEOUL-2014-0001","question":"한 시간에 너무 많이 묻는 질문입니다.","email":"z@example.com","consent":true}`, status: 429, request: true, setup: flood},
	}

	// Feedback and subscriptions, with the tokens their links carry.
	rateTok, err := e.fb.RatingToken(feedback.RateClaims{Org: org, Inquiry: qid, Department: deptInfo})
	if err != nil {
		t.Fatal(err)
	}
	if w := e.do(t, "POST", "/api/subscriptions", "", map[string]any{"email": "subscriber@example.com",
		"criteria": map[string]any{"keywords": []string{"정보공개"}}, "consent_version": subscription.ConsentVersion}); w.Code != 202 {
		t.Fatalf("subscribe: %d %s", w.Code, w.Body)
	}
	confirmMail := e.mails.last()
	_, confirmTok, _ := strings.Cut(confirmMail.Text, "#token=")
	confirmTok, _, _ = strings.Cut(confirmTok, "\n")
	confirmTok, _ = url.QueryUnescape(confirmTok)
	var oneClick string
	for _, hd := range confirmMail.Headers {
		if hd.Name == notify.ListUnsubscribe {
			oneClick = strings.TrimPrefix(strings.Trim(hd.Value, "<>"), "https://plaza.example")
		}
	}
	unsubTok := strings.TrimPrefix(oneClick, "/api/subscriptions/unsubscribe?token=")
	unsubTok, _ = url.QueryUnescape(unsubTok)
	floodFeedback := func() {
		e.setAddr("203.0.113.55")
		for range 31 {
			e.do(t, "POST", "/api/documents/SEOUL-2014-0001/feedback", "", `{"useful":true}`)
		}
	}
	noFeedback := New(Deps{Search: e.index, Store: e.store, Buckets: buckets, Ledger: e.ledger, DefaultOrg: org, Now: e.h.d.Now})
	calls = append(calls, []call{
		{method: "POST", target: "/api/documents/SEOUL-2014-0001/feedback", body: `{"useful":false,"comment":"민원인 홍길동 010-1234-5678 연락 바랍니다"}`, status: 202, request: true},
		{method: "POST", target: "/api/documents/SEOUL-2014-0001/feedback?org=" + org, body: `{"useful":true}`, status: 202, request: true},
		{method: "POST", target: "/api/documents/NOPE/feedback", body: `{"useful":true}`, status: 404, request: true},
		{method: "POST", target: "/api/documents/SEOUL-2014-0001/feedback", body: `{"comment":"x"}`, status: 400},
		{method: "POST", target: "/api/documents/SEOUL-2014-0001/feedback", body: `{"useful":true}`, status: 429, setup: floodFeedback},
		{h: noFeedback, method: "POST", target: "/api/documents/SEOUL-2014-0001/feedback", body: `{"useful":true}`, status: 501},
		{method: "POST", target: "/api/ratings", body: `{"token":"` + rateTok + `","score":4}`, status: 200, request: true},
		{method: "POST", target: "/api/ratings", body: `{"token":"` + rateTok + `","score":4}`, status: 200, request: true},
		{method: "POST", target: "/api/ratings", body: `{"token":"` + rateTok + `x","score":4}`, status: 400, request: true},
		{method: "POST", target: "/api/ratings", body: `{"token":"` + rateTok + `","score":0}`, status: 400},
		{method: "GET", target: "/api/surveys", status: 200, request: true},
		{method: "POST", target: "/api/surveys/satisfaction/responses", body: `{"organization":"` + org + `","department":"` + deptInfo + `","answers":{"overall":5,"found":"yes","comment":"제 번호는 010-9876-5432"}}`, status: 202, request: true, setup: func() { e.setAddr("198.51.100.1") }},
		{method: "POST", target: "/api/surveys/satisfaction/responses", body: `{"answers":{"found":"yes"}}`, status: 400, request: true},
		// The satisfaction just given, in the statistics by month.
		{method: "GET", target: "/api/stats/release?period=month&organization=6110000", status: 200, request: true},
		{method: "POST", target: "/api/surveys/nope/responses", body: `{"answers":{"overall":3}}`, status: 404, request: true},
		{method: "GET", target: "/api/subscriptions/consent", status: 200, request: true},
		{method: "POST", target: "/api/subscriptions", body: `{"email":"someone@example.com","criteria":{"departments":[{"organization":"` + org + `","code":"` + deptInfo + `"}]},"consent_version":"` + subscription.ConsentVersion + `"}`, status: 202, request: true},
		{method: "POST", target: "/api/subscriptions", body: `{"email":"someone@example.com","criteria":{},"consent_version":"` + subscription.ConsentVersion + `"}`, status: 400, request: true},
		{method: "POST", target: "/api/subscriptions", body: `{"email":"someone@example.com","criteria":{"keywords":["a"]}}`, status: 400},
		{method: "POST", target: "/api/subscriptions/confirm", body: `{"token":"` + confirmTok + `"}`, status: 200, request: true},
		{method: "POST", target: "/api/subscriptions/confirm", body: `{"token":"forged"}`, status: 400, request: true},
		{method: "POST", target: "/api/subscriptions/unsubscribe?token=" + url.QueryEscape(unsubTok), body: "", status: 200},
		{method: "POST", target: "/api/subscriptions/unsubscribe", body: `{"token":"` + unsubTok + `"}`, status: 200, request: true},
		{method: "POST", target: "/api/subscriptions/unsubscribe?token=forged", status: 400},
	}...)

	ok2xx := map[string]bool{}
	for _, c := range calls {
		name := c.method + " " + c.target
		e.ops.err = nil
		if c.setup != nil {
			c.setup()
		}
		h := c.h
		if h == nil {
			h = e.h
		}
		var body io.Reader
		if c.body != "" {
			body = strings.NewReader(c.body)
		}
		r := httptest.NewRequest(c.method, c.target, body)
		if c.body != "" {
			r.Header.Set("Content-Type", "application/json")
		}
		if c.ctype != "" {
			r.Header.Set("Content-Type", c.ctype)
		}
		if c.token != "" {
			r.Header.Set("Authorization", "Bearer "+c.token)
		}
		if c.tracker != "" {
			r.Header.Set("X-Inquiry-Token", c.tracker)
		}
		_, pattern := e.h.mux.Handler(r)
		method, path, _ := strings.Cut(pattern, " ")
		item := doc.Paths.Find(path)
		if item == nil || item.GetOperation(method) == nil {
			t.Errorf("%s: route %q is not in the document", name, pattern)
			continue
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != c.status {
			t.Errorf("%s: status %d, want %d: %s", name, w.Code, c.status, w.Body)
			continue
		}
		route := &routers.Route{Spec: doc, Path: path, PathItem: item, Method: method, Operation: item.GetOperation(method)}
		req := httptest.NewRequest(c.method, c.target, strings.NewReader(c.body))
		req.Header = r.Header.Clone()
		in := &openapi3filter.RequestValidationInput{
			Request:    req,
			PathParams: map[string]string{"id": r.PathValue("id")},
			Route:      route,
			Options:    &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, IncludeResponseStatus: true, MultiError: true},
		}
		for _, name := range []string{"id", "report", "code", "action", "file"} {
			if pv := pathParam(path, r.URL.Path, name); pv != "" {
				in.PathParams[name] = pv
			}
		}
		if c.request {
			if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
				t.Errorf("%s: request does not match the document: %v", name, err)
			}
		}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: w.Code, Header: w.Header(), Options: in.Options}
		out.SetBodyBytes(w.Body.Bytes())
		if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
			t.Errorf("%s: response does not match the document: %v\n%s", name, err, w.Body)
			continue
		}
		if w.Code >= 400 && !strings.HasPrefix(path, "/api/3/") { // CKAN's errors keep CKAN's shape
			var eb httpjson.ErrorBody
			if json.Unmarshal(w.Body.Bytes(), &eb) != nil || eb.Error.Code == "" || eb.Error.Message == "" {
				t.Errorf("%s: error body %s", name, w.Body)
			}
		}
		if w.Code < 300 {
			ok2xx[pattern] = true
		}
	}
	for _, route := range e.h.Routes() {
		if !ok2xx[route] && !(route == "GET /api/documents/{id}/pdf" && e.h.d.PDFFont == nil) {
			t.Errorf("no successful response of %s was validated", route)
		}
	}
	if !bytes.Contains([]byte(strings.Join(e.ops.calls, "\n")), []byte("retract 6110000/SEOUL-2014-0001 개인정보 노출 by staff-1100123")) {
		t.Errorf("retract did not reach the operations: %v", e.ops.calls)
	}
}

// pathID extracts {id} from a concrete path for the validator.
func pathParam(pattern, path, name string) string {
	ps, xs := strings.Split(pattern, "/"), strings.Split(path, "/")
	for i, p := range ps {
		if p == "{"+name+"}" && i < len(xs) {
			return xs[i]
		}
	}
	return ""
}

var updateOpenAPI = flag.Bool("update", false, "rewrite openapi.json.gz from openapi.yaml")

// TestOpenAPIJSONIsTheYAML: the JSON the api serves (openapi.json.gz,
// embedded) is openapi.yaml, the document people edit, as compact JSON.
// -update rewrites it.
func TestOpenAPIJSONIsTheYAML(t *testing.T) {
	var doc any
	if err := yaml.Unmarshal(openapiYAML, &doc); err != nil {
		t.Fatalf("openapi.yaml: %v", err)
	}
	want, err := json.Marshal(doc)
	if err != nil {
		t.Fatalf("openapi.yaml as JSON: %v", err)
	}
	if *updateOpenAPI {
		var zb bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&zb, gzip.BestCompression)
		zw.Write(want)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("openapi.json.gz", zb.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := gunzip(openapiGzip)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("openapi.json.gz is not openapi.yaml (%v): run go test ./shared/api -run TestOpenAPIJSONIsTheYAML -update", err)
	}
}

// The open-data routes answer in formats kin-openapi has no decoder for;
// their schemas are strings, checked as text (their own tests parse them
// with real clients).
func init() {
	for _, ct := range []string{"text/turtle", "text/html", "application/xml", "application/rss+xml", "application/atom+xml"} {
		openapi3filter.RegisterBodyDecoder(ct, openapi3filter.PlainBodyDecoder)
	}
}
