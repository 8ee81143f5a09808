package inquirytest

import (
	"context"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/inquiry"
)

// The citizen of the flow (invented).
const (
	CitizenEmail = "citizen.hong@example.com"
	CitizenPhone = "010-1234-5678"
	CitizenE164  = "+821012345678"
	CitizenName  = "홍길동"
)

// Flow runs the whole exchange through the HTTP API: ask, the
// acknowledgement and the officers' mail, assignment, the answer, the
// citizen told, the public Q&A with personal data masked, and no contact
// data in any public response or log line.
func Flow(t *testing.T, env Env) {
	h := NewHarness(t, env)
	ctx := context.Background()
	question := "안녕하세요, " + CitizenName + "입니다. 버스 노선 조정 계획의 예산 내역과 시행 일정을 알고 싶습니다. 회신은 " + CitizenPhone + "로 부탁드립니다."
	id, token := h.Ask(t, Question(DocTraffic, question, CitizenEmail, CitizenPhone, CitizenName))
	if !inquiry.ValidID(id) || len(token) < 22 { // 22 base64url characters = 128 bits
		t.Fatalf("id %q token %q", id, token)
	}
	link := inquiry.TrackingLink("https://plaza.example", id, token)

	// The acknowledgement, by mail and SMS, with the tracking link.
	sent := env.Sent(t)
	ack := sent.MailsTo(CitizenEmail)
	if len(ack) != 1 || !strings.Contains(ack[0].Subject, "접수") || !strings.Contains(ack[0].Subject, "received") {
		t.Fatalf("acknowledgement mails %+v", ack)
	}
	if !strings.Contains(ack[0].Body, link) && !strings.Contains(ack[0].Body, strings.ReplaceAll(link, "&", "&amp;")) {
		t.Fatalf("acknowledgement lacks the tracking link %s:\n%s", link, ack[0].Body)
	}
	if sms := sent.SMSTo(CitizenE164); len(sms) != 1 || !strings.Contains(sms[0].Text, id) || !strings.Contains(sms[0].Text, link) {
		t.Fatalf("acknowledgement SMS %+v", sms)
	}
	// Every officer of the department is told, and never of the contact.
	for _, to := range []string{"traffic.officer1@seoul-city.example", "traffic.officer2@seoul-city.example"} {
		m := sent.MailsTo(to)
		if len(m) != 1 || !strings.Contains(m[0].Body, "버스 노선 조정 계획의 예산 내역") || !strings.Contains(m[0].Subject, id) {
			t.Fatalf("officer %s got %+v", to, m)
		}
		for _, secret := range []string{CitizenEmail, token, CitizenPhone, CitizenName} {
			if strings.Contains(m[0].Body, secret) {
				t.Fatalf("officer mail carries contact data or the token")
			}
		}
	}

	// Staff of the department see it, with contact data masked.
	staff := h.Token(t, DeptTraffic, false)
	list := h.Do(t, "GET", "/api/staff/inquiries", staff, nil)
	if list.Status != 200 || !strings.Contains(string(list.Body), id) {
		t.Fatalf("staff list: %d %s", list.Status, list.Body)
	}
	one := h.Do(t, "GET", "/api/staff/inquiries/"+id, staff, nil)
	if one.Status != 200 {
		t.Fatalf("staff get: %d %s", one.Status, one.Body)
	}
	contact, _ := one.JSON(t)["contact"].(map[string]any)
	if contact["email"] != "c***@example.com" || contact["phone"] != "010-****-5678" || contact["name"] != "홍*동" {
		t.Fatalf("masked contact %v", contact)
	}
	if strings.Contains(string(one.Body), CitizenEmail) {
		t.Fatal("staff view carries the e-mail address")
	}

	// Assign: the officer and the citizen are told.
	res := h.Do(t, "POST", "/api/staff/inquiries/"+id+"/assign", staff, map[string]any{"officer": "traffic-1"})
	if res.Status != 200 || res.JSON(t)["state"] != "assigned" {
		t.Fatalf("assign: %d %s", res.Status, res.Body)
	}
	sent = env.Sent(t)
	if m := sent.MailsTo("traffic.officer1@seoul-city.example"); len(m) != 2 || !strings.Contains(m[1].Subject+m[0].Subject, "배정") {
		t.Fatalf("assigned officer mails %+v", m)
	}
	if m := sent.MailsTo("traffic.officer2@seoul-city.example"); len(m) != 1 {
		t.Fatalf("the other officer got %d mails, want only the first", len(m))
	}

	// The answer reaches the citizen by mail and SMS.
	answer := "문의하신 버스 노선 조정 예산은 총 12억 원이며, 2014년 7월부터 단계적으로 시행합니다. 담당 윤동현 주무관."
	res = h.Do(t, "POST", "/api/staff/inquiries/"+id+"/answer", staff, map[string]any{"answer": answer})
	if res.Status != 200 || res.JSON(t)["state"] != "answered" {
		t.Fatalf("answer: %d %s", res.Status, res.Body)
	}
	sent = env.Sent(t)
	mails := sent.MailsTo(CitizenEmail)
	if len(mails) != 3 {
		t.Fatalf("citizen got %d mails, want 3 (received, assigned, answered)", len(mails))
	}
	var answered *SentMail
	for i := range mails {
		if strings.Contains(mails[i].Subject, "답변") {
			answered = &mails[i]
		}
	}
	if answered == nil || !strings.Contains(answered.Body, "12억 원") || !strings.Contains(answered.Body, "answered") {
		t.Fatalf("answer mail %+v", answered)
	}
	if sms := sent.SMSTo(CitizenE164); len(sms) != 3 {
		t.Fatalf("citizen got %d SMS, want 3", len(sms))
	}

	// The citizen follows it with the token; no contact data comes back.
	track := h.Do(t, "GET", "/api/inquiries/"+id+"?token="+token, "", nil)
	if track.Status != 200 || track.JSON(t)["state"] != "answered" || track.JSON(t)["answer"] != answer {
		t.Fatalf("track: %d %s", track.Status, track.Body)
	}
	for _, secret := range []string{CitizenEmail, "1012345678", "token_hash", "contact"} {
		if strings.Contains(string(track.Body), secret) {
			t.Fatalf("tracking response carries %q", secret)
		}
	}

	// The public Q&A, masked.
	qa := h.Do(t, "GET", "/api/documents/"+DocTraffic+"/qa", "", nil)
	if qa.Status != 200 {
		t.Fatalf("qa: %d %s", qa.Status, qa.Body)
	}
	items, _ := qa.JSON(t)["items"].([]any)
	if len(items) != 1 {
		t.Fatalf("qa items %s", qa.Body)
	}
	item := items[0].(map[string]any)
	q, a := item["question"].(string), item["answer"].(string)
	if strings.Contains(q, CitizenName) || strings.Contains(q, CitizenPhone) || !strings.Contains(q, "홍*동") || !strings.Contains(q, "5678") {
		t.Fatalf("public question not masked: %q", q)
	}
	if !strings.Contains(a, "12억 원") || !strings.Contains(a, "윤동현") {
		t.Fatalf("public answer %q (the official's name is public in the line of duty)", a)
	}
	if strings.Contains(string(qa.Body), CitizenEmail) || strings.Contains(string(qa.Body), id+`","token`) {
		t.Fatal("Q&A carries contact data")
	}

	// Duplicate events send nothing twice.
	before := env.Sent(t)
	ev, err := env.Store.Event(ctx, inquiry.Ref{Inquiry: id, Key: "received/1"})
	if err != nil || ev.DeliveredAt == nil {
		t.Fatalf("received event %+v %v", ev, err)
	}
	if err := h.Notifier.Deliver(ctx, ev.Ref()); err != nil {
		t.Fatal(err)
	}
	if n, err := h.Notifier.DeliverPending(ctx, 100, h.Clock.Now()); err != nil || n != 0 {
		t.Fatalf("pending after the flow: %d %v", n, err)
	}
	after := env.Sent(t)
	if len(after.Mails) != len(before.Mails) || len(after.SMS) != len(before.SMS) {
		t.Fatalf("a duplicate delivery sent again: %d→%d mails, %d→%d SMS", len(before.Mails), len(after.Mails), len(before.SMS), len(after.SMS))
	}

	// Nothing personal reached the logs.
	logs := h.Logs.String()
	for _, secret := range []string{CitizenEmail, CitizenPhone, "1012345678", CitizenName, token} {
		if strings.Contains(logs, secret) {
			t.Fatalf("the logs carry %q", secret)
		}
	}
	if !strings.Contains(logs, id) {
		t.Fatal("the logs do not name the inquiry")
	}
}
