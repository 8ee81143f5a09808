package inquiry

import _ "embed"

//go:embed openapi.yaml
var openapiFragment []byte

// OpenAPIFragment returns the OpenAPI document of the inquiry routes
// (openapi.yaml). It is valid on its own; its paths and its Inquiry*
// components are what shared/api/openapi.yaml must carry.
func OpenAPIFragment() []byte { return append([]byte(nil), openapiFragment...) }
