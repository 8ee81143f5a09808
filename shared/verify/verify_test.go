package verify

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestCheck(t *testing.T) {
	v := New()
	cases := []struct {
		in   string
		rule string // a rule expected among the doubts; "" for clean
	}{
		{"주민등록번호 900101-1234567", "digits.dense"},
		{"연락처 010-1234-5678", "digits.dense"},
		{"연락처 ０１０－１２３４－５６７８", "digits.dense"},
		{"연락처 010-\u200b1234-5678", "digits.dense"},
		{"번호 900101 - 1234567", "digits.dense"},
		{"+82 10 1234 5678", "digits.dense"},
		{"자택 (02)123-4567", "digits.dense"},
		{"메일 hong@example.org", "email.unmasked_local"},
		{"여권번호 M12345678", "pattern.passport"},
		{"차량 12가3456 주차", "pattern.plate"},
		{"접속 IP 211.234.56.78", "pattern.ipv4"},
		{"4. 보안 패치 버전 [7.0.12.65] 적용 완료, 프로그램 v1.4.23.197, Version 9.10.9.28", ""},
		{"생년월일 1990. 1. 15.", "keyword.birth_date"},
		{"1990. 1. 15.생", "keyword.born"},
		{"1990-01-15 (생년월일)", "keyword.born_note"},
		{"주소: 서울특별시 마포구 월드컵로 123", "pattern.building_number"},
		{"발생장소: 광진구 능동로 182 일대, 점용 장소: 서울특별시 마포구 성미산로 190 앞 보도", ""},
		{"업소명 대표자 영업신고번호\n청춘포차 남*람 2012-3150000-97714", ""},
		{"분담금 납부 계좌: 카카오뱅크 3333-84-3675035 (예금주: 봉천동 7구역 재개발조합)\n지급 계좌: 국민은행 1002-754-836412 (예금주: ㈜새한정보통신)", ""},
		{"지급 계좌: 국민은행 1002-754-836412 (예금주: 홍길동)", "digits.dense"},
		{"민원인 홍*동, 신청인 김*수\n[문의처]: 교통정책과 원영진 주무관\n소유자\n신청자\n배우자", ""},
		{"1. 개요\n일시 : 2024-04-23 19:00~21:00\n장소   봉천동 주민센터 3층 강당\n참  석\t주민 41명, 구의원 2명\n2. 주요 질의 및 답변\n  ○ 주민 김○○: 사업 완료 후 관리 주체는 누구입니까?", ""},
		{"참여자 교육: 영등포구 가족센터(서울특별시 영등포구 문래로 91)", ""},
		{"신청인 거주지: 행복아파트(서울특별시 마포구 월드컵로 12) 103동", "pattern.building_number"},
		{"101동 1004호", "pattern.unit"},
		{"김영수 님께서", "name.surname_honorific"},
		{"민원인 홍길동께서 방문", "name.marker"},
		{"| 성명 | 이슬기 |", "name.marker"},
		{"홍길동 민원인께서", "name.around"},
		{"박민수(45세)", "name.around"},
		{"김영희 고객님", "name.around"},
		{"이를 위하여 민원인의 편의를", ""},
		// Masked output and public text raise no doubt.
		{"주민등록번호 900101-1******, 010-****-5678, h***@example.org, 홍*동 님, 민원인 김*수", ""},
		{"생년월일: ****. *. **. 주소: 서울특별시 마포구 월드컵로 ***, ***동 ****호", ""},
		{"2014. 3. 1. 법률 제12345호 정보공개정책과-1234 예산 1,234,000원 12.5%", ""},
		{"기간: 2014-03-01 ~ 2014-03-31", ""},
		{"담당 정보공개정책과 02-2133-1234", ""},
		{"국립국어원 전 화 (02)2669-9775", ""},
		{"예산과목 1234-567-890-12", ""},
		{"과장님께 보고, 선생님 말씀", ""},
		{"이 경우에는 제3조제1항에 따른다. 신청인 정보를 확인한다.", ""},
		{"1990-01-01 (생년월일) 2014. 3. 1. 시행", "keyword.born_note"},
		// Public numbers under a code header, a filler in brackets, and a
		// form written one field to a line are no doubt; an account in
		// the same shape of table still is.
		{"| 연번 | 입찰공고번호 | 건명 |\n|---|---|---|\n| 1 | 20231086085-00 | 보도 정비공사 |", ""},
		{"연번   접수번호          성명\n3   20240411-209167   류○○", ""},
		{"| 연번 | 접수번호 | 계좌번호 |\n| 1 | 20240411-209167 | 110-234-567890 |", "digits.dense"},
		{"| 연번 | 성명 | 생년월일 |\n| 2 | 배○○ | (비공개) |", ""},
		{"| 연번 | 성명 | 생년월일 | 주소 |\n| 6 | 박OO | 1966년생 | 성동구 성수동1가 일대 |", ""},
		{"| 연번 | 성명 | 생년월일 | 주소 |\n| 6 | 박OO | 1966년생 | 성동구 성수동1가 498-44 |", "table.unmasked_cell"},
		{"구분\t1\t2\n성명\t김OO\t이OO\n생년월일\t1998년생\t2006년생", ""},
		{"주민등록번호 (사업자등록번호)\t871-45-86963\tE-mail\t(비공개)", ""},
		{"주민등록번호 (사업자등록번호)\t871203-1234567", "keyword.rrn"},
		{"휴대전화: 010-XXXX-9109\n이메일: (비공개)", ""},
		{"시행\t접수 20200628-0548 ('21. 1. 19.)\t접수\t", ""},
		{"연번\t성명\t생년월일\n3\t국모 씨\t1999. **. **.\n4\t표△△\t660604-1******", ""},
		{"접   수   번   호\t2024-3669671", ""},
		{"1. 공고 기간: 2025-04-26 ~ 2025.04.16.(14일간)", ""},
		{"관악구청장\n\n시행 소상공인지원과-27182 (2022-09-14)  접수 -\n우편번호 08832\n주소 서울특별시 관악구 관악로 145\n홈페이지 www.gwanak.go.kr\n전화번호 (02)879-1989\n이메일 kjh5403@ga.go.kr", ""},
		{"시행 소상공인지원과-27182\n비고\n주소 서울특별시 관악구 관악로 145, 101동 1203호", "pattern.unit"},
		{"성명\n장○○\n생년월일\n***\n주소\n성동구 왕십리로4길 ○○○\n전화번호\n(비공개)\n휴대전화\n010-****-1814", ""},
		{"| 연번 | 성명 | 생년월일 |\n| 2 | 배철수 | (비공개) |", "table.unmasked_cell"},
		// Receipts and bills by their column or the words after them,
		// companies' national numbers, people named by a letter or masked
		// with ×, and institutions in a column of people are no doubt; a
		// resident number under the same headers still is.
		{"접수번호\t민원인\t연락처\t주소\t민원 요지\t처리 결과\n제2026-70983호\t명○○\t010-****-5005\t경기도 (이하 생략)\t보도블록 파손\t이첩\n" +
			"20256592567632\t안××\t02-***-1071\t경기도 김포시 (이하 생략)\t쓰레기 무단투기 신고\t처리중", ""},
		{"1. 관련: 20267399538243 상담 접수", ""},
		{"부과: 408만원 (고지서 0487-171216585947)", ""},
		{"연번  성명            생년월일  고지서 번호        금액\n1     (주)김포물산    법인      8650-222553927260  277만원", ""},
		{"| 번호 | 성명 | 주민등록번호 |\n| 1 | 김○○ | 900101-1234567 |", "digits.dense"},
		{"등록번호: 120111-6******\n연락처: 1661-8766\n금액: 금8,222,350원", ""},
		{"| No | 상대방 | 연락처 |\n| 1 | (주)솔빛미디어 | 1577-4693 |", ""},
		{"| 연번 | 구분 | 성명 | 소속 |\n| 1 | 외부위원 | A 위원 | 법무법인 누리 |", ""},
		{"| 연번 | 수급자 | 지역 | 금액 |\n| 2 | 녹번경로당 | 개봉동 | 670만원 |", ""},
		{"| 연번 | 수급자 | 지역 | 금액 |\n| 2 | 김말순 | 개봉동 | 670만원 |", "table.unmasked_cell"},
		{"다음과 같이 보고합니다.\n접   수   번   호\t접  수  일\t민원인\t연   락   처\n2023-2222939\t2023. 1. 25.\t손OO\t010-****-5475", ""},
		{"1,추OO,981001-1******,전라남도 영암군 삼호읍 용앙리\n2,한**,1973. **. **.,경기도 수원시 팔달구 지동 **", ""},
		{"3\n현수막\n010-****-1618\n서OO\n4\n현수막\n010-****-4879\n조○○\n5\n주차장\n010-****-8121\n전OO", ""},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			ds := v.Check(c.in, Options{})
			found := false
			for _, d := range ds {
				found = found || d.Rule == c.rule
			}
			if c.rule == "" && len(ds) > 0 || c.rule != "" && !found {
				t.Errorf("Check(%q) = %+v, want rule %q", c.in, ds, c.rule)
			}
			for _, d := range ds {
				if d.Start < 0 || d.End > len(c.in) || d.Start >= d.End {
					t.Errorf("Check(%q): bad offsets %+v", c.in, d)
				}
			}
		})
	}
}

func TestExemptOfficials(t *testing.T) {
	in := "결재: 김철수 님, 민원인 홍길동께서"
	ds := New().Check(in, Options{Exempt: []string{"김철수", "홍길동"}})
	if len(ds) != 0 {
		t.Fatalf("exempt officials doubted: %+v", ds)
	}
	if ds := New().Check(in, Options{}); len(ds) != 2 {
		t.Fatalf("want 2 doubts without exemptions, got %+v", ds)
	}
	// An exempt official in a table of members, after a title or alone.
	table := "| 연번 | 구분 | 성명 | 소속 |\n|---|---|---|---|\n| 1 | 위원장 | 여운태 | 경기도 부천시 |"
	if ds := New().Check(table, Options{Exempt: []string{"여운태"}}); len(ds) != 0 {
		t.Fatalf("exempt official in a table doubted: %+v", ds)
	}
	if ds := New().Check(table, Options{}); len(ds) != 1 {
		t.Fatalf("want the bare name doubted without exemptions, got %+v", ds)
	}
}

func TestOffsetsMapToInput(t *testing.T) {
	in := "번호：　９００１０１－１２３４５６７ 끝"
	ds := New().Check(in, Options{})
	if len(ds) != 1 {
		t.Fatalf("doubts = %+v", ds)
	}
	if got := in[ds[0].Start:ds[0].End]; got != "９００１０１－１２３４５６７" {
		t.Errorf("span = %q", got)
	}
}

// FuzzCheck: any input, no panic, offsets in range.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"주민등록번호 900101-1234567", "hong@example.org 김영수 님", "\xff\xfe01012345678", "\u1112\u1169\u11bc 님"} {
		f.Add(s)
	}
	v := New()
	f.Fuzz(func(t *testing.T, in string) {
		for _, d := range v.Check(in, Options{}) {
			if d.Start < 0 || d.End > len(in) || d.Start > d.End {
				t.Fatalf("bad offsets %+v for %q", d, in)
			}
		}
	})
}

// baselineCheck is the naive layer 2: a few stdlib regexps over the text.
var baselineChecks = []*regexp.Regexp{
	regexp.MustCompile(`\d[\d\-. ()]{8,}\d`),
	regexp.MustCompile(`[A-Za-z0-9._%+-]{2,}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`),
	regexp.MustCompile(`[가-힣]{2,4}\s?(?:님|씨|귀하)`),
	regexp.MustCompile(`(?:주민등록번호|연락처|계좌번호|생년월일)[^\n*]{0,20}\d{6,}`),
}

// BenchmarkCheck measures layer 2 over statute-like text with masked
// values, with the regexp baseline in the same run.
func BenchmarkCheck(b *testing.B) {
	text := strings.Repeat("제1조(목적) 이 법은 공공기관이 보유·관리하는 정보에 대한 국민의 공개 청구 및 공공기관의 공개 의무에 관하여 필요한 사항을 정한다. <개정 2013.8.6> 민원인 홍*동 님 010-****-5678\n", 4000)
	b.Run("verify", func(b *testing.B) {
		v := New()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			v.Check(text, Options{})
		}
	})
	b.Run("baseline_regexp", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			for _, re := range baselineChecks {
				re.FindAllStringIndex(text, -1)
			}
		}
	})
}

// TestPathologicalInputsLinear guards against quadratic work (such as a
// window search over a run of many short numbers joined by spaces) on
// 1 MB of each worst case.
func TestPathologicalInputsLinear(t *testing.T) {
	// Each worst case at 128 KiB and at 512 KiB in the same run: linear work
	// grows four times, quadratic sixteen. No time budget, so a loaded
	// machine slows both sizes alike.
	v := New()
	for _, unit := range []string{"1 ", "1-", "1.", "@", "a@b.cd ", "님", "김님 ", "민원인 ", "(", "(45세)", "로 1", "동 1호 ",
		"생", "주민등록번호 ", "０", "\u200b", "\u1100\u1161", "접수번호\t성명\n", "20231086085\t김철수\n", "| 12345678901 | 이영희 |\n"} {
		// The fastest of three runs: what other work on the machine adds
		// to one run, it seldom adds to all three.
		run := func(size int) time.Duration {
			in := strings.Repeat(unit, size/len(unit))
			best := time.Duration(1 << 62)
			for range 3 {
				start := time.Now()
				v.Check(in, Options{})
				best = min(best, time.Since(start))
			}
			return best
		}
		// Quadratic work fails every time; a pair that a burst of other
		// work spoilt is measured again before it counts.
		for try := 0; try < 2; try++ {
			small, big := run(1<<17), run(1<<19)
			if big <= 12*small+50*time.Millisecond {
				break
			}
			if try == 1 {
				t.Errorf("%q: 512 KiB took %v, 128 KiB %v: more than linear", unit, big, small)
			}
		}
	}
}
