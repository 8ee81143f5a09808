package api

import _ "embed"

// openapiYAML is the API contract, kept in YAML for people.
//
//go:embed openapi.yaml
var openapiYAML []byte

// openapiJSON is openapiYAML as compact JSON, exactly as served at
// /api/openapi.json. It is generated: after editing openapi.yaml, run
// `go test ./shared/api -run TestOpenAPIJSONIsTheYAML -update` (the test
// fails while the two differ). Served as it is, the api function needs no
// YAML parser, which would add some 110 KB to its bootstrap
// (functions/size_test.go) and a conversion to its first request.
//
//go:embed openapi.json
var openapiJSON []byte

// OpenAPIYAML returns the embedded OpenAPI document as written.
func OpenAPIYAML() []byte { return append([]byte(nil), openapiYAML...) }
