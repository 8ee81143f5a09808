package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
	"github.com/seoul-plaza/plaza/shared/notify/outbox"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// The soak: the same documents through two stacks, each the real built
// command in a child process on its own data folder. The clean run has
// no faults. The chaos run is killed with SIGKILL at random points and
// restarted, its search index and notices fail (faults.go), and some of
// its events are delivered twice and late. Once both settle, the chaos
// run must hold what the clean run holds: the same ledger states, the
// same published bytes, the same index entries, once each, and the same
// notices, once each.

// soakConfig is one soak.
type soakConfig struct {
	Bin     string // the built command, run as the child
	Dir     string // work folder: clean/ and chaos/ are made under it
	Docs    int
	Kills   int
	Fail    float64
	Dup     float64
	Seed    uint64
	Asks    int           // citizens' inquiries per run (their notices go through the faulty outbox)
	Timeout time.Duration // for each run to settle
	// StuckAfter is the child's --stuck-after: short, so that what a kill
	// left between stages moves on soon, but not shorter than documents
	// wait in the queue of a large flood (each would be driven twice).
	StuckAfter time.Duration
	Out        io.Writer // progress lines
}

// soakReport is what a soak found.
type soakReport struct {
	Docs        int
	Kills       int
	Faults      map[string]int // injected, by kind (faults.go)
	Retries     int            // event deliveries the bus retried
	DeadLetters int            // events that failed every attempt
	Redriven    int            // documents the monitor found stuck between stages and drove on
	Asks        int
	AskID       string // the document the inquiries are about
	States      map[ledger.State]int
	Public      int
	Indexed     int
	Notices     int
	Clean       time.Duration
	Chaos       time.Duration
	Problems    []string
}

// ok reports whether the chaos run matched the clean run.
func (r soakReport) ok() bool { return len(r.Problems) == 0 }

func (r soakReport) write(w io.Writer) {
	fmt.Fprintf(w, "documents            %d\n", r.Docs)
	fmt.Fprintf(w, "kills (SIGKILL)      %d, each followed by a restart\n", r.Kills)
	fmt.Fprintf(w, "injected failures    search %d, notify %d\n", r.Faults[faultSearch], r.Faults[faultNotify])
	fmt.Fprintf(w, "duplicates delivered %d (late, under a new event id)\n", r.Faults[faultDuplicate])
	fmt.Fprintf(w, "retries              %d by the bus; %d events failed every attempt (dead letters); %d documents driven on by the monitor\n", r.Retries, r.DeadLetters, r.Redriven)
	fmt.Fprintf(w, "inquiries            %d per run, %d notices in the outbox\n", r.Asks, r.Notices)
	fmt.Fprintf(w, "ledger states        %v\n", r.States)
	fmt.Fprintf(w, "published / indexed  %d / %d\n", r.Public, r.Indexed)
	fmt.Fprintf(w, "time                 clean run %s, chaos run %s\n", r.Clean.Round(time.Millisecond), r.Chaos.Round(time.Millisecond))
	if r.ok() {
		fmt.Fprintf(w, "outcome              PASS: 0 lost, 0 duplicated, output identical to the clean run's\n")
		return
	}
	fmt.Fprintf(w, "outcome              FAIL: %d problem(s)\n", len(r.Problems))
	for _, p := range r.Problems {
		fmt.Fprintf(w, "  %s\n", p)
	}
}

// soakCmd runs a soak and prints its report; any mismatch is an error.
func soakCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset, data, _ := commonFlags("soak", "", "unused: the soak runs its own stacks")
	c := soakConfig{Out: stderr}
	fset.IntVar(&c.Docs, "docs", 1000, "documents in each run")
	fset.IntVar(&c.Kills, "kills", 5, "SIGKILLs of the chaos run, each followed by a restart")
	fset.Float64Var(&c.Fail, "fail", 0.1, "share of search-index and notice calls that fail")
	fset.Float64Var(&c.Dup, "dup", 0.05, "share of events delivered twice, the copy late")
	seed := fset.Uint64("seed", 1, "seed of the kill points and the faults")
	fset.IntVar(&c.Asks, "asks", -1, "citizens' inquiries in each run (default: one per 50 documents, at most 2,000)")
	fset.DurationVar(&c.Timeout, "timeout", 30*time.Minute, "how long each run may take to settle")
	fset.DurationVar(&c.StuckAfter, "stuck-after", 0, "the stack's --stuck-after (default 3s, 30s from 5,000 documents)")
	keep := fset.Bool("keep", false, "keep the two data folders (under --data) for a look")
	if err := fset.Parse(args); err != nil {
		return err
	}
	c.Seed = *seed
	if c.Asks < 0 {
		c.Asks = min(2000, max(8, c.Docs/50))
	}
	bin, err := os.Executable()
	if err != nil {
		return err
	}
	c.Bin = bin
	if err := os.MkdirAll(*data, 0o750); err != nil {
		return err
	}
	if c.Dir, err = os.MkdirTemp(*data, "soak-"); err != nil {
		return err
	}
	if !*keep {
		defer os.RemoveAll(c.Dir)
	} else {
		fmt.Fprintf(stderr, "soak: data folders kept under %s\n", c.Dir)
	}
	rep, err := runSoak(ctx, c)
	if err != nil {
		return err
	}
	rep.write(stdout)
	if !rep.ok() {
		return fmt.Errorf("soak: the chaos run differs from the clean run (%d problems)", len(rep.Problems))
	}
	return nil
}

// runSoak runs the clean run, then the chaos run, and compares them.
func runSoak(ctx context.Context, c soakConfig) (soakReport, error) {
	rep := soakReport{Docs: c.Docs, Asks: c.Asks, Faults: map[string]int{}}
	if c.Out == nil {
		c.Out = io.Discard
	}
	if c.StuckAfter <= 0 {
		c.StuckAfter = 3 * time.Second
		if c.Docs >= 5000 {
			c.StuckAfter = 30 * time.Second
		}
	}
	// The same documents in both runs: the corpus is generated from a
	// fixed clock; none is scheduled for later.
	docs := samples(c.Docs, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
	for _, d := range docs {
		d.envelope["release_at"] = nil
	}
	clean := filepath.Join(c.Dir, "clean")
	chaos := filepath.Join(c.Dir, "chaos")

	fmt.Fprintf(c.Out, "soak: clean run of %d documents\n", c.Docs)
	start := time.Now()
	if err := soakRun(ctx, c, clean, docs, nil, &rep); err != nil {
		return rep, fmt.Errorf("clean run: %w", err)
	}
	rep.Clean = time.Since(start)
	// The clean run's retries and counts are not the chaos run's.
	rep.Retries, rep.DeadLetters, rep.Redriven = 0, 0, 0

	fmt.Fprintf(c.Out, "soak: chaos run: %d kills, %.0f%% failures, %.0f%% duplicates, seed %d\n", c.Kills, 100*c.Fail, 100*c.Dup, c.Seed)
	rnd := rand.New(rand.NewPCG(c.Seed, 0x50a4))
	start = time.Now()
	if err := soakRun(ctx, c, chaos, docs, rnd, &rep); err != nil {
		return rep, fmt.Errorf("chaos run: %w", err)
	}
	rep.Chaos = time.Since(start)
	fmt.Fprintf(c.Out, "soak: comparing the chaos run with the clean run\n")
	return rep, compareRuns(ctx, clean, chaos, c.Docs, &rep)
}

// soakRun feeds docs to a stack served by a child process on data until
// every document settles, then stops it with SIGINT. With rnd, faults
// are injected and the child is killed c.Kills times.
func soakRun(ctx context.Context, c soakConfig, data string, docs []sampleDoc, rnd *rand.Rand, rep *soakReport) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	logs, err := os.Create(data + ".log")
	if err != nil {
		return err
	}
	defer logs.Close()
	counts := &childCounts{faults: map[string]int{}}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.envelope["id"].(string)
	}
	starts := 0
	start := func() (*child, error) {
		starts++
		faults := ""
		if rnd != nil {
			// Another stream of faults after each restart.
			faults = faultConfig{Fail: c.Fail, Dup: c.Dup, Seed: c.Seed*1000 + uint64(starts)}.String()
		}
		return startChild(ctx, c.Bin, data, faults, c.StuckAfter, logs, counts)
	}

	// Documents go into the inbox folder as a sender's system drops them,
	// whether the stack runs or not; the feeder keeps at most a window
	// ahead of what the index holds, so that drops go on through the
	// kills and restarts.
	if err := os.MkdirAll(data, 0o750); err != nil {
		return err
	}
	inbox, err := localfs.New(data, nopNotifier{})
	if err != nil {
		return err
	}
	ch, err := start()
	if err != nil {
		return err
	}
	defer func() { ch.kill() }()
	var fed, indexed atomic.Int64
	fedAll := make(chan error, 1)
	go func() {
		window := int64(max(50, len(docs)/50))
		for i, d := range docs {
			for int64(i)-indexed.Load() > window+int64(i)/4 {
				select {
				case <-ctx.Done():
					fedAll <- ctx.Err()
					return
				case <-time.After(20 * time.Millisecond):
				}
			}
			if err := putDoc(ctx, inbox, d); err != nil {
				fedAll <- err
				return
			}
			fed.Add(1)
		}
		fedAll <- nil
	}()

	var cur atomic.Pointer[child]
	cur.Store(ch)
	poll := func() {
		if n, err := indexTotal(ctx, cur.Load().addr); err == nil {
			indexed.Store(int64(n))
		}
	}
	// Citizens ask about one published document while the documents flow
	// (the clean run, at the end); their notices go out through the
	// faulty outbox, and a kill may cut a request short (asked again).
	asked := make(chan error, 1)
	asking := func(at func(i int) bool) {
		if c.Asks == 0 {
			asked <- nil
			return
		}
		// The chaos run waits for the clean run's choice to be published.
		choice := ids
		if rep.AskID != "" {
			choice = []string{rep.AskID}
		}
		id, err := firstPublished(ctx, &cur, choice)
		if err != nil {
			asked <- err
			return
		}
		rep.AskID = id
		for i := range c.Asks {
			for !at(i) {
				select {
				case <-ctx.Done():
					asked <- ctx.Err()
					return
				case <-time.After(20 * time.Millisecond):
				}
			}
			if err := ask(ctx, &cur, rep.AskID, i); err != nil {
				asked <- err
				return
			}
		}
		asked <- nil
	}
	if rnd != nil {
		go asking(func(i int) bool { return fed.Load() >= int64((i+1)*len(docs)/(c.Asks+1)) })
		for i, at := range killPlan(rnd, c.Kills, len(docs)) {
			for fed.Load() < int64(at) && ch.running() {
				poll()
				time.Sleep(50 * time.Millisecond)
			}
			if !ch.running() {
				return fmt.Errorf("the stack exited by itself: %v", ch.err())
			}
			// At a random point of whatever it is doing.
			time.Sleep(time.Duration(rnd.Int64N(int64(300 * time.Millisecond))))
			ch.kill()
			rep.Kills++
			fmt.Fprintf(c.Out, "soak: kill %d/%d (SIGKILL) at %d indexed, %d fed; restarting\n", i+1, c.Kills, indexed.Load(), fed.Load())
			if ch, err = start(); err != nil {
				return err
			}
			cur.Store(ch)
		}
	}
	// Every document fed, every question asked, then everything settled.
	for {
		select {
		case err := <-fedAll:
			if err != nil {
				return fmt.Errorf("feeding the inbox: %w", err)
			}
		case <-time.After(100 * time.Millisecond):
			poll()
			continue
		}
		break
	}
	if rnd == nil {
		asking(func(int) bool { return true })
	}
	if err := <-asked; err != nil {
		return fmt.Errorf("asking: %w", err)
	}
	if err := settleRun(ctx, c, ch, data, len(docs)); err != nil {
		return err
	}
	if err := ch.stop(); err != nil {
		return err
	}
	counts.mu.Lock()
	defer counts.mu.Unlock()
	for k, n := range counts.faults {
		rep.Faults[k] += n
	}
	rep.Retries += counts.retries
	rep.DeadLetters += counts.dead
	rep.Redriven += counts.redriven
	if counts.errors > 0 {
		fmt.Fprintf(c.Out, "soak: the stack logged %d errors (see %s)\n", counts.errors, logs.Name())
	}
	return nil
}

// killPlan returns n points, in documents fed, at which to kill, spread
// at random over the run (the feeder keeps only a little ahead of the
// pipeline).
func killPlan(rnd *rand.Rand, n, docs int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = int(float64(docs) * (0.05 + 0.9*rnd.Float64()))
	}
	sort.Ints(out)
	return out
}

type nopNotifier struct{}

func (nopNotifier) Publish(context.Context, storage.Event) error { return nil }

// childCounts are what the child's log says happened.
type childCounts struct {
	mu       sync.Mutex
	faults   map[string]int
	retries  int
	dead     int
	redriven int
	errors   int
}

func (c *childCounts) line(b []byte) {
	var l struct {
		Level string `json:"level"`
		Msg   string `json:"msg"`
		Fault string `json:"fault"`
	}
	if json.Unmarshal(b, &l) != nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch l.Msg {
	case faultMsg:
		c.faults[l.Fault]++
	case "event failed; will retry":
		c.retries++
	case "event failed every attempt; dead-lettered":
		c.dead++
	case "driving a stuck document again":
		c.redriven++
	}
	if l.Level == "ERROR" && l.Msg != "event failed every attempt; dead-lettered" {
		c.errors++
	}
}

// child is one run of the served stack.
type child struct {
	cmd    *exec.Cmd
	addr   string
	exited chan struct{}
	werr   error
}

// startChild serves data in a child process and waits until it serves.
// Its JSON log goes to logs and is counted into counts.
func startChild(ctx context.Context, bin, data, faults string, stuck time.Duration, logs io.Writer, counts *childCounts) (*child, error) {
	cmd := exec.Command(bin, "serve", "--data", data, "--addr", "127.0.0.1:0", "--seed", "0", "--log-stderr", "--log-level", "warn",
		// Quick to notice what a kill or a lost event left behind, and
		// to retry: the soak has minutes, not hours.
		"--tick", "250ms", "--retry", "500ms", "--stuck-after", stuck.String(), "--notice-grace", "1s", "--notice-lease", "3s")
	cmd.Env = os.Environ()
	if faults != "" {
		cmd.Env = append(cmd.Env, faultsEnv+"="+faults)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	ch := &child{cmd: cmd, exited: make(chan struct{})}
	var logMu sync.Mutex
	var readers sync.WaitGroup
	readers.Go(func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			counts.line(sc.Bytes())
			logMu.Lock()
			logs.Write(append(sc.Bytes(), '\n'))
			logMu.Unlock()
		}
		io.Copy(io.Discard, stderr)
	})
	serving := make(chan string, 1)
	readers.Go(func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "Plaza is serving http://"); ok {
				addr, _, _ := strings.Cut(rest, " ")
				serving <- addr
			}
		}
		io.Copy(io.Discard, stdout)
	})
	go func() {
		readers.Wait() // the pipes first: Wait closes them
		ch.werr = cmd.Wait()
		close(ch.exited)
	}()
	select {
	case ch.addr = <-serving:
		return ch, nil
	case <-ch.exited:
		return nil, fmt.Errorf("the stack exited before serving: %v", ch.werr)
	case <-ctx.Done():
		ch.kill()
		return nil, ctx.Err()
	case <-time.After(5 * time.Minute):
		ch.kill()
		return nil, errors.New("the stack did not start within 5 minutes")
	}
}

func (c *child) running() bool {
	select {
	case <-c.exited:
		return false
	default:
		return true
	}
}

func (c *child) err() error {
	<-c.exited
	return c.werr
}

// kill is SIGKILL: no chance to clean up.
func (c *child) kill() {
	if c == nil || !c.running() {
		return
	}
	_ = c.cmd.Process.Signal(syscall.SIGKILL)
	<-c.exited
}

// stop is SIGINT: a clean shutdown, which must succeed.
func (c *child) stop() error {
	if err := c.cmd.Process.Signal(os.Interrupt); err != nil {
		return err
	}
	select {
	case <-c.exited:
		if c.werr != nil {
			return fmt.Errorf("the stack did not stop cleanly: %w", c.werr)
		}
		return nil
	case <-time.After(2 * time.Minute):
		c.kill()
		return errors.New("the stack did not stop within 2 minutes of SIGINT")
	}
}

// indexTotal asks the stack how many documents are searchable.
func indexTotal(ctx context.Context, addr string) (int, error) {
	var r struct {
		Total int `json:"total"`
		Items []struct {
			ID string `json:"id"`
		} `json:"items"`
	}
	err := fetchJSON(ctx, "http://"+addr+"/api/documents?size=1", &r)
	return r.Total, err
}

func fetchJSON(ctx context.Context, url string, v any) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// firstPublished returns the first document of the corpus that the
// stack serves, waiting for one: the clean run's choice, at its end, is
// the document both runs' inquiries are about.
func firstPublished(ctx context.Context, cur *atomic.Pointer[child], ids []string) (string, error) {
	for {
		for _, x := range ids[:min(len(ids), 50)] {
			var d struct {
				ID string `json:"id"`
			}
			if fetchJSON(ctx, "http://"+cur.Load().addr+"/api/documents/"+x, &d) == nil {
				return x, nil
			}
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// ask posts citizen i's inquiry about document id, until the stack
// takes it: a request cut short by a kill is sent again, and the answer
// that the same question was received already counts as taken. Each
// four citizens come from their own loopback address: the stack takes ten
// attempts an hour from one address, and an attempt a kill or a failing
// dependency cut short counts too, so four leave room for six retries.
func ask(ctx context.Context, cur *atomic.Pointer[child], id string, i int) error {
	a := i / 4
	local := net.IPv4(127, 1, byte(a/250), byte(a%250+1))
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		DialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: local}}).DialContext}}
	defer client.CloseIdleConnections()
	body, _ := json.Marshal(map[string]any{
		"document_id": id, "question": fmt.Sprintf("이 사업의 세부 일정과 예산 집행 내역을 알고 싶습니다. (질문 %d)", i+1),
		"email": fmt.Sprintf("citizen%d@example.org", i+1), "name": "홍길순", "consent": true,
	})
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+cur.Load().addr+"/api/inquiries", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err == nil {
			b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			resp.Body.Close()
			switch {
			case resp.StatusCode == http.StatusCreated:
				return nil
			case resp.StatusCode == http.StatusConflict && bytes.Contains(b, []byte("inquiry.duplicate")):
				return nil
			case resp.StatusCode < 500:
				return fmt.Errorf("inquiry %d: %s: %s", i+1, resp.Status, b)
			}
		}
		// The stack is down or restarting.
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// progress is what POST /ops/progress answers: whether the stack has
// settled.
type progress struct {
	Pending      int                  `json:"pending"`       // events queued, running or waiting to retry
	Late         int64                `json:"late"`          // duplicated events not yet delivered
	States       map[ledger.State]int `json:"states"`        // records by state
	DeadLettered int                  `json:"dead_lettered"` // records in review because a stage failed every attempt
	Notices      int                  `json:"notices"`       // inquiry events whose notices are not all sent
}

// settled reports whether nothing more will happen without new input.
func (p progress) settled(docs int) bool {
	total := 0
	for _, n := range p.States {
		total += n
	}
	return p.Pending == 0 && p.Late == 0 && p.DeadLettered == 0 && p.Notices == 0 && total >= docs &&
		p.States[ledger.Received] == 0 && p.States[ledger.Staged] == 0 && p.States[ledger.Published] == 0
}

func (s *Stack) progress(ctx context.Context) (progress, error) {
	p := progress{Pending: s.Bus.Pending(), States: map[ledger.State]int{}}
	if s.opts.Faults != nil {
		p.Late = s.opts.Faults.late.Load()
	}
	f := ledger.Filter{}
	for {
		recs, next, err := s.Ledger.List(ctx, f)
		if err != nil {
			return p, err
		}
		for _, r := range recs {
			p.States[r.State]++
			if r.State == ledger.Review && strings.HasPrefix(r.Reason, pipeline.ReasonDeadLetter) {
				p.DeadLettered++
			}
		}
		if next == "" {
			break
		}
		f.After = next
	}
	evs, err := s.inquiryStore.Pending(ctx, 100)
	p.Notices = len(evs)
	return p, err
}

// settleRun waits until the stack has nothing left to do, twice in a row.
func settleRun(ctx context.Context, c soakConfig, ch *child, data string, docs int) error {
	cl, err := dialStack(ctx, data, ch.addr)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(c.Timeout)
	calm := 0
	var p progress
	for calm < 2 {
		if time.Now().After(deadline) {
			return fmt.Errorf("not settled after %s: %+v", c.Timeout, p)
		}
		if !ch.running() {
			return fmt.Errorf("the stack exited: %v", ch.err())
		}
		time.Sleep(500 * time.Millisecond)
		p = progress{} // decoding into a used map would keep its keys
		if err := cl.post(ctx, "/ops/progress", struct{}{}, &p); err != nil {
			return err
		}
		if p.settled(docs) {
			calm++
		} else {
			calm = 0
		}
	}
	return nil
}

// compareRuns checks the chaos run against the clean run, on their
// stopped data folders.
func compareRuns(ctx context.Context, clean, chaos string, docs int, rep *soakReport) error {
	bad := func(format string, a ...any) {
		if len(rep.Problems) < 50 {
			rep.Problems = append(rep.Problems, fmt.Sprintf(format, a...))
		}
	}
	// The ledger: every document in one state, the clean run's.
	want, err := ledgerOf(ctx, clean)
	if err != nil {
		return err
	}
	got, err := ledgerOf(ctx, chaos)
	if err != nil {
		return err
	}
	rep.States = map[ledger.State]int{}
	for _, r := range got {
		rep.States[r.State]++
	}
	if len(want) != docs {
		bad("the clean run's ledger has %d records for %d documents", len(want), docs)
	}
	for _, k := range slices.Sorted(mapsKeys(want)) {
		w, g := want[k], got[k]
		switch {
		case g.ID == "":
			bad("%s: lost (no ledger record; clean run: %s)", k, w.State)
		case g.State != w.State || g.Version != w.Version || g.Hash != w.Hash || g.Reason != w.Reason:
			bad("%s: %s v%d %q, clean run: %s v%d %q", k, g.State, g.Version, g.Reason, w.State, w.Version, w.Reason)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			bad("%s: a record the clean run does not have (%s)", k, got[k].State)
		}
	}

	// The public bucket, byte for byte but for the moment of publication.
	wantPub, err := publicFiles(clean)
	if err != nil {
		return err
	}
	gotPub, err := publicFiles(chaos)
	if err != nil {
		return err
	}
	rep.Public = len(gotPub)
	for _, name := range slices.Sorted(mapsKeys(wantPub)) {
		g, ok := gotPub[name]
		switch {
		case !ok:
			bad("public %s: missing", name)
		case !bytes.Equal(g, wantPub[name]):
			bad("public %s: differs from the clean run's", name)
		}
	}
	for name := range gotPub {
		if _, ok := wantPub[name]; !ok {
			bad("public %s: not published by the clean run", name)
		}
	}

	// The index and the reconciliation, in a stack opened on each folder.
	wantIdx, err := indexOf(ctx, clean, nil)
	if err != nil {
		return err
	}
	gotIdx, err := indexOf(ctx, chaos, func(r pipeline.Reconciliation) {
		for _, m := range r.Mismatches {
			bad("reconciliation: %s %s/%s (%s) %s", m.Kind, m.Org, m.ID, m.State, m.Detail)
		}
	})
	if err != nil {
		return err
	}
	rep.Indexed = len(gotIdx.entries)
	for _, d := range gotIdx.dups {
		bad("index: %s is in the index more than once", d)
	}
	if gotIdx.count != uint64(len(gotIdx.entries)) {
		bad("index: %d entries counted, %d distinct found", gotIdx.count, len(gotIdx.entries))
	}
	for k, v := range wantIdx.entries {
		if gv, ok := gotIdx.entries[k]; !ok {
			bad("index: %s missing", k)
		} else if gv != v {
			bad("index: %s at version %d, clean run %d", k, gv, v)
		}
	}
	for k := range gotIdx.entries {
		if _, ok := wantIdx.entries[k]; !ok {
			bad("index: %s indexed but not by the clean run", k)
		}
		if _, ok := gotPub[k.Org+"/"+k.ID+".json"]; !ok {
			bad("index: %s indexed but not published", k)
		}
	}

	// The notices: none twice, as many as the clean run's.
	wantN, err := notices(clean)
	if err != nil {
		return err
	}
	gotN, err := notices(chaos)
	if err != nil {
		return err
	}
	rep.Notices = len(gotN)
	seen := map[string]bool{}
	for _, n := range gotN {
		if seen[n] {
			bad("outbox: a notice sent twice (%.60q…)", n)
		}
		seen[n] = true
	}
	if len(gotN) != len(wantN) {
		bad("outbox: %d notices, clean run %d", len(gotN), len(wantN))
	}
	return nil
}

func mapsKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// ledgerOf reads every record of a stopped data folder, by org/id.
func ledgerOf(ctx context.Context, data string) (map[string]ledger.Record, error) {
	l, err := bolt.OpenReadOnly(filepath.Join(data, "ledger.db"))
	if err != nil {
		return nil, err
	}
	defer l.Close()
	recs, err := readLedger(ctx, l, "", "", "")
	if err != nil {
		return nil, err
	}
	out := map[string]ledger.Record{}
	for _, r := range recs {
		out[r.Org+"/"+r.ID] = r
	}
	return out, nil
}

// publishedAt is the one line of a public document that says when it was
// published: the moment of each run, the one byte range two runs cannot
// share.
var publishedAt = regexp.MustCompile(`(?m)^  "published_at": "[^"]*",?$`)

// publicFiles reads the public documents, by <org>/<id>.json, with the
// moment of publication blanked.
func publicFiles(data string) (map[string][]byte, error) {
	root := filepath.Join(data, "public", document.PrefixDocuments)
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		out[filepath.ToSlash(rel)] = publishedAt.ReplaceAll(b, []byte(`  "published_at": "…",`))
		return nil
	})
	return out, err
}

// indexed is what a search index holds.
type indexed struct {
	entries map[document.Key]int // version
	dups    []document.Key
	count   uint64
}

// indexOf opens a stack on a stopped data folder (nothing started), reads
// its whole index page by page, and, with rec, runs the reconciliation
// without repairs.
func indexOf(ctx context.Context, data string, rec func(pipeline.Reconciliation)) (indexed, error) {
	out := indexed{entries: map[document.Key]int{}}
	s, err := Open(Options{Data: data, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return out, err
	}
	defer s.Close()
	if out.count, err = s.Index.DocCount(); err != nil {
		return out, err
	}
	q := search.Query{Sort: "date", Size: 100}.Normalize()
	for {
		res, err := s.Index.Search(ctx, q)
		if err != nil {
			return out, err
		}
		for _, h := range res.Items {
			k := document.Key{Org: h.Org, ID: h.ID}
			if _, ok := out.entries[k]; ok {
				out.dups = append(out.dups, k)
			}
			out.entries[k] = h.Version
		}
		if res.Next == "" || len(res.Items) == 0 {
			break
		}
		q.After = res.Next
	}
	if rec != nil {
		r, err := s.Pipeline.Reconciliation(ctx, pipeline.ReconcileOptions{})
		if err != nil {
			return out, err
		}
		rec(r)
	}
	return out, nil
}

// notices reads the outbox: each message as its recipient and text (the
// idempotency key left out, so that a notice sent twice under two keys
// shows).
func notices(data string) ([]string, error) {
	mails, texts, err := outbox.Read(filepath.Join(data, "outbox"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range mails {
		out = append(out, "mail\x00"+m.To+"\x00"+m.Subject+"\x00"+m.Text)
	}
	for _, t := range texts {
		out = append(out, "sms\x00"+t.To+"\x00"+t.Text)
	}
	return out, nil
}
