package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `org check` passes a good file, and fails with the file and field path
// of every problem, alone or against the deployment's organizations.
func TestOrgCheck(t *testing.T) {
	gangnam, err := os.ReadFile(filepath.Join("..", "..", "shared", "org", "orgs", "3220000.json"))
	if err != nil {
		t.Fatal(err)
	}
	// A new district made from Gangnam-gu's file by a few edits.
	district := func(edits ...string) string {
		s := strings.NewReplacer(`"3220000"`, `"3000000"`, `"gangnam-approval"`, `"jongno-approval"`).Replace(string(gangnam))
		for i := 0; i+1 < len(edits); i += 2 {
			s = strings.Replace(s, edits[i], edits[i+1], 1)
		}
		return s
	}
	cases := []struct {
		name, file, body string
		out, err         string
	}{
		{"good", "3000000.json", district(), "ok  ", ""},
		{"replacing an organization's file", "3220000.json", string(gangnam), "3220000 서울특별시 강남구", ""},
		{"duplicate department", "3000000.json", district(`"id": "3220100"`, `"id": "1100123"`), "", `3000000.json: departments[1].id: duplicate "1100123"`},
		{"unknown rank", "3000000.json", district(`"team_manager"`, `"chief"`), "", `3000000.json: policy.phases[0].min_rank: unknown rank "chief"`},
		{"a prefix another organization has", "3000000.json", district(`"jongno-approval"`, `"*"`), "", `3000000.json: senders[0].prefix: "*" is already bound to organization 6110000`},
		{"named after another code", "3000001.json", district(), "", `must be in a file named 3000000.json`},
		{"not JSON", "3000000.json", "{", "", "3000000.json: unexpected EOF"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), c.file)
			if err := os.WriteFile(path, []byte(c.body), 0o600); err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			err := run(t.Context(), []string{"org", "check", path}, nil, &out, &errOut)
			if c.err == "" {
				if err != nil || !strings.Contains(out.String(), c.out) {
					t.Fatalf("err %v, out %q", err, out.String())
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("err = %v, want it to say %q", err, c.err)
			}
		})
	}
	var out bytes.Buffer
	if err := run(t.Context(), []string{"org", "check", filepath.Join("..", "..", "shared", "org", "orgs")}, nil, &out, &out); err != nil ||
		!strings.Contains(out.String(), "6110000 서울특별시 (the default)") {
		t.Errorf("the embedded organizations: %v\n%s", err, out.String())
	}
}
