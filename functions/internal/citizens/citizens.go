// Package citizens builds what citizens say and follow on AWS: feedback
// (votes, ratings, surveys) for the api function, and the keyword
// subscriptions for the api (requests, confirmations, unsubscribing) and
// the notify function (confirmation mails, the weekly digest).
package citizens

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/feedback"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/signed"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/subscription"
)

// Signer loads the deployment's signing key on first use, not at cold
// start: a function that never signs (most invocations) pays no KMS call,
// and a failure to load it reaches only what needs it.
type Signer struct {
	st     signed.Secrets
	sealer signed.Sealer
	mu     sync.Mutex
	s      *signed.Signer
}

// NewSigner returns a Signer over the inquiry store's secrets and sealer.
func NewSigner(st signed.Secrets, sealer signed.Sealer) *Signer {
	return &Signer{st: st, sealer: sealer}
}

func (l *Signer) get() (*signed.Signer, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.s != nil {
		return l.s, nil
	}
	is := func(target error) func(error) bool { return func(err error) bool { return errors.Is(err, target) } }
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := signed.Load(ctx, l.st, l.sealer, is(inquiry.ErrNotFound), is(inquiry.ErrExists), nil)
	if err != nil {
		return nil, err
	}
	l.s = s
	return s, nil
}

// Sign implements the services' Signer.
func (l *Signer) Sign(purpose string, claims any, ttl time.Duration) (string, error) {
	s, err := l.get()
	if err != nil {
		return "", err
	}
	return s.Sign(purpose, claims, ttl)
}

// Open implements the services' Signer.
func (l *Signer) Open(purpose, token string, v any) error {
	s, err := l.get()
	if err != nil {
		return err
	}
	return s.Open(purpose, token, v)
}

// Store is what the inquiry table's store gives both services: rate
// counters and message claims (a conditional write before each mail).
type Store interface {
	subscription.Counter
	subscription.Claims
}

// Feedback builds the feedback service of the api function.
func Feedback(e wire.Env, st storage.Store, signer *Signer, blinder feedback.Blinder, counter feedback.Counter,
	log func(context.Context) *slog.Logger) *feedback.Service {
	return feedback.New(feedback.Deps{Store: st, WorkBucket: e.Config.WorkBucket, PublicBucket: e.Config.PublicBucket,
		Redactor: redact.New(), Signer: signer, Blinder: blinder, Counter: counter, Surveys: e.Config.Surveys, Log: log})
}

// Subscriptions builds the subscription service: in the api function
// without a mailer or an index (requests are stored; notify sends), in
// the notify function with both (confirmations, the weekly digest).
func Subscriptions(e wire.Env, st storage.Store, signer *Signer, sealer subscription.Sealer, blinder subscription.Blinder,
	claims Store, m notify.Mailer, idx subscription.Searcher, log func(context.Context) *slog.Logger) *subscription.Service {
	return subscription.New(subscription.Deps{Store: st, Bucket: e.Config.WorkBucket, Sealer: sealer, Blinder: blinder,
		Signer: signer, Counter: claims, Claims: claims, Mailer: m, Search: idx, PortalURL: e.Config.PortalURL,
		OrgName: func(code string) string {
			if o, ok := e.Config.Orgs.Get(code); ok {
				return o.Name
			}
			return code
		},
		Logger: e.Log, Log: log})
}
