package verify

import "unicode/utf8"

// hits maps each word of the vocabulary to the offsets where it occurs.
type hits map[string][]int

// finder finds every word of a fixed vocabulary in one pass over a text,
// keyed on each word's first character, instead of one search per word.
type finder struct {
	slot  []uint16   // first rune (BMP) → index into words+1; 0 = none
	words [][]string // words sharing a first rune
}

func newFinder(vocab ...[]string) *finder {
	f := &finder{slot: make([]uint16, 0x10000)}
	for _, list := range vocab {
		for _, w := range list {
			r, _ := utf8.DecodeRuneInString(w)
			if r >= 0x10000 {
				continue
			}
			k := f.slot[r]
			if k == 0 {
				f.words = append(f.words, nil)
				k = uint16(len(f.words))
				f.slot[r] = k
			}
			dup := false
			for _, x := range f.words[k-1] {
				dup = dup || x == w
			}
			if !dup {
				f.words[k-1] = append(f.words[k-1], w)
			}
		}
	}
	return f
}

func (f *finder) find(s string) hits {
	h := hits{}
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if r < 0x10000 {
			if k := f.slot[r]; k != 0 {
				for _, w := range f.words[k-1] {
					if len(s)-i >= len(w) && s[i:i+len(w)] == w {
						h[w] = append(h[w], i)
					}
				}
			}
		}
		i += size
	}
	return h
}

// vocabulary is every word a layer-2 rule looks for.
var vocabulary = func() *finder {
	var ids []string
	for _, k := range idKeywords {
		ids = append(ids, k.word)
	}
	return newFinder(ids, honorifics, nameMarkers, []string{"로 ", "길 ", "동 ", "생", "(", "고객님", "선생님", "어르신"}, bornNotes)
}()
