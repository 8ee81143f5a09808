package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
)

// TestTokenNamesTheOrganization: the token command signs the
// organization and the kind of admin asked for, defaults to the
// deployment's organization, and refuses an organization the deployment
// does not have rather than sign a token that sees nothing.
func TestTokenNamesTheOrganization(t *testing.T) {
	ctx := context.Background()
	data := t.TempDir()
	key := strings.Repeat("k", 32)
	writeFile(t, filepath.Join(data, "keys", "jwt.key"), key)
	iss, err := auth.NewLocal([]byte(key), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	// No stack answers at port 1: the command notes it and prints the token.
	common := []string{"--data", data, "--addr", "127.0.0.1:1"}
	for _, tc := range []struct {
		args []string
		want auth.Claims
	}{
		{[]string{"--department", "1100123"}, auth.Claims{Subject: "dev-staff", Organization: "6110000", Department: "1100123"}},
		{[]string{"--org", "3220000", "--department", "1100123"}, auth.Claims{Subject: "dev-staff", Organization: "3220000", Department: "1100123"}},
		{[]string{"--admin"}, auth.Claims{Subject: "dev-staff", Organization: "6110000", Admin: true}},
		{[]string{"--org", "3220000", "--admin", "--sub", "gn-admin"}, auth.Claims{Subject: "gn-admin", Organization: "3220000", Admin: true}},
		{[]string{"--city-admin"}, auth.Claims{Subject: "dev-staff", Organization: "6110000", CityAdmin: true}},
	} {
		out := command(t, ctx, append(append([]string{"token"}, common...), tc.args...)...)
		c, err := iss.Parse(strings.TrimSpace(out))
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		c.ExpiresAt = time.Time{}
		if c != tc.want {
			t.Errorf("%v: claims %+v, want %+v", tc.args, c, tc.want)
		}
	}

	var sink strings.Builder
	err = run(ctx, append([]string{"token", "--org", "1234567", "--admin"}, common...), nil, &sink, &sink)
	if err == nil || !strings.Contains(err.Error(), "no such organization") || !strings.Contains(err.Error(), "3220000") {
		t.Errorf("an unknown organization: %v", err)
	}
	// A deployment folder of its own: its default and its organizations.
	orgs := t.TempDir()
	for _, f := range []string{"3220000.json", "6110000.json"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "shared", "org", "orgs", f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(orgs, f), string(b))
	}
	writeFile(t, filepath.Join(orgs, "deployment.json"), strings.Replace(readFile(t, filepath.Join("..", "..", "shared", "org", "orgs", "deployment.json")), `"6110000"`, `"3220000"`, 1))
	out := command(t, ctx, append([]string{"token", "--orgs", orgs, "--department", "1100123"}, common...)...)
	if c, err := iss.Parse(strings.TrimSpace(out)); err != nil || c.Organization != "3220000" {
		t.Errorf("--orgs with another default: %+v %v", c, err)
	}
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
