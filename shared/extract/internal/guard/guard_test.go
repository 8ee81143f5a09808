package guard

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
)

func TestReaderLimit(t *testing.T) {
	ctx := context.Background()
	b, err := ReadAll(ctx, strings.NewReader("12345"), 5, "extract.too_large", "x")
	if err != nil || string(b) != "12345" {
		t.Fatalf("exactly at the limit: %q %v", b, err)
	}
	_, err = ReadAll(ctx, strings.NewReader("123456"), 5, "extract.too_large", "x")
	if p, ok := document.Reason(err); !ok || p.Code != "extract.too_large" {
		t.Fatalf("past the limit: %v", err)
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	_, err = io.Copy(io.Discard, Reader(done, bytes.NewReader(make([]byte, 10)), 100, "c", "x"))
	if p, ok := document.Reason(err); !ok || p.Code != "extract.timeout" {
		t.Fatalf("after cancel: %v", err)
	}
}

func TestTicker(t *testing.T) {
	done, cancel := context.WithCancel(context.Background())
	cancel()
	tk := NewTicker(done)
	var err error
	for i := 0; i < 256 && err == nil; i++ {
		err = tk.Tick()
	}
	if err == nil {
		t.Fatal("ticker never saw the cancelled context")
	}
}
