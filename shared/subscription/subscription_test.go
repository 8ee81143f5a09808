package subscription_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/inquiry"
	inqbolt "github.com/seoul-plaza/plaza/shared/inquiry/bolt"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/notify/outbox"
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
