package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// loadCmd puts the API under a fixed, open-loop rate of mixed requests
// (searches, documents, related documents, inquiry posts) and steps the
// rate up until it saturates: p99 over the objective, errors, or fewer
// answers than asked for. Open loop: each request is sent at its planned
// time whether or not the earlier ones were answered, and its latency is
// counted from that time, so a stalled server cannot hide its queue
// (no coordinated omission).
func loadCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset, data, _ := commonFlags("bench load", "", "unused")
	target := fset.String("target", "", "HOST:PORT of a running stack to load (default: start one in this process, on its own data)")
	docs := fset.Int("docs", 2000, "documents seeded into the stack the bench starts")
	rates := fset.String("rates", "50,100,200,400,800,1600", "requests per second of each step, comma-separated; the steps stop at the first that saturates")
	dur := fset.Duration("duration", 15*time.Second, "length of each step")
	warm := fset.Duration("warmup", 2*time.Second, "unmeasured load before each step, at its rate")
	slo := fset.Duration("p99", 100*time.Millisecond, "the p99 objective a step must meet")
	cpuprofile := fset.String("cpuprofile", "", "write a CPU profile of the whole run (the stack's too, when it runs in this process) to this file")
	seed := fset.Uint64("seed", 1, "seed of the request mix")
	all := fset.Bool("all", false, "run every step, past the first that saturates")
	baseline := fset.Bool("baseline", true, "before each step, the same load on a handler that answers a fixed small JSON at once: what the machine and the load generator alone cost, measured in the same run")
	if err := fset.Parse(args); err != nil {
		return err
	}
	var steps []float64
	for _, f := range strings.Split(*rates, ",") {
		r, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil || r <= 0 {
			return fmt.Errorf("--rates: %q is not a positive rate", f)
		}
		steps = append(steps, r)
	}
	addr := *target
	if addr == "" {
		stop, a, err := ownStack(ctx, *data, *docs, stderr)
		if err != nil {
			return err
		}
		defer stop()
		addr = a
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	mix, err := newMix(ctx, "http://"+addr, *seed)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "load on http://%s: %d documents to read, %d CPU; mix %s; open loop, %s a step, p99 objective %s\n",
		addr, len(mix.ids), runtime.NumCPU(), mixDesc, *dur, *slo)
	fmt.Fprintf(stdout, "%8s %9s %8s %8s %8s %8s %8s %7s  %s\n", "target/s", "answered/s", "p50", "p90", "p99", "max", "cpu/req", "errors", "p99 by kind")
	var base *loadMix
	if *baseline {
		b, stop, err := baselineMix(mix)
		if err != nil {
			return err
		}
		defer stop()
		base = b
	}
	var last step
	saturated := false
	for _, r := range steps {
		if base != nil {
			fmt.Fprintln(stdout, base.run(ctx, r, *dur).line()+"  (baseline: a fixed answer)")
		}
		if *warm > 0 {
			mix.run(ctx, r, *warm)
		}
		st := mix.run(ctx, r, *dur)
		fmt.Fprintln(stdout, st.line())
		if why := st.saturated(*slo); why != "" {
			if !saturated {
				fmt.Fprintf(stdout, "saturated at %.0f/s (%s)", r, why)
				if last.rate > 0 {
					fmt.Fprintf(stdout, "; the last step that held: %.0f/s", last.rate)
				}
				fmt.Fprintln(stdout)
			}
			saturated = true
			if !*all {
				return nil
			}
			continue
		}
		if !saturated {
			last = st
		}
	}
	if !saturated {
		fmt.Fprintf(stdout, "not saturated at %.0f/s: raise --rates\n", last.rate)
	}
	return nil
}

// ownStack starts a stack on a fresh data folder under data, seeds it
// and serves it on a free loopback port.
func ownStack(ctx context.Context, data string, docs int, stderr io.Writer) (func(), string, error) {
	if err := os.MkdirAll(data, 0o750); err != nil {
		return nil, "", err
	}
	tmp, err := os.MkdirTemp(data, "load-")
	if err != nil {
		return nil, "", err
	}
	s, err := Open(Options{Data: filepath.Join(tmp, "data"), Addr: "127.0.0.1:0", Seed: docs, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		os.RemoveAll(tmp)
		return nil, "", err
	}
	fmt.Fprintf(stderr, "load: seeding %d documents…\n", docs)
	ctx, cancel := context.WithCancel(ctx)
	cleanup := func() { cancel(); s.Close(); os.RemoveAll(tmp) }
	if err := s.Start(ctx); err != nil {
		cleanup()
		return nil, "", err
	}
	if err := s.Bus.Wait(ctx); err != nil {
		cleanup()
		return nil, "", err
	}
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, func(a string) { ready <- a }) }()
	select {
	case a := <-ready:
		return func() { cancel(); <-done; s.Close(); os.RemoveAll(tmp) }, a, nil
	case err := <-done:
		cleanup()
		return nil, "", err
	}
}

// baselineMix is m's mix of requests sent to a handler that answers a
// fixed small JSON document at once, on its own loopback port.
func baselineMix(m *loadMix) (*loadMix, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"total":1,"items":[]}`))
	}), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	b := &loadMix{base: "http://" + ln.Addr().String(), ids: m.ids, terms: m.terms, depts: m.depts, r: rand.New(rand.NewPCG(1, 19)),
		reads: m.reads, posts: m.posts}
	return b, func() { srv.Close() }, nil
}

// The request mix, in percent: mostly searches, as on the portal.
const mixDesc = "search 50%, document 25%, related 15%, inquiry post 10%"

type kind int

const (
	kSearch kind = iota
	kDocument
	kRelated
	kInquiry
	nKinds
)

var kindNames = [nKinds]string{"search", "document", "related", "inquiry"}

func pick(r *rand.Rand) kind {
	switch n := r.IntN(100); {
	case n < 50:
		return kSearch
	case n < 75:
		return kDocument
	case n < 90:
		return kRelated
	}
	return kInquiry
}

// loadMix makes the requests: reads of the documents the index holds, and
// searches for words of their titles.
type loadMix struct {
	base  string
	ids   []string
	terms []string
	depts []string
	r     *rand.Rand
	// reads share keep-alive connections; each inquiry post dials from
	// its own loopback address (127.1.x.y), as many citizens would, so
	// that the per-address limit on questions (10 an hour) is not what
	// is measured.
	reads  *http.Client
	posts  *http.Client
	nextIP atomic.Uint32
}

func newMix(ctx context.Context, base string, seed uint64) (*loadMix, error) {
	m := &loadMix{base: base, r: rand.New(rand.NewPCG(seed, 19))}
	m.reads = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConns: 512, MaxIdleConnsPerHost: 512}}
	m.posts = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			n := m.nextIP.Add(1)
			local := &net.TCPAddr{IP: net.IPv4(127, 1, byte(n>>8), byte(n%254+1))}
			return (&net.Dialer{LocalAddr: local, Timeout: 5 * time.Second}).DialContext(ctx, network, addr)
		}}}
	seen := map[string]bool{}
	for page := 1; page <= 10; page++ {
		var res struct {
			Items []struct {
				ID             string `json:"id"`
				Title          string `json:"title"`
				DepartmentCode string `json:"department_code"`
			} `json:"items"`
		}
		if err := getJSONFrom(ctx, m.reads, base+"/api/documents?size=100&page="+strconv.Itoa(page), &res); err != nil {
			return nil, err
		}
		for _, it := range res.Items {
			m.ids = append(m.ids, it.ID)
			for _, w := range strings.Fields(it.Title) {
				if n := len([]rune(w)); n >= 2 && n <= 8 && !seen[w] {
					seen[w] = true
					m.terms = append(m.terms, w)
				}
			}
			if !slices.Contains(m.depts, it.DepartmentCode) {
				m.depts = append(m.depts, it.DepartmentCode)
			}
		}
		if len(res.Items) < 100 {
			break
		}
	}
	if len(m.ids) == 0 || len(m.terms) == 0 {
		return nil, fmt.Errorf("%s holds no published document to read: seed it first", base)
	}
	return m, nil
}

func getJSONFrom(ctx context.Context, c *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// request builds the i-th request of kind k.
func (m *loadMix) request(ctx context.Context, k kind, i int) (*http.Request, *http.Client, error) {
	id := m.ids[m.r.IntN(len(m.ids))]
	switch k {
	case kSearch:
		q := url.Values{"q": {m.terms[m.r.IntN(len(m.terms))]}}
		switch m.r.IntN(4) {
		case 0:
			q.Set("sort", "date")
		case 1:
			q.Set("page", strconv.Itoa(1+m.r.IntN(3)))
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, m.base+"/api/documents?"+q.Encode(), nil)
		return req, m.reads, err
	case kDocument:
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, m.base+"/api/documents/"+url.PathEscape(id), nil)
		return req, m.reads, err
	case kRelated:
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, m.base+"/api/documents/"+url.PathEscape(id)+"/related", nil)
		return req, m.reads, err
	}
	// Invented contacts on the reserved example.org domain, each its own.
	body, _ := json.Marshal(map[string]any{
		"document_id": id, "consent": true,
		"question": fmt.Sprintf("이 문서의 추진 일정과 예산 집행 계획을 알고 싶습니다. (부하 시험 %d-%d)", time.Now().UnixNano(), i),
		"email":    fmt.Sprintf("load-%d-%d@example.org", time.Now().UnixNano(), i),
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.base+"/api/inquiries", bytes.NewReader(body))
	if err == nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return req, m.posts, err
}

// step is what one rate gave.
type step struct {
	rate     float64
	answered float64 // answers per second
	lat      []time.Duration
	byKind   [nKinds][]time.Duration
	errors   int
	errKinds map[string]int
	sent     int
	// cpu is this process's CPU time per request sent: the generator's,
	// and the stack's when it runs in this process.
	cpu time.Duration
}

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// run sends requests at rate for d, open loop, and waits for the answers.
func (m *loadMix) run(ctx context.Context, rate float64, d time.Duration) step {
	st := step{rate: rate, errKinds: map[string]int{}}
	var mu sync.Mutex
	var wg sync.WaitGroup
	every := time.Duration(float64(time.Second) / rate)
	n := int(d.Seconds() * rate)
	cpu0 := cpuTime()
	start := time.Now()
	var lastDone time.Time
	for i := range n {
		at := start.Add(time.Duration(i) * every)
		if w := time.Until(at); w > 0 {
			time.Sleep(w)
		}
		k := pick(m.r)
		req, client, err := m.request(ctx, k, i)
		if err != nil {
			st.errors++
			continue
		}
		st.sent++
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := client.Do(req)
			what := ""
			switch {
			case err != nil:
				what = "transport"
			default:
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode >= 400 {
					what = kindNames[k] + " " + strconv.Itoa(resp.StatusCode)
				}
			}
			now := time.Now()
			lat := now.Sub(at) // from the planned time: queueing counts
			mu.Lock()
			defer mu.Unlock()
			if what != "" {
				st.errors++
				st.errKinds[what]++
			}
			st.lat = append(st.lat, lat)
			st.byKind[k] = append(st.byKind[k], lat)
			if now.After(lastDone) {
				lastDone = now
			}
		}()
	}
	wg.Wait()
	if st.sent > 0 {
		st.cpu = (cpuTime() - cpu0) / time.Duration(st.sent)
	}
	if el := lastDone.Sub(start); el > 0 {
		st.answered = float64(len(st.lat)-st.errors) / el.Seconds()
	}
	slices.Sort(st.lat)
	for k := range st.byKind {
		slices.Sort(st.byKind[k])
	}
	return st
}

func quantile(d []time.Duration, q float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	i := int(float64(len(d))*q+0.999999) - 1
	return d[max(0, min(i, len(d)-1))]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

func (st step) line() string {
	var kinds []string
	for k, l := range st.byKind {
		kinds = append(kinds, kindNames[k]+" "+ms(quantile(l, 0.99)))
	}
	errs := strconv.Itoa(st.errors)
	if len(st.errKinds) > 0 {
		var parts []string
		for k, n := range st.errKinds {
			parts = append(parts, fmt.Sprintf("%s×%d", k, n))
		}
		slices.Sort(parts)
		errs += " (" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprintf("%8.0f %9.1f %8s %8s %8s %8s %8s %7s  %s", st.rate, st.answered, ms(quantile(st.lat, 0.5)), ms(quantile(st.lat, 0.9)),
		ms(quantile(st.lat, 0.99)), ms(quantile(st.lat, 1)), ms(st.cpu), errs, strings.Join(kinds, ", "))
}

// saturated says why a step did not hold, or "".
func (st step) saturated(slo time.Duration) string {
	var why []string
	if p := quantile(st.lat, 0.99); p > slo {
		why = append(why, "p99 "+ms(p)+" over "+slo.String())
	}
	if st.sent > 0 && float64(st.errors)/float64(st.sent) > 0.01 {
		why = append(why, fmt.Sprintf("%d errors", st.errors))
	}
	if st.answered < 0.95*st.rate {
		why = append(why, fmt.Sprintf("%.0f answers/s", st.answered))
	}
	return strings.Join(why, ", ")
}
