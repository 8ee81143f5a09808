package inquiry

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/seoul-plaza/plaza/shared/notify"
)

// NotifierStore is what the Notifier reads and marks: inquiries, their
// events and the keys of the messages it sends.
type NotifierStore interface {
	// Get returns an inquiry or ErrNotFound.
	Get(ctx context.Context, id string) (Inquiry, error)
	// Update replaces the inquiry whose stored version is prev (a bounce
	// noted on it); ErrConflict if the version moved.
	Update(ctx context.Context, q Inquiry, prev int, evs ...Event) error
	// Event returns one event or ErrNotFound.
	Event(ctx context.Context, r Ref) (Event, error)
	// Pending returns up to limit undelivered events, oldest first.
	Pending(ctx context.Context, limit int) ([]Event, error)
	// Delivered marks an event delivered.
	Delivered(ctx context.Context, r Ref, at time.Time) error
	// Claim reserves message key for sending for lease: Granted if it was
	// never sent and no one holds an unexpired claim, else Sent or Busy.
	Claim(ctx context.Context, key string, now time.Time, lease time.Duration) (Claim, error)
	// Finish settles a claim: sent for good, or released for a retry.
	Finish(ctx context.Context, key string, sent bool) error
}

// NotifierDeps are the Notifier's collaborators.
type NotifierDeps struct {
	Store  NotifierStore
	Sealer Sealer
	// Directories find the officers of each inquiry's own organization.
	Directories *Directories
	Mailer      notify.Mailer
	// Texter may be nil: SMS are then skipped (and logged).
	Texter notify.Texter
	// PortalURL is the citizen portal, for links.
	PortalURL string
	// Retention is how long contact data is kept after closing, as told
	// to citizens (default DefaultRetention).
	Retention time.Duration
	Now       func() time.Time
	Logger    *slog.Logger
	// RatingLink, when set, gives the link of an inquiry's rating page
	// (1 to 5, without signing in; feedback.Service.RatingLink), which the
	// closing notice asks the citizen to follow.
	RatingLink func(q Inquiry) (string, error)
	// Lease bounds how long a sender may hold a message before another may
	// retry it (default 2 minutes, above the notify function's timeout).
	Lease time.Duration
}

// Notifier delivers events: it renders each event's notices and sends
// each message at most once, keyed (inquiry, event, version, channel,
// recipient). It is the notify function on AWS, and runs in-process on one
// machine.
type Notifier struct{ d NotifierDeps }

// DefaultRetention is how long contact data outlives the closing of an
// inquiry: one year.
const DefaultRetention = 365 * 24 * time.Hour

// NewNotifier returns a Notifier. Store, Sealer, Directories and Mailer are
// required (it panics without them).
func NewNotifier(d NotifierDeps) *Notifier {
	requireDeps("NotifierDeps", map[string]bool{"Store": d.Store != nil, "Sealer": d.Sealer != nil,
		"Directories": d.Directories != nil, "Mailer": d.Mailer != nil})
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Lease <= 0 {
		d.Lease = 2 * time.Minute
	}
	if d.Retention <= 0 {
		d.Retention = DefaultRetention
	}
	return &Notifier{d: d}
}

// message is one mail or SMS of an event.
type message struct {
	key  string
	role Role
	mail *notify.Mail
	sms  *notify.SMS
}

func (m message) channel() string {
	if m.mail != nil {
		return "email"
	}
	return "sms"
}

// Deliver sends the notices of one event that have not gone out yet and
// marks the event delivered. It returns an error when a message failed in
// a way worth retrying; permanent failures (a rejected address) are logged
// and do not block the other channel.
func (n *Notifier) Deliver(ctx context.Context, r Ref) error {
	ev, err := n.d.Store.Event(ctx, r)
	if err != nil {
		return fmt.Errorf("inquiry: deliver %s/%s: %w", r.Inquiry, r.Key, err)
	}
	if ev.DeliveredAt != nil {
		return nil
	}
	q, err := n.d.Store.Get(ctx, r.Inquiry)
	if err != nil {
		return fmt.Errorf("inquiry: deliver %s/%s: %w", r.Inquiry, r.Key, err)
	}
	msgs, err := n.plan(ctx, q, ev)
	if err != nil {
		return err
	}
	log := n.d.Logger.With("inquiry", q.ID, "org", q.Org, "event", ev.Key)
	var retry []error
	bounced := false
	for _, m := range msgs {
		c, err := n.d.Store.Claim(ctx, m.key, n.d.Now(), n.d.Lease)
		if err != nil {
			retry = append(retry, err)
			continue
		}
		switch c {
		case Sent:
			continue // a duplicate event: sent before
		case Busy:
			retry = append(retry, fmt.Errorf("message %s is being sent by another worker", m.key))
			continue
		}
		err = n.send(ctx, m)
		if ferr := n.d.Store.Finish(ctx, m.key, err == nil); ferr != nil && err == nil {
			// Sent but not recorded: a retry may send again; say so.
			log.Warn("sent but could not record the message key", "role", m.role, "channel", m.channel(), "error", ferr.Error())
		}
		switch {
		case err == nil:
			log.Info("notice sent", "role", m.role, "channel", m.channel())
		case errors.Is(err, notify.ErrPermanent):
			// Errors of the adapters name no full address.
			log.Warn("notice refused for good", "role", m.role, "channel", m.channel(), "error", err.Error())
			if m.role == RoleCitizen && m.mail != nil {
				bounced = true
			}
		default:
			retry = append(retry, err)
		}
	}
	if bounced {
		if err := n.markBounced(ctx, q.ID); err != nil {
			retry = append(retry, err)
		}
	}
	if len(retry) > 0 {
		return fmt.Errorf("inquiry: deliver %s/%s: %w", r.Inquiry, r.Key, errors.Join(retry...))
	}
	return n.d.Store.Delivered(ctx, r, n.d.Now())
}

func (n *Notifier) send(ctx context.Context, m message) error {
	if m.mail != nil {
		return n.d.Mailer.Send(ctx, *m.mail)
	}
	if n.d.Texter == nil {
		return notify.Permanent(errors.New("no SMS channel configured"))
	}
	return n.d.Texter.Send(ctx, *m.sms)
}

// plan lists the messages of event e.
func (n *Notifier) plan(ctx context.Context, q Inquiry, e Event) ([]message, error) {
	dir, ok := n.d.Directories.Of(q.Org)
	if !ok {
		return nil, errNoDirectory(q.ID, q.Org)
	}
	base := "inquiry/" + q.ID + "/" + e.Key + "/"
	var out []message
	add := func(role Role, who string, nt notice, email, phone string) error {
		nt.Sender = dir.Sender()
		suffix := string(role)
		if who != "" {
			suffix += "-" + who
		}
		if email != "" {
			html, err := nt.html()
			if err != nil {
				return err
			}
			out = append(out, message{key: base + "email-" + suffix, role: role,
				mail: &notify.Mail{To: email, Subject: nt.subject(), Text: nt.text(), HTML: html, Key: base + "email-" + suffix}})
		}
		if phone != "" && nt.SMS != "" {
			out = append(out, message{key: base + "sms-" + suffix, role: role,
				sms: &notify.SMS{To: phone, Text: nt.SMS, Key: base + "sms-" + suffix}})
		}
		return nil
	}

	// The citizen, when contact data is still held.
	if q.Contact != nil {
		c, err := OpenContact(ctx, n.d.Sealer, q)
		if err != nil {
			return nil, err
		}
		if nt, ok := citizenNotice(q, e, c.Name, TrackingLink(n.d.PortalURL, q.ID, c.Token), n.d.Retention); ok {
			if e.Type == EvClosed && n.d.RatingLink != nil {
				// Without its link the notice still goes: the rating is a
				// favour asked, the closing is what the citizen must hear.
				if link, err := n.d.RatingLink(q); err != nil {
					n.d.Logger.Warn("no rating link in the closing notice", "inquiry", q.ID, "error", err.Error())
				} else {
					nt.Lines = append(nt.Lines, line{"답변과 처리에 얼마나 만족하셨는지 1~5점으로 알려 주십시오(로그인 없이): " + link,
						"How satisfied are you with the answer and its handling? Rate it 1 to 5 (no sign-in): " + link})
				}
			}
			email := c.Email
			if q.EmailBounced {
				email = ""
			}
			if err := add(RoleCitizen, "", nt, email, c.Phone); err != nil {
				return nil, err
			}
		}
	}

	// Staff.
	route := dir.Lookup(q.Department)
	staffLink := StaffLink(n.d.PortalURL, q.ID)
	officers := route.Officers
	if p, ok := dir.Officer(q.Department, q.Officer); ok && e.Type != EvReceived {
		officers = []Person{p}
	}
	switch e.Type {
	case EvReceived, EvAssigned, EvReminder:
		nt, ok := staffNotice(q, e, RoleOfficer, staffLink)
		if !ok {
			break
		}
		nt.SMS = "" // officers are reached by mail
		for _, p := range officers {
			if err := add(RoleOfficer, p.ID, nt, p.Email, ""); err != nil {
				return nil, err
			}
		}
	case EvOverdue:
		nt, ok := staffNotice(q, e, RoleHead, staffLink)
		if !ok {
			break
		}
		head := route.Head
		if head == nil && len(route.Officers) > 0 {
			head = &route.Officers[0]
		}
		if head != nil {
			if err := add(RoleHead, head.ID, nt, head.Email, head.Phone); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// markBounced stops e-mail to a citizen whose address is refused; later
// notices go by SMS where a phone was given.
func (n *Notifier) markBounced(ctx context.Context, id string) error {
	for range 3 {
		q, err := n.d.Store.Get(ctx, id)
		if err != nil {
			return err
		}
		if q.EmailBounced {
			return nil
		}
		prev := q.Version
		q.EmailBounced = true
		q.Version++
		err = n.d.Store.Update(ctx, q, prev)
		if !errors.Is(err, ErrConflict) {
			return err
		}
	}
	return fmt.Errorf("inquiry %s: mark bounced: %w", id, ErrConflict)
}

// Bounced records a bounce or complaint reported for a sent message (by
// its key, e.g. from SES's event destination): the citizen's e-mail is
// not used again. It then makes sure the event reached the citizen by SMS
// where a phone was given.
func (n *Notifier) Bounced(ctx context.Context, messageKey string) error {
	r, suffix, err := ParseMessageKey(messageKey)
	if err != nil {
		return err
	}
	if suffix != "email-"+string(RoleCitizen) {
		return nil // staff addresses are the directory's business
	}
	if err := n.markBounced(ctx, r.Inquiry); err != nil {
		return err
	}
	// The SMS of that event went out with the mail, unless SMS failed:
	// delivering again sends only what is missing.
	return n.redeliver(ctx, r)
}

// redeliver sends what is missing of an event already marked delivered.
func (n *Notifier) redeliver(ctx context.Context, r Ref) error {
	ev, err := n.d.Store.Event(ctx, r)
	if err != nil {
		return err
	}
	q, err := n.d.Store.Get(ctx, r.Inquiry)
	if err != nil {
		return err
	}
	msgs, err := n.plan(ctx, q, ev)
	if err != nil {
		return err
	}
	for _, m := range msgs {
		c, err := n.d.Store.Claim(ctx, m.key, n.d.Now(), n.d.Lease)
		if err != nil || c != Granted {
			continue
		}
		err = n.send(ctx, m)
		_ = n.d.Store.Finish(ctx, m.key, err == nil)
		if err != nil && !errors.Is(err, notify.ErrPermanent) {
			return err
		}
	}
	return nil
}

// DeliverPending delivers up to limit undelivered events raised before
// before, oldest first, and returns how many it delivered; the monitor
// calls it as the safety net behind the stream (AWS) or the in-process
// dispatch (one machine).
func (n *Notifier) DeliverPending(ctx context.Context, limit int, before time.Time) (int, error) {
	evs, err := n.d.Store.Pending(ctx, limit)
	if err != nil {
		return 0, err
	}
	done := 0
	var errs []error
	for _, e := range evs {
		if !e.At.Before(before) && !e.At.Equal(before) {
			break // oldest first: the rest are younger still
		}
		if err := n.Deliver(ctx, e.Ref()); err != nil {
			errs = append(errs, err)
			continue
		}
		done++
	}
	return done, errors.Join(errs...)
}

// DeliverAll delivers every ref (a batch of the table's stream on AWS) and
// returns the refs that failed, for the batch's partial-failure report.
func (n *Notifier) DeliverAll(ctx context.Context, refs []Ref) ([]Ref, error) {
	var failed []Ref
	var errs []error
	for _, r := range refs {
		if err := n.Deliver(ctx, r); err != nil {
			failed = append(failed, r)
			errs = append(errs, err)
		}
	}
	return failed, errors.Join(errs...)
}
