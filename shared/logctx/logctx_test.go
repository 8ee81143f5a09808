package logctx

import (
	"bytes"
	"context"
	"log/slog"
	"testing"
)

func TestPer(t *testing.T) {
	ctx := context.Background()
	var a, b bytes.Buffer
	base, req := slog.New(slog.NewTextHandler(&a, nil)), slog.New(slog.NewTextHandler(&b, nil))
	Per(base, func(context.Context) *slog.Logger { return req })(ctx).Info("x")
	if a.Len() != 0 || b.Len() == 0 {
		t.Fatalf("the per-request logger was not chosen: base %q, request %q", a.String(), b.String())
	}
	Per(base, nil)(ctx).Info("y")
	if a.Len() == 0 {
		t.Fatal("the base logger was not used")
	}
	Per(nil, nil)(ctx).Info("z") // discards, does not panic
}
