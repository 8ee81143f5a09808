package localfs

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/storagetest"
)

type recorder struct {
	mu  sync.Mutex
	evs []storage.Event
}

func (r *recorder) Publish(ctx context.Context, ev storage.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.evs = append(r.evs, ev)
	return nil
}

func TestStorePutGetListDelete(t *testing.T) {
	ctx := context.Background()
	rec := &recorder{}
	s, err := New(t.TempDir(), rec)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(ctx, "inbox", "sys/ID-1/files/붙임 1.hwp", strings.NewReader("abc"), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Put(ctx, "inbox", "sys/ID-1/envelope.json", strings.NewReader("{}"), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	rc, info, err := s.Get(ctx, "inbox", "sys/ID-1/files/붙임 1.hwp")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(rc)
	rc.Close()
	if string(b) != "abc" || info.Size != 3 {
		t.Errorf("got %q %d", b, info.Size)
	}
	var keys []string
	s.List(ctx, "inbox", "sys/ID-1/", func(i storage.Info) error { keys = append(keys, i.Key); return nil })
	if strings.Join(keys, ",") != "sys/ID-1/envelope.json,sys/ID-1/files/붙임 1.hwp" {
		t.Errorf("list = %v", keys)
	}
	if err := s.Put(ctx, "inbox", "sys/ID-1/envelope.json", strings.NewReader("{}"), storage.PutOptions{IfNoneMatch: true}); !errors.Is(err, storage.ErrExists) {
		t.Errorf("conditional put over an existing object: %v", err)
	}
	if err := s.Delete(ctx, "inbox", "sys/ID-1/envelope.json"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Head(ctx, "inbox", "sys/ID-1/envelope.json"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("head after delete: %v", err)
	}
	if len(rec.evs) != 3 || rec.evs[0].Kind != storage.Created || rec.evs[2].Kind != storage.Deleted || rec.evs[1].ETag == "" {
		t.Errorf("events = %+v", rec.evs)
	}
}

func TestStoreRefusesEscapingKeys(t *testing.T) {
	s, _ := New(t.TempDir(), nil)
	for _, k := range []string{"../x", "a/../../x", "/etc/passwd", "a//b", "a\x00b", ""} {
		if err := s.Put(context.Background(), "inbox", k, strings.NewReader("x"), storage.PutOptions{}); err == nil {
			t.Errorf("accepted key %q", k)
		}
	}
	if err := s.Put(context.Background(), "..", "x", strings.NewReader("x"), storage.PutOptions{}); err == nil {
		t.Error("accepted bucket ..")
	}
}

func TestBusRetriesPanicsThenDeadLetters(t *testing.T) {
	dir := t.TempDir()
	var calls atomic.Int32
	var dead atomic.Int32
	b, err := NewBus(BusOptions{Dir: dir, Attempts: 3, Backoff: time.Millisecond,
		OnDead: func(ctx context.Context, ev storage.Event, err error) {
			if !strings.Contains(err.Error(), "panic") {
				t.Errorf("dead-letter cause: %v", err)
			}
			dead.Add(1)
		}}, func(ctx context.Context, ev storage.Event) error {
		calls.Add(1)
		panic("boom")
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Publish(context.Background(), storage.Event{Kind: storage.Created, Bucket: "inbox", Key: "a/envelope.json"}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := b.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	if calls.Load() != 3 || dead.Load() != 1 {
		t.Errorf("calls %d dead %d", calls.Load(), dead.Load())
	}
	dls, err := b.DeadLetters()
	if err != nil || len(dls) != 1 || dls[0].Event.Key != "a/envelope.json" || dls[0].Attempts != 3 {
		t.Fatalf("dead letters %+v %v", dls, err)
	}
	if n, err := b.Spooled(); err != nil || n != 0 {
		t.Errorf("%d events still spooled (%v)", n, err)
	}
}

func TestBusRecoversTransientFailure(t *testing.T) {
	var calls atomic.Int32
	b, _ := NewBus(BusOptions{Dir: t.TempDir(), Backoff: time.Millisecond}, func(ctx context.Context, ev storage.Event) error {
		if calls.Add(1) < 3 {
			return errors.New("throttled")
		}
		return nil
	})
	b.Start(context.Background())
	defer b.Close()
	b.Publish(context.Background(), storage.Event{Key: "k"})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	b.Wait(ctx)
	if calls.Load() != 3 {
		t.Errorf("calls = %d", calls.Load())
	}
	if dls, _ := b.DeadLetters(); len(dls) != 0 {
		t.Errorf("dead letters: %+v", dls)
	}
}

func TestBusReplaysSpoolAfterRestart(t *testing.T) {
	dir := t.TempDir()
	block := make(chan struct{})
	first, _ := NewBus(BusOptions{Dir: dir, Workers: 1}, func(ctx context.Context, ev storage.Event) error {
		<-block // the process "dies" before handling
		return nil
	})
	first.Start(context.Background())
	for _, k := range []string{"a", "b", "c"} {
		first.Publish(context.Background(), storage.Event{Key: k})
	}
	time.Sleep(20 * time.Millisecond)
	go func() { time.Sleep(20 * time.Millisecond); close(block) }()
	first.Close() // a, the running one, completes; b and c stay spooled

	var got []string
	var mu sync.Mutex
	second, _ := NewBus(BusOptions{Dir: dir}, func(ctx context.Context, ev storage.Event) error {
		mu.Lock()
		got = append(got, ev.Key)
		mu.Unlock()
		return nil
	})
	second.Start(context.Background())
	defer second.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	second.Wait(ctx)
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 {
		t.Errorf("replayed %v, want b and c", got)
	}
}

func TestContract(t *testing.T) {
	storagetest.Run(t, func(t *testing.T) (storage.Store, string) {
		s, err := New(t.TempDir(), &recorder{})
		if err != nil {
			t.Fatal(err)
		}
		return s, "bucket"
	})
}

func TestBusRedrivesDeadLettersOnceFixed(t *testing.T) {
	dir := t.TempDir()
	var broken atomic.Bool
	broken.Store(true)
	var handled atomic.Int32
	b, err := NewBus(BusOptions{Dir: dir, Attempts: 2, Backoff: time.Millisecond}, func(ctx context.Context, ev storage.Event) error {
		if broken.Load() || ev.Key == "still/broken" {
			return errors.New("stage broken")
		}
		handled.Add(1)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	// GIVEN three events that failed every attempt
	for _, k := range []string{"a/envelope.json", "b/envelope.json", "still/broken"} {
		if err := b.Publish(context.Background(), storage.Event{Kind: storage.Created, Bucket: "inbox", Key: k, ID: k}); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := b.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	// WHEN a dry run looks, nothing moves
	if r, err := b.Redrive(ctx, true); err != nil || r.Redriven != 0 || len(r.Failures) != 3 || handled.Load() != 0 {
		t.Fatalf("dry run %+v %v", r, err)
	}
	// WHEN the cause is fixed and the dead letters re-driven
	broken.Store(false)
	r, err := b.Redrive(ctx, false)
	// THEN the two that now pass leave dead/, the one still failing stays
	if err != nil || r.Redriven != 2 || r.Failed != 1 || handled.Load() != 2 {
		t.Fatalf("redrive %+v %v (handled %d)", r, err, handled.Load())
	}
	if strings.Contains(strings.Join(r.Failures, " "), "still/broken") {
		t.Errorf("a failure names the key: %v", r.Failures)
	}
	dls, _ := b.DeadLetters()
	if len(dls) != 1 || dls[0].Event.Key != "still/broken" || dls[0].Attempts != 3 {
		t.Fatalf("left %+v", dls)
	}
}
