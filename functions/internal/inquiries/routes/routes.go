// Package routes builds the inquiry service the API function serves. It
// is apart from package inquiries so that notify and monitor do not link
// the redactor.
package routes

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/seoul-plaza/plaza/functions/internal/inquiries"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/inquiry/kms"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Service builds the inquiry service the API serves: the store and sealer
// on DynamoDB and KMS, the deployment's blinding key (created and sealed
// on first use), published documents read from docs. On AWS no event is
// dispatched in-process: the table's stream triggers notify.
func Service(ctx context.Context, e wire.Env, docs storage.Store, log func(context.Context) *slog.Logger) (*inquiry.Service, Shared, error) {
	st := inquiries.Store(e)
	sealer := kms.NewFromConfig(e.AWS, e.Config.KMSKeyID)
	// The blinding key (a read and a KMS call) is the cold start's one
	// round trip here; the directories are the organizations' files the
	// function carries.
	blinder, err := inquiry.LoadBlinder(ctx, st, sealer)
	if err != nil {
		return nil, Shared{}, fmt.Errorf("inquiries: blinding key: %w", err)
	}
	shared := Shared{Store: st, Sealer: sealer, Blinder: blinder}
	return inquiry.NewService(inquiry.ServiceDeps{
		Store:        st,
		Sealer:       sealer,
		Blinder:      blinder,
		Directories:  inquiries.Directories(e),
		Documents:    docs,
		PublicBucket: e.Config.PublicBucket,
		Redactor:     redact.New(),
		DefaultOrg:   e.Config.OrgCode,
		Logger:       e.Log,
		Log:          log,
	}), shared, nil
}

// Shared is what leak reports share with inquiries: the store's rate
// counters, the sealer and the blinding key (loaded once per cold start).
type Shared struct {
	Store   inquiry.Counter
	Sealer  *kms.Sealer
	Blinder *inquiry.Blinder
}
