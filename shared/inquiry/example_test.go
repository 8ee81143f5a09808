package inquiry_test

import (
	"context"
	"log/slog"
	"net/http"
	"path/filepath"
	"time"

	"github.com/seoul-plaza/plaza/shared/api"
	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/inquiry/bolt"
	"github.com/seoul-plaza/plaza/shared/notify/outbox"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// Example_localStack is how the one-process stack wires inquiries: the
// store, sealer and outbox under its data folder, notices delivered during
// the request, the monitor on the stack's ticker, and the routes mounted
// as routes of the API.
func Example_localStack() {
	ctx := context.Background()
	data := "/var/lib/plaza" // the stack's --data folder
	logger := slog.Default()
	docs, _ := localfs.New(data, nil) // the stack's own store (buckets inbox, work, public)
	jwtKey, _ := auth.LoadOrCreateKey(filepath.Join(data, "keys", "jwt.key"))
	staff, _ := auth.NewLocal(jwtKey, time.Now)

	store, err := bolt.Open(filepath.Join(data, "inquiries.db"), bolt.Options{NoSync: true})
	if err != nil {
		panic(err)
	}
	key, _ := inquiry.LoadOrCreateKey(filepath.Join(data, "keys", "inquiry.key"))
	sealer, _ := inquiry.NewLocal(key)
	blinder, _ := inquiry.LoadBlinder(ctx, store, sealer)
	// Every organization's directory, from its file: an inquiry goes to
	// the officers of its document's organization.
	dirs := inquiry.FromOrgs(org.Embedded())
	mailer, _ := outbox.NewMailer(filepath.Join(data, "outbox"), "noreply@plaza.local")
	texter, _ := outbox.NewTexter(filepath.Join(data, "outbox"))

	notifier := inquiry.NewNotifier(inquiry.NotifierDeps{
		Store: store, Sealer: sealer, Directories: dirs, Mailer: mailer, Texter: texter,
		PortalURL: "http://127.0.0.1:8080", Logger: logger,
	})
	monitor := inquiry.NewMonitor(inquiry.MonitorDeps{Store: store, Notifier: notifier, Logger: logger})
	svc := inquiry.NewService(inquiry.ServiceDeps{
		Store: store, Sealer: sealer, Blinder: blinder, Directories: dirs,
		Documents: docs, PublicBucket: "public", Redactor: redact.New(),
		DefaultOrg: "6110000", Dispatch: notifier.Deliver, Logger: logger, Log: api.LoggerFrom,
	})

	var _ http.Handler = api.New(api.Deps{Inquiries: svc, Auth: staff, DefaultOrg: "6110000", Logger: logger})
	_, _ = monitor.Run(ctx) // on every tick
}
