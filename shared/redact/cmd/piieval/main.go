// Command piieval scores Plaza's protection of personal data on its
// generated evaluation sets.
//
//	go run ./shared/redact/cmd/piieval [-docs 600] [-seed 1] [-v] [-dump set.jsonl]
//	go run ./shared/redact/cmd/piieval -set approvals [-split dev|holdout] [-docs 300] [-seed 1] [-v]
//	go run ./shared/redact/cmd/piieval -set archive [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set casebook [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set blindset [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set fieldset [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set citydocs [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set realset [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set lastset [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set ninthset [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set tenthset [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set elevenset [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set twelveset [-docs 400] [-seed 1]
//	go run ./shared/redact/cmd/piieval -set thirteenset [-docs 400] [-seed 1]
//
// The sentences set (package evalset) plants one value in one sentence of
// statute text and scores layer 1 and layer 2 apart. The approvals set
// (package docset) is whole approval documents — tables, lists, minutes,
// footers — scored through both layers exactly as the pipeline decides
// (package screen): recall per type, place and quality, hard negatives
// kept, the review rate and the documents that would be published with a
// leak. The archive set (package archive) and the casebook set (package
// casebook) are whole documents written by other hands, with other
// layouts and vocabularies; both were tuned on after their first
// measurement. The blindset (package blindset), a fourth hand's, is the
// held-out measure: nobody looks into its misses. The fieldset (package
// fieldset), a fifth hand's, is written without sight of the redactor or
// the other sets: roster, appeal, permit, outbreak, care, audit, press and
// minutes documents as each source's extraction delivers them. The
// citydocs set (package citydocs), a sixth hand's, is likewise written
// without sight of the redactor or the other sets: complaint, minutes,
// subsidy, notice, briefing, contract, criminal, audit and
// foreign-resident documents. The realset (package realset), a seventh
// hand's, is written without sight of the redactor or the other sets, in
// the layouts Plaza's own extractors give real HWP, HWPX, PDF and DOCX
// files: tab-joined and cell-per-line tables, flattened text-box forms,
// transposed tables, hard-wrapped PDF paragraphs, 결재 blocks and footers.
// The lastset (package lastset), an eighth hand's, is written without sight
// of the redactor or the other sets: the nine kinds of the outside test,
// each through HWP, OCR, forwarded e-mail, web-form, CSV and
// speech-to-text channels. The ninthset (package ninthset), a ninth hand's,
// is written without sight of the detector or the other sets: the nine
// kinds again as 기안문 with their attachments — headers, numbered bodies,
// pipe, tab, space and cell-per-line tables, transposed forms, speaker
// lines, 붙임, 결재 lines and footers — with a quarter of the documents
// carrying no personal data. The tenthset (package tenthset), a tenth
// hand's, is likewise written without sight of the detector or the other
// sets: the nine kinds as 기안문 in extraction's layouts, with names
// glued to particles, spaced, given only, Latin-script and transcribed,
// in health and criminal contexts, numbers wrapped, full-width and
// OCR-confused, passports of many countries, clerk-masked resident
// numbers, and a quarter of the documents clean. The elevenset (package
// elevenset), an eleventh hand's, is likewise written without sight of
// the detector or the other sets: fifteen kinds of 기안문 (health,
// welfare, disability, child care, school, foreign residents, complaints,
// disputes, traffic, refunds, housing, land, security incidents,
// contracts, awards) with items labelled by place and quality. The
// twelveset (package twelveset), a twelfth hand's, is likewise written
// without sight of the detector or the other sets: twelve kinds (행정심판
// 재결, 민원 회신, 보조금, 과태료, 주민설명회, 위원회 심사, 징계, 장학생,
// 외국인 주민, 감사, 역학조사, 재난지원금) as HWP, HWPX, PDF and DOCX
// extraction lays them out. The thirteenset (package thirteenset), a
// thirteenth hand's, likewise: sixteen kinds of municipal 기안문 (공유재산
// 대부, 도로점용, 건축 민원, 노인 일자리, 청년 월세, 공동주택 감사, 주차
// 이의신청, 안전신문고, 식품위생 처분, 장애인 활동지원, 다문화 방문교육,
// 청소년 사례회의, 재개발 민원, 채용 면접, 학교 밖 청소년, 체납 징수).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

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
	"github.com/seoul-plaza/plaza/shared/redact/thirteenset"
	"github.com/seoul-plaza/plaza/shared/redact/twelveset"
	"github.com/seoul-plaza/plaza/shared/screen"
	"github.com/seoul-plaza/plaza/shared/verify"
)

func main() {
	docs := flag.Int("docs", 600, "documents to generate")
	seed := flag.Uint64("seed", 1, "generator seed")
	corpus := flag.String("corpus", "", "path to kr-laws.jsonl (default: ../shared/corpus from the module root)")
	verbose := flag.Bool("v", false, "list misses and false positives")
	dump := flag.String("dump", "", "write the generated set as JSON lines to this file")
	set := flag.String("set", "sentences", "sentences (one value per sentence of statute text), approvals (whole approval documents, package docset), archive (whole documents by a second hand, package archive), casebook (a third hand's), blindset (a fourth hand's: the held-out set), fieldset (a fifth hand's, package fieldset), citydocs (a sixth hand's, package citydocs), realset (a seventh hand's, in real extraction layouts, package realset), lastset (an eighth hand's, nine kinds through six channels, package lastset), ninthset (a ninth hand's, written without sight of the detector, package ninthset), tenthset (a tenth hand's, likewise, package tenthset) elevenset (an eleventh hand's, likewise, package elevenset), twelveset (a twelfth hand's, likewise, package twelveset) or thirteenset (a thirteenth hand's, likewise, package thirteenset)")
	split := flag.String("split", "dev", "approvals only: dev (tuned on) or holdout (kept out of development)")
	org := flag.String("org", "6110000", "approvals only: organization whose allowlist applies")
	flag.Parse()
	var err error
	switch *set {
	case "sentences":
		err = run(os.Stdout, *docs, *seed, *corpus, *verbose, *dump)
	case "approvals":
		var sp docset.Split
		if sp, err = docset.ParseSplit(*split); err == nil {
			set := docset.Generate(*seed, *docs, sp)
			err = runWhole(os.Stdout, fmt.Sprintf("approval documents (%s, seed %d)", sp, *seed), set, *org, *verbose, *dump)
		}
	case "archive":
		set := archive.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("archive documents (seed %d)", *seed), set, *org, *verbose, *dump)
	case "casebook":
		set := casebook.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("casebook documents (seed %d)", *seed), set, *org, *verbose, *dump)
	case "blindset":
		set := blindset.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("blindset documents (held out, seed %d)", *seed), set, *org, *verbose, *dump)
	case "fieldset":
		set := fieldset.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("fieldset documents (seed %d)", *seed), set, *org, *verbose, *dump)
	case "citydocs":
		set := citydocs.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("citydocs documents (seed %d)", *seed), set, *org, *verbose, *dump)
	case "realset":
		set := realset.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("realset documents (seed %d)", *seed), set, *org, *verbose, *dump)
	case "lastset":
		set := lastset.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("lastset documents (seed %d)", *seed), set, *org, *verbose, *dump)
	case "ninthset":
		set := ninthset.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("ninthset documents (seed %d)", *seed), set, *org, *verbose, *dump)
	case "tenthset":
		set := tenthset.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("tenthset documents (seed %d)", *seed), set, *org, *verbose, *dump)
	case "elevenset":
		set := elevenset.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("elevenset documents (seed %d)", *seed), set, *org, *verbose, *dump)
	case "twelveset":
		set := twelveset.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("twelveset documents (seed %d)", *seed), set, *org, *verbose, *dump)
	case "thirteenset":
		set := thirteenset.Generate(*seed, *docs)
		err = runWhole(os.Stdout, fmt.Sprintf("thirteenset documents (seed %d)", *seed), set, *org, *verbose, *dump)
	default:
		err = fmt.Errorf("unknown set %q (sentences, approvals, archive, casebook, blindset, fieldset, citydocs, realset, lastset, ninthset, tenthset, elevenset, twelveset or thirteenset)", *set)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "piieval:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, n int, seed uint64, corpus string, verbose bool, dump string) error {
	if corpus == "" {
		p, err := evalset.CorpusPath()
		if err != nil {
			return err
		}
		corpus = p
	}
	texts, err := evalset.LoadCorpus(corpus)
	if err != nil {
		return err
	}
	set := evalset.Generate(texts, seed, n)
	if err := writeSet(dump, set); err != nil {
		return err
	}
	rep := evalset.Score(set, Layer1(redact.New()))
	fmt.Fprintln(w, "layer 1 (redact): precision and recall per type")
	rep.Print(w)

	// Layer 2 alone, on the raw text: how much it would catch if layer 1
	// missed everything.
	v := verify.New()
	l2 := Layer2(v)
	fmt.Fprintln(w, "\nlayer 2 (verify) alone on unmasked text: items caught per type")
	orep := evalset.ScoreOverlap(set, l2)
	orep.Print(w)
	if verbose {
		for _, m := range orep.Misses {
			fmt.Fprintln(w, "L2MISS", m)
		}
	}

	// Layer 2 on layer 1's output: every doubt sends a document to review.
	r := redact.New()
	doubted := 0
	rules := map[string]int{}
	for _, d := range set {
		out := r.Redact(d.Text, redact.Options{Exempt: d.Exempt})
		ds := v.Check(out.Text, verify.Options{Exempt: d.Exempt})
		if len(ds) > 0 {
			doubted++
		}
		for _, x := range ds {
			rules[x.Rule]++
			if verbose {
				fmt.Fprintf(w, "DOUBT %s %s %q\n", d.ID, x.Rule, out.Text[x.Start:x.End])
			}
		}
	}
	fmt.Fprintf(w, "\nlayer 2 on layer 1 output: %d of %d documents doubted %v\n", doubted, len(set), rules)

	// Layer 2 on the statute corpus alone: doubts there are false alarms.
	alarms := 0
	for _, t := range texts {
		alarms += len(v.Check(t, verify.Options{}))
	}
	fmt.Fprintf(w, "layer 2 on the %d statutes: %d doubts\n", len(texts), alarms)
	if verbose {
		for _, m := range rep.Misses {
			fmt.Fprintln(w, "MISS", m)
		}
		for _, f := range rep.FalsePositives {
			fmt.Fprintln(w, "FP  ", f)
		}
	}
	return nil
}

// runWhole scores whole documents through both layers.
func runWhole(w io.Writer, title string, set []evalset.Doc, org string, verbose bool, dump string) error {
	if err := writeSet(dump, set); err != nil {
		return err
	}
	rep := evalset.ScoreWhole(set, Pipeline(redact.New(), verify.New(), policy.Default().PublicFor(org)))
	fmt.Fprintf(w, "%s, %d documents, through both layers as the pipeline decides\n", title, len(set))
	rep.Print(w)
	// Why clean documents went to review, by doubt, in aggregate: safe to
	// print for a held-out set.
	{
		byID := map[string]evalset.Doc{}
		for _, d := range set {
			byID[d.ID] = d
		}
		r, v, public := redact.New(), verify.New(), policy.Default().PublicFor(org)
		byDoubt := func(ids []string) string {
			codes := map[string]int{}
			for _, id := range ids {
				d := byID[id]
				o := screen.Screen(r, v, []screen.Field{{Name: "text", Text: d.Text, Public: true}}, screen.Options{Exempt: d.Exempt, Public: public})
				seen := map[string]bool{}
				for _, db := range o.Doubts {
					k := db.Code
					if o := strings.LastIndexByte(db.Reason, '('); o >= 0 && strings.HasSuffix(db.Reason, ")") {
						k += "/" + db.Reason[o+1:len(db.Reason)-1] // the rule, "(digits.dense)"
					}
					if !seen[k] {
						seen[k] = true
						codes[k]++
					}
				}
			}
			keys := make([]string, 0, len(codes))
			for k := range codes {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var b strings.Builder
			for _, k := range keys {
				fmt.Fprintf(&b, " %s %d", k, codes[k])
			}
			return b.String()
		}
		fmt.Fprintln(w, "clean documents reviewed, by doubt:"+byDoubt(rep.ReviewedClean))
		fmt.Fprintf(w, "documents with personal data reviewed: %d, of which %d hold an item left unmasked; by doubt:%s\n",
			len(rep.ReviewedPII), rep.ReviewedLeaky, byDoubt(rep.ReviewedPII))
	}
	if verbose {
		for _, m := range rep.Misses {
			fmt.Fprintln(w, "MISS", m)
		}
		for _, m := range rep.Leaks {
			fmt.Fprintln(w, "LEAK", m)
		}
		for _, f := range rep.FalsePositives {
			fmt.Fprintln(w, "FP  ", f)
		}
		byID := map[string]evalset.Doc{}
		for _, d := range set {
			byID[d.ID] = d
		}
		r, v, public := redact.New(), verify.New(), policy.Default().PublicFor(org)
		for _, id := range rep.ReviewedPII {
			fmt.Fprintln(w, "REVIEWED", id)
			d := byID[id]
			o := screen.Screen(r, v, []screen.Field{{Name: "text", Text: d.Text, Public: true}}, screen.Options{Exempt: d.Exempt, Public: public})
			for _, db := range o.Doubts {
				fmt.Fprintf(w, "  DOUBT %s %q: %s\n", db.Code, around(o.Texts[0], db.Start, db.End), db.Reason)
			}
		}
		for _, id := range rep.ReviewedClean {
			fmt.Fprintln(w, "CLEAN-REVIEWED", id)
			// Why: each doubt with the published text around it.
			d := byID[id]
			o := screen.Screen(r, v, []screen.Field{{Name: "text", Text: d.Text, Public: true}}, screen.Options{Exempt: d.Exempt, Public: public})
			for _, db := range o.Doubts {
				fmt.Fprintf(w, "  DOUBT %s %q: %s\n", db.Code, around(o.Texts[0], db.Start, db.End), db.Reason)
			}
		}
	}
	return nil
}

// Pipeline adapts both layers, as package screen combines them for the
// pipeline, to the evaluation's interface.
func Pipeline(r *redact.Redactor, v *verify.Verifier, public redact.Public) evalset.Decider {
	return func(text string, exempt []string) ([]evalset.Finding, bool) {
		o := screen.Screen(r, v, []screen.Field{{Name: "text", Text: text, Public: true}}, screen.Options{Exempt: exempt, Public: public})
		out := make([]evalset.Finding, len(o.Findings))
		for i, f := range o.Findings {
			out[i] = evalset.Finding{Type: f.Type, Start: f.Start, End: f.End}
		}
		return out, o.Review()
	}
}

func writeSet(path string, set []evalset.Doc) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("dump: %w", err)
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for _, d := range set {
		if err := enc.Encode(d); err != nil {
			f.Close()
			return fmt.Errorf("dump: %w", err)
		}
	}
	return f.Close()
}

// Layer1 adapts a redactor to the evaluation's interface.
func Layer1(r *redact.Redactor) evalset.Redactor {
	return func(text string, exempt []string) []evalset.Finding {
		res := r.Redact(text, redact.Options{Exempt: exempt})
		out := make([]evalset.Finding, len(res.Findings))
		for i, f := range res.Findings {
			out[i] = evalset.Finding{Type: f.Type, Start: f.Start, End: f.End}
		}
		return out
	}
}

// Layer2 adapts a verifier to the evaluation's interface.
func Layer2(v *verify.Verifier) evalset.Redactor {
	return func(text string, exempt []string) []evalset.Finding {
		ds := v.Check(text, verify.Options{Exempt: exempt})
		out := make([]evalset.Finding, len(ds))
		for i, d := range ds {
			out[i] = evalset.Finding{Type: d.Type, Start: d.Start, End: d.End}
		}
		return out
	}
}

// around returns the text from a to b with some context, on one line.
func around(t string, a, b int) string {
	if a < 0 || b > len(t) || a > b {
		return ""
	}
	from, to := max(0, a-30), min(len(t), b+30)
	for from > 0 && !utf8.RuneStart(t[from]) {
		from--
	}
	for to < len(t) && !utf8.RuneStart(t[to]) {
		to++
	}
	return t[from:a] + "[" + t[a:b] + "]" + t[b:to]
}
