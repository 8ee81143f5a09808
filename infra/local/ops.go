package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// Operations after a fix or an upgrade: re-drive the dead letters, re-run
// a stage for a selection of documents, rebuild the search index. A
// running stack does them itself (its routes under /ops, one machine
// only, for a city administrator's token, which the commands mint from
// the data folder's key); on a stopped data folder the command opens the
// stack in its own process.

// rerunRequest is the body of POST /ops/rerun.
type rerunRequest struct {
	Stage      string   `json:"stage"`
	Org        string   `json:"org,omitempty"`
	Department string   `json:"department,omitempty"`
	States     []string `json:"states,omitempty"`
	From       string   `json:"from,omitempty"` // YYYY-MM-DD, Seoul time
	To         string   `json:"to,omitempty"`
	DryRun     bool     `json:"dry_run,omitempty"`
}

// rerunAnswer is what a re-run did: each document, then the counts.
type rerunAnswer struct {
	Results []pipeline.RerunResult `json:"results"`
	Summary pipeline.RerunSummary  `json:"summary"`
}

// selection reads the request's selection; dates are Seoul's days.
func (r rerunRequest) selection() (pipeline.Selection, error) {
	sel := pipeline.Selection{Org: r.Org, Department: r.Department}
	for _, s := range r.States {
		if !slices.Contains(ledger.States, ledger.State(s)) {
			return sel, fmt.Errorf("%q is not a ledger state: use one of %v", s, ledger.States)
		}
		sel.States = append(sel.States, ledger.State(s))
	}
	var err error
	if r.From != "" {
		if sel.From, err = time.ParseInLocation(time.DateOnly, r.From, seoul); err != nil {
			return sel, fmt.Errorf("from: %w", err)
		}
	}
	if r.To != "" {
		if sel.To, err = time.ParseInLocation(time.DateOnly, r.To, seoul); err != nil {
			return sel, fmt.Errorf("to: %w", err)
		}
		sel.To = sel.To.Add(24*time.Hour - time.Nanosecond)
	}
	return sel, nil
}

var seoul = time.FixedZone("KST", 9*60*60)

func (s *Stack) rerun(ctx context.Context, req rerunRequest) (rerunAnswer, error) {
	ans := rerunAnswer{Results: []pipeline.RerunResult{}}
	sel, err := req.selection()
	if err != nil {
		return ans, err
	}
	ans.Summary, err = s.Pipeline.Rerun(ctx, req.Stage, sel, req.DryRun, func(r pipeline.RerunResult) error {
		ans.Results = append(ans.Results, r)
		return nil
	})
	return ans, err
}

// reindex learns the lines departments repeat, then rebuilds the index
// with them weighing nothing.
func (s *Stack) reindex(ctx context.Context) (pipeline.ReindexReport, error) {
	if err := s.learnBoilerplate(ctx); err != nil {
		return pipeline.ReindexReport{}, err
	}
	return s.Pipeline.Reindex(ctx, s.Index, nil)
}

func (s *Stack) redrive(ctx context.Context, dryRun bool) (localfs.RedriveResult, error) {
	return s.Bus.Redrive(ctx, dryRun)
}

// opsRoutes serves the operations to the commands.
func (s *Stack) opsRoutes(mux *http.ServeMux) {
	mux.Handle("POST /ops/rerun", s.opsHandler(func(ctx context.Context, body []byte) (any, error) {
		var req rerunRequest
		if err := json.Unmarshal(body, &req); err != nil {
			return nil, badRequest{err}
		}
		ans, err := s.rerun(ctx, req)
		return ans, err
	}))
	mux.Handle("POST /ops/reindex", s.opsHandler(func(ctx context.Context, _ []byte) (any, error) {
		return s.reindex(ctx)
	}))
	// What the soak (soak.go) polls to know the stack has settled.
	mux.Handle("POST /ops/progress", s.opsHandler(func(ctx context.Context, _ []byte) (any, error) {
		return s.progress(ctx)
	}))
	mux.Handle("POST /ops/redrive", s.opsHandler(func(ctx context.Context, body []byte) (any, error) {
		var req struct {
			DryRun bool `json:"dry_run"`
		}
		if err := json.Unmarshal(body, &req); err != nil {
			return nil, badRequest{err}
		}
		return s.redrive(ctx, req.DryRun)
	}))
}

type badRequest struct{ error }

// opsHandler admits a city administrator only, and lets the operation run
// past the server's write timeout (a reindex of a large folder takes
// minutes).
func (s *Stack) opsHandler(op func(ctx context.Context, body []byte) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := s.Auth.Verify(r)
		if err != nil || !c.CityAdmin {
			http.Error(w, "a city administrator's token is needed", http.StatusUnauthorized)
			return
		}
		_ = http.NewResponseController(w).SetWriteDeadline(time.Time{})
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		out, err := op(r.Context(), body)
		if err != nil {
			status := http.StatusInternalServerError
			if errors.As(err, new(badRequest)) {
				status = http.StatusBadRequest
			}
			s.log.Error("operation failed", "path", r.URL.Path, "by", c.Subject, "err", err)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
			return
		}
		s.log.Info("operation done", "path", r.URL.Path, "by", c.Subject)
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(out)
	})
}

// withStack runs an operation on the stack that serves data (through its
// /ops routes) or, when none does, on the stack opened in this process,
// whose bus then delivers the events the operation caused before it
// closes.
func withStack[T any](ctx context.Context, data, flagAddr, path string, body any, stderr io.Writer, local func(*Stack) (T, error)) (T, error) {
	var out T
	if addr, _, _ := stackAddr(data, flagAddr); addr != "" && answers(ctx, addr) {
		c, err := dialStack(ctx, data, flagAddr)
		if err != nil {
			return out, err
		}
		return out, c.post(ctx, path, body, &out)
	}
	if _, err := os.Stat(filepath.Join(data, "ledger.db")); errors.Is(err, os.ErrNotExist) {
		return out, fmt.Errorf("no ledger in %s: no stack has run on this data folder; pass the --data the stack was started with", data)
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	s, err := Open(Options{Data: data, Logger: log})
	if err != nil {
		return out, err
	}
	defer s.Close()
	if err := s.Bus.Start(ctx); err != nil {
		return out, err
	}
	out, err = local(s)
	if werr := s.Bus.Wait(ctx); err == nil {
		err = werr
	}
	return out, err
}

// post sends an operation to the running stack.
func (c *staffClient) post(ctx context.Context, path string, body, out any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+c.addr+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return c.unreachable(err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		return json.NewDecoder(resp.Body).Decode(out)
	case http.StatusUnauthorized:
		return c.refused()
	}
	var e struct {
		Error string `json:"error"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&e)
	return fmt.Errorf("the stack at %s answered %s: %s", c.addr, resp.Status, e.Error)
}

// rerunCmd re-runs a stage for a selection of published documents and
// prints, per document, whether its published text changed: the fields
// and the count of masks per type, never the text.
func rerunCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset, data, addr := commonFlags("rerun", "", "the running stack's address (default: the one it wrote to <data>/"+addrFile+")")
	var req rerunRequest
	fset.StringVar(&req.Stage, "stage", pipeline.RerunRedact, "the stage to run again: redact (and so index) or index")
	fset.StringVar(&req.Org, "org", "", "organization code (default: every organization)")
	fset.StringVar(&req.Department, "department", "", "department code (needs --org)")
	states := fset.String("state", "", "comma-separated ledger states (default: published,indexed)")
	fset.StringVar(&req.From, "from", "", "approved on or after this day, YYYY-MM-DD (Seoul)")
	fset.StringVar(&req.To, "to", "", "approved on or before this day, YYYY-MM-DD (Seoul)")
	fset.BoolVar(&req.DryRun, "dry-run", false, "report what would change, write nothing")
	asJSON := fset.Bool("json", false, "print the results as JSON")
	if err := fset.Parse(args); err != nil {
		return err
	}
	if *states != "" {
		req.States = strings.Split(*states, ",")
	}
	if _, err := req.selection(); err != nil {
		return err
	}
	ans, err := withStack(ctx, *data, *addr, "/ops/rerun", req, stderr, func(s *Stack) (rerunAnswer, error) { return s.rerun(ctx, req) })
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(ans)
	}
	for _, r := range ans.Results {
		fmt.Fprintln(stdout, r)
	}
	verb := "re-ran"
	if req.DryRun {
		verb = "dry run of"
	}
	fmt.Fprintf(stdout, "%s %s on %d document(s): %s\n", verb, req.Stage, len(ans.Results), ans.Summary)
	return nil
}

// reindexCmd rebuilds the search index from the public bucket while the
// stack goes on serving searches, and swaps it in.
func reindexCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset, data, addr := commonFlags("reindex", "", "the running stack's address (default: the one it wrote to <data>/"+addrFile+")")
	if err := fset.Parse(args); err != nil {
		return err
	}
	start := time.Now()
	rep, err := withStack(ctx, *data, *addr, "/ops/reindex", struct{}{}, stderr, func(s *Stack) (pipeline.ReindexReport, error) { return s.reindex(ctx) })
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "reindexed into %s: copied %d, caught up %d, deleted %d, held back %d, in %v\n",
		rep.Index, rep.Copied, rep.CaughtUp, rep.Deleted, rep.Held, time.Since(start).Round(time.Millisecond))
	return nil
}

// redriveCmd hands the dead letters (<data>/events/dead) back to the
// stages once the cause of their failure is fixed.
func redriveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset, data, addr := commonFlags("redrive", "", "the running stack's address (default: the one it wrote to <data>/"+addrFile+")")
	dry := fset.Bool("dry-run", false, "list the dead letters, re-drive nothing")
	if err := fset.Parse(args); err != nil {
		return err
	}
	body := map[string]bool{"dry_run": *dry}
	r, err := withStack(ctx, *data, *addr, "/ops/redrive", body, stderr, func(s *Stack) (localfs.RedriveResult, error) { return s.redrive(ctx, *dry) })
	if err != nil {
		return err
	}
	for _, f := range r.Failures {
		fmt.Fprintln(stdout, "  ", f)
	}
	if *dry {
		fmt.Fprintf(stdout, "%d dead letter(s) waiting\n", len(r.Failures))
		return nil
	}
	fmt.Fprintf(stdout, "re-driven %d, failed again %d\n", r.Redriven, r.Failed)
	if r.Failed > 0 {
		return fmt.Errorf("%d dead letter(s) failed again and stay in %s", r.Failed, filepath.Join(*data, "events", "dead"))
	}
	return nil
}
