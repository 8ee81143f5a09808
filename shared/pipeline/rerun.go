package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Re-runs: after a redactor upgrade (or a fix to the index stage), an
// operator sends a selection of published documents through a stage
// again. A document whose output would not change is left exactly as it
// is: no object, ledger record or index entry is written for it, so a
// re-run of unchanged documents is byte-for-byte a no-op.

// Stages a re-run can start from.
const (
	RerunRedact = "redact" // staged → public (and so → index)
	RerunIndex  = "index"  // public → search index
)

// ReasonRerun is the ledger reason of a version published again by a
// re-run of the redact stage.
const ReasonRerun = "pipeline.rerun:redact"

// Selection picks the documents of a re-run from the ledger.
type Selection struct {
	Org        string // "" every organization
	Department string // needs Org (department codes repeat across organizations)
	// States are the ledger states taken (default published and indexed:
	// what citizens see).
	States []ledger.State
	// From and To bound the approval date, inclusive; zero is open.
	From, To time.Time
}

// Outcomes of one document's re-run.
const (
	OutcomeUnchanged = "unchanged"
	OutcomeChanged   = "changed"
	// OutcomeReview: both layers now doubt the text; nothing was changed,
	// and a person must look (staff review or retraction).
	OutcomeReview = "review"
	// OutcomeSkipped: the stage cannot be re-run by a machine (a person
	// approved the text, or its staged object is gone); Why says which.
	OutcomeSkipped = "skipped"
	OutcomeIndexed = "indexed"
)

// MaskCount is how many values of one type the published text masks,
// before and after the re-run.
type MaskCount struct {
	Type   string `json:"type"`
	Before int    `json:"before"`
	After  int    `json:"after"`
}

// RerunResult is one document's outcome. It names fields and counts,
// never texts: a re-run report may be shared.
type RerunResult struct {
	Org     string `json:"org"`
	ID      string `json:"id"`
	Version int    `json:"version"`
	Outcome string `json:"outcome"`
	Why     string `json:"why,omitempty"`
	// Fields are the public fields whose text changed.
	Fields []string    `json:"fields,omitempty"`
	Masks  []MaskCount `json:"masks,omitempty"`
}

// String is the result as one line of a report: fields and counts, never
// text ("6110000/DOC-1 v1 changed fields: body masks: name 0→1").
func (r RerunResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s/%s v%d %-9s", r.Org, r.ID, r.Version, r.Outcome)
	if len(r.Fields) > 0 {
		fmt.Fprintf(&b, " fields: %s", strings.Join(r.Fields, ","))
	}
	if len(r.Masks) > 0 {
		ms := make([]string, len(r.Masks))
		for i, m := range r.Masks {
			ms[i] = fmt.Sprintf("%s %d→%d", m.Type, m.Before, m.After)
		}
		fmt.Fprintf(&b, " masks: %s", strings.Join(ms, ", "))
	}
	if r.Why != "" {
		fmt.Fprintf(&b, " (%s)", r.Why)
	}
	return b.String()
}

// RerunSummary counts the outcomes.
type RerunSummary map[string]int

// String lists the counts, most telling first ("changed 2, unchanged 1").
func (s RerunSummary) String() string {
	var parts []string
	for _, k := range []string{OutcomeChanged, OutcomeUnchanged, OutcomeReview, OutcomeSkipped, OutcomeIndexed} {
		if s[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, s[k]))
		}
	}
	if len(parts) == 0 {
		return "none selected"
	}
	return strings.Join(parts, ", ")
}

// Rerun sends the selected documents through stage again, calling report
// with each one's outcome, in ledger order. With dryRun nothing is
// written. An error stops the run; outcomes so far have been reported.
func (p *Pipeline) Rerun(ctx context.Context, stage string, sel Selection, dryRun bool, report func(RerunResult) error) (RerunSummary, error) {
	if stage != RerunRedact && stage != RerunIndex {
		return nil, fmt.Errorf("rerun: no stage %q (want %s or %s)", stage, RerunRedact, RerunIndex)
	}
	if sel.Department != "" && sel.Org == "" {
		return nil, errors.New("rerun: a department needs its organization")
	}
	states := sel.States
	if len(states) == 0 {
		states = []ledger.State{ledger.Published, ledger.Indexed}
	}
	sum := RerunSummary{}
	// Collected first: a re-run moves records between the selected states.
	var recs []ledger.Record
	for _, s := range states {
		err := p.each(ctx, ledger.Filter{Org: sel.Org, Department: sel.Department, State: s}, func(r ledger.Record) error {
			recs = append(recs, r)
			return nil
		})
		if err != nil {
			return sum, fmt.Errorf("rerun: ledger: %w", err)
		}
	}
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].Org != recs[j].Org {
			return recs[i].Org < recs[j].Org
		}
		return recs[i].ID < recs[j].ID
	})
	for _, rec := range recs {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		var res RerunResult
		var err error
		if stage == RerunRedact {
			res, err = p.rerunRedact(ctx, rec, sel, dryRun)
		} else {
			res, err = p.rerunIndex(ctx, rec, sel, dryRun)
		}
		if err != nil {
			return sum, fmt.Errorf("rerun %s/%s: %w", rec.Org, rec.ID, err)
		}
		if res.Outcome == "" { // outside the date range
			continue
		}
		sum[res.Outcome]++
		if err := report(res); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// inRange reports whether an approval date lies within the selection's.
func (s Selection) inRange(t time.Time) bool {
	return (s.From.IsZero() || !t.Before(s.From)) && (s.To.IsZero() || !t.After(s.To))
}

func (p *Pipeline) rerunRedact(ctx context.Context, rec ledger.Record, sel Selection, dryRun bool) (RerunResult, error) {
	k := document.Key{Org: rec.Org, ID: rec.ID}
	res := RerunResult{Org: rec.Org, ID: rec.ID, Version: rec.Version}
	var st document.Staged
	err := p.getJSON(ctx, p.cfg.Buckets.Work, document.StagedKey(k, rec.Version), maxStagedBytes, &st)
	if errors.Is(err, storage.ErrNotFound) {
		res.Outcome, res.Why = OutcomeSkipped, "no staged object of this version"
		return res, nil
	}
	if err != nil {
		return res, err
	}
	if !sel.inRange(st.ApprovedAt) {
		return RerunResult{}, nil
	}
	if st.Hash != rec.Hash {
		res.Outcome, res.Why = OutcomeSkipped, "the staged object is not the version the ledger published"
		return res, nil
	}
	// A person's approval is a decision over the text they saw; a machine
	// does not replace it.
	if c, err := p.loadCycle(ctx, rec); err == nil && slices.ContainsFunc(c.entries, func(e review.Entry) bool { return e.Action == review.ActApprove }) {
		res.Outcome, res.Why = OutcomeSkipped, "a person approved this text"
		return res, nil
	}
	base, err := p.AsPublished(ctx, k)
	if errors.Is(err, ErrNotPublished) {
		res.Outcome, res.Why = OutcomeSkipped, "no public object (the monitor writes a missing one again)"
		return res, nil
	}
	if err != nil {
		return res, err
	}
	if base.Version != rec.Version || base.Hash != rec.Hash {
		res.Outcome, res.Why = OutcomeSkipped, "the public object is another version"
		return res, nil
	}
	pub, rep := p.mask(&st)
	res.Fields, res.Masks = diffPublic(base, pub)
	if len(rep.Doubts) > 0 {
		res.Outcome, res.Why = OutcomeReview, reasonCodes(rep.Doubts)
		return res, nil
	}
	if len(res.Fields) == 0 {
		res.Outcome = OutcomeUnchanged
		return res, nil
	}
	res.Outcome = OutcomeChanged
	if dryRun {
		return res, nil
	}
	if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.ReportKey(k, st.Version), rep); err != nil {
		return res, err
	}
	// The same version with another text: a higher revision, so that the
	// index replaces its entry (and the edge drops its copies).
	cur, err := p.Published(ctx, k)
	if err != nil {
		return res, err
	}
	pub.PublishedAt, pub.Revision = base.PublishedAt, cur.Revision+1
	now := p.cfg.Now().UTC()
	_, err = ledger.Update(ctx, p.d.Ledger, k.Org, k.ID, func(r *ledger.Record) (bool, error) {
		if r.Version != rec.Version || (r.State != ledger.Published && r.State != ledger.Indexed) {
			return false, nil
		}
		// Published until the index stage takes the new text.
		r.Move(now, ledger.Published, r.Version, ReasonRerun, "the redact stage ran again: "+fmt.Sprint(res.Fields))
		return true, nil
	})
	if err != nil {
		return res, fmt.Errorf("ledger %s: %w", k, err)
	}
	// Recorded first, as an approval is: the write's event indexes it, and
	// the monitor drives a published version whose write was lost.
	if err := p.putPublic(ctx, pub); err != nil {
		return res, err
	}
	p.log.Info("published again by a re-run", "stage", "redact", "doc_id", k.String(), "version", rec.Version, "fields", len(res.Fields))
	return res, nil
}

func (p *Pipeline) rerunIndex(ctx context.Context, rec ledger.Record, sel Selection, dryRun bool) (RerunResult, error) {
	k := document.Key{Org: rec.Org, ID: rec.ID}
	res := RerunResult{Org: rec.Org, ID: rec.ID, Version: rec.Version}
	pub, err := p.Published(ctx, k)
	if errors.Is(err, ErrNotPublished) {
		res.Outcome, res.Why = OutcomeSkipped, "no public object"
		return res, nil
	}
	if err != nil {
		return res, err
	}
	if !sel.inRange(pub.ApprovedAt) {
		return RerunResult{}, nil
	}
	res.Outcome = OutcomeIndexed
	if dryRun {
		return res, nil
	}
	ev := storage.Event{Kind: storage.Created, Bucket: p.cfg.Buckets.Public, Key: document.PublicKey(k), ID: "rerun"}
	return res, p.Index(ctx, ev)
}

// diffPublic names the public fields whose text differs between a and b,
// and the masks per type on each side (only the types that differ). It
// never returns the texts.
func diffPublic(a, b *document.Public) ([]string, []MaskCount) {
	var fields []string
	cmp := func(name, x, y string) {
		if x != y {
			fields = append(fields, name)
		}
	}
	cmp("title", a.Title, b.Title)
	cmp("disclosure.note", a.Disclosure.Note, b.Disclosure.Note)
	cmp("keywords", fmt.Sprint(a.Keywords), fmt.Sprint(b.Keywords))
	cmp("drafter", a.Drafter.Name+"\x00"+a.Drafter.Position, b.Drafter.Name+"\x00"+b.Drafter.Position)
	cmp("approver", a.Approver.Name+"\x00"+a.Approver.Position, b.Approver.Name+"\x00"+b.Approver.Position)
	cmp("department.name", a.Department.Name, b.Department.Name)
	cmp("organization.name", a.Organization.Name, b.Organization.Name)
	cmp("body", a.Body, b.Body)
	for i := range max(len(a.Attachments), len(b.Attachments)) {
		var x, y document.Attachment
		if i < len(a.Attachments) {
			x = a.Attachments[i]
		}
		if i < len(b.Attachments) {
			y = b.Attachments[i]
		}
		cmp(fmt.Sprintf("attachments[%d].name", i), x.Name, y.Name)
		cmp(fmt.Sprintf("attachments[%d].text", i), x.Text, y.Text)
	}
	if a.MetadataOnly != b.MetadataOnly {
		fields = append(fields, "metadata_only")
	}
	if len(fields) == 0 {
		// Anything else the object carries (a field added to the format).
		x, y := review.Copy(a), review.Copy(b)
		x.PublishedAt, y.PublishedAt = time.Time{}, time.Time{}
		x.Revision, y.Revision, x.Reported, y.Reported = 0, 0, false, false
		xb, _ := jsonBytes(x)
		yb, _ := jsonBytes(y)
		if !bytes.Equal(xb, yb) {
			fields = append(fields, "other")
		}
	}
	types := map[string]bool{}
	for t := range maps.Keys(a.Redactions) {
		types[t] = true
	}
	for t := range maps.Keys(b.Redactions) {
		types[t] = true
	}
	var masks []MaskCount
	for _, t := range slices.Sorted(maps.Keys(types)) {
		if a.Redactions[t] != b.Redactions[t] {
			masks = append(masks, MaskCount{Type: t, Before: a.Redactions[t], After: b.Redactions[t]})
		}
	}
	return fields, masks
}
