// Package bleve is the search port on one machine: a Bleve (scorch) index
// in a folder, or in memory for tests. Title and body use the CJK analyzer
// (Hangul bigrams); filter and facet fields are keywords with doc values.
//
// Writes are group-committed: concurrent Index, Bulk and Delete calls are
// coalesced by one writer goroutine into a single Bleve batch, so the
// pipeline may call Index once per document from many goroutines and still
// pay for one segment per batch rather than per document. Every document's
// version lives in the index's internal store, written in the same batch,
// so the version rule survives restarts, and deletions leave a tombstone
// so that a late copy of a retracted version is not indexed again.
package bleve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	blevesearch "github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"golang.org/x/sync/semaphore"

	"github.com/seoul-plaza/plaza/shared/keywords"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/boilerplate"
	"github.com/seoul-plaza/plaza/shared/search/korean"
)

// Field names in the index.
const (
	fOrg          = "org"
	fID           = "id"
	fVersion      = "version"
	fStamp        = "stamp" // the indexed write's search.Stamp
	fTitle        = "title"
	fBody         = "body"
	fKwText       = "kwtext"
	fNumber       = "document_number"
	fDeptCode     = "department_code"
	fDeptName     = "department_name"
	fFacets       = "facets" // every facet value, prefixed: one doc-values field to visit
	fType         = "type"
	fGrade        = "grade"
	fApprovedAt   = "approved_at"
	fPublishedAt  = "published_at"
	fKeywords     = "keywords"
	fNouns        = "nouns"
	fTerms        = "terms" // stored "word count" lines, for related
	fCites        = "cites"
	fMetadataOnly = "metadata_only"
	fInitials     = "initials"   // search.Typing.Initials, for 초성 queries
	fTitleJamo    = "title_jamo" // search.Typing.TitleJamo, for one wrong key
	// The same texts through the morphological analyzer (plaza_ko): the
	// fields a word is first looked for in, the bigram fields above
	// catching what the dictionary cannot spell.
	fTitleKo  = "title_ko"
	fBodyKo   = "body_ko"
	fKwTextKo = "kwtext_ko"
)

// Prefixes of the values in fFacets. Bleve visits the doc values of each
// facet field for every match; one field holding all five facets costs a
// fifth of five fields.
const (
	facetOrg   = "o:"
	facetDept  = "d:" // d:<org>␟<department id>␟<department name>
	facetType  = "t:"
	facetGrade = "g:"
	facetYear  = "y:"
)

// deptSep joins a department's organization, id and name in the facet
// value: a department id is unique within its organization only.
const deptSep = "\x1f"

// maxGroup bounds how many queued writes one batch takes.
const maxGroup = 2000

// maxUnpersisted and maxUnpersistedDocs bound the batches, and the
// documents in them, that are searchable but not yet persisted by Scorch:
// memory, and the segments a query visits. A single writer needs many
// small batches in flight to keep Scorch's persister busy (one persist
// cycle is tens of milliseconds); many writers fill large ones.
const (
	maxUnpersisted     = 64
	maxUnpersistedDocs = 4096
)

// mappingVersion is stored in the index; a different mapping needs a
// rebuild from the public bucket. /3: recorded versions are stamps
// (version and revision, search.Stamp). /4: the facet values carry the
// organization (o:<org>, and d:<org>␟<id>␟<name>). /5: title, body and
// keywords are also analysed morphologically (the *_ko fields). /6: the
// publication date (published_at), which harvesters and feeds select and
// sort by. /7: the typing fields (initials, title_jamo) of search.Typing.
// /8: an indexed document's stamp is its stored field (stamp); only
// tombstones stay in the internal store (see versionKey).
const mappingVersion = "plaza-bleve/8"

var (
	keyMapping = []byte("plaza:mapping")
	// ErrMappingChanged means the folder holds an index built with another
	// mapping: delete it and reindex from the public bucket.
	ErrMappingChanged = errors.New("bleve: index mapping changed; rebuild the index")
)

// kst is Korean Standard Time: years and dates are Seoul's.
var kst = time.FixedZone("KST", 9*60*60)

// Index is a Bleve index implementing search.Engine.
type Index struct {
	idx      blevesearch.Index
	analyzer analysis.Analyzer // of title and body, for query words
	dict     *korean.Dict      // of the *_ko fields, for query words
	// A folder index answers a write once it is searchable and in the
	// write-ahead log (see wal.go).
	wal      *wal          // nil in memory
	stopSync chan struct{} // stops the log's fsync loop
	syncDone chan struct{}
	inflight sync.WaitGroup // batches introduced but not yet persisted
	slots    chan struct{}  // one per unpersisted batch, up to maxUnpersisted
	// unpersisted weighs unpersisted batches by their documents.
	unpersisted *semaphore.Weighted

	mu     sync.RWMutex // guards closed and sends on reqs
	closed bool
	reqs   chan *request
	done   chan struct{}

	// gen counts committed batches; caches keyed by it go stale by
	// themselves.
	gen atomic.Uint64
	// newest is the latest approval time indexed (Unix ns), never lowered:
	// the empty query's newest page is looked for back from it.
	newest atomic.Int64
	facets facetCache

	// Stats of the group committer, for benchmarks.
	batches atomic.Uint64
	ops     atomic.Uint64
}

var _ search.Engine = (*Index)(nil)

// op is one write: an index when doc is set, else a delete. Callers map
// the document and encode its log line in their own goroutines, so the one
// writer goroutine only decides versions and hands Bleve the batch.
type op struct {
	doc     *search.Doc
	org, id string
	version int                // a stamp (search.Stamp): version and revision
	mapped  *document.Document // nil until mapped (replayed ops)
	line    []byte             // write-ahead log record of an index, with its newline
}

// indexOp maps a document for Bleve and encodes its log record.
func (x *Index) indexOp(d *search.Doc) (op, error) {
	o := op{doc: d, org: d.Org, id: d.ID, version: search.Stamp(d.Version, d.Revision)}
	if err := x.mapOp(&o); err != nil {
		return op{}, err
	}
	if x.wal != nil {
		line, err := json.Marshal(walRecord{Doc: d})
		if err != nil {
			return op{}, fmt.Errorf("encode write-ahead record of %s/%s: %w", d.Org, d.ID, err)
		}
		o.line = append(line, '\n')
	}
	return o, nil
}

func (x *Index) mapOp(o *op) error {
	md := document.NewDocument(docID(o.doc.Org, o.doc.ID))
	if err := x.idx.Mapping().MapDocument(md, fields(*o.doc)); err != nil {
		return fmt.Errorf("map %s/%s: %w", o.doc.Org, o.doc.ID, err)
	}
	o.mapped = md
	return nil
}

type request struct {
	ops  []op
	done chan error
}

// Open creates or opens the index in the folder path; path "" keeps it in
// memory (tests).
func Open(path string) (*Index, error) {
	var (
		idx blevesearch.Index
		err error
	)
	switch {
	case path == "":
		// Scorch in memory, the engine of the folder index, rather than
		// NewMemOnly's upsidedown/gtreap, which is several times slower.
		idx, err = blevesearch.NewUsing("", newMapping(), scorch.Name, scorch.Name, nil)
		if err == nil {
			err = idx.SetInternal(keyMapping, []byte(mappingVersion))
		}
	case exists(filepath.Join(path, "index_meta.json")):
		idx, err = blevesearch.OpenUsing(path, scorchConfig())
		if err == nil {
			var v []byte
			v, err = idx.GetInternal(keyMapping)
			if err == nil && string(v) != mappingVersion {
				_ = idx.Close()
				return nil, fmt.Errorf("open %s: %w (have %q, want %q)", path, ErrMappingChanged, v, mappingVersion)
			}
		}
	default:
		if err = os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("create index folder: %w", err)
		}
		idx, err = blevesearch.NewUsing(path, newMapping(), scorch.Name, scorch.Name, scorchConfig())
		if err == nil {
			err = setPersisted(idx, keyMapping, []byte(mappingVersion))
		}
	}
	if err != nil {
		if idx != nil {
			_ = idx.Close()
		}
		return nil, fmt.Errorf("open bleve index %q: %w", path, err)
	}
	an := idx.Mapping().AnalyzerNamed(analyzerName)
	if an == nil {
		_ = idx.Close()
		return nil, fmt.Errorf("open bleve index %q: analyzer %s missing", path, analyzerName)
	}
	x := &Index{idx: idx, analyzer: an, dict: korean.Default(), reqs: make(chan *request, 256), done: make(chan struct{}), slots: make(chan struct{}, maxUnpersisted), unpersisted: semaphore.NewWeighted(maxUnpersistedDocs)}
	if err := x.loadNewest(); err != nil {
		_ = idx.Close()
		return nil, err
	}
	if path != "" {
		next, err := x.replay(path)
		if err != nil {
			_ = idx.Close()
			return nil, err
		}
		x.wal = openWAL(path, next)
		x.stopSync, x.syncDone = make(chan struct{}), make(chan struct{})
		go x.wal.syncLoop(x.stopSync, x.syncDone)
	}
	go x.writer()
	return x, nil
}

// Rebuild removes the index folder at path and creates an empty index
// there: the answer to ErrMappingChanged. The index is fed from the public
// bucket, so the caller then indexes every public document again (Bulk;
// versions make it idempotent).
func Rebuild(path string) (*Index, error) {
	if path == "" {
		return Open("")
	}
	if err := os.RemoveAll(path); err != nil {
		return nil, fmt.Errorf("remove old index %q: %w", path, err)
	}
	return Open(path)
}

// scorchConfig makes a batch return once it is searchable (introduced)
// rather than once it is on disk; the writer answers callers from the
// batch's persisted callback instead, so an acknowledged write is durable
// while the next batch is already being built.
func scorchConfig() map[string]any { return map[string]any{"unsafe_batch": true} }

// setPersisted sets an internal key and waits until it is on disk:
// batches are unsafe (see scorchConfig).
func setPersisted(idx blevesearch.Index, key, val []byte) error {
	b := idx.NewBatch()
	b.SetInternal(key, val)
	persisted := make(chan error, 1)
	b.SetPersistedCallback(func(err error) { persisted <- err })
	if err := idx.Batch(b); err != nil {
		return err
	}
	return <-persisted
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// newMapping is the explicit mapping: nothing is mapped dynamically.
func newMapping() mapping.IndexMapping {
	text := func(store bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = store
		f.IncludeTermVectors = store // highlighting needs term locations
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(store, docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = docValues
		return f
	}
	storedOnly := func(f *mapping.FieldMapping) *mapping.FieldMapping {
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}

	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fOrg, kw(true, false))
	doc.AddFieldMappingsAt(fID, kw(true, false))
	doc.AddFieldMappingsAt(fVersion, storedOnly(mapping.NewNumericFieldMapping()))
	doc.AddFieldMappingsAt(fStamp, storedOnly(mapping.NewNumericFieldMapping()))
	ko := func(name string) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Name = name
		f.Analyzer = koAnalyzerName
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	doc.AddFieldMappingsAt(fTitle, text(true), ko(fTitleKo))
	doc.AddFieldMappingsAt(fBody, text(true), ko(fBodyKo))
	doc.AddFieldMappingsAt(fKwText, text(false), ko(fKwTextKo))
	doc.AddFieldMappingsAt(fNumber, kw(true, false))
	doc.AddFieldMappingsAt(fDeptCode, kw(true, false))
	doc.AddFieldMappingsAt(fDeptName, storedOnly(mapping.NewTextFieldMapping()))
	doc.AddFieldMappingsAt(fFacets, kw(false, true))
	doc.AddFieldMappingsAt(fType, kw(true, false))
	doc.AddFieldMappingsAt(fGrade, kw(true, false))
	date := mapping.NewDateTimeFieldMapping()
	date.Store = true
	date.DocValues = true
	date.IncludeInAll = false
	doc.AddFieldMappingsAt(fApprovedAt, date)
	doc.AddFieldMappingsAt(fPublishedAt, date)
	doc.AddFieldMappingsAt(fKeywords, kw(true, false))
	doc.AddFieldMappingsAt(fNouns, kw(false, false))
	doc.AddFieldMappingsAt(fTerms, storedOnly(mapping.NewTextFieldMapping()))
	doc.AddFieldMappingsAt(fCites, kw(true, false))
	doc.AddFieldMappingsAt(fInitials, kw(false, false))
	doc.AddFieldMappingsAt(fTitleJamo, kw(false, false))
	mo := mapping.NewBooleanFieldMapping()
	mo.Store = true
	mo.IncludeInAll = false
	mo.DocValues = false
	doc.AddFieldMappingsAt(fMetadataOnly, mo)

	im := mapping.NewIndexMapping()
	if err := im.AddCustomAnalyzer(analyzerName, analyzerConfig); err != nil {
		panic(fmt.Sprintf("plaza analyzer: %v", err)) // a constant configuration
	}
	if err := im.AddCustomAnalyzer(koAnalyzerName, koAnalyzerConfig); err != nil {
		panic(fmt.Sprintf("plaza korean analyzer: %v", err))
	}
	im.DefaultMapping = doc
	im.DefaultAnalyzer = analyzerName
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	return im
}

// docID is the Bleve id: ids are unique within an organization only.
func docID(org, id string) string { return org + "/" + id }

// versionKey is the internal key of a deleted document's tombstone. An
// indexed document's stamp is its stored field fStamp instead: Scorch
// copies its whole internal store into every snapshot it introduces and
// writes it whole with every snapshot it persists, so a key per document
// made each batch cost in proportion to the index (a fifth of the local
// pipeline's CPU at 10,000 documents, and growing).
func versionKey(org, id string) []byte { return []byte("v:" + org + "/" + id) }

// state is a document's version in the index; deleted marks a tombstone.
type state struct {
	version int // a stamp (search.Stamp)
	deleted bool
	known   bool
}

func encodeState(s state) []byte {
	if s.deleted {
		return []byte("-" + strconv.Itoa(s.version))
	}
	return []byte(strconv.Itoa(s.version))
}

func decodeState(b []byte) state {
	if len(b) == 0 {
		return state{}
	}
	s := state{known: true}
	if b[0] == '-' {
		s.deleted = true
		b = b[1:]
	}
	s.version, _ = strconv.Atoi(string(b))
	return s
}

// fields maps a document to what Bleve indexes.
func fields(d search.Doc) map[string]any {
	body := boilerplate.Without(d.Body, d.Boilerplate)
	prof := keywords.ProfileOf(d.Title, body, d.DocumentNumber, d.Keywords)
	kws, nouns, own, cites := prof.Keywords, prof.Nouns, prof.Number, prof.Cites
	at := d.ApprovedAt.In(kst)
	typing := search.TypingOf(d.Title, kws)
	m := map[string]any{
		fOrg:      d.Org,
		fID:       d.ID,
		fVersion:  float64(d.Version),
		fStamp:    float64(search.Stamp(d.Version, d.Revision)),
		fTitle:    d.Title,
		fBody:     body,
		fKwText:   joinSpace(kws),
		fNumber:   own,
		fDeptCode: d.DepartmentCode,
		fDeptName: d.DepartmentName,
		fFacets: []string{
			facetOrg + d.Org,
			facetDept + d.Org + deptSep + d.DepartmentCode + deptSep + d.DepartmentName,
			facetType + d.Type, facetGrade + d.Grade, facetYear + strconv.Itoa(at.Year()),
		},
		fType:         d.Type,
		fGrade:        d.Grade,
		fApprovedAt:   at,
		fKeywords:     kws,
		fNouns:        nouns,
		fTerms:        prof.Terms,
		fCites:        cites,
		fMetadataOnly: d.MetadataOnly,
		fInitials:     typing.Initials,
		fTitleJamo:    typing.TitleJamo,
	}
	if !d.PublishedAt.IsZero() {
		m[fPublishedAt] = d.PublishedAt.In(kst)
	}
	return m
}

func joinSpace(s []string) string {
	n := 0
	for _, x := range s {
		n += len(x) + 1
	}
	b := make([]byte, 0, n)
	for i, x := range s {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, x...)
	}
	return string(b)
}

// Index adds or replaces a document unless a higher version (or a deletion
// of this or a higher version) is already recorded.
func (x *Index) Index(ctx context.Context, d search.Doc) error {
	if d.Org == "" || d.ID == "" {
		return fmt.Errorf("index: document needs org and id")
	}
	o, err := x.indexOp(&d)
	if err != nil {
		return err
	}
	return x.submit(ctx, []op{o})
}

// Bulk indexes many documents in one batch; each follows the version rule.
func (x *Index) Bulk(ctx context.Context, docs []search.Doc) error {
	for i, d := range docs {
		if d.Org == "" || d.ID == "" {
			return fmt.Errorf("bulk: document %d needs org and id", i)
		}
	}
	if len(docs) == 0 {
		return nil
	}
	// Map on every core: mapping (nouns, citations) is most of the cost
	// before Bleve's own analysis.
	ops := make([]op, len(docs))
	errs := make([]error, len(docs))
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(docs); i += workers {
				d := docs[i]
				ops[i], errs[i] = x.indexOp(&d)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("bulk: %w", err)
	}
	return x.submit(ctx, ops)
}

// Delete removes a document if its indexed version is ≤ version, and
// records a tombstone so that versions ≤ version arriving later are
// ignored.
func (x *Index) Delete(ctx context.Context, org, id string, version int) error {
	return x.submit(ctx, []op{{org: org, id: id, version: search.StampAll(version)}})
}

func (x *Index) submit(ctx context.Context, ops []op) error {
	r := &request{ops: ops, done: make(chan error, 1)}
	x.mu.RLock()
	if x.closed {
		x.mu.RUnlock()
		return search.ErrClosed
	}
	select {
	case x.reqs <- r:
	case <-ctx.Done():
		x.mu.RUnlock()
		return ctx.Err()
	}
	x.mu.RUnlock()
	select {
	case err := <-r.done:
		return err
	case <-ctx.Done():
		// The write may still land; callers retry, which is idempotent.
		return ctx.Err()
	}
}

// writer is the group committer: it takes every queued request, applies
// them in arrival order as one batch and answers each.
func (x *Index) writer() {
	defer close(x.done)
	for r := range x.reqs {
		group := []*request{r}
		n := len(r.ops)
	drain:
		for n < maxGroup {
			select {
			case r2, ok := <-x.reqs:
				if !ok {
					break drain
				}
				group = append(group, r2)
				n += len(r2.ops)
			default:
				break drain
			}
		}
		x.commit(group)
	}
}

// answer replies to every request of a group once.
func answer(group []*request) func(error) {
	var once sync.Once
	return func(err error) {
		once.Do(func() {
			for _, g := range group {
				g.done <- err
			}
		})
	}
}

// commit applies a group of writes as one Bleve batch and answers the
// group once the batch is searchable and, for a folder index, in the
// write-ahead log.
func (x *Index) commit(group []*request) {
	reply := answer(group)
	b, changes, err := x.prepare(group)
	if err != nil || len(changes) == 0 {
		reply(err)
		return
	}
	if x.wal == nil {
		if err := x.idx.Batch(b); err != nil {
			reply(fmt.Errorf("bleve batch of %d: %w", len(changes), err))
			return
		}
		x.committed(len(changes))
		reply(nil)
		return
	}
	wf, err := x.wal.append(changes)
	if err != nil {
		reply(err)
		return
	}
	// Back-pressure: at most maxUnpersisted batches wait for Scorch's
	// persister; meanwhile requests queue up and the next batch is larger.
	x.slots <- struct{}{}
	weight := int64(min(len(changes), maxUnpersistedDocs))
	_ = x.unpersisted.Acquire(context.Background(), weight) // never fails without a deadline
	x.inflight.Add(1)
	var settled sync.Once
	done := func() {
		x.unpersisted.Release(weight)
		<-x.slots
		x.inflight.Done()
	}
	b.SetPersistedCallback(func(err error) {
		settled.Do(func() {
			if err == nil {
				// On error the log file stays, to be replayed.
				x.wal.release(wf)
			}
			done()
		})
	})
	if err := x.idx.Batch(b); err != nil {
		settled.Do(done)
		reply(fmt.Errorf("bleve batch of %d: %w", len(changes), err))
		return
	}
	x.committed(len(changes))
	reply(nil)
}

func (x *Index) committed(n int) {
	x.gen.Add(1)
	x.batches.Add(1)
	x.ops.Add(uint64(n))
}

// prepare resolves a group's writes against the recorded versions, in
// arrival order, into one batch and the changes it makes.
func (x *Index) prepare(group []*request) (*blevesearch.Batch, []op, error) {
	type final struct {
		state state
		op    op
		// tomb: the index holds a tombstone, to remove if the document
		// is indexed again.
		tomb bool
	}
	changes := map[string]*final{} // docID -> final state in this batch
	tombs := map[string]bool{}     // docID -> a tombstone before the batch
	var order []string
	current := func(org, id string) (state, error) {
		k := docID(org, id)
		if f, ok := changes[k]; ok {
			return f.state, nil
		}
		s, tomb, err := x.recorded(org, id)
		if err != nil {
			return state{}, err
		}
		tombs[k] = tomb
		return s, nil
	}
	set := func(o op, s state) {
		k := docID(o.org, o.id)
		if _, ok := changes[k]; !ok {
			order = append(order, k)
		}
		changes[k] = &final{state: s, op: o, tomb: tombs[k]}
	}
	for _, r := range group {
		for _, o := range r.ops {
			cur, err := current(o.org, o.id)
			if err != nil {
				return nil, nil, err
			}
			if o.doc != nil {
				if cur.known && (o.version < cur.version || (cur.deleted && o.version <= cur.version)) {
					continue // stale: a newer version or a retraction is recorded
				}
				set(o, state{version: o.version, known: true})
				continue
			}
			if cur.known && !cur.deleted && cur.version > o.version {
				continue // a newer version than the one retracted is indexed
			}
			v := o.version
			if cur.known && cur.version > v {
				v = cur.version
			}
			o.version = v
			set(o, state{version: v, deleted: true, known: true})
		}
	}
	if len(order) == 0 {
		return nil, nil, nil
	}
	b := x.idx.NewBatch()
	out := make([]op, 0, len(order))
	for _, k := range order {
		f := changes[k]
		o := f.op
		if o.doc != nil {
			if o.mapped == nil {
				if err := x.mapOp(&o); err != nil {
					return nil, nil, err
				}
			}
			if err := b.IndexAdvanced(o.mapped); err != nil {
				return nil, nil, fmt.Errorf("batch %s: %w", k, err)
			}
			x.raiseNewest(o.doc.ApprovedAt)
			if f.tomb {
				b.DeleteInternal(versionKey(o.org, o.id))
			}
		} else {
			b.Delete(k)
			b.SetInternal(versionKey(o.org, o.id), encodeState(f.state))
		}
		out = append(out, o)
	}
	return b, out, nil
}

// recorded is a document's state in the index: its tombstone, else the
// stamp stored with the indexed document, else unknown.
func (x *Index) recorded(org, id string) (s state, tomb bool, err error) {
	b, err := x.idx.GetInternal(versionKey(org, id))
	if err != nil {
		return state{}, false, fmt.Errorf("read version of %s/%s: %w", org, id, err)
	}
	if len(b) > 0 {
		return decodeState(b), true, nil
	}
	d, err := x.idx.Document(docID(org, id))
	if err != nil {
		return state{}, false, fmt.Errorf("read version of %s/%s: %w", org, id, err)
	}
	if d == nil {
		return state{}, false, nil
	}
	found := false
	d.VisitFields(func(f index.Field) {
		if n, ok := f.(index.NumericField); ok && f.Name() == fStamp {
			if v, err := n.Number(); err == nil {
				s, found = state{version: int(v), known: true}, true
			}
		}
	})
	if !found {
		return state{}, false, fmt.Errorf("read version of %s/%s: no stamp stored", org, id)
	}
	return s, false, nil
}

func (x *Index) raiseNewest(t time.Time) {
	n := t.UnixNano()
	for {
		cur := x.newest.Load()
		if n <= cur || x.newest.CompareAndSwap(cur, n) {
			return
		}
	}
}

// loadNewest finds the latest approval time in an opened index.
func (x *Index) loadNewest() error {
	req := blevesearch.NewSearchRequestOptions(query.NewMatchAllQuery(), 1, 0, false)
	req.SortBy([]string{"-" + fApprovedAt})
	req.Score = "none"
	req.Fields = []string{fApprovedAt}
	sr, err := x.idx.Search(req)
	if err != nil {
		return fmt.Errorf("find the newest document: %w", err)
	}
	if len(sr.Hits) > 0 {
		if t, ok := parseTime(str(sr.Hits[0].Fields, fApprovedAt)); ok {
			x.raiseNewest(t)
		}
	}
	return nil
}

func splitID(k string) (org, id string) {
	for i := 0; i < len(k); i++ {
		if k[i] == '/' {
			return k[:i], k[i+1:]
		}
	}
	return "", k
}

// BatchStats reports how many batches the group committer ran and how many
// document writes they carried.
func (x *Index) BatchStats() (batches, writes uint64) { return x.batches.Load(), x.ops.Load() }

// Settle waits until Scorch has persisted every segment and its merger
// has nothing left that it would do at once, or until ctx is done; a
// benchmark measures queries on a settled index.
func (x *Index) Settle(ctx context.Context) error { return settle(ctx, x.idx) }

func settle(ctx context.Context, idx blevesearch.Index) error {
	last, stable := uint64(0), 0
	for {
		m := idx.StatsMap()
		idx, _ := m["index"].(map[string]any)
		mem, _ := idx["num_root_memorysegments"].(uint64)
		files, _ := idx["num_root_filesegments"].(uint64)
		if mem == 0 && files == last {
			stable++
		} else {
			stable = 0
		}
		last = files
		if stable >= 5 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// DocCount returns how many documents are indexed.
func (x *Index) DocCount() (uint64, error) { return x.idx.DocCount() }

// Close finishes queued writes and closes the index.
func (x *Index) Close() error {
	x.mu.Lock()
	if x.closed {
		x.mu.Unlock()
		return nil
	}
	x.closed = true
	close(x.reqs)
	x.mu.Unlock()
	<-x.done
	if x.wal != nil {
		close(x.stopSync)
		<-x.syncDone
		if err := x.wal.sync(); err != nil {
			return err
		}
	}
	// Scorch does not persist on Close: wait for the batches in flight. A
	// disk that fails for longer leaves the log to be replayed on Open.
	persisted := make(chan struct{})
	go func() { x.inflight.Wait(); close(persisted) }()
	clean := true
	select {
	case <-persisted:
	case <-time.After(closeWait):
		clean = false
	}
	if err := x.idx.Close(); err != nil {
		return fmt.Errorf("close bleve index: %w", err)
	}
	if x.wal != nil && clean {
		return x.wal.close()
	}
	return nil
}

// closeWait bounds how long Close waits for Bleve to persist.
const closeWait = 30 * time.Second

// replay applies the write-ahead log files a crash left in dir, waits
// until Bleve has persisted them and removes them. It returns the number
// of the next log file.
func (x *Index) replay(dir string) (int, error) {
	files, err := walFiles(dir)
	if err != nil {
		return 0, err
	}
	next := 0
	for _, name := range files {
		next = max(next, walSeq(name)+1)
		ops, err := readWAL(name)
		if err != nil {
			return 0, err
		}
		for len(ops) > 0 {
			n := min(len(ops), maxGroup)
			b, changes, err := x.prepare([]*request{{ops: ops[:n]}})
			if err != nil {
				return 0, fmt.Errorf("replay %s: %w", filepath.Base(name), err)
			}
			ops = ops[n:]
			if len(changes) == 0 {
				continue
			}
			persisted := make(chan error, 1)
			b.SetPersistedCallback(func(err error) { persisted <- err })
			if err := x.idx.Batch(b); err != nil {
				return 0, fmt.Errorf("replay %s: %w", filepath.Base(name), err)
			}
			if err := <-persisted; err != nil {
				return 0, fmt.Errorf("replay %s: persist: %w", filepath.Base(name), err)
			}
		}
		if err := os.Remove(name); err != nil {
			return 0, fmt.Errorf("remove replayed log: %w", err)
		}
	}
	return next, nil
}
