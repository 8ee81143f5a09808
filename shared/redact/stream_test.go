package redact

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// lineSource generates n bytes of lines, each with a resident number, a
// phone and a name, without holding them in memory.
type lineSource struct {
	n, sent int
	line    int
	pending []byte
}

func (l *lineSource) Read(p []byte) (int, error) {
	if l.sent >= l.n && len(l.pending) == 0 {
		return 0, io.EOF
	}
	if len(l.pending) == 0 {
		l.line++
		l.pending = []byte(fmt.Sprintf("%d번째 민원: 민원인 김민수 씨(주민등록번호 900101-1%06d, 연락처 010-%04d-5678)의 요청에 따라 제12조제3항을 적용한다.\n", l.line, l.line%1000000, l.line%10000))
		if l.sent+len(l.pending) > l.n {
			l.pending = l.pending[:l.n-l.sent]
		}
	}
	k := copy(p, l.pending)
	l.pending = l.pending[k:]
	l.sent += k
	return k, nil
}

// countingWriter checks the output as it streams by.
type countingWriter struct {
	n, lines int
	leak     bool
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	w.lines += bytes.Count(p, []byte{'\n'})
	if bytes.Contains(p, []byte("900101-1")) && bytes.Contains(p, []byte("-1******")) == false {
		w.leak = true
	}
	if bytes.Contains(p, []byte("김민수")) {
		w.leak = true
	}
	return len(p), nil
}

func TestRedactReaderBoundedMemory(t *testing.T) {
	const size = 50 << 20
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	// A steadier collector makes the peak a property of the code, not of
	// GC timing on a busy machine.
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	runtime.GC()
	src := &lineSource{n: size}
	var w countingWriter
	counts := map[string]int{}
	nf := 0
	err := New().RedactStream(context.Background(), src, &w, Options{}, func(f Finding) error {
		counts[f.Type]++
		nf++
		return nil
	})
	close(stop)
	<-done
	if err != nil {
		t.Fatal(err)
	}
	if w.leak {
		t.Error("output holds an unmasked value")
	}
	if w.lines != src.line && w.lines != src.line-1 {
		t.Errorf("output has %d lines, input %d", w.lines, src.line)
	}
	if counts[TypeRRN] < src.line-1 || counts[TypeMobile] < src.line-1 || counts[TypeName] < src.line-1 {
		t.Errorf("counts %v for %d lines", counts, src.line)
	}
	// Neither the text nor the findings are held: 50 MB of input stays
	// well under 50 MB of live heap (the test binary itself takes some).
	const limit = 36 << 20
	t.Logf("peak heap %d MiB for %d MiB input, %d findings", peak.Load()>>20, size>>20, nf)
	if peak.Load() > limit {
		t.Errorf("peak heap %d MiB > limit %d MiB", peak.Load()>>20, limit>>20)
	}
}

func TestRedactReaderMatchesRedact(t *testing.T) {
	var sb strings.Builder
	for i := 0; sb.Len() < 3*ChunkSize; i++ {
		fmt.Fprintf(&sb, "주민등록번호 900101-1%06d, 메일 user%d@example.org, 카드 4111-1111-1111-1111, 2014. 3. 1.\n", i, i)
	}
	in := sb.String()
	want := New().Redact(in, Options{})
	var out bytes.Buffer
	fs, err := New().RedactReader(context.Background(), strings.NewReader(in), &out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != want.Text {
		t.Fatal("streamed output differs from Redact")
	}
	if len(fs) != len(want.Findings) {
		t.Fatalf("streamed %d findings, Redact %d", len(fs), len(want.Findings))
	}
	for i := range fs {
		if fs[i] != want.Findings[i] {
			t.Fatalf("finding %d: %+v vs %+v", i, fs[i], want.Findings[i])
		}
	}
}

func TestRedactReaderLongLine(t *testing.T) {
	// One line longer than a chunk: values near the cut survive intact.
	var sb strings.Builder
	for sb.Len() < 2*ChunkSize+100 {
		sb.WriteString("가나다 라마바 010-1234-5678 사아자 ")
	}
	var out bytes.Buffer
	if _, err := New().RedactReader(context.Background(), strings.NewReader(sb.String()), &out, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "1234-5678") {
		t.Fatal("a phone number survived a chunk cut")
	}
}

func TestRedactReaderCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New().RedactReader(ctx, &lineSource{n: 1 << 20}, io.Discard, Options{})
	if err == nil {
		t.Fatal("no error after cancel")
	}
}
