package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/verify"
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
	if ev.Kind == storage.Deleted || ev.Bucket != p.cfg.Buckets.Work || !strings.HasPrefix(ev.Key, "staged/") {
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
	for _, a := range st.Attachments {
		if a.Reason != "" {
			reasons = append(reasons, Reason{Code: a.Reason, Field: "attachment:" + a.Name, Detail: "the file could not be read; a person must check it"})
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
	return p.publish(ctx, pub, "", "")
}

// publish writes the public document, then records it.
func (p *Pipeline) publish(ctx context.Context, pub *document.Public, reason, detail string) error {
	k := pub.Key()
	pub.PublishedAt = p.cfg.Now().UTC()
	if err := p.putJSON(ctx, p.cfg.Buckets.Public, document.PublicKey(k), pub); err != nil {
		return err
	}
	p.log.Info("published", "stage", "redact", "doc_id", k.String(), "version", pub.Version, "metadata_only", pub.MetadataOnly)
	_, _, err := p.advance(ctx, k, move{version: pub.Version, to: ledger.Published, reason: reason, detail: detail, hash: pub.Hash, meta: &pub.Meta, public: true})
	return err
}

// mask builds the public document and the staff report.
func (p *Pipeline) mask(st *document.Staged) (*document.Public, *Report) {
	exempt := officials(st.Meta)
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
	fields = append(fields, maskField{name: "body", text: st.Body, public: !closed})
	for _, a := range st.Attachments {
		fields = append(fields,
			maskField{name: "attachment.name", text: a.Name, public: !closed},
			maskField{name: "attachment:" + a.Name, text: a.Text, public: !closed})
	}
	out, ok := p.redactFields(fields, exempt, report)
	if !ok {
		report.Doubts = append(report.Doubts, Reason{Code: "redact.structure", Detail: "the masked text lost its field boundaries"})
	}

	pub.Title, pub.Disclosure.Note = out[0], out[1]
	pub.Keywords = make([]string, 0, len(st.Keywords))
	pub.Keywords = append(pub.Keywords, out[2:2+len(st.Keywords)]...)
	if closed {
		// The information list names a closed document; its content stays inside.
		pub.MetadataOnly = true
	} else {
		i := 2 + len(st.Keywords)
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

// fieldSep separates fields in the one text given to the redactor: a line
// of its own (the redactor keeps line structure and reads context within a
// line), made of a control character no field keeps.
const fieldSep = "\n\x1e\n"

// redactFields masks the fields together (layer 1), checks the published
// ones (layer 2), and fills the report. ok is false if the masked text
// could not be split back into its fields, in which case every field is
// returned empty and the document must go to review.
func (p *Pipeline) redactFields(fields []maskField, exempt []string, report *Report) (out []string, ok bool) {
	texts := make([]string, len(fields))
	starts := make([]int, len(fields))
	pos := 0
	for i, f := range fields {
		texts[i] = strings.ReplaceAll(f.text, "\x1e", " ")
		starts[i] = pos
		pos += len(texts[i]) + len(fieldSep)
	}
	res := p.d.Redactor.Redact(strings.Join(texts, fieldSep), redact.Options{Exempt: exempt})
	out = strings.Split(res.Text, fieldSep)
	if len(out) != len(fields) {
		return make([]string, len(fields)), false
	}
	for _, f := range res.Findings {
		i := sort.Search(len(starts), func(i int) bool { return starts[i] > f.Start }) - 1
		if i < 0 {
			i = 0
		}
		name := fields[i].name
		f.Start -= starts[i]
		f.End -= starts[i]
		report.Counts[f.Type]++
		report.Findings = append(report.Findings, ReportFinding{Field: name, Finding: f})
		// Masked, but a guess (a card failing Luhn, an IP without context):
		// a person confirms before it goes out.
		if fields[i].public && f.Confidence < redact.ReviewConfidence {
			report.Doubts = append(report.Doubts, Reason{Code: "redact.low_confidence:" + f.Type, Field: name,
				Detail: fmt.Sprintf("layer 1 masked a %s by rule %s with confidence %.2f", f.Type, f.Rule, f.Confidence), Start: f.Start, End: f.End})
		}
	}
	vopts := verify.Options{Exempt: exempt}
	for i, f := range fields {
		if !f.public || out[i] == "" {
			continue
		}
		for _, d := range p.d.Verifier.Check(out[i], vopts) {
			report.Doubts = append(report.Doubts, Reason{Code: "redact.doubt:" + d.Type, Field: f.name, Detail: d.Reason + " (" + d.Rule + ")", Start: d.Start, End: d.End})
		}
	}
	return out, true
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
func officials(m document.Meta) []string {
	var out []string
	for _, n := range []string{m.Drafter.Name, m.Approver.Name} {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
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
