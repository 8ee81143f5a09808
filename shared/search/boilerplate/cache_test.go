package boilerplate

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"
)

// loader serves models by organization, or err, and counts its reads.
type loader struct {
	models map[string]Model
	err    error
	reads  int
}

func (l *loader) Load(ctx context.Context, org string) (Model, error) {
	l.reads++
	if l.err != nil {
		return Model{}, l.err
	}
	return l.models[org], nil
}

// TestCacheReadsOncePerTTLAndSurvivesFailures: an organization's lines
// are read on first use and kept for the TTL; a failed read names the
// lines read before and logs a warning, and is retried after RetryAfter.
func TestCacheReadsOncePerTTLAndSurvivesFailures(t *testing.T) {
	ctx := context.Background()
	attach := "붙임 1. 세부 추진계획 1부. 끝."
	body := "본문\n" + attach
	l := &loader{models: map[string]Model{"6110000": {Lines: map[string][]string{"6110000/1100123": {Normalize(attach)}}}}}
	now := time.Date(2026, 12, 7, 1, 0, 0, 0, time.UTC)
	var logs bytes.Buffer
	c := NewCache(l, CacheOptions{TTL: 10 * time.Minute, RetryAfter: time.Minute, Now: func() time.Time { return now },
		Logger: slog.New(slog.NewJSONHandler(&logs, nil))})

	for range 3 {
		if got := c.Of(ctx, "6110000", "1100123", body); !slices.Equal(got, []string{attach}) {
			t.Fatalf("named %q, want the 붙임 line", got)
		}
	}
	if l.reads != 1 {
		t.Errorf("%d reads within the TTL, want 1", l.reads)
	}
	// An organization's model never names another's lines.
	if got := c.Of(ctx, "3220000", "1100123", body); got != nil {
		t.Errorf("3220000 named %q", got)
	}

	// WHEN the TTL has passed and the store fails THEN the lines read
	// before still count, with a warning, and the store is not asked
	// again until RetryAfter.
	now = now.Add(11 * time.Minute)
	l.err = errors.New("access denied")
	reads := l.reads
	if got := c.Of(ctx, "6110000", "1100123", body); !slices.Equal(got, []string{attach}) {
		t.Errorf("after a failed read, named %q, want the lines read before", got)
	}
	c.Of(ctx, "6110000", "1100123", body)
	if l.reads != reads+1 {
		t.Errorf("%d reads after a failure, want 1 until RetryAfter", l.reads-reads)
	}
	if !strings.Contains(logs.String(), `"level":"WARN"`) || !strings.Contains(logs.String(), "access denied") {
		t.Errorf("no warning logged: %s", logs.String())
	}
	if strings.Contains(logs.String(), "추진계획") {
		t.Errorf("the warning quotes a line: %s", logs.String())
	}
	// WHEN it answers again after RetryAfter THEN its new lines count.
	now = now.Add(2 * time.Minute)
	l.err = nil
	l.models["6110000"] = Model{Lines: map[string][]string{}}
	if got := c.Of(ctx, "6110000", "1100123", body); got != nil {
		t.Errorf("after the store answered with no lines, named %q", got)
	}
}
