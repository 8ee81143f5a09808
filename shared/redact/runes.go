package redact

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
