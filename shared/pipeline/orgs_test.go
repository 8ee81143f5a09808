package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/extract"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/bolt"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/policy"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/bleve"
	"github.com/seoul-plaza/plaza/shared/sender"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// newOrgsEnv is newEnv with the Bleve index and cfg's organizations'
// settings.
func newOrgsEnv(t *testing.T, cfg Config) (*env, *bleve.Index) {
	t.Helper()
	dir := t.TempDir()
	e := &env{t: t, bus: &syncBus{}, now: time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)}
	var err error
	if e.store, err = localfs.New(filepath.Join(dir, "data"), e.bus); err != nil {
		t.Fatal(err)
	}
	if e.led, err = bolt.Open(filepath.Join(dir, "ledger.db")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.led.Close() })
	idx, err := bleve.Open(filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	cfg.Buckets, cfg.Now = buckets, func() time.Time { return e.now }
	e.p = New(cfg, Deps{
		Store: e.store, Ledger: e.led, Index: idx, Extractor: readFiles{extract.New()}, Redactor: redact.New(), Verifier: verify.New(),
	})
	e.bus.p = e.p
	return e, idx
}

// Two of the embedded organizations (shared/org), City Hall and
// Gangnam-gu, publish a document with the same id from a department with
// the same code. They stay two documents: in the ledger, the public
// objects and the search index (Bleve, the local adapter), and taking one
// down leaves the other. Gangnam-gu's inbox prefix cannot speak for City
// Hall.
func TestTwoOrganizationsWithTheSameIDsStayApart(t *testing.T) {
	ctx := context.Background()
	// No Config.Senders, Policy or DefaultOrg: all three come from the
	// organizations' files.
	e, idx := newOrgsEnv(t, Config{})
	const id, dept = "SAME-2026-0001", "1100123"
	put := func(system string, m map[string]any) {
		t.Helper()
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.store.Put(ctx, "inbox", system+"/"+id+"/envelope.json", bytes.NewReader(data), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	seoul := envelope(id, 1)
	seoul["title"], seoul["body"] = "시청 청사 에너지 절감 계획", "서울특별시 청사의 에너지 절감 계획입니다."
	gangnam := envelope(id, 1)
	gangnam["organization"] = map[string]any{"code": "3220000", "name": "서울특별시 강남구"}
	gangnam["department"] = map[string]any{"code": dept, "name": "기획예산과"}
	gangnam["title"], gangnam["body"] = "구립 도서관 건립 계획", "강남구 구립 도서관 건립 계획입니다."
	put("approval", seoul) // an unlisted prefix: City Hall's file binds it
	put("gangnam-approval", gangnam)

	hashes := map[string]bool{}
	for _, c := range []struct{ org, title, source string }{
		{"6110000", "시청 청사 에너지 절감 계획", "approval/"},
		{"3220000", "구립 도서관 건립 계획", "gangnam-approval/"},
	} {
		r, err := e.led.Get(ctx, c.org, id)
		if err != nil {
			t.Fatalf("ledger %s/%s: %v", c.org, id, err)
		}
		if r.State != ledger.Indexed || !strings.HasPrefix(r.Source, c.source) || r.Department != dept || hashes[r.Hash] {
			t.Errorf("ledger %s/%s: %s from %s, department %s, hash %s", c.org, id, r.State, r.Source, r.Department, r.Hash)
		}
		hashes[r.Hash] = true
		var pub document.Public
		data, err := storage.ReadAll(ctx, e.store, "public", "documents/"+c.org+"/"+id+".json", 1<<20)
		if err != nil || json.Unmarshal(data, &pub) != nil {
			t.Fatalf("public %s/%s: %v", c.org, id, err)
		}
		if pub.Organization.Code != c.org || pub.Title != c.title || pub.Department.Code != dept {
			t.Errorf("public %s/%s: %+v", c.org, id, pub.Meta)
		}
		// Each organization's search finds its own document only, by the
		// shared department code as much as by its words.
		res, err := idx.Search(ctx, search.Query{Org: c.org, Department: dept})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].Org != c.org || res.Items[0].ID != id || res.Items[0].Title != c.title {
			t.Errorf("search %s department %s: %+v", c.org, dept, res.Items)
		}
	}
	if res, _ := idx.Search(ctx, search.Query{Org: "6110000", Text: "도서관"}); len(res.Items) != 0 {
		t.Errorf("City Hall's search finds Gangnam-gu's words: %+v", res.Items)
	}

	// Gangnam-gu's prefix claiming City Hall is refused, and City Hall's
	// record is untouched.
	before, _ := e.led.Get(ctx, "6110000", id)
	claim := envelope(id, 2)
	claim["title"] = "시청 문서를 덮어쓰려는 시도"
	put("gangnam-approval", claim)
	refused := e.inboxRecord("gangnam-approval/" + id + "/envelope.json")
	if refused.State != ledger.Rejected || !strings.HasPrefix(refused.Reason, "sender.wrong_organization") || refused.Org != "3220000" {
		t.Errorf("a claim for another organization: %s %s (org %s)", refused.State, refused.Reason, refused.Org)
	}
	if after, _ := e.led.Get(ctx, "6110000", id); after.Version != before.Version || after.Hash != before.Hash || after.State != ledger.Indexed {
		t.Errorf("City Hall's record changed: %+v", after)
	}

	// Taking Gangnam-gu's down leaves City Hall's everywhere.
	if err := e.p.Retract(ctx, document.Key{Org: "3220000", ID: id}, "test", "admin"); err != nil {
		t.Fatal(err)
	}
	if r, _ := e.led.Get(ctx, "3220000", id); r.State != ledger.Retracted {
		t.Errorf("Gangnam-gu's: %s", r.State)
	}
	if r, _ := e.led.Get(ctx, "6110000", id); r.State != ledger.Indexed {
		t.Errorf("City Hall's after Gangnam-gu's retraction: %s", r.State)
	}
	if _, err := storage.ReadAll(ctx, e.store, "public", "documents/6110000/"+id+".json", 1<<20); err != nil {
		t.Errorf("City Hall's public object: %v", err)
	}
	if _, err := storage.ReadAll(ctx, e.store, "public", "documents/3220000/"+id+".json", 1<<20); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("Gangnam-gu's public object is still there: %v", err)
	}
	for org, want := range map[string]int{"6110000": 1, "3220000": 0} {
		if res, err := idx.Search(ctx, search.Query{Org: org, Department: dept}); err != nil || len(res.Items) != want {
			t.Errorf("search %s after the retraction: %+v %v", org, res.Items, err)
		}
	}
}

// A masking exception in one organization's file keeps the name public in
// that organization's documents only; an organization without a file (a
// senders override that names one) waits for a person.
func TestMaskingExceptionsAndUnknownOrganizations(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, n := range []string{"6110000.json", "3220000.json", "deployment.json"} {
		data, err := os.ReadFile(filepath.Join("..", "org", "orgs", n))
		if err != nil {
			t.Fatal(err)
		}
		if n == "3220000.json" {
			data = bytes.Replace(data, []byte(`"masking_exceptions": []`), []byte(`"masking_exceptions": ["박영희"]`), 1)
		}
		if err := os.WriteFile(filepath.Join(dir, n), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	set, err := org.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	pol, err := policy.FromOrgs(set)
	if err != nil {
		t.Fatal(err)
	}
	senders := sender.FromOrgs(set)
	senders.Systems = append(senders.Systems, sender.System{Prefix: "elsewhere", Organization: "3000000"})
	e, _ := newOrgsEnv(t, Config{Policy: pol, Senders: senders, DefaultOrg: set.Default().Organization()})

	const body = "구청장 박영희 씨가 참석하였다."
	for _, c := range []struct{ system, org, want string }{
		{"approval", "6110000", "박*희"},
		{"gangnam-approval", "3220000", "박영희"},
	} {
		m := envelope("EXC-1", 1)
		m["organization"] = map[string]any{"code": c.org, "name": c.org}
		m["body"] = body
		data, _ := json.Marshal(m)
		if err := e.store.Put(ctx, "inbox", c.system+"/EXC-1/envelope.json", bytes.NewReader(data), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
		var pub document.Public
		data, err := storage.ReadAll(ctx, e.store, "public", "documents/"+c.org+"/EXC-1.json", 1<<20)
		if err != nil || json.Unmarshal(data, &pub) != nil {
			t.Fatalf("%s: not published: %v", c.org, err)
		}
		if !strings.Contains(pub.Body, "구청장 "+c.want+" 씨") {
			t.Errorf("%s: %q, want %s", c.org, pub.Body, c.want)
		}
	}

	m := envelope("ELSE-1", 1)
	m["organization"] = map[string]any{"code": "3000000", "name": "종로구"}
	data, _ := json.Marshal(m)
	if err := e.store.Put(ctx, "inbox", "elsewhere/ELSE-1/envelope.json", bytes.NewReader(data), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	r, err := e.led.Get(ctx, "3000000", "ELSE-1")
	if err != nil || r.State != ledger.Review || r.Reason != policy.ReasonUnknownOrg {
		t.Errorf("an organization without a file: %s %s %v", r.State, r.Reason, err)
	}
}
