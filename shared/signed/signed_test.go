package signed

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

type claims struct {
	ID    string `json:"id"`
	Score int    `json:"score,omitempty"`
}

func TestTokens(t *testing.T) {
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	s, err := New(bytes.Repeat([]byte{7}, 32), func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	tok, err := s.Sign("rate", claims{ID: "Q-1"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	var c claims
	if err := s.Open("rate", tok, &c); err != nil || c.ID != "Q-1" {
		t.Fatalf("open: %v %+v", err, c)
	}
	other, _ := New(bytes.Repeat([]byte{8}, 32), func() time.Time { return now })
	p, sig, _ := strings.Cut(tok, ".")
	forged, _ := s.Sign("rate", claims{ID: "Q-2"}, time.Hour)
	fp, _, _ := strings.Cut(forged, ".")
	for name, check := range map[string]func() error{
		"other purpose":  func() error { return s.Open("unsubscribe", tok, &c) },
		"other key":      func() error { return other.Open("rate", tok, &c) },
		"swapped claims": func() error { return s.Open("rate", fp+"."+sig, &c) },
		"no signature":   func() error { return s.Open("rate", p, &c) },
		"garbage":        func() error { return s.Open("rate", "a.b", &c) },
		"expired": func() error {
			now = now.Add(2 * time.Hour)
			defer func() { now = now.Add(-2 * time.Hour) }()
			return s.Open("rate", tok, &c)
		},
	} {
		if err := check(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
	if _, err := New([]byte("short"), nil); err == nil {
		t.Fatal("a short key was taken")
	}
}

type memSecrets map[string][]byte

var errMissing, errExists = errors.New("missing"), errors.New("exists")

func (m memSecrets) Secret(_ context.Context, name string) ([]byte, error) {
	if d, ok := m[name]; ok {
		return d, nil
	}
	return nil, errMissing
}

func (m memSecrets) PutSecret(_ context.Context, name string, data []byte) error {
	if _, ok := m[name]; ok {
		return errExists
	}
	m[name] = data
	return nil
}

type xorSealer struct{}

func (xorSealer) Seal(_ context.Context, p []byte, _ string) ([]byte, error) {
	out := bytes.Clone(p)
	for i := range out {
		out[i] ^= 0x5a
	}
	return out, nil
}
func (x xorSealer) Open(ctx context.Context, p []byte, c string) ([]byte, error) {
	return x.Seal(ctx, p, c)
}

func TestLoadKeepsOneKey(t *testing.T) {
	ctx := context.Background()
	st := memSecrets{}
	is := func(target error) func(error) bool { return func(err error) bool { return errors.Is(err, target) } }
	a, err := Load(ctx, st, xorSealer{}, is(errMissing), is(errExists), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load(ctx, st, xorSealer{}, is(errMissing), is(errExists), nil)
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := a.Sign("confirm", claims{ID: "S"}, 0)
	var c claims
	if err := b.Open("confirm", tok, &c); err != nil {
		t.Fatalf("a second instance does not open the first's token: %v", err)
	}
	if bytes.Equal(st[secretName], a.key) {
		t.Fatal("the key is stored unsealed")
	}
}
