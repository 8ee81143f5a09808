package inquiry_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/inquiry"
	it "github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
	"github.com/seoul-plaza/plaza/shared/notify"
)

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, inquiry.KST)
	if err != nil {
		panic(err)
	}
	return t
}

func subjects(ms []it.SentMail) string {
	var s []string
	for _, m := range ms {
		s = append(s, m.Subject)
	}
	return strings.Join(s, " | ")
}

func TestRemindersAndEscalation(t *testing.T) {
	env := localEnv(t)
	h := it.NewHarness(t, env)
	ctx := context.Background()
	id, _ := h.Ask(t, it.Question(it.DocTraffic, question, "a@example.com", "", "")) // Friday 11-27, due Monday 12-07
	staff := h.Token(t, it.DeptTraffic, false)
	officer := "traffic.officer1@seoul-city.example"
	head := "traffic.head@seoul-city.example"
	run := func(when string) inquiry.Report {
		t.Helper()
		h.Clock.Set(at(when))
		rep, err := h.Monitor.Run(ctx)
		if err != nil {
			t.Fatalf("run at %s: %v", when, err)
		}
		// The staff metrics count the deadlines as the monitor does.
		if d, err := h.Service.Deadlines(ctx, "6110000"); err != nil || d != rep.Deadlines {
			t.Fatalf("at %s the service counts %+v (%v), the monitor %+v", when, d, err, rep.Deadlines)
		}
		return rep
	}
	count := func(to, word string) int {
		n := 0
		for _, m := range env.Sent(t).MailsTo(to) {
			if strings.Contains(m.Subject, word) {
				n++
			}
		}
		return n
	}
	if rep := run("2026-12-04 23:59"); rep.Reminders != 0 || count(officer, "2일 전") != 0 || rep.Open != 1 || rep.DueSoon != 0 || rep.Overdue != 0 {
		t.Fatalf("D-3: %+v", rep)
	}
	if rep := run("2026-12-05 00:01"); rep.Reminders != 1 || count(officer, "2일 전") != 1 || count("traffic.officer2@seoul-city.example", "2일 전") != 1 {
		t.Fatalf("D-2: %+v, officer mails %s", rep, subjects(env.Sent(t).MailsTo(officer)))
	}
	// Once per due date, however often the monitor runs.
	for _, when := range []string{"2026-12-05 09:05", "2026-12-07 18:00"} {
		// The gauges count it on every run, reminded or not.
		if rep := run(when); rep.Reminders != 0 || count(officer, "2일 전") != 1 || rep.Open != 1 || rep.DueSoon != 1 || rep.Overdue != 0 {
			t.Fatalf("reminder repeated at %s: %+v", when, rep)
		}
	}
	if rep := run("2026-12-08 00:01"); rep.Escalations != 1 || count(head, "기한이 지난") != 1 {
		t.Fatalf("overdue: %+v, head mails %s", rep, subjects(env.Sent(t).MailsTo(head)))
	}
	headPhone, _ := notify.E164(cityHall(t).Lookup(it.DeptTraffic).Head.Phone)
	if sms := env.Sent(t).SMSTo(headPhone); len(sms) != 1 || !strings.Contains(sms[0].Text, id) {
		t.Fatalf("head SMS %+v", env.Sent(t).SMS)
	}
	if rep := run("2026-12-09 10:00"); rep.Escalations != 0 || count(head, "기한이 지난") != 1 || rep.Open != 1 || rep.DueSoon != 0 || rep.Overdue != 1 {
		t.Fatalf("escalation repeated: %+v", rep)
	}
	// The staff view says it is overdue; the citizen is not told of alerts.
	staff = h.Token(t, it.DeptTraffic, false)
	if v := h.Do(t, "GET", "/api/staff/inquiries/"+id, staff, nil).JSON(t); v["overdue"] != true {
		t.Fatalf("staff view %v", v)
	}
	if n := len(env.Sent(t).MailsTo("a@example.com")); n != 1 {
		t.Fatalf("citizen got %d mails, want only the acknowledgement", n)
	}
}

func TestExtensionMovesTheReminder(t *testing.T) {
	env := localEnv(t)
	h := it.NewHarness(t, env)
	ctx := context.Background()
	id, _ := h.Ask(t, it.Question(it.DocTraffic, question, "a@example.com", "010-3333-4444", ""))
	staff := h.Token(t, it.DeptTraffic, false)
	if r := h.Do(t, "POST", "/api/staff/inquiries/"+id+"/assign", staff, map[string]any{"officer": "traffic-2"}); r.Status != 200 {
		t.Fatal(r.Status)
	}
	h.Clock.Set(at("2026-12-06 09:00"))
	if _, err := h.Monitor.Run(ctx); err != nil {
		t.Fatal(err)
	}
	h.Clock.Set(at("2026-12-07 09:00"))
	staff = h.Token(t, it.DeptTraffic, false)
	r := h.Do(t, "POST", "/api/staff/inquiries/"+id+"/extend", staff, map[string]any{"reason": "관계 기관 자료 회신 대기"})
	if r.Status != 200 || !strings.HasPrefix(r.JSON(t)["due"].(string), "2026-12-17T") {
		t.Fatalf("extend: %d %s", r.Status, r.Body)
	}
	// The citizen is told, by mail and SMS, with the reason and the new date.
	var ext []it.SentMail
	for _, m := range env.Sent(t).MailsTo("a@example.com") {
		if strings.Contains(m.Subject, "연장") {
			ext = append(ext, m)
		}
	}
	if len(ext) != 1 || !strings.Contains(ext[0].Body, "관계 기관 자료 회신 대기") || !strings.Contains(ext[0].Body, "2026. 12. 17.") || !strings.Contains(ext[0].Body, "Art. 11(2)") {
		t.Fatalf("extension notice %+v", ext)
	}
	found := false
	for _, s := range env.Sent(t).SMSTo("+821033334444") {
		found = found || strings.Contains(s.Text, "연장")
	}
	if !found {
		t.Fatal("no extension SMS")
	}
	// The reminder was sent for the first deadline to the assigned officer
	// only, and is sent again for the new one; no escalation on 12-08.
	officer := "traffic.officer2@seoul-city.example"
	h.Clock.Set(at("2026-12-08 10:00"))
	if rep, err := h.Monitor.Run(ctx); err != nil || rep.Escalations != 0 {
		t.Fatalf("after the old deadline: %+v %v", rep, err)
	}
	h.Clock.Set(at("2026-12-14 23:00"))
	if rep, err := h.Monitor.Run(ctx); err != nil || rep.Reminders != 0 {
		t.Fatalf("new D-3: %+v %v", rep, err)
	}
	h.Clock.Set(at("2026-12-15 08:00"))
	if rep, err := h.Monitor.Run(ctx); err != nil || rep.Reminders != 1 {
		t.Fatalf("new D-2: %+v %v", rep, err)
	}
	n := 0
	for _, m := range env.Sent(t).MailsTo(officer) {
		if strings.Contains(m.Subject, "2일 전") {
			n++
		}
	}
	if n != 2 || len(env.Sent(t).MailsTo("traffic.officer1@seoul-city.example")) != 1 {
		t.Fatalf("reminders to the assigned officer: %d; other officer %s", n, subjects(env.Sent(t).MailsTo("traffic.officer1@seoul-city.example")))
	}
}

func TestRetention(t *testing.T) {
	env := localEnv(t)
	h := it.NewHarness(t, env)
	ctx := context.Background()
	id, token := h.Ask(t, it.Question(it.DocTraffic, question+" 김민수(010-3333-4444) 드림", "a@example.com", "010-3333-4444", "김민수"))
	staff := h.Token(t, it.DeptTraffic, false)
	if r := h.Do(t, "POST", "/api/staff/inquiries/"+id+"/answer", staff, map[string]any{"answer": "답변드립니다."}); r.Status != 200 {
		t.Fatal(r.Status)
	}
	answered := h.Clock.Now()
	run := func(d time.Duration) inquiry.Report {
		t.Helper()
		h.Clock.Set(answered.Add(d))
		rep, err := h.Monitor.Run(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	if rep := run(13 * 24 * time.Hour); rep.AutoClosed != 0 {
		t.Fatalf("closed early: %+v", rep)
	}
	if rep := run(14 * 24 * time.Hour); rep.AutoClosed != 1 {
		t.Fatalf("not auto-closed after 14 days: %+v", rep)
	}
	closedMail := false
	for _, m := range env.Sent(t).MailsTo("a@example.com") {
		closedMail = closedMail || strings.Contains(m.Subject, "종결")
	}
	if !closedMail {
		t.Fatal("the citizen was not told of the closing")
	}
	closedAt := answered.Add(14 * 24 * time.Hour)
	h.Clock.Set(closedAt.Add(364 * 24 * time.Hour))
	if rep, _ := h.Monitor.Run(ctx); rep.Deleted != 0 {
		t.Fatalf("deleted before a year: %+v", rep)
	}
	q, _ := env.Store.Get(ctx, id)
	if q.Contact == nil {
		t.Fatal("contact gone early")
	}
	h.Clock.Set(closedAt.Add(365*24*time.Hour + time.Minute))
	if rep, _ := h.Monitor.Run(ctx); rep.Deleted != 1 {
		t.Fatalf("not deleted after a year: %+v", rep)
	}
	q, _ = env.Store.Get(ctx, id)
	if q.Contact != nil || q.ContactRef != "" || q.ContactDeletedAt == nil {
		t.Fatalf("contact data left: %+v", q)
	}
	if strings.Contains(q.Question, "김민수") || strings.Contains(q.Question, "3333-4444") || !strings.Contains(q.Question, "김*수") {
		t.Fatalf("the question keeps the citizen's data: %q", q.Question)
	}
	// Off the monitor's list; the staff view says so; the link still works.
	if rep, _ := h.Monitor.Run(ctx); rep.Watched != 0 {
		t.Fatalf("still watched: %+v", rep)
	}
	staff = h.Token(t, it.DeptTraffic, false)
	v := h.Do(t, "GET", "/api/staff/inquiries/"+id, staff, nil).JSON(t)
	if v["contact_deleted"] != true || v["contact"] != nil {
		t.Fatalf("staff view %v", v)
	}
	if r := h.Do(t, "GET", "/api/inquiries/"+id+"?token="+token, "", nil); r.Status != 200 {
		t.Fatalf("tracking after deletion: %d", r.Status)
	}
	// A shorter retention is honoured.
	m := inquiry.NewMonitor(inquiry.MonitorDeps{Store: env.Store, Now: h.Clock.Now, Retention: 24 * time.Hour})
	h.Clock.Set(answered)
	id2, _ := h.Ask(t, it.Question(it.DocInfo, question, "b@example.com", "", ""))
	if r := h.Do(t, "POST", "/api/staff/inquiries/"+id2+"/close", h.Token(t, it.DeptInfo, false), map[string]any{"reason": "민원인 요청으로 취하"}); r.Status != 200 {
		t.Fatalf("close: %d %s", r.Status, r.Body)
	}
	h.Clock.Set(answered.Add(25 * time.Hour))
	if rep, err := m.Run(ctx); err != nil || rep.Deleted != 1 {
		t.Fatalf("one-day retention: %+v %v", rep, err)
	}
}

// flaky wraps a channel: it refuses some recipients for good and fails
// the first n sends for a while.
type flakyMailer struct {
	next      notify.Mailer
	mu        sync.Mutex
	refuse    string
	attempts  map[string]int
	failFirst int
}

func (f *flakyMailer) Send(ctx context.Context, m notify.Mail) error {
	f.mu.Lock()
	f.attempts[m.To]++
	fail := f.failFirst > 0
	if fail {
		f.failFirst--
	}
	f.mu.Unlock()
	if m.To == f.refuse {
		return notify.Permanent(errors.New("MessageRejected: address bounced"))
	}
	if fail {
		return errors.New("throttled")
	}
	return f.next.Send(ctx, m)
}

type flakyTexter struct {
	next      notify.Texter
	mu        sync.Mutex
	failFirst int
}

func (f *flakyTexter) Send(ctx context.Context, s notify.SMS) error {
	f.mu.Lock()
	fail := f.failFirst > 0
	if fail {
		f.failFirst--
	}
	f.mu.Unlock()
	if fail {
		return errors.New("throttled")
	}
	return f.next.Send(ctx, s)
}

func TestBouncedEmailStillGetsSMS(t *testing.T) {
	env := localEnv(t)
	fm := &flakyMailer{next: env.Mailer, refuse: "gone@example.com", attempts: map[string]int{}}
	env.Mailer = fm
	h := it.NewHarness(t, env)
	ctx := context.Background()
	id, _ := h.Ask(t, it.Question(it.DocTraffic, question, "gone@example.com", "010-5555-6666", ""))
	sent := env.Sent(t)
	if len(sent.SMSTo("+821055556666")) != 1 || len(sent.MailsTo("traffic.officer1@seoul-city.example")) != 1 {
		t.Fatalf("SMS or officer mail missing after a bounce: %+v", sent.SMS)
	}
	// The event is settled: a permanent refusal is not retried.
	if pend, _ := env.Store.Pending(ctx, 10); len(pend) != 0 {
		t.Fatalf("pending %+v", pend)
	}
	q, _ := env.Store.Get(ctx, id)
	if !q.EmailBounced {
		t.Fatal("bounce not recorded")
	}
	staff := h.Token(t, it.DeptTraffic, false)
	if r := h.Do(t, "POST", "/api/staff/inquiries/"+id+"/answer", staff, map[string]any{"answer": "답변드립니다."}); r.Status != 200 {
		t.Fatal(r.Status)
	}
	if fm.attempts["gone@example.com"] != 1 {
		t.Fatalf("mailed a bounced address %d times", fm.attempts["gone@example.com"])
	}
	if n := len(env.Sent(t).SMSTo("+821055556666")); n != 2 {
		t.Fatalf("SMS after the bounce: %d, want 2", n)
	}
	// A bounce reported later by SES (by message key) is recorded the same way.
	h.Addr = "203.0.113.77"
	id2, _ := h.Ask(t, it.Question(it.DocInfo, question, "late-bounce@example.com", "010-7777-8888", ""))
	if err := h.Notifier.Bounced(ctx, "inquiry/"+id2+"/received/1/email-citizen"); err != nil {
		t.Fatal(err)
	}
	if q, _ := env.Store.Get(ctx, id2); !q.EmailBounced {
		t.Fatal("reported bounce not recorded")
	}
	if err := h.Notifier.Bounced(ctx, "nonsense"); err == nil {
		t.Fatal("a bad key was accepted")
	}
}

func TestTransientFailureRetriesWithoutDuplicates(t *testing.T) {
	env := localEnv(t)
	ft := &flakyTexter{next: env.Texter, failFirst: 1}
	env.Texter = ft
	h := it.NewHarness(t, env)
	ctx := context.Background()
	id, _ := h.Ask(t, it.Question(it.DocTraffic, question, "a@example.com", "010-5555-6666", "")) // 201 despite the failure
	sent := env.Sent(t)
	if len(sent.MailsTo("a@example.com")) != 1 || len(sent.SMSTo("+821055556666")) != 0 {
		t.Fatalf("first try: %d mails %d SMS", len(sent.MailsTo("a@example.com")), len(sent.SMSTo("+821055556666")))
	}
	pend, _ := env.Store.Pending(ctx, 10)
	if len(pend) != 1 || pend[0].Inquiry != id {
		t.Fatalf("pending %+v", pend)
	}
	if !strings.Contains(h.Logs.String(), "the monitor retries") {
		t.Fatal("the failed dispatch is not logged")
	}
	// The monitor delivers what is missing, and only that.
	rep, err := h.Monitor.Run(ctx)
	if err != nil || rep.Delivered != 1 {
		t.Fatalf("monitor: %+v %v", rep, err)
	}
	sent = env.Sent(t)
	if len(sent.MailsTo("a@example.com")) != 1 || len(sent.SMSTo("+821055556666")) != 1 || len(sent.MailsTo("traffic.officer1@seoul-city.example")) != 1 {
		t.Fatalf("after retry: %d mails, %d SMS", len(sent.MailsTo("a@example.com")), len(sent.SMSTo("+821055556666")))
	}
	// A message someone else is sending right now is not sent twice.
	if c, _ := env.Store.Claim(ctx, "inquiry/"+id+"/x/1/email-citizen", h.Clock.Now(), time.Minute); c != inquiry.Granted {
		t.Fatal("claim")
	}
}

func TestBounceKeys(t *testing.T) {
	key := "inquiry/Q-20261127-ABCDEFGHIJ/answered/3/email-citizen"
	cases := []struct {
		event string
		want  []string
	}{
		{`{"eventType":"Bounce","bounce":{"bounceType":"Permanent"},"mail":{"headers":[{"name":"From","value":"x"},{"name":"X-Plaza-Key","value":"` + key + `"}]}}`, []string{key}},
		{`{"notificationType":"Bounce","bounce":{"bounceType":"Permanent"},"mail":{"tags":{"plaza-key":["inquiry_Q-20261127-ABCDEFGHIJ_answered_3_email-citizen"]}}}`, []string{key}},
		{`{"eventType":"Complaint","mail":{"headers":[{"name":"x-plaza-key","value":"` + key + `"}]}}`, []string{key}},
		{`{"eventType":"Bounce","bounce":{"bounceType":"Transient"},"mail":{"headers":[{"name":"X-Plaza-Key","value":"` + key + `"}]}}`, nil},
		{`{"eventType":"Delivery","mail":{}}`, nil},
	}
	for _, c := range cases {
		got, err := inquiry.BounceKeys([]byte(c.event))
		if err != nil || strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: %v %v", c.event, got, err)
		}
		for _, k := range got {
			if _, _, err := inquiry.ParseMessageKey(k); err != nil {
				t.Errorf("key %q does not parse: %v", k, err)
			}
		}
	}
	if _, err := inquiry.BounceKeys([]byte("{")); err == nil {
		t.Error("bad JSON accepted")
	}
}
