package opensearch

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

// The security plugin's roles that EnsureAccess writes: the writer feeds
// the index (documents, bulk, refresh) and the reader only searches and
// reads through the alias. Neither may change templates, aliases or the
// security configuration; that is the master user's, at deployment.
const (
	WriterRole = "plaza_writer"
	ReaderRole = "plaza_reader"
)

// Properties of the deployment's search-setup custom resource
// (Custom::PlazaSearchSetup): the stack sets them, the setup function
// reads them.
const (
	SetupWriters = "Writers" // IAM role ARNs mapped to WriterRole
	SetupReaders = "Readers" // IAM role ARNs mapped to ReaderRole
	SetupAudit   = "Audit"   // "true": turn on the audit log
	// SetupDigest changes whenever the template, roles or replicas do, so
	// that CloudFormation runs an update.
	SetupDigest = "Digest"
)

// Access says which IAM roles (backend roles, by ARN) the security plugin
// maps to the writer and reader roles, and whether audit logging is on.
type Access struct {
	Writers, Readers []string
	// Audit turns on the security plugin's audit log of REST requests
	// (failed logins, missing privileges, security changes, index
	// changes); the domain publishes it to CloudWatch Logs.
	Audit bool
}

// Roles returns the definitions EnsureAccess installs, by role name, for
// the indices behind the alias.
func (x *Index) Roles() map[string]map[string]any {
	patterns := []string{x.alias, x.alias + "-v*"}
	return map[string]map[string]any{
		WriterRole: {
			"description":         "Plaza index and monitor functions: write documents through the alias",
			"cluster_permissions": []string{"cluster_composite_ops"},
			"index_permissions": []any{map[string]any{
				"index_patterns":  patterns,
				"allowed_actions": []string{"crud", "indices:admin/refresh*"},
			}},
		},
		ReaderRole: {
			"description":         "Plaza api function: search and read through the alias",
			"cluster_permissions": []string{"cluster_composite_ops_ro"},
			"index_permissions": []any{map[string]any{
				"index_patterns":  patterns,
				"allowed_actions": []string{"read"},
			}},
		},
	}
}

// AuditConfig is the audit configuration EnsureAccess installs: REST
// requests that were refused or changed the security configuration, never
// request bodies (a search can carry a citizen's words), and no log of the
// routine granted privileges of every search.
func AuditConfig() map[string]any {
	return map[string]any{
		"enabled": true,
		"audit": map[string]any{
			"enable_rest":                   true,
			"disabled_rest_categories":      []string{"AUTHENTICATED", "GRANTED_PRIVILEGES"},
			"enable_transport":              false,
			"disabled_transport_categories": []string{"AUTHENTICATED", "GRANTED_PRIVILEGES"},
			"resolve_bulk_requests":         false,
			"log_request_body":              false,
			"resolve_indices":               true,
			"exclude_sensitive_headers":     true,
			"ignore_users":                  []string{},
			"ignore_requests":               []string{},
		},
		"compliance": map[string]any{
			"enabled":               true,
			"internal_config":       true,
			"external_config":       false,
			"read_metadata_only":    true,
			"read_watched_fields":   map[string]any{},
			"read_ignore_users":     []string{},
			"write_metadata_only":   true,
			"write_log_diffs":       false,
			"write_watched_indices": []string{"*"},
			"write_ignore_users":    []string{},
		},
	}
}

// EnsureAccess installs the writer and reader roles of fine-grained access
// control, maps the given IAM roles to them (replacing earlier mappings)
// and, with a.Audit, the audit configuration. It needs the master user,
// and is idempotent: the deployment runs it on every stack update.
func (x *Index) EnsureAccess(ctx context.Context, a Access) error {
	put := func(path string, body any) error {
		err := x.callJSON(ctx, nil, x.perform(http.MethodPut, path, "", "application/json", mustJSON(body)))
		if err != nil {
			return fmt.Errorf("put %s: %w", path, err)
		}
		return nil
	}
	roles := x.Roles()
	for _, name := range []string{WriterRole, ReaderRole} {
		if err := put("/_plugins/_security/api/roles/"+url.PathEscape(name), roles[name]); err != nil {
			return err
		}
	}
	for name, arns := range map[string][]string{WriterRole: a.Writers, ReaderRole: a.Readers} {
		if arns == nil {
			arns = []string{}
		}
		if err := put("/_plugins/_security/api/rolesmapping/"+url.PathEscape(name), map[string]any{"backend_roles": arns}); err != nil {
			return err
		}
	}
	if a.Audit {
		return put("/_plugins/_security/api/audit/config", AuditConfig())
	}
	return nil
}
