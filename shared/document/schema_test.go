package document

import (
	"encoding/json"
	"slices"
	"testing"
)

// The published schema and the validator must agree on what is required.
func TestSchemaMatchesValidator(t *testing.T) {
	var s struct {
		Required   []string                   `json:"required"`
		Properties map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(EnvelopeSchema, &s); err != nil {
		t.Fatal(err)
	}
	for _, f := range s.Required {
		m := validEnvelope()
		delete(m, f)
		_, err := DecodeEnvelope(encode(t, m), seoul)
		if p, ok := Reason(err); !ok || p.Code != "envelope.missing_field:"+f {
			t.Errorf("schema requires %s but the validator says %v", f, err)
		}
	}
	for f := range validEnvelope() {
		if _, ok := s.Properties[f]; !ok {
			t.Errorf("field %s is not in the schema", f)
		}
	}
	var types []string
	var enum struct {
		Properties struct {
			Type struct {
				Enum []string `json:"enum"`
			} `json:"type"`
		} `json:"properties"`
	}
	json.Unmarshal(EnvelopeSchema, &enum)
	types = enum.Properties.Type.Enum
	if !slices.Equal(types, Types) {
		t.Errorf("schema types %v, validator %v", types, Types)
	}
}
