package redact

import "strings"

// runeSet is a set of runes asked about on every word (surnames, the
// first letters of labels): a bitmap over ASCII and the Hangul syllables,
// where nearly all members are, and a map for the rest. A lookup is a
// shift and a mask instead of a hash, which the name and label passes do
// for most words of a text.
type runeSet struct {
	ascii  [2]uint64
	hangul [(0xD7A3-0xAC00)/64 + 1]uint64
	other  map[rune]bool
}

// newRuneSet returns the set of the runes of each string in ws, all of
// them or, with first, only the first.
func newRuneSet(ws []string, first bool) *runeSet {
	set := &runeSet{other: map[rune]bool{}}
	for _, w := range ws {
		for _, r := range w {
			set.add(r)
			if first {
				break
			}
		}
	}
	return set
}

func (set *runeSet) add(r rune) {
	switch {
	case r >= 0 && r < 0x80:
		set.ascii[r>>6] |= 1 << (r & 63)
	case isHangul(r):
		k := r - 0xAC00
		set.hangul[k>>6] |= 1 << (k & 63)
	default:
		set.other[r] = true
	}
}

// has reports whether r is in the set.
func (set *runeSet) has(r rune) bool {
	switch {
	case r >= 0 && r < 0x80:
		return set.ascii[r>>6]&(1<<(r&63)) != 0
	case isHangul(r):
		k := r - 0xAC00
		return set.hangul[k>>6]&(1<<(k&63)) != 0
	}
	return set.other[r]
}

// rareAt returns the byte of w that a search should look for first: the
// last byte of a multi-byte letter, else an ASCII letter, else -1. In
// Korean text a space or a syllable's lead byte comes every few bytes, so
// strings.Index, which looks for the first byte, stops at nearly every
// syllable; a syllable's last byte or a Latin letter is far rarer.
func rareAt(w string) int {
	best, rank := -1, 0
	for i := 0; i < len(w); i++ {
		c, r := w[i], 0
		switch {
		case i > 0 && c&0xC0 == 0x80 && w[i-1]&0xC0 == 0x80:
			r = 2
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			r = 1
		}
		if r >= rank && r > 0 {
			best, rank = i, r
		}
	}
	return best
}

// indexRare returns strings.Index(s, w), found by w's rarest byte.
func indexRare(s, w string) int {
	return indexBy(s, w, rareAt(w))
}

// byteCounts counts each byte value of a text, for indexIn.
type byteCounts [256]int32

// countBytes counts a sample of s: about 64K bytes evenly spread, with a
// stride no multiple of 3, so that every byte of a syllable is sampled.
// The counts only choose which byte to look for, never what is found.
func countBytes(s string) *byteCounts {
	var c byteCounts
	step := len(s)>>16 | 1
	if step%3 == 0 {
		step += 2
	}
	for i := 0; i < len(s); i += step {
		c[s[i]]++
	}
	return &c
}

// indexIn returns strings.Index(s, w), found by the byte of w that the
// text (counted in c) holds fewest of.
func (c *byteCounts) indexIn(s, w string) int {
	k := -1
	for i := 0; i < len(w); i++ {
		if k < 0 || c[w[i]] <= c[w[k]] {
			k = i
		}
	}
	return indexBy(s, w, k)
}

// indexBy returns strings.Index(s, w), found by looking for w's byte k.
func indexBy(s, w string, k int) int {
	if k < 0 || len(s) < 64 {
		return strings.Index(s, w)
	}
	fails := 0
	for from := k; from < len(s); {
		j := strings.IndexByte(s[from:], w[k])
		if j < 0 {
			return -1
		}
		if at := from + j - k; at+len(w) <= len(s) && s[at:at+len(w)] == w {
			return at
		}
		from += j + 1
		// A byte that is not rare in this text: strings.Index, which
		// turns to a vector search after as many misses, takes the rest
		// (every place before from-k is already ruled out).
		if fails++; fails > 4+from>>4 {
			if at := strings.Index(s[from-k:], w); at >= 0 {
				return from - k + at
			}
			return -1
		}
	}
	return -1
}

// containsRare returns strings.Contains(s, w), found by w's rarest byte.
func containsRare(s, w string) bool { return indexRare(s, w) >= 0 }

// syllableAt decodes the Hangul syllable at i, which hangulAt(s, i)
// reports, without the general decoder.
func syllableAt(s string, i int) rune {
	return rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
}
