// Package wire is the start of every Lambda function: configuration, the
// AWS SDK's settings, the logger, and the adapter from S3 events to a
// stage. Its sibling packages build the adapters (stages: the document
// pipeline; inquiries: the inquiry service). They are split so that each
// function links only what it uses, which keeps bootstraps small.
package wire

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/seoul-plaza/plaza/shared/config"
	"github.com/seoul-plaza/plaza/shared/emf"
	"github.com/seoul-plaza/plaza/shared/s3event"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Env is what every function starts from.
type Env struct {
	Config config.Config
	AWS    aws.Config
	// Log writes JSON to stderr; inside Handle, every line carries the
	// invocation's request_id and trace_id.
	Log *slog.Logger
	inv *invocation
}

// Load reads function fn's configuration and the AWS SDK's (region,
// credentials, and AWS_ENDPOINT_URL when set, as in local tests). A bad
// configuration is fatal: the error names the variable, and Lambda
// reports the failed init.
func Load(ctx context.Context, fn string) Env {
	cfg, err := config.FromEnv(fn)
	if err != nil {
		Fatal(fn, err)
	}
	inv := &invocation{}
	// "deployment" repeats the stage under a name no stage's own lines use
	// ("stage" is also the pipeline stage there): the EMF metrics'
	// dimension (shared/emf).
	log := slog.New(requestHandler{Handler: cfg.Logger().Handler(), cur: inv}).With("function", fn, "stage", cfg.Stage, emf.Deployment, cfg.Stage)
	awsCfg, err := awsFromEnv()
	if err != nil {
		Fatal(fn, fmt.Errorf("aws config: %w", err))
	}
	return Env{Config: cfg, AWS: awsCfg, Log: log, inv: inv}
}

// Fatal logs a start-up failure and exits; Lambda reports the failed init.
func Fatal(fn string, err error) {
	slog.New(slog.NewJSONHandler(os.Stderr, nil)).Error("start-up failed", "function", fn, "err", err.Error())
	os.Exit(1)
}

// ObjectHandler adapts a stage over storage.Events to a Lambda handler
// that accepts every shape S3 events arrive in (EventBridge, direct
// notification, s3:TestEvent, SQS). Every event is handled even when one
// fails; any failure is returned, so Lambda retries the invocation (the
// stages are idempotent) and finally sends it to the dead-letter queue.
func ObjectHandler(log *slog.Logger, stage func(context.Context, storage.Event) error) func(context.Context, json.RawMessage) error {
	return func(ctx context.Context, payload json.RawMessage) error {
		evs, err := s3event.Decode(payload)
		if err != nil {
			log.Error("undecodable event", "err", err.Error())
			return err
		}
		var errs []error
		for _, ev := range evs {
			if err := stage(ctx, ev); err != nil {
				// An Event logs and prints its key as a digest (the inbox
				// key may be a sender's).
				log.Error("stage failed", "event", ev, "err", err.Error())
				errs = append(errs, fmt.Errorf("%v: %w", ev, err))
				continue
			}
			log.Debug("stage done", "event", ev)
		}
		return errors.Join(errs...)
	}
}

// ScheduleRule returns the name of the EventBridge rule that sent a
// scheduled event (from its resources), or "" for any other payload. One
// function can serve several schedules and tell them apart by it.
func ScheduleRule(payload []byte) string {
	var ev struct {
		DetailType string   `json:"detail-type"`
		Resources  []string `json:"resources"`
	}
	if json.Unmarshal(payload, &ev) != nil || ev.DetailType != "Scheduled Event" || len(ev.Resources) == 0 {
		return ""
	}
	arn := ev.Resources[0]
	return arn[strings.LastIndexByte(arn, '/')+1:]
}
