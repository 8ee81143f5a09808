package kms_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awskms "github.com/aws/aws-sdk-go-v2/service/kms"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/inquiry/kms"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

func newKey(t *testing.T, srv *awstest.Server) string {
	t.Helper()
	out, err := awskms.NewFromConfig(srv.Config).CreateKey(context.Background(), &awskms.CreateKeyInput{Description: aws.String("plaza inquiries test")})
	if err != nil {
		t.Fatal(err)
	}
	return *out.KeyMetadata.KeyId
}

func TestSealer(t *testing.T) {
	srv := moto.Get(t)
	ctx := context.Background()
	s := kms.NewFromConfig(srv.Config, newKey(t, srv))
	c := inquiry.Contact{Email: "a@example.com", Phone: "010-1234-5678", Token: "t"}
	sealed, err := inquiry.SealContact(ctx, s, "Q-20261127-AAAAAAAAAA", c)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(sealed), "a@example.com") || strings.Contains(string(sealed), "1234") {
		t.Fatal("ciphertext holds the plaintext")
	}
	got, err := inquiry.OpenContact(ctx, s, inquiry.Inquiry{ID: "Q-20261127-AAAAAAAAAA", Contact: sealed})
	if err != nil || got != c {
		t.Fatalf("open: %+v %v", got, err)
	}
	if _, err := inquiry.OpenContact(ctx, s, inquiry.Inquiry{ID: "Q-20261127-BBBBBBBBBB", Contact: sealed}); err == nil {
		t.Fatal("a ciphertext opened under another inquiry's context")
	}
	other := kms.NewFromConfig(srv.Config, newKey(t, srv))
	if _, err := other.Open(ctx, sealed, "inquiry:Q-20261127-AAAAAAAAAA"); err == nil {
		t.Fatal("a ciphertext opened with another key id")
	}
	// The blinding key is made once and sealed with KMS.
	st := memSecrets{}
	b1, err := inquiry.LoadBlinder(ctx, st, s)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := inquiry.LoadBlinder(ctx, st, s)
	if err != nil || b1.Blind("email", "a@example.com") != b2.Blind("email", "a@example.com") {
		t.Fatalf("blinding differs between loads: %v", err)
	}
}

// memSecrets is the secret part of a Store, in memory; the other methods
// are never called by LoadBlinder.
type memSecrets map[string][]byte

func (m memSecrets) Secret(_ context.Context, name string) ([]byte, error) {
	if v, ok := m[name]; ok {
		return v, nil
	}
	return nil, inquiry.ErrNotFound
}

func (m memSecrets) PutSecret(_ context.Context, name string, data []byte) error {
	if _, ok := m[name]; ok {
		return inquiry.ErrExists
	}
	m[name] = data
	return nil
}
