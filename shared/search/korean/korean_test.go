package korean

import (
	"bytes"
	"compress/gzip"
	"slices"
	"strings"
	"testing"
)

func TestDecompose(t *testing.T) {
	d := Default()
	cases := []struct {
		word, noun string
		parts      []string
	}{
		{"버스노선", "버스노선", []string{"버스", "노선"}},           // not in the dictionary: segmented
		{"예산안", "예산안", []string{"예산", "안"}},              // a compound of the dictionary
		{"계획을", "계획", nil},                               // particle stripped
		{"추진계획", "추진계획", []string{"추진", "계획"}},           // user dictionary
		{"정보공개를", "정보공개", []string{"정보", "공개"}},          // both
		{"계획", "계획", nil},                                // a simple noun stays whole
		{"회의", "회의", nil},                                // not 회 + 의
		{"쀍쀍쀍", "쀍쀍쀍", nil},                              // unknown: the bigram field finds it
		{"청원의처리", "청원의처리", []string{"청원", "처리"}},         // a particle between nouns
		{"설치및운영", "설치및운영", []string{"설치", "운영"}},         // a conjunction between nouns
		{"주민등록번호", "주민등록번호", []string{"주민", "등록", "번호"}}, // user dictionary
	}
	for _, c := range cases {
		noun, parts, _ := d.Decompose(c.word)
		if noun != c.noun || !slices.Equal(parts, c.parts) {
			t.Errorf("Decompose(%q) = %q %q, want %q %q", c.word, noun, parts, c.noun, c.parts)
		}
	}
}

func TestLoadUserDictionaryWins(t *testing.T) {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte("버스\t100\n노선\t100\n버스노선\t100\n"))
	z.Close()
	d, err := Load(b.Bytes(), "# comment\n버스노선 버스 노선\n")
	if err != nil {
		t.Fatal(err)
	}
	if _, parts, _ := d.Decompose("버스노선"); !slices.Equal(parts, []string{"버스", "노선"}) {
		t.Errorf("user entry not applied: %q", parts)
	}
	if _, err := Load(b.Bytes(), "버스노선 버스 노"); err == nil || !strings.Contains(err.Error(), "rule 1") {
		t.Errorf("parts that do not spell the word: err = %v", err)
	}
}
