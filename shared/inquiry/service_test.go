package inquiry_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/api"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	it "github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
)

const question = "버스 노선 조정 계획의 구간별 예산 내역을 알 수 있을까요?"

func TestAskValidation(t *testing.T) {
	h := it.NewHarness(t, localEnv(t))
	ok := func(mod func(map[string]any)) map[string]any {
		b := it.Question(it.DocTraffic, question, "a@example.com", "", "")
		mod(b)
		return b
	}
	cases := []struct {
		name   string
		body   any
		status int
		code   string
	}{
		{"short question", ok(func(b map[string]any) { b["question"] = "예산은?" }), 400, "body.bad_field:question"},
		{"long question", ok(func(b map[string]any) { b["question"] = strings.Repeat("가", 4001) }), 400, "body.bad_field:question"},
		{"blank question", ok(func(b map[string]any) { b["question"] = "  \n\t          " }), 400, "body.bad_field:question"},
		{"no contact", ok(func(b map[string]any) { b["email"] = "" }), 400, "body.bad_field:contact"},
		{"bad email", ok(func(b map[string]any) { b["email"] = "Kim <a@example.com>" }), 400, "body.bad_field:email"},
		{"bad phone", ok(func(b map[string]any) { b["phone"] = "call me" }), 400, "body.bad_field:phone"},
		{"no consent", ok(func(b map[string]any) { b["consent"] = false }), 400, "inquiry.consent_required"},
		{"old consent", ok(func(b map[string]any) { b["consent_version"] = "2001-01-01" }), 400, "inquiry.consent_outdated"},
		{"honeypot", ok(func(b map[string]any) { b["website"] = "http://spam.example" }), 400, "inquiry.rejected"},
		{"unknown field", ok(func(b map[string]any) { b["admin"] = true }), 400, "body.invalid_json"},
		{"bad document id", ok(func(b map[string]any) { b["document_id"] = "../x" }), 400, "body.bad_field:document_id"},
		{"unknown document", ok(func(b map[string]any) { b["document_id"] = "SEOUL-1999-000001" }), 404, "document.not_found"},
		{"name with markup", ok(func(b map[string]any) { b["name"] = "<b>김</b>" }), 400, "body.bad_field:name"},
		{"not JSON", "question=hi", 400, "body.invalid_json"},
		{"two values", `{"question":"x"} {}`, 400, "body.invalid_json"},
		{"too large", `{"question":"` + strings.Repeat("가", 30000) + `"}`, 413, "body.too_large"},
	}
	for i, c := range cases {
		h.Addr = "192.0.2." + strconv.Itoa(i+1) // invalid attempts count against the address too
		res := h.Do(t, "POST", "/api/inquiries", "", c.body)
		if res.Status != c.status || res.Code() != c.code {
			t.Errorf("%s: %d %s, want %d %s", c.name, res.Status, res.Body, c.status, c.code)
		}
	}
	// The consent refusal says what is collected, why and for how long.
	h.Addr = "192.0.2.100"
	res := h.Do(t, "POST", "/api/inquiries", "", ok(func(b map[string]any) { b["consent"] = false }))
	if !strings.Contains(string(res.Body), "one year") {
		t.Errorf("consent refusal without the notice: %s", res.Body)
	}
	// Full-width digits are digits.
	h.Addr = "192.0.2.101"
	h.Ask(t, it.Question(it.DocTraffic, question+" (전각)", "", "０１０-２２２２-４４４４", ""))
	// A phone alone is enough; the text is stored NFC.
	decomposed := "\u1107\u1165\u1109\u1173 노선 조정 계획의 구간별 예산 내역을 알 수 있을까요?" // 버스 in jamo
	id, token := h.Ask(t, it.Question(it.DocTraffic, decomposed, "", "010-2222-3333", ""))
	tr := h.Do(t, "GET", "/api/inquiries/"+id+"?token="+token, "", nil).JSON(t)
	if tr["question"] != question {
		t.Fatalf("question stored as %q, want NFC %q", tr["question"], question)
	}
}

func TestConsentNotice(t *testing.T) {
	h := it.NewHarness(t, localEnv(t))
	res := h.Do(t, "GET", "/api/inquiries/consent", "", nil)
	m := res.JSON(t)
	if res.Status != 200 || m["version"] != inquiry.ConsentVersion {
		t.Fatalf("%d %s", res.Status, res.Body)
	}
	for _, want := range []string{"수집 목적", "수집 항목", "보유·이용 기간", "1년", "거부"} {
		if !strings.Contains(m["text"].(string), want) {
			t.Errorf("notice lacks %q", want)
		}
	}
}

func TestXSSIsStoredAsTextAndEscaped(t *testing.T) {
	env := localEnv(t)
	h := it.NewHarness(t, env)
	payloads := []string{
		`<script>alert('x')</script> 이 문서의 예산은 얼마인가요?`,
		`<img src=x onerror=alert(1)> 예산 내역을 알려주세요`,
		`"><svg/onload=alert(1)> 관련 자료를 요청합니다`,
		`javascript:alert(document.cookie) 링크가 포함된 질문입니다`,
	}
	staff := h.Token(t, it.DeptTraffic, false)
	for i, p := range payloads {
		h.Addr = "198.51.100." + string(rune('1'+i))
		id, token := h.Ask(t, it.Question(it.DocTraffic, p, "x"+string(rune('a'+i))+"@example.com", "", ""))
		if r := h.Do(t, "POST", "/api/staff/inquiries/"+id+"/answer", staff, map[string]any{"answer": "답변: " + p}); r.Status != 200 {
			t.Fatalf("answer: %d %s", r.Status, r.Body)
		}
		for _, target := range []string{"/api/inquiries/" + id + "?token=" + token, "/api/documents/" + it.DocTraffic + "/qa", "/api/staff/inquiries/" + id} {
			tok := ""
			if strings.Contains(target, "staff") {
				tok = staff
			}
			res := h.Do(t, "GET", target, tok, nil)
			if res.Status != 200 {
				t.Fatalf("%s: %d", target, res.Status)
			}
			if strings.ContainsAny(string(res.Body), "<>") {
				t.Fatalf("%s returns raw markup: %s", target, res.Body)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || res.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Fatalf("%s: content type %q", target, ct)
			}
		}
		// Stored as text: the citizen gets exactly what was sent back.
		var tr struct{ Question string }
		_ = json.Unmarshal(h.Do(t, "GET", "/api/inquiries/"+id+"?token="+token, "", nil).Body, &tr)
		if tr.Question != p {
			t.Fatalf("question changed: %q", tr.Question)
		}
	}
	// In mail, the HTML part escapes it; the text part keeps it as text.
	for _, m := range env.Sent(t).Mails {
		html := m.Body[strings.Index(m.Body, "<!doctype html>"):]
		for _, raw := range []string{"<script>", "<img src", "<svg", `href="javascript:`} {
			if strings.Contains(html, raw) {
				t.Fatalf("mail to %s has raw %s in HTML", m.To, raw)
			}
		}
	}
	if !strings.Contains(strings.Join(mailBodies(env.Sent(t)), ""), "&lt;script&gt;") {
		t.Fatal("no escaped payload found in any mail")
	}
}

func mailBodies(s it.Sent) []string {
	var out []string
	for _, m := range s.Mails {
		out = append(out, m.Body)
	}
	return out
}

func TestRateLimits(t *testing.T) {
	h := it.NewHarness(t, localEnv(t))
	ask := func(doc, email, q string) it.Response {
		return h.Do(t, "POST", "/api/inquiries", "", it.Question(doc, q, email, "", ""))
	}
	// Per contact: 5 an hour, from any address.
	for i := range 5 {
		h.Addr = "192.0.2." + string(rune('1'+i))
		if r := ask(it.DocTraffic, "busy@example.com", question+strings.Repeat("!", i)); r.Status != 201 {
			t.Fatalf("ask %d: %d %s", i, r.Status, r.Body)
		}
	}
	h.Addr = "192.0.2.99"
	r := ask(it.DocTraffic, "BUSY@example.com", question+" 여섯 번째")
	if r.Status != 429 || r.Code() != "inquiry.rate_limited" || r.Header.Get("Retry-After") == "" {
		t.Fatalf("6th from the same contact: %d %s", r.Status, r.Body)
	}
	// Per address: 10 an hour, whatever the contact (the 429 above counted).
	h.Addr = "192.0.2.200"
	for i := range 10 {
		r := ask(it.DocInfo, "p"+string(rune('a'+i))+"@example.com", question+strings.Repeat("?", i))
		if r.Status != 201 {
			t.Fatalf("address ask %d: %d %s", i, r.Status, r.Body)
		}
	}
	if r := ask(it.DocInfo, "new@example.com", question+" 열한 번째"); r.Status != 429 {
		t.Fatalf("11th from one address: %d %s", r.Status, r.Body)
	}
	// An hour later the address may ask again.
	h.Clock.Advance(time.Hour)
	if r := ask(it.DocInfo, "new@example.com", question+" 열한 번째"); r.Status != 201 {
		t.Fatalf("after an hour: %d %s", r.Status, r.Body)
	}
}

func TestDuplicateQuestion(t *testing.T) {
	h := it.NewHarness(t, localEnv(t))
	h.Ask(t, it.Question(it.DocTraffic, question, "dup@example.com", "", ""))
	// Double submit, spacing and case aside.
	r := h.Do(t, "POST", "/api/inquiries", "", it.Question(it.DocTraffic, "  "+strings.ReplaceAll(question, " ", "   ")+" ", "dup@example.com", "", ""))
	if r.Status != 409 || r.Code() != "inquiry.duplicate" {
		t.Fatalf("duplicate: %d %s", r.Status, r.Body)
	}
	// From another contact on the same address: still a duplicate (floods).
	r = h.Do(t, "POST", "/api/inquiries", "", it.Question(it.DocTraffic, question, "other@example.com", "", ""))
	if r.Status != 409 {
		t.Fatalf("same question, same address: %d %s", r.Status, r.Body)
	}
	// The same question on another document is a new question.
	h.Ask(t, it.Question(it.DocInfo, question, "dup@example.com", "", ""))
	// Another citizen elsewhere may ask the same thing.
	h.Addr = "203.0.113.99"
	h.Ask(t, it.Question(it.DocTraffic, question, "third@example.com", "", ""))
	// A day later the first citizen may ask again.
	h.Clock.Advance(25 * time.Hour)
	h.Addr = "203.0.113.7"
	h.Ask(t, it.Question(it.DocTraffic, question, "dup@example.com", "", ""))
}

func TestAuthorization(t *testing.T) {
	h := it.NewHarness(t, localEnv(t))
	trafficID, token := h.Ask(t, it.Question(it.DocTraffic, question, "a@example.com", "", ""))
	h.Addr = "203.0.113.8"
	welfareID, _ := h.Ask(t, it.Question(it.DocClosed, "긴급복지 지원사업 검토 보고서 공개를 청구합니다.", "b@example.com", "", ""))
	traffic := h.Token(t, it.DeptTraffic, false)
	welfare := h.Token(t, it.DeptWelfare, false)
	admin := h.Token(t, "", true)

	for _, c := range []struct {
		method, target, token string
		status                int
		code                  string
	}{
		{"GET", "/api/staff/inquiries", "", 401, "auth.no_token"},
		{"GET", "/api/staff/inquiries", "not-a-jwt", 401, "auth.invalid_token"},
		{"GET", "/api/staff/inquiries/" + trafficID, welfare, 404, "inquiry.not_found"},
		{"POST", "/api/staff/inquiries/" + trafficID + "/answer", welfare, 404, "inquiry.not_found"},
		{"POST", "/api/staff/inquiries/" + trafficID + "/close", "", 401, "auth.no_token"},
		{"GET", "/api/staff/inquiries?department=" + it.DeptTraffic, welfare, 403, "auth.forbidden"},
		{"GET", "/api/staff/inquiries/Q-20261127-AAAAAAAAAA", admin, 404, "inquiry.not_found"},
		{"GET", "/api/staff/inquiries?state=bogus", traffic, 400, "query.bad_param:state"},
		{"GET", "/api/inquiries/" + trafficID, "", 401, "inquiry.no_token"},
		{"GET", "/api/inquiries/" + trafficID + "?token=wrong", "", 404, "inquiry.not_found"},
		{"GET", "/api/inquiries/Q-20261127-AAAAAAAAAA?token=" + token, "", 404, "inquiry.not_found"},
		{"GET", "/api/inquiries/" + welfareID + "?token=" + token, "", 404, "inquiry.not_found"},
	} {
		body := any(nil)
		if c.method == "POST" {
			body = map[string]any{"answer": "x", "reason": "x"}
		}
		r := h.Do(t, c.method, c.target, c.token, body)
		if r.Status != c.status || r.Code() != c.code {
			t.Errorf("%s %s: %d %s, want %d %s", c.method, c.target, r.Status, r.Body, c.status, c.code)
		}
	}
	list := func(tok, q string) []string {
		var out struct{ Items []struct{ ID string } }
		r := h.Do(t, "GET", "/api/staff/inquiries"+q, tok, nil)
		if r.Status != 200 {
			t.Fatalf("list: %d %s", r.Status, r.Body)
		}
		_ = json.Unmarshal(r.Body, &out)
		var ids []string
		for _, i := range out.Items {
			ids = append(ids, i.ID)
		}
		return ids
	}
	if ids := list(traffic, ""); len(ids) != 1 || ids[0] != trafficID {
		t.Fatalf("traffic sees %v", ids)
	}
	if ids := list(welfare, "?state=received"); len(ids) != 1 || ids[0] != welfareID {
		t.Fatalf("welfare sees %v", ids)
	}
	if ids := list(admin, ""); len(ids) != 2 {
		t.Fatalf("admin sees %v", ids)
	}
	if ids := list(admin, "?department="+it.DeptWelfare); len(ids) != 1 || ids[0] != welfareID {
		t.Fatalf("admin filtered sees %v", ids)
	}
	// The token may come in a header instead of the URL.
	req := httptest.NewRequest("GET", "/api/inquiries/"+trafficID, nil)
	req.Header.Set(api.InquiryTokenHeader, token)
	w := httptest.NewRecorder()
	h.Handler.ServeHTTP(w, req)
	if w.Code != 200 {
		t.Fatalf("token in header: %d %s", w.Code, w.Body)
	}
	// An expired token is refused.
	h.Clock.Advance(2 * time.Hour)
	if r := h.Do(t, "GET", "/api/staff/inquiries", traffic, nil); r.Status != 401 || r.Code() != "auth.invalid_token" {
		t.Fatalf("expired token: %d %s", r.Status, r.Body)
	}
}

func TestIllegalTransitionsOverHTTP(t *testing.T) {
	h := it.NewHarness(t, localEnv(t))
	id, _ := h.Ask(t, it.Question(it.DocTraffic, question, "a@example.com", "", ""))
	staff := h.Token(t, it.DeptTraffic, false)
	act := func(a string, body map[string]any) it.Response {
		return h.Do(t, "POST", "/api/staff/inquiries/"+id+"/"+a, staff, body)
	}
	steps := []struct {
		action string
		body   map[string]any
		status int
		code   string
	}{
		{"start", nil, 409, "inquiry.illegal_transition"},
		{"assign", map[string]any{"officer": "welfare-1"}, 400, "body.bad_field:officer"},
		{"assign", map[string]any{"officer": "traffic-1"}, 200, ""},
		{"start", map[string]any{}, 200, ""},
		{"extend", map[string]any{}, 400, "body.bad_field:reason"},
		{"extend", map[string]any{"reason": "관계 부서 협의 필요"}, 200, ""},
		{"extend", map[string]any{"reason": "한 번 더"}, 409, "inquiry.illegal_transition"},
		{"answer", map[string]any{"answer": "x", "officer": "traffic-1"}, 400, "body.bad_field:officer"},
		{"answer", map[string]any{"answer": "답변드립니다.", "version": 1}, 409, "conflict"},
		{"answer", map[string]any{"answer": "답변드립니다."}, 200, ""},
		{"answer", map[string]any{"answer": "또 답변"}, 409, "inquiry.illegal_transition"},
		{"extend", map[string]any{"reason": "x"}, 409, "inquiry.illegal_transition"},
		{"close", map[string]any{}, 200, ""},
		{"close", map[string]any{}, 409, "inquiry.illegal_transition"},
		{"assign", map[string]any{"officer": "traffic-2"}, 409, "inquiry.illegal_transition"},
	}
	for i, s := range steps {
		var body map[string]any
		if s.body != nil {
			body = s.body
		}
		r := act(s.action, body)
		if s.body == nil {
			r = h.Do(t, "POST", "/api/staff/inquiries/"+id+"/"+s.action, staff, "{}")
		}
		if r.Status != s.status || (s.code != "" && r.Code() != s.code) {
			t.Fatalf("step %d %s: %d %s, want %d %s", i, s.action, r.Status, r.Body, s.status, s.code)
		}
	}
	// Extended once: the view offers no more extension.
	var v struct {
		State    string
		Extended bool
		Actions  []string
		History  []any
	}
	_ = json.Unmarshal(h.Do(t, "GET", "/api/staff/inquiries/"+id, staff, nil).Body, &v)
	if v.State != "closed" || !v.Extended || len(v.Actions) != 0 || len(v.History) != 6 {
		t.Fatalf("final view %+v", v)
	}
}

func TestFallbackAndDisclosure(t *testing.T) {
	env := localEnv(t)
	h := it.NewHarness(t, env)
	id, _ := h.Ask(t, it.Question(it.DocUnknown, "신설부서 업무 안내 문서의 담당자를 알려주세요.", "a@example.com", "", ""))
	info := h.Token(t, it.DeptInfo, false)
	var v struct {
		Department string
		Fallback   bool
	}
	_ = json.Unmarshal(h.Do(t, "GET", "/api/staff/inquiries/"+id, info, nil).Body, &v)
	if v.Department != it.DeptInfo || !v.Fallback {
		t.Fatalf("unknown department routed to %+v", v)
	}
	m := env.Sent(t).MailsTo("info.officer1@seoul-city.example")
	if len(m) != 1 || !strings.Contains(m[0].Body, it.DeptUnknown) || !strings.Contains(m[0].Body, "이관") {
		t.Fatalf("fallback office mail %+v", m)
	}
	if !strings.Contains(h.Logs.String(), "fallback") {
		t.Fatal("the fallback is not flagged in the log")
	}
	// The information office transfers it to the right department.
	r := h.Do(t, "POST", "/api/staff/inquiries/"+id+"/assign", info, map[string]any{"department": it.DeptTraffic, "officer": "traffic-2"})
	if r.Status != 200 || r.JSON(t)["department"] != it.DeptTraffic || r.JSON(t)["fallback"] != false {
		t.Fatalf("transfer: %d %s", r.Status, r.Body)
	}
	if m := env.Sent(t).MailsTo("traffic.officer2@seoul-city.example"); len(m) != 1 {
		t.Fatalf("new officer got %d mails", len(m))
	}
	if r := h.Do(t, "GET", "/api/staff/inquiries/"+id, info, nil); r.Status != 404 {
		t.Fatalf("after the transfer the old department: %d", r.Status)
	}
	if r := h.Do(t, "POST", "/api/staff/inquiries/"+id+"/assign", h.Token(t, it.DeptTraffic, false), map[string]any{"department": it.DeptUnknown, "officer": "x"}); r.Code() != "body.bad_field:department" {
		t.Fatalf("transfer to an unlisted department: %s", r.Body)
	}

	// A closed document: the question is a disclosure request.
	h.Addr = "203.0.113.50"
	id2, token := h.Ask(t, it.Question(it.DocClosed, "긴급복지 지원사업 검토 보고서 공개를 청구합니다.", "b@example.com", "", ""))
	tr := h.Do(t, "GET", "/api/inquiries/"+id2+"?token="+token, "", nil).JSON(t)
	if tr["disclosure"] != true {
		t.Fatalf("closed document: %v", tr)
	}
	if m := env.Sent(t).MailsTo("b@example.com"); len(m) != 1 || !strings.Contains(m[0].Body, "정보공개 청구") {
		t.Fatalf("disclosure acknowledgement %+v", m)
	}
}

func TestPublishOptOut(t *testing.T) {
	h := it.NewHarness(t, localEnv(t))
	b := it.Question(it.DocTraffic, question, "a@example.com", "", "")
	b["publish"] = false
	id, _ := h.Ask(t, b)
	staff := h.Token(t, it.DeptTraffic, false)
	if r := h.Do(t, "POST", "/api/staff/inquiries/"+id+"/answer", staff, map[string]any{"answer": "답변입니다."}); r.Status != 200 {
		t.Fatal(r.Status)
	}
	h.Addr = "203.0.113.9"
	id2, _ := h.Ask(t, it.Question(it.DocTraffic, "다른 질문입니다. 시행 일정은 어떻게 되나요?", "b@example.com", "", ""))
	qa := h.Do(t, "GET", "/api/documents/"+it.DocTraffic+"/qa", "", nil)
	if strings.Contains(string(qa.Body), id) || strings.Contains(string(qa.Body), id2) {
		t.Fatalf("Q&A shows an opted-out or unanswered inquiry: %s", qa.Body)
	}
	if r := h.Do(t, "GET", "/api/documents/..%2F/qa", "", nil); r.Status != 400 && r.Status != 404 {
		t.Fatalf("bad id: %d", r.Status)
	}
}

func TestMissingDepsFailAtStart(t *testing.T) {
	defer func() {
		p := recover()
		if p == nil || !strings.Contains(p.(string), "Blinder, Directories, Documents, Sealer, Store") {
			t.Fatalf("panic %v", p)
		}
	}()
	inquiry.NewService(inquiry.ServiceDeps{})
}

func TestConsentIsRecorded(t *testing.T) {
	env := localEnv(t)
	h := it.NewHarness(t, env)
	id, _ := h.Ask(t, it.Question(it.DocTraffic, question, "a@example.com", "", ""))
	q, err := env.Store.Get(context.Background(), id)
	if err != nil || q.ConsentVersion != inquiry.ConsentVersion || !q.ConsentAt.Equal(it.Start.UTC()) {
		t.Fatalf("consent %q at %v (%v)", q.ConsentVersion, q.ConsentAt, err)
	}
}

// failingCreate fails the next Create when fail is set, as a crash or a
// failed write between the duplicate count and the store would.
type failingCreate struct {
	it.Store
	fail bool
}

func (f *failingCreate) Create(ctx context.Context, q inquiry.Inquiry, ev inquiry.Event) error {
	if f.fail {
		f.fail = false
		return errors.New("the disk is full")
	}
	return f.Store.Create(ctx, q, ev)
}

// A question whose first attempt was counted but never stored is taken
// when asked again, not refused as "received already" with no inquiry
// behind it (the soak of issue 19 lost one of 200 questions so, killed
// between the count and the store); once stored, it is a duplicate.
func TestQuestionNeverStoredIsTakenWhenAskedAgain(t *testing.T) {
	env := localEnv(t)
	store := &failingCreate{Store: env.Store}
	env.Store = store
	h := it.NewHarness(t, env)
	store.fail = true
	body := it.Question(it.DocTraffic, question, "lost@example.com", "", "")
	if r := h.Do(t, "POST", "/api/inquiries", "", body); r.Status != 500 {
		t.Fatalf("failed store: %d %s", r.Status, r.Body)
	}
	id, _ := h.Ask(t, body)
	if _, err := env.Store.Get(context.Background(), id); err != nil {
		t.Fatalf("the question asked again was not stored: %v", err)
	}
	if r := h.Do(t, "POST", "/api/inquiries", "", body); r.Status != 409 || r.Code() != "inquiry.duplicate" {
		t.Fatalf("asked a third time: %d %s", r.Status, r.Body)
	}
}
