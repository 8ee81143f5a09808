// Package httpjson writes and reads the JSON of Plaza's HTTP API, so that
// every handler (documents, staff, inquiries) answers in one format:
// errors are {"error":{"code","message"}}, bodies are bounded and strict.
package httpjson

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/seoul-plaza/plaza/shared/document"
)

// ErrorBody is the shape of every error answer.
type ErrorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Error writes an error answer with a machine-readable code.
func Error(w http.ResponseWriter, status int, code, message string) {
	var b ErrorBody
	b.Error.Code, b.Error.Message = code, message
	Write(w, status, b)
}

// Status is the HTTP status of a Problem of kind k; fallback answers a
// Problem of no Kind, whose meaning depends on the route that meets it.
// This is the only place a Problem's Kind becomes a status.
func Status(k document.Kind, fallback int) int {
	switch k {
	case document.Invalid:
		return http.StatusBadRequest
	case document.NotFound:
		return http.StatusNotFound
	case document.Conflict:
		return http.StatusConflict
	case document.Limited:
		return http.StatusTooManyRequests
	}
	return fallback
}

// Problem writes p as an error answer with the status of its Kind (see
// Status).
func Problem(w http.ResponseWriter, p *document.Problem, fallback int) {
	Error(w, Status(p.Kind, fallback), p.Code, p.Message)
}

// Write writes v as an uncached JSON answer. encoding/json escapes <, >
// and & in strings, so markup in stored text is inert even if a client
// forgets to escape it.
func Write(w http.ResponseWriter, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		data = []byte(`{"error":{"code":"internal","message":"internal error"}}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(data, '\n'))
}

// Decode reads one JSON object of at most limit bytes into v, refusing
// unknown fields and trailing data. On failure it has already answered
// (415, 413 or 400) and returns false.
func Decode(w http.ResponseWriter, r *http.Request, limit int64, v any) bool {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		Error(w, http.StatusUnsupportedMediaType, "body.bad_type", "the body must be application/json")
		return false
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			Error(w, http.StatusRequestEntityTooLarge, "body.too_large", "the body is too large")
			return false
		}
		Error(w, http.StatusBadRequest, "body.invalid_json", "the body is not the expected JSON object")
		return false
	}
	if dec.Decode(&struct{}{}) != io.EOF {
		Error(w, http.StatusBadRequest, "body.invalid_json", "the body holds more than one JSON value")
		return false
	}
	return true
}
