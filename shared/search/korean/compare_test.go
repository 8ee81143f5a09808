package korean

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestAgreementWithMecab compares the decomposer's terms with mecab's best
// path (kagome v2 and the whole mecab-ko-dic, written by ./kagomecmp) on
// the statutes' first 4,000 distinct words. Mecab reads a word out of its
// sentence and errs too (피해의 → 해의, 징계의 → 징 + 계의), so the
// figure is agreement, not accuracy; it is held where it stands so that a
// change to the list or the segmenter that loses agreement shows.
func TestAgreementWithMecab(t *testing.T) {
	b := mecabTSV(t)
	d := Default()
	var words, same, refTerms, found int
	var diff []string
	for _, line := range strings.Split(b, "\n") {
		w, ref, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(w, "#") {
			continue
		}
		want := strings.Fields(ref)
		got := d.Terms(w)
		slices.Sort(got)
		got = slices.Compact(got)
		words++
		refTerms += len(want)
		for _, x := range want {
			if slices.Contains(got, x) {
				found++
			}
		}
		if slices.Equal(got, want) {
			same++
		} else if len(diff) < 40 {
			diff = append(diff, w+": "+strings.Join(got, " ")+" | mecab "+strings.Join(want, " "))
		}
	}
	agree, recall := float64(same)/float64(words), float64(found)/float64(refTerms)
	t.Logf("%d words: same terms %.3f, mecab's terms found %.3f", words, agree, recall)
	if testing.Verbose() {
		t.Log("\n" + strings.Join(diff, "\n"))
	}
	if words < 4000 || agree < minAgreement || recall < minRecall {
		t.Errorf("%d words, agreement %.3f (want ≥ %.2f), recall %.3f (want ≥ %.2f)", words, agree, minAgreement, recall, minRecall)
	}
}

const (
	minAgreement = 0.67
	minRecall    = 0.86
)

func mecabTSV(tb testing.TB) string {
	b, err := os.ReadFile("testdata/mecab.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
