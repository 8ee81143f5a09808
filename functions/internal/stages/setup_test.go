package stages

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"testing"

	"github.com/aws/aws-lambda-go/cfn"

	"github.com/seoul-plaza/plaza/shared/search/opensearch"
)

type fakeDomain struct {
	access  []opensearch.Access
	indexed int
	fail    error
}

func (f *fakeDomain) EnsureAccess(_ context.Context, a opensearch.Access) error {
	f.access = append(f.access, a)
	return f.fail
}
func (f *fakeDomain) EnsureIndex(context.Context) error { f.indexed++; return nil }
func (f *fakeDomain) Alias() string                     { return "plaza-documents" }

func TestSetupRunsOnCreateAndUpdateOnly(t *testing.T) {
	props := map[string]any{
		opensearch.SetupWriters: []any{"arn:aws:iam::1:role/index", "arn:aws:iam::1:role/monitor"},
		opensearch.SetupReaders: []any{"arn:aws:iam::1:role/api"},
		opensearch.SetupAudit:   "true",
		opensearch.SetupDigest:  "abc",
	}
	d := &fakeDomain{}
	h := Setup(d, slog.New(slog.DiscardHandler))
	// WHEN CloudFormation creates, updates and deletes the resource
	for _, rt := range []cfn.RequestType{cfn.RequestCreate, cfn.RequestUpdate, cfn.RequestDelete} {
		id, _, err := h(context.Background(), cfn.Event{RequestType: rt, ResourceProperties: props, PhysicalResourceID: map[bool]string{true: "search-plaza-documents"}[rt != cfn.RequestCreate]})
		// THEN the physical id is stable (an update never replaces it)
		if err != nil || id != "search-plaza-documents" {
			t.Fatalf("%s: %q, %v", rt, id, err)
		}
	}
	// AND access and index were ensured on create and update, not delete
	if len(d.access) != 2 || d.indexed != 2 {
		t.Fatalf("access %d, index %d", len(d.access), d.indexed)
	}
	a := d.access[0]
	if !slices.Equal(a.Writers, []string{"arn:aws:iam::1:role/index", "arn:aws:iam::1:role/monitor"}) || !slices.Equal(a.Readers, []string{"arn:aws:iam::1:role/api"}) || !a.Audit {
		t.Errorf("access %+v", a)
	}
	// AND a failure fails the deployment rather than leaving a half-set domain
	d.fail = errors.New("403 security_exception")
	if _, _, err := h(context.Background(), cfn.Event{RequestType: cfn.RequestUpdate, ResourceProperties: props}); err == nil {
		t.Error("a failed access setup was reported as success")
	}
}
