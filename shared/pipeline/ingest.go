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
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// EnvelopeName is the object whose arrival starts ingest; it is written
// last, after the files it names.
const EnvelopeName = "envelope.json"

// Rejection is the notice written to work/rejected/… for the sender.
type Rejection struct {
	Key     document.Key      `json:"key"`
	Version int               `json:"version"`
	Source  string            `json:"source"`
	Reason  *document.Problem `json:"reason"`
	At      string            `json:"at"`
}

// Ingest validates an envelope from the inbox, extracts the text of its
// files, applies the release policy and stages, withholds or rejects it.
func (p *Pipeline) Ingest(ctx context.Context, ev storage.Event) error {
	if ev.Kind == storage.Deleted || ev.Bucket != p.cfg.Buckets.Inbox || path.Base(ev.Key) != EnvelopeName {
		return nil
	}
	// The inbox key is named by the sender and may hold anything, so logs
	// carry a digest of it; the ledger (staff only) keeps the key itself.
	log := p.log.With("stage", "ingest", "event_id", ev.ID, "source_sha", sourceDigest(ev.Key))
	info, err := p.d.Store.Head(ctx, ev.Bucket, ev.Key)
	if errors.Is(err, storage.ErrNotFound) {
		log.Warn("envelope gone before ingest; nothing to do")
		return nil
	}
	if err != nil {
		return fmt.Errorf("ingest %s: %w", ev.Key, err)
	}
	if info.Size > document.MaxEnvelopeBytes {
		return p.reject(ctx, p.sourceKey(ev.Key, nil), 0, ev.Key, "",
			document.Errorf("envelope.too_large", fmt.Sprintf("envelope is %d bytes, over the limit of %d", info.Size, document.MaxEnvelopeBytes)))
	}
	data, err := storage.ReadAll(ctx, p.d.Store, ev.Bucket, ev.Key, document.MaxEnvelopeBytes)
	if errors.Is(err, storage.ErrTooLarge) {
		return p.reject(ctx, p.sourceKey(ev.Key, nil), 0, ev.Key, "",
			document.Errorf("envelope.too_large", fmt.Sprintf("envelope is over the limit of %d bytes", document.MaxEnvelopeBytes)))
	}
	if errors.Is(err, storage.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("ingest %s: %w", ev.Key, err)
	}
	env, err := document.DecodeEnvelope(data, p.cfg.DefaultOrg)
	if prob, ok := isProblem(err); ok {
		k, v := p.sourceKey(ev.Key, data), 0
		if k.ID != "" {
			v = lenientVersion(data)
		}
		return p.reject(ctx, k, v, ev.Key, hashOf(data), prob)
	}
	if err != nil {
		return fmt.Errorf("ingest %s: %w", ev.Key, err)
	}
	// An id or document number is published and logged as it is, so one
	// that carries personal data (a resident number as an id, a phone in
	// the number) is refused, under a key that does not repeat it.
	if field := personalInKeys(p.d.Redactor, env); field != "" {
		return p.reject(ctx, p.sourceKey(ev.Key, nil), env.Version, ev.Key, hashOf(data),
			document.Errorf("envelope.personal_data:"+field, field+" looks like personal data; identifiers are published and must not carry any"))
	}
	meta := env.Meta()
	k := meta.Key()
	log = log.With("doc_id", k.String(), "version", env.Version)

	// Cheap checks first: a stale version needs none of its files read.
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		return fmt.Errorf("ingest %s: %w", k, err)
	}
	if rec.Version > env.Version {
		log.Info("older version arrived after a newer one; ignored", "current", rec.Version)
		return nil
	}

	staged, prob, err := p.gather(ctx, ev.Key, env, data)
	if err != nil {
		return fmt.Errorf("ingest %s: %w", k, err)
	}
	hash := staged.Hash
	if rec.Version == env.Version && rec.State != "" {
		switch {
		case rec.Hash == hash && rec.State != ledger.Received:
			log.Debug("duplicate event; already handled", "state", rec.State)
			return nil
		case rec.Hash != hash && rec.State != ledger.Received && rec.State != ledger.Rejected:
			return p.reject(ctx, k, env.Version, ev.Key, hash, document.Errorf("envelope.version_reused",
				fmt.Sprintf("version %d was already accepted with other content; send version %d", env.Version, env.Version+1)))
		}
	}
	if prob != nil {
		return p.reject(ctx, k, env.Version, ev.Key, hash, prob)
	}
	if _, _, err := p.advance(ctx, k, move{version: env.Version, to: ledger.Received, hash: hash, meta: &meta, source: ev.Key}); err != nil {
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
		if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.ReviewKey(k), ReviewItem{Staged: st, Reasons: []Reason{{Code: dec.Reason, Detail: dec.Detail}}}); err != nil {
			return err
		}
		m.to = ledger.Review
	default:
		if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.StagedKey(k, st.Version), st); err != nil {
			return err
		}
		m.to = ledger.Staged
	}
	_, _, err := p.advance(ctx, k, m)
	return err
}

// gather reads the envelope's files and extracts their text. A problem
// with the input is returned as prob; err is a failing dependency.
func (p *Pipeline) gather(ctx context.Context, source string, env document.Envelope, envData []byte) (st *document.Staged, prob *document.Problem, err error) {
	st = &document.Staged{Meta: env.Meta(), Body: env.Body, Source: source, ReceivedAt: p.cfg.Now().UTC()}
	dir := path.Dir(source)
	parts := [][]byte{envData}
	var total int64
	text := strings.TrimSpace(env.Body) != ""
	failed := false
	for _, f := range env.Files {
		key := dir + "/" + f.Key
		info, err := p.d.Store.Head(ctx, p.cfg.Buckets.Inbox, key)
		if errors.Is(err, storage.ErrNotFound) {
			st.Hash = hashOf(parts...)
			return st, document.Errorf("envelope.missing_file", "file "+f.Name+" was not uploaded before the envelope"), nil
		}
		if err != nil {
			return nil, nil, err
		}
		total += info.Size
		if total > p.cfg.MaxDocumentBytes {
			st.Hash = hashOf(parts...)
			return st, document.Errorf("extract.too_large", fmt.Sprintf("files exceed %d bytes in all", p.cfg.MaxDocumentBytes)), nil
		}
		data, err := storage.ReadAll(ctx, p.d.Store, p.cfg.Buckets.Inbox, key, p.cfg.MaxDocumentBytes)
		if err != nil {
			return nil, nil, err
		}
		parts = append(parts, []byte(f.Key), data)
		fctx, cancel := context.WithTimeout(ctx, p.cfg.FileDeadline)
		res, xerr := p.d.Extractor.Extract(fctx, f.Name, data)
		cancel()
		att := document.Attachment{Name: f.Name, Format: res.Format, Text: res.Text}
		if xerr != nil {
			pr, ok := isProblem(xerr)
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

// reject records a rejection and tells the sender why.
func (p *Pipeline) reject(ctx context.Context, k document.Key, version int, source, hash string, prob *document.Problem) error {
	p.log.Warn("rejected", "stage", "ingest", "doc_id", k.String(), "version", version, "source_sha", sourceDigest(source), "reason", prob.Code)
	notice := Rejection{Key: k, Version: version, Source: source, Reason: prob, At: p.cfg.Now().UTC().Format("2006-01-02T15:04:05Z")}
	if err := p.putJSON(ctx, p.cfg.Buckets.Work, document.RejectedKey(k, version), notice); err != nil {
		return err
	}
	_, _, err := p.advance(ctx, k, move{version: version, to: ledger.Rejected, reason: prob.Code, detail: prob.Message, hash: hash, source: source})
	return err
}

// sourceKey names a rejected envelope in the ledger: by its own id when it
// has a usable one, else by a digest of its inbox key (an id that tries
// path traversal is never used as a key).
func (p *Pipeline) sourceKey(source string, data []byte) document.Key {
	var lenient struct {
		ID           string `json:"id"`
		Organization *struct {
			Code string `json:"code"`
		} `json:"organization"`
	}
	org := p.cfg.DefaultOrg.Code
	if data != nil && json.Unmarshal(data, &lenient) == nil && document.ValidID(lenient.ID) {
		if lenient.Organization != nil && document.ValidID(lenient.Organization.Code) {
			org = lenient.Organization.Code
		}
		return document.Key{Org: org, ID: lenient.ID}
	}
	return document.Key{Org: org, ID: "inbox-" + hashOf([]byte(source))[:24]}
}

func lenientVersion(data []byte) int {
	var v struct {
		Version int `json:"version"`
	}
	if json.Unmarshal(data, &v) != nil || v.Version < 0 {
		return 0
	}
	return v.Version
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

// sourceDigest names an inbox key in logs without repeating it.
func sourceDigest(key string) string { return hashOf([]byte(key))[:16] }
