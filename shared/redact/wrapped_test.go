package redact

import (
	"strings"
	"testing"
)

// Addresses a cell or a line wrapped at its width, anywhere: every digit
// between « and » must lie inside an address finding.
func TestWrappedAddresses(t *testing.T) {
	cases := []string{
		"주    소: 서울특별시 관악구\n        봉천로 «375, 507호»",
		"주소 : 서울특별시 관악구 봉천\n로 «375, 507호»(봉천동)",
		"- 주소: 경기도 성남시 분당구 판교역로 «1\n  66, 102동 1503호»",
		"○ 신청인 주소: 부산광역시 해운대구 해운대해변로\n  «95길 34» (우동)",
		"| 2 | 홍길동 | 서울특별시 송파구 올림픽로 | 010-1234-5678 |\n|   |        | «300, 101동 202호»        |               |",
		"민원인(주소: 대전광역시 서구 둔산\n동 «1056»)은 다음과 같이",
		"서울특별시 강서구 화곡로 «3\n02, 5층»",
		"주소: 부산광역시 해운대구 해운대해변로«95\n길 34»",
		"신청인 주소 서울특별시 노원구 상계로«38길 60-2, 101\n동 1203호»",
		"주소: 서울특별시 관악구 봉천로 «375,\n      507호»",
		"2\t성경겸\t부산광역시 해운대구\n해운대해변로«95길 34»\t010-2586-3872",
		"조현병\n경기도 수원시 팔달구\n권광로«12길 15»\n(031)7451-5024",
		"치매(중등도)\n수원시 팔달구 우만동 산«177-15,\n207호»\n010-3678-77**",
		"정시서\t1975년 12월 22일\t수원시 팔달구 권광로«26길 40-12\n2층»\tNH",
		"설 경 우\t1966년 6월 19일\t서울특별시 마포구 만리재로«81길\n20»\tKB",
		"주소\t경기도 수원시 팔달구 \n효원로\n«258»\n전자우편",
		"연번\n성명\n주소\n연락처\n1\n최혜원\n올림픽로 «140, 가동\n169호»\n010-6843-5501",
		"4\n기 만 수\n중계동 «400-37번지\n동아하이츠 127호»\n010-6843-5501",
	}
	r := New()
	for _, c := range cases {
		a := strings.Index(c, "«")
		in := strings.Replace(strings.Replace(c, "«", "", 1), "»", "", 1)
		e := strings.Index(c, "»") - len("«")
		res := r.Redact(in, Options{})
		for i := a; i < e; i++ {
			if !isDigit(in[i]) {
				continue
			}
			covered := false
			for _, f := range res.Findings {
				if f.Type == TypeAddress && f.Start <= i && i < f.End {
					covered = true
				}
			}
			if !covered {
				t.Errorf("%q: digit %d of %q left: %q", in, i-a, in[a:e], res.Text)
				break
			}
		}
	}
}

// What follows a complete address on the next line is no part of it: a
// list's or a row's number, a plate, an amount, a telephone, a field.
func TestWrappedAddressesStop(t *testing.T) {
	cases := []struct{ in, keep string }{
		{"주소: 서울특별시 마포구 서교동 1078-40\n3. 처분하고자 하는 원인", "3. 처분"},
		{"주소: 서울특별시 노원구 상계로38길 60-2\n 5) RAHMAN MD ABDUL", "5) RAHMAN"},
		{"1\t서울특별시 은평구 삼양로 244\n3\t리하이옌\t중국", "3\t리하이옌"},
		{"수거 대상: 서울특별시 구로구 고척동\n51부**4*\n수거 1,780,000원", "51부"},
		{"서울 은평구 통일로 243-14\n500,000\n농협 351-4031-2279-02", "500,000"},
		{"주소: 서울특별시 관악구 봉천로 375 (봉천동)\n연락처: 02-717-9293", "717"},
		{"주소: 서울특별시 중구 세종대로 110\n2. 위반 내용: 2025. 10. 25.", "2. 위반"},
		{"서울특별시 강서구 화곡로\n15개 업체가 참여", "15개"},
	}
	r := New()
	for _, c := range cases {
		res := r.Redact(c.in, Options{})
		k := strings.Index(c.in, c.keep)
		for _, f := range res.Findings {
			if f.Type == TypeAddress && f.Start < k+len(c.keep) && k < f.End {
				t.Errorf("%q: %q read as an address's: %q", c.in, c.keep, res.Text)
			}
		}
	}
}
