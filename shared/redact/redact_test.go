package redact

import (
	"strings"
	"testing"
)

func TestRedactV1(t *testing.T) {
	r := New()
	cases := []struct {
		in, want string
		types    []string
	}{
		{"주민등록번호 900101-1234567 입니다", "주민등록번호 900101-1****** 입니다", []string{TypeRRN}},
		{"연락처 010-1234-5678.", "연락처 010-****-5678.", []string{TypeMobile}},
		{"메일 hong@example.org 로", "메일 h***@example.org 로", []string{TypeEmail}},
		{"２０２１년 ９００１０１－１２３４５６７", "２０２１년 900101-1******", []string{TypeRRN}},
		{"010 1234 5678", "010-****-5678", []string{TypeMobile}},
		{"01012345678", "010-****-5678", []string{TypeMobile}},
		{"+82-10-1234-5678", "010-****-5678", []string{TypeMobile}},
		{"011-123-4567", "011-***-4567", []string{TypeMobile}},
		{"9001011234567", "900101-1******", []string{TypeRRN}},
		{"외국인 900101-5234567", "외국인 900101-5******", []string{TypeFRN}},
		// New-style RRN without valid checksum is still masked.
		{"201015-3000000", "201015-3******", []string{TypeRRN}},
		// Invalid date: not a resident number.
		{"901301-1234567", "901301-1234567", nil},
		{"정보공개정책과-1234 법률 제12345호 2014. 3. 1.", "정보공개정책과-1234 법률 제12345호 2014. 3. 1.", nil},
	}
	for _, c := range cases {
		res := r.Redact(c.in, Options{})
		if res.Text != c.want {
			t.Errorf("Redact(%q) = %q, want %q", c.in, res.Text, c.want)
		}
		var got []string
		for _, f := range res.Findings {
			got = append(got, f.Type)
			if f.Start < 0 || f.End > len(c.in) || f.Start >= f.End {
				t.Errorf("Redact(%q): bad offsets %+v", c.in, f)
			}
		}
		if strings.Join(got, ",") != strings.Join(c.types, ",") {
			t.Errorf("Redact(%q) types = %v, want %v", c.in, got, c.types)
		}
	}
}

func TestOffsetsMapToOriginal(t *testing.T) {
	in := "번호: ９００１０１－１２３４５６７ 끝"
	res := New().Redact(in, Options{})
	if len(res.Findings) != 1 {
		t.Fatalf("findings = %+v", res.Findings)
	}
	f := res.Findings[0]
	if got := in[f.Start:f.End]; got != "９００１０１－１２３４５６７" {
		t.Errorf("span = %q", got)
	}
}
