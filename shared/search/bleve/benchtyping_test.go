package bleve

import (
	"context"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/searchtest"
)

// BenchmarkTyping measures the Korean typing habits (search.Forgive) on a
// settled folder index of up to 20,000 generated documents, against the
// same two-word queries typed correctly without forgiveness (baseline):
//
//	go test ./shared/search/bleve -run '^$' -bench 'Typing$' -benchtime 200x
//
// "forgiving" is the baseline's queries with forgiveness asked: what an
// ordinary query pays. The others are the same queries mistyped; "nothing"
// is a query no reading finds, which pays every fallback.
func BenchmarkTyping(b *testing.B) {
	ctx := context.Background()
	x, err := Open(b.TempDir() + "/idx")
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	docs := searchtest.Docs("6110000", min(benchDocs(), 20000), 7)
	for i := 0; i < len(docs); i += 1000 {
		if err := x.Bulk(ctx, docs[i:min(i+1000, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
	if err := x.Settle(ctx); err != nil {
		b.Fatal(err)
	}
	typed := []string{"도로 보수", "미세먼지 저감", "예산 편성", "버스 노선", "어르신 돌봄"}
	cases := []struct {
		name      string
		queries   []string
		forgiving bool
		corrected bool // each query is answered as typed[i]
	}{
		{"baseline", typed, false, false},
		{"forgiving", typed, true, false},
		{"initials", []string{"ㄷㄹ ㅂㅅ", "ㅁㅅㅁㅈ ㅈㄱ", "ㅇㅅ ㅍㅅ", "ㅂㅅ ㄴㅅ", "ㅇㄹㅅ ㄷㅂ"}, true, false},
		{"english-mode", []string{"ehfh qhtn", "altpajswl wjrka", "dPtks vustjd", "qjtm shtjs", "djfmtls ehfqha"}, true, true},
		{"one-wrong-key", []string{"도로 보슈", "미세먼즈 저감", "예산 편섬", "버스 노섬", "어르신 돌봅"}, true, true},
		{"nothing", []string{"홥뚫쀍", "wkqxmzq", "퓷쀑 뛹"}, true, false},
	}
	for _, c := range cases {
		// The readings are what the case says, or the figures mean nothing.
		for i, text := range c.queries {
			r, err := x.Search(ctx, search.Query{Text: text, Size: 20, Forgiving: c.forgiving})
			if err != nil {
				b.Fatal(err)
			}
			switch {
			case c.corrected && r.DidYouMean != typed[i]:
				b.Fatalf("%s: %q read as %q, want %q", c.name, text, r.DidYouMean, typed[i])
			case c.name == "nothing" && r.Total != 0:
				b.Fatalf("nothing: %q found %d", text, r.Total)
			case c.name != "nothing" && r.Total == 0:
				b.Fatalf("%s: %q found nothing", c.name, text)
			}
		}
		b.Run(c.name, func(b *testing.B) {
			for i := range b.N {
				if _, err := x.Search(ctx, search.Query{Text: c.queries[i%len(c.queries)], Size: 20, Forgiving: c.forgiving}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
