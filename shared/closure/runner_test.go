package closure

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// The runner reads the published documents and, for item 6, the staged
// text; it keeps each organization's doubts with the published (masked)
// title, never the staged one.
func TestRunnerKeepsEachOrganizationsDoubts(t *testing.T) {
	ctx := context.Background()
	st, err := localfs.New(filepath.Join(t.TempDir(), "data"), nil)
	if err != nil {
		t.Fatal(err)
	}
	b := storage.Buckets{Inbox: "inbox", Work: "work", Public: "public"}
	put := func(bucket, key string, v any) {
		data, _ := json.Marshal(v)
		if err := st.Put(ctx, bucket, key, bytes.NewReader(data), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	doc := func(org, id, grade, body string, ex ...string) {
		m := document.Meta{ID: id, Organization: document.Organization{Code: org}, Version: 1, Type: "approval",
			Title: "민원 회신 ○○○", Department: document.Department{Code: "1100123"}, Disclosure: document.Disclosure{Grade: grade, Exemptions: ex}}
		put(b.Public, document.PublicKey(m.Key()), document.Public{Meta: m, MetadataOnly: grade == document.GradeClosed})
		staged := m
		staged.Title = "민원 회신 홍길동"
		put(b.Work, document.StagedKey(m.Key(), 1), document.Staged{Meta: staged, Body: body})
	}
	doc("6110000", "PLAIN", document.GradeClosed, "도로 보수 공사의 일정을 다음과 같이 변경한다.", "6")
	doc("6110000", "PERSON", document.GradeClosed, "민원인 김영희(010-2345-6789)의 민원을 회신한다.", "6")
	doc("3220000", "OTHER", document.GradeClosed, "공원 조성 사업 계획을 정한다.", "6")
	n, err := NewRunner(RunnerDeps{Store: st, Buckets: b, Layers: Layers{Redactor: redact.New(), Verifier: verify.New()}}).Run(ctx)
	if err != nil || n != 2 {
		t.Fatalf("run: %d doubts, %v; want 2", n, err)
	}
	res, err := Load(ctx, st, b.Work, "6110000")
	if err != nil || res == nil {
		t.Fatalf("load: %v %v", res, err)
	}
	if res.Checked != 2 || res.Compared != 3 || len(res.Doubts) != 1 || res.Doubts[0].ID != "PLAIN" || res.Doubts[0].Title != "민원 회신 ○○○" {
		t.Fatalf("City Hall's result %+v", res)
	}
	if none, err := Load(ctx, st, b.Work, "9999999"); err != nil || none != nil {
		t.Fatalf("an organization never checked: %+v %v", none, err)
	}
}
