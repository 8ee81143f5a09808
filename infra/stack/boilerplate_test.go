package stack

import (
	"slices"
	"testing"
)

// TestBoilerplateLinesGrants: the learnt boilerplate lines (work bucket,
// boilerplate/) are written by the monitor only and read by the functions
// that index (index, and the monitor's in-process indexing), and by no
// other function: least privilege for a prefix no trigger listens on.
func TestBoilerplateLinesGrants(t *testing.T) {
	tp := fixture.devJSON
	work := "<" + idOf(t, tp, "AWS::S3::Bucket", "WorkBucket") + ".Arn>"
	key := PrefixBoilerplate
	actions := func(fn string) []string {
		var out []string
		for _, g := range tp.roleGrants(tp.functionRole(idOf(t, tp, "AWS::Lambda::Function", title(fn)+"Function"))) {
			if covers(g.Resource, work, key, ".json") && g.Resource != "*" {
				out = append(out, g.Action)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	for fn, want := range map[string][]string{
		Index:   {"s3:GetObject"},
		Monitor: {"s3:GetObject", "s3:PutObject"},
		Ingest:  nil, Redact: nil, API: nil, Notify: nil, Setup: nil,
	} {
		if got := actions(fn); !slices.Equal(got, want) {
			t.Errorf("%s on %s*: %v, want %v", fn, key, got, want)
		}
	}
	// AND the index function is told the work bucket it reads them from.
	if !slices.Contains(specs()[Index].env, EnvWorkBucket) {
		t.Errorf("index has no %s", EnvWorkBucket)
	}
}
