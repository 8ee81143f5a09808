package org_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/org"
)

func TestEmbeddedSet(t *testing.T) {
	s := org.Embedded()
	if d := s.Default(); d == nil || d.Code != "6110000" || d.Name != "서울특별시" {
		t.Fatalf("default organization %+v", d)
	}
	var codes []string
	for _, o := range s.All() {
		codes = append(codes, o.Code)
	}
	if strings.Join(codes, ",") != "3220000,6110000" {
		t.Errorf("organizations %v", codes)
	}
	// The same department id in two organizations is two departments.
	seoul, _ := s.Get("6110000")
	gangnam, ok := s.Get("3220000")
	a, okA := seoul.Department("1100123")
	b, okB := gangnam.Department("1100123")
	if !ok || !okA || !okB || a.Name == b.Name {
		t.Errorf("1100123: %+v / %+v", a, b)
	}
	if len(s.Shared().EmailDomains) == 0 {
		t.Error("no identifiers shared by every organization")
	}
}

// valid is a minimal organization's file that passes; each case edits it.
func valid() map[string]any {
	person := func(id string) map[string]any {
		return map[string]any{"id": id, "name": "김민수", "email": id + "@district.example", "phone": "010-0000-0001"}
	}
	return map[string]any{
		"code": "3000000",
		"name": "어느구",
		"departments": []any{
			map[string]any{"id": "3000100", "name": "총무과", "officers": []any{person("a")}, "head": person("h")},
			map[string]any{"id": "3000200", "name": "감사과", "officers": []any{person("b")}},
		},
		"inquiry":            map[string]any{"fallback": "3000100"},
		"senders":            []any{map[string]any{"prefix": "district-approval", "departments": []any{"3000100"}}},
		"policy":             map[string]any{"phases": []any{map[string]any{"from": "2014-03-01", "min_rank": "team_manager"}}, "partial_auto_exemptions": []any{"6"}},
		"public_identifiers": map[string]any{"phones": []any{"0230001"}, "email_domains": []any{"district.go.kr"}, "addresses": []any{"어느로 1길 10"}},
		"masking_exceptions": []any{"김구청장"},
		"subject_areas":      []any{map[string]any{"id": "admin", "name": "행정", "departments": []any{"3000100"}}},
		"branding":           map[string]any{"name": "어느구 정보공개", "emblem": "emblems/3000000.svg", "colors": map[string]any{"primary": "#112233"}},
	}
}

// at edits a nested value of a file: path elements are map keys or
// slice indexes (ints).
func at(m map[string]any, value any, keys ...any) map[string]any {
	var cur any = m
	for i, k := range keys {
		last := i == len(keys)-1
		switch c := cur.(type) {
		case map[string]any:
			if last {
				if value == nil {
					delete(c, k.(string))
				} else {
					c[k.(string)] = value
				}
				return m
			}
			cur = c[k.(string)]
		case []any:
			if last {
				c[k.(int)] = value
				return m
			}
			cur = c[k.(int)]
		}
	}
	return m
}

func TestParseErrorsNameFileAndField(t *testing.T) {
	const file = "orgs/3000000.json"
	cases := []struct {
		name string
		file map[string]any
		want []string // each must appear in the error
	}{
		{"valid", valid(), nil},
		{"duplicate department", at(valid(), "3000100", "departments", 1, "id"), []string{file + `: departments[1].id: duplicate "3000100"`}},
		{"bad code", at(valid(), "30 00", "code"), []string{file + ": code:"}},
		{"no name", at(valid(), nil, "name"), []string{file + ": name: is missing"}},
		{"no departments", at(valid(), []any{}, "departments"), []string{file + ": departments: is empty"}},
		{"officer without e-mail", at(valid(), "not-an-address", "departments", 0, "officers", 0, "email"), []string{file + `: departments[0].officers[0].email: "not-an-address"`}},
		{"head with a bad phone", at(valid(), "12", "departments", 0, "head", "phone"), []string{file + ": departments[0].head.phone:"}},
		{"no officer", at(valid(), []any{}, "departments", 1, "officers"), []string{file + ": departments[1].officers: is empty"}},
		{"fallback elsewhere", at(valid(), "9999999", "inquiry", "fallback"), []string{file + `: inquiry.fallback: "9999999" is not one of the organization's departments`}},
		{"no senders", at(valid(), []any{}, "senders"), []string{file + ": senders: is empty"}},
		{"sender path", at(valid(), "../etc", "senders", 0, "prefix"), []string{file + `: senders[0].prefix: "../etc"`}},
		{"sender for another department", at(valid(), []any{"3000100", "4000000"}, "senders", 0, "departments"), []string{file + `: senders[0].departments[1]: "4000000" is not one of`}},
		{"no phases", at(valid(), []any{}, "policy", "phases"), []string{file + ": policy.phases: is empty"}},
		{"bad date", at(valid(), "2014-13-01", "policy", "phases", 0, "from"), []string{file + ": policy.phases[0].from:"}},
		{"unknown rank", at(valid(), "wizard", "policy", "phases", 0, "min_rank"), []string{file + `: policy.phases[0].min_rank: unknown rank "wizard"`}},
		{"exemption item", at(valid(), []any{"6", "9"}, "policy", "partial_auto_exemptions"), []string{file + `: policy.partial_auto_exemptions[1]: "9"`}},
		{"hold without reason", at(valid(), []any{map[string]any{"department": "3000200"}}, "policy", "holds"), []string{file + ": policy.holds[0].reason: is missing"}},
		{"hold on another department", at(valid(), []any{map[string]any{"department": "x", "reason": "audit"}}, "policy", "holds"), []string{file + `: policy.holds[0].department: "x"`}},
		{"schedule without a delay", at(valid(), []any{map[string]any{"department": "3000200", "reason": "효력 발생 후"}}, "policy", "schedules"), []string{file + ": policy.schedules[0].delay_days: 0 is not a delay"}},
		{"schedule on another department", at(valid(), []any{map[string]any{"department": "x", "delay_days": 7, "reason": "효력 발생 후"}}, "policy", "schedules"), []string{file + `: policy.schedules[0].department: "x"`}},
		{"short phone prefix", at(valid(), []any{"02"}, "public_identifiers", "phones"), []string{file + `: public_identifiers.phones[0]: phone prefix "02"`}},
		{"e-mail as domain", at(valid(), []any{"a@district.go.kr"}, "public_identifiers", "email_domains"), []string{file + ": public_identifiers.email_domains[0]:"}},
		{"short address", at(valid(), []any{" 1 "}, "public_identifiers", "addresses"), []string{file + ": public_identifiers.addresses[0]:"}},
		{"short masking exception", at(valid(), []any{"김"}, "masking_exceptions"), []string{file + `: masking_exceptions[0]: "김" is too short`}},
		{"duplicate area keyword", at(valid(), []any{"교통", "교통"}, "subject_areas", 0, "keywords"), []string{file + `: subject_areas[0].keywords[1]: duplicate "교통"`}},
		{"empty area keyword", at(valid(), []any{" "}, "subject_areas", 0, "keywords"), []string{file + `: subject_areas[0].keywords[0]: is empty`}},
		{"area of an unknown department", at(valid(), []any{"3000300"}, "subject_areas", 0, "departments"), []string{file + `: subject_areas[0].departments[0]: "3000300"`}},
		{"emblem outside the assets", at(valid(), "../../etc/passwd.png", "branding", "emblem"), []string{file + ": branding.emblem:"}},
		{"colour", at(valid(), "blue", "branding", "colors", "primary"), []string{file + `: branding.colors.primary: "blue"`}},
		{"notices", at(valid(), []any{map[string]any{"date": "2026-12-01", "title": "시스템 점검 안내", "title_en": "Maintenance", "url": "/?view=stats"}, map[string]any{"date": "2026-11-20", "title": "새 기능", "url": "https://example.go.kr/n/1"}}, "notices"), nil},
		{"notice without a date", at(valid(), []any{map[string]any{"date": "12/01", "title": "점검"}}, "notices"), []string{file + `: notices[0].date: "12/01" is not a date`}},
		{"notice without a title", at(valid(), []any{map[string]any{"date": "2026-12-01", "title": " "}}, "notices"), []string{file + ": notices[0].title: is missing"}},
		{"notice with a script link", at(valid(), []any{map[string]any{"date": "2026-12-01", "title": "점검", "url": "javascript:alert(1)"}}, "notices"), []string{file + `: notices[0].url: "javascript:alert(1)"`}},
		{"notice to another host by path", at(valid(), []any{map[string]any{"date": "2026-12-01", "title": "점검", "url": "//evil.example/"}}, "notices"), []string{file + `: notices[0].url:`}},
		{"notice in plain http", at(valid(), []any{map[string]any{"date": "2026-12-01", "title": "점검", "url": "http://example.go.kr/"}}, "notices"), []string{file + `: notices[0].url:`}},
		{"unknown field", at(valid(), true, "departmnets"), []string{file + `: json: unknown field "departmnets"`}},
		// Every problem is reported, not the first only.
		{"several at once", at(at(valid(), "", "name"), "blue", "branding", "colors", "primary"), []string{file + ": name:", file + ": branding.colors.primary:"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, err := json.Marshal(c.file)
			if err != nil {
				t.Fatal(err)
			}
			o, err := org.Parse(file, data)
			if c.want == nil {
				if err != nil || o.Code != "3000000" || o.Policy.Timezone != "Asia/Seoul" {
					t.Fatalf("Parse = %+v, %v", o, err)
				}
				return
			}
			if err == nil {
				t.Fatal("Parse accepted it")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\ndoes not say %q", err, w)
				}
			}
		})
	}
}

func write(t *testing.T, dir, name string, v any) {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestLoadDir(t *testing.T) {
	deployment := map[string]any{"default_organization": "3000000", "public_identifiers": map[string]any{"email_domains": []any{"go.kr"}}}
	cases := []struct {
		name  string
		files map[string]any
		want  string
	}{
		{"one organization", map[string]any{"3000000.json": valid(), "deployment.json": deployment}, ""},
		{"no deployment file", map[string]any{"3000000.json": valid()}, "deployment.json: missing"},
		{"default not among them", map[string]any{"3000000.json": valid(), "deployment.json": map[string]any{"default_organization": "6110000"}},
			`default_organization: "6110000" is not one of the organizations (3000000)`},
		{"file named after another code", map[string]any{"3000001.json": valid(), "deployment.json": deployment},
			`3000001.json: code: "3000000" must be in a file named 3000000.json`},
		{"a prefix bound twice", map[string]any{"3000000.json": valid(), "3000001.json": at(valid(), "3000001", "code"), "deployment.json": deployment},
			`3000001.json: senders[0].prefix: "district-approval" is already bound to organization 3000000`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for n, v := range c.files {
				write(t, dir, n, v)
			}
			s, err := org.LoadDir(dir)
			if c.want == "" {
				if err != nil || s.Default().Code != "3000000" {
					t.Fatalf("LoadDir = %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want it to say %q", err, c.want)
			}
		})
	}
}

func TestWithDefault(t *testing.T) {
	s, err := org.Embedded().WithDefault("3220000")
	if err != nil || s.Default().Code != "3220000" || org.Embedded().Default().Code != "6110000" {
		t.Fatalf("WithDefault: %v", err)
	}
	if _, err := org.Embedded().WithDefault("1234567"); err == nil || !strings.Contains(err.Error(), "3220000, 6110000") {
		t.Errorf("an unknown default: %v", err)
	}
}

func TestWith(t *testing.T) {
	s := org.Embedded()
	district := valid()
	o, err := org.Parse("3000000.json", mustJSON(t, district))
	if err != nil {
		t.Fatal(err)
	}
	bigger, err := s.With("3000000.json", o)
	if err != nil || len(bigger.All()) != 3 || len(s.All()) != 2 {
		t.Fatalf("With a new organization: %v", err)
	}
	// A new organization may not take a prefix another one has.
	o2, err := org.Parse("3000000.json", mustJSON(t, at(valid(), "gangnam-approval", "senders", 0, "prefix")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.With("3000000.json", o2); err == nil || !strings.Contains(err.Error(), `3000000.json: senders[0].prefix: "gangnam-approval" is already bound to organization 3220000`) {
		t.Errorf("a taken prefix: %v", err)
	}
	// An organization's new file replaces its old one.
	gangnam, _ := s.Get("3220000")
	renamed := *gangnam
	renamed.Name = "강남구청"
	replaced, err := s.With("3220000.json", &renamed)
	if got, _ := replaced.Get("3220000"); err != nil || got.Name != "강남구청" || len(replaced.All()) != 2 {
		t.Errorf("replacing: %v", err)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
