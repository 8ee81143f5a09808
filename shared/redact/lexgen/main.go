// Command lexgen derives the redactor's word lists from mecab-ko-dic (the
// dictionary behind OpenSearch's nori), as served by the Go module
// github.com/ikawaha/kagome-dict-ko, and writes them to ../data.
//
//	cd shared/redact/lexgen && go run .
//
// It is a module of its own so that the 70 MB dictionary never enters the
// main module's build: the redactor only embeds the few hundred kilobytes
// written here. Run it again only to change what is derived.
//
// What it writes:
//
//	nouns.txt.gz   Hangul words of two or three syllables (four after a
//	               two-syllable surname) that begin like a Korean surname and that the dictionary knows as anything
//	               but a person's name: common nouns, places, organisations,
//	               adverbs, verb stems. A word led by a surname that is one of
//	               these is not taken for a name on weak evidence.
//	alien.bin      per Hangul syllable (U+AC00 on, one signed byte each,
//	               sixteenths), the log odds of finding it in a
//	               transcribed foreign name (the dictionary's 인명 entries
//	               that do not begin like a Korean name) rather than in
//	               any other word: 르, 즈 and 뮐 mark a transcription.
//	given.txt      per syllable, how often it is the first and the second
//	               syllable of a Korean given name in the dictionary's names.
//	stems.txt      the two-syllable words of the dictionary (other than
//	               names) that real administrative Korean uses: those
//	               that start a word at least once, or stand inside words
//	               three times, in the statutes of the team's corpus
//	               (../shared/corpus/kr-laws.jsonl beside the project; Korean
//	               statutes are not protected by copyright, Copyright Act
//	               art. 7). 제공 and 조사 are; 황가 and 육근, dictionary
//	               entries no document uses, are not. A word made of one of
//	               these and a suffix (제공자, 조사관) is a derived noun; made
//	               of a rare one (황가안, 육근식) it is a name as likely.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	ko "github.com/ikawaha/kagome-dict-ko"
	"github.com/ikawaha/kagome-dict/dict"
)

// surnames must match the redactor's: one-syllable surnames and the
// two-syllable ones.
const surnames = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허노남심하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상시갈단견당화창옹순빙뇌묵란평돈계"

var surnames2 = []string{"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"}

// namesAsNouns are names the dictionary files as common nouns, which
// documents use as names (홍길동 is the proverbial one, on every form).
var namesAsNouns = map[string]bool{"홍길동": true}

type entry struct {
	person, other bool
}

func hangulOnly(w string) bool {
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return w != ""
}

func compoundLed(w string) bool {
	for _, p := range surnames2 {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func koreanLed(w string) bool {
	for _, p := range surnames2 {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune(surnames, r)
}

// stemMin is how often, in thirds, a two-syllable word must occur in the
// statutes to count as one that documents use: once at a word's start, or
// three times inside words.
const stemMin = 3

func main() {
	corpus := flag.String("corpus", filepath.Join("..", "..", "..", "..", "shared", "corpus", "kr-laws.jsonl"), "the team's statute corpus (JSON lines with a text field)")
	flag.Parse()
	out := filepath.Join("..", "data")
	if flag.NArg() > 0 {
		out = flag.Arg(0)
	}
	d := ko.Dict()
	words := map[string]*entry{}
	da := d.Index.Da
	var buf []byte
	// Walk the double-array trie to list every surface form with its
	// part-of-speech and meaning.
	var walk func(p int)
	walk = func(p int) {
		base := int(da[p].Base)
		for c := 0; c < 256; c++ {
			q := base + c
			if q < 0 || q >= len(da) || int(da[q].Check) != p {
				continue
			}
			if c == 0 {
				if da[q].Base <= 0 {
					id := int(-da[q].Base)
					for i := id; i <= id+int(d.Index.Dup[int32(id)]); i++ {
						note(words, string(buf), d.POSTable, d.Contents[i], i)
					}
				}
				continue
			}
			buf = append(buf, byte(c))
			walk(q)
			buf = buf[:len(buf)-1]
		}
	}
	walk(0)

	var nouns, foreign []string
	first, second := map[rune]int{}, map[rune]int{}
	for w, e := range words {
		n := utf8.RuneCountInString(w)
		switch {
		case e.other && (n == 2 || n == 3 || n == 4 && compoundLed(w)) && koreanLed(w) && !namesAsNouns[w]:
			nouns = append(nouns, w)
		case e.person && n >= 2 && n <= 4 && !koreanLed(w):
			foreign = append(foreign, w)
		}
		if e.person && n == 3 && koreanLed(w) && !e.other {
			rs := []rune(w)
			first[rs[1]]++
			second[rs[2]]++
		}
	}
	must(writeGz(filepath.Join(out, "nouns.txt.gz"), nouns))
	counts, err := bigrams(*corpus)
	must(err)
	var stems []string
	for w, e := range words {
		if e.other && utf8.RuneCountInString(w) == 2 && counts[w] >= stemMin {
			stems = append(stems, w)
		}
	}
	sort.Strings(stems)
	must(os.WriteFile(filepath.Join(out, "stems.txt"), []byte(strings.Join(stems, "\n")+"\n"), 0o644))
	must(os.WriteFile(filepath.Join(out, "alien.bin"), alienOdds(foreign, words), 0o644))
	var b bytes.Buffer
	b.WriteString("# syllable\tfirst\tsecond: counts over the dictionary's three-syllable Korean names\n")
	var syl []rune
	for r := range first {
		syl = append(syl, r)
	}
	for r := range second {
		if first[r] == 0 {
			syl = append(syl, r)
		}
	}
	sort.Slice(syl, func(i, j int) bool { return syl[i] < syl[j] })
	for _, r := range syl {
		fmt.Fprintf(&b, "%c\t%d\t%d\n", r, first[r], second[r])
	}
	must(os.WriteFile(filepath.Join(out, "given.txt"), b.Bytes(), 0o644))
	fmt.Fprintf(os.Stderr, "lexgen: %d nouns, %d stems, %d foreign names, %d given-name syllables\n", len(nouns), len(stems), len(foreign), len(syl))
}

// bigrams counts every pair of adjacent Hangul syllables in the texts of
// the corpus at path.
func bigrams(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("statute corpus: %w", err)
	}
	defer f.Close()
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var doc struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return nil, fmt.Errorf("statute corpus: %w", err)
		}
		rs := []rune(doc.Text)
		for i := 0; i+1 < len(rs); i++ {
			if !hangulOnly(string(rs[i : i+2])) {
				continue
			}
			// A pair at a word's start counts fully; inside a word
			// ("지방건설" holds 방건) it counts a third, so that only a
			// pair found inside words again and again (정보제공's 제공)
			// is taken for a stem that way.
			if i == 0 || !hangulOnly(string(rs[i-1])) {
				counts[string(rs[i:i+2])] += 3
			} else {
				counts[string(rs[i:i+2])]++
			}
		}
	}
	return counts, sc.Err()
}

// note records what the dictionary says of surface w in morph id.
func note(words map[string]*entry, w string, pt dict.POSTable, feat []string, id int) {
	if !hangulOnly(w) {
		return
	}
	var pos []string
	for _, x := range pt.POSs[id] {
		pos = append(pos, pt.NameList[x])
	}
	e := words[w]
	if e == nil {
		e = &entry{}
		words[w] = e
	}
	if len(pos) > 0 && pos[0] == "NNP" && len(feat) > 0 && feat[0] == "인명" {
		e.person = true
		return
	}
	e.other = true
}

func writeGz(path string, ws []string) error {
	sort.Strings(ws)
	var b bytes.Buffer
	z, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return err
	}
	z.Write([]byte(strings.Join(ws, "\n")))
	if err := z.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
}

// alienOdds returns, per Hangul syllable, the add-one smoothed log odds of
// the syllable in the foreign names against all other words, in
// sixteenths clamped to a signed byte.
func alienOdds(foreign []string, words map[string]*entry) []byte {
	ca, cb := map[rune]float64{}, map[rune]float64{}
	var na, nb float64
	for _, w := range foreign {
		for _, r := range w {
			ca[r]++
			na++
		}
	}
	for w, e := range words {
		if !e.other {
			continue
		}
		for _, r := range w {
			cb[r]++
			nb++
		}
	}
	out := make([]byte, 0xD7A4-0xAC00)
	for i := range out {
		r := rune(0xAC00 + i)
		v := math.Log((ca[r]+1)/(na+1)) - math.Log((cb[r]+1)/(nb+1))
		q := math.Round(v * 16)
		q = math.Max(-128, math.Min(127, q))
		out[i] = byte(int8(q))
	}
	return out
}
