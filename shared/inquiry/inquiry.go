package inquiry

import (
	"crypto/rand"
	"encoding/base32"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/tracking"
)

// State is where an inquiry stands.
type State string

// The states of an inquiry.
const (
	Received   State = "received"    // 접수
	Assigned   State = "assigned"    // 담당자 지정
	InProgress State = "in_progress" // 처리 중
	Extended   State = "extended"    // 기한 연장
	Answered   State = "answered"    // 답변 완료
	Closed     State = "closed"      // 종결
)

// States lists every state in lifecycle order.
var States = []State{Received, Assigned, InProgress, Extended, Answered, Closed}

// Labels are the Korean and English names of the states.
var Labels = map[State][2]string{
	Received:   {"접수", "received"},
	Assigned:   {"담당자 지정", "assigned"},
	InProgress: {"처리 중", "in progress"},
	Extended:   {"처리기한 연장", "deadline extended"},
	Answered:   {"답변 완료", "answered"},
	Closed:     {"종결", "closed"},
}

// Action is a change a staff member (or the monitor) asks for.
type Action string

// The actions.
const (
	ActAssign Action = "assign"
	ActStart  Action = "start"
	ActExtend Action = "extend"
	ActAnswer Action = "answer"
	ActClose  Action = "close"
)

// Actions lists the staff actions.
var Actions = []Action{ActAssign, ActStart, ActExtend, ActAnswer, ActClose}

// transitions is the state machine: for each state, the actions allowed
// and the state they lead to. Reassignment (assign from assigned) is a
// transition too, since the new officer must be told.
var transitions = map[State]map[Action]State{
	Received:   {ActAssign: Assigned, ActExtend: Extended, ActAnswer: Answered, ActClose: Closed},
	Assigned:   {ActAssign: Assigned, ActStart: InProgress, ActExtend: Extended, ActAnswer: Answered, ActClose: Closed},
	InProgress: {ActAssign: Assigned, ActExtend: Extended, ActAnswer: Answered, ActClose: Closed},
	Extended:   {ActAssign: Assigned, ActStart: InProgress, ActAnswer: Answered, ActClose: Closed},
	Answered:   {ActClose: Closed},
	Closed:     {},
}

// Next returns the state action leads to from s, or false when the state
// machine does not allow it.
func Next(s State, a Action) (State, bool) {
	to, ok := transitions[s][a]
	return to, ok
}

// Open reports whether the inquiry still waits for its answer.
func (s State) Open() bool { return s != Answered && s != Closed }

// Valid reports whether s is a known state.
func (s State) Valid() bool { return slices.Contains(States, s) }

// problem builds a refusal the caller can act on: a *document.Problem
// with a machine-readable code, e.g. "inquiry.illegal_transition".
func problem(kind document.Kind, code, format string, args ...any) *document.Problem {
	return document.Refusal(kind, code, fmt.Sprintf(format, args...))
}

// Transition is one step in an inquiry's history.
type Transition struct {
	From   State     `json:"from,omitempty"`
	To     State     `json:"to"`
	Action Action    `json:"action,omitempty"`
	At     time.Time `json:"at"`
	By     string    `json:"by,omitempty"` // staff subject, or "system"
	Reason string    `json:"reason,omitempty"`
}

// Inquiry is one question and everything that happened to it. Contact data
// lives only in Contact, sealed; ContactRef is a keyed digest used for rate
// limits, and both are dropped when the retention period ends.
type Inquiry struct {
	ID             string `json:"id"`
	Org            string `json:"org"`
	DocumentID     string `json:"document_id"`
	DocumentTitle  string `json:"document_title"`
	Department     string `json:"department"`
	DepartmentName string `json:"department_name"`
	// Fallback is true when the document's department was not in the
	// directory and the inquiry went to the information disclosure office.
	Fallback bool `json:"fallback"`
	// DocumentDepartment is the department code the document named.
	DocumentDepartment string `json:"document_department,omitempty"`
	// Disclosure is true when the document is closed (listed by metadata
	// only): the question is then a request for disclosure.
	Disclosure bool   `json:"disclosure"`
	Question   string `json:"question"`
	Answer     string `json:"answer,omitempty"`
	// PublicQuestion and PublicAnswer are the texts masked by the
	// redactor, with the citizen's own contact data masked as well. The
	// document page shows them when the citizen allowed publication;
	// officers' mail quotes the masked question.
	PublicQuestion string `json:"public_question,omitempty"`
	PublicAnswer   string `json:"public_answer,omitempty"`
	// Publish is the citizen's consent to show the question and answer
	// (masked) on the document page.
	Publish bool   `json:"publish"`
	State   State  `json:"state"`
	Officer string `json:"officer,omitempty"` // directory officer id
	// Version counts changes; every change gives the store a new one, and
	// notices are keyed by it.
	Version         int          `json:"version"`
	ReceivedAt      time.Time    `json:"received_at"`
	Due             time.Time    `json:"due"`
	ExtendedAt      *time.Time   `json:"extended_at,omitempty"`
	ExtensionReason string       `json:"extension_reason,omitempty"`
	AnsweredAt      *time.Time   `json:"answered_at,omitempty"`
	AnsweredBy      string       `json:"answered_by,omitempty"`
	ClosedAt        *time.Time   `json:"closed_at,omitempty"`
	History         []Transition `json:"history"`

	// ConsentVersion and ConsentAt record the notice the citizen agreed to
	// and when (PIPA: the controller must be able to show the consent).
	ConsentVersion string    `json:"consent_version"`
	ConsentAt      time.Time `json:"consent_at"`

	// TokenHash is the SHA-256 of the tracking token (hex); the token
	// itself travels only to the citizen and, sealed, in Contact.
	TokenHash string `json:"token_hash"`
	// Contact is the sealed Contact (see Sealer); nil once deleted.
	Contact []byte `json:"contact,omitempty"`
	// ContactRef is the blinded contact (HMAC), for per-contact limits.
	ContactRef       string     `json:"contact_ref,omitempty"`
	ContactDeletedAt *time.Time `json:"contact_deleted_at,omitempty"`
	// EmailBounced is set when the citizen's address bounced: later
	// notices go by SMS only.
	EmailBounced bool `json:"email_bounced,omitempty"`
}

// Contact is what the citizen gave to be reached. It is only ever stored
// sealed, never logged, and never returned by a public route.
type Contact struct {
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
	Name  string `json:"name,omitempty"`
	// Token is the tracking token, kept so that every notice can carry the
	// tracking link.
	Token string `json:"token"`
}

// String keeps contact data out of logs and error messages even when a
// Contact is formatted by mistake.
func (Contact) String() string { return "inquiry.Contact{…}" }

// LogValue keeps contact data out of slog output.
func (c Contact) LogValue() slog.Value { return slog.StringValue(c.String()) }

// GoString keeps contact data out of %#v.
func (c Contact) GoString() string { return c.String() }

// WasExtended reports whether the deadline was extended (it may be, once).
func (q *Inquiry) WasExtended() bool { return q.ExtendedAt != nil }

// Change is one staff action with its inputs.
type Change struct {
	Action  Action
	By      string
	Officer string // for ActAssign
	Answer  string // for ActAnswer
	Reason  string // for ActExtend (required) and ActClose (required unless answered)
}

// Apply performs c on q at now, per the state machine and the Act's
// deadlines, and returns the event the change raises. It changes q only
// when it succeeds; the caller stores q with the event.
func (q *Inquiry) Apply(c Change, now time.Time, cal Calendar) (Event, error) {
	to, ok := Next(q.State, c.Action)
	if !ok {
		return Event{}, problem(document.Conflict, "inquiry.illegal_transition", "an inquiry that is %s cannot be %s", q.State, pastTense(c.Action))
	}
	switch c.Action {
	case ActAssign:
		if c.Officer == "" {
			return Event{}, problem(document.Invalid, "body.bad_field:officer", "officer is required")
		}
		if c.Officer == q.Officer && q.State == Assigned {
			return Event{}, problem(document.Conflict, "inquiry.already_assigned", "the inquiry is already assigned to this officer")
		}
	case ActExtend:
		if q.WasExtended() {
			return Event{}, problem(document.Conflict, "inquiry.already_extended", "the deadline may be extended only once")
		}
		if strings.TrimSpace(c.Reason) == "" {
			return Event{}, problem(document.Invalid, "body.bad_field:reason", "an extension needs a reason, which the citizen is told")
		}
		if now.After(q.Due) {
			return Event{}, problem(document.Conflict, "inquiry.overdue", "the deadline has passed; it can no longer be extended")
		}
	case ActAnswer:
		if strings.TrimSpace(c.Answer) == "" {
			return Event{}, problem(document.Invalid, "body.bad_field:answer", "answer is required")
		}
	case ActClose:
		if q.State != Answered && strings.TrimSpace(c.Reason) == "" {
			return Event{}, problem(document.Invalid, "body.bad_field:reason", "closing an unanswered inquiry needs a reason")
		}
	}
	now = now.UTC()
	from := q.State
	switch c.Action {
	case ActAssign:
		q.Officer = c.Officer
	case ActExtend:
		q.ExtendedAt = &now
		q.ExtensionReason = c.Reason
		q.Due = cal.Extend(q.Due)
	case ActAnswer:
		q.Answer = c.Answer
		q.AnsweredAt = &now
		q.AnsweredBy = c.By
	case ActClose:
		q.ClosedAt = &now
	}
	q.State = to
	q.Version++
	q.History = append(q.History, Transition{From: from, To: to, Action: c.Action, At: now, By: c.By, Reason: c.Reason})
	return NewEvent(q, eventOf[c.Action], now), nil
}

func pastTense(a Action) string {
	switch a {
	case ActAssign:
		return "assigned"
	case ActStart:
		return "started"
	case ActExtend:
		return "extended"
	case ActAnswer:
		return "answered"
	case ActClose:
		return "closed"
	}
	return string(a)
}

// Calendar computes deadlines under the Official Information Disclosure
// Act (Art. 11): a decision within 10 days of receipt, extendable once by
// 10 days with notice. Days are counted in Korea's time zone from the day
// after receipt (the Civil Act does not count the first day), and a term
// ending on a Saturday, Sunday or listed holiday ends on the next working
// day (Civil Act Art. 161).
type Calendar struct {
	// Holidays are public holidays as "2006-01-02" dates (KST).
	Holidays map[string]bool
}

// KST is Korea Standard Time.
var KST = time.FixedZone("KST", 9*60*60)

// Terms of the Act, in days.
const (
	DecisionDays  = 10
	ExtensionDays = 10
)

// Due returns the end of the decision term for an inquiry received at t.
func (c Calendar) Due(t time.Time) time.Time { return c.after(t, DecisionDays) }

// Extend returns the end of the extended term for a term ending at due.
func (c Calendar) Extend(due time.Time) time.Time { return c.after(due, ExtensionDays) }

// after returns the last instant of the day n days after t's day (KST),
// moved past weekends and holidays.
func (c Calendar) after(t time.Time, n int) time.Time {
	d := t.In(KST)
	day := time.Date(d.Year(), d.Month(), d.Day()+n, 0, 0, 0, 0, KST)
	for c.off(day) {
		day = day.AddDate(0, 0, 1)
	}
	return day.Add(24*time.Hour - time.Second)
}

func (c Calendar) off(day time.Time) bool {
	wd := day.Weekday()
	return wd == time.Saturday || wd == time.Sunday || c.Holidays[day.Format(time.DateOnly)]
}

// DueDate returns t's day in KST as "2006-01-02", the form used in alert keys.
func DueDate(t time.Time) string { return t.In(KST).Format(time.DateOnly) }

var idPattern = regexp.MustCompile(`^Q-[0-9]{8}-[A-Z2-7]{10}$`)

// NewID returns a fresh inquiry id: "Q-20261127-ABCDEFGHIJ", sortable by
// the day of receipt and with 50 random bits against collisions.
func NewID(now time.Time) string {
	var b [7]byte
	_, _ = rand.Read(b[:])
	s := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:])
	return "Q-" + now.In(KST).Format("20060102") + "-" + s[:10]
}

// ValidID reports whether id has the form NewID gives.
func ValidID(id string) bool { return idPattern.MatchString(id) }

// TokenBytes is the size of a tracking token: 256 bits.
const TokenBytes = tracking.TokenBytes

// NewToken returns a fresh tracking token (package tracking).
func NewToken() string { return tracking.New() }

// HashToken returns the digest of a token as stored.
func HashToken(token string) string { return tracking.Hash(token) }

// CheckToken reports, in constant time, whether token is the inquiry's.
func (q *Inquiry) CheckToken(token string) bool { return tracking.Check(token, q.TokenHash) }
