package cost

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	readers "github.com/seoul-plaza/plaza/shared/pipeline/files"
	"github.com/seoul-plaza/plaza/shared/pipeline/route"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// stages are the stages the model prices, in pipeline order.
func stages() []route.Stage { return []route.Stage{route.Ingest, route.Redact, route.Index} }

// Measured is what a run of the real pipeline showed, per document and
// stage: the port calls (counted by wrapping the ports) and the time in
// the handler (wall time on this machine, one document at a time, over a
// folder store and a bbolt ledger without fsync: the local stand-ins for
// S3 and DynamoDB, whose own latency the model adds separately).
type Measured struct {
	Docs      int
	Files     int // files per document
	Calls     map[route.Stage]Calls
	Compute   map[route.Stage]time.Duration // median per document
	LogBytes  map[route.Stage]int           // the stage's own log lines per document
	Buckets   map[string]BucketCalls        // the pipeline's S3 requests per bucket (not the sender's uploads)
	RecordMax int                           // largest ledger record written, JSON bytes
	// Stored is the bytes per document the pipeline writes to S3 (staged,
	// report, public), Sent what the sender uploads (envelope and files).
	Stored, Sent int
	Public       int            // of Stored, the public document
	Outcomes     map[string]int // ledger state → documents
}

// Measure runs n generated public documents, each with files text files,
// through ingest, redact and index in this process, one event at a time,
// and returns the mean port calls and the median handler time per stage.
func Measure(ctx context.Context, dir string, n, files int) (Measured, error) {
	return measure(ctx, dir, n, files, true)
}

// measure is Measure; without count the stages run over the bare ports
// (the baseline of BenchmarkMeasure, which shows what counting costs).
func measure(ctx context.Context, dir string, n, files int, count bool) (Measured, error) {
	if n < 1 {
		return Measured{}, fmt.Errorf("measure: want at least one document, got %d", n)
	}
	q := &queue{}
	inner, err := localfs.New(filepath.Join(dir, "data"), q)
	if err != nil {
		return Measured{}, err
	}
	led, err := bolt.OpenWith(filepath.Join(dir, "ledger.db"), bolt.Options{NoSync: true})
	if err != nil {
		return Measured{}, err
	}
	defer led.Close()
	t := &tally{}
	logs := &stageLog{}
	buckets := storage.Buckets{Inbox: "inbox", Work: "work", Public: "public"}
	d := pipeline.Deps{Store: countingStore{inner: inner, t: t}, Ledger: countingLedger{Ledger: led, t: t}, Index: countingIndex{t: t},
		Extractor: readers.New(), Redactor: redact.New(), Verifier: verify.New()}
	if !count {
		d.Store, d.Ledger = inner, led
	}
	p := pipeline.New(pipeline.Config{Buckets: buckets, Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))}, d)

	m := Measured{Docs: n, Files: files, Calls: map[route.Stage]Calls{}, Compute: map[route.Stage]time.Duration{},
		LogBytes: map[route.Stage]int{}, Outcomes: map[string]int{}}
	times := map[route.Stage][]time.Duration{}
	table := route.Table()
	for i := range n {
		id := fmt.Sprintf("COST-%06d", i+1)
		sent, err := putSample(ctx, inner, id, i, files)
		if err != nil {
			return Measured{}, err
		}
		m.Sent += sent
		for ev, ok := q.pop(); ok; ev, ok = q.pop() {
			r, wanted := route.Find(table, ev, buckets)
			if !wanted {
				continue
			}
			t.take()
			logs.take()
			start := time.Now()
			if err := p.Handle(ctx, ev); err != nil {
				return Measured{}, fmt.Errorf("measure %s %s: %w", r.Stage, id, err)
			}
			times[r.Stage] = append(times[r.Stage], time.Since(start))
			m.Calls[r.Stage] = m.Calls[r.Stage].Add(t.take())
			m.LogBytes[r.Stage] += logs.take()
		}
		rec, err := led.Get(ctx, "6110000", id)
		if err != nil {
			return Measured{}, fmt.Errorf("measure %s: %w", id, err)
		}
		m.Outcomes[string(rec.State)]++
	}
	for _, s := range stages() {
		m.Calls[s] = m.Calls[s].div(n)
		m.LogBytes[s] /= n
		if d := times[s]; len(d) > 0 {
			slices.Sort(d)
			m.Compute[s] = d[len(d)/2]
		}
	}
	if len(t.putBytes) > 0 {
		m.RecordMax = slices.Max(t.putBytes)
	}
	for _, b := range t.stored {
		m.Stored += b
	}
	m.Stored, m.Sent, m.Public = m.Stored/n, m.Sent/n, t.stored["public"]/n
	m.Buckets = map[string]BucketCalls{}
	for name, b := range t.buckets {
		m.Buckets[name] = BucketCalls{GetClass: b.GetClass / n, PutClass: b.PutClass / n}
	}
	return m, nil
}

// div is the mean of c over n documents (the counts are the same for
// every document of one kind, so the division is exact when they are).
func (c Calls) div(n int) Calls {
	return Calls{S3Get: c.S3Get / n, S3Head: c.S3Head / n, S3Put: c.S3Put / n, S3List: c.S3List / n,
		LedgerGet: c.LedgerGet / n, LedgerCreate: c.LedgerCreate / n, LedgerUpdate: c.LedgerUpdate / n,
		Holds: c.Holds / n, IndexDocs: c.IndexDocs / n}
}

// putSample drops one public approval with a text file attached, the way a
// sender does: the file first, the envelope last. Its body carries a
// citizen's phone number for layer 1 to mask.
func putSample(ctx context.Context, s storage.Store, id string, i, files int) (int, error) {
	body := strings.Repeat(fmt.Sprintf("□ 추진 배경\n  ○ 정보공개 제도 개선에 대한 시민 요구가 증가하고 있어 체계적인 대응이 필요함 (%d)\n", i), 12) +
		"  ○ 문의: 민원인 연락처 010-2345-6789\n"
	file := strings.Repeat("붙임 자료: 추진 일정과 부서별 역할 분담표. 세부 내용은 본문 참조.\n", 20)
	env := map[string]any{
		"schema": "plaza.envelope/v1", "id": id, "version": 1, "type": "approval",
		"title":           "2026년 정보공개 추진계획",
		"document_number": fmt.Sprintf("정보공개정책과-%d", 1000+i),
		"department":      map[string]any{"code": "1100123", "name": "행정국 정보공개정책과"},
		"drafter":         map[string]any{"name": "홍길동", "position": "주무관"},
		"approver":        map[string]any{"name": "김철수", "position": "과장", "rank": "division_head"},
		"approved_at":     "2026-11-20T10:15:00+09:00",
		"disclosure":      map[string]any{"grade": "public", "exemptions": []string{}},
		"body":            body,
	}
	var list []map[string]any
	dir := "approval/" + id + "/"
	for f := range files {
		key := fmt.Sprintf("files/붙임%d.txt", f+1)
		list = append(list, map[string]any{"name": fmt.Sprintf("붙임%d. 일정.txt", f+1), "key": key})
		if err := s.Put(ctx, "inbox", dir+key, strings.NewReader(file), storage.PutOptions{}); err != nil {
			return 0, err
		}
	}
	env["files"] = list
	data, err := json.Marshal(env)
	if err != nil {
		return 0, err
	}
	sent := len(data) + files*len(file)
	return sent, s.Put(ctx, "inbox", dir+pipeline.EnvelopeName, bytes.NewReader(data), storage.PutOptions{ContentType: "application/json"})
}

// queue holds the store's object events until the loop hands them on,
// one at a time, as EventBridge would.
type queue struct {
	mu  sync.Mutex
	evs []storage.Event
}

func (q *queue) Publish(ctx context.Context, ev storage.Event) error {
	q.mu.Lock()
	q.evs = append(q.evs, ev)
	q.mu.Unlock()
	return nil
}

func (q *queue) pop() (storage.Event, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.evs) == 0 {
		return storage.Event{}, false
	}
	ev := q.evs[0]
	q.evs = q.evs[1:]
	return ev, true
}

// stageLog counts the bytes of log lines written (CloudWatch Logs bills
// ingestion by the GB).
type stageLog struct {
	mu sync.Mutex
	n  int
}

func (l *stageLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	l.n += len(b)
	l.mu.Unlock()
	return len(b), nil
}

func (l *stageLog) take() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := l.n
	l.n = 0
	return n
}
