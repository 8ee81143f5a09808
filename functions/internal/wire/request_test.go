package wire

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/lambdacontext"
)

func TestEveryLogLineCarriesTheRequestID(t *testing.T) {
	// GIVEN a function's logger, built once at start-up
	var out bytes.Buffer
	inv := &invocation{}
	log := slog.New(requestHandler{Handler: slog.NewJSONHandler(&out, nil), cur: inv}).With("function", "ingest")
	e := Env{Log: log, inv: inv}
	h := Handle(e, func(ctx context.Context, _ string) (string, error) {
		e.Log.Info("without the context")      // as handlers built at start-up log
		e.Log.InfoContext(ctx, "with context") // as request-scoped code logs
		e.Log.With("document", "X").Warn("derived logger")
		return "", nil
	})
	// WHEN two invocations run, as the runtime passes them
	for _, id := range []string{"req-1", "req-2"} {
		ctx := lambdacontext.NewContext(context.Background(), &lambdacontext.LambdaContext{AwsRequestID: id})
		ctx = context.WithValue(ctx, "x-amzn-trace-id", "Root=1-"+id)
		if _, err := h(ctx, ""); err != nil {
			t.Fatal(err)
		}
	}
	e.Log.Info("between invocations")
	// THEN every line of an invocation carries its request and trace ids
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 7 {
		t.Fatalf("%d lines:\n%s", len(lines), out.String())
	}
	for i, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		want := ""
		switch {
		case i < 3:
			want = "req-1"
		case i < 6:
			want = "req-2"
		}
		if got, _ := rec["request_id"].(string); got != want {
			t.Errorf("line %d: request_id %q, want %q: %s", i, got, want, l)
		}
		if want != "" && rec["trace_id"] != "Root=1-"+want {
			t.Errorf("line %d: trace_id %v", i, rec["trace_id"])
		}
		if rec["function"] != "ingest" {
			t.Errorf("line %d lost the logger's attributes: %s", i, l)
		}
	}
}
