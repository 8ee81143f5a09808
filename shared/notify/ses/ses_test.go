package ses_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
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

// recorder keeps the bodies of the requests sent to moto, which records
// no header of simple content: the test reads what went on the wire.
type recorder struct {
	next   aws.HTTPClient
	bodies []string
}

func (r *recorder) Do(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		data, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, err
		}
		r.bodies = append(r.bodies, string(data))
		req.Body = io.NopCloser(bytes.NewReader(data))
	}
	return r.next.Do(req)
}

func TestOneClickUnsubscribeHeaders(t *testing.T) {
	srv := moto.Get(t)
	ctx := context.Background()
	cfg := srv.Config.Copy()
	rec := &recorder{next: awshttp.NewBuildableClient()}
	cfg.HTTPClient = rec
	client := sesv2.NewFromConfig(cfg)
	from := awstest.Name("digest") + "@plaza.seoul.go.kr"
	if _, err := client.CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String(from)}); err != nil {
		t.Fatal(err)
	}
	subject := "[정보소통광장] 주간 새 문서 " + awstest.Name("w")
	unsub := "https://plaza.seoul.go.kr/api/subscriptions/unsubscribe?token=abc.def"
	err := ses.New(client, from, "").Send(ctx, notify.Mail{To: "citizen@example.com", Subject: subject, Text: "새 문서",
		Key: "digest/S1/2026-W50", Headers: notify.OneClick(unsub)})
	if err != nil {
		t.Fatal(err)
	}
	if got := sent(t, srv, subject); len(got) != 1 {
		t.Fatalf("moto recorded %d messages, want 1", len(got))
	}
	var wire struct {
		Content struct {
			Simple struct {
				Headers []struct{ Name, Value string }
			}
		}
	}
	if err := json.Unmarshal([]byte(rec.bodies[len(rec.bodies)-1]), &wire); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, h := range wire.Content.Simple.Headers {
		got[h.Name] = h.Value
	}
	if got[notify.ListUnsubscribe] != "<"+unsub+">" || got[notify.ListUnsubscribePost] != notify.OneClickBody {
		t.Fatalf("headers sent to SES: %v", got)
	}
	// A header that could smuggle another field never leaves.
	bad := notify.Mail{To: "citizen@example.com", Subject: "s", Text: "t", Headers: []notify.Header{{Name: "List-Unsubscribe", Value: "<x>\r\nBcc: a@b.c"}}}
	if err := ses.New(client, from, "").Send(ctx, bad); !errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("header with a line break: %v", err)
	}
}
