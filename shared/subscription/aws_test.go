package subscription_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	awsddb "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	awskms "github.com/aws/aws-sdk-go-v2/service/kms"
	awss3 "github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	inqddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
	"github.com/seoul-plaza/plaza/shared/inquiry/kms"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/notify/ses"
	"github.com/seoul-plaza/plaza/shared/signed"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/s3"
	"github.com/seoul-plaza/plaza/shared/subscription"
	"github.com/seoul-plaza/plaza/shared/subscription/subscriptiontest"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// wire keeps the SendEmail requests that reached moto, which records
// neither headers nor the text part of simple content.
type wire struct {
	next aws.HTTPClient
	mu   sync.Mutex
	sent []notify.Mail
}

func (w *wire) Do(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		var err error
		if body, err = io.ReadAll(req.Body); err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(body))
	}
	res, err := w.next.Do(req)
	if err != nil || res.StatusCode != http.StatusOK || !strings.HasSuffix(req.URL.Path, "/v2/email/outbound-emails") {
		return res, err
	}
	var in struct {
		Destination struct{ ToAddresses []string }
		Content     struct {
			Simple struct {
				Subject struct{ Data string }
				Body    struct{ Text, Html struct{ Data string } }
				Headers []notify.Header
			}
		}
	}
	if err := json.Unmarshal(body, &in); err == nil {
		w.mu.Lock()
		for _, to := range in.Destination.ToAddresses {
			c := in.Content.Simple
			w.sent = append(w.sent, notify.Mail{To: to, Subject: c.Subject.Data, Text: c.Body.Text.Data, HTML: c.Body.Html.Data, Headers: c.Headers})
		}
		w.mu.Unlock()
	}
	return res, err
}

// TestFlowAWS runs the scenario on the AWS adapters against moto_server:
// S3 for the records, DynamoDB for the claims, KMS sealing, SES mail.
func TestFlowAWS(t *testing.T) {
	srv := moto.Get(t)
	ctx := context.Background()
	bucket := awstest.Name("plaza-work")
	if _, err := awss3.NewFromConfig(srv.Config).CreateBucket(ctx, &awss3.CreateBucketInput{Bucket: aws.String(bucket),
		CreateBucketConfiguration: &s3types.CreateBucketConfiguration{LocationConstraint: s3types.BucketLocationConstraint(awstest.Region)}}); err != nil {
		t.Fatal(err)
	}
	table := awstest.Name("plaza-inquiries")
	ddb := awsddb.NewFromConfig(srv.Config)
	if err := inqddb.CreateTable(ctx, ddb, table); err != nil {
		t.Fatal(err)
	}
	claims := inqddb.New(ddb, table)
	key, err := awskms.NewFromConfig(srv.Config).CreateKey(ctx, &awskms.CreateKeyInput{})
	if err != nil {
		t.Fatal(err)
	}
	sealer := kms.NewFromConfig(srv.Config, *key.KeyMetadata.KeyId)
	blinder, err := inquiry.LoadBlinder(ctx, claims, sealer)
	if err != nil {
		t.Fatal(err)
	}
	is := func(target error) func(error) bool { return func(err error) bool { return errors.Is(err, target) } }
	signer, err := signed.Load(ctx, claims, sealer, is(inquiry.ErrNotFound), is(inquiry.ErrExists), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := srv.Config.Copy()
	w := &wire{next: awshttp.NewBuildableClient()}
	cfg.HTTPClient = w
	sesClient := sesv2.NewFromConfig(cfg)
	from := awstest.Name("digest") + "@plaza.example"
	if _, err := sesClient.CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String(from)}); err != nil {
		t.Fatal(err)
	}
	store := s3.NewFromConfig(srv.Config)
	subscriptiontest.Flow(t, subscriptiontest.Env{
		Deps: subscription.Deps{Store: store, Bucket: bucket, Sealer: sealer, Blinder: blinder, Signer: signer,
			Mailer: ses.New(sesClient, from, ""), Claims: claims, Counter: claims},
		Sent: func(t *testing.T) []notify.Mail {
			msgs, err := srv.Models(ctx, "ses", "Message")
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, m := range msgs {
				if m["source"] == from {
					n++
				}
			}
			w.mu.Lock()
			defer w.mu.Unlock()
			if n != len(w.sent) {
				t.Fatalf("moto recorded %d mails, the wire carried %d", n, len(w.sent))
			}
			return append([]notify.Mail(nil), w.sent...)
		},
		Stored: func(t *testing.T) []byte {
			var all []byte
			err := store.List(ctx, bucket, subscription.Prefix, func(in storage.Info) error {
				b, err := storage.ReadAll(ctx, store, bucket, in.Key, 1<<20)
				all = append(all, b...)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			return all
		},
	})
}
