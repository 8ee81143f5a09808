package dynamodb_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	awsddb "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	awskms "github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/seoul-plaza/plaza/shared/api"
	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
	"github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
	"github.com/seoul-plaza/plaza/shared/inquiry/kms"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/notify/ses"
	"github.com/seoul-plaza/plaza/shared/notify/sns"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

func open(t *testing.T, srv *awstest.Server) *dynamodb.Store {
	t.Helper()
	client := awsddb.NewFromConfig(srv.Config)
	table := awstest.Name("plaza-inquiries")
	if err := dynamodb.CreateTable(context.Background(), client, table); err != nil {
		t.Fatal(err)
	}
	return dynamodb.New(client, table)
}

func TestStore(t *testing.T) {
	srv := moto.Get(t)
	inquirytest.Run(t, func(t *testing.T) inquirytest.Store { return open(t, srv) })
}

func newKey(t *testing.T, srv *awstest.Server) string {
	t.Helper()
	out, err := awskms.NewFromConfig(srv.Config).CreateKey(context.Background(), &awskms.CreateKeyInput{Description: aws.String("plaza inquiries test")})
	if err != nil {
		t.Fatal(err)
	}
	return *out.KeyMetadata.KeyId
}

// TestFlowAWS is the whole flow on the AWS adapters: DynamoDB store, KMS
// sealer, SES mail and SNS SMS, all against moto_server.
func TestFlowAWS(t *testing.T) {
	srv := moto.Get(t)
	inquirytest.Flow(t, awsEnv(t, srv))
}

// TestOrgsAWS keeps two organizations with the same department and
// document id apart on the AWS adapters.
func TestOrgsAWS(t *testing.T) {
	srv := moto.Get(t)
	inquirytest.Orgs(t, awsEnv(t, srv))
}

func awsEnv(t *testing.T, srv *awstest.Server) inquirytest.Env {
	t.Helper()
	ctx := context.Background()
	from := awstest.Name("noreply") + "@plaza.example"
	sesClient := sesv2.NewFromConfig(srv.Config)
	if _, err := sesClient.CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String(from)}); err != nil {
		t.Fatal(err)
	}
	// SMS carry no sender to tell tests apart; count only those sent after
	// this point, so the test also holds when run again (-count) on the
	// same server.
	before, err := srv.Models(ctx, "sns", "SMS")
	if err != nil {
		t.Fatal(err)
	}
	return inquirytest.Env{
		Serve: func(s *inquiry.Service, v auth.Verifier, addr func(*http.Request) string) http.Handler {
			return api.New(api.Deps{Inquiries: s, Auth: v, DefaultOrg: inquirytest.Org, ClientAddr: addr})
		},
		Store:  open(t, srv),
		Sealer: kms.NewFromConfig(srv.Config, newKey(t, srv)),
		Mailer: ses.New(sesClient, from, ""),
		Texter: sns.NewFromConfig(srv.Config, "PLAZA"),
		Sent: func(t *testing.T) inquirytest.Sent {
			t.Helper()
			var s inquirytest.Sent
			mails, err := srv.Models(ctx, "ses", "Message")
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range mails {
				if m["source"] != from {
					continue // another test's mail on the shared server
				}
				for _, to := range destinations(m["destinations"]) {
					s.Mails = append(s.Mails, inquirytest.SentMail{To: to, Subject: fmt.Sprint(m["subject"]), Body: fmt.Sprint(m["body"])})
				}
			}
			texts, err := srv.Models(ctx, "sns", "SMS")
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range texts[min(len(before), len(texts)):] {
				s.SMS = append(s.SMS, inquirytest.SentSMS{To: fmt.Sprint(x["phone_number"]), Text: fmt.Sprint(x["message"])})
			}
			return s
		},
	}
}

// destinations reads moto's destinations attribute ({"ToAddresses": [...]}).
func destinations(v any) []string {
	var out []string
	switch d := v.(type) {
	case map[string]any:
		for _, k := range []string{"ToAddresses", "to_addresses"} {
			if list, ok := d[k].([]any); ok {
				for _, a := range list {
					out = append(out, fmt.Sprint(a))
				}
			}
		}
	case []any:
		for _, a := range d {
			out = append(out, fmt.Sprint(a))
		}
	}
	return out
}

func TestStreamRefs(t *testing.T) {
	s := func(v string) events.DynamoDBAttributeValue { return events.NewStringAttribute(v) }
	ev := events.DynamoDBEvent{Records: []events.DynamoDBEventRecord{
		{EventName: "INSERT", Change: events.DynamoDBStreamRecord{Keys: map[string]events.DynamoDBAttributeValue{"pk": s("INQ#Q-20261127-AAAAAAAAAA"), "sk": s("EVT#answered/3")}}},
		{EventName: "INSERT", Change: events.DynamoDBStreamRecord{Keys: map[string]events.DynamoDBAttributeValue{"pk": s("INQ#Q-20261127-AAAAAAAAAA"), "sk": s("INQ")}}},
		{EventName: "MODIFY", Change: events.DynamoDBStreamRecord{Keys: map[string]events.DynamoDBAttributeValue{"pk": s("INQ#Q-20261127-AAAAAAAAAA"), "sk": s("EVT#received/1")}}},
		{EventName: "INSERT", Change: events.DynamoDBStreamRecord{Keys: map[string]events.DynamoDBAttributeValue{"pk": s("MSG#x"), "sk": s("MSG")}}},
	}}
	got := dynamodb.StreamRefs(ev)
	if len(got) != 1 || got[0] != (inquiry.Ref{Inquiry: "Q-20261127-AAAAAAAAAA", Key: "answered/3"}) {
		t.Fatalf("refs %+v", got)
	}
}

// TestStreamDelivery is the AWS path: the API stores the inquiry with its
// event and sends nothing; the stream hands the inserted event to the
// notify function, which sends it once however often it is redelivered.
func TestStreamDelivery(t *testing.T) {
	srv := moto.Get(t)
	env := awsEnv(t, srv)
	env.NoDispatch = true
	h := inquirytest.NewHarness(t, env)
	id, _ := h.Ask(t, inquirytest.Question(inquirytest.DocInfo, "정보공개 추진계획의 세부 일정을 알고 싶습니다.", "stream@example.com", "", ""))
	if n := len(env.Sent(t).MailsTo("stream@example.com")); n != 0 {
		t.Fatalf("the API sent %d mails itself", n)
	}
	s := func(v string) events.DynamoDBAttributeValue { return events.NewStringAttribute(v) }
	rec := func(seq, sk string) events.DynamoDBEventRecord {
		return events.DynamoDBEventRecord{EventName: "INSERT", Change: events.DynamoDBStreamRecord{SequenceNumber: seq,
			Keys: map[string]events.DynamoDBAttributeValue{"pk": s("INQ#" + id), "sk": s(sk)}}}
	}
	batch := events.DynamoDBEvent{Records: []events.DynamoDBEventRecord{rec("1", "INQ"), rec("2", "EVT#received/1"), rec("3", "EVT#gone/9")}}
	handle := dynamodb.StreamHandler(h.Notifier)
	for range 2 { // a redelivered batch sends nothing twice
		resp, err := handle(context.Background(), batch)
		if err != nil || len(resp.BatchItemFailures) != 0 {
			t.Fatalf("stream: %+v %v", resp, err)
		}
	}
	if n := len(env.Sent(t).MailsTo("stream@example.com")); n != 1 {
		t.Fatalf("citizen got %d mails, want 1", n)
	}
	if n := len(env.Sent(t).MailsTo("info.officer1@seoul-city.example")); n < 1 {
		t.Fatal("officer not told")
	}
}

type downMailer struct{}

func (downMailer) Send(context.Context, notify.Mail) error { return errors.New("SES throttled") }

func TestStreamReportsTheFirstFailure(t *testing.T) {
	srv := moto.Get(t)
	env := awsEnv(t, srv)
	env.NoDispatch = true
	env.Mailer = downMailer{}
	h := inquirytest.NewHarness(t, env)
	id, _ := h.Ask(t, inquirytest.Question(inquirytest.DocInfo, "정보공개 추진계획의 예산을 알고 싶습니다.", "down@example.com", "", ""))
	s := events.NewStringAttribute
	batch := events.DynamoDBEvent{Records: []events.DynamoDBEventRecord{
		{EventName: "INSERT", Change: events.DynamoDBStreamRecord{SequenceNumber: "7", Keys: map[string]events.DynamoDBAttributeValue{"pk": s("INQ#" + id), "sk": s("EVT#received/1")}}},
	}}
	resp, err := dynamodb.StreamHandler(h.Notifier)(context.Background(), batch)
	if err != nil || len(resp.BatchItemFailures) != 1 || resp.BatchItemFailures[0].ItemIdentifier != "7" {
		t.Fatalf("failure report %+v %v", resp, err)
	}
	if pend, _ := env.Store.Pending(context.Background(), 10); len(pend) != 1 {
		t.Fatalf("the event is not pending: %+v", pend)
	}
}
