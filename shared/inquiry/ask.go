package inquiry

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/mail"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// ConsentVersion names the current wording of the notice; a POST may send
// it back to show which wording the citizen agreed to.
const ConsentVersion = "2026-11-27"

// Consent is the notice of collection and use of personal information
// (개인정보 수집·이용 동의, Personal Information Protection Act Art. 15(2)).
type Consent struct {
	Version   string `json:"version"`
	Purpose   string `json:"purpose"`
	Items     string `json:"items"`
	Retention string `json:"retention"`
	Refusal   string `json:"refusal"`
	Text      string `json:"text"`
	TextEN    string `json:"text_en"`
}

// ConsentNotice returns the notice for a retention period.
func ConsentNotice(keep time.Duration) Consent {
	ko, en := period(keep)
	c := Consent{
		Version:   ConsentVersion,
		Purpose:   "질문 접수 확인, 처리 상황 및 답변 안내(정보공개 청구 처리 포함)",
		Items:     "필수: 전자우편 주소 또는 휴대전화번호 중 하나 이상 / 선택: 성명",
		Retention: "질문 종결 후 " + ko + " (기간이 지나면 지체 없이 파기)",
		Refusal:   "동의를 거부할 수 있으나, 거부하면 질문을 접수할 수 없습니다.",
	}
	c.Text = "[개인정보 수집·이용 동의] 수집 목적: " + c.Purpose + ". 수집 항목: " + c.Items + ". 보유·이용 기간: " + c.Retention + ". " + c.Refusal +
		" 연락처는 암호화하여 보관하며 담당 공무원에게도 공개하지 않고, 질문과 답변을 공개할 때에는 개인정보를 가립니다."
	c.TextEN = "[Consent to the collection and use of personal information] Purpose: to acknowledge your question and tell you of its progress and answer (including disclosure requests). " +
		"Collected: an e-mail address or a mobile phone number (at least one); your name (optional). Kept: for " + en + " after the inquiry is closed, then deleted. " +
		"You may refuse, but then the question cannot be received. Contact details are stored encrypted and not shown to officers; published questions and answers have personal data masked."
	return c
}

// Consent returns the notice citizens agree to before asking.
func (s *Service) Consent() Consent { return ConsentNotice(s.d.Retention) }

// CleanText normalises s to NFC, turns control characters other than
// newline and tab into spaces, trims it and checks its length in runes.
// Markup is kept as text: it is escaped wherever it is shown.
func CleanText(field, s string, minRunes, maxRunes int) (string, *document.Problem) {
	if !utf8.ValidString(s) {
		return "", bad(field, field+" is not valid UTF-8")
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r':
			return -1
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			return ' '
		}
		return r
	}, norm.NFC.String(s))
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	if n < minRunes || n > maxRunes {
		if minRunes > 0 {
			return "", bad(field, field+" must be "+strconv.Itoa(minRunes)+" to "+strconv.Itoa(maxRunes)+" characters")
		}
		return "", bad(field, field+" must be at most "+strconv.Itoa(maxRunes)+" characters")
	}
	return s, nil
}

// AskRequest is the body of POST /api/inquiries.
type AskRequest struct {
	DocumentID     string `json:"document_id"`
	Org            string `json:"org,omitempty"`
	Question       string `json:"question"`
	Email          string `json:"email,omitempty"`
	Phone          string `json:"phone,omitempty"`
	Name           string `json:"name,omitempty"`
	Consent        bool   `json:"consent"`
	ConsentVersion string `json:"consent_version,omitempty"`
	// Publish: may the question and answer appear (masked) on the document
	// page? Default yes.
	Publish *bool `json:"publish,omitempty"`
	// Website is the honeypot: hidden from people, filled by bots.
	Website string `json:"website,omitempty"`
	// ClientAddr is the client's address, for the rate limits; the edge
	// sets it, never the body.
	ClientAddr string `json:"-"`
}

// AskResponse is the 201 reply.
type AskResponse struct {
	ID          string    `json:"id"`
	Token       string    `json:"token"`
	URL         string    `json:"url"`
	State       State     `json:"state"`
	Due         time.Time `json:"due"`
	Department  string    `json:"department_name"`
	Disclosure  bool      `json:"disclosure"`
	ConsentText string    `json:"consent_version"`
}

// checked is a validated ask.
type checked struct {
	org, doc, question, name, email, phone string
	publish                                bool
}

func (s *Service) validate(req AskRequest) (checked, *document.Problem) {
	var c checked
	if strings.TrimSpace(req.Website) != "" {
		return c, document.Refusal(document.Invalid, "inquiry.rejected", "the request was refused")
	}
	if !req.Consent {
		return c, document.Refusal(document.Invalid, "inquiry.consent_required",
			"consent to the collection of personal information is required (see GET /api/inquiries/consent): "+ConsentNotice(s.d.Retention).TextEN)
	}
	if req.ConsentVersion != "" && req.ConsentVersion != ConsentVersion {
		return c, document.Refusal(document.Invalid, "inquiry.consent_outdated", "the consent notice has changed; read it again and agree to version "+ConsentVersion)
	}
	c.org = s.d.DefaultOrg
	if req.Org != "" {
		if !codePattern.MatchString(req.Org) {
			return c, bad("org", "org must be 1 to 32 characters of [A-Za-z0-9_-]")
		}
		c.org = req.Org
	}
	if !document.ValidID(req.DocumentID) {
		return c, bad("document_id", "document_id must be 1 to 128 characters of [A-Za-z0-9._-]")
	}
	c.doc = req.DocumentID
	var p *document.Problem
	if c.question, p = CleanText("question", req.Question, MinQuestionRunes, MaxQuestionRunes); p != nil {
		return c, p
	}
	if c.name, p = CleanText("name", req.Name, 0, MaxNameRunes); p != nil {
		return c, p
	}
	if strings.ContainsAny(c.name, "\n\t<>") {
		return c, bad("name", "name must be plain text on one line")
	}
	email := strings.TrimSpace(req.Email)
	phone := strings.TrimSpace(req.Phone)
	if email == "" && phone == "" {
		return c, bad("contact", "an e-mail address or a phone number is required")
	}
	if email != "" {
		a, err := mail.ParseAddress(email)
		if err != nil || a.Address != email || len(email) > 254 || (notify.Mail{To: email, Subject: "x", Text: "x"}).Validate() != nil {
			return c, bad("email", "email is not an e-mail address")
		}
		c.email = email
	}
	if phone != "" {
		phone = width.Narrow.String(phone) // full-width digits from some keyboards
		if _, err := notify.E164(phone); err != nil {
			return c, bad("phone", "phone is not a phone number (e.g. 010-1234-5678)")
		}
		c.phone = phone
	}
	c.publish = req.Publish == nil || *req.Publish
	return c, nil
}

// limit counts one request against key and refuses it when it is over.
func (s *Service) limit(ctx context.Context, key string, window time.Duration, max int, now time.Time) error {
	n, err := s.d.Store.Count(ctx, key, window, now)
	if err != nil {
		return fmt.Errorf("inquiry: rate limit: %w", err)
	}
	if n > max {
		return &Throttled{
			Problem:    document.Refusal(document.Limited, "inquiry.rate_limited", "too many questions; try again later"),
			RetryAfter: WindowStart(now, window).Add(window).Sub(now),
		}
	}
	return nil
}

func questionDigest(org, doc, question string) string {
	folded := strings.ToLower(strings.Join(strings.Fields(question), " "))
	sum := sha256.Sum256([]byte(org + "\x00" + doc + "\x00" + folded))
	return hex.EncodeToString(sum[:12])
}

// Ask receives a question: every attempt counts against the client's
// address, a valid one against its contact too; the same question on the
// same document within the window is a duplicate. The inquiry is stored
// with its first event, which is dispatched at once when the Service may.
func (s *Service) Ask(ctx context.Context, req AskRequest) (AskResponse, error) {
	now := s.d.Now()
	log := s.d.Log(ctx)
	type window struct {
		length time.Duration
		max    int
	}
	addr := s.d.Blinder.Blind("addr", req.ClientAddr)
	for _, l := range []window{{time.Hour, s.d.Limits.PerAddressHour}, {24 * time.Hour, s.d.Limits.PerAddressDay}} {
		if err := s.limit(ctx, "addr:"+l.length.String()+":"+addr, l.length, l.max, now); err != nil {
			if _, ok := document.Reason(err); ok {
				log.Info("inquiry refused", "reason", "rate_limited_address")
			}
			return AskResponse{}, err
		}
	}
	c, p := s.validate(req)
	if p != nil {
		log.Info("inquiry refused", "reason", p.Code)
		return AskResponse{}, p
	}
	var refs []string
	if c.email != "" {
		refs = append(refs, s.d.Blinder.Blind("email", c.email))
	}
	if c.phone != "" {
		e164, _ := notify.E164(c.phone)
		refs = append(refs, s.d.Blinder.Blind("phone", e164))
	}
	for _, ref := range refs {
		for _, l := range []window{{time.Hour, s.d.Limits.PerContactHour}, {24 * time.Hour, s.d.Limits.PerContactDay}} {
			if err := s.limit(ctx, "contact:"+l.length.String()+":"+ref, l.length, l.max, now); err != nil {
				if _, ok := document.Reason(err); ok {
					log.Info("inquiry refused", "reason", "rate_limited_contact")
				}
				return AskResponse{}, err
			}
		}
	}

	// An organization the deployment does not have has no documents
	// either: it is answered as a missing document, and never routed to
	// another organization's directory.
	dir, known := s.d.Directories.Of(c.org)
	doc, err := s.document(ctx, c.org, c.doc)
	if errors.Is(err, storage.ErrNotFound) || (err == nil && !known) {
		return AskResponse{}, document.Refusal(document.NotFound, "document.not_found", "no such published or listed document")
	}
	if err != nil {
		return AskResponse{}, fmt.Errorf("inquiry: read public document %s: %w", c.doc, err)
	}

	// The same question on the same document from the same contact or
	// address within the window is a duplicate (double submits, floods).
	digest := questionDigest(c.org, c.doc, c.question)
	for _, who := range append([]string{addr}, refs...) {
		n, err := s.d.Store.Count(ctx, "dup:"+digest+":"+who, s.d.Limits.DuplicateWindow, now)
		if err != nil {
			return AskResponse{}, fmt.Errorf("inquiry: duplicate check: %w", err)
		}
		if n <= 1 {
			continue
		}
		// The counter is counted before the inquiry is stored: an attempt
		// cut short in between (a crash, a failed write) stored nothing,
		// and its retry must not be told the question was received.
		// (Two attempts at the same instant may then both be stored.)
		if asked, err := s.askedBefore(ctx, c.org, c.doc, digest, now); err != nil {
			return AskResponse{}, fmt.Errorf("inquiry: duplicate check: %w", err)
		} else if !asked {
			log.Warn("a question counted before was never stored; taking it now", "document", c.doc)
			break
		}
		log.Info("inquiry refused", "reason", "duplicate", "document", c.doc)
		return AskResponse{}, document.Refusal(document.Conflict, "inquiry.duplicate",
			"the same question on this document was received already; follow it with the tracking link you were given")
	}

	route := dir.Lookup(doc.Department.Code)
	token := NewToken()
	q := Inquiry{
		ID: NewID(now), Org: c.org, DocumentID: c.doc, DocumentTitle: doc.Title,
		Department: route.Code, DepartmentName: route.Name, Fallback: route.Fallback, DocumentDepartment: doc.Department.Code,
		Disclosure: doc.MetadataOnly || doc.Disclosure.Grade == document.GradeClosed,
		Question:   c.question, Publish: c.publish, State: Received, Version: 1,
		ReceivedAt: now.UTC(), Due: s.d.Calendar.Due(now), TokenHash: HashToken(token),
		ConsentVersion: ConsentVersion, ConsentAt: now.UTC(),
		History: []Transition{{To: Received, At: now.UTC(), By: "citizen"}},
	}
	if len(refs) > 0 {
		q.ContactRef = refs[0]
	}
	// The masked question goes to the public Q&A (when the citizen allows)
	// and into officers' mail, which is less guarded than the staff API.
	if s.d.Redactor != nil {
		q.PublicQuestion = maskPublic(s.d.Redactor, c.question, c.name, c.email, c.phone, nil)
	}
	q.Contact, err = SealContact(ctx, s.d.Sealer, q.ID, Contact{Email: c.email, Phone: c.phone, Name: c.name, Token: token})
	if err != nil {
		return AskResponse{}, fmt.Errorf("inquiry: seal contact of %s: %w", q.ID, err)
	}
	ev := NewEvent(&q, EvReceived, now)
	if err := s.d.Store.Create(ctx, q, ev); err != nil {
		return AskResponse{}, fmt.Errorf("inquiry: create %s: %w", q.ID, err)
	}
	log.Info("inquiry received", "inquiry", q.ID, "org", q.Org, "document", q.DocumentID, "department", q.Department,
		"fallback", q.Fallback, "disclosure", q.Disclosure)
	if route.Fallback {
		log.Warn("inquiry routed to the fallback office", "inquiry", q.ID, "org", q.Org, "asked_department", route.Asked, "department", route.Code)
	}
	s.dispatch(ctx, ev)
	return AskResponse{
		ID: q.ID, Token: token, URL: "/api/inquiries/" + q.ID + "?token=" + token, State: q.State, Due: q.Due,
		Department: q.DepartmentName, Disclosure: q.Disclosure, ConsentText: ConsentVersion,
	}, nil
}

// askedBefore reports whether an inquiry with the question of digest was
// stored on the document within the duplicate window.
func (s *Service) askedBefore(ctx context.Context, org, doc, digest string, now time.Time) (bool, error) {
	f := Filter{Org: org, Document: doc}
	since := now.Add(-s.d.Limits.DuplicateWindow)
	for {
		qs, next, err := s.d.Store.List(ctx, f)
		if err != nil {
			return false, err
		}
		for _, q := range qs {
			if !q.ReceivedAt.Before(since) && questionDigest(q.Org, q.DocumentID, q.Question) == digest {
				return true, nil
			}
		}
		if next == "" {
			return false, nil
		}
		f.After = next
	}
}

// document reads the public record of a document: published, or closed
// and listed by its metadata.
func (s *Service) document(ctx context.Context, org, id string) (document.Public, error) {
	data, err := storage.ReadAll(ctx, s.d.Documents, s.d.PublicBucket, document.PublicKey(document.Key{Org: org, ID: id}), maxDocumentBytes)
	if err != nil {
		return document.Public{}, err
	}
	var p document.Public
	if err := json.Unmarshal(data, &p); err != nil {
		return p, err
	}
	if p.ID != id {
		return p, storage.ErrNotFound
	}
	return p, nil
}

// maskPublic masks personal data for the public Q&A: layer 1 of the
// redaction, then whatever of the citizen's own contact data is left.
func maskPublic(m Masker, text, name, email, phone string, exempt []string) string {
	out := m.Redact(text, redact.Options{Exempt: exempt}).Text
	if name != "" && utf8.RuneCountInString(name) >= 2 {
		out = strings.ReplaceAll(out, name, redact.MaskName(name))
	}
	if email != "" {
		out = strings.ReplaceAll(out, email, redact.MaskEmail(email))
	}
	if phone != "" {
		out = strings.ReplaceAll(out, phone, redact.MaskPhone(phone))
	}
	return out
}
