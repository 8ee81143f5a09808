package inquiry

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// EventType names what happened, for notices.
type EventType string

// The events. Every transition raises one; the monitor raises alerts.
const (
	EvReceived EventType = "received"
	EvAssigned EventType = "assigned"
	EvStarted  EventType = "started"
	EvExtended EventType = "extended"
	EvAnswered EventType = "answered"
	EvClosed   EventType = "closed"
	// EvReminder reminds the officer two days before the deadline.
	EvReminder EventType = "reminder"
	// EvOverdue escalates a missed deadline to the department's head.
	EvOverdue EventType = "overdue"
)

var eventOf = map[Action]EventType{
	ActAssign: EvAssigned, ActStart: EvStarted, ActExtend: EvExtended, ActAnswer: EvAnswered, ActClose: EvClosed,
}

// Event is a notice waiting to go out (the transactional outbox): it is
// stored with the change that raised it, delivered at least once, and
// each of its messages is sent at most once (see NotifierStore.Claim).
type Event struct {
	Inquiry string    `json:"inquiry"`
	Key     string    `json:"key"` // unique per inquiry: "answered/5", "reminder/2026-12-01"
	Type    EventType `json:"type"`
	Version int       `json:"version"` // the inquiry's version when raised
	At      time.Time `json:"at"`
	// Due is the deadline an alert is about.
	Due         time.Time  `json:"due,omitzero"`
	DeliveredAt *time.Time `json:"delivered_at,omitempty"`
}

// Ref names an event.
type Ref struct {
	Inquiry string `json:"inquiry"`
	Key     string `json:"key"`
}

// Ref returns the event's reference.
func (e Event) Ref() Ref { return Ref{Inquiry: e.Inquiry, Key: e.Key} }

// NewEvent returns the event of a transition of q: its key is (event,
// version), so a replayed transition cannot raise it twice.
func NewEvent(q *Inquiry, t EventType, at time.Time) Event {
	return Event{Inquiry: q.ID, Key: string(t) + "/" + strconv.Itoa(q.Version), Type: t, Version: q.Version, At: at.UTC()}
}

// NewAlert returns a monitor alert: its key is (alert, due date), so each
// alert goes out once per deadline, and again only if the deadline moves.
func NewAlert(q *Inquiry, t EventType, at time.Time) Event {
	return Event{Inquiry: q.ID, Key: string(t) + "/" + DueDate(q.Due), Type: t, Version: q.Version, At: at.UTC(), Due: q.Due}
}

// Errors of the stores (Records, NotifierStore, MonitorStore, Secrets).
var (
	ErrNotFound = errors.New("inquiry: not found")
	ErrExists   = errors.New("inquiry: already exists")
	// ErrConflict means the inquiry changed since it was read.
	ErrConflict = errors.New("inquiry: changed meanwhile")
)

// Filter selects inquiries for a list. Results come in id order, which is
// the order of receipt.
type Filter struct {
	Org        string
	Department string // "" for all (admins)
	Document   string // one document's inquiries
	State      State  // "" for all
	After      string // the last id of the previous page
	Limit      int
}

// Claim is the outcome of NotifierStore.Claim.
type Claim int

// The outcomes of a claim.
const (
	Granted Claim = iota // the caller may send
	Sent                 // the message went out before
	Busy                 // another sender holds a live claim
)

// WindowStart returns the start of the fixed window of the given length
// that holds now (UTC-aligned); adapters use it to name counters.
func WindowStart(now time.Time, window time.Duration) time.Time {
	return now.UTC().Truncate(window)
}

// Watched reports whether the monitor must still look at q.
func Watched(q Inquiry) bool { return q.State != Closed || q.Contact != nil }

// ParseMessageKey splits a message key "inquiry/<id>/<event key>/<channel>-<role>"
// into the event it belongs to and its channel-role suffix.
func ParseMessageKey(key string) (Ref, string, error) {
	rest, ok := strings.CutPrefix(key, "inquiry/")
	if !ok {
		return Ref{}, "", fmt.Errorf("inquiry: %q is not an inquiry message key", key)
	}
	id, rest, ok := strings.Cut(rest, "/")
	i := strings.LastIndexByte(rest, '/')
	if !ok || i <= 0 || !ValidID(id) {
		return Ref{}, "", fmt.Errorf("inquiry: %q is not an inquiry message key", key)
	}
	return Ref{Inquiry: id, Key: rest[:i]}, rest[i+1:], nil
}
