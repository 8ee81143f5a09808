package outbox_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/notify/outbox"
)

func TestMailRoundTrip(t *testing.T) {
	dir := t.TempDir()
	m, err := outbox.NewMailer(dir, "no-reply@plaza.seoul.go.kr")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("정보공개 청구에 대한 답변입니다. ", 80) // lines over 998 bytes must be wrapped
	mail := notify.Mail{
		To:      "citizen@example.com",
		Subject: "[서울시 정보소통광장] 질문에 답변이 등록되었습니다 (Q-2014-0001)",
		Text:    "홍길동 님,\n\n답변: " + long + "\n추적: https://plaza.seoul.go.kr/inquiries/Q-2014-0001?token=abc",
		HTML:    "<p>홍길동 님,</p><p>&lt;script&gt; 답변</p>",
		Key:     "inquiry/Q-2014-0001/answered/3",
		Headers: notify.OneClick("https://plaza.seoul.go.kr/api/subscriptions/unsubscribe?token=t"),
	}
	if err := m.Send(context.Background(), mail); err != nil {
		t.Fatal(err)
	}
	mails, texts, err := outbox.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(mails) != 1 || len(texts) != 0 {
		t.Fatalf("%d mails, %d texts", len(mails), len(texts))
	}
	got := mails[0]
	if !reflect.DeepEqual(got.Mail, mail) {
		t.Fatalf("read back\n got %+v\nwant %+v", got.Mail, mail)
	}
	if got.From != "no-reply@plaza.seoul.go.kr" || got.Date.IsZero() {
		t.Fatalf("from %q date %v", got.From, got.Date)
	}
	raw, err := os.ReadFile(got.File)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(raw), "\r\n") {
		if len(line) > 998 {
			t.Fatalf("line %d is %d bytes, over RFC 5322's limit", i, len(line))
		}
	}
	if strings.Contains(string(raw), "홍길동") {
		t.Fatal("8-bit text in the message; it must be encoded")
	}
	if filepath.Base(got.File) != "inquiry_Q-2014-0001_answered_3-"+filepath.Base(got.File)[len("inquiry_Q-2014-0001_answered_3-"):] {
		t.Fatalf("file name %s", got.File)
	}
}

func TestIdempotentByKey(t *testing.T) {
	dir := t.TempDir()
	m, _ := outbox.NewMailer(dir, "no-reply@plaza.seoul.go.kr")
	tx, _ := outbox.NewTexter(dir)
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			mail := notify.Mail{To: "a@example.com", Subject: "접수", Text: "접수되었습니다", Key: "inquiry/Q1/received/1"}
			if i > 0 {
				mail.Text = "a later duplicate must not replace the first"
			}
			if err := m.Send(ctx, mail); err != nil {
				t.Error(err)
			}
		}()
		go func() {
			defer wg.Done()
			if err := tx.Send(ctx, notify.SMS{To: "010-1234-5678", Text: "접수되었습니다", Key: "inquiry/Q1/received/1"}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	// Another key is another message; no key dedups on content.
	if err := tx.Send(ctx, notify.SMS{To: "010-1234-5678", Text: "답변 등록", Key: "inquiry/Q1/answered/2"}); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := tx.Send(ctx, notify.SMS{To: "010-9999-0000", Text: "키 없음"}); err != nil {
			t.Fatal(err)
		}
	}
	mails, texts, err := outbox.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(mails) != 1 || len(texts) != 3 {
		t.Fatalf("%d mails and %d texts, want 1 and 3", len(mails), len(texts))
	}
	if mails[0].Text != "접수되었습니다" && mails[0].Text != "a later duplicate must not replace the first" {
		t.Fatalf("mail text %q", mails[0].Text)
	}
	byKey := map[string]outbox.Text{}
	for _, x := range texts {
		byKey[x.Key] = x
	}
	if x := byKey["inquiry/Q1/received/1"]; x.To != "+821012345678" || x.Text != "접수되었습니다" {
		t.Fatalf("SMS %+v", x)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".tmp-*"))
	if len(leftovers) != 0 {
		t.Fatalf("temporary files left: %v", leftovers)
	}
}

func TestRejectsBadMessages(t *testing.T) {
	dir := t.TempDir()
	m, _ := outbox.NewMailer(dir, "no-reply@plaza.seoul.go.kr")
	tx, _ := outbox.NewTexter(dir)
	if err := m.Send(context.Background(), notify.Mail{To: "x", Subject: "s", Text: "t"}); !errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("bad address: %v", err)
	}
	if err := tx.Send(context.Background(), notify.SMS{To: "call me", Text: "t"}); !errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("bad phone: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("rejected messages written: %v", entries)
	}
}

func TestFileName(t *testing.T) {
	if got := outbox.FileName("plain-key_1.2"); got != "plain-key_1.2" {
		t.Fatalf("safe key changed: %s", got)
	}
	a, b := outbox.FileName("a/b"), outbox.FileName("a_b")
	if a == b {
		t.Fatalf("distinct keys share a file: %s", a)
	}
	for _, k := range []string{"../../etc/passwd", "..", strings.Repeat("x", 500), "질문/1"} {
		n := outbox.FileName(k)
		if strings.ContainsAny(n, "/\\") || strings.HasPrefix(n, ".") || len(n) > 120 {
			t.Fatalf("FileName(%q) = %q", k, n)
		}
	}
}
