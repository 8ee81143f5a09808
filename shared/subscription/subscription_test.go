package subscription_test

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/inquiry"
	inqbolt "github.com/seoul-plaza/plaza/shared/inquiry/bolt"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/notify/outbox"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/signed"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
	"github.com/seoul-plaza/plaza/shared/subscription"
	"github.com/seoul-plaza/plaza/shared/subscription/subscriptiontest"
)

// TestFlowOnOneMachine runs the scenario on the local adapters: a
// folder, the bbolt inquiry store for claims, the outbox.
func TestFlowOnOneMachine(t *testing.T) {
	dir := t.TempDir()
	st, err := localfs.New(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := inqbolt.Open(filepath.Join(dir, "inquiries.db"), inqbolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer claims.Close()
	sealer, _ := inquiry.NewLocal(bytes.Repeat([]byte{3}, 32))
	blinder, _ := inquiry.NewBlinder(bytes.Repeat([]byte{4}, 32))
	signer, _ := signed.New(bytes.Repeat([]byte{5}, 32), nil)
	box := filepath.Join(dir, "outbox")
	mailer, err := outbox.NewMailer(box, "noreply@plaza.local")
	if err != nil {
		t.Fatal(err)
	}
	subscriptiontest.Flow(t, subscriptiontest.Env{
		Deps: subscription.Deps{Store: st, Bucket: "work", Sealer: sealer, Blinder: blinder, Signer: signer,
			Mailer: mailer, Claims: claims, Counter: claims},
		Sent: func(t *testing.T) []notify.Mail {
			mails, _, err := outbox.Read(box)
			if err != nil {
				t.Fatal(err)
			}
			out := make([]notify.Mail, len(mails))
			for i, m := range mails {
				out[i] = m.Mail
			}
			return out
		},
		Stored: func(t *testing.T) []byte {
			var all []byte
			filepath.WalkDir(filepath.Join(dir, "work", subscription.Prefix), func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					b, _ := os.ReadFile(p)
					all = append(all, b...)
				}
				return nil
			})
			return all
		},
	})
	// The digest went into the outbox as one multipart/alternative
	// message, plain text first, with the one-click headers on it.
	mails, _, err := outbox.Read(box)
	if err != nil {
		t.Fatal(err)
	}
	var raw string
	for _, m := range mails {
		if strings.HasPrefix(m.Key, "digest/") {
			b, err := os.ReadFile(m.File)
			if err != nil {
				t.Fatal(err)
			}
			raw = string(b)
		}
	}
	head, _, _ := strings.Cut(raw, "\r\n\r\n")
	plain, html := strings.Index(raw, "Content-Type: text/plain"), strings.Index(raw, "Content-Type: text/html")
	if !strings.Contains(head, "Content-Type: multipart/alternative; boundary=") || plain < 0 || html < plain ||
		!strings.Contains(head, "List-Unsubscribe: <https://") || !strings.Contains(head, "List-Unsubscribe-Post: List-Unsubscribe=One-Click") {
		t.Fatalf("the digest's message:\n%s", raw)
	}
}

// TestConfirmationFromTheRecordsEvent is the AWS split: the api stores
// the request without a mailer, and the notify function sends the
// confirmation on the record's object event, once however often the
// event comes.
func TestConfirmationFromTheRecordsEvent(t *testing.T) {
	dir := t.TempDir()
	st, _ := localfs.New(dir, nil)
	claims, err := inqbolt.Open(filepath.Join(dir, "inquiries.db"), inqbolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer claims.Close()
	sealer, _ := inquiry.NewLocal(bytes.Repeat([]byte{3}, 32))
	blinder, _ := inquiry.NewBlinder(bytes.Repeat([]byte{4}, 32))
	signer, _ := signed.New(bytes.Repeat([]byte{5}, 32), nil)
	box := filepath.Join(dir, "outbox")
	mailer, _ := outbox.NewMailer(box, "noreply@plaza.local")
	deps := subscription.Deps{Store: st, Bucket: "work", Sealer: sealer, Blinder: blinder, Signer: signer, Claims: claims, PortalURL: "https://p.example"}
	api := subscription.New(deps)
	deps.Mailer = mailer
	notifier := subscription.New(deps)
	ctx := t.Context()
	if err := api.Subscribe(ctx, subscription.Request{Email: "a@example.org", ConsentVersion: subscription.ConsentVersion,
		Criteria: subscription.Criteria{Organizations: []string{"6110000"}}}); err != nil {
		t.Fatal(err)
	}
	count := func() int { m, _, _ := outbox.Read(box); return len(m) }
	if count() != 0 {
		t.Fatal("the api sent mail")
	}
	var key string
	filepath.WalkDir(filepath.Join(dir, "work"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(filepath.Join(dir, "work"), p)
			key = filepath.ToSlash(rel)
		}
		return nil
	})
	for range 2 {
		if err := notifier.Deliver(ctx, key); err != nil {
			t.Fatal(err)
		}
	}
	if err := notifier.Deliver(ctx, "leaks/x.json"); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 1 {
		t.Fatalf("%d confirmations, want 1", n)
	}
}

// TestPurgeUnconfirmed: a request never confirmed is deleted after
// ConfirmTTL, sealed address and all, and not before.
func TestPurgeUnconfirmed(t *testing.T) {
	dir := t.TempDir()
	st, _ := localfs.New(dir, nil)
	sealer, _ := inquiry.NewLocal(bytes.Repeat([]byte{3}, 32))
	blinder, _ := inquiry.NewBlinder(bytes.Repeat([]byte{4}, 32))
	signer, _ := signed.New(bytes.Repeat([]byte{5}, 32), nil)
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	s := subscription.New(subscription.Deps{Store: st, Bucket: "work", Sealer: sealer, Blinder: blinder, Signer: signer,
		Now: func() time.Time { return now }})
	ctx := t.Context()
	for _, a := range []string{"never@example.org", "later@example.org"} {
		if err := s.Subscribe(ctx, subscription.Request{Email: a, ConsentVersion: subscription.ConsentVersion,
			Criteria: subscription.Criteria{Keywords: []string{"예산"}}}); err != nil {
			t.Fatal(err)
		}
	}
	files := func() int {
		n := 0
		filepath.WalkDir(filepath.Join(dir, "work"), func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				n++
			}
			return nil
		})
		return n
	}
	if n, err := s.Purge(ctx); n != 0 || err != nil || files() != 2 {
		t.Fatalf("fresh requests purged: %d %v", n, err)
	}
	now = now.Add(subscription.ConfirmTTL + time.Hour)
	if n, err := s.Purge(ctx); n != 2 || err != nil || files() != 0 {
		t.Fatalf("stale requests: purged %d %v, %d left", n, err, files())
	}
}

// deptSearch answers as the index does for the digest's queries: text,
// organization and department filters, approved since From.
type deptSearch struct{ hits []search.Hit }

func (f deptSearch) Search(_ context.Context, q search.Query) (search.Result, error) {
	var out []search.Hit
	for _, h := range f.hits {
		if !h.ApprovedAt.Before(q.From) && (q.Text == "" || strings.Contains(h.Title, q.Text)) &&
			(q.Org == "" || q.Org == h.Org) && (q.Department == "" || q.Department == h.DepartmentCode) {
			out = append(out, h)
		}
	}
	return search.Result{Total: len(out), Items: out}, nil
}

// TestDigestHonoursDepartmentsAndOrganizations: GIVEN one subscriber of
// a department and one of a whole organization, WHEN the digest runs,
// THEN each gets the documents of what they follow only; a department
// code is its organization's (1100123 of Gangnam is not City Hall's).
func TestDigestHonoursDepartmentsAndOrganizations(t *testing.T) {
	dir := t.TempDir()
	st, _ := localfs.New(dir, nil)
	claims, err := inqbolt.Open(filepath.Join(dir, "inquiries.db"), inqbolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer claims.Close()
	sealer, _ := inquiry.NewLocal(bytes.Repeat([]byte{3}, 32))
	blinder, _ := inquiry.NewBlinder(bytes.Repeat([]byte{4}, 32))
	signer, _ := signed.New(bytes.Repeat([]byte{5}, 32), nil)
	box := filepath.Join(dir, "outbox")
	mailer, _ := outbox.NewMailer(box, "noreply@plaza.local")
	now := time.Date(2026, 12, 9, 1, 0, 0, 0, time.UTC)
	s := subscription.New(subscription.Deps{Store: st, Bucket: "work", Sealer: sealer, Blinder: blinder, Signer: signer,
		Mailer: mailer, Claims: claims, PortalURL: "https://p.example", Now: func() time.Time { return now },
		Search: deptSearch{hits: []search.Hit{
			{Org: "6110000", ID: "CITY-INFO", Title: "시청 정보공개정책과 문서", DepartmentCode: "1100123", ApprovedAt: now.Add(-time.Hour)},
			{Org: "6110000", ID: "CITY-ROAD", Title: "시청 도로관리과 문서", DepartmentCode: "1100200", ApprovedAt: now.Add(-2 * time.Hour)},
			{Org: "3220000", ID: "GANGNAM-INFO", Title: "강남구 같은 부서 코드 문서", DepartmentCode: "1100123", ApprovedAt: now.Add(-3 * time.Hour)},
		}}})
	ctx := t.Context()
	subscribe := func(addr string, c subscription.Criteria) {
		t.Helper()
		if err := s.Subscribe(ctx, subscription.Request{Email: addr, ConsentVersion: subscription.ConsentVersion, Criteria: c}); err != nil {
			t.Fatal(err)
		}
		mails, _, _ := outbox.Read(box)
		for _, m := range mails {
			if m.To == addr && strings.Contains(m.Key, "/confirm/") {
				_, tok, _ := strings.Cut(m.Text, "#token=")
				tok, _, _ = strings.Cut(tok, "\n")
				tok, _ = url.QueryUnescape(tok)
				if st, err := s.Confirm(ctx, tok); err != nil || st.State != "active" {
					t.Fatalf("confirm %s: %+v %v", addr, st, err)
				}
			}
		}
	}
	subscribe("dept@example.org", subscription.Criteria{Departments: []subscription.Department{{Org: "6110000", Code: "1100123"}}})
	subscribe("org@example.org", subscription.Criteria{Organizations: []string{"3220000"}})
	rep, err := s.Digest(ctx)
	if err != nil || rep.Active != 2 || rep.Sent != 2 {
		t.Fatalf("digest: %+v %v", rep, err)
	}
	mails, _, _ := outbox.Read(box)
	got := map[string][]string{}
	for _, m := range mails {
		if !strings.HasPrefix(m.Key, "digest/") {
			continue
		}
		for _, id := range []string{"CITY-INFO", "CITY-ROAD", "GANGNAM-INFO"} {
			if strings.Contains(m.Text, "id="+id+"&") && strings.Contains(m.HTML, "id="+id+"&amp;") {
				got[m.To] = append(got[m.To], id)
			}
		}
	}
	if strings.Join(got["dept@example.org"], ",") != "CITY-INFO" || strings.Join(got["org@example.org"], ",") != "GANGNAM-INFO" {
		t.Fatalf("digests: %v", got)
	}
}
