package ostest

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Request is one request the server received.
type Request struct {
	Method string
	Path   string
	Query  url.Values
	Header http.Header
	Body   []byte
	// Operation is the specification's operationId that matched.
	Operation string
}

// Reply is a canned answer.
type Reply struct {
	Status int
	Body   string
}

// Server is an httptest server that validates every request against the
// specification, failing the test on a violation, then hands it to a
// backend (normally an Emulator).
type Server struct {
	*httptest.Server
	tb      testing.TB
	spec    *Spec
	backend http.Handler

	// ResponseSpec, when set, checks the backend's answers too (slower:
	// use it in one scenario, not everywhere).
	ResponseSpec *Spec

	mu       sync.Mutex
	requests []Request
	ops      map[string]int
	answered map[string]bool
	inject   func(Request) *Reply
}

// NewServer starts a server; it is closed when the test ends. A nil
// backend answers every valid request with 200 {}.
func NewServer(tb testing.TB, spec *Spec, backend http.Handler) *Server {
	tb.Helper()
	if backend == nil {
		backend = http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, "{}")
		})
	}
	s := &Server{tb: tb, spec: spec, backend: backend, ops: map[string]int{}, answered: map[string]bool{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.Close)
	return s
}

// Inject makes f see every valid request first; a non-nil Reply is sent
// instead of the backend's answer (to script 429s, errors, odd bodies).
func (s *Server) Inject(f func(Request) *Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inject = f
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// knownDefect reports answers that no server could give validly because
// the specification itself is ambiguous there: the _reindex answer is a
// oneOf of the finished result and of {"task": …}, and as neither is closed
// every finished result matches both.
func knownDefect(op string, err error) bool {
	return strings.HasPrefix(op, "reindex.") && strings.Contains(err.Error(), "matches more than one oneOf schemas")
}

// Operations returns how often each specification operation was called.
func (s *Server) Operations() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.ops))
	for k, v := range s.ops {
		out[k] = v
	}
	return out
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	req := Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone(), Body: body}
	op, err := s.spec.Validate(r.Context(), r, body)
	req.Operation = op
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.ops[op]++
	inject := s.inject
	s.mu.Unlock()
	if err != nil {
		s.tb.Errorf("ostest: request violates the OpenSearch specification:\n%v\nbody: %.2000s", err, body)
		writeError(w, http.StatusBadRequest, "x_content_parse_exception", "request violates the specification")
		return
	}
	if inject != nil {
		if rep := inject(req); rep != nil {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(rep.Status)
			io.WriteString(w, rep.Body)
			return
		}
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if s.ResponseSpec == nil {
		s.backend.ServeHTTP(w, r)
		return
	}
	rec := httptest.NewRecorder()
	s.backend.ServeHTTP(rec, r)
	key := req.Operation + " " + strconv.Itoa(rec.Code)
	s.mu.Lock()
	first := !s.answered[key]
	s.answered[key] = true
	s.mu.Unlock()
	// Each kind of answer is checked once: a search answer takes about a
	// second to check, and the emulator writes them all alike.
	if first {
		err := s.ResponseSpec.ValidateResponse(r.Context(), r, rec.Code, rec.Header(), rec.Body.Bytes())
		if err != nil && !knownDefect(req.Operation, err) {
			s.tb.Errorf("ostest: answer violates the OpenSearch specification:\n%v\nbody: %.2000s", err, rec.Body.Bytes())
		}
	}
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	w.Write(rec.Body.Bytes())
}
