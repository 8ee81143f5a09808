// Package ostest is a test double for OpenSearch: an httptest server that
// validates every request against the official OpenSearch API
// specification (../shared/opensearch/opensearch-openapi-2.19.yaml) and
// answers from a small in-memory emulator of the query DSL subset the
// adapter sends.
//
// How a request is checked (Spec.Validate):
//   - kin-openapi (v0.153) loads the OpenAPI 3.1 file as it is: no loader
//     options or conversion are needed. gorillamux finds the operation;
//     openapi3filter.ValidateRequest checks method, path and query
//     parameters.
//   - The body is checked against the operation's request body schema with
//     JSON Schema 2020-12 (santhosh-tekuri/jsonschema/v6, the library
//     kin-openapi itself uses for 3.1), compiled once per operation over
//     the same in-memory document. kin-openapi's ValidateRequest recompiles
//     the schema on every call (50–300 ms for a _search body); Spec.KinBody
//     or ValidateMode(…, true) use it instead, and the adapter's tests check
//     that both give the same verdicts.
//   - Two patches are applied in memory (LoadSpec): closing object schemas
//     (strict; see closeObjects), since the published schemas accept any
//     unknown key; and accepting application/json wherever
//     application/x-ndjson is specified, as kin-openapi has no NDJSON
//     decoder: Validate turns the NDJSON lines into a JSON array and checks
//     every action line against _core.bulk___OperationContainer.
//
// Server.ResponseSpec additionally checks the emulator's answers (once per
// operation and status) against the response schemas of an unpatched
// Spec; one known ambiguity of the specification is tolerated (knownDefect).
package ostest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	"github.com/seoul-plaza/plaza/shared/teamdata"
)

// SpecEnv overrides the specification's path.
const SpecEnv = "PLAZA_OPENSEARCH_SPEC"

// SpecRel is the specification's path relative to the repository root.
const SpecRel = "../shared/opensearch/opensearch-openapi-2.19.yaml"

// SpecHelp says where to get the specification when it is missing.
const SpecHelp = "the OpenSearch API specification is missing: build it from " +
	"github.com/opensearch-project/opensearch-api-specification (merge step with " +
	"--opensearch-version 2.19.0) into " + SpecRel + " (see ../shared/opensearch/README.md), " +
	"or set " + SpecEnv

// SpecPath returns where the specification should be: $PLAZA_OPENSEARCH_SPEC,
// else the file of SpecRel in the team's shared folder.
func SpecPath() (string, error) {
	if p := os.Getenv(SpecEnv); p != "" {
		return p, nil
	}
	return teamdata.Path("opensearch", filepath.Base(SpecRel))
}

// Spec is the loaded specification with its router. It is safe for
// concurrent use once loaded.
type Spec struct {
	doc    *openapi3.T
	router routers.Router
	bulkOp *openapi3.Schema
	bodies *bodies
	// KinBody makes Validate check bodies with openapi3filter.ValidateRequest
	// itself (slow: it compiles the schema on every call) instead of with
	// the schemas compiled once; both use JSON Schema 2020-12.
	KinBody bool
	// Strictened counts the object schemas made closed by LoadSpec.
	Strictened int
}

// LoadSpec loads and prepares the specification. It takes a few hundred
// milliseconds; load it once per test binary.
//
// kin-openapi (v0.153) reads OpenAPI 3.1 natively and validates bodies with
// JSON Schema 2020-12, so the file needs no conversion. Two things are
// patched in memory:
//   - the specification leaves most request objects open (no
//     additionalProperties: false), so a misspelt query key would pass; with
//     strict set, every object schema with declared properties that is not a
//     member of an allOf gets unevaluatedProperties: false, which makes
//     unknown keys violations while keeping allOf compositions valid;
//   - kin-openapi has no decoder for application/x-ndjson (the _bulk body),
//     so each operation taking NDJSON also accepts application/json with the
//     same schema, and Validate hands it the NDJSON lines as a JSON array.
func LoadSpec(path string, strict bool) (*Spec, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromFile(path)
	if err != nil {
		return nil, fmt.Errorf("ostest: load %s: %w", path, err)
	}
	s := &Spec{doc: doc}
	if strict {
		s.Strictened = closeObjects(doc)
	}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			if op.RequestBody == nil || op.RequestBody.Value == nil {
				continue
			}
			c := op.RequestBody.Value.Content
			if mt := c.Get("application/x-ndjson"); mt != nil && c.Get("application/json") == nil {
				c["application/json"] = mt
			}
		}
	}
	if ref := doc.Components.Schemas["_core.bulk___OperationContainer"]; ref != nil {
		s.bulkOp = ref.Value
	}
	doc.Servers = openapi3.Servers{{URL: "http://localhost"}}
	if s.bodies, err = newBodies(doc); err != nil {
		return nil, err
	}
	r, err := gorillamux.NewRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("ostest: router: %w", err)
	}
	s.router = r
	return s, nil
}

// closeObjects sets unevaluatedProperties: false on object schemas that
// declare properties (directly or through allOf/anyOf/oneOf), so that an
// unknown key is a violation. JSON Schema 2020-12 counts the properties
// evaluated by successful subschemas, so a closed root still accepts what
// its branches declare; but a closed subschema would reject its siblings'
// properties, so these stay open:
//   - members of an allOf with two or more members, or whose parent
//     declares properties itself;
//   - members of an anyOf/oneOf whose parent declares properties, has an
//     allOf, or is itself such an open allOf member.
//
// A single-member allOf is an alias and does not keep its member open
// (QueryContainer is one: FilterAggregationFields = allOf[QueryContainer]).
// Schemas that already say how to treat other keys (additionalProperties,
// patternProperties, unevaluatedProperties) are left alone.
func closeObjects(doc *openapi3.T) int {
	var all []*openapi3.Schema
	seen := map[*openapi3.Schema]bool{}
	var walk func(r *openapi3.SchemaRef)
	walk = func(r *openapi3.SchemaRef) {
		if r == nil || r.Value == nil || seen[r.Value] {
			return
		}
		s := r.Value
		seen[s] = true
		all = append(all, s)
		for _, list := range []openapi3.SchemaRefs{s.AllOf, s.AnyOf, s.OneOf, s.PrefixItems} {
			for _, m := range list {
				walk(m)
			}
		}
		for _, c := range s.Properties {
			walk(c)
		}
		for _, c := range s.PatternProperties {
			walk(c)
		}
		walk(s.Items)
		walk(s.Not)
		walk(s.AdditionalProperties.Schema)
		walk(s.UnevaluatedProperties.Schema)
		walk(s.PropertyNames)
		walk(s.If)
		walk(s.Then)
		walk(s.Else)
	}
	for _, r := range doc.Components.Schemas {
		walk(r)
	}
	for _, rb := range doc.Components.RequestBodies {
		if rb.Value == nil {
			continue
		}
		for _, mt := range rb.Value.Content {
			walk(mt.Schema)
		}
	}
	open := map[*openapi3.Schema]bool{}
	allOfOpen := map[*openapi3.Schema]bool{}
	for _, s := range all {
		if len(s.AllOf) >= 2 || len(s.AllOf) == 1 && len(s.Properties) > 0 {
			for _, m := range s.AllOf {
				if m.Value != nil {
					open[m.Value] = true
					allOfOpen[m.Value] = true
				}
			}
		}
	}
	for _, s := range all {
		if len(s.Properties) > 0 || len(s.AllOf) > 0 || allOfOpen[s] {
			for _, list := range []openapi3.SchemaRefs{s.AnyOf, s.OneOf} {
				for _, m := range list {
					if m.Value != nil {
						open[m.Value] = true
					}
				}
			}
		}
	}
	n := 0
	no := false
	for _, s := range all {
		if open[s] || len(s.PatternProperties) > 0 {
			continue
		}
		if len(s.Properties) == 0 && len(s.AllOf)+len(s.AnyOf)+len(s.OneOf) == 0 {
			continue
		}
		if s.AdditionalProperties.Has != nil || s.AdditionalProperties.Schema != nil {
			continue
		}
		if s.UnevaluatedProperties.Has != nil || s.UnevaluatedProperties.Schema != nil {
			continue
		}
		s.UnevaluatedProperties = openapi3.BoolSchema{Has: &no}
		n++
	}
	return n
}

// Validate checks one request (its body passed separately, as the server
// has already read it) against the specification: path, method, query
// parameters and body. For NDJSON bodies it also checks that every action
// line is a valid bulk operation. It returns the operation's id (e.g.
// "search.2") when the route was found.
func (s *Spec) Validate(ctx context.Context, r *http.Request, body []byte) (string, error) {
	return s.ValidateMode(ctx, r, body, s.KinBody)
}

// ValidateMode is Validate with the body checked by kin-openapi itself
// (kinBody) or by the schemas compiled once.
func (s *Spec) ValidateMode(ctx context.Context, r *http.Request, body []byte, kinBody bool) (string, error) {
	req := r.Clone(ctx)
	req.URL.Scheme, req.URL.Host, req.Host = "http", "localhost", "localhost"
	req.RequestURI = ""
	ct := r.Header.Get("Content-Type")
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	var extra []error
	if strings.EqualFold(strings.TrimSpace(ct), "application/x-ndjson") {
		lines, errs := s.ndjson(body)
		extra = errs
		body = lines
		req.Header.Set("Content-Type", "application/json")
	}
	req.Body = io.NopCloser(bytes.NewReader(body))
	req.ContentLength = int64(len(body))
	route, params, err := s.router.FindRoute(req)
	if err != nil {
		return "", fmt.Errorf("%s %s: no such operation in the specification: %w", r.Method, r.URL.Path, err)
	}
	in := &openapi3filter.RequestValidationInput{
		Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{
			MultiError: true, AuthenticationFunc: openapi3filter.NoopAuthenticationFunc,
			ExcludeRequestBody: !kinBody,
		},
	}
	if err := openapi3filter.ValidateRequest(ctx, in); err != nil {
		extra = append(extra, &Violation{Op: route.Operation.OperationID, Method: r.Method, Path: r.URL.Path, Err: err})
	}
	if !kinBody && len(body) > 0 {
		if err := s.bodies.validate(route, strings.TrimSpace(req.Header.Get("Content-Type")), body); err != nil {
			extra = append(extra, &Violation{Op: route.Operation.OperationID, Method: r.Method, Path: r.URL.Path, Err: err})
		}
	}
	return route.Operation.OperationID, errors.Join(extra...)
}

// ValidateResponse checks an answer to r against the specification's
// response schema for its status, so that canned and emulated answers have
// the shape OpenSearch gives them.
func (s *Spec) ValidateResponse(ctx context.Context, r *http.Request, status int, header http.Header, body []byte) error {
	req := r.Clone(ctx)
	req.URL.Scheme, req.URL.Host, req.Host = "http", "localhost", "localhost"
	route, params, err := s.router.FindRoute(req)
	if err != nil {
		return fmt.Errorf("%s %s: no such operation in the specification: %w", r.Method, r.URL.Path, err)
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 status,
		Header:                 header,
		Options:                &openapi3filter.Options{MultiError: true, IncludeResponseStatus: false},
	}
	in.SetBodyBytes(body)
	if err := openapi3filter.ValidateResponse(ctx, in); err != nil {
		return &Violation{Op: route.Operation.OperationID + " response " + strconv.Itoa(status), Method: r.Method, Path: r.URL.Path, Err: err}
	}
	return nil
}

// ndjson turns an NDJSON body into a JSON array and checks its action lines.
func (s *Spec) ndjson(body []byte) ([]byte, []error) {
	var errs []error
	var items []json.RawMessage
	expectSource := false
	for i, line := range bytes.Split(body, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var v any
		if err := json.Unmarshal(line, &v); err != nil {
			errs = append(errs, fmt.Errorf("ndjson line %d: %w", i+1, err))
			continue
		}
		items = append(items, json.RawMessage(line))
		if expectSource {
			expectSource = false
			continue
		}
		if s.bulkOp != nil {
			if err := s.bulkOp.VisitJSON(v, openapi3.EnableJSONSchema2020()); err != nil {
				errs = append(errs, fmt.Errorf("ndjson line %d is not a bulk action: %w", i+1, err))
			}
		}
		if m, ok := v.(map[string]any); ok {
			_, del := m["delete"]
			expectSource = !del
		}
	}
	if len(body) > 0 && body[len(body)-1] != '\n' {
		errs = append(errs, errors.New("ndjson body must end with a newline"))
	}
	if expectSource {
		errs = append(errs, errors.New("ndjson: last action has no source line"))
	}
	arr, _ := json.Marshal(items)
	return arr, errs
}

// Violation is a request that does not match the specification.
type Violation struct {
	Op, Method, Path string
	Err              error
}

// atRe finds the leaf messages in kin-openapi's JSON Schema 2020 errors.
var atRe = regexp.MustCompile(`at '([^']*)': ([^\n]*)`)

// Error lists the distinct leaf problems. A failed oneOf/anyOf reports
// every branch's "missing property"; those are dropped when something more
// specific was found.
func (v *Violation) Error() string {
	full := v.Err.Error()
	var specific, missing []string
	seen := map[string]bool{}
	for _, m := range atRe.FindAllStringSubmatch(full, -1) {
		line := m[1] + ": " + strings.TrimSpace(m[2])
		if seen[line] {
			continue
		}
		seen[line] = true
		msg := strings.TrimSpace(m[2])
		switch {
		case msg == "validation failed", msg == "'allOf' failed", msg == "'anyOf' failed",
			strings.HasPrefix(msg, "'oneOf' failed, none matched"):
			// Wrappers: their causes follow.
		case strings.HasPrefix(msg, "missing property"):
			missing = append(missing, line)
		default:
			specific = append(specific, line)
		}
	}
	if len(specific) == 0 {
		specific = missing
	}
	if len(specific) == 0 {
		if len(full) > 2000 {
			full = full[:2000] + "…"
		}
		specific = []string{full}
	}
	if len(specific) > 12 {
		specific = append(specific[:12], fmt.Sprintf("… and %d more", len(specific)-12))
	}
	return fmt.Sprintf("%s %s (%s):\n  %s", v.Method, v.Path, v.Op, strings.Join(specific, "\n  "))
}

func (v *Violation) Unwrap() error { return v.Err }
