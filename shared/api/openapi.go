package api

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
)

// openapiYAML is the API contract, kept in YAML for people.
//
//go:embed openapi.yaml
var openapiYAML []byte

// openapiGzip is openapiYAML as compact JSON, gzipped: exactly what is
// served at /api/openapi.json once unzipped. It is generated: after
// editing openapi.yaml, run `go test ./shared/api -run
// TestOpenAPIJSONIsTheYAML -update` (the test fails while the two differ).
// Served as it is, the api function needs no YAML parser, which would add
// some 110 KB to its bootstrap; gzipped, the document costs 10 KB of it
// rather than 60 (functions/size_test.go holds every function under 15 MB).
//
//go:embed openapi.json.gz
var openapiGzip []byte

// OpenAPIYAML returns the embedded OpenAPI document as written.
func OpenAPIYAML() []byte { return append([]byte(nil), openapiYAML...) }

// gunzip unzips an embedded document.
func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("openapi: %w", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("openapi: %w", err)
	}
	return out, nil
}
