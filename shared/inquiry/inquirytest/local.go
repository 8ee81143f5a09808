package inquirytest

import (
	"path/filepath"
	"testing"

	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/inquiry/bolt"
	"github.com/seoul-plaza/plaza/shared/notify/outbox"
)

// LocalEnv is the one-machine stack in a temporary folder: a bbolt store,
// a local key file, and the outbox for mail and SMS. Other packages' tests
// (the API's contract test) use its store and sealer; Serve is left to
// the caller.
func LocalEnv(t testing.TB) Env {
	t.Helper()
	dir := t.TempDir()
	st, err := bolt.Open(filepath.Join(dir, "inquiries.db"), bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	key, err := inquiry.LoadOrCreateKey(filepath.Join(dir, "keys", "inquiry.key"))
	if err != nil {
		t.Fatal(err)
	}
	sealer, err := inquiry.NewLocal(key)
	if err != nil {
		t.Fatal(err)
	}
	box := filepath.Join(dir, "outbox")
	mailer, err := outbox.NewMailer(box, "noreply@plaza.example")
	if err != nil {
		t.Fatal(err)
	}
	texter, err := outbox.NewTexter(box)
	if err != nil {
		t.Fatal(err)
	}
	return Env{Store: st, Sealer: sealer, Mailer: mailer, Texter: texter, Sent: func(t *testing.T) Sent {
		t.Helper()
		mails, texts, err := outbox.Read(box)
		if err != nil {
			t.Fatal(err)
		}
		var s Sent
		for _, m := range mails {
			s.Mails = append(s.Mails, SentMail{To: m.To, Subject: m.Subject, Body: m.Text + "\n" + m.HTML})
		}
		for _, x := range texts {
			s.SMS = append(s.SMS, SentSMS{To: x.To, Text: x.Text})
		}
		return s
	}}
}
