package inquiry

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/redact"
)

// StaffView is an inquiry as staff see it: contact data only masked, and
// only on the single-inquiry route.
type StaffView struct {
	ID              string         `json:"id"`
	Org             string         `json:"org"`
	DocumentID      string         `json:"document_id"`
	DocumentTitle   string         `json:"document_title"`
	Department      string         `json:"department"`
	DepartmentName  string         `json:"department_name"`
	Fallback        bool           `json:"fallback"`
	Disclosure      bool           `json:"disclosure"`
	State           State          `json:"state"`
	StateLabel      string         `json:"state_label"`
	Officer         string         `json:"officer,omitempty"`
	Question        string         `json:"question"`
	Answer          string         `json:"answer,omitempty"`
	Publish         bool           `json:"publish"`
	Version         int            `json:"version"`
	ReceivedAt      time.Time      `json:"received_at"`
	Due             time.Time      `json:"due"`
	Overdue         bool           `json:"overdue"`
	Extended        bool           `json:"extended"`
	ExtensionReason string         `json:"extension_reason,omitempty"`
	AnsweredAt      *time.Time     `json:"answered_at,omitempty"`
	ClosedAt        *time.Time     `json:"closed_at,omitempty"`
	ContactDeleted  bool           `json:"contact_deleted"`
	Contact         *MaskedContact `json:"contact,omitempty"`
	History         []Transition   `json:"history"`
	Actions         []Action       `json:"actions"`
}

// MaskedContact tells staff how the citizen will be reached, not where.
type MaskedContact struct {
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
	Name  string `json:"name,omitempty"`
}

func staffView(q Inquiry, now time.Time) StaffView {
	v := StaffView{
		ID: q.ID, Org: q.Org, DocumentID: q.DocumentID, DocumentTitle: q.DocumentTitle, Department: q.Department,
		DepartmentName: q.DepartmentName, Fallback: q.Fallback, Disclosure: q.Disclosure, State: q.State,
		StateLabel: Labels[q.State][0], Officer: q.Officer, Question: q.Question, Answer: q.Answer, Publish: q.Publish,
		Version: q.Version, ReceivedAt: q.ReceivedAt, Due: q.Due, Overdue: q.State.Open() && now.After(q.Due),
		Extended: q.WasExtended(), ExtensionReason: q.ExtensionReason, AnsweredAt: q.AnsweredAt, ClosedAt: q.ClosedAt,
		ContactDeleted: q.ContactDeletedAt != nil, History: q.History, Actions: []Action{},
	}
	if v.History == nil {
		v.History = []Transition{}
	}
	for _, a := range Actions {
		if _, ok := Next(q.State, a); ok && !(a == ActExtend && q.WasExtended()) {
			v.Actions = append(v.Actions, a)
		}
	}
	return v
}

// List returns a page of inquiries as staff see them, and the cursor of
// the next; f is already limited to what the staff member may see.
func (s *Service) List(ctx context.Context, f Filter) ([]StaffView, string, error) {
	qs, next, err := s.d.Store.List(ctx, f)
	if err != nil {
		return nil, "", fmt.Errorf("inquiry: list: %w", err)
	}
	now := s.d.Now()
	items := make([]StaffView, 0, len(qs))
	for _, q := range qs {
		items = append(items, staffView(q, now))
	}
	return items, next, nil
}

// authorized loads an inquiry staff c may act on; another department's,
// or another organization's (whose department code may be the same), is
// refused exactly as a missing one (ErrNoInquiry).
func (s *Service) authorized(ctx context.Context, c auth.Claims, id string) (Inquiry, error) {
	if !ValidID(id) {
		return Inquiry{}, ErrNoInquiry
	}
	q, err := s.d.Store.Get(ctx, id)
	if err != nil {
		return q, stored("get "+id, err)
	}
	if !c.CanAct(q.Org, q.Department) {
		return q, ErrNoInquiry
	}
	return q, nil
}

// Get returns one inquiry as staff c see it, with its contact masked.
func (s *Service) Get(ctx context.Context, c auth.Claims, id string) (StaffView, error) {
	q, err := s.authorized(ctx, c, id)
	if err != nil {
		return StaffView{}, err
	}
	v := staffView(q, s.d.Now())
	if q.Contact != nil {
		ct, err := OpenContact(ctx, s.d.Sealer, q)
		if err != nil {
			return StaffView{}, fmt.Errorf("inquiry: open contact of %s: %w", id, err)
		}
		m := &MaskedContact{}
		if ct.Email != "" {
			m.Email = redact.MaskEmail(ct.Email)
		}
		if ct.Phone != "" {
			m.Phone = redact.MaskPhone(ct.Phone)
		}
		if ct.Name != "" {
			m.Name = redact.MaskName(ct.Name)
		}
		v.Contact = m
	}
	return v, nil
}

// ActionRequest is the body of the staff actions.
type ActionRequest struct {
	Officer    string `json:"officer,omitempty"`    // assign: a directory officer id
	Department string `json:"department,omitempty"` // assign: transfer to another department
	Answer     string `json:"answer,omitempty"`     // answer
	Reason     string `json:"reason,omitempty"`     // extend (required), close
	Version    int    `json:"version,omitempty"`    // optional: the version the staff member saw
}

// Act applies staff c's action a to inquiry id: the body is checked
// first, then the inquiry is loaded, changed, masked for the public Q&A
// when answered, stored with its event, and the event dispatched.
func (s *Service) Act(ctx context.Context, c auth.Claims, id string, a Action, body ActionRequest) (StaffView, error) {
	ch := Change{Action: a, By: c.Subject}
	var p *document.Problem
	if ch.Reason, p = CleanText("reason", body.Reason, 0, MaxReasonRunes); p != nil {
		return StaffView{}, p
	}
	if a == ActAnswer {
		if ch.Answer, p = CleanText("answer", body.Answer, 1, MaxAnswerRunes); p != nil {
			return StaffView{}, p
		}
	} else if body.Answer != "" {
		return StaffView{}, bad("answer", "answer belongs to the answer action")
	}
	if a != ActAssign && (body.Officer != "" || body.Department != "") {
		return StaffView{}, bad("officer", "officer and department belong to the assign action")
	}
	q, err := s.authorized(ctx, c, id)
	if err != nil {
		return StaffView{}, err
	}
	if body.Version != 0 && body.Version != q.Version {
		return StaffView{}, ErrChanged
	}
	now := s.d.Now()
	prev := q.Version
	dir, ok := s.d.Directories.Of(q.Org)
	if !ok {
		return StaffView{}, errNoDirectory(q.ID, q.Org)
	}
	if a == ActAssign {
		if p := assign(dir, &q, body); p != nil {
			return StaffView{}, p
		}
		ch.Officer = body.Officer
	}
	ev, err := q.Apply(ch, now, s.d.Calendar)
	if err != nil {
		return StaffView{}, stored("apply", err)
	}
	if a == ActAnswer && q.Publish && s.d.Redactor != nil {
		q.PublicAnswer = maskPublic(s.d.Redactor, q.Answer, "", "", "", officialNames(dir, q.Department))
		if q.PublicQuestion == "" {
			q.PublicQuestion = maskPublic(s.d.Redactor, q.Question, "", "", "", nil)
		}
	}
	if err := s.d.Store.Update(ctx, q, prev, ev); err != nil {
		return StaffView{}, stored("update "+q.ID, err)
	}
	s.d.Log(ctx).Info("inquiry "+string(a), "inquiry", q.ID, "org", q.Org, "state", q.State, "version", q.Version, "by", c.Subject)
	s.dispatch(ctx, ev)
	return staffView(q, now), nil
}

// assign checks an assignment against the directory of q's organization
// and moves q to the new department when it is a transfer (within the
// organization: a department id names another department elsewhere).
func assign(dir *Directory, q *Inquiry, body ActionRequest) *document.Problem {
	dept := q.Department
	if body.Department != "" && body.Department != q.Department {
		if !codePattern.MatchString(body.Department) {
			return bad("department", "department must be a department code")
		}
		if rt := dir.Lookup(body.Department); rt.Fallback {
			return bad("department", "department is not in the contact directory")
		}
		dept = body.Department
	}
	if _, ok := dir.Officer(dept, body.Officer); !ok {
		return bad("officer", "officer must be an officer id of the department in the contact directory")
	}
	if dept != q.Department {
		rt := dir.Lookup(dept)
		q.Department, q.DepartmentName, q.Fallback = rt.Code, rt.Name, false
		q.Officer = "" // a transfer always notifies the new officer
	}
	return nil
}

// officialNames are the department's people, whose names in an answer are
// public in the line of duty.
func officialNames(dir *Directory, dept string) []string {
	u := dir.Lookup(dept)
	var names []string
	for _, p := range u.Officers {
		names = append(names, p.Name)
	}
	if u.Head != nil {
		names = append(names, u.Head.Name)
	}
	return slices.Compact(names)
}

// Deadlines counts org's open questions by their deadline, as the
// monitor does (the staff metrics show them beside the release figures).
// One pass over the organization's questions: a filter by state would
// read them once per open state (DynamoDB filters after reading).
func (s *Service) Deadlines(ctx context.Context, org string) (Deadlines, error) {
	var d Deadlines
	now := s.d.Now()
	f := Filter{Org: org, Limit: 500}
	for {
		qs, next, err := s.d.Store.List(ctx, f)
		if err != nil {
			return d, fmt.Errorf("inquiry: deadlines: %w", err)
		}
		for _, q := range qs {
			d.Count(q, now, DefaultRemindBefore)
		}
		if next == "" || len(qs) == 0 {
			return d, nil
		}
		f.After = next
	}
}
