package httpjson

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
)

func TestDecode(t *testing.T) {
	cases := []struct {
		name, ct, body string
		status         int
		code           string
	}{
		{"ok", "application/json", `{"a":1}`, 0, ""},
		{"wrong type", "text/plain", `{"a":1}`, 415, "body.bad_type"},
		{"unknown field", "application/json", `{"a":1,"b":2}`, 400, "body.invalid_json"},
		{"two values", "application/json", `{"a":1}{"a":2}`, 400, "body.invalid_json"},
		{"too large", "application/json", `{"a":` + strings.Repeat("1", 200) + `}`, 413, "body.too_large"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(c.body))
			r.Header.Set("Content-Type", c.ct)
			rr := httptest.NewRecorder()
			var v struct{ A int }
			ok := Decode(rr, r, 100, &v)
			if c.status == 0 {
				if !ok || v.A != 1 {
					t.Fatalf("ok=%v v=%+v", ok, v)
				}
				return
			}
			var b ErrorBody
			json.Unmarshal(rr.Body.Bytes(), &b)
			if ok || rr.Code != c.status || b.Error.Code != c.code || b.Error.Message == "" {
				t.Errorf("ok=%v %d %+v", ok, rr.Code, b)
			}
		})
	}
}

func TestWriteEscapesMarkup(t *testing.T) {
	rr := httptest.NewRecorder()
	Write(rr, 200, map[string]string{"q": "<script>alert(1)</script>"})
	if strings.Contains(rr.Body.String(), "<script>") || rr.Header().Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("%s %v", rr.Body.String(), rr.Header())
	}
}

func TestProblemStatusByKind(t *testing.T) {
	cases := []struct {
		name   string
		kind   document.Kind
		status int
	}{
		{"unspecified takes the route's fallback", document.Unspecified, 418},
		{"invalid", document.Invalid, 400},
		{"not found", document.NotFound, 404},
		{"conflict", document.Conflict, 409},
		{"limited", document.Limited, 429},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rr := httptest.NewRecorder()
			Problem(rr, document.Refusal(c.kind, "x.code", "a message"), 418)
			var b ErrorBody
			if err := json.Unmarshal(rr.Body.Bytes(), &b); err != nil {
				t.Fatal(err)
			}
			if rr.Code != c.status || b.Error.Code != "x.code" || b.Error.Message != "a message" {
				t.Errorf("%d %+v", rr.Code, b)
			}
		})
	}
}
