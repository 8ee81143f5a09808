package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/shared/access"
	"github.com/seoul-plaza/plaza/shared/api"
	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/closure"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/emf"
	"github.com/seoul-plaza/plaza/shared/feedback"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	inqbolt "github.com/seoul-plaza/plaza/shared/inquiry/bolt"
	"github.com/seoul-plaza/plaza/shared/leak"
	leakmail "github.com/seoul-plaza/plaza/shared/leak/mail"
	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
	"github.com/seoul-plaza/plaza/shared/meter"
	"github.com/seoul-plaza/plaza/shared/monitor"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/notify/outbox"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/pipeline/files"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/portal"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/rendition"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/bleve"
	"github.com/seoul-plaza/plaza/shared/sender"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
	"github.com/seoul-plaza/plaza/shared/subscription"
	"github.com/seoul-plaza/plaza/shared/survey"
	visits "github.com/seoul-plaza/plaza/shared/usage" // visits: main.go's usage is the help text
	"github.com/seoul-plaza/plaza/shared/verify"
)

// buckets are folders under the data folder on one machine.
var buckets = storage.Buckets{Inbox: "inbox", Work: "work", Public: "public"}

// defaultOrg is the organization of envelopes and requests that name
// none, for the commands that open no stack: the one the embedded
// organizations' deployment file names (shared/org).
func defaultOrg() string { return org.Embedded().Default().Code }

// Options configure the one-process stack.
type Options struct {
	Data      string
	Addr      string
	Seed      int           // sample documents on first start; 0 for none
	TickEvery time.Duration // the monitor's schedule
	Workers   int
	Logger    *slog.Logger
	Now       func() time.Time
	// Fsync makes every ledger commit durable against a machine crash,
	// at a large cost in throughput on virtual disks.
	Fsync bool
	// WrapIndex, when set, wraps the search index the pipeline writes to
	// (the bench uses it to time documents).
	WrapIndex func(search.Index) search.Index
	// Orgs are the organizations (nil: the embedded ones, shared/org):
	// the default organization, each one's release policy and inbox
	// prefixes, and each one's inquiry directory.
	Orgs *org.Set
	// Senders binds inbox prefixes to organizations (nil: the prefixes of
	// the organizations' files).
	Senders *sender.Config
	// RetryBackoff is the monitor's first wait before retrying a dead
	// letter (default: the pipeline's, one minute).
	RetryBackoff time.Duration
	// ReportLimits bounds citizens' leak reports (defaults: leak.Limits).
	ReportLimits leak.Limits
	// DigestEvery is how often the ticker runs the subscriptions' weekly
	// digest (default an hour; each subscriber gets one mail a week
	// however often it runs).
	DigestEvery time.Duration
	// Surveys are the satisfaction surveys (nil: config's embedded ones).
	Surveys []survey.Survey
	// StuckAfter is how long a document may wait between stages before
	// the monitor drives it again (default: the pipeline's, 5 minutes).
	StuckAfter time.Duration
	// PendingGrace is how long an undelivered notice waits before the
	// monitor sends it again (default a minute).
	PendingGrace time.Duration
	// NoticeLease is how long a claim to send a notice holds before
	// another sender may take it over (default: the notifier's, 2
	// minutes); a process killed mid-send leaves its claims until then.
	NoticeLease time.Duration
	// Faults, set only by the soak (faults.go), makes the search index
	// and the notices fail and events repeat.
	Faults *faults
	// PDFFont is the TrueType font with Hangul that documents' PDF
	// renditions embed (default: Debian's NanumGothic, fonts-nanum); when
	// it cannot be read, GET /api/documents/{id}/pdf answers 501.
	PDFFont string
}

// Stack is the whole system in one process, on embedded engines.
type Stack struct {
	opts     Options
	log      *slog.Logger
	Store    *localfs.Store
	Bus      *localfs.Bus
	Ledger   *bolt.Ledger
	Index    *bleve.Served
	Pipeline *pipeline.Pipeline
	// boilerplate is the lines each department repeats, learnt from the
	// public bucket when the index is refilled or rebuilt (reindex).
	boilerplate *pipeline.LiveBoilerplate
	Auth        *auth.Local
	API         http.Handler

	Inquiries    *inquiry.Service
	inquiryStore *inqbolt.Store
	inquiryWatch *inquiry.Monitor

	// Reports are citizens' leak reports: masked at once, then staff.
	Reports *leak.Service
	// Feedback is citizens' votes, ratings and surveys; Subscriptions
	// their weekly mails of new documents.
	Feedback      *feedback.Service
	Subscriptions *subscription.Service

	// Stats keeps the release statistics' roll-up, on every tick.
	Stats *stats.Roller
	// Meter holds the redact and index stages' metrics (the catalogue's,
	// as their EMF lines carry them) and the monitor runs' own since the
	// stack started: served at /api/staff/metrics and /metrics.
	Meter *meter.Registry
	// mon is the monitor, run on the ticker (Tick).
	mon *monitor.Monitor
	// Closures checks the non-disclosure decisions, every ten minutes.
	Closures *closure.Runner
	// Usage counts the access logs (logs/access/) every ten minutes.
	Usage     *visits.Aggregator
	accessLog *access.Writer

	// events is where object events go: the bus, behind the soak's
	// duplicator when it injects faults.
	events localfs.Notifier

	// Started says what Start did, for the summary serve prints.
	Started StartReport

	self *selfWrites
}

// StartReport is what Start found and did.
type StartReport struct {
	Seeded     int       // sample documents dropped into the inbox now (first start)
	SeededAt   time.Time // when the data folder was seeded (zero: never)
	Reconciled int       // envelopes dropped while the stack was stopped
}

// selfWrites remembers the inbox keys this process wrote itself, so that
// the folder watcher does not announce them a second time.
type selfWrites struct {
	mu    sync.Mutex
	keys  map[string]time.Time
	next  localfs.Notifier
	wants func(storage.Event) bool
}

// Publish forwards the events some stage wants, as EventBridge rules do.
func (s *selfWrites) Publish(ctx context.Context, ev storage.Event) error {
	if !s.wants(ev) {
		return nil
	}
	if ev.Bucket == buckets.Inbox {
		s.mu.Lock()
		s.keys[ev.Key] = time.Now()
		s.mu.Unlock()
	}
	return s.next.Publish(ctx, ev)
}

// seen reports (once) whether key was written by this process lately.
func (s *selfWrites) seen(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.keys[key]
	delete(s.keys, key)
	return ok && time.Since(t) < 10*time.Second
}

func (s *selfWrites) prune() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, t := range s.keys {
		if time.Since(t) > 10*time.Second {
			delete(s.keys, k)
		}
	}
}

// Open builds the stack on the data folder. Nothing runs until Start.
func Open(o Options) (*Stack, error) {
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Orgs == nil {
		o.Orgs = org.Embedded()
	}
	if o.Senders == nil {
		o.Senders = sender.FromOrgs(o.Orgs)
	}
	if o.TickEvery <= 0 {
		o.TickEvery = 5 * time.Second
	}
	if o.DigestEvery <= 0 {
		o.DigestEvery = time.Hour
	}
	if o.Workers <= 0 {
		o.Workers = 32 // the stages wait on files more than on the CPU
	}
	if o.PDFFont == "" {
		o.PDFFont = rendition.DebianFont
	}
	if err := os.MkdirAll(o.Data, 0o750); err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	s := &Stack{opts: o, log: o.Logger, boilerplate: &pipeline.LiveBoilerplate{}}
	var err error
	if s.Ledger, err = bolt.OpenWith(filepath.Join(o.Data, "ledger.db"), bolt.Options{NoSync: !o.Fsync}); err != nil {
		return nil, fmt.Errorf("%w (is another stack running on %s?)", err, o.Data)
	}
	// Served: a reindex swaps generations of the index under searches.
	s.Index, err = bleve.OpenServed(filepath.Join(o.Data, "index"))
	if errors.Is(err, bleve.ErrMappingChanged) {
		// The index is only a view of the public bucket: rebuild it.
		o.Logger.Warn("search index format changed; rebuilding it from the public bucket")
		s.Index, err = bleve.RebuildServed(filepath.Join(o.Data, "index"))
	}
	if err != nil {
		s.Ledger.Close()
		return nil, err
	}
	key, err := auth.LoadOrCreateKey(filepath.Join(o.Data, "keys", "jwt.key"))
	if err != nil {
		s.Close()
		return nil, err
	}
	if s.Auth, err = auth.NewLocal(key, o.Now); err != nil {
		s.Close()
		return nil, err
	}
	// The bus calls the pipeline, whose store fires into the bus: tie the
	// knot through a forwarding handler.
	var p *pipeline.Pipeline
	s.Bus, err = localfs.NewBus(localfs.BusOptions{
		Dir: filepath.Join(o.Data, "events"), Workers: o.Workers, Logger: o.Logger,
		OnDead: func(ctx context.Context, ev storage.Event, err error) { p.DeadLettered(ctx, ev, err) },
	}, func(ctx context.Context, ev storage.Event) error { return p.Handle(ctx, ev) })
	if err != nil {
		s.Close()
		return nil, err
	}
	s.events = s.Bus
	if o.Faults != nil {
		s.events = o.Faults.events(s.Bus)
	}
	s.self = &selfWrites{keys: map[string]time.Time{}, next: s.events, wants: func(ev storage.Event) bool { return p.Wants(ev) }}
	if s.Store, err = localfs.New(o.Data, s.self); err != nil {
		s.Close()
		return nil, err
	}
	s.Meter = meter.New("redact", "index")
	// The monitor's figures of its run; the others it emits (the roll-up's
	// and the inquiries') the API serves from their sources.
	if err := s.Meter.TakeRun(monitor.Function, emf.OldestUnprocessed, emf.Released, emf.Redriven, emf.Reconciled, emf.Mismatches, emf.DeadLetters); err != nil {
		s.Close()
		return nil, err
	}
	var idx search.Index = s.Index
	if o.WrapIndex != nil {
		idx = o.WrapIndex(idx)
	}
	if o.Faults != nil {
		idx = o.Faults.index(idx)
	}
	pol, err := policy.FromOrgs(o.Orgs)
	if err != nil {
		s.Close()
		return nil, err
	}
	p = pipeline.New(pipeline.Config{Buckets: buckets, Now: o.Now, Logger: o.Logger, Senders: o.Senders, RetryBackoff: o.RetryBackoff,
		StuckAfter: o.StuckAfter, DefaultOrg: o.Orgs.Default().Organization(), Policy: pol}, pipelineDeps(s, idx))
	s.Pipeline = p
	if err := s.openInquiries(o, p); err != nil {
		s.Close()
		return nil, err
	}
	s.Closures = closure.NewRunner(closure.RunnerDeps{Store: s.Store, Buckets: buckets, Logger: o.Logger, Now: o.Now,
		Layers:  closure.Layers{Redactor: redact.New(), Verifier: verify.New()},
		Options: closure.Options{Screen: closure.ScreenOptions(pol)}})
	s.Stats = stats.NewRoller(stats.RollerDeps{Ledger: s.Ledger, Store: s.Store, Bucket: buckets.Work, Logger: o.Logger, Now: o.Now})
	font, err := os.ReadFile(o.PDFFont)
	if err != nil {
		o.Logger.Warn("no font for PDF renditions: GET /api/documents/{id}/pdf answers 501 (apt-get install fonts-nanum)", "error", err)
		font = nil
	}
	h := api.New(api.Deps{
		Search: s.Index, Store: s.Store, Buckets: buckets, Ledger: s.Ledger, Ops: p, Auth: s.Auth, Stats: s.Stats, Meter: s.Meter,
		DefaultOrg: o.Orgs.Default().Code, Orgs: o.Orgs, Logger: o.Logger, Now: o.Now, Inquiries: s.Inquiries, Reports: s.Reports,
		Feedback: s.Feedback, Subscriptions: s.Subscriptions, Check: p,
		Portal: portal.Handler(), PDFFont: font,
	})
	// Every request is logged as API Gateway and CloudFront would, for
	// the usage figures; the count runs on the monitor's ticker, today's
	// figures included, and deletes the logs past their 30 days.
	if s.accessLog, err = access.NewWriter(filepath.Join(o.Data, logsBucket, accessLogPrefix)); err != nil {
		s.Close()
		return nil, err
	}
	s.Usage = visits.New(visits.Deps{Store: s.Store, LogBucket: logsBucket, LogPrefixes: []string{accessLogPrefix}, WorkBucket: buckets.Work,
		Catalog: visits.PublicCatalog{Store: s.Store, Bucket: buckets.Public}, Searcher: visits.IndexSearcher{Index: s.Index},
		Redactor: redact.New(), Options: visits.Options{DefaultOrg: o.Orgs.Default().Code, OwnHosts: []string{"127.0.0.1", "localhost"}},
		Expire: true, Today: true, Now: o.Now, Logger: o.Logger})
	// The API, and the operations figures as Prometheus text at /metrics
	// (one machine only: on AWS CloudWatch has them).
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", h.Metrics())
	// The staff console's one-time sign-in (login.go): one machine only.
	mux.HandleFunc("GET /staff/config.json", consoleConfig)
	mux.Handle("POST /staff/login", loginHandler(o.Data, o.Now))
	// The operations the commands ask of a running stack (ops.go).
	s.opsRoutes(mux)
	mux.Handle("/", h)
	s.API = withAccessLog(mux, s.accessLog, time.Now, o.Logger)
	// The run the monitor function does on AWS; Start reconciles instead
	// of the daily rule.
	s.mon = monitor.New(monitor.Deps{Pipeline: s.Pipeline, Reports: s.Reports, Inquiries: s.inquiryWatch, Logger: s.log, Subscriptions: s.Subscriptions,
		Stats: s.Stats, StatsEveryRun: true, Closures: s.Closures, ClosuresEvery: 10 * time.Minute,
		Usage: s.Usage, UsageEvery: 10 * time.Minute, Meter: s.Meter, DeadLetters: busDeadLetters{s.Bus},
		// The whole index, hourly: one machine's is small enough to read.
		ReconcileEvery: time.Hour})
	return s, nil
}

// Tick does one monitor run, as the ticker of Run does (reconcile: also
// the daily rule's comparison of the inbox with the ledger).
func (s *Stack) Tick(ctx context.Context, reconcile bool) (monitor.Report, error) {
	return s.mon.Run(ctx, reconcile)
}

// Start delivers the events spooled by an earlier run, ingests what the
// inbox holds that the ledger never saw, and seeds samples on first start.
func (s *Stack) Start(ctx context.Context) error {
	if err := s.Bus.Start(ctx); err != nil {
		return err
	}
	if err := s.refeedIndex(ctx); err != nil {
		return fmt.Errorf("rebuilding the search index: %w", err)
	}
	if n, err := s.Pipeline.Reconcile(ctx); err != nil {
		return fmt.Errorf("reconcile: %w", err)
	} else if n > 0 {
		s.Started.Reconciled = n
		s.log.Info("picked up envelopes dropped while stopped", "count", n)
	}
	marker := filepath.Join(s.opts.Data, ".seeded")
	b, err := os.ReadFile(marker)
	if err == nil {
		s.Started.SeededAt, _ = time.Parse(time.RFC3339, strings.TrimSpace(string(b)))
	}
	if errors.Is(err, os.ErrNotExist) && s.opts.Seed > 0 {
		docs := seedDocs(s.opts.Seed, s.opts.Now())
		if err := s.Seed(ctx, docs, nil); err != nil {
			return fmt.Errorf("seed: %w", err)
		}
		s.log.Info("seeded sample documents through the inbox", "count", len(docs))
		now := s.opts.Now().UTC()
		if err := os.WriteFile(marker, []byte(now.Format(time.RFC3339)+"\n"), 0o640); err != nil {
			return err
		}
		s.Started.Seeded, s.Started.SeededAt = len(docs), now
	}
	return nil
}

// Seed drops documents into the inbox the way an internal system does:
// files first, envelope last.
func (s *Stack) Seed(ctx context.Context, docs []sampleDoc, progress func()) error {
	for _, d := range docs {
		if err := putDoc(ctx, s.Store, d); err != nil {
			return err
		}
		if progress != nil {
			progress()
		}
	}
	return nil
}

func putDoc(ctx context.Context, st storage.Store, d sampleDoc) error {
	dir := d.system + "/" + d.envelope["id"].(string)
	for name, data := range d.files {
		if err := st.Put(ctx, buckets.Inbox, dir+"/"+name, bytes.NewReader(data), storage.PutOptions{}); err != nil {
			return err
		}
	}
	env, err := json.MarshalIndent(d.envelope, "", "  ")
	if err != nil {
		return err
	}
	return st.Put(ctx, buckets.Inbox, dir+"/"+pipeline.EnvelopeName, bytes.NewReader(env), storage.PutOptions{ContentType: "application/json"})
}

// Run serves HTTP, watches the inbox folder and ticks the monitor until
// ctx ends, then shuts down without losing an event.
func (s *Stack) Run(ctx context.Context, ready func(addr string)) error {
	ln, err := net.Listen("tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", s.opts.Addr, err)
	}
	srv := &http.Server{Handler: s.API, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 60 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	w, err := newWatcher(filepath.Join(s.opts.Data, buckets.Inbox), s.log, func(rel string) {
		key := filepath.ToSlash(rel)
		if path.Base(key) != pipeline.EnvelopeName || s.self.seen(key) {
			return
		}
		ev := storage.Event{Kind: storage.Created, Bucket: buckets.Inbox, Key: key, Time: time.Now().UTC()}
		if err := s.events.Publish(ctx, ev); err != nil {
			s.log.Error("announcing a dropped envelope", "source_sha", storage.KeyDigest(key), "err", err)
		}
	})
	if err != nil {
		srv.Close()
		return err
	}
	defer w.Close()
	// Start reconciled the inbox before the watch began: an envelope
	// dropped in between was seen by neither, and waited for the hourly
	// reconciliation (the soak found 70 of 300 so). Look once more, now
	// that the watch catches whatever lands from here on.
	if n, err := s.Pipeline.Reconcile(ctx); err != nil {
		srv.Close()
		return fmt.Errorf("reconcile: %w", err)
	} else if n > 0 {
		s.log.Info("picked up envelopes dropped while starting", "count", n)
	}

	tick := time.NewTicker(s.opts.TickEvery)
	defer tick.Stop()
	// The other commands (status, put, token) find the stack by this file;
	// it goes with a clean shutdown, and a later start replaces a stale one.
	addr := ln.Addr().String()
	if err := writeAddr(s.opts.Data, addr); err != nil {
		srv.Close()
		return err
	}
	defer func() {
		if err := removeAddr(s.opts.Data, addr); err != nil {
			s.log.Error("removing the address file", "err", err)
		}
	}()
	s.log.Info("plaza is serving", "addr", "http://"+addr, "data", s.opts.Data)
	if ready != nil {
		ready(addr)
	}
	var digested time.Time
	for {
		select {
		case <-ctx.Done():
			s.log.Info("shutting down")
			sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			return srv.Shutdown(sctx)
		case err := <-errc:
			return err
		case <-tick.C:
			s.self.prune()
			if _, err := s.Tick(ctx, false); err != nil && ctx.Err() == nil {
				// (A run cut short by the shutdown is no error.)
				s.log.Error("monitor run", "err", err)
			}
			s.digestDue(ctx, &digested)
		}
	}
}

// Close stops the bus (queued events stay spooled) and closes the engines.
func (s *Stack) Close() error {
	var errs []error
	if s.Bus != nil {
		errs = append(errs, s.Bus.Close())
	}
	if s.Index != nil {
		errs = append(errs, s.Index.Close())
	}
	if s.Ledger != nil {
		errs = append(errs, s.Ledger.Close())
	}
	if s.inquiryStore != nil {
		errs = append(errs, s.inquiryStore.Close())
	}
	if s.accessLog != nil {
		errs = append(errs, s.accessLog.Close())
	}
	return errors.Join(errs...)
}

// copyFile is used by put to copy a file into the inbox. Only a regular
// file is copied, never a link's target (checked again on the open file,
// in case the entry was swapped).
func copyFile(ctx context.Context, st storage.Store, key, src string) error {
	before, err := os.Lstat(src)
	if err != nil {
		return err
	}
	if !before.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file", src)
	}
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil {
		return err
	}
	if !os.SameFile(before, opened) {
		return fmt.Errorf("%s changed while being copied", src)
	}
	return st.Put(ctx, buckets.Inbox, key, io.Reader(f), storage.PutOptions{})
}

// pipelineDeps are the stack's engines, with idx as the search index.
func pipelineDeps(s *Stack, idx search.Index) pipeline.Deps {
	return pipeline.Deps{Store: s.Store, Ledger: s.Ledger, Index: idx,
		Extractor: files.New(), Redactor: redact.New(), Verifier: verify.New(), Meter: s.Meter, Boilerplate: s.boilerplate}
}

// openInquiries wires citizens' questions: a bbolt store, contacts sealed
// with a local key, notices to the outbox folder (.eml and .json), and the
// monitor on the stack's ticker.
func (s *Stack) openInquiries(o Options, p *pipeline.Pipeline) error {
	ctx := context.Background()
	store, err := inqbolt.Open(filepath.Join(o.Data, "inquiries.db"), inqbolt.Options{NoSync: !o.Fsync})
	if err != nil {
		return err
	}
	s.inquiryStore = store
	key, err := inquiry.LoadOrCreateKey(filepath.Join(o.Data, "keys", "inquiry.key"))
	if err != nil {
		return err
	}
	sealer, err := inquiry.NewLocal(key)
	if err != nil {
		return err
	}
	blinder, err := inquiry.LoadBlinder(ctx, store, sealer)
	if err != nil {
		return err
	}
	mailer, err := outbox.NewMailer(filepath.Join(o.Data, "outbox"), "noreply@plaza.local")
	if err != nil {
		return err
	}
	texter, err := outbox.NewTexter(filepath.Join(o.Data, "outbox"))
	if err != nil {
		return err
	}
	var mails notify.Mailer = mailer
	var texts notify.Texter = texter
	if o.Faults != nil {
		mails, texts = faultyMailer{inner: mailer, f: o.Faults}, faultyTexter{inner: texter, f: o.Faults}
	}
	// Every organization's directory: an inquiry or report goes to the
	// officers of its document's organization (department ids repeat
	// across organizations).
	dirs := inquiry.FromOrgs(o.Orgs)
	portal := "http://" + o.Addr
	if err := s.openFeedback(ctx, o, store, sealer, blinder, mails, portal); err != nil {
		return err
	}
	notifier := inquiry.NewNotifier(inquiry.NotifierDeps{
		Store: store, Sealer: sealer, Directories: dirs, Mailer: mails, Texter: texts,
		PortalURL: portal, Logger: o.Logger, RatingLink: s.ratingLink(portal), Lease: o.NoticeLease,
	})
	s.inquiryWatch = inquiry.NewMonitor(inquiry.MonitorDeps{Store: store, Notifier: notifier, Logger: o.Logger, PendingGrace: cmp.Or(o.PendingGrace, time.Minute)})
	s.Inquiries = inquiry.NewService(inquiry.ServiceDeps{
		Store: store, Sealer: sealer, Blinder: blinder, Directories: dirs,
		Documents: s.Store, PublicBucket: buckets.Public, Redactor: redact.New(),
		DefaultOrg: o.Orgs.Default().Code, Dispatch: notifier.Deliver, Logger: o.Logger, Now: o.Now, Log: api.LoggerFrom,
	})
	// Leak reports share the inquiries' sealer, blinding key, rate
	// counters and directory, and tell people through the same outbox.
	s.Reports = leak.New(leak.Deps{
		Masker: p, Store: s.Store, Bucket: buckets.Work, Sealer: sealer, Blinder: blinder, Counter: store,
		Notifier: &leakmail.Notifier{Mailer: mails, Texter: texts, Directory: leakmail.Officers(dirs), PortalURL: portal},
		Limits:   o.ReportLimits, Logger: o.Logger, Log: api.RequestLogger(o.Logger), Now: o.Now,
	})
	return nil
}

// learnBoilerplate learns again the lines each department repeats, from
// the public bucket: documents indexed after it weigh them nothing.
func (s *Stack) learnBoilerplate(ctx context.Context) error {
	m, err := s.Pipeline.LearnBoilerplate(ctx)
	if err != nil {
		return err
	}
	s.boilerplate.Set(m)
	lines := 0
	for _, ls := range m.Lines {
		lines += len(ls)
	}
	s.log.Info("boilerplate learnt from the public bucket", "departments", len(m.Lines), "lines", lines)
	return nil
}

// refeedIndex fills an empty search index from the public bucket, after
// its format changed or its folder was deleted: the index is only a view
// of what is published.
func (s *Stack) refeedIndex(ctx context.Context) error {
	n, err := s.Index.DocCount()
	if err != nil || n > 0 {
		return err
	}
	if err := s.learnBoilerplate(ctx); err != nil {
		return err
	}
	var batch []search.Doc
	total := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := s.Index.Bulk(ctx, batch); err != nil {
			return err
		}
		total += len(batch)
		batch = batch[:0]
		return nil
	}
	err = s.Store.List(ctx, buckets.Public, "documents/", func(in storage.Info) error {
		data, err := storage.ReadAll(ctx, s.Store, buckets.Public, in.Key, 256<<20)
		if ie, ok := storage.Irregular(err); ok {
			// Only the pipeline writes here; a link or a FIFO is someone
			// else's, never read, never indexed.
			s.log.Warn("skipping an irregular entry of the public bucket", "key_sha", storage.KeyDigest(in.Key), "kind", ie.Kind)
			return nil
		}
		if err != nil {
			return err
		}
		var pub document.Public
		if err := json.Unmarshal(data, &pub); err != nil {
			return fmt.Errorf("%s: %w", in.Key, err)
		}
		d := pipeline.SearchDoc(&pub)
		d.Boilerplate = s.boilerplate.Of(ctx, d.Org, d.DepartmentCode, d.Body)
		batch = append(batch, d)
		if len(batch) == 500 {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if total > 0 {
		s.log.Info("search index refilled from the public bucket", "documents", total)
	}
	return err
}

// busDeadLetters is the bus's dead-letter folder as the monitor's one
// queue ("events"), as SQS's are on AWS.
type busDeadLetters struct{ bus *localfs.Bus }

func (b busDeadLetters) Depths(context.Context) (map[string]int, error) {
	dead, err := b.bus.DeadLetters()
	if err != nil {
		return nil, err
	}
	return map[string]int{"events": len(dead)}, nil
}
