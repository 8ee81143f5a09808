package inquiry

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// TokenHeader may carry the tracking token instead of the query string.
const TokenHeader = "X-Inquiry-Token"

// TransitionView is a step of the history as the citizen sees it.
type TransitionView struct {
	State State     `json:"state"`
	Label string    `json:"label"`
	At    time.Time `json:"at"`
}

// PublicView is an inquiry as its citizen sees it: no contact data, no
// staff identities.
type PublicView struct {
	ID              string           `json:"id"`
	Org             string           `json:"org"`
	DocumentID      string           `json:"document_id"`
	DocumentTitle   string           `json:"document_title"`
	DepartmentName  string           `json:"department_name"`
	Disclosure      bool             `json:"disclosure"`
	State           State            `json:"state"`
	StateLabel      string           `json:"state_label"`
	Question        string           `json:"question"`
	Answer          string           `json:"answer,omitempty"`
	Publish         bool             `json:"publish"`
	ReceivedAt      time.Time        `json:"received_at"`
	Due             time.Time        `json:"due"`
	Extended        bool             `json:"extended"`
	ExtensionReason string           `json:"extension_reason,omitempty"`
	AnsweredAt      *time.Time       `json:"answered_at,omitempty"`
	ClosedAt        *time.Time       `json:"closed_at,omitempty"`
	History         []TransitionView `json:"history"`
}

func publicView(q Inquiry) PublicView {
	v := PublicView{
		ID: q.ID, Org: q.Org, DocumentID: q.DocumentID, DocumentTitle: q.DocumentTitle, DepartmentName: q.DepartmentName,
		Disclosure: q.Disclosure, State: q.State, StateLabel: Labels[q.State][0], Question: q.Question, Answer: q.Answer,
		Publish: q.Publish, ReceivedAt: q.ReceivedAt, Due: q.Due, Extended: q.WasExtended(), ExtensionReason: q.ExtensionReason,
		AnsweredAt: q.AnsweredAt, ClosedAt: q.ClosedAt, History: []TransitionView{},
	}
	for _, t := range q.History {
		v.History = append(v.History, TransitionView{State: t.To, Label: Labels[t.To][0], At: t.At})
	}
	return v
}

// Track returns an inquiry as its citizen sees it, given its tracking
// token. An unknown id and a wrong token are refused alike (ErrNoMatch).
func (s *Service) Track(ctx context.Context, id, token string) (PublicView, error) {
	if !ValidID(id) || len(token) > 128 {
		return PublicView{}, ErrNoMatch
	}
	q, err := s.d.Store.Get(ctx, id)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return PublicView{}, fmt.Errorf("inquiry: get %s: %w", id, err)
	}
	if err != nil || !q.CheckToken(token) {
		return PublicView{}, ErrNoMatch
	}
	return publicView(q), nil
}

// QA is one published question and answer.
type QA struct {
	ID             string     `json:"id"`
	Question       string     `json:"question"`
	Answer         string     `json:"answer"`
	DepartmentName string     `json:"department_name"`
	ReceivedAt     time.Time  `json:"received_at"`
	AnsweredAt     *time.Time `json:"answered_at,omitempty"`
}

// QA returns a document's published questions and answers: those whose
// citizen allowed it, answered, with both texts masked; at most MaxPage.
func (s *Service) QA(ctx context.Context, org, doc string) ([]QA, error) {
	items := []QA{}
	after := ""
	for {
		page, next, err := s.d.Store.List(ctx, Filter{Org: org, Document: doc, After: after, Limit: MaxPage})
		if err != nil {
			return nil, fmt.Errorf("inquiry: list Q&A of %s: %w", doc, err)
		}
		for _, q := range page {
			if !q.Publish || q.PublicAnswer == "" || q.PublicQuestion == "" || (q.State != Answered && q.State != Closed) {
				continue
			}
			items = append(items, QA{ID: q.ID, Question: q.PublicQuestion, Answer: q.PublicAnswer,
				DepartmentName: q.DepartmentName, ReceivedAt: q.ReceivedAt, AnsweredAt: q.AnsweredAt})
		}
		if next == "" || len(items) >= MaxPage {
			return items, nil
		}
		after = next
	}
}
