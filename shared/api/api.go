// Package api is Plaza's HTTP API and portal as one net/http handler. The
// same handler runs in Lambda (behind API Gateway, through the v2 proxy
// adapter), in the one-process stack and in tests. The OpenAPI document
// embedded here (openapi.yaml, served as /api/openapi.json) is the contract;
// tests check every route against it.
package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/shared/access"
	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/opendata"
	orgs "github.com/seoul-plaza/plaza/shared/org" // orgs: the tests name the default organization org
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Operations are the staff actions that change documents. The pipeline
// implements them; the API only authenticates, authorises and validates.
// Implementations return errors wrapping ledger.ErrNotFound for an unknown
// document, ledger.ErrConflict for a lost race, or a *document.Problem when
// the document is not in a state that allows the action (all become 4xx).
type Operations interface {
	// Retract withdraws a published document: it leaves the public bucket
	// and the index, and the ledger records who and why.
	Retract(ctx context.Context, key document.Key, reason, by string) error
	// SetHold stops releases (globally when h.Department is "").
	SetHold(ctx context.Context, h ledger.Hold) error
	// LiftHold ends a hold and releases what waited behind it.
	LiftHold(ctx context.Context, org, department, by string) error
	// ReviewItem returns a document waiting in review as a reviewer sees it.
	ReviewItem(ctx context.Context, key document.Key) (review.View, error)
	// Review applies a reviewer's action (mask, approve, withhold, send
	// back, retry) and returns the review as it stands after; each action
	// is audited. A stale review.Action.Seq answers ledger.ErrConflict.
	Review(ctx context.Context, key document.Key, a review.Action) (review.View, error)
}

// Deps are the handler's collaborators.
type Deps struct {
	Search  search.Index
	Store   storage.Store
	Buckets storage.Buckets
	Ledger  ledger.Ledger
	// Ops may be nil: staff write routes then answer 501.
	Ops Operations
	// Auth may be nil: staff routes then answer 401.
	Auth auth.Verifier
	// DefaultOrg is the organization code used when a request for one
	// document names none.
	DefaultOrg string
	// Orgs, when set, names the organizations in search facets and
	// statistics, names their departments in statistics, and lists every
	// organization in the comparison (GET /api/stats/organizations), those
	// with no document yet included. It is also what GET /api/organizations
	// publishes of each (code, name, branding); nil lists none.
	Orgs   *orgs.Set
	Logger *slog.Logger
	Now    func() time.Time
	// RequestID, when set, supplies the platform's request id (on AWS:
	// gateway.RequestID) used when the client sent no X-Request-Id.
	RequestID func(*http.Request) string
	// StatsTTL is how long release statistics are cached (default 1 minute).
	StatsTTL time.Duration
	// Flags tune the low-ratio flags and the ranking of
	// /api/staff/stats/… (zero values: stats.DefaultFlags).
	Flags stats.FlagOptions
	// Stats is the release roll-up the monitor keeps (*stats.Roller). Nil
	// reads one over Ledger and the work bucket of Store: the kept roll-up
	// and the ledger's change feed after it, or, for a ledger without a
	// feed, a count of its records.
	Stats Rollups
	// Meter, when set, holds the stage metrics recorded in this process
	// (*meter.Registry: the local stack's): /api/staff/metrics adds the
	// caller's organization's and /metrics all of them. Nil on AWS, where
	// CloudWatch has them.
	Meter Meter
	// Inquiries, when set, serves the "Ask" routes (*inquiry.Service):
	// POST /api/inquiries, GET /api/inquiries/{id}, GET
	// /api/inquiries/consent, GET /api/documents/{id}/qa and
	// /api/staff/inquiries…. Nil leaves them out (404), and the portal's
	// Ask button says the service is unavailable.
	Inquiries Inquiries
	// Reports, when set, serves citizens' leak reports (*leak.Service);
	// nil answers 501 on their routes.
	Reports Reports
	// Feedback, when set, takes "was this useful?" votes, inquiry
	// ratings and survey responses (*feedback.Service), and adds their
	// counts to the departments' statistics; nil answers 501.
	Feedback Feedback
	// Subscriptions, when set, serves the weekly mails' opt-in and
	// one-click unsubscribe (*subscription.Service); nil answers 501.
	Subscriptions Subscriptions
	// ClientAddr returns the client's address for rate limits (default:
	// the host of r.RemoteAddr; ViewerAddress behind CloudFront).
	ClientAddr func(*http.Request) string
	// PortalURL is the portal's absolute URL (no trailing slash), from
	// which the open-data formats make their links; "" takes the
	// request's host, as on one machine.
	PortalURL string
	// Check, when set, runs the pre-release check of POST
	// /api/staff/check (*pipeline.Pipeline); nil answers 501.
	Check Checker
	// Portal, when set, serves the citizen portal's page and files at /
	// and /static/, and the staff console's page at /staff/
	// (portal.Handler() on one machine). The api function on
	// AWS leaves it nil: CloudFront serves the portal from the site
	// bucket, and the function's bootstrap stays small.
	Portal http.Handler
	// PDFFont is the TrueType font with Hangul that the PDF renditions of
	// documents embed (shared/rendition); nil, GET
	// /api/documents/{id}/pdf answers 501.
	PDFFont []byte
}

// Handler serves the API, and the portal when Deps.Portal is set.
type Handler struct {
	d Deps
	// echo masks a reader's query before a page shows it back: a search
	// for a resident number must not put it into a cached page.
	echo      *redact.Redactor
	mux       *http.ServeMux
	routes    []string // registered API patterns, for the contract test
	statsMu   sync.Mutex
	stats     *stats.Rollup
	statsAt   time.Time
	computeMu sync.Mutex // one roll-up read at a time
	// The OpenAPI document, unzipped on first request.
	openapiOnce sync.Once
	openapi     []byte
	openapiErr  error
	// beacons rate-limits the time-on-page beacon per address.
	beacons limiter
	// views is the most-viewed ranking sort=views reads.
	views ranking
}

// New returns the handler.
func New(d Deps) *Handler {
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.StatsTTL <= 0 {
		d.StatsTTL = time.Minute
	}
	if d.Stats == nil {
		l, ok := d.Ledger.(stats.Ledger)
		if !ok {
			l = scanOnly{d.Ledger}
		}
		d.Stats = stats.NewRoller(stats.RollerDeps{Ledger: l, Store: d.Store, Bucket: d.Buckets.Work, Logger: d.Logger, Now: d.Now})
	}
	h := &Handler{d: d, mux: http.NewServeMux(), echo: redact.New()}

	h.route("GET /api/documents", h.searchDocuments)
	h.route("GET /api/documents/{id}", h.getDocument)
	h.route("GET /api/documents/{id}/related", h.related)
	h.route("GET /api/documents/{id}/pdf", h.documentPDF)
	h.route("GET /api/keywords", h.keywords)
	h.route("GET /api/departments", h.departments)
	h.route("GET /api/stats/release", h.releaseStats)
	h.route("GET /api/stats/organizations", h.orgComparison)
	h.route("GET /api/organizations", h.listOrganizations)
	h.route("GET /api/organizations/{code}", h.getOrganization)
	h.route("GET /api/notices", h.listNotices)
	h.route("GET /api/openapi.json", h.serveOpenAPI)
	h.route("GET /api/stats/usage", h.usageStats)
	h.route("POST /api/beacon", h.beacon)

	h.route("GET /api/staff/ledger", h.staff(h.staffLedger))
	h.route("POST /api/staff/documents/{id}/retract", h.staff(h.staffRetract))
	h.route("GET /api/staff/holds", h.staff(h.staffHolds))
	h.route("POST /api/staff/holds", h.staff(h.staffSetHold))
	h.route("DELETE /api/staff/holds", h.staff(h.staffLiftHold))
	h.route("GET /api/staff/review", h.staff(h.staffReviewQueue))
	h.route("GET /api/staff/review/{id}", h.staff(h.staffReviewItem))
	h.route("POST /api/staff/review/{id}/mask", h.staff(h.staffReviewAction(review.ActMask)))
	h.route("POST /api/staff/review/{id}/approve", h.staff(h.staffReviewAction(review.ActApprove)))
	h.route("POST /api/staff/review/{id}/withhold", h.staff(h.staffReviewAction(review.ActWithhold)))
	h.route("POST /api/staff/review/{id}/send-back", h.staff(h.staffReviewAction(review.ActSendBack)))
	h.route("POST /api/staff/review/{id}/retry", h.staff(h.staffReviewAction(review.ActRetry)))
	h.route("POST /api/staff/check", h.staff(h.staffCheck))
	h.route("GET /api/staff/stats/flags", h.staff(h.staffFlags))
	h.route("GET /api/staff/stats/ranking", h.staff(h.staffRanking))
	h.route("GET /api/staff/stats/disclosure-check", h.staff(h.staffDisclosureCheck))
	h.route("GET /api/staff/reconciliation", h.staff(h.staffReconciliation))
	h.route("GET /api/staff/metrics", h.staff(h.staffMetrics))
	h.route("GET /api/staff/stats/usage", h.staff(h.staffUsageStats))

	h.leakRoutes()
	h.feedbackRoutes()

	// Open data (CKAN, DCAT, feeds, sitemaps): read from the index and the
	// public bucket only, like the public routes above.
	od := opendata.New(opendata.Deps{Search: d.Search, Store: d.Store, Bucket: d.Buckets.Public, Orgs: d.Orgs,
		DefaultOrg: d.DefaultOrg, BaseURL: d.PortalURL, Now: d.Now, Log: h.log})
	for _, rt := range od.Routes() {
		h.route(rt.Pattern, rt.Handler)
	}

	// The search as a plain page, for readers without JavaScript and
	// crawlers (the documents' pages are opendata's /documents/{id}).
	h.route("GET /documents", h.documentsPage)

	h.inquiryRoutes()

	if d.Portal != nil {
		h.mux.Handle("GET /{$}", d.Portal)
		h.mux.Handle("GET /en/{$}", d.Portal)
		h.mux.Handle("GET /en", d.Portal)
		h.mux.Handle("GET /static/", d.Portal)
		// The staff console's page (its files are under /static/staff/).
		h.mux.Handle("GET /staff/{$}", d.Portal)
		h.mux.Handle("GET /staff", d.Portal)
	}
	return h
}

func (h *Handler) route(pattern string, fn http.HandlerFunc) {
	h.routes = append(h.routes, pattern)
	h.mux.HandleFunc(pattern, fn)
}

// Routes returns the API route patterns ("GET /api/documents", …).
func (h *Handler) Routes() []string { return append([]string(nil), h.routes...) }

type ctxKey int

const (
	keyRequestID ctxKey = iota
	keyLogger
)

// log returns the request's logger, which carries its request id.
func (h *Handler) log(ctx context.Context) *slog.Logger {
	if l, ok := ctx.Value(keyLogger).(*slog.Logger); ok {
		return l
	}
	return h.d.Logger
}

// LoggerFrom returns the logger of the API request ctx belongs to (Deps.Logger
// with its request_id), or slog.Default() outside one. Services behind the
// API use it so their lines join the access log's: inquiry.ServiceDeps{Log:
// api.LoggerFrom}.
func LoggerFrom(ctx context.Context) *slog.Logger { return RequestLogger(slog.Default())(ctx) }

// RequestLogger returns a per-request logger for a service the API calls:
// the request's (with its request id) inside a request, fallback outside
// one (a monitor's tick, a delivery).
func RequestLogger(fallback *slog.Logger) func(context.Context) *slog.Logger {
	return func(ctx context.Context) *slog.Logger {
		if l, ok := ctx.Value(keyLogger).(*slog.Logger); ok {
			return l
		}
		return fallback
	}
}

// RequestIDFrom returns the request id of the API request ctx belongs to,
// or "".
func RequestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(keyRequestID).(string)
	return id
}

var requestIDPattern = regexp.MustCompile(`^[A-Za-z0-9._=:-]{1,128}$`)

func (h *Handler) requestID(r *http.Request) string {
	if id := r.Header.Get("X-Request-Id"); requestIDPattern.MatchString(id) {
		return id
	}
	if h.d.RequestID != nil {
		if id := h.d.RequestID(r); requestIDPattern.MatchString(id) {
			return id
		}
	}
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// ContentSecurityPolicy allows only the portal's own files: no inline
// script, no third-party origin, no framing.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func securityHeaders(hd http.Header) {
	hd.Set("Content-Security-Policy", ContentSecurityPolicy)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
	hd.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
}

// ServeHTTP adds the request id, security headers, JSON 404/405, panic
// recovery and one access-log line per request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	id := h.requestID(r)
	logger := h.d.Logger.With("request_id", id)
	ctx := context.WithValue(context.WithValue(r.Context(), keyRequestID, id), keyLogger, logger)
	r = r.WithContext(ctx)
	rec := &access.Recorder{ResponseWriter: w}
	securityHeaders(w.Header())
	w.Header().Set("X-Request-Id", id)
	public := strings.HasPrefix(r.URL.Path, "/api/") && !strings.HasPrefix(r.URL.Path, "/api/staff/") || opendata.Public(r.URL.Path)
	if public {
		// Public data, no cookies: any web app may read it.
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Access-Control-Expose-Headers", "X-Request-Id")
	}

	_, pattern := h.mux.Handler(r)
	if public && r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
		// A browser's preflight: other sites' apps may ask questions (a
		// JSON POST) and follow them and leak reports (X-Inquiry-Token,
		// X-Report-Token), without cookies.
		pattern = "preflight"
		w.Header().Set("Access-Control-Allow-Methods", "GET, POST")
		w.Header().Set("Access-Control-Allow-Headers", "Content-Type, X-Inquiry-Token, X-Report-Token, X-Request-Id")
		w.Header().Set("Access-Control-Max-Age", "600")
	}
	defer func() {
		if p := recover(); p != nil {
			logger.Error("panic", "route", pattern, "panic", fmt.Sprint(p))
			if rec.Status == 0 {
				httpjson.Error(rec, http.StatusInternalServerError, "internal", "internal error")
			}
		}
		route := pattern
		if route == "" {
			route = "unmatched"
		}
		logger.Info("request", "method", r.Method, "route", route, "status", rec.Status,
			"bytes", rec.Bytes, "duration_ms", float64(time.Since(start).Microseconds())/1000)
	}()
	switch pattern {
	case "":
		h.unmatched(rec, r)
	case "preflight":
		rec.WriteHeader(http.StatusNoContent)
	default:
		h.mux.ServeHTTP(rec, r)
	}
}

// unmatched answers 404 and 405 in JSON; the mux's own answers are text.
func (h *Handler) unmatched(w http.ResponseWriter, r *http.Request) {
	probe := &headerProbe{header: http.Header{}}
	fallback, _ := h.mux.Handler(r)
	fallback.ServeHTTP(probe, r)
	switch probe.status {
	case http.StatusMethodNotAllowed:
		w.Header().Set("Allow", probe.header.Get("Allow"))
		httpjson.Error(w, http.StatusMethodNotAllowed, "method_not_allowed", "method "+r.Method+" is not allowed here")
	case http.StatusMovedPermanently, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		// Path cleaning ("/api//documents"): follow the mux.
		w.Header().Set("Location", probe.header.Get("Location"))
		w.WriteHeader(probe.status)
	default:
		httpjson.Error(w, http.StatusNotFound, "not_found", "no such resource")
	}
}

// headerProbe runs the mux's fallback handler without writing anything.
type headerProbe struct {
	header http.Header
	status int
}

func (p *headerProbe) Header() http.Header         { return p.header }
func (p *headerProbe) Write(b []byte) (int, error) { return len(b), nil }
func (p *headerProbe) WriteHeader(code int)        { p.status = code }

// errorBody is the shape of every error response.

// writeCachedJSON is writeJSON for public, anonymous data that CloudFront
// and browsers may keep briefly.
func writeCachedJSON(w http.ResponseWriter, v any, maxAge int) {
	data, err := json.Marshal(v)
	if err != nil {
		httpjson.Error(w, http.StatusInternalServerError, "internal", "internal error")
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", maxAge))
	_, _ = w.Write(append(data, '\n'))
}

// internal logs err (never document text: errors here carry keys and ids
// at most) and answers 500 without details.
func (h *Handler) internal(w http.ResponseWriter, r *http.Request, what string, err error) {
	h.log(r.Context()).Error(what, "error", err.Error())
	httpjson.Error(w, http.StatusInternalServerError, "internal", "internal error")
}

// opError maps an error of Operations or the ledger to a response. A
// Problem of no Kind is a refusal by the document's state (review,
// retraction, holds): 409.
func (h *Handler) opError(w http.ResponseWriter, r *http.Request, what string, err error) {
	if p, ok := document.Reason(err); ok {
		httpjson.Problem(w, p, http.StatusConflict)
		return
	}
	switch {
	case errors.Is(err, ledger.ErrNotFound), errors.Is(err, storage.ErrNotFound), errors.Is(err, search.ErrNotFound):
		httpjson.Error(w, http.StatusNotFound, "document.not_found", "no such document")
	case errors.Is(err, ledger.ErrConflict):
		httpjson.Error(w, http.StatusConflict, "conflict", "the document changed meanwhile; try again")
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		httpjson.Error(w, http.StatusServiceUnavailable, "unavailable", "the request was cancelled or timed out")
	default:
		h.internal(w, r, what, err)
	}
}

func (h *Handler) serveOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=300")
	h.openapiOnce.Do(func() { h.openapi, h.openapiErr = gunzip(openapiGzip) })
	if h.openapiErr != nil {
		h.internal(w, r, "openapi document", h.openapiErr)
		return
	}
	_, _ = w.Write(h.openapi)
}
