package ostest

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
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

	mu       sync.Mutex
	requests []Request
	ops      map[string]int
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
	s := &Server{tb: tb, spec: spec, backend: backend, ops: map[string]int{}}
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
	s.backend.ServeHTTP(w, r)
}
