package inquiry

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"
)

// MonitorStore is what the Monitor watches and changes: the inquiries
// still open or still holding contact data, and the alerts it raises.
type MonitorStore interface {
	// Work calls fn for each inquiry the monitor must watch: not closed,
	// or closed with contact data still held.
	Work(ctx context.Context, fn func(Inquiry) error) error
	// Get returns an inquiry or ErrNotFound.
	Get(ctx context.Context, id string) (Inquiry, error)
	// Update replaces the inquiry whose stored version is prev with q and
	// adds evs, atomically; ErrConflict if the version moved.
	Update(ctx context.Context, q Inquiry, prev int, evs ...Event) error
	// AddEvent stores ev unless the inquiry already has an event with its
	// key, and reports whether it did.
	AddEvent(ctx context.Context, ev Event) (bool, error)
}

// MonitorDeps are the Monitor's collaborators.
type MonitorDeps struct {
	Store MonitorStore
	// Notifier delivers the alerts the monitor raises and every event
	// still pending; nil leaves delivery to the stream (AWS).
	Notifier *Notifier
	Now      func() time.Time
	Logger   *slog.Logger
	// Retention is how long contact data is kept after closing (default
	// DefaultRetention, one year).
	Retention time.Duration
	// AutoClose closes answered inquiries this long after the answer
	// (default 14 days), so that the retention clock starts.
	AutoClose time.Duration
	// RemindBefore is how long before the deadline the officer is
	// reminded (default 2 days: from the start of day D-2, KST).
	RemindBefore time.Duration
	// PendingLimit bounds the events delivered per run (default 500).
	PendingLimit int
	// PendingGrace leaves events younger than this to their first
	// delivery (on AWS, the table stream): the monitor is the safety net,
	// not a second sender racing the first. Default 0 (one machine).
	PendingGrace time.Duration
}

// Monitor is the scheduled job of inquiries: D-2 reminders to the officer,
// escalation of overdue inquiries to the department's head, closing of
// long-answered inquiries, deletion of contact data after retention, and
// delivery of every event still pending. Each alert is raised once per
// (inquiry, alert, due date).
type Monitor struct{ d MonitorDeps }

// NewMonitor returns a Monitor; Store is required.
func NewMonitor(d MonitorDeps) *Monitor {
	requireDeps("MonitorDeps", map[string]bool{"Store": d.Store != nil})
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Retention <= 0 {
		d.Retention = DefaultRetention
	}
	if d.AutoClose <= 0 {
		d.AutoClose = 14 * 24 * time.Hour
	}
	if d.RemindBefore <= 0 {
		d.RemindBefore = DefaultRemindBefore
	}
	if d.PendingLimit <= 0 {
		d.PendingLimit = 500
	}
	return &Monitor{d: d}
}

// Report counts what one run did.
type Report struct {
	Watched     int `json:"watched"`
	Reminders   int `json:"reminders"`
	Escalations int `json:"escalations"`
	AutoClosed  int `json:"auto_closed"`
	Deleted     int `json:"contacts_deleted"`
	Delivered   int `json:"delivered"`
	// Deadlines counts the questions still waiting for their answer, those
	// of them in their reminder window and those past their deadline, on
	// every run (not only when alerted).
	Deadlines
}

// Run does one round. Errors of single inquiries are collected, so one bad
// record does not stop the others.
func (m *Monitor) Run(ctx context.Context) (Report, error) {
	var rep Report
	var errs []error
	now := m.d.Now()
	err := m.d.Store.Work(ctx, func(q Inquiry) error {
		rep.Watched++
		if err := m.check(ctx, q, now, &rep); err != nil {
			errs = append(errs, fmt.Errorf("inquiry %s: %w", q.ID, err))
		}
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	if m.d.Notifier != nil {
		n, err := m.d.Notifier.DeliverPending(ctx, m.d.PendingLimit, now.Add(-m.d.PendingGrace))
		rep.Delivered = n
		if err != nil {
			errs = append(errs, err)
		}
	}
	m.d.Logger.Info("inquiry monitor", "watched", rep.Watched, "reminders", rep.Reminders, "escalations", rep.Escalations,
		"auto_closed", rep.AutoClosed, "contacts_deleted", rep.Deleted, "delivered", rep.Delivered,
		"open", rep.Open, "due_soon", rep.DueSoon, "overdue", rep.Overdue, "errors", len(errs))
	return rep, errors.Join(errs...)
}

func (m *Monitor) check(ctx context.Context, q Inquiry, now time.Time, rep *Report) error {
	switch {
	case q.State.Open():
		rep.Deadlines.Count(q, now, m.d.RemindBefore)
		if now.After(q.Due) {
			added, err := m.d.Store.AddEvent(ctx, NewAlert(&q, EvOverdue, now))
			if added {
				rep.Escalations++
				m.d.Logger.Warn("inquiry overdue, escalated", "inquiry", q.ID, "department", q.Department, "due", DueDate(q.Due))
			}
			return err
		}
		if !now.Before(remindFrom(q.Due, m.d.RemindBefore)) {
			added, err := m.d.Store.AddEvent(ctx, NewAlert(&q, EvReminder, now))
			if added {
				rep.Reminders++
			}
			return err
		}
	case q.State == Answered:
		if q.AnsweredAt != nil && now.Sub(*q.AnsweredAt) >= m.d.AutoClose {
			err := m.change(ctx, q.ID, func(q *Inquiry) (*Event, error) {
				if q.State != Answered {
					return nil, nil
				}
				ev, err := q.Apply(Change{Action: ActClose, By: "system", Reason: ""}, now, Calendar{})
				return &ev, err
			})
			if err == nil {
				rep.AutoClosed++
			}
			return err
		}
	case q.State == Closed && q.Contact != nil:
		if q.ClosedAt != nil && now.Sub(*q.ClosedAt) >= m.d.Retention {
			err := m.change(ctx, q.ID, func(q *Inquiry) (*Event, error) {
				DeleteContact(q, now)
				return nil, nil
			})
			if err == nil {
				rep.Deleted++
				m.d.Logger.Info("contact data deleted after retention", "inquiry", q.ID)
			}
			return err
		}
	}
	return nil
}

// DefaultRemindBefore is how long before its deadline an open question is
// near it: its officer is reminded from that calendar day (D-2).
const DefaultRemindBefore = 48 * time.Hour

// Deadlines counts open questions by their deadline: the gauges the
// monitor emits and the staff metrics show.
type Deadlines struct {
	Open    int `json:"open"`
	DueSoon int `json:"due_soon"`
	Overdue int `json:"overdue"`
}

// Count adds q, as of now, with the reminder window before.
func (d *Deadlines) Count(q Inquiry, now time.Time, before time.Duration) {
	if !q.State.Open() {
		return
	}
	d.Open++
	switch {
	case now.After(q.Due):
		d.Overdue++
	case !now.Before(remindFrom(q.Due, before)):
		d.DueSoon++
	}
}

// remindFrom is the start of the reminder day (KST): D-2 is the whole
// calendar day two days before the due day, not the instant 48 hours
// before its last second.
func remindFrom(due time.Time, before time.Duration) time.Time {
	d := due.Add(-before).In(KST)
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, KST)
}

// DeleteContact drops every piece of contact data from q. The tracking
// token's digest stays, so the citizen's link keeps working.
func DeleteContact(q *Inquiry, now time.Time) {
	now = now.UTC()
	q.Contact, q.ContactRef, q.EmailBounced = nil, "", false
	// What the citizen typed into the question may hold their own data
	// too: keep only the masked text.
	if q.PublicQuestion != "" {
		q.Question = q.PublicQuestion
	}
	q.ContactDeletedAt = &now
	q.Version++
}

// change re-reads an inquiry, applies fn and stores it, retrying on a
// lost race.
func (m *Monitor) change(ctx context.Context, id string, fn func(*Inquiry) (*Event, error)) error {
	for range 3 {
		q, err := m.d.Store.Get(ctx, id)
		if err != nil {
			return err
		}
		prev := q.Version
		ev, err := fn(&q)
		if err != nil {
			return err
		}
		if q.Version == prev {
			return nil // nothing to do any more
		}
		var evs []Event
		if ev != nil {
			evs = append(evs, *ev)
		}
		err = m.d.Store.Update(ctx, q, prev, evs...)
		if !errors.Is(err, ErrConflict) {
			return err // a raised event goes out with DeliverPending in the same run
		}
	}
	return fmt.Errorf("inquiry %s: %w", id, ErrConflict)
}
