package pipeline

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/teamdata"
)

// sample reads a file from the team's shared samples; a missing file
// fails under CI and skips elsewhere.
func sample(t *testing.T, rel string) []byte {
	t.Helper()
	return teamdata.Read(t, "samples", rel)
}

func (e *env) dropWithFile(id, name string, data []byte) {
	e.t.Helper()
	key := "approval/" + id + "/files/" + name
	if err := e.store.Put(context.Background(), "inbox", key, bytes.NewReader(data), storage.PutOptions{}); err != nil {
		e.t.Fatal(err)
	}
	m := envelope(id, 1)
	m["body"] = ""
	m["files"] = []any{map[string]any{"name": name, "key": "files/" + name}}
	e.drop(id, m)
}

// Real attachments become redacted text renditions; the original file is
// never published.
func TestRealAttachmentsArePublishedAsText(t *testing.T) {
	cases := []struct {
		id, file, phrase string
	}{
		{"HWP-1", "hwp/디지털 정부혁신 추진계획.hwp", "선제적·통합적 대국민 서비스 혁신"},
		{"HWPX-1", "hwpx/test.hwpx", "가을밤의 음악축제"},
		{"PDF-1", "pdf/kbo_only_table.pdf", "2024년 KBO 리그 규정 변경 요약사항"},
		{"DOCX-1", "docx/sample-word-document.docx", "의미론적 검색"},
	}
	e := newEnv(t)
	for _, c := range cases {
		data := sample(t, c.file)
		e.dropWithFile(c.id, filepath.Base(c.file), data)
		r := e.record(c.id)
		pub, ok := e.public(c.id)
		if !ok || r.State != ledger.Indexed {
			t.Errorf("%s: state %s (%s)", c.id, r.State, r.Reason)
			continue
		}
		if len(pub.Attachments) != 1 || !strings.Contains(pub.Attachments[0].Text, c.phrase) {
			t.Errorf("%s: attachment text lacks %q", c.id, c.phrase)
		}
		if d, _ := e.idx.get(c.id); !strings.Contains(d.Body, c.phrase) {
			t.Errorf("%s: index lacks the attachment text", c.id)
		}
	}
	// Nothing but JSON renditions is in the public bucket.
	e.store.List(context.Background(), "public", "", func(in storage.Info) error {
		if !strings.HasSuffix(in.Key, ".json") {
			t.Errorf("public bucket holds %s", in.Key)
		}
		return nil
	})
}

// Files that cannot be read go to a person, never out empty.
func TestUnreadableAttachmentsGoToReview(t *testing.T) {
	cases := []struct {
		id, file, reason string
	}{
		{"ENC-1", "hwp/password-12345.hwp", "extract.encrypted"},
		{"DRM-1", "hwp/test-distribute.hwp", "extract.drm_locked"},
	}
	e := newEnv(t)
	for _, c := range cases {
		e.dropWithFile(c.id, filepath.Base(c.file), sample(t, c.file))
		r := e.record(c.id)
		if len(e.bus.errs) > 0 {
			t.Fatalf("%s: stage errors: %v", c.id, e.bus.errs)
		}
		if r.State != ledger.Review || !strings.Contains(r.Reason, c.reason) {
			t.Errorf("%s: %s %q, want review with %s", c.id, r.State, r.Reason, c.reason)
		}
		if _, ok := e.public(c.id); ok {
			t.Errorf("%s published", c.id)
		}
	}
	// A scan: a PDF page with no text layer.
	scan := []byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n4 0 obj<</Length 0>>stream\n\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
	e.dropWithFile("SCAN-1", "scan.pdf", scan)
	if r := e.record("SCAN-1"); r.State != ledger.Review || !strings.HasPrefix(r.Reason, "extract.") {
		t.Errorf("a PDF without text: %s %s, want review with an extract reason", r.State, r.Reason)
	}
}
