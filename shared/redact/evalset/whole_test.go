package evalset_test

import (
	"fmt"
	"testing"

	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/redact/archive"
	"github.com/seoul-plaza/plaza/shared/redact/blindset"
	"github.com/seoul-plaza/plaza/shared/redact/casebook"
	"github.com/seoul-plaza/plaza/shared/redact/citydocs"
	"github.com/seoul-plaza/plaza/shared/redact/docset"
	"github.com/seoul-plaza/plaza/shared/redact/elevenset"
	"github.com/seoul-plaza/plaza/shared/redact/evalset"
	"github.com/seoul-plaza/plaza/shared/redact/fieldset"
	"github.com/seoul-plaza/plaza/shared/redact/lastset"
	"github.com/seoul-plaza/plaza/shared/redact/ninthset"
	"github.com/seoul-plaza/plaza/shared/redact/realset"
	"github.com/seoul-plaza/plaza/shared/redact/tenthset"
	"github.com/seoul-plaza/plaza/shared/redact/twelveset"
	"github.com/seoul-plaza/plaza/shared/screen"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// pipeline decides as the pipeline's redact stage does: both layers
// through package screen, with the default organization's allowlist.
func pipeline() evalset.Decider {
	r, v := redact.New(), verify.New()
	pub := policy.Default().PublicFor("6110000")
	return func(text string, exempt []string) ([]evalset.Finding, bool) {
		o := screen.Screen(r, v, []screen.Field{{Name: "text", Text: text, Public: true}}, screen.Options{Exempt: exempt, Public: pub})
		out := make([]evalset.Finding, len(o.Findings))
		for i, f := range o.Findings {
			out[i] = evalset.Finding{Type: f.Type, Start: f.Start, End: f.End}
		}
		return out, o.Review()
	}
}

// bar is what a set of whole documents must reach. The figures are the
// ones measured when the bar was set, less a margin for other seeds: a
// guard against going back, not the targets, which the held-out
// sets do not reach yet (see shared/redact/README.md).
type bar struct {
	recall, names, types, negatives float64 // at least
	leaky, reviewPII, reviewClean   float64 // at most
}

func checkWhole(t *testing.T, name string, docs []evalset.Doc, b bar) {
	t.Helper()
	rep := evalset.ScoreWhole(docs, pipeline())
	t.Logf("%s: recall %.4f, names %s, negatives %.4f, published with a leak %s, review %s / clean %s", name, rep.Recall,
		nameRate(rep), rep.NegativeRate, rep.LeakyPublished, rep.ReviewPII, rep.ReviewClean)
	if rep.Planted < 1000 || rep.ReviewClean.Of < 50 {
		t.Fatalf("%s: only %d items and %d clean documents: the set proves little", name, rep.Planted, rep.ReviewClean.Of)
	}
	fail := func(format string, args ...any) { t.Errorf("%s: %s", name, fmt.Sprintf(format, args...)) }
	if rep.Recall < b.recall {
		fail("recall %.4f < %.2f", rep.Recall, b.recall)
	}
	for _, ts := range rep.Types {
		min := b.types
		if ts.Type == redact.TypeName {
			min = b.names
		}
		if ts.Planted >= 20 && ts.Recall < min {
			fail("%s recall %.4f < %.2f (%d items)", ts.Type, ts.Recall, min, ts.Planted)
		}
	}
	if rep.NegativeRate < b.negatives {
		fail("hard negatives kept %.4f < %.3f (%v)", rep.NegativeRate, b.negatives, rep.TouchedByKind)
	}
	if v := rep.LeakyPublished.Value(); v > b.leaky {
		fail("documents published with a leak %s > %.2f", rep.LeakyPublished, b.leaky)
	}
	if v := rep.ReviewPII.Value(); v > b.reviewPII {
		fail("review rate of documents with personal data %s > %.2f", rep.ReviewPII, b.reviewPII)
	}
	if v := rep.ReviewClean.Value(); v > b.reviewClean {
		fail("review rate of documents without %s > %.2f", rep.ReviewClean, b.reviewClean)
	}
}

func nameRate(rep evalset.WholeReport) string {
	for _, ts := range rep.Types {
		if ts.Type == redact.TypeName {
			return fmt.Sprintf("%.4f", ts.Recall)
		}
	}
	return "-"
}

// TestApprovalDocuments runs whole approval documents of package docset
// (two seeds of both of its splits) through both layers.
func TestApprovalDocuments(t *testing.T) {
	devBar := bar{recall: 0.98, names: 0.965, types: 0.95, negatives: 0.995, leaky: 0.09, reviewPII: 0.15, reviewClean: 0.03}
	holdBar := bar{recall: 0.965, names: 0.945, types: 0.92, negatives: 0.995, leaky: 0.16, reviewPII: 0.16, reviewClean: 0.05}
	for _, seed := range []uint64{2, 3} {
		checkWhole(t, fmt.Sprintf("docset dev seed %d", seed), docset.Generate(seed, 300, docset.Dev), devBar)
		checkWhole(t, fmt.Sprintf("docset holdout seed %d", seed), docset.Generate(seed, 300, docset.Holdout), holdBar)
	}
}

// TestArchiveDocuments runs the second corpus, written by another hand
// with other layouts (box-drawn tables, PDF column order, merged
// headers), through both layers. Seed 1 was tuned on after its first
// measurement; seed 2 was not looked into.
func TestArchiveDocuments(t *testing.T) {
	checkWhole(t, "archive seed 1", archive.Generate(1, 400), bar{recall: 0.965, names: 0.955, types: 0.90, negatives: 0.99,
		leaky: 0.10, reviewPII: 0.15, reviewClean: 0.03})
	checkWhole(t, "archive seed 2", archive.Generate(2, 400), bar{recall: 0.94, names: 0.925, types: 0.74, negatives: 0.99,
		leaky: 0.17, reviewPII: 0.16, reviewClean: 0.05})
}

// TestCasebookDocuments runs the third corpus (system exports, OCR'd
// scans, e-mails, residents' meetings, seasonal workers). It was held out
// until its first measurement (recall 0.69, see shared/redact/README.md)
// and tuned on after; seed 2 was not looked into.
func TestCasebookDocuments(t *testing.T) {
	checkWhole(t, "casebook seed 1", casebook.Generate(1, 400), bar{recall: 0.93, names: 0.93, types: 0.74, negatives: 0.98,
		leaky: 0.16, reviewPII: 0.27, reviewClean: 0.02})
	checkWhole(t, "casebook seed 2", casebook.Generate(2, 400), bar{recall: 0.925, names: 0.91, types: 0.65, negatives: 0.975,
		leaky: 0.20, reviewPII: 0.21, reviewClean: 0.03})
}

// TestBlindsetDocuments runs the fourth corpus, the held-out one: its
// misses are never looked into; its bar is its latest score (recall
// 0.896, names 0.883, clean review 14%) less a margin.
func TestBlindsetDocuments(t *testing.T) {
	checkWhole(t, "blindset seed 1", blindset.Generate(1, 400), bar{recall: 0.88, names: 0.865, types: 0.74, negatives: 0.985,
		leaky: 0.32, reviewPII: 0.33, reviewClean: 0.17})
}

// TestFieldsetDocuments runs the fifth corpus (relief payments, permits,
// scholarships, care, press releases, mediation …, written by a fifth
// hand). Its first measurement (recall 0.917, names 0.858, 34% of
// published documents with a leak, 35% of clean ones sent to review) was
// taken before anyone looked into it; seed 1 is tuned on since, seed 2
// is not looked into.
func TestFieldsetDocuments(t *testing.T) {
	checkWhole(t, "fieldset seed 1", fieldset.Generate(1, 400), bar{recall: 0.975, names: 0.97, types: 0.90, negatives: 0.98,
		leaky: 0.08, reviewPII: 0.10, reviewClean: 0.05})
	checkWhole(t, "fieldset seed 2", fieldset.Generate(2, 400), bar{recall: 0.97, names: 0.965, types: 0.88, negatives: 0.98,
		leaky: 0.13, reviewPII: 0.14, reviewClean: 0.08})
}

// TestCitydocsDocuments runs the sixth corpus (the nine kinds of the
// outside held-out test: complaints, minutes, payment lists, notices,
// briefings, contracts, criminal complaints, audits, foreign residents;
// written by a sixth hand). Its first measurement (recall 0.931, names
// 0.887, 26% of published documents with a leak, 30% of clean ones sent
// to review) was taken before anyone looked into it; seed 1 is tuned on
// since, seed 2 is not looked into.
func TestCitydocsDocuments(t *testing.T) {
	checkWhole(t, "citydocs seed 1", citydocs.Generate(1, 400), bar{recall: 0.985, names: 0.975, types: 0.93, negatives: 0.98,
		leaky: 0.08, reviewPII: 0.17, reviewClean: 0.04})
	checkWhole(t, "citydocs seed 2", citydocs.Generate(2, 400), bar{recall: 0.98, names: 0.97, types: 0.94, negatives: 0.98,
		leaky: 0.10, reviewPII: 0.16, reviewClean: 0.03})
}

// TestRealsetDocuments runs the seventh corpus (twelve kinds in the shapes
// the project's own extractors give the real HWP, HWPX, PDF and DOCX
// samples: tab rows, cells wrapped one to a line, transposed tables, bid
// forms; written by a seventh hand). Its first measurement (recall 0.895,
// names 0.862, 21% of published documents with a leak, 37% of clean ones
// sent to review) was taken before anyone looked into it; seed 1 is tuned
// on since, seed 2 is not looked into.
func TestRealsetDocuments(t *testing.T) {
	checkWhole(t, "realset seed 1", realset.Generate(1, 400), bar{recall: 0.94, names: 0.93, types: 0.87, negatives: 0.99,
		leaky: 0.15, reviewPII: 0.17, reviewClean: 0.06})
	checkWhole(t, "realset seed 2", realset.Generate(2, 400), bar{recall: 0.95, names: 0.945, types: 0.87, negatives: 0.99,
		leaky: 0.14, reviewPII: 0.18, reviewClean: 0.09})
}

// TestLastsetDocuments runs the eighth corpus (the nine kinds again,
// through channels the others lack: OCR'd scans, forwarded e-mail, web
// forms, CSV exports, speech-to-text minutes; written by an eighth hand at
// the end of the session of 2026-12-07). Its first measurement (recall
// 0.890, names 0.881, 52% of published documents with a leak, 45% of
// clean ones sent to review) is the session's honest figure; seed 1 is
// tuned on since, seed 2 is not looked into.
func TestLastsetDocuments(t *testing.T) {
	checkWhole(t, "lastset seed 1", lastset.Generate(1, 400), bar{recall: 0.945, names: 0.94, types: 0.70, negatives: 0.975,
		leaky: 0.22, reviewPII: 0.20, reviewClean: 0.11})
	checkWhole(t, "lastset seed 2", lastset.Generate(2, 400), bar{recall: 0.935, names: 0.925, types: 0.70, negatives: 0.975,
		leaky: 0.21, reviewPII: 0.20, reviewClean: 0.09})
}

// TestNinthsetDocuments runs the ninth corpus (the nine kinds of the
// outside test, written by a ninth hand without sight of the detector in
// the session of 2026-12-07 — its second). Its first measurement (recall
// 0.943, names 0.903, 26% of published documents with a leak, 28% of
// clean ones sent to review) was made on the session's first code, before
// any of the session's changes; seed 1 is tuned on since, seed 2 is not
// looked into.
func TestNinthsetDocuments(t *testing.T) {
	checkWhole(t, "ninthset seed 1", ninthset.Generate(1, 400), bar{recall: 0.96, names: 0.945, types: 0.80, negatives: 0.99,
		leaky: 0.18, reviewPII: 0.13, reviewClean: 0.04})
	checkWhole(t, "ninthset seed 2", ninthset.Generate(2, 400), bar{recall: 0.96, names: 0.945, types: 0.80, negatives: 0.99,
		leaky: 0.17, reviewPII: 0.17, reviewClean: 0.06})
}

// The tenth, eleventh and twelfth hands' corpora, at the figures of the
// fifth session of 2026-12-07 less a margin (the eleventh's seed 2 and the
// twelfth were never looked into; see shared/redact/README.md).
func TestTenthsetDocuments(t *testing.T) {
	checkWhole(t, "tenthset seed 1", tenthset.Generate(1, 400), bar{recall: 0.955, names: 0.96, types: 0.85, negatives: 0.99,
		leaky: 0.21, reviewPII: 0.18, reviewClean: 0.03})
	checkWhole(t, "tenthset seed 2", tenthset.Generate(2, 400), bar{recall: 0.945, names: 0.95, types: 0.78, negatives: 0.99,
		leaky: 0.26, reviewPII: 0.18, reviewClean: 0.03})
}

func TestElevensetDocuments(t *testing.T) {
	checkWhole(t, "elevenset seed 1", elevenset.Generate(1, 400), bar{recall: 0.885, names: 0.92, types: 0.72, negatives: 0.99,
		leaky: 0.64, reviewPII: 0.33, reviewClean: 0.03})
	checkWhole(t, "elevenset seed 2", elevenset.Generate(2, 400), bar{recall: 0.865, names: 0.895, types: 0.74, negatives: 0.99,
		leaky: 0.65, reviewPII: 0.31, reviewClean: 0.03})
}

func TestTwelvesetDocuments(t *testing.T) {
	checkWhole(t, "twelveset seed 1", twelveset.Generate(1, 400), bar{recall: 0.895, names: 0.88, types: 0.70, negatives: 0.975,
		leaky: 0.43, reviewPII: 0.41, reviewClean: 0.06})
	checkWhole(t, "twelveset seed 2", twelveset.Generate(2, 400), bar{recall: 0.90, names: 0.89, types: 0.76, negatives: 0.975,
		leaky: 0.40, reviewPII: 0.37, reviewClean: 0.06})
}
