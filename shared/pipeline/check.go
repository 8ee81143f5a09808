package pipeline

import (
	"context"
	"fmt"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/review"
)

// The outcomes of a pre-release check: what the pipeline would do with the
// envelope now.
const (
	// CheckPublish: published as Preview.Document shows it.
	CheckPublish = "publish"
	// CheckReview: a person must look first (Preview.Reasons says why).
	CheckReview = "review"
	// CheckWithhold: kept back by the release policy (a hold, a schedule, a
	// rank below the phase's); Preview.Review says whether its release
	// would then wait for a person.
	CheckWithhold = "withhold"
	// CheckReject: refused, with Preview.Problem as the sender would get it.
	CheckReject = "reject"
)

// Preview is what a pre-release check found: the outcome, and what would
// be published, with both layers' findings. Offsets of Findings are bytes
// into the draft's own field texts (layer 1 reads the original); those of
// Reasons and Marks are bytes into Document's masked fields (layer 2 reads
// the masked text). It carries no original value.
type Preview struct {
	Outcome string `json:"outcome"`
	// Review is true when the document would wait for a person, at once
	// or when a withholding ends.
	Review bool `json:"review"`
	// Problem is why the envelope would be refused (outcome reject).
	Problem *document.Problem `json:"problem,omitempty"`
	// Policy is the release policy's decision (absent when refused).
	Policy *policy.Decision `json:"policy,omitempty"`
	// Document is what would be published, masked (a closed document's
	// metadata only).
	Document *document.Public `json:"document,omitempty"`
	// Counts are layer 1's findings per type, in every field.
	Counts   map[string]int  `json:"counts"`
	Findings []ReportFinding `json:"findings"`
	// Reasons are why a person would look: the policy's, layer 2's doubts,
	// layer 1's guesses, files that could not be read.
	Reasons []Reason `json:"reasons"`
	// Marks place Findings in Document's masked fields.
	Marks []review.Mark `json:"marks"`
}

// Check runs an envelope and its files (by files[].key, else by
// files[].name) through ingest's validation, file reading and release
// policy and the redact stage's two layers, as the pipeline would now,
// and returns what it would publish and why. It stores nothing: no
// object, no ledger record, no index entry; it only reads the holds.
// It does not compare the draft with versions already received, nor check
// which system may send it (a sender's binding).
func (p *Pipeline) Check(ctx context.Context, envelope []byte, files map[string][]byte) (Preview, error) {
	pv := Preview{Counts: map[string]int{}, Findings: []ReportFinding{}, Reasons: []Reason{}, Marks: []review.Mark{}}
	reject := func(prob *document.Problem) (Preview, error) {
		pv.Outcome, pv.Problem = CheckReject, prob
		return pv, nil
	}
	env, err := document.DecodeEnvelope(envelope, p.cfg.DefaultOrg)
	if prob, ok := document.Reason(err); ok {
		return reject(prob)
	}
	if err != nil {
		return Preview{}, fmt.Errorf("check: %w", err)
	}
	if prob := p.badIdentifiers(env); prob != nil {
		return reject(prob)
	}
	st, prob, err := p.gatherFrom(ctx, "", env, envelope, uploaded(files))
	if err != nil {
		return Preview{}, fmt.Errorf("check %s: %w", env.Meta().Key(), err)
	}
	if prob != nil {
		return reject(prob)
	}
	holds, err := p.d.Ledger.Holds(ctx)
	if err != nil {
		return Preview{}, fmt.Errorf("check %s: %w", st.Key(), err)
	}
	now := p.cfg.Now()
	dec := p.cfg.Policy.Decide(st.Meta, now, holds)
	pv.Policy = &dec

	// As place (policy review) and Redact (release) make it.
	pub, report := p.mask(st)
	pub.PublishedAt = now.UTC()
	pv.Document = pub
	for k, n := range report.Counts {
		pv.Counts[k] = n
	}
	pv.Findings = append(pv.Findings, report.Findings...)
	pv.Marks = review.Marks(stagedTexts(st), review.Texts(pub), found(report.Findings))
	if dec.Action != policy.Release {
		pv.Reasons = append(pv.Reasons, Reason{Code: dec.Reason, Detail: dec.Detail})
	}
	doubts := append([]Reason(nil), report.Doubts...)
	for j, a := range st.Attachments {
		if a.Reason != "" {
			doubts = append(doubts, Reason{Code: a.Reason, Field: fmt.Sprintf("attachments[%d].text", j), Detail: "the file could not be read; a person must check it"})
		}
	}
	pv.Reasons = append(pv.Reasons, doubts...)
	switch {
	case dec.Action == policy.Withhold:
		pv.Outcome, pv.Review = CheckWithhold, len(doubts) > 0
	case dec.Action == policy.Review || len(doubts) > 0:
		pv.Outcome, pv.Review = CheckReview, true
	default:
		pv.Outcome = CheckPublish
	}
	p.log.InfoContext(ctx, "pre-release check", "doc_id", st.Key().String(), "version", st.Version,
		"outcome", pv.Outcome, "reasons", reasonCodes(pv.Reasons), "files", len(env.Files))
	return pv, nil
}

// uploaded reads an envelope's files from what a check was given, by key
// or, failing that, by name.
func uploaded(files map[string][]byte) fileSource {
	return func(_ context.Context, f document.File, _ int64) ([]byte, *document.Problem, error) {
		data, ok := files[f.Key]
		if !ok {
			data, ok = files[f.Name]
		}
		if !ok {
			return nil, document.Errorf("envelope.missing_file", "file "+f.Name+" was not uploaded with the envelope"), nil
		}
		return data, nil, nil
	}
}
