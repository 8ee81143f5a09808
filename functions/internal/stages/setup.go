package stages

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/aws/aws-lambda-go/cfn"

	"github.com/seoul-plaza/plaza/shared/search/opensearch"
)

// SearchDomain is what the setup needs of the domain.
type SearchDomain interface {
	EnsureAccess(context.Context, opensearch.Access) error
	EnsureIndex(context.Context) error
	Alias() string
}

// Setup is the handler of the search-setup custom resource, which
// CloudFormation runs while the stack deploys: on Create and Update it
// maps the functions' roles to the domain's writer and reader roles
// (fine-grained access control), turns on the audit log, and installs the
// index template and the first index behind the alias, so that a fresh
// stack is ready before its first document. Delete leaves the index and
// its documents alone (they are rebuilt from the public bucket, or kept
// with the retained domain). Every step is idempotent.
func Setup(d SearchDomain, log *slog.Logger) cfn.CustomResourceFunction {
	return func(ctx context.Context, ev cfn.Event) (string, map[string]any, error) {
		id := ev.PhysicalResourceID
		if id == "" {
			id = "search-" + d.Alias()
		}
		log.Info("search setup", "request", ev.RequestType, "resource", ev.LogicalResourceID)
		if ev.RequestType == cfn.RequestDelete {
			return id, nil, nil
		}
		a := opensearch.Access{
			Writers: stringList(ev.ResourceProperties[opensearch.SetupWriters]),
			Readers: stringList(ev.ResourceProperties[opensearch.SetupReaders]),
			Audit:   fmt.Sprint(ev.ResourceProperties[opensearch.SetupAudit]) == "true",
		}
		if err := d.EnsureAccess(ctx, a); err != nil {
			return id, nil, fmt.Errorf("search setup: access: %w", err)
		}
		if err := d.EnsureIndex(ctx); err != nil {
			return id, nil, fmt.Errorf("search setup: index: %w", err)
		}
		return id, map[string]any{"Alias": d.Alias()}, nil
	}
}

// stringList reads a list property, which CloudFormation passes as a JSON
// array of strings.
func stringList(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok && s != "" {
			out = append(out, s)
		}
	}
	return out
}
