package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/screen"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// statusCmd prints ledger records. While a stack serves the data folder it
// holds the ledger's lock, so the records come from its staff API (at the
// address it wrote into the data folder) with a token minted from the
// folder's key; otherwise the file is read directly.
func statusCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fset, data, addr := commonFlags("status", "", "the running stack's address (default: the one it wrote to <data>/"+addrFile+")")
	state := fset.String("state", "", "only records in this state")
	org := fset.String("org", defaultOrg(), "organization code")
	if err := fset.Parse(args); err != nil {
		return err
	}
	id := fset.Arg(0)
	if *state != "" && !slices.Contains(ledger.States, ledger.State(*state)) {
		return fmt.Errorf("--state %q is not a ledger state: use one of %v", *state, ledger.States)
	}
	var recs []ledger.Record
	dbPath := filepath.Join(*data, "ledger.db")
	if _, err := os.Stat(dbPath); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no ledger in %s: no stack has run on this data folder; start one with `go run ./infra/local%s`, or pass the --data the stack was started with", *data, hint(*data))
	}
	if l, err := bolt.OpenReadOnly(dbPath); err == nil {
		defer l.Close()
		recs, err = readLedger(ctx, l, *org, id, ledger.State(*state))
		if err != nil {
			return err
		}
	} else {
		c, err := dialStack(ctx, *data, *addr)
		if err != nil {
			return fmt.Errorf("the ledger in %s is in use by a running stack, and: %w", *data, err)
		}
		if recs, err = c.ledger(ctx, *org, id, *state); err != nil {
			return err
		}
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if id != "" {
		if len(recs) == 0 {
			return fmt.Errorf("no ledger record for %s/%s (`status --state rejected` lists refused envelopes, some under inbox-… ids)", *org, id)
		}
		return enc.Encode(recs[0])
	}
	counts := map[ledger.State]int{}
	for _, r := range recs {
		counts[r.State]++
	}
	return enc.Encode(map[string]any{"total": len(recs), "states": counts, "records": recs})
}

func readLedger(ctx context.Context, l ledger.Ledger, org, id string, state ledger.State) ([]ledger.Record, error) {
	if id != "" {
		r, err := l.Get(ctx, org, id)
		if errors.Is(err, ledger.ErrNotFound) {
			return nil, nil
		}
		return []ledger.Record{r}, err
	}
	var out []ledger.Record
	f := ledger.Filter{Org: org, State: state}
	for {
		recs, next, err := l.List(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, recs...)
		if next == "" {
			return out, nil
		}
		f.After = next
	}
}

// redactCmd screens text from stdin as the pipeline's redact stage does:
// layer 1 masks, layer 2 re-reads what would be published, and the answer
// says whether the pipeline would publish it or send it to review.
func redactCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	fset, _, _ := commonFlags("redact", "", "unused: redact runs no stack")
	jsonl := fset.Bool("jsonl", false, `one {"id","text"[,"exempt":[names]][,"org":code]} object per line in, one {"id","text","findings","review","doubts"} per line out`)
	exempt := fset.String("exempt", "", "comma-separated officials' names that stay public (the envelope's drafter and approver)")
	org := fset.String("org", defaultOrg(), "organization code whose allowlist of public identifiers (office numbers, e-mail domains, addresses) applies")
	policyFile := fset.String("policy", "", "release policy file (default: the embedded one)")
	if err := fset.Parse(args); err != nil {
		return err
	}
	pol := policy.Default()
	if *policyFile != "" {
		var err error
		if pol, err = policy.Load(*policyFile); err != nil {
			return err
		}
	}
	r, v := redact.New(), verify.New()
	var base []string
	if *exempt != "" {
		base = strings.Split(*exempt, ",")
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	screenText := func(id json.RawMessage, text string, exempt []string, org string) any {
		o := screen.Screen(r, v, []screen.Field{{Name: "text", Text: text, Public: true}},
			screen.Options{Exempt: append(append([]string(nil), base...), exempt...), Public: pol.PublicFor(org)})
		fs := make([]redact.Finding, 0, len(o.Findings))
		for _, f := range o.Findings {
			fs = append(fs, f.Finding)
		}
		ds := make([]screen.Doubt, 0, len(o.Doubts))
		for _, d := range o.Doubts {
			d.Field = ""
			ds = append(ds, d)
		}
		return redactAnswer{ID: id, Text: o.Texts[0], Findings: fs, Review: o.Review(), Doubts: ds}
	}
	if !*jsonl {
		text, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		return enc.Encode(screenText(nil, string(text), nil, *org))
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var in struct {
			ID     json.RawMessage `json:"id"`
			Text   string          `json:"text"`
			Exempt []string        `json:"exempt"`
			Org    string          `json:"org"`
		}
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		o := *org
		if in.Org != "" {
			o = in.Org
		}
		if err := enc.Encode(screenText(in.ID, in.Text, in.Exempt, o)); err != nil {
			return err
		}
	}
	return sc.Err()
}

// tokenOrg is the organization a staff token names: code, which must be
// one of the deployment's (a typo would sign a token that sees nothing),
// else the deployment's default, as the stack started with the same
// --orgs uses it.
func tokenOrg(orgsDir, code string) (string, error) {
	orgs := org.Embedded()
	if orgsDir != "" {
		var err error
		if orgs, err = org.LoadDir(orgsDir); err != nil {
			return "", err
		}
	}
	if code == "" {
		return orgs.Default().Code, nil
	}
	if _, ok := orgs.Get(code); !ok {
		var known []string
		for _, o := range orgs.All() {
			known = append(known, o.Code)
		}
		return "", fmt.Errorf("--org %s: no such organization (the deployment has %s; --orgs names another deployment's folder)", code, strings.Join(known, ", "))
	}
	return code, nil
}

// redactAnswer is one answer of the redact command: the masked text, the
// layer-1 findings, and the pipeline's decision with the doubts behind it
// (layer 2's, and layer 1's own guesses), each pointing at a span of the
// masked text.
type redactAnswer struct {
	ID       json.RawMessage  `json:"id,omitempty"`
	Text     string           `json:"text"`
	Findings []redact.Finding `json:"findings"`
	Review   bool             `json:"review"`
	Doubts   []screen.Doubt   `json:"doubts"`
}

// tokenCmd prints a staff token signed with the data folder's key, and
// checks it against the running stack: a token from another folder's key
// is refused by the stack, and saying so now saves a puzzling 401 later.
func tokenCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset, data, addr := commonFlags("token", "", "the running stack's address, to check the token against (default: the one in <data>/"+addrFile+", else "+defaultAddr+")")
	orgCode := fset.String("org", "", "organization code the staff member belongs to (default: the deployment's default organization)")
	orgsDir := fset.String("orgs", "", "the folder of organizations' files the stack serves with (serve --orgs); default: the embedded ones")
	dept := fset.String("department", "", "department code the staff member belongs to, within --org")
	admin := fset.Bool("admin", false, "may act on every department of --org (an organization's admin)")
	cityAdmin := fset.Bool("city-admin", false, "may see and act on every organization (a city-wide admin)")
	sub := fset.String("sub", "dev-staff", "staff member id")
	ttl := fset.Duration("ttl", 12*time.Hour, "validity")
	console := fset.Bool("console", false, "print a one-time sign-in link to the staff console (/staff/) instead of the token; good for "+loginTTL.String())
	if err := fset.Parse(args); err != nil {
		return err
	}
	code, err := tokenOrg(*orgsDir, *orgCode)
	if err != nil {
		return err
	}
	keyPath := filepath.Join(*data, "keys", "jwt.key")
	// The key is never created here: a new key would sign tokens that no
	// running stack accepts.
	key, err := os.ReadFile(keyPath)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no staff key at %s: the stack creates it on its first start; start it with `go run ./infra/local%s`, or pass the --data the stack was started with", keyPath, hint(*data))
	}
	if err != nil {
		return fmt.Errorf("staff key: %w", err)
	}
	iss, err := auth.NewLocal(key, time.Now)
	if err != nil {
		return fmt.Errorf("staff key %s: %w", keyPath, err)
	}
	tok, err := iss.Issue(auth.Claims{Subject: *sub, Organization: code, Department: *dept, Admin: *admin, CityAdmin: *cityAdmin}, *ttl)
	if err != nil {
		return err
	}
	target, recorded, err := stackAddr(*data, *addr)
	if err != nil {
		return err
	}
	if target == "" {
		target = defaultAddr
	}
	switch code, err := checkToken(ctx, target, tok); {
	case err != nil && recorded:
		fmt.Fprintf(stderr, "note: the stack that wrote %s does not answer at %s (stopped without a clean shutdown?); the token is for a stack started with --data %s\n",
			filepath.Join(*data, addrFile), target, *data)
	case err != nil:
		fmt.Fprintf(stderr, "note: no stack answers at %s; the token is for a stack started with --data %s\n", target, *data)
	case code == http.StatusUnauthorized:
		return fmt.Errorf("the stack at %s refuses tokens signed with %s: it serves another data folder; pass the --data it was started with (its summary names it)", target, keyPath)
	case code != http.StatusOK:
		fmt.Fprintf(stderr, "note: could not check the token against %s (it answered %d)\n", target, code)
	}
	if *console {
		code, err := newLogin(*data, tok, time.Now())
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "http://%s/staff/#login=%s\n", target, code)
		return nil
	}
	fmt.Fprintln(stdout, tok)
	return nil
}
