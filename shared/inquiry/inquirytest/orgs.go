package inquirytest

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/notify"
)

// The people of the two organizations' department 1100123 and of
// Gangnam-gu's fallback office, as their files list them
// (shared/org/orgs).
const (
	cityInfoOfficer1   = "info.officer1@seoul-city.example"
	cityInfoOfficer2   = "info.officer2@seoul-city.example"
	cityInfoHead       = "info.head@seoul-city.example"
	gangnamPlanOfficer = "plan-1@gangnam-gu.example"
	gangnamPlanHead    = "plan-head@gangnam-gu.example"
	gangnamHeadPhone   = "010-0000-0202"
	gangnamAudit       = "audit-1@gangnam-gu.example"
)

// Orgs checks that two organizations with the same department code and
// the same document id stay apart: each question goes to its own
// organization's officers (and fallback office, and head when overdue),
// every notice is signed by that organization, staff listings and the
// public Q&A are filtered by organization, and an assignment or transfer
// is checked against the inquiry's own organization's directory.
// Whether a staff member may see another organization's inquiries is the
// API's authorization; here the staff are admins, and the separation is in
// the data.
func Orgs(t *testing.T, env Env) {
	h := NewHarness(t, env)
	ask := func(o, doc, question, email string) string {
		t.Helper()
		body := Question(doc, question, email, "", "")
		if o != "" {
			body["org"] = o
		}
		id, _ := h.Ask(t, body)
		return id
	}
	cityID := ask("", DocInfo, "정보공개 추진계획의 세부 일정과 예산을 알고 싶습니다.", "city.citizen@example.com")
	h.Addr = "203.0.113.8"
	gangnamID := ask(OrgGangnam, DocInfo, "강남구 예산 편성 계획의 세부 일정과 예산을 알고 싶습니다.", "gangnam.citizen@example.com")
	h.Addr = "203.0.113.9"
	fallbackID := ask(OrgGangnam, DocGangnamUnknown, "강남구 신설부서의 업무 분장을 알고 싶습니다.", "gangnam.other@example.com")

	// Each question reached its own organization's officers only.
	sent := env.Sent(t)
	mine := func(to, id string) bool {
		for _, m := range sent.MailsTo(to) {
			if strings.Contains(m.Subject, id) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		to, id string
		want   bool
	}{
		{cityInfoOfficer1, cityID, true}, {cityInfoOfficer2, cityID, true}, {gangnamPlanOfficer, cityID, false},
		{gangnamPlanOfficer, gangnamID, true}, {cityInfoOfficer1, gangnamID, false}, {cityInfoOfficer2, gangnamID, false},
		// Gangnam-gu's unknown department falls back to Gangnam-gu's
		// office, never to City Hall's (whose fallback is 1100123).
		{gangnamAudit, fallbackID, true}, {cityInfoOfficer1, fallbackID, false}, {gangnamPlanOfficer, fallbackID, false},
	} {
		if got := mine(c.to, c.id); got != c.want {
			t.Errorf("%s told of %s: %v, want %v", c.to, c.id, got, c.want)
		}
	}
	// Every notice is signed by its organization.
	for _, c := range []struct{ to, sign, not string }{
		{"gangnam.citizen@example.com", "강남구 정보공개", "서울특별시"},
		{gangnamPlanOfficer, "강남구 정보공개", "서울특별시"},
		{"city.citizen@example.com", "서울특별시 정보소통광장", "강남구"},
		{cityInfoOfficer1, "서울특별시 정보소통광장", "강남구"},
	} {
		ms := sent.MailsTo(c.to)
		if len(ms) == 0 {
			t.Fatalf("no mail to %s", c.to)
		}
		for _, m := range ms {
			if !strings.Contains(m.Body, c.sign) || strings.Contains(m.Body, c.not) {
				t.Errorf("mail to %s is not signed %q alone:\n%s", c.to, c.sign, m.Body)
			}
		}
	}

	// Staff lists, by organization: the same department code, two lists,
	// each read by its own organization's admin.
	admins := map[string]string{Org: h.TokenOf(t, Org, DeptInfo, true), OrgGangnam: h.TokenOf(t, OrgGangnam, DeptInfo, true)}
	list := func(org, query string) string {
		t.Helper()
		res := h.Do(t, "GET", "/api/staff/inquiries?"+query, admins[org], nil)
		if res.Status != http.StatusOK {
			t.Fatalf("list %s: %d %s", query, res.Status, res.Body)
		}
		return string(res.Body)
	}
	for _, c := range []struct {
		org, query string
		has, not   []string
	}{
		{Org, "org=" + Org + "&department=" + DeptInfo, []string{cityID}, []string{gangnamID, fallbackID}},
		{OrgGangnam, "org=" + OrgGangnam + "&department=" + DeptInfo, []string{gangnamID}, []string{cityID, fallbackID}},
		{OrgGangnam, "org=" + OrgGangnam, []string{gangnamID, fallbackID}, []string{cityID}},
		{OrgGangnam, "department=" + DeptInfo, []string{gangnamID}, []string{cityID, fallbackID}}, // its own organization by default
	} {
		body := list(c.org, c.query)
		for _, id := range c.has {
			if !strings.Contains(body, id) {
				t.Errorf("list %s lacks %s", c.query, id)
			}
		}
		for _, id := range c.not {
			if strings.Contains(body, id) {
				t.Errorf("list %s shows %s", c.query, id)
			}
		}
	}

	// Assignments are checked against the inquiry's own organization:
	// City Hall's officer of 1100123 is no officer of Gangnam-gu's 1100123.
	orgOf := map[string]string{cityID: Org, gangnamID: OrgGangnam, fallbackID: OrgGangnam}
	act := func(id, action string, body map[string]any) Response {
		t.Helper()
		return h.Do(t, "POST", "/api/staff/inquiries/"+id+"/"+action, admins[orgOf[id]], body)
	}
	if res := act(gangnamID, "assign", map[string]any{"officer": "info-1"}); res.Status != http.StatusBadRequest {
		t.Errorf("City Hall's officer assigned to Gangnam-gu's inquiry: %d %s", res.Status, res.Body)
	}
	if res := act(cityID, "assign", map[string]any{"officer": "plan-1"}); res.Status != http.StatusBadRequest {
		t.Errorf("Gangnam-gu's officer assigned to City Hall's inquiry: %d %s", res.Status, res.Body)
	}
	// A transfer stays within the organization: City Hall's traffic office
	// is not a department of Gangnam-gu.
	if res := act(fallbackID, "assign", map[string]any{"department": DeptTraffic, "officer": "traffic-1"}); res.Status != http.StatusBadRequest {
		t.Errorf("Gangnam-gu's inquiry transferred to City Hall's department: %d %s", res.Status, res.Body)
	}
	res := act(fallbackID, "assign", map[string]any{"department": DeptInfo, "officer": "plan-1"})
	if res.Status != http.StatusOK || res.JSON(t)["department_name"] != "기획예산과" {
		t.Fatalf("transfer within Gangnam-gu: %d %s", res.Status, res.Body)
	}
	if res := act(gangnamID, "assign", map[string]any{"officer": "plan-1"}); res.Status != http.StatusOK {
		t.Fatalf("assign Gangnam-gu's officer: %d %s", res.Status, res.Body)
	}
	if m := env.Sent(t).MailsTo(cityInfoOfficer1); len(m) != 1 {
		t.Errorf("City Hall's officer got %d mails, want only the one of City Hall's question", len(m))
	}

	// Overdue: each organization's own head is told.
	h.Clock.Set(time.Date(2026, 12, 15, 9, 0, 0, 0, time.UTC))
	if rep, err := h.Monitor.Run(t.Context()); err != nil || rep.Escalations != 3 {
		t.Fatalf("monitor: %+v %v", rep, err)
	}
	sent = env.Sent(t)
	if !mine(gangnamPlanHead, gangnamID) || mine(cityInfoHead, gangnamID) || !mine(cityInfoHead, cityID) || mine(gangnamPlanHead, cityID) {
		t.Errorf("escalations went to the wrong head")
	}
	phone, _ := notify.E164(gangnamHeadPhone)
	for _, sms := range sent.SMSTo(phone) {
		if strings.Contains(sms.Text, cityID) {
			t.Errorf("Gangnam-gu's head was texted about City Hall's inquiry")
		}
	}

	// Answers are published on their own organization's document only.
	for org := range admins { // the clock moved past the first tokens' hour
		admins[org] = h.TokenOf(t, org, DeptInfo, true)
	}
	if res := act(gangnamID, "answer", map[string]any{"answer": "강남구 예산 편성 일정은 누리집에 공개되어 있습니다."}); res.Status != http.StatusOK {
		t.Fatalf("answer: %d %s", res.Status, res.Body)
	}
	for _, c := range []struct {
		query string
		want  bool
	}{{"", false}, {"?org=" + Org, false}, {"?org=" + OrgGangnam, true}} {
		res := h.Do(t, "GET", "/api/documents/"+DocInfo+"/qa"+c.query, "", nil)
		if got := strings.Contains(string(res.Body), "누리집"); res.Status != http.StatusOK || got != c.want {
			t.Errorf("Q&A%s: %d, Gangnam-gu's answer shown %v, want %v", c.query, res.Status, got, c.want)
		}
	}

	// An organization the deployment does not have has no documents.
	res = h.Do(t, "POST", "/api/inquiries", "", map[string]any{"document_id": DocInfo, "org": "9999999",
		"question": "이 문서의 세부 일정을 알고 싶습니다.", "email": "nobody@example.com", "consent": true})
	if res.Status != http.StatusNotFound || res.Code() != "document.not_found" {
		t.Errorf("unknown organization: %d %s", res.Status, res.Body)
	}
}
