// Package storagetest is the behaviour every storage.Store must have, as
// one suite run against each adapter (the folder on one machine, S3 on
// moto_server), so that the pipeline sees one store wherever it runs.
package storagetest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/storage"
)

// Open returns a store and an empty bucket in it.
type Open func(t *testing.T) (storage.Store, string)

// Run runs the suite.
func Run(t *testing.T, open Open) {
	ctx := context.Background()
	get := func(t *testing.T, s storage.Store, b, k string) string {
		t.Helper()
		rc, _, err := s.Get(ctx, b, k)
		if err != nil {
			t.Fatalf("get %s: %v", k, err)
		}
		defer rc.Close()
		data, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}

	t.Run("round trip with Korean and spaces in the key", func(t *testing.T) {
		s, b := open(t)
		key := "e-approval/SEOUL-1/files/붙임1. 추진 계획(안).hwp"
		if err := s.Put(ctx, b, key, strings.NewReader("내용"), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
		if got := get(t, s, b, key); got != "내용" {
			t.Errorf("got %q", got)
		}
		info, err := s.Head(ctx, b, key)
		if err != nil || info.Size != int64(len("내용")) {
			t.Errorf("head: %+v %v", info, err)
		}
	})

	t.Run("overwrite replaces", func(t *testing.T) {
		s, b := open(t)
		s.Put(ctx, b, "k", strings.NewReader("one"), storage.PutOptions{})
		if err := s.Put(ctx, b, "k", strings.NewReader("two"), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
		if got := get(t, s, b, "k"); got != "two" {
			t.Errorf("got %q", got)
		}
	})

	t.Run("missing objects", func(t *testing.T) {
		s, b := open(t)
		if _, _, err := s.Get(ctx, b, "nope"); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("get: %v", err)
		}
		if _, err := s.Head(ctx, b, "nope"); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("head: %v", err)
		}
		if err := s.Delete(ctx, b, "nope"); err != nil {
			t.Errorf("deleting a missing object is not an error: %v", err)
		}
	})

	t.Run("if-none-match", func(t *testing.T) {
		s, b := open(t)
		if err := s.Put(ctx, b, "once", strings.NewReader("a"), storage.PutOptions{IfNoneMatch: true}); err != nil {
			t.Fatal(err)
		}
		if err := s.Put(ctx, b, "once", strings.NewReader("b"), storage.PutOptions{IfNoneMatch: true}); !errors.Is(err, storage.ErrExists) {
			t.Errorf("second conditional put: %v", err)
		}
		if got := get(t, s, b, "once"); got != "a" {
			t.Errorf("conditional put overwrote: %q", got)
		}
	})

	t.Run("delete", func(t *testing.T) {
		s, b := open(t)
		s.Put(ctx, b, "d/x.json", strings.NewReader("{}"), storage.PutOptions{})
		if err := s.Delete(ctx, b, "d/x.json"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Head(ctx, b, "d/x.json"); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("after delete: %v", err)
		}
	})

	t.Run("list by prefix in key order", func(t *testing.T) {
		s, b := open(t)
		keys := []string{"staged/6110000/B/v1.json", "staged/6110000/A/v2.json", "staged/6110000/A/v10.json", "review/6110000/A.json", "staged/7000000/Z/v1.json"}
		for _, k := range keys {
			if err := s.Put(ctx, b, k, strings.NewReader(k), storage.PutOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		var got []string
		if err := s.List(ctx, b, "staged/6110000/", func(i storage.Info) error { got = append(got, i.Key); return nil }); err != nil {
			t.Fatal(err)
		}
		want := "staged/6110000/A/v10.json,staged/6110000/A/v2.json,staged/6110000/B/v1.json"
		if strings.Join(got, ",") != want {
			t.Errorf("list = %v, want %s", got, want)
		}
		var all int
		s.List(ctx, b, "", func(storage.Info) error { all++; return nil })
		if all != len(keys) {
			t.Errorf("list all: %d, want %d", all, len(keys))
		}
		// A partial last segment is a prefix too, as in S3.
		got = nil
		s.List(ctx, b, "staged/61", func(i storage.Info) error { got = append(got, i.Key); return nil })
		if len(got) != 3 {
			t.Errorf("partial prefix: %v", got)
		}
	})

	t.Run("list stops on the callback's error", func(t *testing.T) {
		s, b := open(t)
		for _, k := range []string{"a", "b", "c"} {
			s.Put(ctx, b, k, strings.NewReader(k), storage.PutOptions{})
		}
		stop := errors.New("stop")
		n := 0
		err := s.List(ctx, b, "", func(storage.Info) error { n++; return stop })
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("err %v after %d calls", err, n)
		}
	})

	t.Run("large object streams", func(t *testing.T) {
		s, b := open(t)
		big := bytes.Repeat([]byte("가나다라마바사아자차카타파하\n"), 300_000) // ≈12.6 MB
		if err := s.Put(ctx, b, "big.txt", onlyReader{bytes.NewReader(big)}, storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
		data, err := storage.ReadAll(ctx, s, b, "big.txt", int64(len(big)))
		if err != nil || !bytes.Equal(data, big) {
			t.Fatalf("read back %d bytes, %v", len(data), err)
		}
		if _, err := storage.ReadAll(ctx, s, b, "big.txt", int64(len(big))-1); !errors.Is(err, storage.ErrTooLarge) {
			t.Errorf("limit not enforced: %v", err)
		}
	})
}

// onlyReader hides every method but Read, so the store cannot seek or
// learn the length in advance, as with a network stream.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }
