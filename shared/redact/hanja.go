package redact

import (
	"strings"
	"unicode/utf8"
)

// hanjaSurnames are the common Korean surnames in Hanja (金, 李, 朴 …).
const hanjaSurnames = "金李朴崔鄭姜趙尹張林韓吳申徐權黃安宋柳洪全高文孫梁裵白許劉南沈盧河丁成車具郭禹朱任羅辛閔兪陳池嚴元蔡千方孔玄咸卞廉楊邊呂秋魯都蘇愼石宣薛馬吉周延房魏表明奇潘王琴玉陸印孟諸卓秦魚庾殷片龍慶芮奉夫"

// hanjaWordEnds end Hanja nouns of documents (申請書, 文化財, 安全性,
// 明細表), which a given name seldom ends with.
const hanjaWordEnds = "書財性民院法令狀表長官所室課局部處廳會署等費額稅料案權人者日年月度物品業界面線路道場館校社團體制率量化的上下中內外後前間"

// isHanja reports a CJK unified ideograph.
func isHanja(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF }

// hanjaNames masks names written in Hanja: "金敏洙" led by a surname, of
// three letters on their own; of two or four only after a name's label
// or beside the name in Hangul ("김민수(金敏洙)", "李英姬(이영희)"), whose
// Hangul goes with it. A text thick with Hanja (an old statute) has its
// own words of that shape, and there only the labelled ones count.
func (sc *scanner) hanjaNames() {
	s := sc.s
	var runs [][2]int
	total := 0
	for i := 0; i < len(s); {
		// Ideographs lead with E4–E9 (U+4E00–U+9FFF) or EF (U+F900–):
		// Hangul's EA–ED and ASCII are skipped a byte at a time.
		c := s[i]
		if (c < 0xE4 || c > 0xE9) && c != 0xEF {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHanja(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isHanja(r) {
				break
			}
			j += size
		}
		runs = append(runs, [2]int{i, j})
		total += utf8.RuneCountInString(s[i:j])
		i = j
	}
	if len(runs) == 0 {
		return
	}
	thick := total > 200
	for _, rn := range runs {
		a, b := rn[0], rn[1]
		w := s[a:b]
		n := utf8.RuneCountInString(w)
		first, _ := utf8.DecodeRuneInString(w)
		last, _ := utf8.DecodeLastRuneInString(w)
		if n < 2 || n > 4 || !strings.ContainsRune(hanjaSurnames, first) {
			continue
		}
		// The Hangul beside it: "김민수(金敏洙)" or "李英姬(이영희)", when
		// it reads as a name and not as a word glossed (도농(都農), 금고
		// (金庫)).
		ha, hb := hangulBeside(s, a, b)
		if ha >= 0 {
			if h := s[ha:hb]; sc.lx.score(h) < likelyName || sc.lx.noun(h) || sc.lx.usedNoun(h) {
				ha, hb = -1, -1
			}
		}
		// Right after a name's label ("성명: 金敏洙", "한자\t李英姬"), or in
		// a name column.
		pre := strings.TrimRight(before(s, a, 24), " :：\t")
		labelled := ha >= 0 || hasSuffixAny(pre, []string{"성명", "이름", "한자", "漢字", "姓名", "성 명", "한자성명", "Name", "name"}) || sc.nameColumn(a)
		if !labelled && (n != 3 || thick || strings.ContainsRune(hanjaWordEnds, last)) {
			continue
		}
		sc.add(a, b, TypeName, "name.hanja", 0.85, MaskName(w))
		if ha >= 0 {
			sc.add(ha, hb, TypeName, "name.hanja_hangul", 0.85, MaskName(s[ha:hb]))
		}
	}
}

// hangulBeside returns the Hangul name of two to four syllables right
// before the Hanja at [a, b) with the Hanja in brackets, or in brackets
// right after it; -1 when there is none.
func hangulBeside(s string, a, b int) (int, int) {
	if a > 0 && s[a-1] == '(' && b < len(s) && s[b] == ')' {
		e := a - 1
		k := e
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:k])
			if !isHangul(r) {
				break
			}
			k -= size
		}
		if n := utf8.RuneCountInString(s[k:e]); n >= 2 && n <= 4 {
			return k, e
		}
	}
	if b < len(s) && s[b] == '(' {
		k := b + 1
		for k < len(s) {
			r, size := utf8.DecodeRuneInString(s[k:])
			if !isHangul(r) {
				break
			}
			k += size
		}
		if n := utf8.RuneCountInString(s[b+1 : k]); n >= 2 && n <= 4 && k < len(s) && s[k] == ')' {
			return b + 1, k
		}
	}
	return -1, -1
}

// nameColumn reports whether the offset i lies in a cell of a name column.
func (sc *scanner) nameColumn(i int) bool {
	c, ok := sc.lay.at(i)
	return ok && c.role == roleName
}
