package sns_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/notify/sns"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

func TestSendSMS(t *testing.T) {
	srv := moto.Get(t)
	ctx := context.Background()
	tx := sns.NewFromConfig(srv.Config, "SEOUL")
	text := "[서울시] 질문(Q-1)에 답변이 등록되었습니다. " + awstest.Name("t")
	if err := tx.Send(ctx, notify.SMS{To: "010-1234-5678", Text: text, Key: "inquiry/Q-1/answered/2"}); err != nil {
		t.Fatal(err)
	}
	msgs, err := srv.Models(ctx, "sns", "SMS")
	if err != nil {
		t.Fatal(err)
	}
	var found []map[string]any
	for _, m := range msgs {
		if m["message"] == text {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		t.Fatalf("moto recorded %d SMS with the text, want 1 (all: %v)", len(found), msgs)
	}
	if found[0]["phone_number"] != "+821012345678" {
		t.Fatalf("sent to %v, want the E.164 form", found[0]["phone_number"])
	}
}

func TestBadNumbersArePermanent(t *testing.T) {
	srv := moto.Get(t)
	tx := sns.NewFromConfig(srv.Config, "")
	if err := tx.Send(context.Background(), notify.SMS{To: "1588-0000", Text: "x"}); !errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("number without a country: %v", err)
	}
	// SNS refuses an SMS over 1600 bytes; that does not get better on retry.
	long := make([]byte, 1700)
	for i := range long {
		long[i] = 'a'
	}
	err := tx.Send(context.Background(), notify.SMS{To: "+821012345678", Text: string(long)})
	if !errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("oversized SMS: %v, want ErrPermanent", err)
	}
}
