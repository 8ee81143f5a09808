package document

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

var seoul = Organization{Code: "6110000", Name: "서울특별시"}

func validEnvelope() map[string]any {
	return map[string]any{
		"schema":          SchemaEnvelope,
		"id":              "SEOUL-INFO-2014-001234",
		"version":         1,
		"type":            "approval",
		"title":           "2014년 정보공개 추진계획",
		"document_number": "정보공개정책과-1234",
		"department":      map[string]any{"code": "1100123", "name": "행정국 정보공개정책과"},
		"drafter":         map[string]any{"name": "홍길동", "position": "주무관"},
		"approver":        map[string]any{"name": "김철수", "position": "과장", "rank": "division_head"},
		"approved_at":     "2014-03-02T10:15:00+09:00",
		"disclosure":      map[string]any{"grade": "public", "exemptions": []string{}, "note": ""},
		"release_at":      nil,
		"body":            "본문",
		"files":           []any{},
		"keywords":        []string{"정보공개"},
	}
}

func encode(t *testing.T, m map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeEnvelopeValid(t *testing.T) {
	e, err := DecodeEnvelope(encode(t, validEnvelope()), seoul)
	if err != nil {
		t.Fatal(err)
	}
	if e.Organization.Code != "6110000" {
		t.Errorf("default organization not applied: %+v", e.Organization)
	}
	if e.Meta().Key() != (Key{Org: "6110000", ID: "SEOUL-INFO-2014-001234"}) {
		t.Errorf("key = %v", e.Meta().Key())
	}
}

func TestDecodeEnvelopeNormalizesToNFC(t *testing.T) {
	m := validEnvelope()
	m["title"] = "\u1112\u1161\u11ab\u1100\u1173\u11af" // 한글 as conjoining jamo (NFD)
	e, err := DecodeEnvelope(encode(t, m), seoul)
	if err != nil {
		t.Fatal(err)
	}
	if e.Title != "한글" {
		t.Errorf("title not NFC: %q", e.Title)
	}
}

func TestDecodeEnvelopeProblems(t *testing.T) {
	with := func(f func(m map[string]any)) []byte {
		m := validEnvelope()
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	cases := []struct {
		name string
		data []byte
		code string
	}{
		{"malformed JSON", []byte(`{"schema": "plaza.envelope/v1", "id": `), "envelope.invalid_json"},
		{"not an object", []byte(`[1,2,3]`), "envelope.invalid_json"},
		{"CP949 bytes", append([]byte(`{"title":"`), 0xc1, 0xa4, 0xba, 0xb8, '"', '}'), "envelope.not_utf8"},
		{"oversize", bytes.Repeat([]byte(" "), MaxEnvelopeBytes+1), "envelope.too_large"},
		{"unknown schema", with(func(m map[string]any) { m["schema"] = "plaza.envelope/v9" }), "envelope.unknown_schema"},
		{"wrong type", with(func(m map[string]any) { m["version"] = "one" }), "envelope.invalid_field"},
		{"path traversal id", with(func(m map[string]any) { m["id"] = "../../public/documents/x" }), "envelope.bad_id"},
		{"slash id", with(func(m map[string]any) { m["id"] = "a/b" }), "envelope.bad_id"},
		{"NUL id", with(func(m map[string]any) { m["id"] = "a\x00b" }), "envelope.bad_id"},
		{"dot-dot id", with(func(m map[string]any) { m["id"] = ".." }), "envelope.bad_id"},
		{"long id", with(func(m map[string]any) { m["id"] = strings.Repeat("a", 129) }), "envelope.bad_id"},
		{"empty id", with(func(m map[string]any) { m["id"] = "" }), "envelope.missing_field:id"},
		{"version zero", with(func(m map[string]any) { m["version"] = 0 }), "envelope.invalid_field:version"},
		{"bad type", with(func(m map[string]any) { m["type"] = "memo" }), "envelope.invalid_field:type"},
		{"empty title", with(func(m map[string]any) { m["title"] = "  " }), "envelope.missing_field:title"},
		{"no department code", with(func(m map[string]any) { m["department"] = map[string]any{"name": "x"} }), "envelope.missing_field:department.code"},
		{"no department name", with(func(m map[string]any) { m["department"] = map[string]any{"code": "1"} }), "envelope.missing_field:department.name"},
		{"no rank", with(func(m map[string]any) { m["approver"] = map[string]any{"name": "김"} }), "envelope.missing_field:approver.rank"},
		{"bad rank", with(func(m map[string]any) { m["approver"] = map[string]any{"rank": "king"} }), "envelope.invalid_field:approver.rank"},
		{"bad date", with(func(m map[string]any) { m["approved_at"] = "yesterday" }), "envelope.invalid_field"},
		{"no grade", with(func(m map[string]any) { m["disclosure"] = map[string]any{} }), "envelope.missing_field:disclosure.grade"},
		{"bad grade", with(func(m map[string]any) { m["disclosure"] = map[string]any{"grade": "secret"} }), "envelope.invalid_field:disclosure.grade"},
		{"partial without exemptions", with(func(m map[string]any) { m["disclosure"] = map[string]any{"grade": "partial"} }), "envelope.invalid_field:disclosure.exemptions"},
		{"exemption out of range", with(func(m map[string]any) {
			m["disclosure"] = map[string]any{"grade": "closed", "exemptions": []string{"9"}}
		}), "envelope.invalid_field:disclosure.exemptions"},
		{"public with exemptions", with(func(m map[string]any) {
			m["disclosure"] = map[string]any{"grade": "public", "exemptions": []string{"6"}}
		}), "envelope.invalid_field:disclosure.exemptions"},
		{"file escaping folder", with(func(m map[string]any) {
			m["files"] = []any{map[string]any{"name": "x.txt", "key": "../other/x.txt"}}
		}), "envelope.invalid_field:files"},
		{"absolute file key", with(func(m map[string]any) {
			m["files"] = []any{map[string]any{"name": "x.txt", "key": "/etc/passwd"}}
		}), "envelope.invalid_field:files"},
		{"no text", with(func(m map[string]any) { m["body"] = " \n" }), "envelope.no_text"},
		{"bad org code", with(func(m map[string]any) { m["organization"] = map[string]any{"code": "../x", "name": "x"} }), "envelope.invalid_field:organization"},
	}
	for _, field := range []string{"schema", "id", "version", "type", "title", "department", "approver", "approved_at", "disclosure"} {
		cases = append(cases, struct {
			name string
			data []byte
			code string
		}{"missing " + field, with(func(m map[string]any) { delete(m, field) }), "envelope.missing_field:" + field})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := DecodeEnvelope(c.data, seoul)
			p, ok := Reason(err)
			if !ok {
				t.Fatalf("want a Problem with %s, got %v", c.code, err)
			}
			if !strings.HasPrefix(p.Code, c.code) {
				t.Errorf("code = %s, want %s", p.Code, c.code)
			}
			if p.Message == "" {
				t.Error("no human message")
			}
		})
	}
}

func TestParseEnvelopeRefusesOversizeWithoutReadingWhole(t *testing.T) {
	r := &countingReader{}
	_, err := ParseEnvelope(r, seoul)
	if p, ok := Reason(err); !ok || p.Code != "envelope.too_large" {
		t.Fatalf("got %v", err)
	}
	if r.n > MaxEnvelopeBytes+1 {
		t.Errorf("read %d bytes, more than the limit+1", r.n)
	}
}

// countingReader is an endless stream of spaces.
type countingReader struct{ n int }

func (c *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	c.n += len(p)
	return len(p), nil
}

func FuzzDecodeEnvelope(f *testing.F) {
	b, _ := json.Marshal(validEnvelope())
	f.Add(b)
	f.Add([]byte(`{"schema":"plaza.envelope/v1","id":"../x"}`))
	f.Add([]byte{0xc1, 0xa4})
	f.Add([]byte(`{"disclosure":{"grade":"closed"},"disclosure":{"grade":"public"}}`))
	f.Add([]byte(`{"body":"a","Body":"b","\u212aeywords":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := DecodeEnvelope(data, seoul)
		if err != nil {
			if _, ok := Reason(err); !ok {
				t.Fatalf("error is not a Problem: %v", err)
			}
			return
		}
		if !ValidID(e.ID) || e.Version < 1 {
			t.Fatalf("accepted invalid envelope: %+v", e)
		}
	})
}
