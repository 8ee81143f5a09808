package ses_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/notify/ses"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

func sent(t *testing.T, srv *awstest.Server, subject string) []map[string]any {
	t.Helper()
	msgs, err := srv.Models(context.Background(), "ses", "Message")
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, m := range msgs {
		if m["subject"] == subject {
			out = append(out, m)
		}
	}
	return out
}

func TestSendThroughSES(t *testing.T) {
	srv := moto.Get(t)
	ctx := context.Background()
	client := sesv2.NewFromConfig(srv.Config)
	from := awstest.Name("noreply") + "@plaza.seoul.go.kr"
	if _, err := client.CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String(from)}); err != nil {
		t.Fatal(err)
	}
	m := ses.New(client, from, "")
	subject := "[서울시 정보소통광장] 질문이 접수되었습니다 " + awstest.Name("q")
	mail := notify.Mail{
		To: "citizen@example.com", Subject: subject,
		Text: "홍길동 님, 질문이 접수되었습니다.", HTML: "<p>홍길동 님, 질문이 접수되었습니다.</p>",
		Key: "inquiry/Q-1/received/1",
	}
	if err := m.Send(ctx, mail); err != nil {
		t.Fatal(err)
	}
	got := sent(t, srv, subject)
	if len(got) != 1 {
		t.Fatalf("moto recorded %d messages with the subject, want 1", len(got))
	}
	msg := got[0]
	if msg["source"] != from {
		t.Errorf("source %v, want %s", msg["source"], from)
	}
	if !strings.Contains(toString(msg["body"]), "질문이 접수되었습니다") {
		t.Errorf("body %v", msg["body"])
	}
	if !strings.Contains(toString(msg["destinations"]), "citizen@example.com") {
		t.Errorf("destinations %v", msg["destinations"])
	}

	// Text only works too.
	mail.HTML, mail.Subject = "", subject+" (text)"
	if err := m.Send(ctx, mail); err != nil {
		t.Fatal(err)
	}
	if got := sent(t, srv, mail.Subject); len(got) != 1 || !strings.Contains(toString(got[0]["body"]), "홍길동") {
		t.Fatalf("text-only mail: %v", got)
	}
}

func TestUnverifiedSenderIsPermanent(t *testing.T) {
	srv := moto.Get(t)
	m := ses.NewFromConfig(srv.Config, "nobody-verified-this@example.org", "")
	err := m.Send(context.Background(), notify.Mail{To: "citizen@example.com", Subject: "s", Text: "t", Key: "k"})
	if !errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("unverified sender: %v, want ErrPermanent", err)
	}
	if strings.Contains(err.Error(), "citizen@example.com") {
		t.Fatalf("error carries the full address: %v", err)
	}
	// Invalid mail never reaches SES.
	if err := m.Send(context.Background(), notify.Mail{To: "nobody", Subject: "s", Text: "t"}); !errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("bad address: %v", err)
	}
}

func TestTagValue(t *testing.T) {
	if got := ses.TagValue("inquiry/Q-1/answered/3"); got != "inquiry_Q-1_answered_3" {
		t.Fatalf("TagValue = %q", got)
	}
	if got := ses.TagValue(strings.Repeat("가", 300)); len(got) != 256 {
		t.Fatalf("long key gives %d characters", len(got))
	}
}

// toString flattens a moto model attribute (a string, list or map).
func toString(v any) string { return fmt.Sprint(v) }
