package notify_test

import (
	"errors"
	"testing"

	"github.com/seoul-plaza/plaza/shared/notify"
)

func TestE164(t *testing.T) {
	tests := []struct{ in, want string }{
		{"010-1234-5678", "+821012345678"},
		{"010 1234 5678", "+821012345678"},
		{"02-2133-0114", "+82221330114"},
		{"+82 10-1234-5678", "+821012345678"},
		{"+1 (206) 555-0100", "+12065550100"},
	}
	for _, tc := range tests {
		got, err := notify.E164(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("E164(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "1234", "010-1234-567a", "12345678", "+82+10", "010\n1234"} {
		if _, err := notify.E164(bad); !errors.Is(err, notify.ErrPermanent) {
			t.Errorf("E164(%q): %v, want ErrPermanent", bad, err)
		}
	}
}

func TestValidate(t *testing.T) {
	ok := notify.Mail{To: "citizen@example.com", Subject: "[서울시] 질문 접수", Text: "접수되었습니다.", Key: "k"}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, m := range []notify.Mail{
		{To: "nobody", Subject: "s", Text: "t"},
		{To: "a@b.c\r\nBcc: x@y.z", Subject: "s", Text: "t"},
		{To: "a@b.c", Subject: "s\r\nBcc: x@y.z", Text: "t"},
		{To: "a@b.c", Subject: "s", Text: " "},
	} {
		if err := m.Validate(); !errors.Is(err, notify.ErrPermanent) {
			t.Errorf("%+v: %v, want ErrPermanent", m, err)
		}
	}
	if err := (notify.SMS{To: "010-1234-5678", Text: "답변이 등록되었습니다."}).Validate(); err != nil {
		t.Fatal(err)
	}
	if err := (notify.SMS{To: "010-1234-5678"}).Validate(); !errors.Is(err, notify.ErrPermanent) {
		t.Fatalf("empty SMS: %v", err)
	}
}
