// Package orgtest writes folders of organizations' files for tests: the
// embedded set, and districts made from Gangnam-gu's file, as a
// deployment's plaza:orgsDir or PLAZA_ORGS_DIR would hold them.
package orgtest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/seoul-plaza/plaza/shared/org"
)

// District returns a copy of Gangnam-gu's file as another district:
// another code and name, sending from prefixes (its departments, and
// their ids, stay Gangnam-gu's: ids repeat across organizations).
func District(code, name string, prefixes ...string) *org.Org {
	g, ok := org.Embedded().Get("3220000")
	if !ok {
		panic("orgtest: the embedded set has no Gangnam-gu")
	}
	// A deep copy through JSON: the embedded set is shared.
	data, err := json.Marshal(g)
	if err != nil {
		panic("orgtest: " + err.Error())
	}
	var o org.Org
	if err := json.Unmarshal(data, &o); err != nil {
		panic("orgtest: " + err.Error())
	}
	o.Code, o.Name, o.Branding.Name = code, name, name+" 정보공개"
	o.Branding.Emblem = "emblems/" + code + ".svg"
	o.Senders = nil
	for _, p := range prefixes {
		o.Senders = append(o.Senders, org.Sender{Prefix: p})
	}
	return &o
}

// Write writes the embedded organizations, extra ones and the embedded
// deployment.json into dir, and checks that the folder loads.
func Write(dir string, extra ...*org.Org) error {
	set := org.Embedded()
	write := func(name string, v any) error {
		data, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name), data, 0o600)
	}
	for _, o := range append(set.All(), extra...) {
		if err := write(o.Code+".json", o); err != nil {
			return fmt.Errorf("orgtest: %w", err)
		}
	}
	if err := write(org.DeploymentFile, org.Deployment{Default: set.Default().Code, Public: set.Shared()}); err != nil {
		return fmt.Errorf("orgtest: %w", err)
	}
	if _, err := org.LoadDir(dir); err != nil {
		return fmt.Errorf("orgtest: the folder does not load: %w", err)
	}
	return nil
}

// Dir is Write into a new temporary folder, whose path it returns.
func Dir(t testing.TB, extra ...*org.Org) string {
	t.Helper()
	dir := t.TempDir()
	if err := Write(dir, extra...); err != nil {
		t.Fatal(err)
	}
	return dir
}
