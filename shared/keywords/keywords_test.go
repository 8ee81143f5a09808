package keywords

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestStrip(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"정보공개를", "정보공개"},
		{"정보공개의", "정보공개"},
		{"위원회에서는", "위원회"},
		{"주민으로부터", "주민"},
		{"제출하여야", "제출"},
		{"처리한다", "처리"},
		{"공개된", "공개"},
		{"회의", "회의"},           // two syllables stay
		{"회의를", "회의"},          // particle after a noun ending in 의
		{"민주주의", "민주주의"},       // a noun ending in 의
		{"고속도로", "고속도로"},       // a noun ending in 로
		{"전문가", "전문가"},         // a noun ending in 가
		{"이용제한", "이용제한"},       // a noun ending in 한
		{"어린이", "어린이"},         // a noun ending in 이
		{"국가가", "국가"},          // particle after 국가
		{"정보공개정책과", "정보공개정책과"}, // 과 is not stripped: units end in it
		{"서울", "서울"},
		{"", ""},
	} {
		if got := Strip(c.in); got != c.want {
			t.Errorf("Strip(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNouns(t *testing.T) {
	got := Nouns("제3조(정보공개의 원칙) 공공기관이 보유·관리하는 정보는 국민의 알권리 보장 등을 위하여 이 법에서 정하는 바에 따라 적극적으로 공개하여야 한다. OpenAPI 2014년")
	for _, w := range []string{"정보공개", "원칙", "공공기관", "보유", "관리", "정보", "국민", "알권리", "보장", "openapi"} {
		if !slices.Contains(got, w) {
			t.Errorf("Nouns missing %q: %v", w, got)
		}
	}
	for _, w := range []string{"제3조", "위하여", "이", "법", "등", "2014년", "한다"} {
		if slices.Contains(got, w) {
			t.Errorf("Nouns kept %q: %v", w, got)
		}
	}
}

func TestTermsCountTitleTriple(t *testing.T) {
	terms := Terms("도로 보수 계획", "도로 공사를 한다. 예산 예산 예산 예산", 2)
	want := []Term{{"도로", 4}, {"예산", 4}}
	if !slices.Equal(terms, want) {
		t.Errorf("Terms = %v, want %v", terms, want)
	}
}

// TestTermsLeaveOutWhatRelatesByAccident: labels of personal data, masked
// values, administrative prose and e-mail and web addresses are in no
// profile (issue 13: they linked documents on different subjects).
func TestTermsLeaveOutWhatRelatesByAccident(t *testing.T) {
	body := "신청인 홍길*의 주민등록번호 900101-1******, 연락처 010-****-5678, 전자우편 hong****@example.com. " +
		"자세한 내용은 www.seoul.go.kr 또는 https://opengov.seoul.go.kr/a?b=1 을 참조하시기 바랍니다. 세부 협조 요청. " +
		"가로수 정비 사업을 추진한다. 가로수 정비 결과를 2014.3.2. 보고한다."
	var got []string
	for _, tm := range Terms("가로수 정비 계획", body, 0) {
		got = append(got, tm.Word)
	}
	for _, bad := range []string{"신청인", "홍길", "주민등록번호", "연락처", "전자우편", "hong", "example", "com", "www", "seoul", "opengov", "https", "참조", "세부", "협조", "요청"} {
		if slices.Contains(got, bad) {
			t.Errorf("terms %v hold %q", got, bad)
		}
	}
	for _, want := range []string{"가로수", "정비", "사업"} {
		if !slices.Contains(got, want) {
			t.Errorf("terms %v lack %q", got, want)
		}
	}
}

func TestRank(t *testing.T) {
	terms := []Term{{"서울", 5}, {"원문공개", 2}, {"결재", 1}}
	df := map[string]int{"서울": 1000, "원문공개": 3, "결재": 50, "정보공개": 400}
	got := Rank(terms, []string{"정보공개"}, func(w string) int { return df[w] }, 1000, 3)
	if len(got) != 3 {
		t.Fatalf("Rank = %v", got)
	}
	// A rare word outweighs a frequent one used more often.
	if got[0].Word != "원문공개" && got[0].Word != "정보공개" {
		t.Errorf("Rank first = %v, want a rare or envelope word", got)
	}
	pos := func(w string) int { return slices.IndexFunc(got, func(k Keyword) bool { return k.Word == w }) }
	if pos("서울") >= 0 && pos("서울") < pos("결재") {
		t.Errorf("Rank = %v: the word every document uses ranks above a rarer one", got)
	}
	// The envelope keyword is in even though the text never uses it.
	if pos("정보공개") < 0 {
		t.Errorf("Rank = %v: envelope keyword missing", got)
	}
	noEnv := Rank(terms, nil, func(w string) int { return df[w] }, 1000, 0)
	if len(noEnv) != 3 {
		t.Errorf("Rank without bound = %v", noEnv)
	}
}

func TestCitations(t *testing.T) {
	text := "정보공개정책과-1234 문서와 (총무과-56), 서울특별시 도로관리과-7에 따라. 전화 02-120, 2014-03-01, abc정보과-9, 예산과-12-3 그리고 정보공개정책과-1234 다시."
	got := Citations(text)
	want := []string{"정보공개정책과-1234", "총무과-56", "도로관리과-7"}
	if !slices.Equal(got, want) {
		t.Errorf("Citations = %v, want %v", got, want)
	}
	if n := NormalizeNumber(" 서울특별시 정보공개정책과-1234 "); n != "정보공개정책과-1234" {
		t.Errorf("NormalizeNumber = %q", n)
	}
	if n := NormalizeNumber("A-1 2"); n != "A-12" {
		t.Errorf("NormalizeNumber = %q", n)
	}
}

// citationRE is the reference definition Citations implements by hand.
var citationRE = regexp.MustCompile(`(^|[^\p{L}\p{N}-])(\p{Hangul}[\p{Hangul}\p{N}]{1,30}-[0-9]{1,8})([^\p{N}-]|$)`)

func citationsRE(text string) []string {
	text = norm.NFC.String(text)
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(text); {
		m := citationRE.FindStringSubmatchIndex(text[i:])
		if m == nil {
			break
		}
		if m[2] == m[3] && i > 0 {
			// ^ matched the start of the slice, not of the text: the
			// number must not follow a letter, a digit or a hyphen.
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); r == '-' || unicode.IsLetter(r) || unicode.IsNumber(r) {
				_, size := utf8.DecodeRuneInString(text[i+m[4]:])
				i += m[4] + size
				continue
			}
		}
		if num := text[i+m[4] : i+m[5]]; !seen[num] {
			seen[num] = true
			out = append(out, num)
		}
		i += m[5]
	}
	return out
}

func FuzzNounsAndCitations(f *testing.F) {
	f.Add("정보공개정책과-1234 문서를 참조하여 처리한다.")
	f.Add("제1조(목적) 이 법은 ...")
	f.Add("\xff\xfe 과-1")
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range Nouns(s) {
			if !utf8.ValidString(n) || utf8.RuneCountInString(n) < 2 {
				t.Fatalf("noun %q from %q", n, s)
			}
		}
		got := Citations(s)
		for _, c := range got {
			if len(Citations(c)) != 1 || Citations(c)[0] != c {
				t.Fatalf("citation %q does not cite itself", c)
			}
		}
		if want := citationsRE(s); !slices.Equal(got, want) && utf8.ValidString(s) {
			t.Fatalf("Citations(%q) = %q, the regular expression says %q", s, got, want)
		}
	})
}

func TestCitationsMatchRegexp(t *testing.T) {
	for _, s := range []string{
		"과-1", "가과-1", "1가과-1", "가1-1", "-가과-1", "가과--1", "가과-1-", "가과-123456789", "가과-12345678",
		"가과-1가", "가과-1a", "a가과-1", "가과-١", "가과-1١", "가과-1 나과-2", "가과-1나과-2",
		"정보공개정책과-1234,총무과-5", strings.Repeat("가", 31) + "-1", strings.Repeat("가", 32) + "-1",
		"ㄱ가과-1", "가ㄱ-1", "\u1100\u1161과-1", "가과-1\n", "(가과-1)", "가과-01",
	} {
		if got, want := Citations(s), citationsRE(s); !slices.Equal(got, want) {
			t.Errorf("Citations(%q) = %q, the regular expression says %q", s, got, want)
		}
	}
}
