package inquiry

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Sealer encrypts contact data at rest: AES-GCM with a local key file on
// one machine (Local), KMS on AWS (inquiry/kms). The context binds a
// ciphertext to its inquiry (GCM additional data, KMS encryption context),
// so a sealed contact copied onto another inquiry does not open.
type Sealer interface {
	Seal(ctx context.Context, plaintext []byte, context string) ([]byte, error)
	Open(ctx context.Context, sealed []byte, context string) ([]byte, error)
}

// LocalKeyBytes is the size of a local sealing key (AES-256).
const LocalKeyBytes = 32

// Local is the Sealer of the one-machine stack.
type Local struct{ aead cipher.AEAD }

var _ Sealer = (*Local)(nil)

// NewLocal returns a Local over a 32-byte key.
func NewLocal(key []byte) (*Local, error) {
	if len(key) != LocalKeyBytes {
		return nil, fmt.Errorf("inquiry: sealing key must be %d bytes, got %d", LocalKeyBytes, len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("inquiry: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("inquiry: %w", err)
	}
	return &Local{aead: aead}, nil
}

// LoadOrCreateKey reads the local sealing key at path, creating it (mode
// 0600, 32 random bytes) when it does not exist.
func LoadOrCreateKey(path string) ([]byte, error) {
	key, err := os.ReadFile(path)
	if err == nil {
		if len(key) != LocalKeyBytes {
			return nil, fmt.Errorf("inquiry: key file %s must hold %d bytes", path, LocalKeyBytes)
		}
		return key, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("inquiry: read key: %w", err)
	}
	key = make([]byte, LocalKeyBytes)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("inquiry: generate key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("inquiry: key dir: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return LoadOrCreateKey(path) // another process won the race
	}
	if err != nil {
		return nil, fmt.Errorf("inquiry: create key: %w", err)
	}
	if _, err := f.Write(key); err != nil {
		f.Close()
		return nil, fmt.Errorf("inquiry: write key: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("inquiry: write key: %w", err)
	}
	return key, nil
}

// Seal encrypts plaintext: a random nonce followed by the GCM output.
func (l *Local) Seal(_ context.Context, plaintext []byte, context string) ([]byte, error) {
	nonce := make([]byte, l.aead.NonceSize(), l.aead.NonceSize()+len(plaintext)+l.aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("inquiry: nonce: %w", err)
	}
	return l.aead.Seal(nonce, nonce, plaintext, []byte(context)), nil
}

// Open decrypts what Seal produced with the same context.
func (l *Local) Open(_ context.Context, sealed []byte, context string) ([]byte, error) {
	n := l.aead.NonceSize()
	if len(sealed) < n+l.aead.Overhead() {
		return nil, errors.New("inquiry: sealed data too short")
	}
	out, err := l.aead.Open(nil, sealed[:n], sealed[n:], []byte(context))
	if err != nil {
		return nil, fmt.Errorf("inquiry: open sealed data: %w", err)
	}
	return out, nil
}

// SealContact seals c for inquiry id.
func SealContact(ctx context.Context, s Sealer, id string, c Contact) ([]byte, error) {
	data, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	return s.Seal(ctx, data, "inquiry:"+id)
}

// OpenContact opens the contact of q; ErrNotFound once it was deleted.
func OpenContact(ctx context.Context, s Sealer, q Inquiry) (Contact, error) {
	if q.Contact == nil {
		return Contact{}, fmt.Errorf("inquiry %s contact: %w", q.ID, ErrNotFound)
	}
	data, err := s.Open(ctx, q.Contact, "inquiry:"+q.ID)
	if err != nil {
		return Contact{}, err
	}
	var c Contact
	if err := json.Unmarshal(data, &c); err != nil {
		return Contact{}, fmt.Errorf("inquiry %s contact: %w", q.ID, err)
	}
	return c, nil
}

// Blinder turns contact data into a keyed digest, so that limits per
// contact need no readable contact and a leaked table reveals nothing
// a dictionary of phone numbers could undo.
type Blinder struct{ key []byte }

// NewBlinder returns a Blinder over key (at least 32 bytes).
func NewBlinder(key []byte) (*Blinder, error) {
	if len(key) < 32 {
		return nil, errors.New("inquiry: blinding key must be at least 32 bytes")
	}
	return &Blinder{key: append([]byte(nil), key...)}, nil
}

// Blind returns the digest of kind ("email", "phone") and value, which
// must already be normalised.
func (b *Blinder) Blind(kind, value string) string {
	m := hmac.New(sha256.New, b.key)
	m.Write([]byte(kind))
	m.Write([]byte{0})
	m.Write([]byte(strings.ToLower(value)))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// Secrets keeps sealed secrets: what LoadBlinder needs of a store.
type Secrets interface {
	Secret(ctx context.Context, name string) ([]byte, error)
	PutSecret(ctx context.Context, name string, data []byte) error
}

// blindSecret names the stored blinding key.
const blindSecret = "blinding-key"

// LoadBlinder returns the deployment's Blinder: its key is created once,
// sealed by s and kept in the store, so every function instance on AWS
// blinds alike without another secret to provision.
func LoadBlinder(ctx context.Context, st Secrets, s Sealer) (*Blinder, error) {
	for range 3 {
		sealed, err := st.Secret(ctx, blindSecret)
		if err == nil {
			key, err := s.Open(ctx, sealed, "secret:"+blindSecret)
			if err != nil {
				return nil, err
			}
			return NewBlinder(key)
		}
		if !errors.Is(err, ErrNotFound) {
			return nil, err
		}
		key := make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, err
		}
		sealed, err = s.Seal(ctx, key, "secret:"+blindSecret)
		if err != nil {
			return nil, err
		}
		err = st.PutSecret(ctx, blindSecret, sealed)
		if err == nil {
			return NewBlinder(key)
		}
		if !errors.Is(err, ErrExists) {
			return nil, err
		}
		// Another instance created it first: read theirs.
	}
	return nil, errors.New("inquiry: could not load the blinding key")
}
