package hwp

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"testing"
	"unicode/utf16"
)

// This file writes minimal OLE compound files (CFB v3, 512-byte sectors)
// so the tests can build HWP documents with chosen flags and bodies.
// Streams are padded to the 4096-byte mini-stream cutoff, so no mini
// stream is needed.

const (
	secFree = 0xFFFFFFFF
	secEnd  = 0xFFFFFFFE
	secFAT  = 0xFFFFFFFD
	noEntry = 0xFFFFFFFF
)

type cfbEntry struct {
	name        string
	typ         byte // 1 storage, 2 stream, 5 root
	left, right uint32
	child       uint32
	data        []byte
}

// buildCFB lays out entries (entry 0 is the root) in one file.
func buildCFB(t testing.TB, entries []cfbEntry) []byte {
	t.Helper()
	const ss = 512
	dirSectors := (len(entries)*128 + ss - 1) / ss
	dataSectors := 0
	for i := range entries {
		if entries[i].typ == 2 && len(entries[i].data) < 4096 {
			entries[i].data = append(entries[i].data, make([]byte, 4096-len(entries[i].data))...)
		}
		dataSectors += (len(entries[i].data) + ss - 1) / ss
	}
	fatSectors := 1
	for (fatSectors + dirSectors + dataSectors) > fatSectors*(ss/4) {
		fatSectors++
	}
	if fatSectors > 109 {
		t.Fatal("too big for the test writer")
	}
	total := fatSectors + dirSectors + dataSectors
	fat := make([]uint32, fatSectors*(ss/4))
	for i := range fat {
		fat[i] = secFree
	}
	for i := 0; i < fatSectors; i++ {
		fat[i] = secFAT
	}
	chain := func(start, n int) {
		for i := 0; i < n; i++ {
			if i == n-1 {
				fat[start+i] = secEnd
			} else {
				fat[start+i] = uint32(start + i + 1)
			}
		}
	}
	chain(fatSectors, dirSectors)
	next := fatSectors + dirSectors
	starts := make([]int, len(entries))
	body := make([]byte, 0, dataSectors*ss)
	for i, e := range entries {
		if e.typ != 2 {
			continue
		}
		n := (len(e.data) + ss - 1) / ss
		starts[i] = next
		chain(next, n)
		next += n
		padded := append(append([]byte(nil), e.data...), make([]byte, n*ss-len(e.data))...)
		body = append(body, padded...)
	}
	out := make([]byte, 512, 512+total*ss)
	copy(out, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
	le := binary.LittleEndian
	le.PutUint16(out[24:], 0x3E)
	le.PutUint16(out[26:], 3)
	le.PutUint16(out[28:], 0xFFFE)
	le.PutUint16(out[30:], 9)
	le.PutUint16(out[32:], 6)
	le.PutUint32(out[44:], uint32(fatSectors))
	le.PutUint32(out[48:], uint32(fatSectors))
	le.PutUint32(out[56:], 4096)
	le.PutUint32(out[60:], secEnd)
	le.PutUint32(out[68:], secEnd)
	for i := 0; i < 109; i++ {
		v := uint32(secFree)
		if i < fatSectors {
			v = uint32(i)
		}
		le.PutUint32(out[76+4*i:], v)
	}
	for _, v := range fat {
		out = le.AppendUint32(out, v)
	}
	dir := make([]byte, dirSectors*ss)
	for i := len(entries); i < dirSectors*4; i++ {
		d := dir[i*128:]
		le.PutUint32(d[68:], noEntry)
		le.PutUint32(d[72:], noEntry)
		le.PutUint32(d[76:], noEntry)
	}
	for i, e := range entries {
		d := dir[i*128:]
		name := utf16.Encode([]rune(e.name))
		for j, u := range name {
			le.PutUint16(d[2*j:], u)
		}
		le.PutUint16(d[64:], uint16(2*len(name)+2))
		d[66] = e.typ
		d[67] = 1
		le.PutUint32(d[68:], e.left)
		le.PutUint32(d[72:], e.right)
		le.PutUint32(d[76:], e.child)
		if e.typ == 2 {
			le.PutUint32(d[116:], uint32(starts[i]))
			le.PutUint32(d[120:], uint32(len(e.data)))
		} else {
			le.PutUint32(d[116:], secEnd)
		}
	}
	out = append(out, dir...)
	return append(out, body...)
}

// fileHeader returns a FileHeader stream for version 5.0.3.0 with flags.
func fileHeader(flags uint32) []byte {
	h := make([]byte, 256)
	copy(h, Signature)
	binary.LittleEndian.PutUint32(h[32:], 0x05000300)
	binary.LittleEndian.PutUint32(h[36:], flags)
	return h
}

// buildHWP returns an HWP 5 file with the given flags and raw (not yet
// compressed) section record streams.
func buildHWP(t testing.TB, flags uint32, sections ...[]byte) []byte {
	t.Helper()
	streams := make([][]byte, len(sections))
	for i, s := range sections {
		switch {
		case flags&FlagCompressed != 0:
			s = deflate(t, s)
		case len(s) < 4096:
			// Pad with a record the parser skips, not with zeros.
			s = append(append([]byte(nil), s...), rec(0x10+53, 1, make([]byte, 4096-len(s)))...)
		}
		streams[i] = s
	}
	return buildHWPStreams(t, flags, streams...)
}

// buildHWPStreams stores the section streams as they are.
func buildHWPStreams(t testing.TB, flags uint32, streams ...[]byte) []byte {
	entries := []cfbEntry{
		{name: "Root Entry", typ: 5, left: noEntry, right: noEntry, child: 1},
		{name: "FileHeader", typ: 2, left: noEntry, right: 2, child: noEntry, data: fileHeader(flags)},
		{name: "BodyText", typ: 1, left: noEntry, right: noEntry, child: 3},
	}
	for i, s := range streams {
		right := uint32(noEntry)
		if i+1 < len(streams) {
			right = uint32(3 + i + 1)
		}
		entries = append(entries, cfbEntry{name: "Section" + string(rune('0'+i)), typ: 2, left: noEntry, right: right, child: noEntry, data: s})
	}
	return buildCFB(t, entries)
}

func deflate(t testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rec encodes one record.
func rec(tag, level int, payload []byte) []byte {
	var out []byte
	if len(payload) >= 0xfff {
		out = binary.LittleEndian.AppendUint32(out, uint32(tag|level<<10|0xfff<<20))
		out = binary.LittleEndian.AppendUint32(out, uint32(len(payload)))
	} else {
		out = binary.LittleEndian.AppendUint32(out, uint32(tag|level<<10|len(payload)<<20))
	}
	return append(out, payload...)
}

// paraRec is a PARA_HEADER + PARA_TEXT pair; units are UTF-16 code units
// already including any controls.
func paraRec(level int, units ...uint16) []byte {
	p := make([]byte, 0, 2*len(units)+2)
	for _, u := range units {
		p = binary.LittleEndian.AppendUint16(p, u)
	}
	p = binary.LittleEndian.AppendUint16(p, 13)
	return append(rec(tagParaHeader, level, make([]byte, 22)), rec(tagParaText, level+1, p)...)
}

func u16(s string) []uint16 { return utf16.Encode([]rune(s)) }

// ctrl is an 8-unit inline or extended control with code c.
func ctrl(c uint16) []uint16 { return []uint16{c, 0x2020, 0x6c62, 0x7420, 0, 0, 0, c} }

// cell is a LIST_HEADER for a table cell at row, col.
func cell(level, row, col int) []byte {
	p := make([]byte, 34)
	binary.LittleEndian.PutUint16(p[0:], 1)
	binary.LittleEndian.PutUint16(p[8:], uint16(col))
	binary.LittleEndian.PutUint16(p[10:], uint16(row))
	return rec(tagListHeader, level, p)
}

func tableCtrl(level int) []byte {
	return rec(tagCtrlHeader, level, binary.LittleEndian.AppendUint32(nil, ctrlTable))
}

func join(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
