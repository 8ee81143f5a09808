package wire

import (
	"context"
	"log/slog"
	"sync"

	"github.com/aws/aws-lambda-go/lambdacontext"
)

// invocation remembers the Lambda request id and X-Ray trace id of the
// invocation being handled. The Go runtime hands a process one invocation
// at a time, so log calls made without the invocation's context (by
// handlers built once at start-up) still get its ids.
type invocation struct {
	mu        sync.Mutex
	id, trace string
}

func (in *invocation) set(id, trace string) {
	in.mu.Lock()
	in.id, in.trace = id, trace
	in.mu.Unlock()
}

func (in *invocation) get() (string, string) {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.id, in.trace
}

// ids reads the request and trace ids the runtime puts in an invocation's
// context.
func ids(ctx context.Context) (id, trace string) {
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		id = lc.AwsRequestID
	}
	trace, _ = ctx.Value("x-amzn-trace-id").(string)
	return id, trace
}

// requestHandler adds request_id and trace_id to every record: from the
// record's context when the call passed one, else from the invocation
// being handled.
type requestHandler struct {
	slog.Handler
	cur *invocation
}

func (h requestHandler) Handle(ctx context.Context, r slog.Record) error {
	id, trace := "", ""
	if ctx != nil {
		id, trace = ids(ctx)
	}
	if id == "" {
		id, trace = h.cur.get()
	}
	if id != "" {
		r.AddAttrs(slog.String("request_id", id))
	}
	if trace != "" {
		r.AddAttrs(slog.String("trace_id", trace))
	}
	return h.Handler.Handle(ctx, r)
}

func (h requestHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return requestHandler{Handler: h.Handler.WithAttrs(as), cur: h.cur}
}

func (h requestHandler) WithGroup(name string) slog.Handler {
	return requestHandler{Handler: h.Handler.WithGroup(name), cur: h.cur}
}

// Handle wraps a Lambda handler so that every log line written while it
// runs, through e.Log or a logger derived from it, carries the
// invocation's request_id and trace_id.
func Handle[In, Out any](e Env, fn func(context.Context, In) (Out, error)) func(context.Context, In) (Out, error) {
	if e.inv == nil {
		return fn
	}
	return func(ctx context.Context, in In) (Out, error) {
		e.inv.set(ids(ctx))
		defer e.inv.set("", "")
		return fn(ctx, in)
	}
}

// HandleErr is Handle for handlers that return only an error.
func HandleErr[In any](e Env, fn func(context.Context, In) error) func(context.Context, In) error {
	if e.inv == nil {
		return fn
	}
	return func(ctx context.Context, in In) error {
		e.inv.set(ids(ctx))
		defer e.inv.set("", "")
		return fn(ctx, in)
	}
}
