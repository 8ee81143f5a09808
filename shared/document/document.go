// Package document holds the records that travel through Plaza: the
// envelope internal systems write, the staged record ingest produces, and
// the public document redaction publishes.
package document

import "time"

// Grades of disclosure under the Official Information Disclosure Act.
const (
	GradePublic  = "public"  // 공개
	GradePartial = "partial" // 부분공개
	GradeClosed  = "closed"  // 비공개
)

// Types are the kinds of document internal systems send.
var Types = []string{"approval", "minutes", "plan", "report", "press", "budget", "contract", "other"}

// Ranks lists approver ranks from lowest to highest.
var Ranks = []string{"officer", "team_manager", "division_head", "director_general", "vice_mayor", "mayor"}

// RankLevel returns the position of rank in Ranks, or -1 when unknown.
func RankLevel(rank string) int {
	for i, r := range Ranks {
		if r == rank {
			return i
		}
	}
	return -1
}

// Key identifies a document: ids are unique within an organization only.
type Key struct {
	Org string `json:"org"`
	ID  string `json:"id"`
}

func (k Key) String() string { return k.Org + "/" + k.ID }

// Organization is the body that owns a document (City Hall, a district…).
type Organization struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Department is the unit responsible for a document.
type Department struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Person is an official named in the line of duty.
type Person struct {
	Name     string `json:"name"`
	Position string `json:"position,omitempty"`
	Rank     string `json:"rank,omitempty"`
}

// Disclosure is the grade decided by the department and its legal ground.
type Disclosure struct {
	Grade      string   `json:"grade"`
	Exemptions []string `json:"exemptions"`
	Note       string   `json:"note,omitempty"`
}

// File is an attachment named in an envelope.
type File struct {
	Name string `json:"name"`
	Key  string `json:"key"`
}

// Attachment is the text rendition of a file. Originals are never published.
type Attachment struct {
	Name   string `json:"name"`
	Format string `json:"format"`
	Text   string `json:"text"`
	// Reason is set when the file could not be read (e.g. extract.needs_ocr).
	Reason string `json:"reason,omitempty"`
}

// Meta is the part of a document that is listed even when it is closed:
// the information list the Act requires.
type Meta struct {
	Schema         string       `json:"schema"`
	ID             string       `json:"id"`
	Organization   Organization `json:"organization"`
	Version        int          `json:"version"`
	Type           string       `json:"type"`
	Title          string       `json:"title"`
	DocumentNumber string       `json:"document_number,omitempty"`
	Department     Department   `json:"department"`
	Drafter        Person       `json:"drafter"`
	Approver       Person       `json:"approver"`
	ApprovedAt     time.Time    `json:"approved_at"`
	Disclosure     Disclosure   `json:"disclosure"`
	ReleaseAt      *time.Time   `json:"release_at,omitempty"`
	Keywords       []string     `json:"keywords,omitempty"`
}

// Key returns the document's key.
func (m Meta) Key() Key { return Key{Org: m.Organization.Code, ID: m.ID} }

// Staged is what ingest writes to the private work bucket: the envelope's
// metadata plus all the text Plaza found, before redaction.
type Staged struct {
	Meta
	Body        string       `json:"body"`
	Attachments []Attachment `json:"attachments,omitempty"`
	// Hash is the SHA-256 of the envelope and its files, the idempotency key.
	Hash       string    `json:"hash"`
	Source     string    `json:"source"` // inbox key of the envelope
	ReceivedAt time.Time `json:"received_at"`
}

// SchemaPublic names the public document format.
const SchemaPublic = "plaza.document/v1"

// Public is the redacted document written to the public bucket. Only what is
// here may ever reach a citizen or the index.
type Public struct {
	Meta
	Body        string       `json:"body"`
	Attachments []Attachment `json:"attachments,omitempty"`
	// MetadataOnly is true for closed documents: only Meta is listed.
	MetadataOnly bool           `json:"metadata_only"`
	Redactions   map[string]int `json:"redactions,omitempty"` // counts per type
	Hash         string         `json:"hash"`
	PublishedAt  time.Time      `json:"published_at"`
	// Revision counts the times this version's text was masked again (or
	// restored) after publication, on a citizen's leak report; 0 is the
	// text as first published. The index keeps the highest revision.
	Revision int `json:"revision,omitempty"`
	// Reported says that part of the text is masked on a citizen's report
	// and waits for, or had, a person's check.
	Reported bool `json:"reported,omitempty"`
}
