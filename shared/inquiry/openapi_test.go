package inquiry_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"

	"github.com/seoul-plaza/plaza/shared/inquiry"
	it "github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
)

func loadFragment(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(inquiry.OpenAPIFragment())
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the fragment is invalid: %v", err)
	}
	return doc
}

func TestOpenAPIRoutesMatchHandler(t *testing.T) {
	doc := loadFragment(t)
	h := it.NewHarness(t, localEnv(t))
	var inDoc []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			inDoc = append(inDoc, method+" "+path)
		}
	}
	routes := h.Handler.Routes()
	sort.Strings(inDoc)
	sort.Strings(routes)
	if !slices.Equal(inDoc, routes) {
		t.Fatalf("routes differ\n document: %v\n handler:  %v", inDoc, routes)
	}
}

// TestOpenAPIResponses sends real requests to every route, the errors
// included, and validates each response (and each well-formed request)
// against the fragment.
func TestOpenAPIResponses(t *testing.T) {
	doc := loadFragment(t)
	env := localEnv(t)
	h := it.NewHarness(t, env)
	mux := http.NewServeMux()
	h.Handler.Register(mux, nil)

	id, token := h.Ask(t, it.Question(it.DocInfo, "정보공개 추진계획의 세부 일정을 알고 싶습니다.", "a@example.com", "010-1234-5678", "홍길동"))
	info, traffic := h.Token(t, it.DeptInfo, false), h.Token(t, it.DeptTraffic, false)
	ask := `{"document_id":"` + it.DocTraffic + `","question":"버스 노선 조정 계획의 예산이 궁금합니다.","email":"b@example.com","consent":true,"publish":false}`
	type call struct {
		method, target, token, body string
		status                      int
		request                     bool
	}
	calls := []call{
		{"GET", "/api/inquiries/consent", "", "", 200, true},
		{"POST", "/api/inquiries", "", ask, 201, true},
		{"POST", "/api/inquiries", "", ask, 409, true},
		{"POST", "/api/inquiries", "", `{"document_id":"X","question":"짧음","consent":true}`, 400, false},
		{"POST", "/api/inquiries", "", `{"document_id":"NOPE-1","question":"없는 문서에 대한 질문입니다.","phone":"010-9999-0000","consent":true}`, 404, true},
		{"GET", "/api/inquiries/" + id + "?token=" + token, "", "", 200, true},
		{"GET", "/api/inquiries/" + id, "", "", 401, false},
		{"GET", "/api/inquiries/" + id + "?token=nope", "", "", 404, true},
		{"GET", "/api/staff/inquiries", info, "", 200, true},
		{"GET", "/api/staff/inquiries?state=received&size=10", info, "", 200, true},
		{"GET", "/api/staff/inquiries?size=0", info, "", 400, false},
		{"GET", "/api/staff/inquiries", "", "", 401, true},
		{"GET", "/api/staff/inquiries?department=" + it.DeptInfo, traffic, "", 403, true},
		{"GET", "/api/staff/inquiries/" + id, info, "", 200, true},
		{"GET", "/api/staff/inquiries/" + id, traffic, "", 404, true},
		{"GET", "/api/staff/inquiries/Q-20260101-AAAAAAAAAA", info, "", 404, true},
		{"POST", "/api/staff/inquiries/" + id + "/assign", info, `{"officer":"info-1"}`, 200, true},
		{"POST", "/api/staff/inquiries/" + id + "/start", info, `{}`, 200, true},
		{"POST", "/api/staff/inquiries/" + id + "/start", info, `{}`, 409, true},
		{"POST", "/api/staff/inquiries/" + id + "/extend", info, `{"reason":"자료 취합"}`, 200, true},
		{"POST", "/api/staff/inquiries/" + id + "/extend", info, `{"reason":"x","bogus":1}`, 400, false},
		{"POST", "/api/staff/inquiries/" + id + "/answer", info, `{"answer":"세부 일정은 붙임과 같습니다."}`, 200, true},
		{"POST", "/api/staff/inquiries/" + id + "/answer", traffic, `{"answer":"x"}`, 404, true},
		{"POST", "/api/staff/inquiries/" + id + "/close", info, `{}`, 200, true},
		{"GET", "/api/documents/" + it.DocInfo + "/qa", "", "", 200, true},
		{"GET", "/api/documents/" + it.DocInfo + "/qa?org=bad%20org", "", "", 400, false},
	}
	ok2xx := map[string]bool{}
	for _, c := range calls {
		name := c.method + " " + c.target
		r := httptest.NewRequest(c.method, c.target, strings.NewReader(c.body))
		if c.body != "" {
			r.Header.Set("Content-Type", "application/json")
		}
		if c.token != "" {
			r.Header.Set("Authorization", "Bearer "+c.token)
		}
		_, pattern := mux.Handler(r)
		method, path, _ := strings.Cut(pattern, " ")
		item := doc.Paths.Find(path)
		if item == nil || item.GetOperation(method) == nil {
			t.Errorf("%s: route %q is not in the document", name, pattern)
			continue
		}
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		if w.Code != c.status {
			t.Errorf("%s: status %d, want %d: %s", name, w.Code, c.status, w.Body)
			continue
		}
		route := &routers.Route{Spec: doc, Path: path, PathItem: item, Method: method, Operation: item.GetOperation(method)}
		req := httptest.NewRequest(c.method, c.target, strings.NewReader(c.body))
		req.Header = r.Header.Clone()
		in := &openapi3filter.RequestValidationInput{
			Request: req, PathParams: map[string]string{}, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, IncludeResponseStatus: true, MultiError: true},
		}
		ps, xs := strings.Split(path, "/"), strings.Split(r.URL.Path, "/")
		for i, p := range ps {
			if p == "{id}" && i < len(xs) {
				in.PathParams["id"] = xs[i]
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
		if w.Code >= 400 {
			var eb struct {
				Error struct{ Code, Message string }
			}
			if json.Unmarshal(w.Body.Bytes(), &eb) != nil || eb.Error.Code == "" || eb.Error.Message == "" {
				t.Errorf("%s: error body %s", name, w.Body)
			}
		} else {
			ok2xx[pattern] = true
		}
	}
	for _, route := range h.Handler.Routes() {
		if !ok2xx[route] {
			t.Errorf("no successful response of %s was validated", route)
		}
	}
}
