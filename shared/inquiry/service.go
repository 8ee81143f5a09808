package inquiry

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/logctx"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Bounds on what a citizen may send.
const (
	MinQuestionRunes = 10
	MaxQuestionRunes = 4000
	MaxAnswerRunes   = 20000
	MaxNameRunes     = 50
	MaxReasonRunes   = 1000
	maxDocumentBytes = 32 << 20
	// DefaultPage and MaxPage bound a page of a list.
	DefaultPage = 50
	MaxPage     = 100
)

// Limits against spam and abuse. Counters live in the Store, so they hold
// across every function instance on AWS.
type Limits struct {
	PerContactHour int // inquiries per e-mail or phone per hour (default 5)
	PerContactDay  int // … per day (default 20)
	PerAddressHour int // inquiries per client address per hour (default 10)
	PerAddressDay  int // … per day (default 50)
	// DuplicateWindow is how long the same question from the same contact
	// or address on the same document is refused (default 24 hours).
	DuplicateWindow time.Duration
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.PerContactHour, 5)
	def(&l.PerContactDay, 20)
	def(&l.PerAddressHour, 10)
	def(&l.PerAddressDay, 50)
	if l.DuplicateWindow <= 0 {
		l.DuplicateWindow = 24 * time.Hour
	}
	return l
}

// Masker is layer 1 of the redaction (redact.Redactor).
type Masker interface {
	Redact(text string, opts redact.Options) redact.Result
}

// Records are the inquiries themselves, as the Service reads and writes
// them.
type Records interface {
	// Create stores a new inquiry with its first event; ErrExists if the
	// id is taken.
	Create(ctx context.Context, q Inquiry, ev Event) error
	// Get returns an inquiry or ErrNotFound.
	Get(ctx context.Context, id string) (Inquiry, error)
	// Update replaces the inquiry whose stored version is prev with q and
	// adds evs, atomically; ErrConflict if the version moved, ErrNotFound
	// if there is no such inquiry.
	Update(ctx context.Context, q Inquiry, prev int, evs ...Event) error
	// List returns a page of inquiries and the cursor of the next ("" at
	// the end).
	List(ctx context.Context, f Filter) ([]Inquiry, string, error)
}

// Counter counts requests in fixed windows, for the rate limits.
type Counter interface {
	// Count adds one to the counter key in the fixed window that holds
	// now and returns the count so far.
	Count(ctx context.Context, key string, window time.Duration, now time.Time) (int, error)
}

// ServiceStore is what the Service keeps: inquiries and rate counters.
type ServiceStore interface {
	Records
	Counter
}

// ServiceDeps are the Service's collaborators.
type ServiceDeps struct {
	Store   ServiceStore
	Sealer  Sealer
	Blinder *Blinder
	// Directories route each inquiry within its document's organization
	// (FromOrgs): department ids repeat across organizations.
	Directories *Directories
	// Documents and PublicBucket: where published documents are read to
	// check that an inquiry's document exists (documents/<org>/<id>.json).
	Documents    storage.Store
	PublicBucket string
	Redactor     Masker
	// DefaultOrg is the organization code used when a request names none.
	DefaultOrg string
	Calendar   Calendar
	Limits     Limits
	// Retention is told to citizens in the consent notice (default one year).
	Retention time.Duration
	// Dispatch, when set, delivers an event right away (one machine:
	// Notifier.Deliver); on AWS it is nil and the table's stream triggers
	// the notify function. An error is logged: the event stays pending and
	// the monitor delivers it later.
	Dispatch func(ctx context.Context, r Ref) error
	// Logger, or Log for a per-request logger (the API's, which carries the
	// request id).
	Logger *slog.Logger
	Log    func(context.Context) *slog.Logger
	Now    func() time.Time
}

// Service is the inquiry desk: citizens ask and follow their questions,
// the public reads answered ones, staff list, read and act on them. It
// knows nothing of HTTP: it returns values, or a *document.Problem whose
// Kind the edge turns into a status (shared/api).
type Service struct{ d ServiceDeps }

// NewService returns the Service. Store, Sealer, Blinder, Directories and
// Documents are required: without them it panics at start-up rather than
// on the first question.
func NewService(d ServiceDeps) *Service {
	requireDeps("ServiceDeps", map[string]bool{"Store": d.Store != nil, "Sealer": d.Sealer != nil,
		"Blinder": d.Blinder != nil, "Directories": d.Directories != nil, "Documents": d.Documents != nil})
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	d.Log = logctx.Per(d.Logger, d.Log)
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Retention <= 0 {
		d.Retention = DefaultRetention
	}
	d.Limits = d.Limits.withDefaults()
	return &Service{d: d}
}

// Refusals of the Service that more than one method gives.
var (
	// ErrNoInquiry answers an unknown id, and an inquiry of another
	// department, alike: staff cannot learn which inquiries exist
	// elsewhere.
	ErrNoInquiry = document.Refusal(document.NotFound, "inquiry.not_found", "no such inquiry")
	// ErrNoMatch answers an unknown id and a wrong token alike: ids
	// cannot be probed.
	ErrNoMatch = document.Refusal(document.NotFound, "inquiry.not_found", "no such inquiry, or the token does not match")
	// ErrChanged answers a change to an inquiry that moved meanwhile.
	ErrChanged = document.Refusal(document.Conflict, "conflict", "the inquiry changed meanwhile; reload and try again")
)

// Throttled is the refusal of a request over a rate limit: a Problem of
// kind Limited and when to try again.
type Throttled struct {
	*document.Problem
	RetryAfter time.Duration
}

// Unwrap returns the Problem, so that document.Reason finds it.
func (t *Throttled) Unwrap() error { return t.Problem }

// stored turns the Store's own errors into the Service's refusals and
// wraps the rest with what failed.
func stored(what string, err error) error {
	switch {
	case errors.Is(err, ErrNotFound):
		return ErrNoInquiry
	case errors.Is(err, ErrConflict):
		return ErrChanged
	}
	return fmt.Errorf("inquiry: %s: %w", what, err)
}

func bad(field, message string) *document.Problem {
	return document.Refusal(document.Invalid, "body.bad_field:"+field, message)
}

var codePattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,32}$`)

// ValidCode reports whether s is an organization or department code.
func ValidCode(s string) bool { return codePattern.MatchString(s) }

func (s *Service) dispatch(ctx context.Context, ev Event) {
	if s.d.Dispatch == nil {
		return
	}
	if err := s.d.Dispatch(context.WithoutCancel(ctx), ev.Ref()); err != nil {
		s.d.Log(ctx).Warn("notice not delivered yet; the monitor retries", "inquiry", ev.Inquiry, "event", ev.Key, "error", err.Error())
	}
}

// requireDeps panics naming every missing collaborator.
func requireDeps(what string, have map[string]bool) {
	var missing []string
	for name, ok := range have {
		if !ok {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		panic("inquiry: " + what + " lacks " + strings.Join(missing, ", "))
	}
}
