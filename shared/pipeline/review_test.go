package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// partialDoc is a partial document citing item 5 (decisions in progress):
// it goes to review, where a person masks the exempt passage.
func partialDoc(e *env, id string) document.Key {
	e.t.Helper()
	m := envelope(id, 1)
	m["disclosure"] = map[string]any{"grade": "partial", "exemptions": []string{"5"}, "note": "협상 전략 부분 비공개"}
	m["body"] = "교섭 개요입니다. 협상 하한선은 삼억 원이며 대외비이다. 일정은 다음 달이다."
	e.drop(id, m)
	if r := e.record(id); r.State != ledger.Review {
		e.t.Fatalf("%+v", r)
	}
	return document.Key{Org: "6110000", ID: id}
}

func TestReviewMasksThenApprovesAsMasked(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	k := partialDoc(e, "RV-1")
	v, err := e.p.ReviewItem(ctx, k)
	if err != nil {
		t.Fatal(err)
	}
	if v.Candidate == nil || strings.Join(v.Exemptions, ",") != "5" || v.Seq != 0 {
		t.Fatalf("view %+v", v)
	}
	// Publishing without a decision on item 5 is refused: this was the leak.
	if _, err := e.p.Review(ctx, k, review.Action{Kind: review.ActApprove, By: "staff-1"}); !isCode(err, "review.exemption_undecided") {
		t.Fatalf("approve without a decision: %v", err)
	}
	// "masked" with nothing masked is refused too.
	if _, err := e.p.Review(ctx, k, review.Action{Kind: review.ActApprove, By: "staff-1", Decisions: map[string]string{"5": review.Masked}}); !isCode(err, "review.masked_nothing") {
		t.Fatalf("approve masked without a mask: %v", err)
	}
	// Mask a range and an exact string.
	body := []rune(v.Candidate.Body)
	start := strings.Index(string(body), "협상 하한선")
	rs := len([]rune(string(body)[:start]))
	seq := v.Seq
	v, err = e.p.Review(ctx, k, review.Action{Kind: review.ActMask, By: "staff-1", Seq: &seq,
		Spans: []review.Span{{Field: "body", Start: rs, End: rs + len([]rune("협상 하한선은 삼억 원"))}}})
	if err != nil {
		t.Fatal(err)
	}
	seq = v.Seq
	v, err = e.p.Review(ctx, k, review.Action{Kind: review.ActMask, By: "staff-2", Seq: &seq, Spans: []review.Span{{Text: "대외비"}}})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(v.Candidate.Body, "삼억") || strings.Contains(v.Candidate.Body, "대외비") || v.Seq != 2 {
		t.Fatalf("candidate after masks: %q (seq %d)", v.Candidate.Body, v.Seq)
	}
	// A reviewer working from an old view is refused.
	stale := 0
	if _, err := e.p.Review(ctx, k, review.Action{Kind: review.ActMask, By: "staff-3", Seq: &stale, Spans: []review.Span{{Text: "일정"}}}); !errors.Is(err, ledger.ErrConflict) {
		t.Fatalf("stale seq: %v", err)
	}
	if _, err := e.p.Review(ctx, k, review.Action{Kind: review.ActApprove, By: "staff-1", Note: "교섭 전략 비공개 처리",
		Decisions: map[string]string{"5": review.Masked}}); err != nil {
		t.Fatal(err)
	}
	pub, ok := e.public("RV-1")
	if !ok || strings.Contains(pub.Body, "삼억") || strings.Contains(pub.Body, "대외비") || !strings.Contains(pub.Body, "교섭 개요") {
		t.Fatalf("published %v %q", ok, pub.Body)
	}
	if d, _ := e.idx.get("RV-1"); strings.Contains(d.Body, "삼억") {
		t.Error("the exempt part reached the index")
	}
	r := e.record("RV-1")
	if r.State != ledger.Indexed || states(r) != "received review published indexed" {
		t.Fatalf("%s: %s", r.State, states(r))
	}
	approved := r.History[2]
	if approved.Reason != ReasonApproved || !strings.Contains(approved.Detail, "staff-1") {
		t.Errorf("the approval is not in the history: %+v", approved)
	}
	// Every action is audited in the work bucket, with the texts.
	entries := auditEntries(t, e, k, r)
	if len(entries) != 3 || entries[0].Action != review.ActMask || entries[1].By != "staff-2" || entries[2].Action != review.ActApprove {
		t.Fatalf("audit %+v", entries)
	}
	if !strings.Contains(entries[0].Before["body"], "삼억") || strings.Contains(entries[0].After["body"], "삼억") {
		t.Errorf("mask audit lacks the text before and after: %+v", entries[0])
	}
	if entries[2].Decisions["5"] != review.Masked || entries[2].After["body"] != pub.Body {
		t.Errorf("approval audit: %+v", entries[2])
	}
	if _, err := e.p.ReviewItem(ctx, k); !errors.Is(err, ErrNotInReview) {
		t.Errorf("a published document is still in review: %v", err)
	}
}

func TestReviewWithholdsWithAnItem(t *testing.T) {
	e := newEnv(t)
	k := partialDoc(e, "RV-2")
	if _, err := e.p.Review(context.Background(), k, review.Action{Kind: review.ActWithhold, By: "staff-1", Exemption: "9", Note: "x"}); !isCode(err, "review.bad_exemption") {
		t.Fatalf("item 9: %v", err)
	}
	if _, err := e.p.Review(context.Background(), k, review.Action{Kind: review.ActWithhold, By: "staff-1", Exemption: "5", Note: "협상 진행 중"}); err != nil {
		t.Fatal(err)
	}
	r := e.record("RV-2")
	if r.State != ledger.Withheld || r.Reason != "review.withheld:5" || !strings.Contains(r.Detail, "협상 진행 중") {
		t.Fatalf("%+v", r)
	}
	// The monitor never releases what a person withheld.
	e.now = e.now.AddDate(1, 0, 0)
	if rep, _ := e.p.Tick(context.Background()); rep.Released != 0 || e.publicCount() != 0 {
		t.Fatalf("released: %+v", rep)
	}
}

func TestReviewSendsBackToTheDepartment(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	k := partialDoc(e, "RV-3")
	if _, err := e.p.Review(ctx, k, review.Action{Kind: review.ActSendBack, By: "staff-1", Note: "비공개 사유를 구체적으로 적어 다시 보내 주십시오"}); err != nil {
		t.Fatal(err)
	}
	r := e.record("RV-3")
	if r.State != ledger.Rejected || r.Reason != ReasonSentBack {
		t.Fatalf("%+v", r)
	}
	var notice Rejection
	if err := e.p.getJSON(ctx, "work", document.RejectedKey(k, 1), 1<<20, &notice); err != nil || notice.Reason.Code != ReasonSentBack || !strings.Contains(notice.Reason.Message, "구체적으로") {
		t.Fatalf("notice for the sender: %+v %v", notice, err)
	}
	// The department's corrected version goes through review again.
	m := envelope("RV-3", 2)
	m["disclosure"] = map[string]any{"grade": "partial", "exemptions": []string{"5"}, "note": "협상 하한선(제5호)"}
	e.drop("RV-3", m)
	if r := e.record("RV-3"); r.State != ledger.Review || r.Version != 2 {
		t.Fatalf("%+v", r)
	}
	// Actions on a document not in review are refused.
	e.drop("RV-4", envelope("RV-4", 1))
	if _, err := e.p.Review(ctx, document.Key{Org: "6110000", ID: "RV-4"}, review.Action{Kind: review.ActSendBack, By: "s", Note: "x"}); !errors.Is(err, ErrNotInReview) {
		t.Errorf("send back a published document: %v", err)
	}
}

// Two actions at once cannot both land: each claims the next audit number.
func TestConcurrentReviewActionsConflict(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	k := partialDoc(e, "RV-5")
	c, err := e.p.inReview(ctx, k)
	if err != nil {
		t.Fatal(err)
	}
	// Another reviewer's action lands between our read and our write.
	if _, err := e.p.Review(ctx, k, review.Action{Kind: review.ActMask, By: "other", Spans: []review.Span{{Text: "대외비"}}}); err != nil {
		t.Fatal(err)
	}
	err = e.p.audit(ctx, c, review.Entry{Seq: len(c.entries), Action: review.ActMask, Org: k.Org, ID: k.ID})
	if !errors.Is(err, ledger.ErrConflict) {
		t.Fatalf("a crossing action: %v", err)
	}
}

func isCode(err error, code string) bool {
	p, ok := document.Reason(err)
	return ok && p.Code == code
}

func auditEntries(t *testing.T, e *env, k document.Key, r ledger.Record) []review.Entry {
	t.Helper()
	ctx := context.Background()
	var out []review.Entry
	err := e.store.List(ctx, "work", "audit/"+k.Org+"/"+k.ID+"/", func(in storage.Info) error {
		var en review.Entry
		if err := e.p.getJSON(ctx, "work", in.Key, 1<<24, &en); err != nil {
			return err
		}
		out = append(out, en)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
