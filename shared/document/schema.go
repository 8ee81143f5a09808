package document

import _ "embed"

// EnvelopeSchema is the JSON Schema of plaza.envelope/v1, published for the
// internal systems that write envelopes.
//
//go:embed envelope.schema.json
var EnvelopeSchema []byte
