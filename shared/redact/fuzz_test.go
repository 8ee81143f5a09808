package redact

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"연번 지번 지목 소유자 주 소 지급액\n1 성동구 금호동4가 485-21 잡종지 표용태 대구광역시 수성구 범안로 110 3,885,000원\n2 은평구 역촌동 221-13 답 황보광\n별 경기도 수원시 110 8,859,000원",
	"순번 자동차등록번호 성명 주소 지원금액\n1 경기 82라 0405 황우 서울특별시 은평로 1 5,000원\n2 서울 12\n가 3456 Madina RAKHIMOV(라히모프마디나) 서울 1 5,000원",
	"연번  성명     생년월일       보호자 성명   연락처\n1  선 우 정 숙  1980.1.2.  김철수  010-1234-5678",
	"주민등록번호 900101-1234567, 연락처 010-1234-5678, 메일 hong@example.org",
	"９００１０１－１２３４５６７ 010\u200b-1234-5678 +82-10-1234-5678 (010)1234-5678",
	"민원인 홍길동은 자택 전화 02-123-4567, 주소: 서울특별시 마포구 월드컵로 123, 101동 1004호",
	"카드번호 4111-1111-1111-1111 국민은행 123456-01-123456 여권번호 M123A4567 운전면허 11-12-123456-78",
	"차량번호 12가3456 생년월일 1990. 1. 15. 접속 IP 211.234.56.78 김영수 씨",
	"2014. 3. 1. 정보공개정책과-1234 법률 제12345호 제12조제3항 1,234,000원 12.5%",
	"\xff\xfe 900101-1234567 \xc3",
	"\u1112\u1169\u11bc\u1100\u1175\u11af\u1103\u1169\u11bc 님",
	"a@b.cc\n\n010-0000-0000\r\n@@@ +82 +8210",
}

// FuzzRedact checks the masker's promises on any input: it never panics,
// its output is valid UTF-8 with the same lines, findings are in range and
// ordered, and a covered value no longer appears where it was.
func FuzzRedact(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	r := New()
	f.Fuzz(func(t *testing.T, in string) {
		res := r.Redact(in, Options{Exempt: []string{"김철수"}})
		if !utf8.ValidString(res.Text) {
			t.Fatalf("invalid UTF-8 output %q", res.Text)
		}
		if a, b := strings.Count(in, "\n"), strings.Count(res.Text, "\n"); a != b {
			t.Fatalf("line count %d -> %d: %q -> %q", a, b, in, res.Text)
		}
		last := 0
		for _, fd := range res.Findings {
			if fd.Start < last || fd.End <= fd.Start || fd.End > len(in) {
				t.Fatalf("bad finding %+v (prev end %d) in %q", fd, last, in)
			}
			last = fd.End
			v := in[fd.Start:fd.End]
			if strings.Contains(v, "\n") {
				t.Fatalf("finding spans a line break: %q", v)
			}
			// The last four digits a telephone's mask shows may stand
			// alone on the line a wrap put them on ("010 9885\n9860").
			shown := strings.HasSuffix(fd.Rule, ".wrapped") && len(v) == 4 && strings.Trim(v, "0123456789") == ""
			if len(v) >= 4 && !shown && strings.Count(res.Text, v) >= strings.Count(in, v) {
				t.Fatalf("covered value %q survives in %q", v, res.Text)
			}
		}
		if len(res.Findings) == 0 && utf8.ValidString(in) && res.Text != in {
			t.Fatalf("text changed without findings: %q -> %q", in, res.Text)
		}
	})
}

// FuzzNormalize checks the offset map: every normalised offset maps to an
// input offset in range, starts never after ends, and order is kept.
func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		n := normalize(in)
		if !utf8.ValidString(n.s) {
			t.Fatalf("normalised text is not valid UTF-8: %q", n.s)
		}
		prev := 0
		for k := 0; k <= len(n.s); k++ {
			st, en := n.origStart(k), n.origEnd(k)
			if st < 0 || st > len(in) || en < 0 || en > len(in) {
				t.Fatalf("offset %d maps out of range: %d,%d (len %d)", k, st, en, len(in))
			}
			if st < prev {
				t.Fatalf("start map not monotonic at %d: %d < %d", k, st, prev)
			}
			prev = st
			if k > 0 && n.origStart(k-1) >= n.origEnd(k) {
				t.Fatalf("empty source range for byte %d", k-1)
			}
		}
	})
}
