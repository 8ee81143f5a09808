package api

import (
	"context"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/pipeline"
)

// Checker runs the pre-release check (*pipeline.Pipeline): what the
// pipeline would publish of a draft envelope and its files now, storing
// nothing.
type Checker interface {
	Check(ctx context.Context, envelope []byte, files map[string][]byte) (pipeline.Preview, error)
}

// maxCheckBytes bounds a pre-release check's upload: a synchronous
// Lambda invocation takes 6 MB, which API Gateway's base64 of a binary
// body fills at about 4.5 MB.
const maxCheckBytes = 4 << 20

// maxCheckFiles bounds the number of files in one check.
const maxCheckFiles = 20

// staffCheck is POST /api/staff/check: a department's draft (multipart:
// the envelope as the part "envelope", its files as parts "file" named by
// their key or name) run through ingest's checks and policy and both
// layers of redaction, answering what would be published. Staff may check
// only drafts of a department they act for, as they may review only those.
func (h *Handler) staffCheck(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	if h.d.Check == nil {
		httpjson.Error(w, http.StatusNotImplemented, "not_implemented", "the pre-release check is not available here")
		return
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "multipart/form-data" {
		httpjson.Error(w, http.StatusUnsupportedMediaType, "body.not_multipart", "send the envelope and its files as multipart/form-data")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxCheckBytes)
	envelope, files, bad := readDraft(r)
	if bad != nil {
		httpjson.Error(w, bad.status, bad.code, bad.message)
		return
	}
	// Whose draft it is, read as the pipeline will read it; one it
	// refuses outright is checked all the same (the answer names no
	// other department's document).
	if env, err := document.DecodeEnvelope(envelope, document.Organization{Code: h.d.DefaultOrg}); err == nil && !c.CanAct(env.Organization.Code, env.Department.Code) {
		forbidden(w)
		return
	}
	pv, err := h.d.Check.Check(r.Context(), envelope, files)
	if errors.Is(err, pipeline.ErrNoFileReader) {
		httpjson.Error(w, http.StatusNotImplemented, "check.no_file_reader", "this deployment checks an envelope's body but not its files")
		return
	}
	if err != nil {
		h.opError(w, r, "check", err)
		return
	}
	httpjson.Write(w, http.StatusOK, pv)
}

// badDraft is why a check's body was refused.
type badDraft struct {
	status        int
	code, message string
}

// readDraft reads a check's multipart body: the envelope, and the files
// by their names.
func readDraft(r *http.Request) (envelope []byte, files map[string][]byte, bad *badDraft) {
	unreadable := func(err error) *badDraft {
		if tooBig := (*http.MaxBytesError)(nil); errors.As(err, &tooBig) {
			return &badDraft{http.StatusRequestEntityTooLarge, "body.too_large", "a check takes at most 4 MiB of envelope and files"}
		}
		return &badDraft{http.StatusBadRequest, "body.invalid", "the body is not readable multipart/form-data"}
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, nil, unreadable(err)
	}
	files = map[string][]byte{}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, unreadable(err)
		}
		data, err := io.ReadAll(part)
		if err != nil {
			return nil, nil, unreadable(err)
		}
		switch part.FormName() {
		case "envelope":
			envelope = data
		case "file":
			name := strings.TrimSpace(part.FileName())
			if name == "" || len(files) >= maxCheckFiles {
				return nil, nil, &badDraft{http.StatusBadRequest, "body.bad_field:file", "each file needs its name (the envelope's files[].key or name); at most 20 files"}
			}
			files[name] = data
		}
	}
	if envelope == nil {
		return nil, nil, &badDraft{http.StatusBadRequest, "body.missing_field:envelope", "the envelope is required"}
	}
	return envelope, files, nil
}
