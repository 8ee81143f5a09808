// Package routes builds the inquiry routes the API function mounts. It is
// apart from package inquiries so that notify and monitor do not link the
// redactor.
package routes

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/seoul-plaza/plaza/functions/internal/inquiries"
	"github.com/seoul-plaza/plaza/functions/internal/wire"
	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/inquiry/kms"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Handler builds the inquiry routes the API mounts: the store and sealer
// on DynamoDB and KMS, the deployment's blinding key (created and sealed
// on first use), published documents read from docs, staff from v. On AWS
// no event is dispatched in-process: the table's stream triggers notify.
// Rate limits key on the viewer's address as CloudFront forwards it.
func Handler(ctx context.Context, e wire.Env, docs storage.Store, v auth.Verifier, log func(context.Context) *slog.Logger) (*inquiry.Handler, error) {
	st := inquiries.Store(e)
	dir, err := inquiries.Directory(ctx, e, st)
	if err != nil {
		return nil, err
	}
	sealer := kms.NewFromConfig(e.AWS, e.Config.KMSKeyID)
	blinder, err := inquiry.LoadBlinder(ctx, st, sealer)
	if err != nil {
		return nil, fmt.Errorf("inquiries: blinding key: %w", err)
	}
	return inquiry.NewHandler(inquiry.HandlerDeps{
		Store:        st,
		Sealer:       sealer,
		Blinder:      blinder,
		Directory:    dir,
		Documents:    docs,
		PublicBucket: e.Config.PublicBucket,
		Auth:         v,
		Redactor:     redact.New(),
		DefaultOrg:   e.Config.OrgCode,
		ClientAddr:   inquiry.ViewerAddress,
		Logger:       e.Log,
		Log:          log,
	}), nil
}
