// Package logctx holds the services' choice of logger per request: the
// caller's per-request logger (the API's, which carries the request id),
// else one fixed logger, else none.
package logctx

import (
	"context"
	"log/slog"
)

// Per returns per when it is set, else a function that returns base, or a
// logger that discards everything when base is nil too.
func Per(base *slog.Logger, per func(context.Context) *slog.Logger) func(context.Context) *slog.Logger {
	if per != nil {
		return per
	}
	if base == nil {
		base = slog.New(slog.DiscardHandler)
	}
	return func(context.Context) *slog.Logger { return base }
}
