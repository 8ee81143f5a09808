// Package cloudfront is the pipeline's Invalidator on AWS: after the index
// takes a document whose text was masked (or restored) after publication
// or replaced by a new version, or drops a retracted one, it drops the
// cached copies of the document, of the searches and of the open-data
// routes at the edge, so that the change shows within seconds rather than
// after the cache time.
package cloudfront

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	cf "github.com/aws/aws-sdk-go-v2/service/cloudfront"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront/types"

	"github.com/seoul-plaza/plaza/shared/pipeline"
)

// API is the part of the CloudFront client used here.
type API interface {
	CreateInvalidation(ctx context.Context, in *cf.CreateInvalidationInput, opts ...func(*cf.Options)) (*cf.CreateInvalidationOutput, error)
}

// Invalidator invalidates paths of one distribution.
type Invalidator struct {
	client       API
	distribution string
	now          func() time.Time
}

var _ pipeline.Invalidator = (*Invalidator)(nil)

// New returns an Invalidator of distribution.
func New(client API, distribution string) *Invalidator {
	return &Invalidator{client: client, distribution: distribution, now: time.Now}
}

// NewFromConfig returns an Invalidator over a client made from cfg.
func NewFromConfig(cfg aws.Config, distribution string) *Invalidator {
	return New(cf.NewFromConfig(cfg), distribution)
}

// Invalidate asks CloudFront to drop paths. The caller reference is the
// paths and the minute: a retry within the minute is the same request to
// CloudFront, not a second one (which it would bill).
func (i *Invalidator) Invalidate(ctx context.Context, paths []string) error {
	if len(paths) == 0 {
		return nil
	}
	sum := sha256.Sum256([]byte(strings.Join(paths, "\n") + "\n" + i.now().UTC().Format("200601021504")))
	_, err := i.client.CreateInvalidation(ctx, &cf.CreateInvalidationInput{
		DistributionId: aws.String(i.distribution),
		InvalidationBatch: &types.InvalidationBatch{
			CallerReference: aws.String("plaza-" + hex.EncodeToString(sum[:12])),
			Paths:           &types.Paths{Quantity: aws.Int32(int32(len(paths))), Items: paths},
		},
	})
	if err != nil {
		return fmt.Errorf("cloudfront: invalidate %d paths: %w", len(paths), err)
	}
	return nil
}
