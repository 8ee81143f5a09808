package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// SchemaEnvelope is the only envelope schema this version accepts.
const SchemaEnvelope = "plaza.envelope/v1"

// MaxEnvelopeBytes bounds an envelope; larger ones are rejected unread.
const MaxEnvelopeBytes = 10 << 20

// Envelope is plaza.envelope/v1, written by internal systems.
type Envelope struct {
	Schema         string        `json:"schema"`
	ID             string        `json:"id"`
	Organization   *Organization `json:"organization,omitempty"`
	Version        int           `json:"version"`
	Type           string        `json:"type"`
	Title          string        `json:"title"`
	DocumentNumber string        `json:"document_number"`
	Department     Department    `json:"department"`
	Drafter        Person        `json:"drafter"`
	Approver       Person        `json:"approver"`
	ApprovedAt     time.Time     `json:"approved_at"`
	Disclosure     Disclosure    `json:"disclosure"`
	ReleaseAt      *time.Time    `json:"release_at"`
	Body           string        `json:"body"`
	Files          []File        `json:"files"`
	Keywords       []string      `json:"keywords"`
}

var idPattern = regexp.MustCompile(`^[A-Za-z0-9._-]{1,128}$`)

// ValidID reports whether id is safe to use in keys and paths.
func ValidID(id string) bool {
	return idPattern.MatchString(id) && id != "." && id != ".." && !strings.Contains(id, "..")
}

// ParseEnvelope reads and validates an envelope. defaultOrg fills in an
// absent organization. Errors are *Problem with codes envelope.*.
func ParseEnvelope(r io.Reader, defaultOrg Organization) (Envelope, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxEnvelopeBytes+1))
	if err != nil {
		return Envelope{}, fmt.Errorf("read envelope: %w", err)
	}
	if len(data) > MaxEnvelopeBytes {
		return Envelope{}, Errorf("envelope.too_large", fmt.Sprintf("envelope exceeds %d bytes", MaxEnvelopeBytes))
	}
	return DecodeEnvelope(data, defaultOrg)
}

// DecodeEnvelope validates an envelope already in memory.
func DecodeEnvelope(data []byte, defaultOrg Organization) (Envelope, error) {
	if len(data) > MaxEnvelopeBytes {
		return Envelope{}, Errorf("envelope.too_large", fmt.Sprintf("envelope exceeds %d bytes", MaxEnvelopeBytes))
	}
	if !utf8.Valid(data) {
		return Envelope{}, Errorf("envelope.not_utf8", "envelope is not valid UTF-8 (legacy CP949/EUC-KR must be converted by the sender)")
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	// encoding/json keeps the last of two equal keys and matches field names
	// in any case: "disclosure" twice, or "Body" beside "body", would let
	// one reader see another envelope than the next.
	if p := checkKeys(data); p != nil {
		return Envelope{}, p
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return Envelope{}, Errorf("envelope.invalid_json", "envelope is not a JSON object: "+err.Error())
	}
	var e Envelope
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&e); err != nil {
		return Envelope{}, Errorf("envelope.invalid_field", "envelope field has the wrong type: "+err.Error())
	}
	if _, ok := raw["schema"]; !ok {
		return Envelope{}, missing("schema")
	}
	if e.Schema != SchemaEnvelope {
		return Envelope{}, Errorf("envelope.unknown_schema", fmt.Sprintf("schema %q is not %q", e.Schema, SchemaEnvelope))
	}
	for _, f := range []string{"id", "version", "type", "title", "department", "approver", "approved_at", "disclosure"} {
		if v, ok := raw[f]; !ok || string(v) == "null" {
			return Envelope{}, missing(f)
		}
	}
	e.normalize()
	if e.Organization == nil || (e.Organization.Code == "" && e.Organization.Name == "") {
		o := defaultOrg
		e.Organization = &o
	}
	if err := e.validate(); err != nil {
		return Envelope{}, err
	}
	return e, nil
}

func missing(field string) *Problem {
	return Errorf("envelope.missing_field:"+field, "required field "+field+" is missing")
}

func invalid(field, why string) *Problem {
	return Errorf("envelope.invalid_field:"+field, field+" "+why)
}

// normalize brings every text field to NFC so that detection and search
// see one form of each Hangul syllable.
func (e *Envelope) normalize() {
	n := func(s *string) { *s = strings.TrimSpace(norm.NFC.String(*s)) }
	n(&e.Title)
	n(&e.DocumentNumber)
	n(&e.Department.Code)
	n(&e.Department.Name)
	n(&e.Drafter.Name)
	n(&e.Drafter.Position)
	n(&e.Approver.Name)
	n(&e.Approver.Position)
	n(&e.Disclosure.Note)
	e.Body = norm.NFC.String(e.Body)
	if e.Organization != nil {
		n(&e.Organization.Code)
		n(&e.Organization.Name)
	}
	for i := range e.Keywords {
		n(&e.Keywords[i])
	}
	for i := range e.Files {
		e.Files[i].Name = norm.NFC.String(e.Files[i].Name)
	}
}

var orgCode = regexp.MustCompile(`^[A-Za-z0-9_-]{1,32}$`)

func (e *Envelope) validate() error {
	if e.ID == "" {
		return missing("id")
	}
	if !ValidID(e.ID) {
		return Errorf("envelope.bad_id", "id must be 1 to 128 characters of [A-Za-z0-9._-] and must not contain '..'")
	}
	if !orgCode.MatchString(e.Organization.Code) {
		return invalid("organization", "code must be 1 to 32 characters of [A-Za-z0-9_-]")
	}
	if e.Version < 1 {
		return invalid("version", "must be an integer ≥ 1")
	}
	if !slices.Contains(Types, e.Type) {
		return invalid("type", "must be one of "+strings.Join(Types, ", "))
	}
	if e.Title == "" {
		return missing("title")
	}
	if utf8.RuneCountInString(e.Title) > 500 {
		return invalid("title", "is longer than 500 characters")
	}
	if e.Department.Code == "" {
		return missing("department.code")
	}
	if !orgCode.MatchString(e.Department.Code) {
		return invalid("department", "code must be 1 to 32 characters of [A-Za-z0-9_-]")
	}
	if e.Department.Name == "" {
		return missing("department.name")
	}
	if e.Approver.Rank == "" {
		return missing("approver.rank")
	}
	if RankLevel(e.Approver.Rank) < 0 {
		return invalid("approver.rank", "must be one of "+strings.Join(Ranks, ", "))
	}
	if e.ApprovedAt.IsZero() {
		return missing("approved_at")
	}
	switch e.Disclosure.Grade {
	case "":
		return missing("disclosure.grade")
	case GradePublic:
		if len(e.Disclosure.Exemptions) > 0 {
			return invalid("disclosure.exemptions", "must be empty for a public document")
		}
	case GradePartial, GradeClosed:
		if len(e.Disclosure.Exemptions) == 0 {
			return invalid("disclosure.exemptions", "are required for partial and closed documents (items 1 to 8 of Article 9(1))")
		}
	default:
		return invalid("disclosure.grade", "must be public, partial or closed")
	}
	for _, x := range e.Disclosure.Exemptions {
		if len(x) != 1 || x[0] < '1' || x[0] > '8' {
			return invalid("disclosure.exemptions", fmt.Sprintf("item %q is not one of \"1\" to \"8\"", x))
		}
	}
	for i, f := range e.Files {
		if f.Name == "" || f.Key == "" {
			return invalid("files", fmt.Sprintf("file %d needs name and key", i))
		}
		if !safeRelKey(f.Key) {
			return invalid("files", fmt.Sprintf("file %d key must stay inside the envelope's folder", i))
		}
	}
	if strings.TrimSpace(e.Body) == "" && len(e.Files) == 0 {
		return Errorf("envelope.no_text", "body or at least one file must carry text")
	}
	return nil
}

// safeRelKey reports whether a file key is relative and cannot escape.
func safeRelKey(k string) bool {
	if k == "" || strings.HasPrefix(k, "/") || strings.ContainsAny(k, "\x00\\") || !utf8.ValidString(k) {
		return false
	}
	for _, part := range strings.Split(k, "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
	}
	return true
}

// Meta returns the listed part of the envelope.
func (e Envelope) Meta() Meta {
	return Meta{
		Schema:         SchemaPublic,
		ID:             e.ID,
		Organization:   *e.Organization,
		Version:        e.Version,
		Type:           e.Type,
		Title:          e.Title,
		DocumentNumber: e.DocumentNumber,
		Department:     e.Department,
		Drafter:        e.Drafter,
		Approver:       e.Approver,
		ApprovedAt:     e.ApprovedAt,
		Disclosure:     e.Disclosure,
		ReleaseAt:      e.ReleaseAt,
		Keywords:       e.Keywords,
	}
}
