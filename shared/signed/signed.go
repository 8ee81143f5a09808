// Package signed holds the capability tokens of links a citizen follows
// without signing in: rate an inquiry, confirm a subscription, unsubscribe.
// A token is its claims (JSON, base64url) and an HMAC-SHA256 over them and
// their purpose, so a token made for one purpose opens for no other, and
// nothing needs to be stored to check it.
//
// The key is made once per deployment, sealed (the inquiries' Sealer:
// a local key file on one machine, KMS on AWS) and kept in the inquiry
// store's secrets, the way the inquiries' blinding key is.
package signed

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrInvalid is the answer for a token that is malformed, forged, made
// for another purpose or expired; callers do not say which.
var ErrInvalid = errors.New("signed: invalid token")

// Signer makes and checks tokens.
type Signer struct {
	key []byte
	now func() time.Time
}

// New returns a Signer over key (at least 32 bytes); now may be nil.
func New(key []byte, now func() time.Time) (*Signer, error) {
	if len(key) < 32 {
		return nil, errors.New("signed: key must be at least 32 bytes")
	}
	if now == nil {
		now = time.Now
	}
	return &Signer{key: append([]byte(nil), key...), now: now}, nil
}

// envelope wraps the claims with an optional expiry.
type envelope struct {
	Exp    int64           `json:"exp,omitempty"` // Unix seconds
	Claims json.RawMessage `json:"c"`
}

// Sign returns a token carrying claims for purpose, good for ttl (0: no
// expiry).
func (s *Signer) Sign(purpose string, claims any, ttl time.Duration) (string, error) {
	c, err := json.Marshal(claims)
	if err != nil {
		return "", fmt.Errorf("signed: %w", err)
	}
	e := envelope{Claims: c}
	if ttl > 0 {
		e.Exp = s.now().Add(ttl).Unix()
	}
	body, err := json.Marshal(e)
	if err != nil {
		return "", fmt.Errorf("signed: %w", err)
	}
	p := base64.RawURLEncoding.EncodeToString(body)
	return p + "." + base64.RawURLEncoding.EncodeToString(s.mac(purpose, p)), nil
}

// Open checks token for purpose and decodes its claims into v.
func (s *Signer) Open(purpose, token string, v any) error {
	if len(token) > 2048 {
		return ErrInvalid
	}
	p, sig, ok := strings.Cut(token, ".")
	if !ok {
		return ErrInvalid
	}
	got, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil || !hmac.Equal(got, s.mac(purpose, p)) {
		return ErrInvalid
	}
	body, err := base64.RawURLEncoding.DecodeString(p)
	if err != nil {
		return ErrInvalid
	}
	var e envelope
	if err := json.Unmarshal(body, &e); err != nil {
		return ErrInvalid
	}
	if e.Exp != 0 && s.now().Unix() > e.Exp {
		return ErrInvalid
	}
	if err := json.Unmarshal(e.Claims, v); err != nil {
		return ErrInvalid
	}
	return nil
}

func (s *Signer) mac(purpose, payload string) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(purpose))
	m.Write([]byte{0})
	m.Write([]byte(payload))
	return m.Sum(nil)
}

// Sealer encrypts the key at rest (inquiry.Sealer).
type Sealer interface {
	Seal(ctx context.Context, plaintext []byte, context string) ([]byte, error)
	Open(ctx context.Context, sealed []byte, context string) ([]byte, error)
}

// Secrets keeps sealed secrets (inquiry.Secrets: the inquiry store).
// Secret answers an error for which missing reports true when none is
// stored; PutSecret one for which exists reports true when another
// instance stored it first.
type Secrets interface {
	Secret(ctx context.Context, name string) ([]byte, error)
	PutSecret(ctx context.Context, name string, data []byte) error
}

// secretName names the stored key.
const secretName = "signing-key"

// Load returns the deployment's Signer: its key is made once, sealed by
// sealer and kept in st, so every function instance signs alike.
// missing and exists classify st's errors (errors.Is against the store's
// not-found and already-exists errors).
func Load(ctx context.Context, st Secrets, sealer Sealer, missing, exists func(error) bool, now func() time.Time) (*Signer, error) {
	for range 3 {
		sealed, err := st.Secret(ctx, secretName)
		if err == nil {
			key, err := sealer.Open(ctx, sealed, "secret:"+secretName)
			if err != nil {
				return nil, fmt.Errorf("signed: %w", err)
			}
			return New(key, now)
		}
		if !missing(err) {
			return nil, fmt.Errorf("signed: %w", err)
		}
		key := make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, fmt.Errorf("signed: %w", err)
		}
		if sealed, err = sealer.Seal(ctx, key, "secret:"+secretName); err != nil {
			return nil, fmt.Errorf("signed: %w", err)
		}
		err = st.PutSecret(ctx, secretName, sealed)
		if err == nil {
			return New(key, now)
		}
		if !exists(err) {
			return nil, fmt.Errorf("signed: %w", err)
		}
		// Another instance stored its key first: read theirs.
	}
	return nil, errors.New("signed: could not load the signing key")
}
