package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/review"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Kinds of mismatch the reconciliation finds.
const (
	// MismatchInboxUnseen: an inbox envelope the ledger never saw (or not
	// since it was written again). Repaired by ingesting it.
	MismatchInboxUnseen = "inbox_unseen"
	// MismatchSourceMissing: a record whose inbox envelope is gone (the
	// sender deleted it after ingest). Reported only.
	MismatchSourceMissing = "source_missing"
	// MismatchLedgerWithoutObject: a published or indexed record without
	// its public object, or a withheld one without its withheld copy.
	// A public object is written again (re-published) from the approval
	// or the staged version; a withheld copy is reported.
	MismatchLedgerWithoutObject = "ledger_without_object"
	// MismatchObjectWithoutLedger: a public object whose record is
	// missing, or says another state or version. Reported only: nothing is
	// deleted by a repair.
	MismatchObjectWithoutLedger = "object_without_ledger"
	// MismatchIndexMissing: a published document the index does not hold.
	// Repaired by indexing it again.
	MismatchIndexMissing = "index_missing"
	// MismatchIndexNotPublished: an index entry for a document that is not
	// published (retracted, or without a public object). Reported only:
	// the repair deletes nothing, a person retracts again.
	MismatchIndexNotPublished = "index_not_published"
)

// Mismatch is one disagreement between the inbox, the ledger, the public
// bucket and the index. Inbox keys are named by their digest only.
type Mismatch struct {
	Kind   string       `json:"kind"`
	Org    string       `json:"org,omitempty"`
	ID     string       `json:"id,omitempty"`
	State  ledger.State `json:"state,omitempty"`
	Source string       `json:"source_sha,omitempty"`
	// Repaired says what the repair did ("ingested", "re-published",
	// "re-indexed"); empty when it is only reported, with Detail saying
	// why where a repair was tried.
	Repaired string `json:"repaired,omitempty"`
	Detail   string `json:"detail,omitempty"`
}

// ReconcileOptions tune a reconciliation.
type ReconcileOptions struct {
	// Sample is the size of each sample taken where the whole index
	// would be too much to read (AWS); 0 reads the whole index (one
	// machine). Sampled, three checks of Sample documents each stand for
	// the full comparison: the newest index entries against the ledger,
	// published documents drawn at random looked up in the index, and
	// records not published drawn at random looked up in the index (a
	// retraction whose delete failed, however old). The inbox, the ledger
	// and the public bucket are still compared in full.
	Sample int
	// Repair repairs what is safe to repair; otherwise everything is
	// only reported.
	Repair bool
	// Keep writes the report to the work bucket
	// (document.ReconciliationKey), where staff read it.
	Keep bool
}

// Reconciliation is a report of one reconciliation.
type Reconciliation struct {
	At time.Time `json:"at"`
	// Records, Inbox, Public and Indexed count what was compared.
	Records int `json:"records"`
	Inbox   int `json:"inbox"`
	Public  int `json:"public"`
	Indexed int `json:"indexed"`
	// Sampled is true when the index was read in part: Samples says what
	// was checked instead.
	Sampled    bool       `json:"sampled"`
	Samples    *Samples   `json:"samples,omitempty"`
	Mismatches []Mismatch `json:"mismatches"`
}

// Samples says what a sampled reconciliation checked against the index.
type Samples struct {
	// Size is the size asked for each sample.
	Size int `json:"size"`
	// Newest counts the newest index entries checked against the ledger
	// (Reconciliation.Indexed).
	Newest int `json:"newest"`
	// Published counts the published documents looked up in the index,
	// Missing those it did not hold.
	Published int `json:"published"`
	Missing   int `json:"missing"`
	// Unpublished counts the records not published looked up in the
	// index, Stale those it still held.
	Unpublished int `json:"unpublished"`
	Stale       int `json:"stale"`
}

// Reconcile compares the inbox with the ledger and ingests every envelope
// the ledger has never seen, or has not seen since it was written again
// (a new version sent to the same folder while nothing listened).
func (p *Pipeline) Reconcile(ctx context.Context) (int, error) {
	recs, err := p.records(ctx)
	if err != nil {
		return 0, err
	}
	missing, _, err := p.unseenEnvelopes(ctx, recs)
	if err != nil {
		return 0, err
	}
	if err := p.ingestUnseen(ctx, missing); err != nil {
		return 0, err
	}
	return len(missing), nil
}

// records reads every record without its history and detail: a whole
// ledger's histories would not fit the local stack's memory. A repair
// reads the record it repairs again, whole.
func (p *Pipeline) records(ctx context.Context) ([]ledger.Record, error) {
	var recs []ledger.Record
	err := p.each(ctx, ledger.Filter{}, func(rec ledger.Record) error {
		rec.History, rec.Detail = nil, ""
		recs = append(recs, rec)
		return nil
	})
	return recs, err
}

// unseenEnvelopes lists the inbox's envelopes the ledger has not seen
// since they were written, and the inbox's envelope keys.
func (p *Pipeline) unseenEnvelopes(ctx context.Context, recs []ledger.Record) (missing []string, inbox map[string]bool, err error) {
	seen := map[string]time.Time{}
	for _, rec := range recs {
		if rec.Source != "" && rec.UpdatedAt.After(seen[rec.Source]) {
			seen[rec.Source] = rec.UpdatedAt
		}
	}
	inbox = map[string]bool{}
	err = p.d.Store.List(ctx, p.cfg.Buckets.Inbox, "", func(in storage.Info) error {
		if path.Base(in.Key) != EnvelopeName {
			return nil
		}
		inbox[in.Key] = true
		if at, ok := seen[in.Key]; !ok || in.Modified.After(at) {
			missing = append(missing, in.Key)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("reconcile: %w", err)
	}
	return missing, inbox, nil
}

func (p *Pipeline) ingestUnseen(ctx context.Context, keys []string) error {
	for _, key := range keys {
		ev := storage.Event{Kind: storage.Created, Bucket: p.cfg.Buckets.Inbox, Key: key, ID: "reconcile", Time: p.cfg.Now().UTC()}
		if err := p.Ingest(ctx, ev); err != nil {
			return err
		}
	}
	if len(keys) > 0 {
		p.log.Warn("reconciled envelopes the ledger had not seen", "count", len(keys))
	}
	return nil
}

// Reconciliation compares the inbox with the ledger (every envelope
// accounted for by a record, in its one state), the ledger with the public
// bucket, and the public bucket with the search index (every published
// document in it, and nothing else), reports each mismatch and, with
// o.Repair, repairs what is safe: ingest an unseen envelope, write a
// missing public object again, index a document again. A repair never
// deletes anything.
func (p *Pipeline) Reconciliation(ctx context.Context, o ReconcileOptions) (Reconciliation, error) {
	rep := Reconciliation{At: p.cfg.Now().UTC(), Mismatches: []Mismatch{}}
	recs, err := p.records(ctx)
	if err != nil {
		return rep, fmt.Errorf("reconcile: %w", err)
	}
	rep.Records = len(recs)
	missing, inbox, err := p.unseenEnvelopes(ctx, recs)
	if err != nil {
		return rep, err
	}
	rep.Inbox = len(inbox)
	for _, key := range missing {
		m := Mismatch{Kind: MismatchInboxUnseen, Source: storage.KeyDigest(key)}
		if o.Repair {
			if err := p.ingestUnseen(ctx, []string{key}); err != nil {
				m.Detail = err.Error()
			} else {
				m.Repaired = "ingested"
			}
		}
		rep.Mismatches = append(rep.Mismatches, m)
	}
	if o.Repair && len(missing) > 0 {
		// What was ingested is in the ledger now, and maybe published.
		if recs, err = p.records(ctx); err != nil {
			return rep, fmt.Errorf("reconcile: %w", err)
		}
	}
	byKey := map[document.Key]ledger.Record{}
	for _, rec := range recs {
		byKey[document.Key{Org: rec.Org, ID: rec.ID}] = rec
		if rec.Source != "" && !inbox[rec.Source] && path.Base(rec.Source) == EnvelopeName {
			rep.Mismatches = append(rep.Mismatches, Mismatch{Kind: MismatchSourceMissing, Org: rec.Org, ID: rec.ID, State: rec.State, Source: storage.KeyDigest(rec.Source)})
		}
	}

	public := map[document.Key]bool{}
	err = p.d.Store.List(ctx, p.cfg.Buckets.Public, document.PrefixDocuments, func(in storage.Info) error {
		if k, ok := document.ParsePublicKey(in.Key); ok {
			public[k] = true
		}
		return nil
	})
	if err != nil {
		return rep, fmt.Errorf("reconcile: %w", err)
	}
	rep.Public = len(public)
	for _, k := range sortedKeys(public) {
		rec, ok := byKey[k]
		if !ok || (rec.State != ledger.Published && rec.State != ledger.Indexed) {
			rep.Mismatches = append(rep.Mismatches, Mismatch{Kind: MismatchObjectWithoutLedger, Org: k.Org, ID: k.ID, State: rec.State})
		}
	}
	for _, rec := range recs {
		k := document.Key{Org: rec.Org, ID: rec.ID}
		switch rec.State {
		case ledger.Published, ledger.Indexed:
			if public[k] {
				continue
			}
			m := Mismatch{Kind: MismatchLedgerWithoutObject, Org: k.Org, ID: k.ID, State: rec.State}
			if o.Repair {
				if err := p.republish(ctx, rec); err != nil {
					m.Detail = err.Error()
				} else {
					m.Repaired = "re-published"
					public[k] = true
				}
			}
			rep.Mismatches = append(rep.Mismatches, m)
		case ledger.Withheld:
			if _, err := p.d.Store.Head(ctx, p.cfg.Buckets.Work, document.WithheldKey(k, rec.Version)); errors.Is(err, storage.ErrNotFound) {
				rep.Mismatches = append(rep.Mismatches, Mismatch{Kind: MismatchLedgerWithoutObject, Org: k.Org, ID: k.ID, State: rec.State,
					Detail: "the withheld copy is missing; the envelope must be sent again"})
			}
		}
	}

	if p.d.Index == nil {
		return rep, p.keepReconciliation(ctx, rep, o)
	}
	indexed, complete, err := p.indexed(ctx, o.Sample)
	if err != nil {
		return rep, fmt.Errorf("reconcile: %w", err)
	}
	rep.Indexed, rep.Sampled = len(indexed), !complete
	for _, k := range sortedKeys(indexed) {
		// One the ledger says is published but whose object is gone was
		// reported (and re-published) above.
		if rec := byKey[k]; rec.State != ledger.Published && rec.State != ledger.Indexed {
			rep.Mismatches = append(rep.Mismatches, Mismatch{Kind: MismatchIndexNotPublished, Org: k.Org, ID: k.ID, State: byKey[k].State,
				Detail: "searchable but not published; retract it again to remove it"})
		}
	}
	// The published documents to look for in the index: all of them when
	// it was read whole, else a random sample looked up by id.
	var published []document.Key
	for _, k := range sortedKeys(public) {
		if rec, ok := byKey[k]; ok && (rec.State == ledger.Published || rec.State == ledger.Indexed) {
			published = append(published, k) // the others were reported above: not to be indexed
		}
	}
	if !complete {
		s := &Samples{Size: o.Sample, Newest: len(indexed)}
		rep.Samples = s
		published = drawn(published, o.Sample)
		held, err := p.held(ctx, published)
		if err != nil {
			return rep, fmt.Errorf("reconcile: %w", err)
		}
		s.Published = len(published)
		// Records not published, looked up in the index by id; those among
		// the newest entries were checked above.
		var unpublished []document.Key
		for _, rec := range recs {
			k := document.Key{Org: rec.Org, ID: rec.ID}
			if rec.State != ledger.Published && rec.State != ledger.Indexed && !indexed[k] {
				unpublished = append(unpublished, k)
			}
		}
		slices.SortFunc(unpublished, compareKeys)
		unpublished = drawn(unpublished, o.Sample)
		stale, err := p.held(ctx, unpublished)
		if err != nil {
			return rep, fmt.Errorf("reconcile: %w", err)
		}
		s.Unpublished, s.Stale = len(unpublished), len(stale)
		for _, k := range sortedKeys(stale) {
			rep.Mismatches = append(rep.Mismatches, Mismatch{Kind: MismatchIndexNotPublished, Org: k.Org, ID: k.ID, State: byKey[k].State,
				Detail: "searchable but not published; retract it again to remove it"})
		}
		for k := range held {
			indexed[k] = true
		}
		for _, k := range published {
			if !indexed[k] {
				s.Missing++
			}
		}
	}
	for _, k := range published {
		if indexed[k] {
			continue
		}
		m := Mismatch{Kind: MismatchIndexMissing, Org: k.Org, ID: k.ID, State: byKey[k].State}
		if o.Repair {
			ev := storage.Event{Kind: storage.Created, Bucket: p.cfg.Buckets.Public, Key: document.PublicKey(k), ID: "reconcile", Time: p.cfg.Now().UTC()}
			if err := p.Index(ctx, ev); err != nil {
				m.Detail = err.Error()
			} else if back, err := p.held(ctx, []document.Key{k}); err != nil {
				m.Detail = err.Error()
			} else if !back[k] {
				// OpenSearch refuses, without an error, a version deleted
				// within its tombstone's life (index.gc_deletes, a day): a
				// retraction's guard. The next reconciliation tries again.
				m.Detail = "the index refused it (a deletion of this version is remembered for a day); the next reconciliation tries again"
			} else {
				m.Repaired = "re-indexed"
			}
		}
		rep.Mismatches = append(rep.Mismatches, m)
	}
	return rep, p.keepReconciliation(ctx, rep, o)
}

// drawn draws n of keys at random, in their order; all of them when
// there are no more than n.
func drawn(keys []document.Key, n int) []document.Key {
	if len(keys) <= n {
		return keys
	}
	picked := rand.Perm(len(keys))[:n]
	slices.Sort(picked)
	out := make([]document.Key, n)
	for i, j := range picked {
		out[i] = keys[j]
	}
	return out
}

// held looks keys up in the index by id, a page of them a query, and
// returns those it holds.
func (p *Pipeline) held(ctx context.Context, keys []document.Key) (map[document.Key]bool, error) {
	out := map[document.Key]bool{}
	const page = 100 // search.Query's largest Size
	for chunk := range slices.Chunk(keys, page) {
		q := search.Query{Sort: "date", Size: page}
		for _, k := range chunk {
			q.Keys = append(q.Keys, search.Key{Org: k.Org, ID: k.ID})
		}
		res, err := p.d.Index.Search(ctx, q.Normalize())
		if err != nil {
			return nil, err
		}
		for _, h := range res.Items {
			out[document.Key{Org: h.Org, ID: h.ID}] = true
		}
	}
	return out, nil
}

func (p *Pipeline) keepReconciliation(ctx context.Context, rep Reconciliation, o ReconcileOptions) error {
	if n := len(rep.Mismatches); n > 0 {
		p.log.Warn("reconciliation found mismatches", "count", n)
	}
	if !o.Keep {
		return nil
	}
	return p.putJSON(ctx, p.cfg.Buckets.Work, document.ReconciliationKey, rep)
}

// indexed reads the index's entries, newest first, up to sample (0: all);
// complete is false when it stopped before the end.
func (p *Pipeline) indexed(ctx context.Context, sample int) (map[document.Key]bool, bool, error) {
	out := map[document.Key]bool{}
	size := 100
	if sample > 0 {
		size = min(size, sample)
	}
	q := search.Query{Sort: "date", Size: size}.Normalize()
	for {
		res, err := p.d.Index.Search(ctx, q)
		if err != nil {
			return nil, false, err
		}
		for _, h := range res.Items {
			out[document.Key{Org: h.Org, ID: h.ID}] = true
		}
		if res.Next == "" || len(res.Items) == 0 {
			return out, true, nil
		}
		if sample > 0 && len(out) >= sample {
			return out, false, nil
		}
		q.After = res.Next
	}
}

// republish writes a published document's missing public object again:
// from its approval when a person approved it, else from its staged
// version through both layers as the redact stage did, if they still find
// nothing a person must see. Its event indexes it.
func (p *Pipeline) republish(ctx context.Context, slim ledger.Record) error {
	k := document.Key{Org: slim.Org, ID: slim.ID}
	rec, err := p.d.Ledger.Get(ctx, k.Org, k.ID)
	if err != nil {
		return err
	}
	if (rec.State != ledger.Published && rec.State != ledger.Indexed) || rec.Version != slim.Version {
		return fmt.Errorf("the record changed meanwhile (%s, version %d)", rec.State, rec.Version)
	}
	if c, err := p.loadCycle(ctx, rec); err == nil && slices.ContainsFunc(c.entries, func(e review.Entry) bool { return e.Action == review.ActApprove }) {
		if err := p.republishApproved(ctx, k, rec); err != nil {
			return err
		}
		if _, err := p.d.Store.Head(ctx, p.cfg.Buckets.Public, document.PublicKey(k)); err != nil {
			return fmt.Errorf("the approved candidate is gone: a person must approve it again")
		}
		return nil
	}
	var st document.Staged
	if err := p.getJSON(ctx, p.cfg.Buckets.Work, document.StagedKey(k, rec.Version), maxStagedBytes, &st); err != nil {
		return fmt.Errorf("staged version: %w", err)
	}
	if st.Hash != rec.Hash {
		return fmt.Errorf("the staged version is not the one published")
	}
	pub, report := p.mask(&st)
	if len(report.Doubts) > 0 {
		return fmt.Errorf("both layers now doubt it: a person must look (%d doubts)", len(report.Doubts))
	}
	pub.PublishedAt = rec.UpdatedAt
	for _, t := range rec.History {
		if t.To == ledger.Published && t.Version == rec.Version {
			pub.PublishedAt = t.At
		}
	}
	pub.PublishedAt = releaseDate(rec.Source, pub.Meta, pub.PublishedAt)
	p.log.Warn("writing a missing public object again", "doc_id", k.String(), "version", rec.Version)
	return p.putPublic(ctx, pub)
}

func sortedKeys(m map[document.Key]bool) []document.Key {
	out := make([]document.Key, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, compareKeys)
	return out
}

func compareKeys(a, b document.Key) int {
	if c := strings.Compare(a.Org, b.Org); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}
