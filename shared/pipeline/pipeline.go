// Package pipeline holds Plaza's stages as plain handlers over the ports:
// ingest (inbox → staged), redact (staged → public), index (public →
// search) and the monitor's tick. The same handlers run in Lambda, in the
// one-process stack and in tests.
//
// Every handler is idempotent and tolerates events delivered more than once
// and out of order: an error return means "retry me", never "lost"; bad
// input ends in a ledger state with a reason and a nil error.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/emf"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/pipeline/route"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/sender"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// Extractor turns a file into text (pipeline/files over shared/extract).
// Its errors that are *document.Problem are the file's fault (the
// attachment carries the code); any other is a failure to retry.
type Extractor interface {
	Extract(ctx context.Context, name string, data []byte) (Extraction, error)
}

// Extraction is a file's text and the format it was read as.
type Extraction struct {
	Text   string
	Format string
}

// Redactor is layer 1: it masks personal data.
type Redactor interface {
	Redact(text string, opts redact.Options) redact.Result
}

// Verifier is layer 2: it doubts what layer 1 left.
type Verifier interface {
	Check(text string, opts verify.Options) []verify.Doubt
}

// Config holds the pipeline's settings.
type Config struct {
	Buckets storage.Buckets
	// DefaultOrg is the organization of envelopes that name none
	// (default: the organizations' default, shared/org).
	DefaultOrg document.Organization
	// Policy is the organizations' release policy (default: the embedded
	// organizations', policy.Default).
	Policy *policy.Policy
	// MaxDocumentBytes bounds the envelope's files together (default 50 MiB).
	MaxDocumentBytes int64
	// FileDeadline bounds the extraction of one file (default 20 s).
	FileDeadline time.Duration
	// StuckAfter is how long a document may sit between stages before the
	// monitor drives it again (default 5 min).
	StuckAfter time.Duration
	// Senders binds inbox prefixes to organizations (default: any system
	// for DefaultOrg).
	Senders *sender.Config
	// RetryBackoff is how long the monitor waits before retrying a
	// dead-lettered document, doubled after each failed retry up to
	// MaxRetryBackoff (defaults 1 min and 1 h).
	RetryBackoff    time.Duration
	MaxRetryBackoff time.Duration
	Now             func() time.Time
	Logger          *slog.Logger
}

// Invalidator drops cached copies of public paths at the edge (CloudFront
// on AWS; nil on one machine, which caches nothing).
type Invalidator interface {
	Invalidate(ctx context.Context, paths []string) error
}

// Deps are the ports the pipeline works over.
type Deps struct {
	Store  storage.Store
	Ledger ledger.Ledger
	// Index is the search index, nil where there is none (the ingest and
	// redact functions never reach it; a monitor without an endpoint
	// does): the index stage then fails with ErrNoIndex.
	Index     search.Index
	Extractor Extractor
	Redactor  Redactor
	Verifier  Verifier
	// Edge, when set, is told to drop a document's cached copies once the
	// index holds a text masked (or restored) after publication.
	Edge Invalidator
	// Meter, when set, is told each stage's metrics as well as the log
	// line (the local stack's registry, served at /metrics); on AWS
	// CloudWatch reads them from the line and there is none.
	Meter Meter
	// Boilerplate, when set, names the lines of a document that its
	// department repeats: the index stage and a
	// reindex pass them on, and the engines weigh them nothing. Nil: none
	// are known.
	Boilerplate Boilerplate
}

// Boilerplate names the lines of a body that its department repeats: a
// LiveBoilerplate on one machine, a boilerplate.Cache over the work
// bucket on AWS, which reads with the event's context.
type Boilerplate interface {
	Of(ctx context.Context, org, dept, body string) []string
}

// Meter records the EMF metrics a function emitted for an organization's
// document (*meter.Registry): catalogue names, counts and durations only.
type Meter interface {
	Record(fn, org string, ms ...emf.Metric) error
}

// meter tells the Meter, if any, what fn emitted; a refusal is a bug in
// the emitter, logged and never a stage's failure.
func (p *Pipeline) meter(fn, org string, ms []emf.Metric) {
	if p.d.Meter == nil || len(ms) == 0 {
		return
	}
	if err := p.d.Meter.Record(fn, org, ms...); err != nil {
		p.log.Error("meter", "stage", fn, "err", err)
	}
}

// Pipeline runs the stages.
type Pipeline struct {
	cfg    Config
	d      Deps
	log    *slog.Logger
	routes []route.Route
}

// New returns a pipeline, filling in defaults.
func New(cfg Config, d Deps) *Pipeline {
	if cfg.Policy == nil {
		cfg.Policy = policy.Default()
	}
	if cfg.MaxDocumentBytes <= 0 {
		cfg.MaxDocumentBytes = 50 << 20
	}
	if cfg.FileDeadline <= 0 {
		cfg.FileDeadline = 20 * time.Second
	}
	if cfg.StuckAfter <= 0 {
		cfg.StuckAfter = 5 * time.Minute
	}
	if cfg.Senders == nil {
		cfg.Senders = sender.Default()
	}
	if cfg.RetryBackoff <= 0 {
		cfg.RetryBackoff = time.Minute
	}
	if cfg.MaxRetryBackoff < cfg.RetryBackoff {
		cfg.MaxRetryBackoff = max(time.Hour, cfg.RetryBackoff)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.DefaultOrg.Code == "" {
		// The one the organizations' deployment file names (shared/org).
		cfg.DefaultOrg = org.Embedded().Default().Organization()
	}
	return &Pipeline{cfg: cfg, d: d, log: cfg.Logger, routes: route.Table()}
}

// Handle routes an object event to its stage by the route table, as the
// EventBridge rules made from the same table do on AWS. Events no stage
// wants are ignored.
func (p *Pipeline) Handle(ctx context.Context, ev storage.Event) error {
	r, ok := route.Find(p.routes, ev, p.cfg.Buckets)
	if !ok {
		return nil
	}
	switch r.Stage {
	case route.Ingest:
		return p.Ingest(ctx, ev)
	case route.Redact:
		return p.Redact(ctx, ev)
	case route.Index:
		return p.Index(ctx, ev)
	}
	return nil
}

// Wants reports whether a stage takes the event, by the route table the
// EventBridge rules are made from, so that the local bus spools only what
// some stage will handle.
func (p *Pipeline) Wants(ev storage.Event) bool {
	_, ok := route.Find(p.routes, ev, p.cfg.Buckets)
	return ok
}

// routed reports whether the route table sends ev to stage s. Each stage
// checks first: a Lambda function is handed whatever its rule delivers (a
// suffix rule admits more than its stage takes), a redrive what it rebuilt.
func (p *Pipeline) routed(s route.Stage, ev storage.Event) bool {
	r, ok := route.Find(p.routes, ev, p.cfg.Buckets)
	return ok && r.Stage == s
}

// rank orders the forward states of one version; side states are 0.
func rank(s ledger.State) int {
	switch s {
	case ledger.Received:
		return 1
	case ledger.Staged:
		return 2
	case ledger.Published:
		return 3
	case ledger.Indexed:
		return 4
	}
	return 0
}

// Move describes one ledger transition.
type move struct {
	version int
	to      ledger.State
	reason  string
	detail  string
	hash    string
	meta    *document.Meta
	source  string
	until   *time.Time
	public  bool // the version is now in the public bucket
	// implies is a step the mover proves happened before its own (the
	// index stage read the public object, so the version was published):
	// recorded first if the ledger does not have it yet.
	implies       ledger.State
	impliesDetail string
}

// ReasonDeadLetter prefixes the reason of a version whose event failed
// every attempt; the stage follows ("pipeline.dead_letter:redact").
const ReasonDeadLetter = "pipeline.dead_letter:"

// deadLettered reports whether a record waits in review because a stage
// failed every attempt (rather than for a person's judgement).
func deadLettered(r ledger.Record) bool {
	return r.State == ledger.Review && strings.HasPrefix(r.Reason, ReasonDeadLetter)
}

// advance applies m to the ledger unless the record is already at or past
// it: a lower version never overwrites a higher one, and for one version
// the forward states only move forward.
//
// Every transition lands in the history in pipeline order. Stages that
// trigger the next one record before they write (ingest records staged,
// then writes the staged object; an approval records published, then
// writes the public object), and the index stage, which may still find a
// machine publication unrecorded (the object is written first, so that a
// failed write leaves nothing half-done), records it before "indexed".
func (p *Pipeline) advance(ctx context.Context, k document.Key, m move) (ledger.Record, bool, error) {
	moved := false
	rec, err := ledger.Update(ctx, p.d.Ledger, k.Org, k.ID, func(r *ledger.Record) (bool, error) {
		moved = false
		if m.version < r.Version {
			return false, nil
		}
		sameHash := m.hash == "" || m.hash == r.Hash
		if m.version == r.Version && r.State != "" {
			if r.State == m.to && r.Reason == m.reason && sameHash {
				return false, nil
			}
			if rank(m.to) > 0 && rank(r.State) >= rank(m.to) && sameHash {
				return false, nil
			}
			if r.State == ledger.Retracted && rank(m.to) > 0 {
				return false, nil
			}
			// A version waiting for a person is not staged again by a late
			// duplicate; a dead-lettered one is (the stage works again).
			if m.to == ledger.Staged && r.State == ledger.Review && !deadLettered(*r) && sameHash {
				return false, nil
			}
		}
		now := p.cfg.Now().UTC()
		if m.implies != "" && m.version == r.Version && sameHash && rank(r.State) < rank(m.implies) &&
			(r.State == ledger.Received || r.State == ledger.Staged || r.State == ledger.Review) {
			r.Move(now, m.implies, m.version, "", m.impliesDetail)
		}
		r.Move(now, m.to, m.version, m.reason, m.detail)
		if !(m.to == ledger.Review && strings.HasPrefix(m.reason, ReasonDeadLetter)) {
			r.Attempts, r.RetryAt = 0, nil
		}
		if m.hash != "" {
			r.Hash = m.hash
		}
		if m.meta != nil {
			r.Department, r.Grade = m.meta.Department.Code, m.meta.Disclosure.Grade
			r.Exemptions = slices.Clone(m.meta.Disclosure.Exemptions)
		}
		if m.source != "" {
			r.Source = m.source
		}
		r.ReleaseAt = m.until
		if m.public {
			r.PublicVersion = m.version
		}
		moved = true
		return true, nil
	})
	if err != nil {
		return rec, false, fmt.Errorf("ledger %s: %w", k, err)
	}
	return rec, moved, nil
}

func jsonBytes(v any) ([]byte, error) {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return data, nil
}

func (p *Pipeline) putJSON(ctx context.Context, bucket, key string, v any) error {
	data, err := jsonBytes(v)
	if err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	if err := p.d.Store.Put(ctx, bucket, key, bytesReader(data), storage.PutOptions{ContentType: "application/json"}); err != nil {
		return fmt.Errorf("write %s/%s: %w", bucket, key, err)
	}
	return nil
}

func (p *Pipeline) getJSON(ctx context.Context, bucket, key string, limit int64, v any) error {
	data, err := storage.ReadAll(ctx, p.d.Store, bucket, key, limit)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("decode %s/%s: %w", bucket, key, err)
	}
	return nil
}

func hashOf(parts ...[]byte) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%d:", len(p))
		h.Write(p)
	}
	return hex.EncodeToString(h.Sum(nil))
}
