// Package subscription is the citizens' keyword subscriptions: a weekly
// e-mail of the new documents that match a citizen's keywords,
// departments or organizations.
//
//   - Double opt-in: Subscribe only sends a confirmation mail, whose link
//     carries a signed token (shared/signed); the subscription starts when
//     the citizen confirms. Changing a confirmed subscription's criteria
//     takes a confirmation too, so nobody can change another's mail.
//   - The address is stored only sealed, bound to its subscription (the
//     inquiries' Sealer: a local key on one machine, KMS on AWS), and the
//     subscription's id is a keyed digest of it (the inquiries' Blinder),
//     so one address has one subscription and the id reveals nothing.
//     Unsubscribing deletes the record, address and all; an unconfirmed
//     one is deleted after ConfirmTTL.
//   - Digest sends the week's mail through the notify port (SES on AWS,
//     the outbox on one machine), at most once per subscriber and ISO week:
//     a conditional write (the inquiry store's message claims, DynamoDB or
//     bbolt) comes before every send. Every mail carries the one-click
//     unsubscribe of RFC 8058.
//
// Records are objects in the work bucket: subscriptions/<id>.json.
package subscription

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/logctx"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Prefix is where subscriptions live in the work bucket.
const Prefix = document.PrefixSubscriptions

// Purposes of the signed tokens.
const (
	ConfirmPurpose     = "subscription-confirm"
	UnsubscribePurpose = "subscription-unsubscribe"
)

// ConfirmTTL is how long a confirmation link works, and how long an
// unconfirmed subscription is kept.
const ConfirmTTL = 7 * 24 * time.Hour

// ConsentVersion is the version of the notice a subscriber agrees to.
const ConsentVersion = "2026-12-07"

// Limits of one subscription's criteria.
const (
	MaxKeywords      = 10
	MaxDepartments   = 10
	MaxOrganizations = 5
	MaxKeywordRunes  = 50
)

// Sealer encrypts addresses at rest (inquiry.Local, inquiry/kms).
type Sealer interface {
	Seal(ctx context.Context, plaintext []byte, context string) ([]byte, error)
	Open(ctx context.Context, sealed []byte, context string) ([]byte, error)
}

// Blinder makes keyed digests (inquiry.Blinder).
type Blinder interface {
	Blind(kind, value string) string
}

// Signer makes and opens capability tokens (*signed.Signer).
type Signer interface {
	Sign(purpose string, claims any, ttl time.Duration) (string, error)
	Open(purpose, token string, v any) error
}

// Counter counts requests in fixed windows (the inquiry store's Count).
type Counter interface {
	Count(ctx context.Context, key string, window time.Duration, now time.Time) (int, error)
}

// Department names a department within its organization.
type Department struct {
	Org  string `json:"organization"`
	Code string `json:"code"`
}

// Criteria are what a subscriber follows; a document matching any of
// them is in the digest.
type Criteria struct {
	Keywords      []string     `json:"keywords,omitempty"`
	Departments   []Department `json:"departments,omitempty"`
	Organizations []string     `json:"organizations,omitempty"`
}

// Record is a subscription as stored. It holds the address only sealed.
type Record struct {
	ID       string    `json:"id"`
	Address  []byte    `json:"address"` // sealed, context "subscription:<id>"
	Criteria Criteria  `json:"criteria"`
	Active   bool      `json:"active"`
	Created  time.Time `json:"created"`
	// Pending are criteria waiting for confirmation, with the nonce the
	// confirmation link carries.
	Pending      *Criteria `json:"pending,omitempty"`
	Nonce        string    `json:"nonce,omitempty"`
	RequestedAt  time.Time `json:"requested_at"`
	ConfirmedAt  time.Time `json:"confirmed_at,omitzero"`
	LastDigestAt time.Time `json:"last_digest_at,omitzero"`
}

// Deps are the service's collaborators.
type Deps struct {
	Store   storage.Store
	Bucket  string // the work bucket
	Sealer  Sealer
	Blinder Blinder
	Signer  Signer
	// Counter limits confirmation mails per address and requests per
	// client address; nil: no limit.
	Counter Counter
	// Mailer sends the confirmations and digests. Nil in the api function
	// on AWS: there Subscribe only stores the request, and the notify
	// function sends its confirmation (Deliver) on the record's event.
	Mailer notify.Mailer
	// Search finds the week's new documents (Digest).
	Search Searcher
	// Claims record the digests sent (the inquiry store): DynamoDB on
	// AWS, bbolt on one machine.
	Claims Claims
	// PortalURL is the portal's absolute URL, for links (https on AWS).
	PortalURL string
	// Orgs name organizations in mails (code → name); may be nil.
	OrgName func(code string) string
	Logger  *slog.Logger
	Log     func(context.Context) *slog.Logger
	Now     func() time.Time
}

// Service runs subscriptions.
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
	if d.OrgName == nil {
		d.OrgName = func(code string) string { return code }
	}
	d.PortalURL = strings.TrimRight(d.PortalURL, "/")
	return &Service{d: d}
}

// Refusals.
var (
	ErrBadToken = document.Refusal(document.Invalid, "subscription.bad_token", "the link is not valid or has expired")
	ErrLimited  = document.Refusal(document.Limited, "subscription.limited", "too many requests; try again later")
	ErrConsent  = document.Refusal(document.Invalid, "subscription.consent", "consent_version must be the current notice's version")
)

func bad(field, msg string) error {
	return document.Refusal(document.Invalid, "body.bad_field:"+field, msg)
}

// Request is a citizen's subscription request.
type Request struct {
	Email          string   `json:"email"`
	Criteria       Criteria `json:"criteria"`
	ConsentVersion string   `json:"consent_version"`
	// ClientAddr is blinded at once for the limit, never stored.
	ClientAddr string `json:"-"`
}

// String keeps a request (and its address) out of logs.
func (Request) String() string { return "subscription.Request{…}" }

// LogValue keeps a request out of structured logs.
func (r Request) LogValue() slog.Value { return slog.StringValue(r.String()) }

// claims are what the confirmation and unsubscribe links carry.
type claims struct {
	ID    string `json:"s"`
	Nonce string `json:"n,omitempty"`
}

// Subscribe records the request and sends the confirmation mail. Its
// answer says nothing of whether the address was subscribed before.
func (s *Service) Subscribe(ctx context.Context, r Request) error {
	if r.ConsentVersion != ConsentVersion {
		return ErrConsent
	}
	addr, err := normAddress(r.Email)
	if err != nil {
		return err
	}
	c, err := r.Criteria.clean()
	if err != nil {
		return err
	}
	now := s.d.Now()
	id := s.d.Blinder.Blind("subscription", addr)
	if err := s.limit(ctx, "subscribe-client/"+s.d.Blinder.Blind("client", r.ClientAddr), 20, r.ClientAddr != ""); err != nil {
		return err
	}
	// Three confirmation mails a day to one address at most: the form
	// cannot be used to flood someone's mailbox.
	if err := s.limit(ctx, "subscribe-address/"+id, 3, true); err != nil {
		return err
	}
	rec, err := s.read(ctx, id)
	switch {
	case errors.Is(err, storage.ErrNotFound):
		rec = &Record{ID: id, Created: now.UTC()}
		if rec.Address, err = s.d.Sealer.Seal(ctx, []byte(addr), "subscription:"+id); err != nil {
			return fmt.Errorf("subscription: seal: %w", err)
		}
	case err != nil:
		return err
	}
	rec.Pending, rec.Nonce, rec.RequestedAt = &c, newNonce(), now.UTC()
	if err := s.write(ctx, rec); err != nil {
		return err
	}
	s.d.Log(ctx).Info("subscription requested", "subscription", id, "keywords", len(c.Keywords),
		"departments", len(c.Departments), "organizations", len(c.Organizations))
	if s.d.Mailer == nil {
		return nil // on AWS the record's object event brings the notify function (Deliver)
	}
	return s.Deliver(ctx, Prefix+id+".json")
}

// Deliver sends the confirmation mail a subscription's record owes, once
// per request (its nonce): the local stack calls it as the request is
// stored, the notify function on AWS on the record's object event. Keys
// that are not subscription records are ignored.
func (s *Service) Deliver(ctx context.Context, key string) error {
	id, ok := strings.CutSuffix(strings.TrimPrefix(key, Prefix), ".json")
	if !ok || !strings.HasPrefix(key, Prefix) || strings.ContainsAny(id, "/.") {
		return nil
	}
	rec, err := s.read(ctx, id)
	if errors.Is(err, storage.ErrNotFound) {
		return nil // unsubscribed meanwhile
	}
	if err != nil {
		return err
	}
	if rec.Pending == nil {
		return nil // confirmed (or changed) before this event arrived
	}
	msgKey := "subscription/" + rec.ID + "/confirm/" + rec.Nonce
	if s.d.Claims != nil {
		c, err := s.d.Claims.Claim(ctx, msgKey, s.d.Now(), 2*time.Minute)
		if err != nil {
			return fmt.Errorf("subscription %s: claim: %w", rec.ID, err)
		}
		switch c {
		case inquiry.Sent:
			return nil
		case inquiry.Busy:
			return fmt.Errorf("subscription %s: the confirmation is being sent by another worker", rec.ID)
		}
	}
	addr, err := s.address(ctx, rec)
	if err == nil {
		var tok string
		if tok, err = s.d.Signer.Sign(ConfirmPurpose, claims{ID: rec.ID, Nonce: rec.Nonce}, ConfirmTTL); err == nil {
			err = s.d.Mailer.Send(ctx, s.confirmMail(addr, rec, tok))
		}
	}
	permanent := errors.Is(err, notify.ErrPermanent)
	if s.d.Claims != nil {
		if ferr := s.d.Claims.Finish(ctx, msgKey, err == nil || permanent); ferr != nil && err == nil {
			s.d.Logger.Warn("confirmation sent but not recorded", "subscription", rec.ID, "error", ferr.Error())
		}
	}
	if permanent {
		s.d.Logger.Warn("confirmation refused for good", "subscription", rec.ID, "error", err.Error())
		return nil
	}
	if err != nil {
		return fmt.Errorf("subscription %s: confirmation mail: %w", rec.ID, err)
	}
	return nil
}

// Status is what confirming and unsubscribing answer: never the address.
type Status struct {
	State    string   `json:"state"` // active, unsubscribed
	Criteria Criteria `json:"criteria"`
}

// Confirm starts the subscription (or applies its new criteria) that the
// confirmation token names. Confirming twice answers the same.
func (s *Service) Confirm(ctx context.Context, token string) (Status, error) {
	var c claims
	if err := s.d.Signer.Open(ConfirmPurpose, token, &c); err != nil || c.ID == "" {
		return Status{}, ErrBadToken
	}
	rec, err := s.read(ctx, c.ID)
	if errors.Is(err, storage.ErrNotFound) {
		return Status{}, ErrBadToken // unsubscribed or expired meanwhile
	}
	if err != nil {
		return Status{}, err
	}
	if rec.Pending == nil || rec.Nonce != c.Nonce {
		if rec.Active {
			return Status{State: "active", Criteria: rec.Criteria}, nil // confirmed before
		}
		return Status{}, ErrBadToken // a later request replaced this link
	}
	rec.Criteria, rec.Pending, rec.Nonce = *rec.Pending, nil, c.Nonce
	rec.Active, rec.ConfirmedAt = true, s.d.Now().UTC()
	if err := s.write(ctx, rec); err != nil {
		return Status{}, err
	}
	s.d.Log(ctx).Info("subscription confirmed", "subscription", rec.ID)
	return Status{State: "active", Criteria: rec.Criteria}, nil
}

// Unsubscribe deletes the subscription the token names, address and all.
// It asks nothing further (RFC 8058), and answers alike when the
// subscription is already gone.
func (s *Service) Unsubscribe(ctx context.Context, token string) (Status, error) {
	var c claims
	if err := s.d.Signer.Open(UnsubscribePurpose, token, &c); err != nil || c.ID == "" || strings.ContainsAny(c.ID, "/.") {
		return Status{}, ErrBadToken
	}
	err := s.d.Store.Delete(ctx, s.d.Bucket, Prefix+c.ID+".json")
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return Status{}, fmt.Errorf("subscription: unsubscribe: %w", err)
	}
	s.d.Log(ctx).Info("unsubscribed", "subscription", c.ID)
	return Status{State: "unsubscribed"}, nil
}

// UnsubscribeToken returns the token of a subscription's unsubscribe link.
func (s *Service) UnsubscribeToken(id string) (string, error) {
	return s.d.Signer.Sign(UnsubscribePurpose, claims{ID: id}, 0)
}

func (s *Service) limit(ctx context.Context, key string, perDay int, on bool) error {
	if s.d.Counter == nil || !on {
		return nil
	}
	n, err := s.d.Counter.Count(ctx, key, 24*time.Hour, s.d.Now())
	if err != nil {
		return fmt.Errorf("subscription: limit: %w", err)
	}
	if n > perDay {
		return ErrLimited
	}
	return nil
}

func (s *Service) read(ctx context.Context, id string) (*Record, error) {
	data, err := storage.ReadAll(ctx, s.d.Store, s.d.Bucket, Prefix+id+".json", 1<<20)
	if err != nil {
		return nil, err
	}
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("subscription %s: %w", id, err)
	}
	return &r, nil
}

func (s *Service) write(ctx context.Context, r *Record) error {
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if err := s.d.Store.Put(ctx, s.d.Bucket, Prefix+r.ID+".json", bytes.NewReader(data), storage.PutOptions{ContentType: "application/json"}); err != nil {
		return fmt.Errorf("subscription %s: %w", r.ID, err)
	}
	return nil
}

// address opens a record's address.
func (s *Service) address(ctx context.Context, r *Record) (string, error) {
	a, err := s.d.Sealer.Open(ctx, r.Address, "subscription:"+r.ID)
	if err != nil {
		return "", fmt.Errorf("subscription %s: open address: %w", r.ID, err)
	}
	return string(a), nil
}

// normAddress checks an e-mail address and returns it lower-cased.
func normAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || len(s) > 254 || !strings.Contains(s[strings.LastIndexByte(s, '@'):], ".") {
		return "", bad("email", "an e-mail address")
	}
	return strings.ToLower(s), nil
}

// clean checks criteria and returns them normalised (trimmed, NFC is the
// search's business, duplicates dropped, sorted).
func (c Criteria) clean() (Criteria, error) {
	var out Criteria
	for _, k := range c.Keywords {
		k = strings.Join(strings.Fields(k), " ")
		switch {
		case k == "":
			continue
		case !utf8.ValidString(k) || utf8.RuneCountInString(k) > MaxKeywordRunes:
			return out, bad("criteria.keywords", fmt.Sprintf("keywords of at most %d characters", MaxKeywordRunes))
		}
		out.Keywords = append(out.Keywords, k)
	}
	for _, d := range c.Departments {
		if !document.ValidID(d.Org) || !document.ValidID(d.Code) {
			return out, bad("criteria.departments", "each department needs its organization and code")
		}
		out.Departments = append(out.Departments, d)
	}
	for _, o := range c.Organizations {
		if !document.ValidID(o) {
			return out, bad("criteria.organizations", "organization codes")
		}
		out.Organizations = append(out.Organizations, o)
	}
	slices.Sort(out.Keywords)
	out.Keywords = slices.Compact(out.Keywords)
	slices.SortFunc(out.Departments, func(a, b Department) int { return strings.Compare(a.Org+"/"+a.Code, b.Org+"/"+b.Code) })
	out.Departments = slices.Compact(out.Departments)
	slices.Sort(out.Organizations)
	out.Organizations = slices.Compact(out.Organizations)
	switch {
	case len(out.Keywords)+len(out.Departments)+len(out.Organizations) == 0:
		return out, bad("criteria", "at least one keyword, department or organization")
	case len(out.Keywords) > MaxKeywords:
		return out, bad("criteria.keywords", fmt.Sprintf("at most %d", MaxKeywords))
	case len(out.Departments) > MaxDepartments:
		return out, bad("criteria.departments", fmt.Sprintf("at most %d", MaxDepartments))
	case len(out.Organizations) > MaxOrganizations:
		return out, bad("criteria.organizations", fmt.Sprintf("at most %d", MaxOrganizations))
	}
	return out, nil
}
