package opendata

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	orgs "github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/bleve"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const (
	cityHall = "6110000"
	gangnam  = "3220000"
	base     = "https://plaza.example"
	// secret is in closed documents' objects only: no output may hold it.
	secret = "SECRET-CLOSED-BODY"
	// official is a drafter's name: no output may hold it either.
	official = "홍길동"
)

type env struct {
	h     *Handler
	mux   *http.ServeMux
	store *localfs.Store
	index *bleve.Index
}

func newEnv(t testing.TB) *env {
	t.Helper()
	st, err := localfs.New(filepath.Join(t.TempDir(), "objects"), nil)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	e := &env{store: st, index: idx}
	e.h = New(Deps{Search: idx, Store: st, Bucket: "public", Orgs: orgs.Embedded(), DefaultOrg: cityHall, BaseURL: base,
		Now: func() time.Time { return time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC) }})
	e.mux = http.NewServeMux()
	for _, rt := range e.h.Routes() {
		e.mux.HandleFunc(rt.Pattern, rt.Handler)
	}
	return e
}

var kstTest = time.FixedZone("KST", 9*3600)

func doc(org, id, dept, deptName, typ, grade, title, body string, approved time.Time, kw []string, exemptions ...string) document.Public {
	if exemptions == nil {
		exemptions = []string{}
	}
	orgName := map[string]string{cityHall: "서울특별시", gangnam: "서울특별시 강남구"}[org]
	return document.Public{
		Meta: document.Meta{
			Schema: document.SchemaPublic, ID: id, Organization: document.Organization{Code: org, Name: orgName},
			Version: 1, Type: typ, Title: title, DocumentNumber: "정보공개정책과-" + id[len(id)-4:],
			Department: document.Department{Code: dept, Name: deptName},
			Drafter:    document.Person{Name: official, Position: "주무관"},
			Approver:   document.Person{Name: "김철수", Position: "과장", Rank: "division_head"},
			ApprovedAt: approved, Disclosure: document.Disclosure{Grade: grade, Exemptions: exemptions}, Keywords: kw,
		},
		Body: body, MetadataOnly: grade == document.GradeClosed, PublishedAt: approved.Add(time.Hour), Hash: "sha256:deadbeef",
	}
}

// latePublication is when the 2014 document of the corpus was released.
var latePublication = time.Date(2026, 12, 1, 14, 0, 0, 0, kstTest)

// corpus is the documents the golden answers are made of: public,
// partial, closed (whose object still holds a body, which must never be
// served) and one of another organization sharing a department id.
func corpus() []document.Public {
	d1 := doc(cityHall, "SEOUL-2014-0001", "1100123", "행정국 정보공개정책과", "approval", document.GradePublic,
		"2014년 정보공개 추진계획", "시민에게 행정정보를 적극 공개하기 위한 정보공개 추진계획입니다. 문의 010-****-5678.",
		time.Date(2014, 3, 2, 10, 15, 0, 0, kstTest), []string{"정보공개", "추진계획"})
	// Approved in 2014, released in 2026 (an archive's backfill, a
	// lifted hold): the newest release, the oldest approval.
	d1.PublishedAt = latePublication
	d1.Attachments = []document.Attachment{{Name: "붙임1. 추진계획.hwp", Format: "hwp", Text: "붙임 일정표: 정보공개 확대"}, {Name: "붙임2. 도면.pdf", Format: "pdf", Reason: "extract.needs_ocr"}}
	d2 := doc(cityHall, "SEOUL-2015-0002", "1100200", "도시교통실 교통정책과", "plan", document.GradePartial,
		"버스 노선 개편 계획", "버스 노선을 시민 의견에 따라 개편합니다. 민원인 홍*동의 의견을 반영했습니다.",
		time.Date(2015, 6, 1, 9, 0, 0, 0, kstTest), []string{"버스", "노선"}, "6")
	d3 := doc(cityHall, "SEOUL-2015-0003", "1100123", "행정국 정보공개정책과", "report", document.GradeClosed,
		"수사 협조 요청에 대한 회신", secret+" 수사 협조 본문", time.Date(2015, 7, 1, 9, 0, 0, 0, kstTest), []string{"수사"}, "4", "6")
	d3.Attachments = []document.Attachment{{Name: "secret.hwp", Format: "hwp", Text: secret + " attachment"}}
	d4 := doc(gangnam, "GN-2016-0004", "1100123", "기획예산과", "budget", document.GradePublic,
		"2016년 강남구 예산 편성 계획", "강남구의 2016년 예산 편성 방향과 정보공개 일정입니다.",
		time.Date(2016, 1, 5, 9, 0, 0, 0, kstTest), []string{"예산", "정보공개"})
	return []document.Public{d1, d2, d3, d4}
}

// publish writes documents as the pipeline does: the public object, then
// the index entry (closed ones without their body).
func (e *env) publish(t testing.TB, docs ...document.Public) {
	t.Helper()
	ctx := context.Background()
	batch := make([]search.Doc, 0, len(docs))
	for _, d := range docs {
		data, _ := json.Marshal(d)
		if err := e.store.Put(ctx, "public", document.PublicKey(d.Key()), bytes.NewReader(data), storage.PutOptions{ContentType: "application/json"}); err != nil {
			t.Fatal(err)
		}
		sd := search.Doc{Org: d.Organization.Code, ID: d.ID, Version: d.Version, Title: d.Title, Body: d.Body, DocumentNumber: d.DocumentNumber,
			DepartmentCode: d.Department.Code, DepartmentName: d.Department.Name, Type: d.Type, Grade: d.Disclosure.Grade,
			ApprovedAt: d.ApprovedAt, PublishedAt: d.PublishedAt, Keywords: d.Keywords, MetadataOnly: d.MetadataOnly}
		if d.MetadataOnly {
			sd.Body = ""
		}
		batch = append(batch, sd)
	}
	if err := e.index.Bulk(ctx, batch); err != nil {
		t.Fatal(err)
	}
}

// get runs one request and returns the status and body.
func (e *env) get(t testing.TB, target string) (int, http.Header, []byte) {
	t.Helper()
	return e.do(t, http.MethodGet, target, "")
}

func (e *env) do(t testing.TB, method, target, body string) (int, http.Header, []byte) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	w := httptest.NewRecorder()
	e.mux.ServeHTTP(w, httptest.NewRequest(method, target, rd))
	return w.Code, w.Header(), w.Body.Bytes()
}

// golden compares got with testdata/golden/name (rewritten with -update).
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./shared/opendata -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./shared/opendata -update rewrites it):\n got: %s\nwant: %s", name, got, want)
	}
}

// indent re-indents JSON for readable golden files.
func indent(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		t.Fatalf("not JSON: %v: %s", err, b)
	}
	return append(out.Bytes(), '\n')
}

// noLeak fails when an output holds a closed document's body or an
// official's name.
func noLeak(t *testing.T, what string, body []byte) {
	t.Helper()
	for _, s := range []string{secret, official, "김철수", "sha256:"} {
		if bytes.Contains(body, []byte(s)) {
			t.Errorf("%s holds %q:\n%s", what, s, body)
		}
	}
}
