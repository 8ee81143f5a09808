package verify

import "testing"

func TestCheck(t *testing.T) {
	v := New()
	cases := []struct {
		in    string
		doubt bool
	}{
		{"주민등록번호 900101-1234567", true},
		{"연락처 010-1234-5678", true},
		{"연락처 ０１０－１２３４－５６７８", true},
		{"연락처 010-\u200b1234-5678", true},
		{"메일 hong@example.org", true},
		{"주민등록번호 900101-1******, 010-****-5678, h***@example.org", false},
		{"2014. 3. 1. 법률 제12345호 정보공개정책과-1234 예산 1,234,000원 12.5%", false},
		{"기간: 2014-03-01 ~ 2014-03-31", false},
	}
	for _, c := range cases {
		ds := v.Check(c.in, Options{})
		if (len(ds) > 0) != c.doubt {
			t.Errorf("Check(%q) = %+v, want doubt=%v", c.in, ds, c.doubt)
		}
		for _, d := range ds {
			if d.Start < 0 || d.End > len(c.in) || d.Start >= d.End {
				t.Errorf("Check(%q): bad offsets %+v", c.in, d)
			}
		}
	}
}
