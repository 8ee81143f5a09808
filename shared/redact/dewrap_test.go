package redact

import (
	"strings"
	"testing"
)

// Values a line's end cut in two, as PDF extraction and OCR leave them,
// and values set one character apart: every letter and digit between «
// and » must lie inside a finding of the type given (a telephone as a
// mobile or a landline).
func TestWrappedValues(t *testing.T) {
	cases := []struct{ typ, in string }{
		{TypeName, "대상자 연락처 확인\n성명: 금\n«점례»\n전화: 02-698-5118"},
		{TypeCard, "   가. 남궁정이 KB국민카드(5208\n«5254 7103 5134»)로 납부한 6,855,000원을 환급함."},
		{TypeEmail, "연락처: 010-7318-1692 / e-mail: skydre\n«am31@hanmail.net»\n  다) 같은 건으로"},
		{TypeAddress, "  라. 대상 세대: 현대아파트 104동 904호(신청인), 자이아파트 112동\n«203»호(피신청인)\n3. 발언 요지"},
		{TypeName, "순번\t성명\t생년월일\t주소\t공적 요지\n1\t성연욱\t640216\t관악구 관악로 8\t무료 급식 봉사\n5\t박병\n«윤»\t890426\t서울특별시 마포구 마포대로 3\t도시락 배달"},
		{TypeName, "| 연번 | 성명 | 생년월일 | 주소 |\n| 1 | 성연욱 | 640216 | 서울 관악구 관악로 8 |\n| 5 | 남궁정\n«태» | 851225 | 서울 강서구 화곡로 2 |"},
		{TypeName, "  가) 원동람은 세대원 어\n«나래» 명의의 주택(충청남도 천안시)을 보유함."},
		// Spaced out one character apart, as a form or a scan sets them.
		{TypeAccount, "2\t최슬기\t국민은행\t«4 6 5 7 9 3 - 7 7 - 3 6 4 7 1 3»\t민병준"},
		{TypeIP, "   라. 업무망 접속 기록: «2 2 0 . 4 7 . 1 5 2 . 1 3 0» 외부 자료 반출"},
		{TypeLicence, "음주 측정을 하였으며 운전면허번호 «2 5 - 8 1 - 7 2 7 3 3 9 - 8 6»로 본인 확인하였습니다."},
		{TypePassport, "출국 시 여권번호: «M 8 2 4 X 4 5 1 4»\n4. 조사자"},
		{TypeBirthDate, "성명\t학교\t생년월일\t보호자\n여한별\t□□대학교\t«2 0 0 7 . 2 . 2 1 .»\t남태철"},
	}
	r := New()
	for _, c := range cases {
		a := strings.Index(c.in, "«")
		in := strings.Replace(strings.Replace(c.in, "«", "", 1), "»", "", 1)
		e := strings.Index(c.in, "»") - len("«")
		res := r.Redact(in, Options{})
		for i := a; i < e; i++ {
			if in[i] == ' ' || in[i] == '\n' {
				continue
			}
			covered := false
			for _, f := range res.Findings {
				if family(f.Type) == family(c.typ) && f.Start <= i && i < f.End {
					covered = true
				}
			}
			if !covered {
				t.Errorf("%q: %q not masked as %s: %q", in, in[a:e], c.typ, res.Text)
				break
			}
		}
		for _, f := range res.Findings {
			if strings.Contains(in[f.Start:f.End], "\n") {
				t.Errorf("%q: a finding spans a line's end: %q", in, in[f.Start:f.End])
			}
		}
	}
}

// A number cut in two is masked as the one number: the mask the rule
// gives the whole, shared out between the lines.
func TestWrappedNumbersKeepTheirMask(t *testing.T) {
	cases := []struct{ in, want string }{
		{"    다) 동지원사 제우(연락처 010 9885\n9860)를 새로 연계함.", "    다) 동지원사 제*(연락처 010-****\n9860)를 새로 연계함."},
		{"  나. 배우자 명의 계좌(농협 20654042541\n17)로 지급함.", "  나. 배우자 명의 계좌(농협 *********41\n17)로 지급함."},
	}
	r := New()
	for _, c := range cases {
		if got := r.Redact(c.in, Options{}).Text; got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// A line that ends where a value might go on is often only a line: a
// spaced title, a caption over a table, a header over its first row, a
// name before the next sentence, a form's next field. Nothing of keep
// may be masked.
func TestWrapsKeepApart(t *testing.T) {
	cases := []struct{ in, keep string }{
		{"서 울 특 별 시\n시민과 함께하는 서울", "시민과"},
		{"제78조 예금주 차현정\n추가 자료를 제출하여 주시기 바랍니다.", "추가"},
		{"여권번호: M733K9573\n13:34 연락처 확인", "13:34"},
		{"붙임 수상자 명단\n구분\t동\t성명\t공적 요지\n대상\t봉천동\t정규담\t인명 구조", "명단"},
		{"분야\t응시번호\t성명\t생년월일\n시설관리\t401843\t육*율\t1974.**.**", "시설관리"},
		{"일시,접속 IP,조회 건수,조치\n중복,제 갈 은 식,2025. 7. 15.,3", "조치"},
		{"성명 홍보 담당\n국적 대한민국", "국적 대한민국"},
		{"주소: 서울특별시 성북구 동소문로 89, 466호\n010-8318-5864\ndongmi.hong@naver.com", "466호"},
		{"카카오뱅크 6765-74-4409885\n3,빈옥봉,서울시립대학교", "3,빈"},
		{"농협 351-4031-2279-02\n2,818,000원", "2,818,000원"},
		{"동 세대수 지급액\n망원1동 86 4,926,000원\n서교동 57 177,000원\n합정동 56 4,357,000원", "서교동 57"},
		{"4 우도수 680103 농협 3 0 2 0 9 0 - 8 0 - 5 1 9 6 6 2 1,394,000원", "1,394,000원"},
		{"점수 1 2 3 4 5 6 7 8 9 10, 순위 0 1 2 3 4 5 6 7 8 9", "0 1 2 3 4 5 6 7 8 9"},
	}
	r := New()
	for _, c := range cases {
		res := r.Redact(c.in, Options{})
		k := strings.Index(c.in, c.keep)
		for _, f := range res.Findings {
			if f.Start < k+len(c.keep) && k < f.End && strings.HasSuffix(f.Rule, ".wrapped") {
				t.Errorf("%q: %q joined into a %s (%s): %q", c.in, c.keep, f.Type, f.Rule, res.Text)
			}
		}
	}
}

// A table laid out one cell to a line is no wrapped text: its breaks end
// cells, and none is cut.
func TestCellTablesAreNotCut(t *testing.T) {
	in := "연번\n성명\n주소\n연락처\n지급액\n1\n홍길동\n서울특별시 관악구 신림로 191 102-1502\n010-2345-6789\n3,882,000원\n2\n김영희\n서울특별시 노원구 상계로 38길 60-2\n010-1234-5678\n1,990,000원\n3\n박철수\n부산광역시 해운대구 해운대해변로 95길 34\n02-717-9293\n500,000원"
	if cuts := wrapCuts(in, splitLines(in)); len(cuts) > 0 {
		t.Errorf("cuts in a table of one cell to a line: %v", cuts)
	}
	// Lines that each run on into the next make no line of the whole.
	var b strings.Builder
	for range 200 {
		b.WriteString("주민등록번호 900101-1234567, 메일 user@example.org, 2014. 3. 1.\n")
	}
	run, longest := 0, 0
	s := b.String()
	cuts := wrapCuts(s, splitLines(s))
	for _, ln := range splitLines(s) {
		run += ln.end - ln.start + 1
		if !cutBefore(cuts[:cutsUpTo(cuts, ln.end)], ln.end) {
			longest = max(longest, run)
			run = 0
		}
	}
	if longest > maxJoined+1 {
		t.Errorf("a joined line of %d bytes (at most %d)", longest, maxJoined)
	}
}

// cutsUpTo returns how many cuts stand at or before n.
func cutsUpTo(cuts []cut, n int) int {
	k := 0
	for k < len(cuts) && cuts[k].at <= n {
		k++
	}
	return k
}
