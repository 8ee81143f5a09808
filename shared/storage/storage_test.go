package storage

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// An inbox key is a sender's and may name a person: an Event must never
// repeat it, whether logged or printed.
func TestEventNeverShowsItsKey(t *testing.T) {
	ev := Event{Kind: Created, Bucket: "inbox", Key: "minwon/홍길동-010-1234-5678/envelope.json", ID: "ev-1"}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("x", "event", ev)
	shown := map[string]string{
		"log":   buf.String(),
		"%v":    fmt.Sprintf("%v", ev),
		"%s":    fmt.Sprintf("%s", ev),
		"error": fmt.Errorf("stage: %v", ev).Error(),
	}
	for how, s := range shown {
		t.Run(how, func(t *testing.T) {
			if strings.Contains(s, "홍길동") || strings.Contains(s, "1234") {
				t.Errorf("the key shows: %s", s)
			}
			if !strings.Contains(s, KeyDigest(ev.Key)) {
				t.Errorf("no digest to follow the object by: %s", s)
			}
		})
	}
	if !strings.Contains(buf.String(), `"event":{"id":"ev-1","kind":"`+Created+`","bucket":"inbox","key_sha":"`) {
		t.Errorf("log line %s", buf.String())
	}
}
