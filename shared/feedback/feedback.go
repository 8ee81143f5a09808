// Package feedback is what citizens say of the service: whether a
// document page was useful (with an optional comment), how they rate the
// handling of their closed inquiry (1 to 5, through a signed link, without
// signing in), and their answers to the periodic surveys whose questions
// the deployment configures. Comments and free-text answers go through the
// redactor before they are stored and are never published; only counts
// and means per department reach the statistics (stats.Satisfaction).
//
// Everything is kept as objects in the work bucket, under feedback/:
//
//	feedback/votes/<org>/<department>/<day>/<id>.json
//	feedback/ratings/<org>/<inquiry>.json             one per inquiry: a second rating replaces the first
//	feedback/surveys/<survey>/<org>/<department>/<day>/<id>.json
package feedback

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/logctx"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/survey"
)

// Prefix is where feedback lives in the work bucket.
const Prefix = document.PrefixFeedback

// MaxComment bounds a comment or a free-text answer, in characters.
const MaxComment = 1000

// RatePurpose is the purpose of the signed rating tokens.
const RatePurpose = "inquiry-rating"

// Redactor masks personal data (*redact.Redactor).
type Redactor interface {
	Redact(text string, opts redact.Options) redact.Result
}

// Signer makes and opens capability tokens (*signed.Signer).
type Signer interface {
	Sign(purpose string, claims any, ttl time.Duration) (string, error)
	Open(purpose, token string, v any) error
}

// Blinder turns a client address into a keyed digest (inquiry.Blinder).
type Blinder interface {
	Blind(kind, value string) string
}

// Counter counts requests in fixed windows (the inquiry store's Count).
type Counter interface {
	Count(ctx context.Context, key string, window time.Duration, now time.Time) (int, error)
}

// Deps are the service's collaborators.
type Deps struct {
	Store        storage.Store
	WorkBucket   string
	PublicBucket string
	Redactor     Redactor
	// Signer makes and opens the rating links; nil refuses ratings.
	Signer Signer
	// Blinder and Counter limit votes per client address (both or none).
	Blinder Blinder
	Counter Counter
	// PerClientHour bounds the votes and answers of one client address
	// in an hour (default 30).
	PerClientHour int
	Surveys       []survey.Survey
	// Log gives the request's logger (the API's, with its request id).
	Log func(context.Context) *slog.Logger
	Now func() time.Time
	// CacheTTL is how long Summary's figures are reused (default 1 minute).
	CacheTTL time.Duration
}

// Service takes feedback and sums it up.
type Service struct {
	d    Deps
	mu   sync.Mutex
	days stats.SatisfactionDays
	at   time.Time
}

// New returns the service.
func New(d Deps) *Service {
	d.Log = logctx.Per(nil, d.Log)
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.PerClientHour <= 0 {
		d.PerClientHour = 30
	}
	if d.CacheTTL <= 0 {
		d.CacheTTL = time.Minute
	}
	if d.Redactor == nil {
		d.Redactor = redact.New()
	}
	return &Service{d: d}
}

// Refusals.
var (
	ErrNoDocument = document.Refusal(document.NotFound, "document.not_found", "no such document")
	ErrBadToken   = document.Refusal(document.Invalid, "feedback.bad_token", "the rating link is not valid or has expired")
	ErrLimited    = document.Refusal(document.Limited, "feedback.limited", "too many answers from this address; try again later")
	ErrNoSurvey   = document.Refusal(document.NotFound, "survey.not_found", "no such survey open now")
	ErrNoRatings  = document.Refusal(document.Invalid, "feedback.no_ratings", "ratings are not available here")
)

func bad(field, msg string) error {
	return document.Refusal(document.Invalid, "body.bad_field:"+field, msg)
}

// Vote is one "was this useful?" answer as stored.
type Vote struct {
	Org        string    `json:"org"`
	Document   string    `json:"document"`
	Department string    `json:"department"`
	Useful     bool      `json:"useful"`
	Comment    string    `json:"comment,omitempty"` // redacted
	At         time.Time `json:"at"`
}

// VoteRequest is a citizen's answer on a document page.
type VoteRequest struct {
	Key     document.Key
	Useful  bool
	Comment string
	// ClientAddr is blinded at once for the limit, never stored.
	ClientAddr string
}

// Vote stores an answer on a published document; its comment is redacted
// first.
func (s *Service) Vote(ctx context.Context, r VoteRequest) error {
	comment, err := s.clean("comment", r.Comment)
	if err != nil {
		return err
	}
	if err := s.limit(ctx, r.ClientAddr); err != nil {
		return err
	}
	dept, err := s.department(ctx, r.Key)
	if err != nil {
		return err
	}
	now := s.d.Now().UTC()
	v := Vote{Org: r.Key.Org, Document: r.Key.ID, Department: dept, Useful: r.Useful, Comment: comment, At: now}
	key := Prefix + "votes/" + r.Key.Org + "/" + pathPart(dept) + "/" + stats.Day(now) + "/" + newID() + ".json"
	if err := s.put(ctx, key, v, true); err != nil {
		return err
	}
	s.d.Log(ctx).Info("feedback vote", "doc_id", r.Key.String(), "useful", r.Useful, "comment", comment != "")
	return nil
}

// Rating is an inquiry's rating as stored.
type Rating struct {
	Org        string    `json:"org"`
	Inquiry    string    `json:"inquiry"`
	Department string    `json:"department"`
	Score      int       `json:"score"`
	At         time.Time `json:"at"`
}

// RateClaims are what a rating link carries.
type RateClaims struct {
	Org        string `json:"o"`
	Inquiry    string `json:"i"`
	Department string `json:"d"`
}

// RatingTTL is how long a rating link works after the inquiry closed.
const RatingTTL = 90 * 24 * time.Hour

// RatingToken returns the token of an inquiry's rating link.
func (s *Service) RatingToken(c RateClaims) (string, error) {
	if s.d.Signer == nil {
		return "", ErrNoRatings
	}
	return s.d.Signer.Sign(RatePurpose, c, RatingTTL)
}

// Rate records score (1 to 5) for the inquiry the token names. Rating
// again replaces the rating, so a repeated request changes nothing.
func (s *Service) Rate(ctx context.Context, token string, score int) (Rating, error) {
	if s.d.Signer == nil {
		return Rating{}, ErrNoRatings
	}
	var c RateClaims
	if err := s.d.Signer.Open(RatePurpose, token, &c); err != nil || c.Inquiry == "" || !document.ValidID(c.Inquiry) {
		return Rating{}, ErrBadToken
	}
	if score < 1 || score > 5 {
		return Rating{}, bad("score", "score must be 1 to 5")
	}
	r := Rating{Org: c.Org, Inquiry: c.Inquiry, Department: c.Department, Score: score, At: s.d.Now().UTC()}
	key := Prefix + "ratings/" + pathPart(c.Org) + "/" + c.Inquiry + ".json"
	if old, err := s.readRating(ctx, key); err == nil && old.Score == score {
		return old, nil // the same rating again: nothing to write
	}
	if err := s.put(ctx, key, r, false); err != nil {
		return Rating{}, err
	}
	s.d.Log(ctx).Info("inquiry rated", "inquiry", c.Inquiry, "org", c.Org, "score", score)
	return r, nil
}

func (s *Service) readRating(ctx context.Context, key string) (Rating, error) {
	var r Rating
	data, err := storage.ReadAll(ctx, s.d.Store, s.d.WorkBucket, key, 64<<10)
	if err != nil {
		return r, err
	}
	return r, json.Unmarshal(data, &r)
}

// Response is a survey response as stored.
type Response struct {
	Survey     string            `json:"survey"`
	Org        string            `json:"org,omitempty"`
	Department string            `json:"department,omitempty"`
	Answers    map[string]string `json:"answers"`
	At         time.Time         `json:"at"`
}

// ResponseRequest is a citizen's answers to a survey. Org and Department,
// optional, say which department's service the answers are about.
type ResponseRequest struct {
	Survey, Org, Department string
	Answers                 map[string]json.RawMessage
	ClientAddr              string
}

// Surveys returns the surveys open today.
func (s *Service) Surveys() []survey.Survey {
	day := stats.Day(s.d.Now())
	out := []survey.Survey{}
	for _, sv := range s.d.Surveys {
		if sv.Open(day) {
			out = append(out, sv)
		}
	}
	return out
}

// Respond checks answers against the survey's questions and stores them;
// free-text answers are redacted first.
func (s *Service) Respond(ctx context.Context, r ResponseRequest) error {
	var sv *survey.Survey
	for i := range s.d.Surveys {
		if s.d.Surveys[i].ID == r.Survey && s.d.Surveys[i].Open(stats.Day(s.d.Now())) {
			sv = &s.d.Surveys[i]
		}
	}
	if sv == nil {
		return ErrNoSurvey
	}
	if r.Department != "" && r.Org == "" {
		return bad("department", "department needs organization: department ids are unique within an organization only")
	}
	for _, v := range []struct{ name, val string }{{"organization", r.Org}, {"department", r.Department}} {
		if v.val != "" && !document.ValidID(v.val) {
			return bad(v.name, v.name+" must be a code")
		}
	}
	answers := map[string]string{}
	known := map[string]bool{}
	for _, q := range sv.Questions {
		known[q.ID] = true
		raw, ok := r.Answers[q.ID]
		if !ok || string(raw) == "null" {
			if q.Required {
				return bad("answers."+q.ID, "required")
			}
			continue
		}
		v, err := s.answer(q, raw)
		if err != nil {
			return err
		}
		if v != "" {
			answers[q.ID] = v
		}
	}
	for id := range r.Answers {
		if !known[id] {
			return bad("answers."+pathPart(id), "no such question")
		}
	}
	if err := s.limit(ctx, r.ClientAddr); err != nil {
		return err
	}
	now := s.d.Now().UTC()
	resp := Response{Survey: sv.ID, Org: r.Org, Department: r.Department, Answers: answers, At: now}
	key := Prefix + "surveys/" + sv.ID + "/" + pathPart(r.Org) + "/" + pathPart(r.Department) + "/" + stats.Day(now) + "/" + newID() + ".json"
	if err := s.put(ctx, key, resp, true); err != nil {
		return err
	}
	s.d.Log(ctx).Info("survey response", "survey", sv.ID, "org", r.Org, "department", r.Department)
	return nil
}

func (s *Service) answer(q survey.Question, raw json.RawMessage) (string, error) {
	switch q.Kind {
	case survey.Scale:
		var n int
		if err := json.Unmarshal(raw, &n); err != nil || n < 1 || n > 5 {
			return "", bad("answers."+q.ID, "a number from 1 to 5")
		}
		return fmt.Sprint(n), nil
	case survey.Choice:
		var c string
		if err := json.Unmarshal(raw, &c); err == nil {
			for _, ch := range q.Choices {
				if ch == c {
					return c, nil
				}
			}
		}
		return "", bad("answers."+q.ID, "one of the question's choices")
	default:
		var t string
		if err := json.Unmarshal(raw, &t); err != nil {
			return "", bad("answers."+q.ID, "text")
		}
		return s.clean("answers."+q.ID, t)
	}
}

// clean checks a free text and returns it redacted.
func (s *Service) clean(field, text string) (string, error) {
	text = strings.TrimSpace(text)
	switch {
	case text == "":
		return "", nil
	case !utf8.ValidString(text):
		return "", bad(field, "not UTF-8")
	case utf8.RuneCountInString(text) > MaxComment:
		return "", bad(field, fmt.Sprintf("at most %d characters", MaxComment))
	}
	return s.d.Redactor.Redact(text, redact.Options{}).Text, nil
}

func (s *Service) limit(ctx context.Context, addr string) error {
	if s.d.Counter == nil || s.d.Blinder == nil || addr == "" {
		return nil
	}
	n, err := s.d.Counter.Count(ctx, "feedback/"+s.d.Blinder.Blind("client", addr), time.Hour, s.d.Now())
	if err != nil {
		return fmt.Errorf("feedback: limit: %w", err)
	}
	if n > s.d.PerClientHour {
		return ErrLimited
	}
	return nil
}

// department reads the department of a published document.
func (s *Service) department(ctx context.Context, k document.Key) (string, error) {
	data, err := storage.ReadAll(ctx, s.d.Store, s.d.PublicBucket, document.PublicKey(k), 64<<20)
	if errors.Is(err, storage.ErrNotFound) {
		return "", ErrNoDocument
	}
	if err != nil {
		return "", fmt.Errorf("feedback: %w", err)
	}
	var p struct {
		Department document.Department `json:"department"`
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return "", fmt.Errorf("feedback: %s: %w", k, err)
	}
	return p.Department.Code, nil
}

func (s *Service) put(ctx context.Context, key string, v any, fresh bool) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	err = s.d.Store.Put(ctx, s.d.WorkBucket, key, strings.NewReader(string(data)),
		storage.PutOptions{ContentType: "application/json", IfNoneMatch: fresh})
	if err != nil {
		return fmt.Errorf("feedback: %w", err)
	}
	s.mu.Lock()
	s.days = nil // the next Summary counts this one
	s.mu.Unlock()
	return nil
}

// Summary returns the figures per department, all time.
func (s *Service) Summary(ctx context.Context) (map[stats.DeptKey]stats.Satisfaction, error) {
	d, err := s.Days(ctx)
	if err != nil {
		return nil, err
	}
	return d.Sum("", "", ""), nil
}

// Days returns the figures per department and Seoul day the feedback was
// given on, counted from the stored feedback (reused for CacheTTL), so
// that the statistics can sum any period. The result is shared: do not
// change it.
func (s *Service) Days(ctx context.Context) (stats.SatisfactionDays, error) {
	s.mu.Lock()
	if s.days != nil && s.d.Now().Sub(s.at) < s.d.CacheTTL {
		defer s.mu.Unlock()
		return s.days, nil
	}
	s.mu.Unlock()
	acc := stats.SatisfactionDays{}
	of := func(org, dept string, at time.Time) *stats.Satisfaction {
		return acc.Of(stats.DeptKey{Org: org, Dept: dept}, stats.Day(at))
	}
	err := s.d.Store.List(ctx, s.d.WorkBucket, Prefix, func(in storage.Info) error {
		data, err := storage.ReadAll(ctx, s.d.Store, s.d.WorkBucket, in.Key, 1<<20)
		if errors.Is(err, storage.ErrNotFound) {
			return nil // deleted meanwhile
		}
		if err != nil {
			return err
		}
		switch rest := strings.TrimPrefix(in.Key, Prefix); {
		case strings.HasPrefix(rest, "votes/"):
			var v Vote
			if json.Unmarshal(data, &v) == nil {
				of(v.Org, v.Department, v.At).AddVote(v.Useful)
			}
		case strings.HasPrefix(rest, "ratings/"):
			var r Rating
			if json.Unmarshal(data, &r) == nil {
				of(r.Org, r.Department, r.At).AddRating(r.Score)
			}
		case strings.HasPrefix(rest, "surveys/"):
			var r Response
			if json.Unmarshal(data, &r) == nil && r.Department != "" {
				of(r.Org, r.Department, r.At).AddSurvey(s.scaleAnswers(r))
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("feedback: summary: %w", err)
	}
	s.mu.Lock()
	s.days, s.at = acc, s.d.Now()
	s.mu.Unlock()
	return acc, nil
}

// scaleAnswers returns the answers of r to its survey's scale questions.
func (s *Service) scaleAnswers(r Response) []int {
	var out []int
	for _, sv := range s.d.Surveys {
		if sv.ID != r.Survey {
			continue
		}
		for _, q := range sv.Questions {
			var n int
			if q.Kind == survey.Scale && json.Unmarshal([]byte(r.Answers[q.ID]), &n) == nil {
				out = append(out, n)
			}
		}
	}
	return out
}

// pathPart keeps a key segment safe ("_" for none).
func pathPart(s string) string {
	if s == "" || !document.ValidID(s) {
		return "_"
	}
	return s
}

func newID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// RatingLink returns the portal page where the citizen rates an inquiry:
// the token travels in the fragment, which browsers never send to a
// server, so it stays out of access logs.
func (s *Service) RatingLink(portal string, c RateClaims) (string, error) {
	if s.d.Signer == nil {
		return "", ErrNoRatings
	}
	return RatingLink(s.d.Signer, portal, c)
}

// RatingLink is Service.RatingLink for a function that only sends the
// notices (the notify function on AWS) and has no Service.
func RatingLink(sg Signer, portal string, c RateClaims) (string, error) {
	tok, err := sg.Sign(RatePurpose, c, RatingTTL)
	if err != nil {
		return "", err
	}
	return strings.TrimRight(portal, "/") + "/?rate=" + url.QueryEscape(c.Inquiry) + "#token=" + url.QueryEscape(tok), nil
}
