package inquiry_test

import (
	"path/filepath"
	"testing"

	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/inquiry/bolt"
	"github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
	"github.com/seoul-plaza/plaza/shared/notify/outbox"
)

// localEnv is the one-machine stack: bbolt, a local key file, the outbox.
func localEnv(t testing.TB) inquirytest.Env {
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
	return inquirytest.Env{Store: st, Sealer: sealer, Mailer: mailer, Texter: texter, Sent: func(t *testing.T) inquirytest.Sent {
		t.Helper()
		mails, texts, err := outbox.Read(box)
		if err != nil {
			t.Fatal(err)
		}
		var s inquirytest.Sent
		for _, m := range mails {
			s.Mails = append(s.Mails, inquirytest.SentMail{To: m.To, Subject: m.Subject, Body: m.Text + "\n" + m.HTML})
		}
		for _, x := range texts {
			s.SMS = append(s.SMS, inquirytest.SentSMS{To: x.To, Text: x.Text})
		}
		return s
	}}
}

func TestFlowLocal(t *testing.T) { inquirytest.Flow(t, localEnv(t)) }
