package main

import (
	"context"
	"errors"
	"time"

	"github.com/seoul-plaza/plaza/shared/api"
	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/feedback"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	inqbolt "github.com/seoul-plaza/plaza/shared/inquiry/bolt"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/signed"
	"github.com/seoul-plaza/plaza/shared/subscription"
)

// openFeedback wires citizens' feedback and subscriptions on the
// inquiries' engines: the signing key sealed in the inquiry store, the
// same sealer and blinding key, the bbolt store's claims for the digests
// (sent once per subscriber and week) and the outbox for mail.
func (s *Stack) openFeedback(ctx context.Context, o Options, store *inqbolt.Store, sealer inquiry.Sealer, blinder *inquiry.Blinder,
	mailer notify.Mailer, portal string) error {
	is := func(target error) func(error) bool { return func(err error) bool { return errors.Is(err, target) } }
	signer, err := signed.Load(ctx, store, sealer, is(inquiry.ErrNotFound), is(inquiry.ErrExists), o.Now)
	if err != nil {
		return err
	}
	surveys := o.Surveys
	if surveys == nil {
		surveys = config.DefaultSurveys()
	}
	s.Feedback = feedback.New(feedback.Deps{Store: s.Store, WorkBucket: buckets.Work, PublicBucket: buckets.Public,
		Redactor: redact.New(), Signer: signer, Blinder: blinder, Counter: store, Surveys: surveys,
		Log: api.RequestLogger(o.Logger), Now: o.Now})
	s.Subscriptions = subscription.New(subscription.Deps{Store: s.Store, Bucket: buckets.Work, Sealer: sealer, Blinder: blinder,
		Signer: signer, Counter: store, Mailer: mailer, Search: s.Index, Claims: store, PortalURL: portal,
		OrgName: func(code string) string {
			if org, ok := o.Orgs.Get(code); ok {
				return org.Name
			}
			return code
		},
		Logger: o.Logger, Log: api.RequestLogger(o.Logger), Now: o.Now})
	return nil
}

// ratingLink is the link the closing notice of an inquiry asks its
// citizen to follow.
func (s *Stack) ratingLink(portal string) func(q inquiry.Inquiry) (string, error) {
	return func(q inquiry.Inquiry) (string, error) {
		return s.Feedback.RatingLink(portal, feedback.RateClaims{Org: q.Org, Inquiry: q.ID, Department: q.Department})
	}
}

// digestDue runs the weekly digest when DigestEvery has passed since the
// last run (the first tick runs it): a run in a week whose digests went
// out sends nothing, so running it more often than weekly is harmless.
func (s *Stack) digestDue(ctx context.Context, last *time.Time) {
	if !last.IsZero() && time.Since(*last) < s.opts.DigestEvery {
		return
	}
	*last = time.Now()
	if _, err := s.Subscriptions.Digest(ctx); err != nil {
		s.log.Error("subscription digest", "err", err)
	}
}
