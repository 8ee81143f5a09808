package feedback_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/feedback"
	"github.com/seoul-plaza/plaza/shared/signed"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
	"github.com/seoul-plaza/plaza/shared/survey"
)

var surveys = []survey.Survey{{ID: "2026-h2", Title: "만족도 조사", Questions: []survey.Question{
	{ID: "overall", Kind: survey.Scale, Text: "전반적 만족도", Required: true},
	{ID: "found", Kind: survey.Choice, Text: "찾으시는 정보를 찾으셨나요?", Choices: []string{"yes", "no"}},
	{ID: "say", Kind: survey.Text, Text: "하고 싶은 말"},
}}}

func setup(t *testing.T) (*feedback.Service, *localfs.Store, string) {
	t.Helper()
	root := t.TempDir()
	st, err := localfs.New(root, nil)
	if err != nil {
		t.Fatal(err)
	}
	pub := document.Public{Meta: document.Meta{ID: "DOC-1", Organization: document.Organization{Code: "6110000"},
		Department: document.Department{Code: "1100123", Name: "정보공개정책과"}}}
	data, _ := json.Marshal(pub)
	if err := st.Put(context.Background(), "public", document.PublicKey(pub.Key()), bytes.NewReader(data), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	sig, _ := signed.New(bytes.Repeat([]byte{1}, 32), nil)
	now := time.Date(2026, 12, 7, 3, 0, 0, 0, time.UTC)
	s := feedback.New(feedback.Deps{Store: st, WorkBucket: "work", PublicBucket: "public", Signer: sig, Surveys: surveys,
		Now: func() time.Time { return now }, CacheTTL: time.Nanosecond})
	return s, st, root
}

const planted = "hong.gildong@example.com"

func TestVotesAreRedactedAndCounted(t *testing.T) {
	s, _, root := setup(t)
	ctx := context.Background()
	key := document.Key{Org: "6110000", ID: "DOC-1"}
	comment := "민원인 홍길동 010-1234-5678 " + planted + " 으로 연락 주세요"
	if err := s.Vote(ctx, feedback.VoteRequest{Key: key, Useful: false, Comment: comment}); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if err := s.Vote(ctx, feedback.VoteRequest{Key: key, Useful: true}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Vote(ctx, feedback.VoteRequest{Key: document.Key{Org: "6110000", ID: "NOPE"}, Useful: true}); !errors.Is(err, feedback.ErrNoDocument) {
		t.Fatalf("vote on a missing document: %v", err)
	}
	// What is stored holds no personal datum of the comment.
	var stored []string
	filepath.WalkDir(filepath.Join(root, "work"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			stored = append(stored, string(b))
		}
		return nil
	})
	all := strings.Join(stored, "\n")
	for _, pd := range []string{planted, "010-1234-5678", "홍길동"} {
		if strings.Contains(all, pd) {
			t.Errorf("stored feedback holds %q:\n%s", pd, all)
		}
	}
	if !strings.Contains(all, "으로 연락 주세요") {
		t.Errorf("the comment's other words are lost:\n%s", all)
	}
	sum, err := s.Summary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := sum[stats.DeptKey{Org: "6110000", Dept: "1100123"}]
	if got.Useful != 3 || got.NotUseful != 1 || got.UsefulRatio == nil || *got.UsefulRatio != 0.75 {
		t.Fatalf("summary %+v", got)
	}
	js, _ := json.Marshal(sum[stats.DeptKey{Org: "6110000", Dept: "1100123"}])
	if strings.Contains(string(js), "연락") {
		t.Fatalf("the summary carries a comment: %s", js)
	}
}

func TestRatingIsSignedAndIdempotent(t *testing.T) {
	s, _, _ := setup(t)
	ctx := context.Background()
	tok, err := s.RatingToken(feedback.RateClaims{Org: "6110000", Inquiry: "Q-2026-000001", Department: "1100123"})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := s.Rate(ctx, tok, 4); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Rate(ctx, tok+"x", 5); !errors.Is(err, feedback.ErrBadToken) {
		t.Fatalf("forged token: %v", err)
	}
	if _, err := s.Rate(ctx, tok, 6); err == nil {
		t.Fatal("a score of 6 was taken")
	}
	sum, _ := s.Summary(ctx)
	got := sum[stats.DeptKey{Org: "6110000", Dept: "1100123"}]
	if got.Ratings != 1 || got.RatingCounts[3] != 1 || *got.RatingMean != 4 {
		t.Fatalf("two identical ratings count %+v, want one", got)
	}
	// Rating again replaces the rating.
	if _, err := s.Rate(ctx, tok, 2); err != nil {
		t.Fatal(err)
	}
	sum, _ = s.Summary(ctx)
	if got := sum[stats.DeptKey{Org: "6110000", Dept: "1100123"}]; got.Ratings != 1 || *got.RatingMean != 2 {
		t.Fatalf("after a new rating %+v", got)
	}
}

func TestSurveyResponses(t *testing.T) {
	s, _, root := setup(t)
	ctx := context.Background()
	ans := func(js string) map[string]json.RawMessage {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(js), &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	if len(s.Surveys()) != 1 {
		t.Fatal("the open survey is not listed")
	}
	ok := feedback.ResponseRequest{Survey: "2026-h2", Org: "6110000", Department: "1100123",
		Answers: ans(`{"overall":5,"found":"yes","say":"제 번호는 010-9876-5432 입니다"}`)}
	if err := s.Respond(ctx, ok); err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]feedback.ResponseRequest{
		"missing required": {Survey: "2026-h2", Answers: ans(`{"found":"yes"}`)},
		"out of scale":     {Survey: "2026-h2", Answers: ans(`{"overall":9}`)},
		"unknown choice":   {Survey: "2026-h2", Answers: ans(`{"overall":3,"found":"maybe"}`)},
		"unknown question": {Survey: "2026-h2", Answers: ans(`{"overall":3,"x":"y"}`)},
		"dept without org": {Survey: "2026-h2", Department: "1100123", Answers: ans(`{"overall":3}`)},
	} {
		if err := s.Respond(ctx, r); err == nil {
			t.Errorf("%s: taken", name)
		}
	}
	if err := s.Respond(ctx, feedback.ResponseRequest{Survey: "old", Answers: ans(`{"overall":3}`)}); !errors.Is(err, feedback.ErrNoSurvey) {
		t.Fatalf("unknown survey: %v", err)
	}
	sum, _ := s.Summary(ctx)
	if got := sum[stats.DeptKey{Org: "6110000", Dept: "1100123"}]; got.Surveys != 1 || *got.SurveyMean != 5 {
		t.Fatalf("summary %+v", got)
	}
	var all []byte
	filepath.WalkDir(filepath.Join(root, "work"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			all = append(all, b...)
		}
		return nil
	})
	if bytes.Contains(all, []byte("010-9876-5432")) {
		t.Fatalf("a free-text answer is stored unredacted: %s", all)
	}
}
