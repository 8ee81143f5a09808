// Package s3 keeps each organization's learnt boilerplate lines as one
// JSON object in the work bucket (document.BoilerplateKey): the monitor
// writes it nightly, the functions that index read it
// (boilerplate.Cache). It works over the storage port, which on AWS is
// shared/storage/s3; the object is never a document, only lines of
// published (redacted) texts.
package s3

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/search/boilerplate"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Schema names the object's format.
const Schema = "plaza.boilerplate/v1"

// MaxBytes bounds an object read back: a department keeps a few lines.
const MaxBytes = 8 << 20

// object is what is kept: the organization's part of a Model.
type object struct {
	Schema string              `json:"schema"`
	Org    string              `json:"org"`
	Lines  map[string][]string `json:"lines"`
}

// Store keeps the objects in one bucket.
type Store struct {
	st     storage.Store
	bucket string
}

// New returns a Store over st's bucket (the work bucket).
func New(st storage.Store, bucket string) *Store { return &Store{st: st, bucket: bucket} }

// Load implements boilerplate.Loader: an organization with no object yet
// has an empty Model. Scopes of another organization in the object are
// dropped, so an object copied under the wrong key cannot weigh another
// organization's lines.
func (s *Store) Load(ctx context.Context, org string) (boilerplate.Model, error) {
	data, err := storage.ReadAll(ctx, s.st, s.bucket, document.BoilerplateKey(org), MaxBytes)
	if errors.Is(err, storage.ErrNotFound) {
		return boilerplate.Model{Lines: map[string][]string{}}, nil
	}
	if err != nil {
		return boilerplate.Model{}, fmt.Errorf("boilerplate %s: %w", org, err)
	}
	var o object
	if err := json.Unmarshal(data, &o); err != nil {
		return boilerplate.Model{}, fmt.Errorf("boilerplate %s: decode: %w", org, err)
	}
	if o.Schema != Schema || o.Org != org {
		return boilerplate.Model{}, fmt.Errorf("boilerplate %s: object of schema %q, organization %q", org, o.Schema, o.Org)
	}
	return boilerplate.Model{Lines: o.Lines}.Org(org), nil
}

// Save keeps org's part of m and reports whether the object changed. The
// encoding is deterministic (scopes and lines sorted), and an object that
// already holds the same bytes is not written again: a rerun of the
// monitor, or a night that learnt nothing new, writes nothing.
func (s *Store) Save(ctx context.Context, org string, m boilerplate.Model) (bool, error) {
	if org == "" || strings.ContainsAny(org, "/\\") {
		return false, fmt.Errorf("boilerplate: bad organization code %q", org)
	}
	data, err := Encode(org, m)
	if err != nil {
		return false, err
	}
	key := document.BoilerplateKey(org)
	old, err := storage.ReadAll(ctx, s.st, s.bucket, key, MaxBytes)
	switch {
	case err == nil && bytes.Equal(old, data):
		return false, nil
	case err != nil && !errors.Is(err, storage.ErrNotFound) && !errors.Is(err, storage.ErrTooLarge):
		return false, fmt.Errorf("boilerplate %s: %w", org, err)
	}
	if err := s.st.Put(ctx, s.bucket, key, bytes.NewReader(data), storage.PutOptions{ContentType: "application/json"}); err != nil {
		return false, fmt.Errorf("boilerplate %s: %w", org, err)
	}
	return true, nil
}

// Encode is the object Save writes for org's part of m.
func Encode(org string, m boilerplate.Model) ([]byte, error) {
	lines := m.Org(org).Lines
	for s, l := range lines {
		l = append([]string(nil), l...)
		// Model sorts them; a model built by hand need not.
		slices.Sort(l)
		lines[s] = l
	}
	data, err := json.Marshal(object{Schema: Schema, Org: org, Lines: lines})
	if err != nil {
		return nil, fmt.Errorf("boilerplate %s: encode: %w", org, err)
	}
	return data, nil
}
