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
		t.Run(c.in, func(t *testing.T) {
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
		})
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

func TestRedactTypes(t *testing.T) {
	r := New()
	cases := []struct{ in, want, typ string }{
		{"민원인 홍길동은 다음과 같이", "민원인 홍*동은 다음과 같이", TypeName},
		{"성명: 김철", "성명: 김*", TypeName},
		{"남궁민수 님께서", "남**수 님께서", TypeName},
		{"이영희씨가 제출한", "이*희씨가 제출한", TypeName},
		{"카드번호 4111-1111-1111-1111", "카드번호 4111-****-****-1111", TypeCard},
		{"국민은행 123456-01-123456 (예금주 박민수)", "국민은행 ******-**-**3456 (예금주 박*수)", TypeAccount},
		{"여권번호 M12345678", "여권번호 M********", TypePassport},
		{"여권 M123A4567", "여권 M********", TypePassport},
		{"운전면허 11-12-123456-78", "운전면허 11-**-******-**", TypeLicence},
		{"차량번호 12가3456", "차량번호 12가****", TypePlate},
		{"위반 차량 123가 4567", "위반 차량 123가****", TypePlate},
		{"생년월일: 1990. 1. 15.", "생년월일: ****. *. **.", TypeBirthDate},
		{"생년월일 1990년 1월 15일", "생년월일 ****년 *월 **일", TypeBirthDate},
		{"주소: 서울특별시 마포구 월드컵로 123, 101동 1004호", "주소: 서울특별시 마포구 월드컵로 ***, ***동 ****호", TypeAddress},
		{"접속 IP 211.234.56.78", "접속 IP 211.***.***.***", TypeIP},
		{"자택 전화 02-123-4567", "자택 전화 02-***-4567", TypeLandline},
		{"(010)1234-5678", "010-****-5678", TypeMobile},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			res := r.Redact(c.in, Options{})
			if res.Text != c.want {
				t.Errorf("Redact(%q) = %q, want %q", c.in, res.Text, c.want)
			}
			if len(res.Findings) == 0 || res.Findings[0].Type != c.typ {
				t.Errorf("Redact(%q) findings = %+v, want type %s", c.in, res.Findings, c.typ)
			}
		})
	}
}

func TestOfficialsExemptWithTitle(t *testing.T) {
	in := "주무관 홍길동 님께서 민원인 홍길동 씨에게"
	res := New().Redact(in, Options{Exempt: []string{" 홍길동 주무관"}})
	if res.Text != in {
		t.Errorf("exempt official masked: %q", res.Text)
	}
}

func TestOfficialsExempt(t *testing.T) {
	in := "기안자 홍길동 주무관, 민원인 김영수 씨"
	res := New().Redact(in, Options{Exempt: []string{"홍길동"}})
	if want := "기안자 홍길동 주무관, 민원인 김*수 씨"; res.Text != want {
		t.Errorf("got %q, want %q", res.Text, want)
	}
}

func TestHardNegatives(t *testing.T) {
	for _, in := range []string{
		"2014. 3. 1.", "1,234,000원", "정보공개정책과-1234", "법률 제12345호", "제12조제3항", "세출예산 1234-567-890",
		"2014년", "12.5%", "담당 주무관 02-2133-1234", "시행일 2021-12-23", "과장님께서", "선생님",
		"법인등록번호 110111-1234567", "예산과목 4111-1111-1111-1111", "사업자등록번호 123-45-67890", "12345678901원",
	} {
		if res := New().Redact(in, Options{}); res.Text != in {
			t.Errorf("Redact(%q) = %q, want it untouched (%+v)", in, res.Text, res.Findings)
		}
	}
}

func TestTriggerKeys(t *testing.T) {
	for r, k := range map[rune]uint32{'님': keyNim, '씨': keySsi, '인': keyIn, '명': keyMy, '자': keyJa, '름': keyRm,
		'주': keyJu, '함': keyHm, '신': keySn, '람': keyRam, '하': keyHa, '입': keyIp} {
		b := []byte(string(r))
		if got := uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2]); got != k {
			t.Errorf("%c: key %x, want %x", r, k, got)
		}
		if !trigger[b[0]] {
			t.Errorf("%c: lead byte not a trigger", r)
		}
	}
}

func TestRepeatedValuesMasked(t *testing.T) {
	in := "민원인 자택 전화 02-123-4567로 연락. 회신은 02-123-4567로 하였다. 홍길동 씨의 민원, 홍길동은 다시 방문"
	res := New().Redact(in, Options{})
	if strings.Contains(res.Text, "123-4567") || strings.Contains(res.Text, "홍길동") {
		t.Fatalf("repeated value survived: %q", res.Text)
	}
}

// TestTypesList checks the list of types is complete and distinct.
func TestTypesList(t *testing.T) {
	seen := map[string]bool{}
	for _, typ := range Types() {
		if seen[typ] || typ == "" {
			t.Fatalf("duplicate or empty type %q", typ)
		}
		seen[typ] = true
	}
	if len(seen) != 14 {
		t.Fatalf("%d types, want the 14 of issue 3", len(seen))
	}
}

// TestConcurrentUse runs one Redactor from many goroutines; with -race it
// proves the scanner keeps no shared state.
func TestConcurrentUse(t *testing.T) {
	r := New()
	in := "민원인 홍길동(010-1234-5678), 주민등록번호 900101-1234567, hong@example.org"
	want := r.Redact(in, Options{}).Text
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			out := ""
			for k := 0; k < 200; k++ {
				out = r.Redact(in, Options{}).Text
			}
			done <- out
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Fatalf("concurrent result %q, want %q", got, want)
		}
	}
}

// TestContainsAt checks the rare-byte search against strings.Contains,
// with the word at the edges, repeated, cut short and absent.
func TestContainsAt(t *testing.T) {
	for _, text := range []string{"", " 외", "외 ", " 외 ", "김철수 외 3명", "김철수 외3명 외 ", "외외 외외", "회의 외의", " 왜 ", "x 외 "} {
		if got, want := containsAt(text, " 외 ", 2), strings.Contains(text, " 외 "); got != want {
			t.Errorf("containsAt(%q) = %v, want %v", text, got, want)
		}
	}
}

// An honorific near the start of a text, after fewer bytes than a
// syllable holds, once read before the text's first byte.
func TestHonorificAtTheStart(t *testing.T) {
	r := New()
	for _, in := range []string{"A씨가 왔다", "ab씨", "1 귀하", "x님께", "씨"} {
		out := r.Redact(in, Options{})
		if out.Text == "" {
			t.Errorf("%q: empty output", in)
		}
	}
}

// TestIndexRare checks the rare-byte search against strings.Index on
// texts long enough to take it, with the words at the edges, repeated,
// overlapping themselves and absent.
func TestIndexRare(t *testing.T) {
	pad := strings.Repeat("가나 다라 ", 8)
	words := []string{" 외 ", " 씨", "계좌", "명)", "(at)", "위 사람", "성  ", "외외", "  ", "x", "가나 다"}
	// Many near misses turn the search to strings.Index part way.
	misses := strings.Repeat("외외 씨가 계좌", 40)
	counts := []*byteCounts{countBytes(pad), countBytes(misses), countBytes("")}
	for _, w := range words {
		for _, text := range []string{"", w, pad + w, w + pad, pad + w + pad + w, pad[:len(pad)-1] + w[:len(w)-1], pad + "외외외 씨씨 계계좌 명명)", pad + "(a(at) 위 위 사람",
			misses + w, misses + w + misses, misses} {
			want := strings.Index(text, w)
			if got := indexRare(text, w); got != want {
				t.Errorf("indexRare(%q, %q) = %d, want %d", text, w, got, want)
			}
			for _, c := range counts {
				if got := c.indexIn(text, w); got != want {
					t.Errorf("indexIn(%q, %q) = %d, want %d", text, w, got, want)
				}
			}
		}
	}
}

// TestRoleEnds checks that the ending filter lets through every word
// citizenRole accepts: the roles themselves, longer words ending in one,
// and the words of a text.
func TestRoleEnds(t *testing.T) {
	var words []string
	for w := range nameRoles {
		words = append(words, w, "차량"+w)
	}
	for _, w := range append(append([]string(nil), privateRoles...), privateRoleSuffixes...) {
		words = append(words, w, "지역"+w, "김"+w)
	}
	words = append(words, strings.Fields("민원인 신청인 기초생활수급자 차량소유주 통역 입회인 주무관 과장 사과 학교 씨 님 가 a 1")...)
	accepted := 0
	for _, w := range words {
		if citizenRole(w) {
			accepted++
			if !roleEnds.may(w) {
				t.Errorf("roleEnds.may(%q) = false, but citizenRole accepts it", w)
			}
		}
	}
	if accepted < len(nameRoles) {
		t.Fatalf("only %d words accepted as roles", accepted)
	}
	if roleEnds.may("사과") && roleEnds.may("학교") && roleEnds.may("과장") {
		t.Error("roleEnds lets every word through")
	}
}

// TestMayAnchor checks that the filter on two first syllables lets every
// anchoring foreign name part through, and that it is in use.
func TestMayAnchor(t *testing.T) {
	lx := loadLexicon()
	if !lx.anchorsAll {
		t.Fatal("an anchoring name part does not start with two syllables: the filter is off")
	}
	anchors := 0
	for w, anchor := range lx.foreign {
		if !anchor {
			continue
		}
		anchors++
		if !lx.mayAnchor(w, 0, len(w)) || !lx.mayAnchor(w+"는", 0, len(w)+3) {
			t.Errorf("mayAnchor(%q) = false for an anchor", w)
		}
	}
	if anchors == 0 {
		t.Fatal("no anchoring name parts")
	}
	if lx.mayAnchor("경우", 0, 6) && lx.mayAnchor("규정", 0, 6) && lx.mayAnchor("법률", 0, 6) {
		t.Error("mayAnchor lets ordinary words through")
	}
}

// An IP listed after another or under its label is masked with the
// confidence that sends no document to review; a card whose checksum
// fails is a guess a person confirms, whatever its label.
func TestConfidenceOfSaidValues(t *testing.T) {
	cases := []struct {
		in, typ string
		sure    bool
	}{
		{"카드번호 9430-1234-5678-0696로 결제되었다.", TypeCard, false},
		{"참조 9430-1234-5678-0696 로 납부함", TypeCard, false},
		{"접속 IP는 175.223.10.4 및 121.160.3.77로 확인되었다.", TypeIP, true},
		{"이메일\ng***@nate.com\n신청 IP\n121.160.3.77\n민원사항", TypeIP, true},
	}
	r := New()
	for _, c := range cases {
		res := r.Redact(c.in, Options{})
		n := 0
		for _, f := range res.Findings {
			if f.Type != c.typ {
				continue
			}
			n++
			if sure := f.Confidence >= ReviewConfidence; sure != c.sure {
				t.Errorf("%q: %s %q confidence %.2f", c.in, f.Rule, c.in[f.Start:f.End], f.Confidence)
			}
		}
		if n == 0 {
			t.Errorf("%q: no %s found", c.in, c.typ)
		}
	}
}
