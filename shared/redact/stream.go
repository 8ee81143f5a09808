package redact

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"unicode/utf8"
)

// ChunkSize is the most text RedactReader holds at once. Text is cut at
// line ends, which no finding crosses; a longer line is cut at a space
// between words.
const ChunkSize = 1 << 20

// maxKnownNames bounds the names carried from one chunk to the next.
const maxKnownNames = 4096

// RedactReader masks text from src into dst like RedactStream and returns
// the findings; their memory grows with their number.
func (r *Redactor) RedactReader(ctx context.Context, src io.Reader, dst io.Writer, opts Options) ([]Finding, error) {
	var all []Finding
	err := r.RedactStream(ctx, src, dst, opts, func(f Finding) error {
		all = append(all, f)
		return nil
	})
	return all, err
}

// RedactStream masks text from src into dst in chunks, so memory stays
// bounded whatever the size of the input (a 50 MB document costs about
// two chunks), and hands each finding to each as it goes. Offsets are
// byte offsets into the whole input. Names found in earlier chunks are
// also masked in later ones.
func (r *Redactor) RedactStream(ctx context.Context, src io.Reader, dst io.Writer, opts Options, each func(Finding) error) error {
	br := bufio.NewReaderSize(src, 64<<10)
	bw := bufio.NewWriterSize(dst, 64<<10)
	buf := make([]byte, 0, ChunkSize)
	known := map[string]string{}
	base := 0
	eof := false
	for !eof || len(buf) > 0 {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("redact stream: %w", err)
		}
		// Fill the buffer up to ChunkSize.
		for !eof && len(buf) < ChunkSize {
			n, err := br.Read(buf[len(buf):ChunkSize])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return fmt.Errorf("redact stream: read: %w", err)
			}
		}
		cut := len(buf)
		if !eof {
			cut = safeCut(buf)
		}
		text := string(buf[:cut])
		res := r.redact(text, opts, known)
		if _, err := bw.WriteString(res.Text); err != nil {
			return fmt.Errorf("redact stream: write: %w", err)
		}
		for _, f := range res.Findings {
			f.Start += base
			f.End += base
			if err := each(f); err != nil {
				return fmt.Errorf("redact stream: %w", err)
			}
		}
		base += cut
		buf = buf[:copy(buf, buf[cut:])]
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("redact stream: write: %w", err)
	}
	return nil
}

// safeCut returns where to end a full chunk: after its last newline, or
// else at a space with no digit, letter or '@' beside it, or else at the
// last rune boundary.
func safeCut(b []byte) int {
	if k := bytes.LastIndexByte(b, '\n'); k >= 0 {
		return k + 1
	}
	for k := len(b) - 1; k > 0 && k > len(b)-8192; k-- {
		if b[k] == ' ' && k+1 < len(b) && !wordish(b[k-1]) && !wordish(b[k+1]) {
			return k + 1
		}
	}
	k := len(b)
	for k > 0 && !utf8.RuneStart(b[k-1]) {
		k--
	}
	if k > 0 {
		k-- // before the last rune, which may be incomplete
	}
	if k == 0 {
		return len(b)
	}
	return k
}

// wordish reports bytes that may belong to a value a detector reads
// across a space (digits, Latin letters, separators).
func wordish(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '.' || c == '@' || c == '(' || c == ')' || c == ' '
}
