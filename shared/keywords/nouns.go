// Package keywords maps documents to keywords and to each other, as Seoul's
// Information Communication Plaza did: Korean nouns with their particles
// stripped and weighted by TF-IDF over the corpus (envelope keywords
// boosted), and citation links between document numbers. Search adapters
// call Terms and Citations at index time and Rank at query time, so both
// engines relate documents by the same rules.
package keywords

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// particles are Korean postpositions and the commonest 하다/되다 verb
// endings, longest first so that 에서는 is stripped before 는.
var particles = func() []string {
	p := []string{
		// case and auxiliary particles
		"에서부터", "으로부터", "에서는", "으로는", "으로서", "으로써", "에서의", "으로의", "이라는", "이라고", "이라도", "에게는", "까지의", "부터의",
		"에서", "에게", "으로", "부터", "까지", "에는", "에도", "이나", "이며", "이고", "보다", "처럼", "마다", "조차", "라도",
		"에의", "와의", "과의", "로서", "로써", "로의", "께서", "한테", "이란", "라는", "라고", "이다", "만을", "만의", "들이", "들은", "들을", "들의", "들에",
		"은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "도", "만", "란", "나", "께",
		// verb endings of 하다/되다/시키다 nouns (제출하여야 → 제출)
		"하여야", "되어야", "하였다", "되었다", "하거나", "되거나", "하도록", "되도록", "시키는", "하려는", "되려는",
		"하는", "하며", "하여", "하고", "한다", "해야", "하기", "되는", "되어", "되며", "된다", "되고", "시킨", "하면", "되면", "하지", "되지",
		"한", "할", "된", "될", "함", "됨",
	}
	slices.SortStableFunc(p, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	return p
}()

// Particles returns the particles and verb endings Strip removes, longest
// first.
func Particles() []string { return slices.Clone(particles) }

// keep lists nouns whose last syllable looks like a particle or an
// ending; a token ending in one of them is left whole (민주주의, 고속도로).
var keep = []string{
	"주의", "회의", "심의", "협의", "합의", "건의", "결의", "논의", "동의", "발의", "문의", "토의", "이의", "질의", "강의", "편의", "임의", "정의", "의의",
	"어린이", "놀이", "차이", "길이", "높이", "넓이", "깊이", "종이",
	"전문가", "평가", "허가", "인가", "증가", "추가", "참가", "국가", "물가", "단가", "휴가", "대가", "원가", "시가", "부가",
	"제도", "정도", "연도", "용도", "지도", "한도", "속도", "밀도", "빈도", "강도", "시도", "태도", "년도", "도도",
	"도로", "경로", "통로", "진로", "수로", "선로", "항로", "공로", "차로", "보도",
	"마을", "미만", "불만", "소나",
	"제한", "권한", "기한", "한한", "무한", "유한", "최소한", "상한", "하한",
}

// stop are frequent words of administrative text that say nothing about
// a document's subject.
var stop = with(map[string]bool{
	"다음": true, "경우": true, "해당": true, "관련": true, "이하": true, "이상": true, "대한": true, "위한": true,
	"따른": true, "관한": true, "의한": true, "통한": true, "같은": true, "그밖": true, "또는": true, "그리고": true,
	"다만": true, "각호": true, "각각": true, "모든": true, "필요": true, "사항": true, "내용": true, "기타": true,
	"대하여": true, "관하여": true, "의하여": true, "따라": true, "위하여": true, "있는": true, "없는": true, "있다": true,
	"없다": true, "같다": true, "아니": true, "아니한": true, "아니하는": true, "이를": true, "그러": true, "해당하는": true,
	"때에는": true, "때": true, "것": true, "등": true, "수": true, "및": true, "그": true, "이": true, "중": true,
	"본문": true, "붙임": true, "끝": true, "제목": true, "법률": true, "시행": true, "상태": true, "출처": true,
	"개정": true, "조항": true, "규정": true, "각": true, "동안": true, "이내": true, "이후": true, "이전": true,
	"경우에는": true, "하여금": true, "한다": true, "된다": true, "있으며": true, "어느": true, "하나": true,
}, unrelating)

// unrelating are words that relate documents with nothing else in common,
// kept out of every profile (issue 13): the labels of personal data in
// forms and letters, whose values are masked, and the generic words of
// administrative prose.
var unrelating = []string{
	// labels of personal data
	"신청인", "청구인", "민원인", "대리인", "본인", "성명", "이름", "주소", "주민등록번호", "주민번호", "생년월일",
	"연락처", "전화번호", "휴대전화", "휴대폰", "핸드폰", "전자우편", "이메일", "계좌번호", "예금주", "여권번호",
	"외국인등록번호", "운전면허번호", "차량번호", "성별", "연령",
	// administrative prose
	"협조", "요청", "세부", "회신", "통보", "알림", "제출", "첨부", "별첨", "참조", "아래", "담당자", "담당",
	"문의", "귀하", "수신", "발신", "경유", "바랍니다",
}

// with adds words to set and returns it.
func with(set map[string]bool, words []string) map[string]bool {
	for _, w := range words {
		set[w] = true
	}
	return set
}

// Strip removes one particle or verb ending from a Korean word, leaving at
// least two syllables (회의 stays 회의, 정보공개를 becomes 정보공개).
func Strip(word string) string {
	return strip(norm.NFC.String(strings.TrimSpace(word)))
}

// strip is Strip for a word already in NFC.
func strip(word string) string {
	last, _ := utf8.DecodeLastRuneInString(word)
	for _, k := range keepByLast[last] {
		if strings.HasSuffix(word, k) {
			return word
		}
	}
	n := utf8.RuneCountInString(word)
	for _, p := range particlesByLast[last] {
		if strings.HasSuffix(word, p) && n-utf8.RuneCountInString(p) >= 2 {
			return strings.TrimSuffix(word, p)
		}
	}
	return word
}

// byLast indexes suffixes by their last rune, keeping their order, so
// that Strip compares a word with the few that can match.
func byLast(suffixes []string) map[rune][]string {
	m := map[rune][]string{}
	for _, s := range suffixes {
		r, _ := utf8.DecodeLastRuneInString(s)
		m[r] = append(m[r], s)
	}
	return m
}

var (
	keepByLast      = byLast(keep)
	particlesByLast = byLast(particles)
)

// isHangul reports whether r is a Hangul syllable.
func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// Words splits text into runs of letters and digits, normalised to NFC.
func Words(text string) []string {
	text = norm.NFC.String(text)
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// Noun returns the noun candidate of one word (in NFC, as Words returns
// it), or "" when the word is not a candidate: words are stripped of particles and must be two or more
// Hangul syllables (or three or more Latin letters), not stop words and
// free of digits (article numbers like 제3조 are structure, not subject).
func Noun(word string) string {
	if word == "" {
		return ""
	}
	hangul, latin := 0, 0
	for _, r := range word {
		switch {
		case isHangul(r):
			hangul++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		default:
			return ""
		}
	}
	if hangul > 0 && latin > 0 {
		return ""
	}
	if latin > 0 {
		if latin < 3 {
			return ""
		}
		w := strings.ToLower(word)
		if stop[w] {
			return ""
		}
		return w
	}
	w := strip(word)
	if utf8.RuneCountInString(w) < 2 || utf8.RuneCountInString(w) > 20 || stop[w] {
		return ""
	}
	return w
}

// Nouns returns the noun candidates of text in order of appearance, with
// repetitions (their count is the term frequency).
func Nouns(text string) []string {
	var out []string
	for _, w := range Words(text) {
		if n := Noun(w); n != "" {
			out = append(out, n)
		}
	}
	return out
}
