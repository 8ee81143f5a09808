package inquiry

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Bounds on what a citizen may send.
const (
	MinQuestionRunes = 10
	MaxQuestionRunes = 4000
	MaxAnswerRunes   = 20000
	MaxNameRunes     = 50
	MaxReasonRunes   = 1000
	maxBodyBytes     = 64 << 10
	maxDocumentBytes = 32 << 20
	defaultPage      = 50
	maxPage          = 100
)

// Limits against spam and abuse. Counters live in the Store, so they hold
// across every function instance on AWS.
type Limits struct {
	PerContactHour int // inquiries per e-mail or phone per hour (default 5)
	PerContactDay  int // … per day (default 20)
	PerAddressHour int // inquiries per client address per hour (default 10)
	PerAddressDay  int // … per day (default 50)
	// DuplicateWindow is how long the same question from the same contact
	// or address on the same document is refused (default 24 hours).
	DuplicateWindow time.Duration
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.PerContactHour, 5)
	def(&l.PerContactDay, 20)
	def(&l.PerAddressHour, 10)
	def(&l.PerAddressDay, 50)
	if l.DuplicateWindow <= 0 {
		l.DuplicateWindow = 24 * time.Hour
	}
	return l
}

// Masker is layer 1 of the redaction (redact.Redactor).
type Masker interface {
	Redact(text string, opts redact.Options) redact.Result
}

// HandlerDeps are the HTTP handler's collaborators.
type HandlerDeps struct {
	Store     Store
	Sealer    Sealer
	Blinder   *Blinder
	Directory *Directory
	// Documents and PublicBucket: where published documents are read to
	// check that an inquiry's document exists (documents/<org>/<id>.json).
	Documents    storage.Store
	PublicBucket string
	// Auth may be nil: staff routes then answer 401.
	Auth     auth.Verifier
	Redactor Masker
	// DefaultOrg is the organization code used when a request names none.
	DefaultOrg string
	Calendar   Calendar
	Limits     Limits
	// Retention is told to citizens in the consent notice (default one year).
	Retention time.Duration
	// Dispatch, when set, delivers an event right away (one machine:
	// Notifier.Deliver); on AWS it is nil and the table's stream triggers
	// the notify function. An error is logged: the event stays pending and
	// the monitor delivers it later.
	Dispatch func(ctx context.Context, r Ref) error
	// ClientAddr returns the client's address for rate limits (default:
	// the host of r.RemoteAddr).
	ClientAddr func(*http.Request) string
	// Logger, or Log for a per-request logger (the API's, which carries the
	// request id).
	Logger *slog.Logger
	Log    func(context.Context) *slog.Logger
	Now    func() time.Time
}

// Handler serves the inquiry routes.
type Handler struct {
	d      HandlerDeps
	mux    *http.ServeMux
	routes []route
}

type route struct {
	pattern string
	fn      http.HandlerFunc
}

// NewHandler returns the handler. Store, Sealer, Blinder, Directory and
// Documents are required: without them it panics at start-up rather than
// on the first question.
func NewHandler(d HandlerDeps) *Handler {
	requireDeps("HandlerDeps", map[string]bool{"Store": d.Store != nil, "Sealer": d.Sealer != nil,
		"Blinder": d.Blinder != nil, "Directory": d.Directory != nil, "Documents": d.Documents != nil})
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Log == nil {
		l := d.Logger
		d.Log = func(context.Context) *slog.Logger { return l }
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.ClientAddr == nil {
		d.ClientAddr = RemoteHost
	}
	if d.Retention <= 0 {
		d.Retention = DefaultRetention
	}
	d.Limits = d.Limits.withDefaults()
	h := &Handler{d: d, mux: http.NewServeMux()}
	h.add("GET /api/inquiries/consent", h.consent)
	h.add("POST /api/inquiries", h.ask)
	h.add("GET /api/inquiries/{id}", h.track)
	h.add("GET /api/documents/{id}/qa", h.qa)
	h.add("GET /api/staff/inquiries", h.staff(h.staffList))
	h.add("GET /api/staff/inquiries/{id}", h.staff(h.staffGet))
	for _, a := range Actions {
		h.add("POST /api/staff/inquiries/{id}/"+string(a), h.staff(h.staffAction(a)))
	}
	for _, r := range h.routes {
		h.mux.HandleFunc(r.pattern, r.fn)
	}
	return h
}

func (h *Handler) add(pattern string, fn http.HandlerFunc) {
	h.routes = append(h.routes, route{pattern, fn})
}

// Routes returns the route patterns ("POST /api/inquiries", …).
func (h *Handler) Routes() []string {
	out := make([]string, len(h.routes))
	for i, r := range h.routes {
		out[i] = r.pattern
	}
	return out
}

// Register mounts every route on mux, each wrapped by wrap (nil: none);
// the API passes its own mux and its per-route wrapper.
func (h *Handler) Register(mux *http.ServeMux, wrap func(pattern string, fn http.HandlerFunc) http.HandlerFunc) {
	for _, r := range h.routes {
		fn := r.fn
		if wrap != nil {
			fn = wrap(r.pattern, fn)
		}
		mux.HandleFunc(r.pattern, fn)
	}
}

// ServeHTTP serves the inquiry routes alone (tests, or a separate mount).
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, pattern := h.mux.Handler(r); pattern == "" {
		httpjson.Error(w, http.StatusNotFound, "not_found", "no such resource")
		return
	}
	h.mux.ServeHTTP(w, r)
}

// RemoteHost is the host part of r.RemoteAddr.
func RemoteHost(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// ViewerAddress is a ClientAddr for the API behind CloudFront: the
// viewer's address from the CloudFront-Viewer-Address header (the origin
// request policy must forward it), else RemoteHost (API Gateway's source
// IP, which behind CloudFront is an edge's). Use it only where the API is
// reachable through CloudFront alone, since a client could otherwise set
// the header: the api function refuses every request without CloudFront's
// origin secret (gateway.RequireOrigin) before this runs. The
// per-contact limits hold either way.
func ViewerAddress(r *http.Request) string {
	if v := r.Header.Get("CloudFront-Viewer-Address"); v != "" {
		if i := strings.LastIndexByte(v, ':'); i > 0 {
			v = v[:i] // drop the port
		}
		return strings.Trim(v, "[]")
	}
	return RemoteHost(r)
}

// ---- responses ----

// writeProblem answers p; every refusal of this package names its Kind.
func writeProblem(w http.ResponseWriter, p *document.Problem) {
	httpjson.Problem(w, p, http.StatusBadRequest)
}

func (h *Handler) fail(w http.ResponseWriter, r *http.Request, what string, err error) {
	if p, ok := document.Reason(err); ok {
		writeProblem(w, p)
		return
	}
	switch {
	case errors.Is(err, ErrNotFound):
		httpjson.Error(w, http.StatusNotFound, "inquiry.not_found", "no such inquiry")
	case errors.Is(err, ErrConflict):
		httpjson.Error(w, http.StatusConflict, "conflict", "the inquiry changed meanwhile; reload and try again")
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		httpjson.Error(w, http.StatusServiceUnavailable, "unavailable", "the request was cancelled or timed out")
	default:
		// Errors here carry ids and keys, never contact data.
		h.d.Log(r.Context()).Error(what, "error", err.Error())
		httpjson.Error(w, http.StatusInternalServerError, "internal", "internal error")
	}
}

func bad(field, message string) *document.Problem {
	return document.Refusal(document.Invalid, "body.bad_field:"+field, message)
}

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

var codePattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,32}$`)

func (h *Handler) org(r *http.Request) (string, *document.Problem) {
	org := r.URL.Query().Get("org")
	if org == "" {
		return h.d.DefaultOrg, nil
	}
	if !codePattern.MatchString(org) {
		return "", document.Refusal(document.Invalid, "query.bad_param:org", "org must be 1 to 32 characters of [A-Za-z0-9_-]")
	}
	return org, nil
}

// ---- the PIPA notice ----

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

func (h *Handler) consent(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=300")
	httpjson.Write(w, http.StatusOK, ConsentNotice(h.d.Retention))
}

// ---- asking ----

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

func (h *Handler) validate(req AskRequest) (checked, *document.Problem) {
	var c checked
	if strings.TrimSpace(req.Website) != "" {
		return c, document.Refusal(document.Invalid, "inquiry.rejected", "the request was refused")
	}
	if !req.Consent {
		return c, document.Refusal(document.Invalid, "inquiry.consent_required",
			"consent to the collection of personal information is required (see GET /api/inquiries/consent): "+ConsentNotice(h.d.Retention).TextEN)
	}
	if req.ConsentVersion != "" && req.ConsentVersion != ConsentVersion {
		return c, document.Refusal(document.Invalid, "inquiry.consent_outdated", "the consent notice has changed; read it again and agree to version "+ConsentVersion)
	}
	c.org = h.d.DefaultOrg
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

// limit counts one request against key and answers 429 when it is over.
func (h *Handler) limit(ctx context.Context, w http.ResponseWriter, key string, window time.Duration, max int, now time.Time) (bool, error) {
	n, err := h.d.Store.Count(ctx, key, window, now)
	if err != nil {
		return false, err
	}
	if n > max {
		retry := WindowStart(now, window).Add(window).Sub(now)
		w.Header().Set("Retry-After", strconv.Itoa(int(retry.Seconds())+1))
		httpjson.Error(w, http.StatusTooManyRequests, "inquiry.rate_limited", "too many questions; try again later")
		return false, nil
	}
	return true, nil
}

func questionDigest(org, doc, question string) string {
	folded := strings.ToLower(strings.Join(strings.Fields(question), " "))
	sum := sha256.Sum256([]byte(org + "\x00" + doc + "\x00" + folded))
	return hex.EncodeToString(sum[:12])
}

func (h *Handler) ask(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	now := h.d.Now()
	log := h.d.Log(ctx)
	var req AskRequest
	if !httpjson.Decode(w, r, maxBodyBytes, &req) {
		return
	}
	// Every attempt counts against the address, valid or not.
	addr := h.d.Blinder.Blind("addr", h.d.ClientAddr(r))
	for _, l := range []struct {
		window time.Duration
		max    int
	}{{time.Hour, h.d.Limits.PerAddressHour}, {24 * time.Hour, h.d.Limits.PerAddressDay}} {
		ok, err := h.limit(ctx, w, "addr:"+l.window.String()+":"+addr, l.window, l.max, now)
		if err != nil {
			h.fail(w, r, "rate limit", err)
			return
		}
		if !ok {
			log.Info("inquiry refused", "reason", "rate_limited_address")
			return
		}
	}
	c, p := h.validate(req)
	if p != nil {
		log.Info("inquiry refused", "reason", p.Code)
		writeProblem(w, p)
		return
	}
	var refs []string
	if c.email != "" {
		refs = append(refs, h.d.Blinder.Blind("email", c.email))
	}
	if c.phone != "" {
		e164, _ := notify.E164(c.phone)
		refs = append(refs, h.d.Blinder.Blind("phone", e164))
	}
	for _, ref := range refs {
		for _, l := range []struct {
			window time.Duration
			max    int
		}{{time.Hour, h.d.Limits.PerContactHour}, {24 * time.Hour, h.d.Limits.PerContactDay}} {
			ok, err := h.limit(ctx, w, "contact:"+l.window.String()+":"+ref, l.window, l.max, now)
			if err != nil {
				h.fail(w, r, "rate limit", err)
				return
			}
			if !ok {
				log.Info("inquiry refused", "reason", "rate_limited_contact")
				return
			}
		}
	}

	doc, err := h.document(ctx, c.org, c.doc)
	if errors.Is(err, storage.ErrNotFound) {
		httpjson.Error(w, http.StatusNotFound, "document.not_found", "no such published or listed document")
		return
	}
	if err != nil {
		h.fail(w, r, "read public document", err)
		return
	}

	// The same question on the same document from the same contact or
	// address within the window is a duplicate (double submits, floods).
	digest := questionDigest(c.org, c.doc, c.question)
	for _, who := range append([]string{addr}, refs...) {
		n, err := h.d.Store.Count(ctx, "dup:"+digest+":"+who, h.d.Limits.DuplicateWindow, now)
		if err != nil {
			h.fail(w, r, "duplicate check", err)
			return
		}
		if n > 1 {
			log.Info("inquiry refused", "reason", "duplicate", "document", c.doc)
			httpjson.Error(w, http.StatusConflict, "inquiry.duplicate", "the same question on this document was received already; follow it with the tracking link you were given")
			return
		}
	}

	route := h.d.Directory.Lookup(doc.Department.Code)
	token := NewToken()
	q := Inquiry{
		ID: NewID(now), Org: c.org, DocumentID: c.doc, DocumentTitle: doc.Title,
		Department: route.Code, DepartmentName: route.Name, Fallback: route.Fallback, DocumentDepartment: doc.Department.Code,
		Disclosure: doc.MetadataOnly || doc.Disclosure.Grade == document.GradeClosed,
		Question:   c.question, Publish: c.publish, State: Received, Version: 1,
		ReceivedAt: now.UTC(), Due: h.d.Calendar.Due(now), TokenHash: HashToken(token),
		ConsentVersion: ConsentVersion, ConsentAt: now.UTC(),
		History: []Transition{{To: Received, At: now.UTC(), By: "citizen"}},
	}
	if len(refs) > 0 {
		q.ContactRef = refs[0]
	}
	// The masked question goes to the public Q&A (when the citizen allows)
	// and into officers' mail, which is less guarded than the staff API.
	if h.d.Redactor != nil {
		q.PublicQuestion = maskPublic(h.d.Redactor, c.question, c.name, c.email, c.phone, nil)
	}
	q.Contact, err = SealContact(ctx, h.d.Sealer, q.ID, Contact{Email: c.email, Phone: c.phone, Name: c.name, Token: token})
	if err != nil {
		h.fail(w, r, "seal contact", err)
		return
	}
	ev := NewEvent(&q, EvReceived, now)
	if err := h.d.Store.Create(ctx, q, ev); err != nil {
		h.fail(w, r, "create inquiry", err)
		return
	}
	log.Info("inquiry received", "inquiry", q.ID, "document", q.DocumentID, "department", q.Department,
		"fallback", q.Fallback, "disclosure", q.Disclosure)
	if route.Fallback {
		log.Warn("inquiry routed to the fallback office", "inquiry", q.ID, "asked_department", route.Asked, "department", route.Code)
	}
	h.dispatch(ctx, ev)
	httpjson.Write(w, http.StatusCreated, AskResponse{
		ID: q.ID, Token: token, URL: "/api/inquiries/" + q.ID + "?token=" + token, State: q.State, Due: q.Due,
		Department: q.DepartmentName, Disclosure: q.Disclosure, ConsentText: ConsentVersion,
	})
}

func (h *Handler) dispatch(ctx context.Context, ev Event) {
	if h.d.Dispatch == nil {
		return
	}
	if err := h.d.Dispatch(context.WithoutCancel(ctx), ev.Ref()); err != nil {
		h.d.Log(ctx).Warn("notice not delivered yet; the monitor retries", "inquiry", ev.Inquiry, "event", ev.Key, "error", err.Error())
	}
}

// document reads the public record of a document: published, or closed
// and listed by its metadata.
func (h *Handler) document(ctx context.Context, org, id string) (document.Public, error) {
	data, err := storage.ReadAll(ctx, h.d.Documents, h.d.PublicBucket, document.PublicKey(document.Key{Org: org, ID: id}), maxDocumentBytes)
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

// ---- tracking ----

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

func (h *Handler) track(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	// The header keeps the token out of access logs that record query
	// strings (CloudFront, API Gateway); the query form is for links.
	token := r.Header.Get(TokenHeader)
	if token == "" {
		token = r.URL.Query().Get("token")
	}
	if token == "" {
		httpjson.Error(w, http.StatusUnauthorized, "inquiry.no_token", "the tracking token is required (?token=… or the "+TokenHeader+" header)")
		return
	}
	if !ValidID(id) || len(token) > 128 {
		httpjson.Error(w, http.StatusNotFound, "inquiry.not_found", "no such inquiry, or the token does not match")
		return
	}
	q, err := h.d.Store.Get(r.Context(), id)
	if err != nil && !errors.Is(err, ErrNotFound) {
		h.fail(w, r, "get inquiry", err)
		return
	}
	// Unknown id and wrong token look alike: ids cannot be probed.
	if err != nil || !q.CheckToken(token) {
		httpjson.Error(w, http.StatusNotFound, "inquiry.not_found", "no such inquiry, or the token does not match")
		return
	}
	w.Header().Set("Referrer-Policy", "no-referrer")
	httpjson.Write(w, http.StatusOK, publicView(q))
}

// ---- public Q&A ----

// QA is one published question and answer.
type QA struct {
	ID             string     `json:"id"`
	Question       string     `json:"question"`
	Answer         string     `json:"answer"`
	DepartmentName string     `json:"department_name"`
	ReceivedAt     time.Time  `json:"received_at"`
	AnsweredAt     *time.Time `json:"answered_at,omitempty"`
}

func (h *Handler) qa(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !document.ValidID(id) {
		httpjson.Error(w, http.StatusBadRequest, "query.bad_param:id", "id must be 1 to 128 characters of [A-Za-z0-9._-]")
		return
	}
	org, p := h.org(r)
	if p != nil {
		writeProblem(w, p)
		return
	}
	items := []QA{}
	after := ""
	for {
		page, next, err := h.d.Store.List(r.Context(), Filter{Org: org, Document: id, After: after, Limit: maxPage})
		if err != nil {
			h.fail(w, r, "list Q&A", err)
			return
		}
		for _, q := range page {
			if !q.Publish || q.PublicAnswer == "" || q.PublicQuestion == "" || (q.State != Answered && q.State != Closed) {
				continue
			}
			items = append(items, QA{ID: q.ID, Question: q.PublicQuestion, Answer: q.PublicAnswer,
				DepartmentName: q.DepartmentName, ReceivedAt: q.ReceivedAt, AnsweredAt: q.AnsweredAt})
		}
		if next == "" || len(items) >= maxPage {
			break
		}
		after = next
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	data, _ := json.Marshal(map[string]any{"items": items})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(append(data, '\n'))
}

// ---- staff ----

type staffFunc = auth.Handler

// staff authenticates a request before fn runs (auth.Require).
func (h *Handler) staff(fn staffFunc) http.HandlerFunc {
	return auth.Require(h.d.Auth, h.d.Log, fn)
}

func forbidden(w http.ResponseWriter) {
	httpjson.Error(w, http.StatusForbidden, "auth.forbidden", "this inquiry belongs to another department")
}

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

func (h *Handler) staffList(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	v := r.URL.Query()
	org, p := h.org(r)
	if p != nil {
		writeProblem(w, p)
		return
	}
	f := Filter{Org: org, Department: v.Get("department"), After: v.Get("after"), Limit: defaultPage}
	if f.Department != "" && !codePattern.MatchString(f.Department) {
		httpjson.Error(w, http.StatusBadRequest, "query.bad_param:department", "department must be a department code")
		return
	}
	if s := State(v.Get("state")); s != "" {
		if !s.Valid() {
			httpjson.Error(w, http.StatusBadRequest, "query.bad_param:state", "state must be one of received, assigned, in_progress, extended, answered, closed")
			return
		}
		f.State = s
	}
	if f.After != "" && !ValidID(f.After) {
		httpjson.Error(w, http.StatusBadRequest, "query.bad_param:after", "after must be a cursor returned as next")
		return
	}
	if s := v.Get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > maxPage {
			httpjson.Error(w, http.StatusBadRequest, "query.bad_param:size", "size must be an integer from 1 to 100")
			return
		}
		f.Limit = n
	}
	if !c.Admin {
		if f.Department != "" && f.Department != c.Department {
			forbidden(w)
			return
		}
		f.Department = c.Department
	}
	qs, next, err := h.d.Store.List(r.Context(), f)
	if err != nil {
		h.fail(w, r, "list inquiries", err)
		return
	}
	now := h.d.Now()
	items := make([]StaffView, 0, len(qs))
	for _, q := range qs {
		items = append(items, staffView(q, now))
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"items": items, "next": next})
}

// authorized loads the {id} inquiry and checks the department; another
// department's inquiry answers 404, exactly as a missing one.
func (h *Handler) authorized(w http.ResponseWriter, r *http.Request, c auth.Claims) (Inquiry, bool) {
	id := r.PathValue("id")
	if !ValidID(id) {
		httpjson.Error(w, http.StatusNotFound, "inquiry.not_found", "no such inquiry")
		return Inquiry{}, false
	}
	q, err := h.d.Store.Get(r.Context(), id)
	if err != nil {
		h.fail(w, r, "get inquiry", err)
		return q, false
	}
	if !c.CanAct(q.Department) {
		// As a missing one: staff cannot learn which inquiries exist in
		// other departments.
		httpjson.Error(w, http.StatusNotFound, "inquiry.not_found", "no such inquiry")
		return q, false
	}
	return q, true
}

func (h *Handler) staffGet(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	q, ok := h.authorized(w, r, c)
	if !ok {
		return
	}
	v := staffView(q, h.d.Now())
	if q.Contact != nil {
		ct, err := OpenContact(r.Context(), h.d.Sealer, q)
		if err != nil {
			h.fail(w, r, "open contact", err)
			return
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
	httpjson.Write(w, http.StatusOK, v)
}

// ActionRequest is the body of the staff actions.
type ActionRequest struct {
	Officer    string `json:"officer,omitempty"`    // assign: a directory officer id
	Department string `json:"department,omitempty"` // assign: transfer to another department
	Answer     string `json:"answer,omitempty"`     // answer
	Reason     string `json:"reason,omitempty"`     // extend (required), close
	Version    int    `json:"version,omitempty"`    // optional: the version the staff member saw
}

func (h *Handler) staffAction(a Action) staffFunc {
	return func(w http.ResponseWriter, r *http.Request, c auth.Claims) {
		var body ActionRequest
		if !httpjson.Decode(w, r, maxBodyBytes, &body) {
			return
		}
		ch := Change{Action: a, By: c.Subject}
		var p *document.Problem
		if ch.Reason, p = CleanText("reason", body.Reason, 0, MaxReasonRunes); p != nil {
			writeProblem(w, p)
			return
		}
		if a == ActAnswer {
			if ch.Answer, p = CleanText("answer", body.Answer, 1, MaxAnswerRunes); p != nil {
				writeProblem(w, p)
				return
			}
		} else if body.Answer != "" {
			writeProblem(w, bad("answer", "answer belongs to the answer action"))
			return
		}
		if a != ActAssign && (body.Officer != "" || body.Department != "") {
			writeProblem(w, bad("officer", "officer and department belong to the assign action"))
			return
		}
		q, ok := h.authorized(w, r, c)
		if !ok {
			return
		}
		if body.Version != 0 && body.Version != q.Version {
			httpjson.Error(w, http.StatusConflict, "conflict", "the inquiry changed meanwhile; reload and try again")
			return
		}
		now := h.d.Now()
		prev := q.Version
		if a == ActAssign {
			dept := q.Department
			if body.Department != "" && body.Department != q.Department {
				if !codePattern.MatchString(body.Department) {
					writeProblem(w, bad("department", "department must be a department code"))
					return
				}
				if rt := h.d.Directory.Lookup(body.Department); rt.Fallback {
					writeProblem(w, bad("department", "department is not in the contact directory"))
					return
				}
				dept = body.Department
			}
			if _, ok := h.d.Directory.Officer(dept, body.Officer); !ok {
				writeProblem(w, bad("officer", "officer must be an officer id of the department in the contact directory"))
				return
			}
			ch.Officer = body.Officer
			if dept != q.Department {
				rt := h.d.Directory.Lookup(dept)
				q.Department, q.DepartmentName, q.Fallback = rt.Code, rt.Name, false
				q.Officer = "" // a transfer always notifies the new officer
			}
		}
		ev, err := q.Apply(ch, now, h.d.Calendar)
		if err != nil {
			h.fail(w, r, "apply", err)
			return
		}
		if a == ActAnswer && q.Publish && h.d.Redactor != nil {
			q.PublicAnswer = maskPublic(h.d.Redactor, q.Answer, "", "", "", h.officialNames(q.Department))
			if q.PublicQuestion == "" {
				q.PublicQuestion = maskPublic(h.d.Redactor, q.Question, "", "", "", nil)
			}
		}
		if err := h.d.Store.Update(r.Context(), q, prev, ev); err != nil {
			h.fail(w, r, "update inquiry", err)
			return
		}
		h.d.Log(r.Context()).Info("inquiry "+string(a), "inquiry", q.ID, "state", q.State, "version", q.Version, "by", c.Subject)
		h.dispatch(r.Context(), ev)
		httpjson.Write(w, http.StatusOK, staffView(q, now))
	}
}

// officialNames are the department's people, whose names in an answer are
// public in the line of duty.
func (h *Handler) officialNames(dept string) []string {
	u := h.d.Directory.Lookup(dept)
	var names []string
	for _, p := range u.Officers {
		names = append(names, p.Name)
	}
	if u.Head != nil {
		names = append(names, u.Head.Name)
	}
	return slices.Compact(names)
}

// requireDeps panics naming every missing collaborator.
func requireDeps(what string, have map[string]bool) {
	var missing []string
	for name, ok := range have {
		if !ok {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		panic("inquiry: " + what + " lacks " + strings.Join(missing, ", "))
	}
}
