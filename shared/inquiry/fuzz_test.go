package inquiry_test

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	it "github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
)

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"질문입니다", "\u1112\u1161\u11ab글", "a\x00b\r\nc\u2028d", "<script>alert(1)</script>", "\xff\xfe", "   "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, p := inquiry.CleanText("q", s, 1, 50)
		if p != nil {
			if p.Kind != document.Invalid || !strings.HasPrefix(p.Code, "body.bad_field:") {
				t.Fatalf("problem %+v", p)
			}
			return
		}
		if !utf8.ValidString(out) || !norm.NFC.IsNormalString(out) {
			t.Fatalf("output %q not valid NFC", out)
		}
		if n := utf8.RuneCountInString(out); n < 1 || n > 50 {
			t.Fatalf("length %d", n)
		}
		for _, r := range out {
			if unicode.IsControl(r) && r != '\n' && r != '\t' {
				t.Fatalf("control %U kept", r)
			}
		}
		if out != strings.TrimSpace(out) {
			t.Fatalf("not trimmed: %q", out)
		}
	})
}

// FuzzAsk sends arbitrary bodies to POST /api/inquiries: the answer is
// always a 2xx or 4xx with the error shape, never a 500, and a created
// inquiry never echoes contact data.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{
		`{"document_id":"SEOUL-2014-000101","question":"버스 노선 조정 계획의 예산이 궁금합니다.","email":"a@example.com","consent":true}`,
		`{"document_id":"SEOUL-2014-000101","question":"<img src=x onerror=alert(1)> 예산 내역","phone":"010-1234-5678","consent":true,"publish":false}`,
		`{"document_id":"../../etc/passwd","question":"x","consent":true}`,
		`{"document_id":"SEOUL-2014-000102","question":"공개를 청구합니다. 공개를 청구합니다.","email":"a@b","consent":true,"website":"x"}`,
		`{"consent":"yes"}`, `[]`, `null`, ``,
	} {
		f.Add(s)
	}
	h := it.NewHarness(f, localEnv(f))
	n := 0
	f.Fuzz(func(t *testing.T, body string) {
		n++
		h.Addr = "10.0." + strconv.Itoa(n/250) + "." + strconv.Itoa(n%250)
		res := h.Do(t, "POST", "/api/inquiries", "", body)
		switch {
		case res.Status == 201:
			m := res.JSON(t)
			if !inquiry.ValidID(m["id"].(string)) {
				t.Fatalf("id %v", m["id"])
			}
			if strings.Contains(string(res.Body), "@") {
				t.Fatalf("201 echoes contact data: %s", res.Body)
			}
		case res.Status >= 400 && res.Status < 500:
			if res.Code() == "" {
				t.Fatalf("%d without an error code: %s", res.Status, res.Body)
			}
		default:
			t.Fatalf("status %d: %s", res.Status, res.Body)
		}
	})
}

func FuzzBounceKeys(f *testing.F) {
	f.Add(`{"eventType":"Bounce","bounce":{"bounceType":"Permanent"},"mail":{"tags":{"plaza-key":["inquiry_Q-20261127-ABCDEFGHIJ_answered_3_email-citizen"]}}}`)
	f.Add(`{"eventType":"Complaint","mail":{"headers":[{"name":"X-Plaza-Key","value":"x"}]}}`)
	f.Fuzz(func(t *testing.T, s string) {
		keys, err := inquiry.BounceKeys([]byte(s))
		if err != nil && keys != nil {
			t.Fatal("keys with an error")
		}
		for _, k := range keys {
			_, _, _ = inquiry.ParseMessageKey(k) // must not panic
		}
	})
}
