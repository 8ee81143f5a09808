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
	"errors"
	"fmt"
	"log/slog"
	"path"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/extract"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// Extractor turns a file into text.
type Extractor interface {
	Extract(ctx context.Context, name string, data []byte) (extract.Result, error)
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
	Buckets    storage.Buckets
	DefaultOrg document.Organization
	Policy     *policy.Policy
	// MaxDocumentBytes bounds the envelope's files together (default 50 MiB).
	MaxDocumentBytes int64
	// FileDeadline bounds the extraction of one file (default 20 s).
	FileDeadline time.Duration
	// StuckAfter is how long a document may sit between stages before the
	// monitor drives it again (default 5 min).
	StuckAfter time.Duration
	Now        func() time.Time
	Logger     *slog.Logger
}

// Deps are the ports the pipeline works over.
type Deps struct {
	Store     storage.Store
	Ledger    ledger.Ledger
	Index     search.Index
	Extractor Extractor
	Redactor  Redactor
	Verifier  Verifier
}

// Pipeline runs the stages.
type Pipeline struct {
	cfg Config
	d   Deps
	log *slog.Logger
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
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.DefaultOrg.Code == "" {
		cfg.DefaultOrg = document.Organization{Code: "6110000", Name: "서울특별시"}
	}
	return &Pipeline{cfg: cfg, d: d, log: cfg.Logger}
}

// Handle routes an object event to its stage, as the EventBridge rules do
// on AWS. Events no stage wants are ignored.
func (p *Pipeline) Handle(ctx context.Context, ev storage.Event) error {
	switch ev.Bucket {
	case p.cfg.Buckets.Inbox:
		return p.Ingest(ctx, ev)
	case p.cfg.Buckets.Work:
		return p.Redact(ctx, ev)
	case p.cfg.Buckets.Public:
		return p.Index(ctx, ev)
	}
	return nil
}

// Wants reports whether a stage takes the event: the same filters as the
// EventBridge rules on AWS (inbox suffix envelope.json, work prefix
// staged/, public prefix documents/), so that the local bus spools only
// what some stage will handle.
func (p *Pipeline) Wants(ev storage.Event) bool {
	switch ev.Bucket {
	case p.cfg.Buckets.Inbox:
		return ev.Kind != storage.Deleted && path.Base(ev.Key) == EnvelopeName
	case p.cfg.Buckets.Work:
		return ev.Kind != storage.Deleted && strings.HasPrefix(ev.Key, "staged/")
	case p.cfg.Buckets.Public:
		return strings.HasPrefix(ev.Key, "documents/")
	}
	return false
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
}

// advance applies m to the ledger unless the record is already at or past
// it: a lower version never overwrites a higher one, and for one version
// the forward states only move forward.
func (p *Pipeline) advance(ctx context.Context, k document.Key, m move) (ledger.Record, bool, error) {
	moved := false
	rec, err := ledger.Update(ctx, p.d.Ledger, k.Org, k.ID, func(r *ledger.Record) (bool, error) {
		moved = false
		if m.version < r.Version {
			return false, nil
		}
		if m.version == r.Version && r.State != "" {
			if r.State == m.to && r.Reason == m.reason && (m.hash == "" || m.hash == r.Hash) {
				return false, nil
			}
			if rank(m.to) > 0 && rank(r.State) >= rank(m.to) && (m.hash == "" || m.hash == r.Hash) {
				return false, nil
			}
			if r.State == ledger.Retracted && rank(m.to) > 0 {
				return false, nil
			}
			// Ingest records "staged" after writing the staged object, so
			// redact may already have sent the version to review.
			if m.to == ledger.Staged && r.State == ledger.Review && (m.hash == "" || m.hash == r.Hash) {
				return false, nil
			}
		}
		r.Move(p.cfg.Now().UTC(), m.to, m.version, m.reason, m.detail)
		if m.hash != "" {
			r.Hash = m.hash
		}
		if m.meta != nil {
			r.Department, r.Grade = m.meta.Department.Code, m.meta.Disclosure.Grade
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

func (p *Pipeline) putJSON(ctx context.Context, bucket, key string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
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

// isProblem reports whether err is a reason about the input rather than a
// failure of a dependency.
func isProblem(err error) (*document.Problem, bool) {
	var p *document.Problem
	if errors.As(err, &p) {
		return p, true
	}
	return nil, false
}
