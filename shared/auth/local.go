package auth

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Token parameters of the local issuer.
const (
	LocalIssuer   = "plaza-local"
	LocalAudience = "plaza-staff"
	// KeyBytes is the size of a generated HS256 key (256 bits).
	KeyBytes = 32
	// maxTokenBytes bounds what the parser reads from a header.
	maxTokenBytes = 4096
)

// Local issues and verifies HS256 tokens with a shared secret kept in a file
// by the one-process stack.
type Local struct {
	key []byte
	now func() time.Time
}

// NewLocal returns a Local over key. now may be nil (time.Now); tests pass a
// fake clock so that expiry can be tested.
func NewLocal(key []byte, now func() time.Time) (*Local, error) {
	if len(key) < KeyBytes {
		return nil, fmt.Errorf("auth: key must be at least %d bytes, got %d", KeyBytes, len(key))
	}
	if now == nil {
		now = time.Now
	}
	return &Local{key: append([]byte(nil), key...), now: now}, nil
}

// LoadOrCreateKey reads the signing key at path, creating it with a fresh
// random key (mode 0600) when it does not exist yet.
func LoadOrCreateKey(path string) ([]byte, error) {
	key, err := os.ReadFile(path)
	if err == nil {
		if len(key) < KeyBytes {
			return nil, fmt.Errorf("auth: key file %s is shorter than %d bytes", path, KeyBytes)
		}
		return key, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("auth: read key: %w", err)
	}
	key = make([]byte, KeyBytes)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("auth: generate key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("auth: key dir: %w", err)
	}
	// O_EXCL: if two processes race, one wins and the other reads its key.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return LoadOrCreateKey(path)
	}
	if err != nil {
		return nil, fmt.Errorf("auth: create key: %w", err)
	}
	if _, err := f.Write(key); err != nil {
		f.Close()
		return nil, fmt.Errorf("auth: write key: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("auth: write key: %w", err)
	}
	return key, nil
}

type localClaims struct {
	Organization string `json:"organization,omitempty"`
	Department   string `json:"department,omitempty"`
	Admin        bool   `json:"admin,omitempty"`
	CityAdmin    bool   `json:"city_admin,omitempty"`
	jwt.RegisteredClaims
}

// Issue signs a token for c valid for ttl (c.ExpiresAt is ignored).
func (l *Local) Issue(c Claims, ttl time.Duration) (string, error) {
	// The issuer refuses what Parse would refuse, so that a bad token
	// fails where it is made and not at its first use.
	if err := c.Validate(); err != nil {
		return "", fmt.Errorf("auth: issue: %w", err)
	}
	if ttl <= 0 {
		return "", fmt.Errorf("auth: issue: ttl must be positive")
	}
	now := l.now()
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, localClaims{
		Organization: c.Organization,
		Department:   c.Department,
		Admin:        c.Admin,
		CityAdmin:    c.CityAdmin,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    LocalIssuer,
			Audience:  jwt.ClaimStrings{LocalAudience},
			Subject:   c.Subject,
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
		},
	})
	s, err := t.SignedString(l.key)
	if err != nil {
		return "", fmt.Errorf("auth: sign: %w", err)
	}
	return s, nil
}

// Parse checks a token string and returns its claims.
func (l *Local) Parse(token string) (Claims, error) {
	if len(token) > maxTokenBytes {
		return Claims{}, fmt.Errorf("%w: token too long", ErrInvalid)
	}
	var lc localClaims
	_, err := jwt.ParseWithClaims(token, &lc, func(*jwt.Token) (any, error) { return l.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithExpirationRequired(),
		jwt.WithIssuer(LocalIssuer),
		jwt.WithAudience(LocalAudience),
		jwt.WithTimeFunc(l.now),
		jwt.WithLeeway(30*time.Second),
	)
	if err != nil {
		return Claims{}, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	c := Claims{Subject: lc.Subject, Organization: lc.Organization, Department: lc.Department,
		Admin: lc.Admin, CityAdmin: lc.CityAdmin, ExpiresAt: lc.ExpiresAt.Time}
	if err := c.Validate(); err != nil {
		return Claims{}, err
	}
	return c, nil
}

// Verify implements Verifier with the request's bearer token.
func (l *Local) Verify(r *http.Request) (Claims, error) {
	token, ok := BearerToken(r)
	if !ok {
		return Claims{}, ErrNoToken
	}
	return l.Parse(token)
}
