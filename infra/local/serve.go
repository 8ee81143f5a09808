package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/sender"
)

// serveCmd runs the stack. stdout gets a short summary for the person who
// started it; the JSON logs go to <data>/plaza.log, or to stderr with
// --log-stderr.
func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, data, addr := commonFlags("serve", defaultAddr, "listen address (port 0: any free port)")
	seed := fs.Int("seed", 200, "sample documents to seed on first start (0: none)")
	tick := fs.Duration("tick", 5*time.Second, "monitor schedule")
	orgsDir := fs.String("orgs", "", "folder of organizations' files (<code>.json and deployment.json, see infra/ONBOARDING.md); default: the embedded ones")
	sendersFile := fs.String("senders", "", "sending systems' configuration (JSON, see shared/sender); default: the prefixes the organizations' files list")
	retry := fs.Duration("retry", 0, "first wait before the monitor retries a dead-lettered document (doubles after each failure; default 1m)")
	logStderr := fs.Bool("log-stderr", false, "write the JSON logs to stderr instead of <data>/"+logFile)
	logLevel := fs.String("log-level", "info", "least level logged: debug, info, warn or error")
	stuck := fs.Duration("stuck-after", 0, "how long a document may wait between stages before the monitor drives it again (default 5m)")
	grace := fs.Duration("notice-grace", 0, "how long an undelivered notice waits before the monitor sends it again (default 1m)")
	lease := fs.Duration("notice-lease", 0, "how long a claim to send a notice holds before another sender may take it over, as after a crash mid-send (default 2m)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	orgs := org.Embedded()
	if *orgsDir != "" {
		var err error
		if orgs, err = org.LoadDir(*orgsDir); err != nil {
			return err
		}
	}
	var senders *sender.Config // nil: the organizations' prefixes
	if *sendersFile != "" {
		var err error
		if senders, err = sender.Load(*sendersFile); err != nil {
			return err
		}
		if err := senders.CheckOrgs(orgs); err != nil {
			return fmt.Errorf("%s: %w", *sendersFile, err)
		}
	}
	log, logsAt, closeLogs, err := openLogs(*data, *logStderr, *logLevel, stderr)
	if err != nil {
		return err
	}
	defer closeLogs()
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := Options{Data: *data, Addr: *addr, Seed: *seed, TickEvery: *tick, Logger: log, Orgs: orgs, Senders: senders, RetryBackoff: *retry,
		StuckAfter: *stuck, PendingGrace: *grace, NoticeLease: *lease}
	// Only the soak sets this (soak.go): it makes the stack fail on purpose.
	if v := os.Getenv(faultsEnv); v != "" {
		fc, err := parseFaults(v)
		if err != nil {
			return err
		}
		log.Warn("soak: fault injection is on", "faults", fc.String())
		opts.Faults = newFaults(fc, log)
	}
	s, err := Open(opts)
	if err != nil {
		return err
	}
	defer func() {
		if err := s.Close(); err != nil {
			log.Error("closing", "err", err)
		}
	}()
	if err := s.Start(ctx); err != nil {
		return err
	}
	// The summary waits for the pipeline in its own goroutine; it must be
	// done writing before serveCmd returns.
	var wg sync.WaitGroup
	defer wg.Wait()
	err = s.Run(ctx, func(addr string) {
		sum := summary{out: stdout, data: *data, addr: addr, logs: logsAt, started: s.Started}
		sum.header()
		wg.Go(func() {
			if err := s.Bus.Wait(ctx); err != nil {
				return // stopping before the pipeline settled
			}
			counts, err := ledgerCounts(ctx, s.Ledger, orgs.Default().Code)
			if err != nil {
				log.Error("counting the ledger for the summary", "err", err)
				return
			}
			sum.settled(counts)
		})
	})
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	if err == nil {
		wg.Wait()
		fmt.Fprintln(stdout, "Plaza stopped. Unfinished work resumes at the next start.")
	}
	return err
}

// summary is what serve tells the person who started it, on stdout: where
// to look, what the first start did, and, once the pipeline settles, how
// many documents are in each ledger state.
type summary struct {
	out        io.Writer
	data, addr string
	logs       string
	started    StartReport
}

func (m summary) header() {
	abs, err := filepath.Abs(m.data)
	if err != nil {
		abs = m.data
	}
	w := m.out
	fmt.Fprintf(w, "Plaza is serving http://%s (the portal, and the API under /api)\n", m.addr)
	fmt.Fprintf(w, "  data     %s\n", abs)
	if m.logs == "stderr" {
		fmt.Fprintf(w, "  logs     JSON on stderr\n")
	} else {
		fmt.Fprintf(w, "  logs     %s (JSON; --log-stderr writes them to stderr instead)\n", m.logs)
	}
	switch st := m.started; {
	case st.Seeded > 0:
		fmt.Fprintf(w, "  seeded   %d sample documents into %s (first start; --seed 0 for none)\n", st.Seeded, filepath.Join(abs, buckets.Inbox, "e-approval"))
	case !st.SeededAt.IsZero():
		fmt.Fprintf(w, "  seeded   on %s (first start); delete the data folder to start over\n", st.SeededAt.Local().Format("2006-01-02 15:04"))
	default:
		fmt.Fprintf(w, "  seeded   nothing (--seed 0)\n")
	}
	if st := m.started; st.Reconciled > 0 {
		fmt.Fprintf(w, "  inbox    %d envelope(s) dropped while stopped are being ingested\n", st.Reconciled)
	}
}

// settled prints the ledger's counts and what to try next.
func (m summary) settled(counts map[ledger.State]int) {
	total := 0
	var parts []string
	// What a newcomer looks for first: published, then what waits.
	order := []ledger.State{ledger.Indexed, ledger.Review, ledger.Withheld, ledger.Rejected}
	for _, st := range ledger.States {
		if !slices.Contains(order, st) {
			order = append(order, st)
		}
	}
	for _, st := range order {
		if n := counts[st]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, st))
			total += n
		}
	}
	w := m.out
	if total == 0 {
		fmt.Fprintf(w, "  ledger   empty\n")
	} else {
		fmt.Fprintf(w, "  ledger   %s (%d in all)\n", strings.Join(parts, ", "), total)
	}
	d := hint(m.data)
	fmt.Fprintf(w, "\nTry:\n")
	fmt.Fprintf(w, "  go run ./infra/local status%s --state review   what waits for a person\n", d)
	fmt.Fprintf(w, "  go run ./infra/local put%s ./my-documents      publish your own (see the README)\n", d)
	fmt.Fprintf(w, "  go run ./infra/local token%s --admin           a staff token for /api/staff/*\n", d)
	fmt.Fprintf(w, "  go run ./infra/local token%s --admin --console a sign-in link to the staff console\n", d)
	fmt.Fprintf(w, "Stop with Ctrl-C; nothing is lost.\n")
}

// ledgerCounts counts an organization's records by state.
func ledgerCounts(ctx context.Context, l ledger.Ledger, code string) (map[ledger.State]int, error) {
	recs, err := readLedger(ctx, l, code, "", "")
	if err != nil {
		return nil, err
	}
	out := map[ledger.State]int{}
	for _, r := range recs {
		out[r.State]++
	}
	return out, nil
}
