// Package kms is the inquiry.Sealer of AWS: contact data is encrypted
// with a KMS key (PLAZA_KMS_KEY_ID), with the inquiry bound in as the
// encryption context, so a ciphertext opens only for its own inquiry and
// every decryption is in CloudTrail with the inquiry named.
//
// Contact data is a few hundred bytes, well under KMS's 4 KiB limit for
// direct encryption, so no data keys are needed.
package kms

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/kms"

	"github.com/seoul-plaza/plaza/shared/inquiry"
)

// ContextKey is the encryption-context key; key policies may condition
// on it (kms:EncryptionContext:plaza).
const ContextKey = "plaza"

// Sealer seals with one KMS key.
type Sealer struct {
	client *kms.Client
	keyID  string
}

var _ inquiry.Sealer = (*Sealer)(nil)

// New returns a Sealer on keyID (an id, ARN or alias).
func New(client *kms.Client, keyID string) *Sealer { return &Sealer{client: client, keyID: keyID} }

// NewFromConfig builds the KMS client from cfg.
func NewFromConfig(cfg aws.Config, keyID string) *Sealer { return New(kms.NewFromConfig(cfg), keyID) }

// Seal implements inquiry.Sealer.
func (s *Sealer) Seal(ctx context.Context, plaintext []byte, context string) ([]byte, error) {
	out, err := s.client.Encrypt(ctx, &kms.EncryptInput{
		KeyId:             aws.String(s.keyID),
		Plaintext:         plaintext,
		EncryptionContext: map[string]string{ContextKey: context},
	})
	if err != nil {
		return nil, fmt.Errorf("inquiry/kms: encrypt: %w", err)
	}
	return out.CiphertextBlob, nil
}

// Open implements inquiry.Sealer. The key id is passed, so a ciphertext
// made under another key is refused rather than opened with it.
func (s *Sealer) Open(ctx context.Context, sealed []byte, context string) ([]byte, error) {
	out, err := s.client.Decrypt(ctx, &kms.DecryptInput{
		KeyId:             aws.String(s.keyID),
		CiphertextBlob:    sealed,
		EncryptionContext: map[string]string{ContextKey: context},
	})
	if err != nil {
		return nil, fmt.Errorf("inquiry/kms: decrypt: %w", err)
	}
	return out.Plaintext, nil
}
