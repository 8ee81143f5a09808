package pipeline

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// stored lists every object of every bucket, every ledger record and
// every index entry, to show that a check left them as they were.
func (e *env) stored() string {
	e.t.Helper()
	ctx := context.Background()
	var out []string
	for _, b := range []string{buckets.Inbox, buckets.Work, buckets.Public} {
		if err := e.store.List(ctx, b, "", func(i storage.Info) error { out = append(out, b+"/"+i.Key); return nil }); err != nil {
			e.t.Fatal(err)
		}
	}
	recs, _, err := e.led.List(ctx, ledger.Filter{})
	if err != nil {
		e.t.Fatal(err)
	}
	for _, r := range recs {
		out = append(out, "ledger "+r.Org+"/"+r.ID+" "+string(r.State))
	}
	e.idx.mu.Lock()
	for k := range e.idx.docs {
		out = append(out, "index "+k)
	}
	e.idx.mu.Unlock()
	return strings.Join(out, "\n")
}

func TestCheckSaysWhatWouldHappenAndStoresNothing(t *testing.T) {
	withUnit := envelope("CHK-DOUBT", 1)
	withUnit["body"] = "신청인: 이민준, 주민등록번호 990116-2187189, 주소 서울특별시 마포구 세종대로 110, 109동 704호\n"
	partial := envelope("CHK-PARTIAL", 1)
	partial["disclosure"] = map[string]any{"grade": "partial", "exemptions": []string{"5"}, "note": "협상 전략 부분 비공개"}
	later := envelope("CHK-LATER", 1)
	later["release_at"] = "2027-03-01T09:00:00+09:00"
	withFile := envelope("CHK-FILE", 1)
	withFile["files"] = []map[string]string{{"name": "붙임1. 명단.txt", "key": "files/명단.txt"}}
	missing := envelope("CHK-MISSING", 1)
	missing["files"] = []map[string]string{{"name": "붙임.txt", "key": "files/none.txt"}}
	untitled := envelope("CHK-UNTITLED", 1)
	delete(untitled, "title")
	phone := envelope("CHK-PHONE", 1)
	phone["body"] = "민원인 연락처 010-1234-5678 로 회신함."

	cases := []struct {
		name    string
		env     map[string]any
		files   map[string][]byte
		outcome string
		review  bool
		reason  string // a reason code (prefix) expected among the reasons, or the problem's code
		never   string // text that must not appear in what would be published
	}{
		{"clean", phone, nil, CheckPublish, false, "", "1234-5678"},
		{"layer 2 doubts", withUnit, nil, CheckReview, true, "redact.doubt:", "2187189"},
		{"partial under item 5", partial, nil, CheckReview, true, "policy.partial_needs_person", ""},
		{"scheduled", later, nil, CheckWithhold, false, "policy.scheduled", ""},
		{"file by key", withFile, map[string][]byte{"files/명단.txt": []byte("민원인 연락처 010-9876-5432")}, CheckPublish, false, "", "9876-5432"},
		{"file missing", missing, nil, CheckReject, false, "envelope.missing_file", ""},
		{"no title", untitled, nil, CheckReject, false, "envelope.missing_field:title", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			before := e.stored()
			data, _ := json.Marshal(c.env)
			pv, err := e.p.Check(context.Background(), data, c.files)
			if err != nil {
				t.Fatal(err)
			}
			if pv.Outcome != c.outcome || pv.Review != c.review {
				t.Errorf("outcome %s review %v, want %s %v (%+v)", pv.Outcome, pv.Review, c.outcome, c.review, pv.Reasons)
			}
			if c.outcome == CheckReject {
				if pv.Problem == nil || pv.Problem.Code != c.reason || pv.Document != nil {
					t.Errorf("problem %+v, document %v", pv.Problem, pv.Document != nil)
				}
			} else if c.reason != "" {
				found := false
				for _, r := range pv.Reasons {
					found = found || strings.HasPrefix(r.Code, c.reason)
				}
				if !found {
					t.Errorf("no reason %s among %+v", c.reason, pv.Reasons)
				}
			}
			if c.never != "" {
				out, _ := json.Marshal(pv)
				if strings.Contains(string(out), c.never) {
					t.Errorf("the preview carries %q: %s", c.never, out)
				}
				if len(pv.Findings) == 0 || len(pv.Counts) == 0 {
					t.Errorf("no layer-1 finding: %+v", pv)
				}
			}
			if after := e.stored(); after != before {
				t.Errorf("the check stored something:\nbefore %q\nafter  %q", before, after)
			}
		})
	}
}

// TestCheckShowsWhatIngestPublishes: the same envelope dropped in the inbox
// is published exactly as the check showed it.
func TestCheckShowsWhatIngestPublishes(t *testing.T) {
	e := newEnv(t)
	m := envelope("CHK-SAME", 1)
	m["body"] = "민원인 김영희(010-2222-3333)의 주민등록번호 900101-1234567, 메일 kim@example.org 확인."
	data, _ := json.Marshal(m)
	pv, err := e.p.Check(context.Background(), data, nil)
	if err != nil || pv.Outcome != CheckPublish || pv.Document == nil {
		t.Fatalf("%+v %v", pv, err)
	}
	e.drop("CHK-SAME", m)
	pub, ok := e.public("CHK-SAME")
	if !ok {
		t.Fatalf("not published: %+v", e.record("CHK-SAME"))
	}
	if pub.Body != pv.Document.Body || pub.Title != pv.Document.Title || pub.Hash != pv.Document.Hash {
		t.Errorf("published %q (%s), the check showed %q (%s)", pub.Body, pub.Hash, pv.Document.Body, pv.Document.Hash)
	}
}

// TestCheckWithoutFileReader: a pipeline without a file reader (the api
// function's on AWS) says so for an envelope with files, and checks one
// without.
func TestCheckWithoutFileReader(t *testing.T) {
	e := newEnv(t)
	e.p.d.Extractor = nil
	m := envelope("CHK-NOREADER", 1)
	m["files"] = []map[string]string{{"name": "a.txt", "key": "a.txt"}}
	data, _ := json.Marshal(m)
	if _, err := e.p.Check(context.Background(), data, map[string][]byte{"a.txt": []byte("본문")}); err == nil || !strings.Contains(err.Error(), ErrNoFileReader.Error()) {
		t.Errorf("err = %v", err)
	}
	delete(m, "files")
	data, _ = json.Marshal(m)
	if pv, err := e.p.Check(context.Background(), data, nil); err != nil || pv.Outcome != CheckPublish {
		t.Errorf("%+v %v", pv, err)
	}
}

// TestMarksOfLayerOne: the check and the review view place layer 1's
// findings in the masked text, with their types.
func TestMarksOfLayerOne(t *testing.T) {
	e := newEnv(t)
	m := envelope("CHK-MARKS", 1)
	m["body"] = "신청인: 이민준, 주민등록번호 990116-2187189, 주소 서울특별시 마포구 세종대로 110, 109동 704호\n"
	data, _ := json.Marshal(m)
	pv, err := e.p.Check(context.Background(), data, nil)
	if err != nil || pv.Document == nil {
		t.Fatalf("%+v %v", pv, err)
	}
	covered := func(body string, marks []review.Mark) map[string]string {
		out := map[string]string{}
		for _, mk := range marks {
			if mk.Field == "body" {
				out[mk.Type] = body[mk.Start:mk.End]
			}
		}
		return out
	}
	want := map[string]string{"name": "이*준", "rrn": "990116-2******"}
	got := covered(pv.Document.Body, pv.Marks)
	for typ, text := range want {
		if got[typ] != text {
			t.Errorf("check: the %s mark covers %q, want %q (%+v)", typ, got[typ], text, pv.Marks)
		}
	}

	e.drop("CHK-MARKS", m)
	if r := e.record("CHK-MARKS"); r.State != ledger.Review {
		t.Fatalf("%+v", r)
	}
	k := document.Key{Org: "6110000", ID: "CHK-MARKS"}
	v, err := e.p.ReviewItem(context.Background(), k)
	if err != nil {
		t.Fatal(err)
	}
	got = covered(v.Candidate.Body, v.Marks)
	for typ, text := range want {
		if got[typ] != text {
			t.Errorf("review: the %s mark covers %q, want %q (%+v)", typ, got[typ], text, v.Marks)
		}
	}
	// A reviewer's mask before them moves them along.
	seq := 0
	v, err = e.p.Review(context.Background(), k, review.Action{Kind: review.ActMask, By: "staff-1", Seq: &seq,
		Spans: []review.Span{{Text: "신청인"}}})
	if err != nil {
		t.Fatal(err)
	}
	if v, err = e.p.ReviewItem(context.Background(), k); err != nil {
		t.Fatal(err)
	}
	got = covered(v.Candidate.Body, v.Marks)
	if got["rrn"] != want["rrn"] || strings.Contains(v.Candidate.Body, "신청인") {
		t.Errorf("after a reviewer's mask: %q in %q", got, v.Candidate.Body)
	}
}
