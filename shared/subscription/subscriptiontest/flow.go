// Package subscriptiontest is the scenario every wiring of subscriptions
// must pass: opt-in, the weekly digest (once per week), one-click
// unsubscribe, and no address anywhere it must not be. The adapters'
// tests run it on one machine (folder, bbolt, outbox) and against
// moto_server (S3, DynamoDB, SES).
package subscriptiontest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/subscription"
)

// Env is one wiring under test.
type Env struct {
	// Deps with Store, Bucket, Sealer, Blinder, Signer, Mailer and Claims
	// set; the flow sets the rest.
	Deps subscription.Deps
	// Sent returns the mails sent so far, as they went out.
	Sent func(t *testing.T) []notify.Mail
	// Stored returns every byte stored under subscriptions/.
	Stored func(t *testing.T) []byte
}

// Planted is the address the flow subscribes and then looks for.
const Planted = "planted.citizen+plaza@example.org"

type fakeSearch struct{ hits []search.Hit }

func (f fakeSearch) Search(_ context.Context, q search.Query) (search.Result, error) {
	var out []search.Hit
	for _, h := range f.hits {
		if !h.ApprovedAt.Before(q.From) && (q.Text == "" || strings.Contains(h.Title, q.Text)) && (q.Org == "" || q.Org == h.Org) {
			out = append(out, h)
		}
	}
	return search.Result{Total: len(out), Items: out}, nil
}

// token returns the token of the link in text after marker.
func token(t *testing.T, text, marker string) string {
	t.Helper()
	i := strings.Index(text, marker)
	if i < 0 {
		t.Fatalf("no %q link in:\n%s", marker, text)
	}
	rest := text[i+len(marker):]
	if j := strings.IndexAny(rest, "\n >"); j >= 0 {
		rest = rest[:j]
	}
	tok, err := url.QueryUnescape(rest)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func header(m notify.Mail, name string) string {
	for _, h := range m.Headers {
		if strings.EqualFold(h.Name, name) {
			return h.Value
		}
	}
	return ""
}

// Flow runs the scenario.
func Flow(t *testing.T, env Env) {
	ctx := context.Background()
	now := time.Date(2026, 12, 9, 1, 0, 0, 0, time.UTC) // a Wednesday in Seoul
	var logs bytes.Buffer
	d := env.Deps
	d.Now = func() time.Time { return now }
	d.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	d.PortalURL = "https://plaza.example.go.kr"
	d.Search = fakeSearch{hits: []search.Hit{
		{Org: "6110000", ID: "NEW-1", Title: "2026년 정보공개 추진계획", DepartmentName: "정보공개정책과", ApprovedAt: now.Add(-48 * time.Hour)},
		{Org: "6110000", ID: "OLD-1", Title: "2025년 정보공개 추진계획", DepartmentName: "정보공개정책과", ApprovedAt: now.Add(-30 * 24 * time.Hour)},
		{Org: "6110000", ID: "NEW-2", Title: "도로 보수 계획", DepartmentName: "도로관리과", ApprovedAt: now.Add(-24 * time.Hour)},
		{Org: "6110000", ID: "NEW-3", Title: "정보공개 <심의> & 결과", DepartmentName: "정보공개정책과", ApprovedAt: now.Add(-72 * time.Hour)},
	}}
	s := subscription.New(d)

	req := subscription.Request{Email: Planted, ConsentVersion: subscription.ConsentVersion,
		Criteria: subscription.Criteria{Keywords: []string{"정보공개", " 정보공개 "}}}
	if err := s.Subscribe(ctx, subscription.Request{Email: Planted, Criteria: req.Criteria}); err == nil {
		t.Fatal("a request without consent was taken")
	}
	if err := s.Subscribe(ctx, subscription.Request{Email: "not an address", ConsentVersion: subscription.ConsentVersion, Criteria: req.Criteria}); err == nil {
		t.Fatal("a bad address was taken")
	}
	if err := s.Subscribe(ctx, req); err != nil {
		t.Fatal(err)
	}
	sent := env.Sent(t)
	if len(sent) != 1 || sent[0].To != Planted || !strings.Contains(sent[0].Subject, "확인") {
		t.Fatalf("after subscribing, %d mails: %+v", len(sent), sent)
	}
	if !strings.HasPrefix(header(sent[0], notify.ListUnsubscribe), "<https://") || header(sent[0], notify.ListUnsubscribePost) != notify.OneClickBody {
		t.Fatalf("the confirmation has no one-click unsubscribe: %+v", sent[0].Headers)
	}
	confirm := token(t, sent[0].Text, "#token=")

	// Nothing goes out before the citizen confirms.
	rep, err := s.Digest(ctx)
	if err != nil || rep.Active != 0 || rep.Sent != 0 || len(env.Sent(t)) != 1 {
		t.Fatalf("digest before confirmation: %+v %v", rep, err)
	}
	if _, err := s.Confirm(ctx, confirm+"x"); !errors.Is(err, subscription.ErrBadToken) {
		t.Fatalf("forged confirmation: %v", err)
	}
	for range 2 {
		st, err := s.Confirm(ctx, confirm)
		if err != nil || st.State != "active" || len(st.Criteria.Keywords) != 1 {
			t.Fatalf("confirm: %+v %v", st, err)
		}
	}

	rep, err = s.Digest(ctx)
	if err != nil || rep.Active != 1 || rep.Sent != 1 {
		t.Fatalf("first digest: %+v %v", rep, err)
	}
	sent = env.Sent(t)
	if len(sent) != 2 {
		t.Fatalf("%d mails after the digest, want 2", len(sent))
	}
	// The digest is the mail that is not the confirmation: two mails
	// written within one tick of the file system's clock may come back
	// in either order.
	dg := sent[1]
	if strings.Contains(dg.Subject, "확인") {
		dg = sent[0]
	}
	if dg.To != Planted || !strings.Contains(dg.Text, "2026년 정보공개 추진계획") || strings.Contains(dg.Text, "2025년") || strings.Contains(dg.Text, "도로 보수") {
		t.Fatalf("digest:\n%s", dg.Text)
	}
	// The HTML alternative says the same, every value escaped.
	for _, want := range []string{"2026년 정보공개 추진계획", "정보공개 &lt;심의&gt; &amp; 결과", `href="https://plaza.example.go.kr/?id=NEW-1&amp;org=6110000"`,
		`href="https://plaza.example.go.kr/?subscription=unsubscribe#token=`} {
		if !strings.Contains(dg.HTML, want) {
			t.Fatalf("digest HTML lacks %q:\n%s", want, dg.HTML)
		}
	}
	if !strings.Contains(dg.Text, "정보공개 <심의> & 결과") || strings.Contains(dg.HTML, "<심의>") || strings.Contains(dg.HTML, "2025년") {
		t.Fatalf("digest text or HTML:\n%s\n%s", dg.Text, dg.HTML)
	}
	oneClick := strings.Trim(header(dg, notify.ListUnsubscribe), "<>")
	if !strings.HasPrefix(oneClick, "https://plaza.example.go.kr/api/subscriptions/unsubscribe?token=") || header(dg, notify.ListUnsubscribePost) != notify.OneClickBody {
		t.Fatalf("digest headers: %+v", dg.Headers)
	}

	// A second run in the same week sends nothing, even days later.
	now = now.Add(72 * time.Hour) // Saturday
	rep, err = s.Digest(ctx)
	if err != nil || rep.Sent != 0 || rep.AlreadySent != 1 || len(env.Sent(t)) != 2 {
		t.Fatalf("second run in the week: %+v %v, %d mails", rep, err, len(env.Sent(t)))
	}

	// No address in what is stored, logged or reported.
	repJSON, _ := json.Marshal(rep)
	for what, b := range map[string][]byte{"stored": env.Stored(t), "logs": logs.Bytes(), "report": repJSON} {
		if bytes.Contains(bytes.ToLower(b), []byte(strings.ToLower(Planted))) || bytes.Contains(b, []byte("planted.citizen")) {
			t.Fatalf("the address is in the %s:\n%s", what, b)
		}
	}
	if len(env.Stored(t)) == 0 {
		t.Fatal("nothing stored: the leak check above checked nothing")
	}

	// One click unsubscribes: the record and its sealed address are gone.
	u, _ := url.Parse(oneClick)
	st, err := s.Unsubscribe(ctx, u.Query().Get("token"))
	if err != nil || st.State != "unsubscribed" {
		t.Fatalf("unsubscribe: %+v %v", st, err)
	}
	if b := env.Stored(t); len(b) != 0 {
		t.Fatalf("after unsubscribing, still stored: %s", b)
	}
	if _, err := s.Unsubscribe(ctx, u.Query().Get("token")); err != nil {
		t.Fatalf("unsubscribing twice: %v", err)
	}
	if _, err := s.Unsubscribe(ctx, confirm); !errors.Is(err, subscription.ErrBadToken) {
		t.Fatalf("a confirmation token unsubscribed: %v", err)
	}
	now = now.Add(7 * 24 * time.Hour)
	if rep, err := s.Digest(ctx); err != nil || rep.Active != 0 || len(env.Sent(t)) != 2 {
		t.Fatalf("the next week after unsubscribing: %+v %v", rep, err)
	}
}
