package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/emf"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/pipeline/route"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/screen"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// maxStagedBytes bounds a staged object: the text of 50 MiB of files.
const maxStagedBytes = 256 << 20

// Reason is one machine-readable reason for a person's attention.
type Reason = review.Reason

// ReviewItem is what work/review/… holds: the document and why a person
// must look at it (review.Item).
type ReviewItem = review.Item

// Report is the staff-only redaction report: where and what, never the
// values themselves.
type Report struct {
	Key      document.Key    `json:"key"`
	Version  int             `json:"version"`
	Counts   map[string]int  `json:"counts"`
	Findings []ReportFinding `json:"findings"`
	Doubts   []Reason        `json:"doubts,omitempty"`
	Hash     string          `json:"hash"`
}

// ReportFinding locates one masked value in a field of the staged text.
type ReportFinding struct {
	Field string `json:"field"`
	redact.Finding
}

// Redact masks personal data in a staged document (layer 1), re-reads the
// result independently (layer 2), and publishes it only when layer 2 finds
// nothing to doubt; otherwise the document goes to review.
func (p *Pipeline) Redact(ctx context.Context, ev storage.Event) error {
	if !p.routed(route.Redact, ev) {
		return nil
	}
	var st document.Staged
	err := p.getJSON(ctx, ev.Bucket, ev.Key, maxStagedBytes, &st)
	if errors.Is(err, storage.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("redact %s: %w", ev.Key, err)
	}
	k := st.Key()
	log := p.log.With("stage", "redact", "event_id", ev.ID, "doc_id", k.String(), "version", st.Version)
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		return fmt.Errorf("redact %s: %w", k, err)
	}
	if rec.Version > st.Version {
		log.Info("newer version already in the ledger; ignored", "current", rec.Version)
		return nil
	}
	if rec.Version == st.Version && rec.Hash == st.Hash && !deadLettered(rec) {
		switch rec.State {
		// Withheld is not final here: a release writes the staged object
		// before the ledger says staged, and a hold is checked again below.
		case ledger.Published, ledger.Indexed, ledger.Review, ledger.Retracted, ledger.Rejected:
			log.Debug("duplicate event; already handled", "state", rec.State)
			return nil
		}
	}
	holds, err := p.d.Ledger.Holds(ctx)
	if err != nil {
		return fmt.Errorf("redact %s: %w", k, err)
	}
	// A hold switched on after ingest still stops the release.
	if h, ok := policy.Held(holds, k.Org, st.Department.Code); ok {
		return p.place(ctx, &st, policy.Decision{Action: policy.Withhold, Reason: policy.ReasonHold, Detail: "releases are on hold: " + h.Reason})
	}

	pub, report := p.mask(&st)
	reasons := report.Doubts
	for j, a := range st.Attachments {
		if a.Reason != "" {
			reasons = append(reasons, Reason{Code: a.Reason, Field: fmt.Sprintf("attachments[%d].text", j), Detail: "the file could not be read; a person must check it"})
		}
	}
	if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.ReportKey(k, st.Version), report); err != nil {
		return err
	}
	if len(reasons) > 0 {
		if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.ReviewKey(k), ReviewItem{Staged: &st, Candidate: pub, Reasons: reasons}); err != nil {
			return err
		}
		codes := reasonCodes(reasons)
		log.Warn("sent to review", "reasons", codes)
		_, _, err := p.advance(ctx, k, move{version: st.Version, to: ledger.Review, reason: codes, detail: "layer 2 or extraction asks for a person", hash: st.Hash, meta: &st.Meta})
		return err
	}
	return p.publish(ctx, pub, st.Source, "", "")
}

// publish writes the public document, then records it. source is the
// envelope's inbox key (a backfill's keeps its archive's date).
func (p *Pipeline) publish(ctx context.Context, pub *document.Public, source, reason, detail string) error {
	k := pub.Key()
	pub.PublishedAt = releaseDate(source, pub.Meta, p.cfg.Now().UTC())
	if err := p.putPublic(ctx, pub); err != nil {
		return err
	}
	after, _, err := p.advance(ctx, k, move{version: pub.Version, to: ledger.Published, reason: reason, detail: detail, hash: pub.Hash, meta: &pub.Meta, public: true})
	// The line is also an EMF record: documents published, personal data
	// masked per type (counts, never the text) and the time from the
	// version's receipt (a backfilled one's wait is the backfill's queue:
	// none). The record may have moved on already: on one machine the
	// public object's event indexes it before this returns.
	metrics := []emf.Metric{{Name: emf.Published, Unit: emf.Count, Value: 1}}
	for typ, n := range pub.Redactions {
		metrics = append(metrics, emf.Metric{Name: emf.PersonalDataPrefix + typ, Unit: emf.Count, Value: float64(n)})
	}
	if err == nil && !Backfilled(after.Source) {
		if at, ok := receivedAt(after, pub.Version); ok {
			metrics = append(metrics, emf.Metric{Name: emf.ReceivedToPublished, Unit: emf.Milliseconds, Value: float64(pub.PublishedAt.Sub(at).Milliseconds())})
		}
	}
	p.log.Info("published", append([]any{"stage", "redact", "doc_id", k.String(), "version", pub.Version, "metadata_only", pub.MetadataOnly},
		emf.Attrs(pub.PublishedAt, metrics...)...)...)
	p.meter("redact", k.Org, metrics)
	return err
}

// receivedAt is when version first entered the ledger: its first
// transition.
func receivedAt(rec ledger.Record, version int) (time.Time, bool) {
	for _, t := range rec.History {
		if t.Version == version {
			return t.At, true
		}
	}
	return time.Time{}, false
}

// mask builds the public document and the staff report.
func (p *Pipeline) mask(st *document.Staged) (*document.Public, *Report) {
	// The officials' names, and what the organization's file keeps public.
	exempt := append(officials(st.Meta), p.cfg.Policy.MaskingExceptionsFor(st.Organization.Code)...)
	report := &Report{Key: st.Key(), Version: st.Version, Counts: map[string]int{}, Hash: st.Hash}
	pub := &document.Public{Meta: st.Meta, Hash: st.Hash}
	pub.Schema = document.SchemaPublic
	closed := st.Disclosure.Grade == document.GradeClosed

	// Every field a sender controls, redacted as one text so that a value
	// found in one field (a name after 민원인 in the body) is masked in all
	// (the same name alone among the keywords). A closed document's content
	// is read for that context but never published.
	fields := []maskField{{name: "title", text: st.Title, public: true}, {name: "disclosure.note", text: st.Disclosure.Note, public: true}}
	for i, kw := range st.Keywords {
		fields = append(fields, maskField{name: fmt.Sprintf("keywords[%d]", i), text: kw, public: true})
	}
	// The envelope's people and bodies are published too: an official's
	// name stays (it is exempt as a name), anything else in the field is
	// read like the body.
	meta := []*string{&pub.Drafter.Name, &pub.Drafter.Position, &pub.Approver.Name, &pub.Approver.Position,
		&pub.Department.Name, &pub.Organization.Name}
	for i, name := range []string{"drafter.name", "drafter.position", "approver.name", "approver.position", "department.name", "organization.name"} {
		fields = append(fields, maskField{name: name, text: *meta[i], public: true})
	}
	fields = append(fields, maskField{name: "body", text: st.Body, public: !closed})
	// Attachments are named as review names them, so that a doubt's field
	// is one a reviewer can mask.
	for j, a := range st.Attachments {
		fields = append(fields,
			maskField{name: fmt.Sprintf("attachments[%d].name", j), text: a.Name, public: !closed},
			maskField{name: fmt.Sprintf("attachments[%d].text", j), text: a.Text, public: !closed})
	}
	out, ok := p.redactFields(fields, exempt, p.cfg.Policy.PublicFor(st.Organization.Code), report)
	if !ok {
		report.Doubts = append(report.Doubts, Reason{Code: "redact.structure", Detail: "the masked text lost its field boundaries"})
	}

	pub.Title, pub.Disclosure.Note = out[0], out[1]
	pub.Keywords = make([]string, 0, len(st.Keywords))
	pub.Keywords = append(pub.Keywords, out[2:2+len(st.Keywords)]...)
	for i, m := range meta {
		*m = out[2+len(st.Keywords)+i]
	}
	if closed {
		// The information list names a closed document; its content stays inside.
		pub.MetadataOnly = true
	} else {
		i := 2 + len(st.Keywords) + len(meta)
		pub.Body = out[i]
		for j, a := range st.Attachments {
			pub.Attachments = append(pub.Attachments, document.Attachment{
				Name: out[i+1+2*j], Text: out[i+2+2*j], Format: a.Format, Reason: a.Reason})
		}
	}
	counts := map[string]int{}
	for _, f := range report.Findings {
		if fieldPublic(fields, f.Field) {
			counts[f.Type]++
		}
	}
	if len(counts) > 0 {
		pub.Redactions = counts
	}
	return pub, report
}

// maskField is one field of a document on its way to the public.
type maskField struct {
	name, text string
	public     bool // published (and so checked by layer 2)
}

// redactFields screens the fields (both layers, as package screen
// decides for every caller) and fills the report. ok is false if the
// masked text could not be split back into its fields, in which case every
// field is returned empty and the document must go to review.
func (p *Pipeline) redactFields(fields []maskField, exempt []string, public redact.Public, report *Report) (out []string, ok bool) {
	sf := make([]screen.Field, len(fields))
	for i, f := range fields {
		sf[i] = screen.Field{Name: f.name, Text: f.text, Public: f.public}
	}
	o := screen.Screen(p.d.Redactor, p.d.Verifier, sf, screen.Options{Exempt: exempt, Public: public})
	for _, f := range o.Findings {
		report.Counts[f.Type]++
		report.Findings = append(report.Findings, ReportFinding{Field: f.Field, Finding: f.Finding})
	}
	ok = true
	for _, d := range o.Doubts {
		if d.Code == "redact.structure" {
			ok = false
			continue
		}
		report.Doubts = append(report.Doubts, Reason{Code: d.Code, Field: d.Field, Detail: d.Reason, Start: d.Start, End: d.End})
	}
	return o.Texts, ok
}

func fieldPublic(fields []maskField, name string) bool {
	for _, f := range fields {
		if f.name == name {
			return f.public
		}
	}
	return false
}

// officials are the names public in the line of duty.
// officials are the names public in the line of duty: the drafter's and
// the approver's, and only the name in each field — a field that also
// holds a citizen's name or a number exempts nothing else ("홍길동 (민원인
// 김철수)" exempts 홍길동 only).
func officials(m document.Meta) []string {
	var out []string
	for _, n := range []string{m.Drafter.Name, m.Approver.Name} {
		if w := officialName(n); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// officialName returns the first word of a name field when it reads as a
// name: two to five Hangul syllables, or Latin letters.
func officialName(field string) string {
	ws := strings.Fields(field)
	if len(ws) == 0 {
		return ""
	}
	w := strings.TrimRight(ws[0], ",()")
	n := utf8.RuneCountInString(w)
	for _, r := range w {
		if !(r >= 0xAC00 && r <= 0xD7A3 || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return ""
		}
	}
	if n < 2 || n > 5 {
		return ""
	}
	return w
}

func reasonCodes(rs []Reason) string {
	seen := map[string]bool{}
	var codes []string
	for _, r := range rs {
		if !seen[r.Code] {
			seen[r.Code] = true
			codes = append(codes, r.Code)
		}
	}
	sort.Strings(codes)
	return strings.Join(codes, ",")
}
