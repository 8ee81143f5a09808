package wire_test

import (
	"context"
	"errors"
	"log/slog"
	"testing"

	"github.com/seoul-plaza/plaza/events"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/s3event"
	"github.com/seoul-plaza/plaza/shared/storage"
)

func TestObjectHandler(t *testing.T) {
	var got []storage.Event
	fail := map[string]bool{}
	h := wire.ObjectHandler(slog.New(slog.DiscardHandler), func(_ context.Context, ev storage.Event) error {
		got = append(got, ev)
		if fail[ev.Key] {
			return errors.New("boom")
		}
		return nil
	})
	load := func(name string) []byte {
		data, err := events.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	ctx := context.Background()
	if err := h(ctx, load("s3-test-event")); err != nil || len(got) != 0 {
		t.Fatalf("test event: %v, %d calls", err, len(got))
	}
	if err := h(ctx, load("s3-eventbridge-korean-key-created")); err != nil || len(got) != 1 || got[0].Key != "e-approval/SEOUL-INFO-2014-001234/files/붙임1. 추진계획 (안).hwp" {
		t.Fatalf("EventBridge: %v, %+v", err, got)
	}
	// One of two records fails: the other is still handled, the error is returned.
	got = nil
	fail["minutes/SEOUL-MIN-2014-000077/envelope.json"] = true
	err := h(ctx, load("s3-notification-envelope-created"))
	if err == nil || len(got) != 2 {
		t.Fatalf("failing record: %v after %d calls", err, len(got))
	}
	if err := h(ctx, load("schedule-monitor")); !errors.Is(err, s3event.ErrUnknown) {
		t.Fatalf("schedule event: %v", err)
	}
}

func TestScheduleRule(t *testing.T) {
	for name, want := range map[string]string{
		"schedule-monitor":       "Plaza-dev-MonitorTick3D9C1F44-Q2W8E4R6T1Y3",
		"schedule-monitor-daily": "Plaza-dev-MonitorDaily7A41B2C9-U5I7O9P1A3S5",
		"s3-test-event":          "",
	} {
		data, err := events.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := wire.ScheduleRule(data); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}
