package notify_test

import (
	"context"
	"errors"
	"testing"

	"github.com/seoul-plaza/plaza/shared/notify"
)

type fakeMailer struct {
	sent []notify.Mail
	err  error
}

func (f *fakeMailer) Send(_ context.Context, m notify.Mail) error {
	if f.err != nil {
		return f.err
	}
	f.sent = append(f.sent, m)
	return nil
}

type fakeTexter struct {
	sent []notify.SMS
	err  error
}

func (f *fakeTexter) Send(_ context.Context, s notify.SMS) error {
	if f.err != nil {
		return f.err
	}
	f.sent = append(f.sent, s)
	return nil
}

func TestDecodeRequests(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		count int
		err   bool
	}{
		{"bare", `{"mail":{"to":"a@b.kr","subject":"s","text":"t","key":"k"}}`, 1, false},
		{"eventbridge", `{"detail-type":"Notification Requested","source":"plaza.inquiry","detail":{"sms":{"to":"010-1234-5678","text":"t","key":"k"}}}`, 1, false},
		{"sqs", `{"Records":[{"eventSource":"aws:sqs","body":"{\"mail\":{\"to\":\"a@b.kr\",\"subject\":\"s\",\"text\":\"t\"}}"},{"eventSource":"aws:sqs","body":"{\"sms\":{\"to\":\"010-1234-5678\",\"text\":\"t\"}}"}]}`, 2, false},
		{"schedule", `{"detail-type":"Scheduled Event","source":"aws.events","detail":{}}`, 0, true},
		{"empty", `{}`, 0, true},
		{"sqs garbage", `{"Records":[{"eventSource":"aws:sqs","body":"{}"}]}`, 0, true},
		{"not json", `nope`, 0, true},
	}
	for _, tc := range tests {
		reqs, err := notify.DecodeRequests([]byte(tc.in))
		if (err != nil) != tc.err || len(reqs) != tc.count {
			t.Errorf("%s: %d requests, err %v", tc.name, len(reqs), err)
		}
		if err != nil && !errors.Is(err, notify.ErrBadRequest) {
			t.Errorf("%s: error %v does not wrap ErrBadRequest", tc.name, err)
		}
	}
}

func TestSenderFallsBackOnPermanentFailure(t *testing.T) {
	m := &fakeMailer{err: notify.Permanent(errors.New("bounced"))}
	x := &fakeTexter{}
	s := notify.Sender{Mailer: m, Texter: x}
	req := `{"mail":{"to":"a@b.kr","subject":"s","text":"t","key":"inquiry/Q1/answered/1"},"sms":{"to":"010-1234-5678","text":"답변 등록","key":"inquiry/Q1/answered/1"}}`
	if err := s.Handle(context.Background(), []byte(req)); err != nil {
		t.Fatalf("a permanent mail failure made the request fail: %v", err)
	}
	if len(x.sent) != 1 || x.sent[0].Text != "답변 등록" {
		t.Fatalf("SMS not sent after the mail bounced: %+v", x.sent)
	}
	// A transient failure is returned, for Lambda to retry.
	x.err = errors.New("throttled")
	if err := s.Handle(context.Background(), []byte(req)); err == nil {
		t.Fatal("transient failure swallowed")
	}
	// No texter: an SMS request cannot be served.
	s.Texter = nil
	if err := s.Send(context.Background(), notify.Request{SMS: &notify.SMS{To: "010-1234-5678", Text: "t"}}); err == nil {
		t.Fatal("SMS without a texter succeeded")
	}
}
