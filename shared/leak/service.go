package leak

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/logctx"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/tracking"
)

// ErrNotPublished is the Masker's answer for a document with no
// published object (unknown, retracted, not yet published).
var ErrNotPublished = document.Refusal(document.Invalid, "leak.not_published", "the document has no published text")

// Masker is the pipeline's side: the published document, and masks made
// after publication.
type Masker interface {
	// Published returns the public document as citizens see it, or
	// ErrNotPublished.
	Published(ctx context.Context, k document.Key) (*document.Public, error)
	// AsPublished returns the public document before any mask made after
	// publication (the current one when there is none).
	AsPublished(ctx context.Context, k document.Key) (*document.Public, error)
	// MaskAfter masks every occurrence of s.Text for report and returns
	// how many it masked.
	MaskAfter(ctx context.Context, k document.Key, report string, s review.Span) (int, error)
	// Unmask removes the masks of report.
	Unmask(ctx context.Context, k document.Key, report string) error
}

// Sealer encrypts the reported texts and contacts at rest
// (inquiry.Local on one machine, inquiry/kms on AWS).
type Sealer interface {
	Seal(ctx context.Context, plaintext []byte, context string) ([]byte, error)
	Open(ctx context.Context, sealed []byte, context string) ([]byte, error)
}

// Blinder turns a client address into a keyed digest (inquiry.Blinder).
type Blinder interface {
	Blind(kind, value string) string
}

// Counter counts requests in fixed windows (the inquiry store's Count).
type Counter interface {
	Count(ctx context.Context, key string, window time.Duration, now time.Time) (int, error)
}

// Notifier tells the department, the privacy officer and the reporter.
type Notifier interface {
	Notify(ctx context.Context, n Notice) error
}

// Notice kinds.
const (
	ToDepartment = "department"
	ToPrivacy    = "privacy"
	ToReporter   = "reporter"
)

// Notice is one message about a report. It never holds the reported text.
type Notice struct {
	To     string // ToDepartment, ToPrivacy, ToReporter
	Report Report
	// Contact is the reporter's, opened, for ToReporter.
	Contact Contact
	// Key makes the message idempotent at the sender.
	Key string
}

// Contact is how a reporter wants to hear the outcome.
type Contact struct {
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
}

// String keeps a contact out of logs.
func (Contact) String() string { return "leak.Contact{…}" }

// LogValue keeps a contact out of structured logs.
func (c Contact) LogValue() slog.Value { return slog.StringValue(c.String()) }

// Limits against flooding.
type Limits struct {
	PerClientHour int // reports from one client address in an hour
	PerClientDay  int
	// PerDocumentDay bounds the reports on one document in a day.
	PerDocumentDay int
	// AutoPerDocumentDay bounds the automatic masks on one document in a
	// day; past it, reports wait for a person, so that no one can black
	// out a document by flooding it.
	AutoPerDocumentDay int
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.PerClientHour, 10)
	def(&l.PerClientDay, 30)
	def(&l.PerDocumentDay, 50)
	def(&l.AutoPerDocumentDay, 5)
	return l
}

// ConsentVersion is the version of the notice a reporter who leaves a
// contact agrees to.
const ConsentVersion = "2026-12-07"

// DefaultRetention is how long reported texts and contacts are kept
// after a report is decided.
const DefaultRetention = 90 * 24 * time.Hour

// Deps are the service's collaborators.
type Deps struct {
	Masker  Masker
	Store   storage.Store
	Bucket  string // the work bucket
	Sealer  Sealer
	Blinder Blinder
	Counter Counter
	// Notifier may be nil (nothing is sent; the notices wait in the
	// reports for one).
	Notifier  Notifier
	Limits    Limits
	Retention time.Duration
	// Logger, or Log for a per-request logger (the API's, which carries
	// the request id).
	Logger *slog.Logger
	Log    func(context.Context) *slog.Logger
	Now    func() time.Time
}

// Service runs reports.
type Service struct{ d Deps }

// New returns the service.
func New(d Deps) *Service {
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

// Submission is a citizen's report as received.
type Submission struct {
	Key    document.Key
	Text   string
	Reason Reason
	// Contact is optional; with it, ConsentVersion must be ConsentVersion.
	Contact        *Contact
	ConsentVersion string
	// ClientAddr is the client's address, for limits; it is blinded at
	// once and never stored.
	ClientAddr string
}

// Receipt is what the reporter gets back.
type Receipt struct {
	ID    string `json:"id"`
	Token string `json:"token"`
	State State  `json:"state"`
	// Masked is how many occurrences were masked at once (0: none, and
	// Why says why).
	Masked int    `json:"masked"`
	Why    string `json:"why,omitempty"`
}

// Submit takes a citizen's report: a personal-data report whose text is
// in the document masks it at once; any other waits for staff.
func (s *Service) Submit(ctx context.Context, sub Submission) (Receipt, error) {
	text, err := CleanText(sub.Text)
	if err != nil {
		return Receipt{}, err
	}
	if !ValidReason(sub.Reason) {
		return Receipt{}, ErrBadReason
	}
	if sub.Contact != nil {
		if err := checkContact(sub.Contact, sub.ConsentVersion); err != nil {
			return Receipt{}, err
		}
	}
	now := s.d.Now().UTC()
	addr := s.d.Blinder.Blind("addr", sub.ClientAddr)
	for _, l := range []struct {
		key    string
		window time.Duration
		max    int
	}{
		{"leak:addr:1h:" + addr, time.Hour, s.d.Limits.PerClientHour},
		{"leak:addr:24h:" + addr, 24 * time.Hour, s.d.Limits.PerClientDay},
		{"leak:doc:24h:" + sub.Key.String(), 24 * time.Hour, s.d.Limits.PerDocumentDay},
	} {
		n, err := s.d.Counter.Count(ctx, l.key, l.window, now)
		if err != nil {
			return Receipt{}, fmt.Errorf("report limit: %w", err)
		}
		if n > l.max {
			return Receipt{}, ErrRateLimited
		}
	}
	pub, err := s.d.Masker.Published(ctx, sub.Key)
	if isCode(err, ErrNotPublished.Code) {
		return Receipt{}, ErrNoDocument
	}
	if err != nil {
		return Receipt{}, err
	}
	if pub.MetadataOnly {
		return Receipt{}, ErrClosedDocument
	}

	token := tracking.New()
	r := Report{
		ID: newID(now), Org: sub.Key.Org, Document: sub.Key.ID, DocumentVersion: pub.Version,
		DocumentTitle: reportTitle(pub.Title, text, sub.Reason), Department: pub.Department.Code, DepartmentName: pub.Department.Name,
		Reason: sub.Reason, TextRunes: utf8.RuneCountInString(text), TokenHash: tracking.Hash(token), ReceivedAt: now,
		Notices: []string{ToDepartment, ToPrivacy},
	}
	if text != "" {
		r.Found = review.Occurrences(pub, text)
		if r.Sealed, err = s.d.Sealer.Seal(ctx, []byte(text), sealContext(&r)); err != nil {
			return Receipt{}, fmt.Errorf("seal report: %w", err)
		}
	}
	if sub.Contact != nil {
		data, _ := json.Marshal(sub.Contact)
		if r.Contact, err = s.d.Sealer.Seal(ctx, data, sealContext(&r)+"/contact"); err != nil {
			return Receipt{}, fmt.Errorf("seal contact: %w", err)
		}
		r.ConsentVersion = sub.ConsentVersion
	}
	switch {
	case text == "":
		r.State, r.Why = Pending, WhyWhole
	case !sub.Reason.Personal():
		r.State, r.Why = Pending, WhyNotPersonal
	case r.Found == 0:
		r.State, r.Why = Pending, WhyNotFound
	default:
		n, err := s.d.Counter.Count(ctx, "leak:auto:24h:"+sub.Key.String(), 24*time.Hour, now)
		if err != nil {
			return Receipt{}, fmt.Errorf("report limit: %w", err)
		}
		if n > s.d.Limits.AutoPerDocumentDay {
			r.State, r.Why = Pending, WhyDailyLimit
		} else {
			r.State = Masked
		}
	}
	step := Step{At: now, By: "citizen", Action: "reported", State: r.State}
	masked := 0
	if r.State == Masked {
		// Recorded first, masked next: a crash between the two leaves a
		// report in the queue whose confirm masks it, never a mask with
		// no report behind it.
		r.Steps = []Step{{Seq: 1, At: now, By: "citizen", Action: "reported", State: Pending}}
		if err := s.put(ctx, &r); err != nil {
			return Receipt{}, err
		}
		if masked, err = s.d.Masker.MaskAfter(ctx, sub.Key, r.ID, review.Span{Text: text}); err != nil {
			return Receipt{}, err
		}
		step = Step{At: s.d.Now().UTC(), By: "system", Action: "masked", State: Masked, Masked: masked}
		if masked == 0 { // masked away by another report meanwhile
			step.State, step.Action, r.Why = Pending, "not_found", WhyNotFound
		}
	}
	r.State = step.State
	if err := s.next(ctx, &r, step); err != nil {
		return Receipt{}, err
	}
	s.d.Log(ctx).Info("leak reported", "doc_id", sub.Key.String(), "report", r.ID, "reason", string(r.Reason),
		"state", string(r.State), "why", r.Why, "masked", masked)
	s.notifyNow(ctx, &r)
	return Receipt{ID: r.ID, Token: token, State: r.State, Masked: masked, Why: r.Why}, nil
}

// reportTitle is the document's title as the report keeps and sends it:
// with the reported text masked when it is said to be personal data, so
// that no notice or listing repeats it, whatever staff decide later.
func reportTitle(title, text string, reason Reason) string {
	if text == "" || !reason.Personal() {
		return title
	}
	return strings.ReplaceAll(title, text, redact.Mask(redact.TypeOther, text))
}

// Status is what a reporter may see of a report.
type Status struct {
	ID         string     `json:"id"`
	Document   string     `json:"document"`
	State      State      `json:"state"`
	Why        string     `json:"why,omitempty"`
	ReceivedAt time.Time  `json:"received_at"`
	DecidedAt  *time.Time `json:"decided_at,omitempty"`
	// Outcome says in words what happened, in Korean and English.
	Outcome   string `json:"outcome"`
	OutcomeEN string `json:"outcome_en"`
}

// Track returns a report's status to the holder of its token; anything
// else is "no such report", so ids cannot be probed.
func (s *Service) Track(ctx context.Context, k document.Key, id, token string) (Status, error) {
	r, err := s.latest(ctx, k, id)
	if err != nil {
		return Status{}, err
	}
	if !tracking.Check(token, r.TokenHash) {
		return Status{}, ErrNotFound
	}
	ko, en := outcome(r.State)
	return Status{ID: r.ID, Document: r.Document, State: r.State, Why: r.Why, ReceivedAt: r.ReceivedAt,
		DecidedAt: r.DecidedAt, Outcome: ko, OutcomeEN: en}, nil
}

func outcome(st State) (ko, en string) {
	switch st {
	case Masked:
		return "신고하신 내용을 즉시 가렸으며, 담당자가 확인하고 있습니다.", "The text you reported was masked at once; staff are checking it."
	case Pending:
		return "담당자가 신고 내용을 확인하고 있습니다.", "Staff are looking at your report."
	case Confirmed:
		return "담당자가 개인정보임을 확인하여 가림 처리를 유지했습니다.", "Staff confirmed it was personal data; it stays masked."
	case Restored:
		return "담당자가 확인한 결과 개인정보가 아니어서 원래대로 공개했습니다.", "Staff found no personal data there and published the text again."
	case Dismissed:
		return "담당자가 확인한 결과 고칠 내용이 없었습니다.", "Staff found nothing to change."
	}
	return "", ""
}

// View is a report as staff see it: the reported text opened, and where it
// stands in the document as published, so that the console can highlight it.
type View struct {
	Report
	Text    string   `json:"text,omitempty"`
	Widened []string `json:"widened_texts,omitempty"`
	Places  []Place  `json:"places"`
	Seq     int      `json:"seq"`
}

// Place is one occurrence of the reported text, with some text around it.
type Place struct {
	Field  string `json:"field"`
	Start  int    `json:"start"` // runes
	End    int    `json:"end"`
	Before string `json:"before"`
	After  string `json:"after"`
}

// Get returns one report as staff see it.
func (s *Service) Get(ctx context.Context, k document.Key, id string) (View, error) {
	r, err := s.latest(ctx, k, id)
	if err != nil {
		return View{}, err
	}
	return s.view(ctx, r)
}

func (s *Service) view(ctx context.Context, r *Report) (View, error) {
	v := View{Report: *r, Places: []Place{}, Seq: r.Version()}
	v.Sealed, v.Contact, v.TokenHash, v.Report.Widened = nil, nil, "", nil
	text, err := s.open(ctx, r, r.Sealed)
	if err != nil {
		return View{}, err
	}
	v.Text = text
	for _, w := range r.Widened {
		t, err := s.open(ctx, r, w)
		if err != nil {
			return View{}, err
		}
		v.Widened = append(v.Widened, t)
	}
	if text != "" {
		pub, err := s.d.Masker.AsPublished(ctx, r.Key())
		if err == nil {
			v.Places = places(pub, text, 30, 20)
		} else if !isCode(err, ErrNotPublished.Code) {
			return View{}, err
		}
	}
	return v, nil
}

func (s *Service) open(ctx context.Context, r *Report, sealed []byte) (string, error) {
	if len(sealed) == 0 {
		return "", nil
	}
	b, err := s.d.Sealer.Open(ctx, sealed, sealContext(r))
	if err != nil {
		return "", fmt.Errorf("open report %s: %w", r.ID, err)
	}
	return string(b), nil
}

// List returns an organization's reports, newest first: open ones only
// unless all, and only department's unless it is "".
func (s *Service) List(ctx context.Context, org, department string, all bool) ([]Report, error) {
	var out []Report
	err := s.each(ctx, "leaks/"+org+"/", func(r *Report) error {
		if (department == "" || r.Department == department) && (all || r.State.Open()) {
			c := *r
			c.Sealed, c.Contact, c.TokenHash, c.Widened = nil, nil, "", nil
			out = append(out, c)
		}
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].ReceivedAt.After(out[j].ReceivedAt) })
	return out, err
}

// StaffAction is what staff do with a report.
type StaffAction struct {
	Action Action
	By     string
	Note   string
	// Miss names the missed detection (Confirm and Widen).
	Miss *Miss
	// Texts are more texts to mask (Widen).
	Texts []string
	// Seq, when set, is the version staff saw; a report changed since
	// answers ErrConflict.
	Seq *int
}

// Act applies a staff action to a report, audits it, and tells the
// reporter the outcome.
func (s *Service) Act(ctx context.Context, k document.Key, id string, a StaffAction) (View, error) {
	r, err := s.latest(ctx, k, id)
	if err != nil {
		return View{}, err
	}
	if a.Seq != nil && *a.Seq != r.Version() {
		return View{}, ErrConflict
	}
	next, err := Next(r.State, a.Action)
	if err != nil {
		return View{}, err
	}
	if (a.Action == Restore || a.Action == Dismiss) && strings.TrimSpace(a.Note) == "" {
		return View{}, ErrNeedsNote
	}
	if a.Action == Confirm || a.Action == Widen {
		if a.Miss == nil || !ValidMiss(*a.Miss) {
			return View{}, ErrBadMiss
		}
	}
	now := s.d.Now().UTC()
	step := Step{At: now, By: a.By, Action: string(a.Action), State: next, Note: a.Note}
	changed := false
	switch a.Action {
	case Confirm, Widen:
		texts := []string{}
		if a.Action == Widen {
			if len(a.Texts) == 0 || len(a.Texts) > MaxWiden {
				return View{}, ErrBadWiden
			}
			pub, err := s.d.Masker.Published(ctx, k)
			if err != nil {
				return View{}, err
			}
			for _, t := range a.Texts {
				c, err := CleanText(t)
				if err != nil || c == "" || review.Occurrences(pub, c) == 0 {
					return View{}, ErrBadWiden
				}
				texts = append(texts, c)
			}
		}
		// A pending report confirmed is masked now; a masked one keeps its
		// mask (MaskAfter again is harmless if it still shows).
		if text, err := s.open(ctx, r, r.Sealed); err != nil {
			return View{}, err
		} else if text != "" && r.State == Pending {
			texts = append([]string{text}, texts...)
		}
		for i, t := range texts {
			sealed, err := s.d.Sealer.Seal(ctx, []byte(t), sealContext(r))
			if err != nil {
				return View{}, fmt.Errorf("seal: %w", err)
			}
			n, err := s.d.Masker.MaskAfter(ctx, k, maskID(r.ID, len(r.Widened)+i), review.Span{Text: t, Type: a.Miss.Type})
			if err != nil {
				return View{}, err
			}
			r.Widened = append(r.Widened, sealed)
			step.Masked += n
			changed = changed || n > 0
		}
		r.Miss = a.Miss
	case Restore:
		if err := s.d.Masker.Unmask(ctx, k, r.ID); err != nil {
			return View{}, err
		}
		changed = true
	}
	r.State, r.DecidedAt = next, &now
	r.Notices = append(r.Notices, ToReporter)
	if err := s.next(ctx, r, step); err != nil {
		return View{}, err
	}
	s.d.Log(ctx).Info("leak report decided", "doc_id", k.String(), "report", r.ID, "action", string(a.Action), "by", a.By, "masked", step.Masked)
	s.notifyNow(ctx, r)
	return s.view(ctx, r)
}

// maskID names the i-th mask of a report: the report's own text is the
// report id, each text a confirm or widen adds is id-<i>.
func maskID(report string, i int) string { return fmt.Sprintf("%s-%d", report, i+1) }

// MissCount is one line of the "missed by type" statistics.
type MissCount struct {
	Department string `json:"department"`
	Month      string `json:"month"` // YYYY-MM, Seoul time
	Type       string `json:"type"`
	Context    string `json:"context"`
	Count      int    `json:"count"`
}

// Missed counts confirmed reports by department, month, type and context.
func (s *Service) Missed(ctx context.Context, org, department string) ([]MissCount, error) {
	counts := map[MissCount]int{}
	err := s.each(ctx, "leaks/"+org+"/", func(r *Report) error {
		if r.State != Confirmed || r.Miss == nil || (department != "" && r.Department != department) {
			return nil
		}
		at := r.ReceivedAt
		if r.DecidedAt != nil {
			at = *r.DecidedAt
		}
		counts[MissCount{Department: r.Department, Month: at.In(kst).Format("2006-01"), Type: r.Miss.Type, Context: r.Miss.Context}]++
		return nil
	})
	out := make([]MissCount, 0, len(counts))
	for m, n := range counts {
		m.Count = n
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		return a.Month > b.Month || (a.Month == b.Month && (a.Department < b.Department ||
			(a.Department == b.Department && (a.Type < b.Type || (a.Type == b.Type && a.Context < b.Context)))))
	})
	return out, err
}

// Tick sends the notices that failed and purges the texts and contacts of
// reports decided longer ago than the retention period.
func (s *Service) Tick(ctx context.Context) (purged int, err error) {
	now := s.d.Now().UTC()
	err = s.each(ctx, "leaks/", func(r *Report) error {
		if len(r.Notices) > 0 {
			s.notifyNow(ctx, r)
		}
		if r.DecidedAt == nil || r.PurgedAt != nil || now.Sub(*r.DecidedAt) < s.d.Retention {
			return nil
		}
		r.Sealed, r.Widened, r.Contact, r.PurgedAt = nil, nil, nil, &now
		if err := s.next(ctx, r, Step{At: now, By: "system", Action: "purged", State: r.State}); err != nil && !errors.Is(err, ErrConflict) {
			return err
		}
		// Older versions held the texts: only the purged one stays.
		for seq := 1; seq < r.Version(); seq++ {
			if err := s.d.Store.Delete(ctx, s.d.Bucket, versionKey(r, seq)); err != nil && !errors.Is(err, storage.ErrNotFound) {
				return err
			}
		}
		purged++
		return nil
	})
	return purged, err
}

// notify sends the notices a report still owes, each once: the marker
// object is written after a successful send, and the sender's key absorbs
// a repeat after a crash between the two. It returns what failed, for a
// retry (Tick, or the event's on AWS).
func (s *Service) notify(ctx context.Context, r *Report) error {
	if s.d.Notifier == nil {
		return nil
	}
	var errs []error
	for _, to := range r.Notices {
		marker := document.PrefixLeaksSent + r.Org + "/" + r.Document + "/" + r.ID + "/" + to
		if to == ToReporter {
			marker += "-" + string(r.State)
		}
		if _, err := s.d.Store.Head(ctx, s.d.Bucket, marker); err == nil {
			continue
		}
		n := Notice{To: to, Report: *r, Key: marker}
		if to == ToReporter {
			if len(r.Contact) == 0 {
				continue
			}
			b, err := s.d.Sealer.Open(ctx, r.Contact, sealContext(r)+"/contact")
			if err != nil || json.Unmarshal(b, &n.Contact) != nil {
				errs = append(errs, fmt.Errorf("report %s: cannot open the reporter's contact: %w", r.ID, err))
				continue
			}
		}
		if err := s.d.Notifier.Notify(ctx, n); err != nil {
			errs = append(errs, fmt.Errorf("report %s: notice to %s: %w", r.ID, to, err))
			continue
		}
		if err := s.d.Store.Put(ctx, s.d.Bucket, marker, bytes.NewReader(nil), storage.PutOptions{}); err != nil {
			errs = append(errs, fmt.Errorf("report %s: notice marker: %w", r.ID, err))
		}
	}
	return errors.Join(errs...)
}

// notifyNow sends a report's notices after a change; what fails is sent
// again by the monitor or the event's retry.
func (s *Service) notifyNow(ctx context.Context, r *Report) {
	if err := s.notify(ctx, r); err != nil {
		s.d.Log(ctx).Warn("report notice not sent; it is tried again", "report", r.ID, "error", err.Error())
	}
}

// Deliver sends the notices of the report version stored at key (a work
// bucket key under leaks/), as the object's creation event asks on AWS.
// Keys of anything else are ignored.
func (s *Service) Deliver(ctx context.Context, key string) error {
	if !strings.HasPrefix(key, "leaks/") || !strings.HasSuffix(key, ".json") {
		return nil
	}
	r, err := s.read(ctx, key)
	if errors.Is(err, storage.ErrNotFound) {
		return nil // purged since
	}
	if err != nil {
		return err
	}
	return s.notify(ctx, r)
}

// Storage: leaks/<org>/<doc>/<report>/<seq>.json, one object per version,
// each written only if it does not exist, so two actions cannot both win.

func versionKey(r *Report, seq int) string {
	return fmt.Sprintf("%s%s/%06d.json", document.LeakPrefix(r.Key()), r.ID, seq)
}

// next appends a step and stores the report's new version.
func (s *Service) next(ctx context.Context, r *Report, st Step) error {
	st.Seq = r.Version() + 1
	r.Steps = append(r.Steps, st)
	if err := s.put(ctx, r); err != nil {
		r.Steps = r.Steps[:len(r.Steps)-1]
		return err
	}
	return nil
}

func (s *Service) put(ctx context.Context, r *Report) error {
	data, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	err = s.d.Store.Put(ctx, s.d.Bucket, versionKey(r, r.Version()), bytes.NewReader(data),
		storage.PutOptions{ContentType: "application/json", IfNoneMatch: true})
	if errors.Is(err, storage.ErrExists) {
		return ErrConflict
	}
	if err != nil {
		return fmt.Errorf("store report %s: %w", r.ID, err)
	}
	return nil
}

// latest reads the newest version of a report.
func (s *Service) latest(ctx context.Context, k document.Key, id string) (*Report, error) {
	if !validID(id) {
		return nil, ErrNotFound
	}
	last := ""
	err := s.d.Store.List(ctx, s.d.Bucket, document.LeakPrefix(k)+id+"/", func(in storage.Info) error {
		last = max(last, in.Key)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", id, err)
	}
	if last == "" {
		return nil, ErrNotFound
	}
	return s.read(ctx, last)
}

func (s *Service) read(ctx context.Context, key string) (*Report, error) {
	data, err := storage.ReadAll(ctx, s.d.Store, s.d.Bucket, key, 4<<20)
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", key, err)
	}
	var r Report
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("report %s: %w", key, err)
	}
	return &r, nil
}

// each calls fn with the newest version of every report under prefix.
func (s *Service) each(ctx context.Context, prefix string, fn func(*Report) error) error {
	latest := map[string]string{} // report dir -> newest key
	err := s.d.Store.List(ctx, s.d.Bucket, prefix, func(in storage.Info) error {
		i := strings.LastIndexByte(in.Key, '/')
		if i < 0 || !strings.HasSuffix(in.Key, ".json") {
			return nil
		}
		latest[in.Key[:i]] = max(latest[in.Key[:i]], in.Key)
		return nil
	})
	if err != nil {
		return fmt.Errorf("list reports: %w", err)
	}
	keys := make([]string, 0, len(latest))
	for _, k := range latest {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		r, err := s.read(ctx, k)
		if errors.Is(err, storage.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// places locates text in the published fields, with context runes on
// each side, at most limit places.
func places(pub *document.Public, text string, context, limit int) []Place {
	out := []Place{}
	tr := []rune(text)
	for _, f := range review.Fields(pub) {
		if !strings.Contains(*f.Text, text) {
			continue
		}
		rs := []rune(*f.Text)
		for i := 0; i+len(tr) <= len(rs) && len(out) < limit; i++ {
			if string(rs[i:i+len(tr)]) != text {
				continue
			}
			end := i + len(tr)
			out = append(out, Place{Field: f.Name, Start: i, End: end,
				Before: string(rs[max(0, i-context):i]), After: string(rs[end:min(len(rs), end+context)])})
			i = end - 1
		}
	}
	return out
}

func checkContact(c *Contact, consent string) error {
	c.Email, c.Phone = strings.TrimSpace(c.Email), strings.TrimSpace(c.Phone)
	if consent != ConsentVersion || (c.Email == "" && c.Phone == "") {
		return ErrBadContact
	}
	if c.Email != "" {
		if a, err := mail.ParseAddress(c.Email); err != nil || a.Address != c.Email || len(c.Email) > 254 {
			return ErrBadContact
		}
	}
	if c.Phone != "" {
		e164, err := notify.E164(c.Phone)
		if err != nil || !strings.HasPrefix(e164, "+8210") {
			return ErrBadContact
		}
		c.Phone = e164
	}
	return nil
}

var kst = time.FixedZone("KST", 9*60*60)

func sealContext(r *Report) string { return "leak/" + r.Org + "/" + r.Document + "/" + r.ID }

// newID is a sortable, unguessable report id: R, the time, and 8 random
// hex digits.
func newID(now time.Time) string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return "R" + now.UTC().Format("20060102T150405") + "-" + hex.EncodeToString(b)
}

func validID(id string) bool {
	return len(id) == 25 && id[0] == 'R' && document.ValidID(id)
}

func isCode(err error, code string) bool {
	p, ok := document.Reason(err)
	return ok && p.Code == code
}
