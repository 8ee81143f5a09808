package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/pipeline/route"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/sender"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// EnvelopeName is the object whose arrival starts ingest; it is written
// last, after the files it names.
const EnvelopeName = route.EnvelopeName

// Rejection is the notice written to work/rejected/… for the sender.
type Rejection struct {
	Key     document.Key      `json:"key"`
	Version int               `json:"version"`
	Source  string            `json:"source"`
	Reason  *document.Problem `json:"reason"`
	At      string            `json:"at"`
}

// CodeNotRegular prefixes the reason of an inbox entry that is not a
// regular file; the kind follows ("inbox.not_regular:symlink").
const CodeNotRegular = "inbox.not_regular:"

// notRegular is the problem of an irregular inbox entry.
func notRegular(what string, ie *storage.IrregularError) *document.Problem {
	return document.Errorf(CodeNotRegular+ie.Kind, what+" is a "+ie.Kind+", not a regular file; links, FIFOs, devices and folders are never read")
}

// Ingest validates an envelope from the inbox, extracts the text of its
// files, applies the release policy and stages, withholds or rejects it.
//
// An envelope that is refused never touches a document it does not own:
// see reject.
func (p *Pipeline) Ingest(ctx context.Context, ev storage.Event) error {
	if !p.routed(route.Ingest, ev) {
		return nil
	}
	source := ev.Key
	// The inbox key is named by the sender and may hold anything, so logs
	// and errors carry a digest of it; the ledger (staff only) keeps the key.
	log := p.log.With("stage", "ingest", "event", ev)
	info, err := p.d.Store.Head(ctx, ev.Bucket, source)
	if errors.Is(err, storage.ErrNotFound) {
		log.Warn("envelope gone before ingest; nothing to do")
		return nil
	}
	if ie, ok := storage.Irregular(err); ok {
		return p.reject(ctx, source, document.Key{}, 0, "", notRegular("the envelope", ie))
	}
	if err != nil {
		return fmt.Errorf("ingest %s: %w", storage.KeyDigest(source), hideKeys(err, source))
	}
	if info.Size > document.MaxEnvelopeBytes {
		return p.reject(ctx, source, document.Key{}, 0, "",
			document.Errorf("envelope.too_large", fmt.Sprintf("envelope is %d bytes, over the limit of %d", info.Size, document.MaxEnvelopeBytes)))
	}
	data, err := storage.ReadAll(ctx, p.d.Store, ev.Bucket, source, document.MaxEnvelopeBytes)
	if errors.Is(err, storage.ErrTooLarge) {
		return p.reject(ctx, source, document.Key{}, 0, "",
			document.Errorf("envelope.too_large", fmt.Sprintf("envelope is over the limit of %d bytes", document.MaxEnvelopeBytes)))
	}
	if ie, ok := storage.Irregular(err); ok {
		return p.reject(ctx, source, document.Key{}, 0, "", notRegular("the envelope", ie))
	}
	if errors.Is(err, storage.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("ingest %s: %w", storage.KeyDigest(source), hideKeys(err, source))
	}
	env, err := document.DecodeEnvelope(data, p.cfg.DefaultOrg)
	if prob, ok := document.Reason(err); ok {
		k, v := p.lenientKey(data)
		return p.reject(ctx, source, k, v, hashOf(data), prob)
	}
	if err != nil {
		return fmt.Errorf("ingest %s: %w", storage.KeyDigest(source), err)
	}
	system := sender.SystemOf(source)
	if prob := p.cfg.Senders.Check(system, env.Organization.Code, env.Department.Code, p.cfg.DefaultOrg.Code); prob != nil {
		return p.reject(ctx, source, document.Key{}, env.Version, hashOf(data), prob)
	}
	if prob := p.badIdentifiers(env); prob != nil {
		return p.reject(ctx, source, document.Key{}, env.Version, hashOf(data), prob)
	}
	meta := env.Meta()
	k := meta.Key()
	log = log.With("doc_id", k.String(), "version", env.Version)

	// Cheap checks first: a stale version needs none of its files read.
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		return fmt.Errorf("ingest %s: %w", k, err)
	}
	if owner := ownerOf(rec); owner != "" && owner != system {
		return p.reject(ctx, source, document.Key{}, env.Version, hashOf(data),
			document.Errorf(sender.CodeNotOwner, "document "+k.String()+" belongs to the system that first sent it; another system may not send it"))
	}
	if rec.Version > env.Version {
		log.Info("older version arrived after a newer one; ignored", "current", rec.Version)
		return nil
	}

	staged, prob, err := p.gather(ctx, source, env, data)
	if err != nil {
		return fmt.Errorf("ingest %s: %w", k, err)
	}
	hash := staged.Hash
	if rec.Version == env.Version && rec.State != "" && !deadLettered(rec) {
		switch {
		case rec.Hash == hash && rec.State == ledger.Staged:
			// Staged is recorded before the staged object is written; a
			// retry after a failed write, or a crash before or just after
			// it (the object there, its event lost), writes it again, which
			// starts the redact stage (idempotent).
			return p.ensureStaged(ctx, staged, true)
		case rec.Hash == hash && rec.State != ledger.Received:
			log.Debug("duplicate event; already handled", "state", rec.State)
			return nil
		case rec.Hash != hash && rec.State != ledger.Received && rec.State != ledger.Rejected:
			return p.reject(ctx, source, k, env.Version, hash, document.Errorf("envelope.version_reused",
				fmt.Sprintf("version %d was already accepted with other content; send version %d", env.Version, env.Version+1)))
		}
	}
	if prob != nil {
		return p.reject(ctx, source, k, env.Version, hash, prob)
	}
	if _, _, err := p.advance(ctx, k, move{version: env.Version, to: ledger.Received, hash: hash, meta: &meta, source: source}); err != nil {
		return err
	}
	holds, err := p.d.Ledger.Holds(ctx)
	if err != nil {
		return fmt.Errorf("ingest %s: %w", k, err)
	}
	dec := p.cfg.Policy.Decide(meta, p.cfg.Now(), holds)
	log.Info("ingested", "decision", dec.Action, "reason", dec.Reason, "files", len(env.Files))
	return p.place(ctx, staged, dec)
}

// ownerOf returns the system that owns a document id: the one that sent
// its first accepted version (a record with no accepted version has no
// owner yet).
func ownerOf(rec ledger.Record) string {
	if rec.Version == 0 || rec.Source == "" {
		return ""
	}
	return sender.SystemOf(rec.Source)
}

// place writes a staged document where the policy's decision sends it.
func (p *Pipeline) place(ctx context.Context, st *document.Staged, dec policy.Decision) error {
	k := st.Key()
	m := move{version: st.Version, hash: st.Hash, meta: &st.Meta, source: st.Source, reason: dec.Reason, detail: dec.Detail}
	switch dec.Action {
	case policy.Withhold:
		if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.WithheldKey(k, st.Version), st); err != nil {
			return err
		}
		m.to, m.until = ledger.Withheld, dec.Until
	case policy.Review:
		// The redacted candidate is made now, so that every reviewer
		// masks the same text and sees what layer 2 doubts.
		pub, report := p.mask(st)
		reasons := append([]Reason{{Code: dec.Reason, Detail: dec.Detail}}, report.Doubts...)
		if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.ReportKey(k, st.Version), report); err != nil {
			return err
		}
		if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.ReviewKey(k), ReviewItem{Staged: st, Candidate: pub, Reasons: reasons}); err != nil {
			return err
		}
		m.to = ledger.Review
	default:
		// Recorded first, then written: the staged object starts the redact
		// stage, which must find "staged" in the ledger (the history stays
		// in order). A failed write is retried with the event, or by the
		// monitor, which finds the document staged without its object.
		m.to = ledger.Staged
		if _, _, err := p.advance(ctx, k, m); err != nil {
			return err
		}
		return p.ensureStaged(ctx, st, true)
	}
	_, _, err := p.advance(ctx, k, m)
	return err
}

// ensureStaged writes the staged object of a version the ledger holds as
// staged; unless always, only if it is missing. (Writing it starts the
// redact stage.)
func (p *Pipeline) ensureStaged(ctx context.Context, st *document.Staged, always bool) error {
	k := st.Key()
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil {
		return fmt.Errorf("stage %s: %w", k, err)
	}
	if rec.State != ledger.Staged || rec.Version != st.Version || rec.Hash != st.Hash {
		return nil // moved on meanwhile
	}
	key := document.StagedKey(k, st.Version)
	if !always {
		if _, err := p.d.Store.Head(ctx, p.cfg.Buckets.Work, key); err == nil {
			return nil
		} else if !errors.Is(err, storage.ErrNotFound) {
			return fmt.Errorf("stage %s: %w", k, err)
		}
	}
	return p.putJSON(ctx, p.cfg.Buckets.Work, key, st)
}

// gather reads the envelope's files from the inbox and extracts their
// text. A problem with the input is returned as prob; err is a failing
// dependency.
func (p *Pipeline) gather(ctx context.Context, source string, env document.Envelope, envData []byte) (st *document.Staged, prob *document.Problem, err error) {
	return p.gatherFrom(ctx, source, env, envData, p.inboxFiles(source))
}

// fileSource reads one of an envelope's files, refusing one over remaining
// bytes. A problem with the file (missing, not a regular object, too
// large) is returned as prob; err is a failing dependency.
type fileSource func(ctx context.Context, f document.File, remaining int64) (data []byte, prob *document.Problem, err error)

// inboxFiles reads the files of the envelope at source from the inbox,
// where they sit beside it.
func (p *Pipeline) inboxFiles(source string) fileSource {
	dir := path.Dir(source)
	return func(ctx context.Context, f document.File, remaining int64) ([]byte, *document.Problem, error) {
		key := dir + "/" + f.Key
		info, err := p.d.Store.Head(ctx, p.cfg.Buckets.Inbox, key)
		if errors.Is(err, storage.ErrNotFound) {
			return nil, document.Errorf("envelope.missing_file", "file "+f.Name+" was not uploaded before the envelope"), nil
		}
		if ie, ok := storage.Irregular(err); ok {
			return nil, notRegular("file "+f.Name, ie), nil
		}
		if err != nil {
			return nil, nil, hideKeys(err, key)
		}
		if info.Size > remaining {
			return nil, p.tooLarge(), nil
		}
		data, err := storage.ReadAll(ctx, p.d.Store, p.cfg.Buckets.Inbox, key, p.cfg.MaxDocumentBytes)
		if ie, ok := storage.Irregular(err); ok { // swapped since the check
			return nil, notRegular("file "+f.Name, ie), nil
		}
		if err != nil {
			return nil, nil, hideKeys(err, key)
		}
		return data, nil, nil
	}
}

func (p *Pipeline) tooLarge() *document.Problem {
	return document.Errorf("extract.too_large", fmt.Sprintf("files exceed %d bytes in all", p.cfg.MaxDocumentBytes))
}

// gatherFrom builds the staged document of env from the files read reads,
// extracting their text: the one way both ingest and the pre-release check
// (Check) read files, so that a check stages what ingest would.
func (p *Pipeline) gatherFrom(ctx context.Context, source string, env document.Envelope, envData []byte, read fileSource) (st *document.Staged, prob *document.Problem, err error) {
	st = &document.Staged{Meta: env.Meta(), Body: env.Body, Source: source, ReceivedAt: p.cfg.Now().UTC()}
	parts := [][]byte{envData}
	var total int64
	text := strings.TrimSpace(env.Body) != ""
	failed := false
	for _, f := range env.Files {
		data, prob, err := read(ctx, f, p.cfg.MaxDocumentBytes-total)
		if err != nil {
			return nil, nil, err
		}
		if prob == nil && int64(len(data)) > p.cfg.MaxDocumentBytes-total {
			prob = p.tooLarge()
		}
		if prob != nil {
			st.Hash = hashOf(parts...)
			return st, prob, nil
		}
		total += int64(len(data))
		parts = append(parts, []byte(f.Key), data)
		if p.d.Extractor == nil {
			return nil, nil, ErrNoFileReader
		}
		fctx, cancel := context.WithTimeout(ctx, p.cfg.FileDeadline)
		res, xerr := p.d.Extractor.Extract(fctx, f.Name, data)
		cancel()
		att := document.Attachment{Name: f.Name, Format: res.Format, Text: res.Text}
		if xerr != nil {
			pr, ok := document.Reason(xerr)
			if !ok {
				return nil, nil, xerr
			}
			att.Reason, att.Text = pr.Code, ""
			failed = true
		} else if strings.TrimSpace(res.Text) != "" {
			text = true
		}
		st.Attachments = append(st.Attachments, att)
	}
	st.Hash = hashOf(parts...)
	if !text && !failed {
		return st, document.Errorf("envelope.no_text", "neither the body nor any file carries text"), nil
	}
	return st, nil, nil
}

// ErrNoFileReader is the error of a pipeline built without a file reader
// (the api function's on AWS, which keeps the readers out of its
// bootstrap) when an envelope names files.
var ErrNoFileReader = errors.New("pipeline: this pipeline was built without a file reader")

// reject records a refused envelope and tells the sender why.
//
// The refusal is recorded against the inbox object — the record
// inbox-<digest of its key> — and never moves another version's state or
// raises a version. It lands on the document's own record (k) only while
// that id has never had an accepted version and no other system sent it,
// so that a sender's first mistake and its correction share one history;
// even then the record's version stays 0, so a later valid version of any
// number is taken. k is zero when the envelope names no usable id.
func (p *Pipeline) reject(ctx context.Context, source string, k document.Key, version int, hash string, prob *document.Problem) error {
	target, err := p.rejectTarget(ctx, source, k)
	if err != nil {
		return err
	}
	p.log.Warn("rejected", "stage", "ingest", "doc_id", target.String(), "version", version, "source_sha", storage.KeyDigest(source), "reason", prob.Code)
	notice := Rejection{Key: target, Version: version, Source: source, Reason: prob, At: p.cfg.Now().UTC().Format("2006-01-02T15:04:05Z")}
	if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.RejectedKey(target, version), notice); err != nil {
		return err
	}
	detail := prob.Message
	if version > 0 {
		detail = fmt.Sprintf("version %d: %s", version, prob.Message)
	}
	_, err = ledger.Update(ctx, p.d.Ledger, target.Org, target.ID, func(r *ledger.Record) (bool, error) {
		if r.Version > 0 {
			return false, nil // accepted meanwhile: the refusal must not touch it
		}
		if r.State == ledger.Rejected && r.Reason == prob.Code && r.Source == source && r.Hash == hash && r.Detail == detail {
			return false, nil // the same refusal again
		}
		r.Move(p.cfg.Now().UTC(), ledger.Rejected, 0, prob.Code, detail)
		r.Source, r.Hash = source, hash
		return true, nil
	})
	if err != nil {
		return fmt.Errorf("ledger %s: %w", target, err)
	}
	return nil
}

// rejectTarget chooses the record a refusal lands on (see reject).
func (p *Pipeline) rejectTarget(ctx context.Context, source string, k document.Key) (document.Key, error) {
	inbox := p.inboxKey(source)
	if k.ID == "" || !document.ValidID(k.ID) || !document.ValidID(k.Org) || strings.HasPrefix(k.ID, inboxPrefix) {
		return inbox, nil
	}
	system := sender.SystemOf(source)
	if p.cfg.Senders.OrgOf(system, p.cfg.DefaultOrg.Code) != k.Org {
		return inbox, nil // another organization's id: not this system's to touch
	}
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if errors.Is(err, ledger.ErrNotFound) {
		return k, nil
	}
	if err != nil {
		return k, fmt.Errorf("ingest %s: %w", k, err)
	}
	if rec.Version == 0 && (rec.Source == "" || sender.SystemOf(rec.Source) == system) {
		return k, nil
	}
	return inbox, nil
}

// inboxKey is the ledger key of an inbox object: a digest of its key (an
// id that tries path traversal is never used as a key), under the
// organization of the system that wrote it.
func (p *Pipeline) inboxKey(source string) document.Key {
	org := p.cfg.Senders.OrgOf(sender.SystemOf(source), p.cfg.DefaultOrg.Code)
	return document.Key{Org: org, ID: InboxRecordID(source)}
}

// InboxRecordID is the ledger id of the record of the inbox object at
// source, where a refusal that owns no document is recorded (a backfill
// looks there for an envelope's outcome).
func InboxRecordID(source string) string {
	return inboxPrefix + hashOf([]byte(source))[:24]
}

// inboxPrefix names the ledger records of inbox objects.
const inboxPrefix = "inbox-"

// lenientKey reads the id, organization and version of an envelope that
// did not validate; the key is zero if there is no usable id.
func (p *Pipeline) lenientKey(data []byte) (document.Key, int) {
	var lenient struct {
		ID           string `json:"id"`
		Version      int    `json:"version"`
		Organization *struct {
			Code string `json:"code"`
		} `json:"organization"`
	}
	if json.Unmarshal(data, &lenient) != nil || !document.ValidID(lenient.ID) {
		return document.Key{}, 0
	}
	org := p.cfg.DefaultOrg.Code
	if lenient.Organization != nil && lenient.Organization.Code != "" {
		org = lenient.Organization.Code
	}
	return document.Key{Org: org, ID: lenient.ID}, max(lenient.Version, 0)
}

// badIdentifiers refuses an envelope whose identifiers may not be used,
// before anything is recorded under them (the refusal is keyed by the
// inbox object instead):
//   - records of inbox objects are named inbox-…: a document may not take
//     such a name (it would hide or overwrite another sender's refusal);
//   - an id or document number is published and logged as it is, so one
//     that carries personal data (a resident number as an id, a phone in
//     the number) is refused.
func (p *Pipeline) badIdentifiers(env document.Envelope) *document.Problem {
	if strings.HasPrefix(env.ID, inboxPrefix) {
		return document.Errorf("envelope.reserved_id", "ids beginning with "+inboxPrefix+" are reserved for the records of inbox objects")
	}
	if field := personalInKeys(p.d.Redactor, env); field != "" {
		return document.Errorf("envelope.personal_data:"+field, field+" looks like personal data; identifiers are published and must not carry any")
	}
	return nil
}

// personalInKeys names the first identifying field that the redactor finds
// personal data in, or "".
func personalInKeys(r Redactor, env document.Envelope) string {
	for _, f := range []struct{ name, value string }{{"id", env.ID}, {"document_number", env.DocumentNumber}, {"organization", env.Organization.Code}, {"department", env.Department.Code}} {
		if f.value != "" && len(r.Redact(f.value, redact.Options{}).Findings) > 0 {
			return f.name
		}
	}
	return ""
}

// hideKeys keeps err (errors.Is and As still see through it) but replaces
// the inbox keys in its text by their digests: the stores name the keys
// they fail on, and errors end up in logs.
func hideKeys(err error, keys ...string) error {
	if err == nil {
		return nil
	}
	return hiddenKeys{err: err, keys: keys}
}

type hiddenKeys struct {
	err  error
	keys []string
}

func (h hiddenKeys) Error() string {
	msg := h.err.Error()
	for _, k := range h.keys {
		if k != "" {
			msg = strings.ReplaceAll(msg, k, "<inbox key "+storage.KeyDigest(k)+">")
		}
	}
	return msg
}

func (h hiddenKeys) Unwrap() error { return h.err }
