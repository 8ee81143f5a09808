// Package tracking holds the tokens citizens follow their inquiries and
// leak reports with: shown once, stored only as a digest, compared in
// constant time.
package tracking

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
)

// TokenBytes is the size of a token: 256 random bits.
const TokenBytes = 32

// New returns a fresh token (base64url).
func New() string {
	b := make([]byte, TokenBytes)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Hash returns the digest of a token as stored.
func Hash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// Check reports, in constant time, whether token is the one whose digest
// is hash; an empty token or hash is never a match.
func Check(token, hash string) bool {
	if token == "" || hash == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(Hash(token)), []byte(hash)) == 1
}
