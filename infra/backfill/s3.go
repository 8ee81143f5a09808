package backfill

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// S3 is an Uploader into an inbox bucket. Files above the part size go
// up as multipart uploads, their parts in parallel (the SDK's transfer
// manager); the parts of a failed upload are aborted, not left to bill.
type S3 struct {
	tm     *transfermanager.Client
	bucket string
}

// NewS3 returns an uploader into bucket; partSize is both the multipart
// threshold and the part size (at least 5 MiB, S3's minimum part).
func NewS3(client *s3.Client, bucket string, partSize int64) *S3 {
	partSize = max(partSize, 5<<20)
	tm := transfermanager.New(client, func(o *transfermanager.Options) {
		o.PartSizeBytes = partSize
		o.MultipartUploadThreshold = partSize
	})
	return &S3{tm: tm, bucket: bucket}
}

// Upload implements Uploader.
func (u *S3) Upload(ctx context.Context, key, path string, _ int64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := u.tm.UploadObject(ctx, &transfermanager.UploadObjectInput{
		Bucket: aws.String(u.bucket), Key: aws.String(key), Body: f,
	}); err != nil {
		return fmt.Errorf("s3://%s/%s: %w", u.bucket, key, err)
	}
	return nil
}

// Waiter is what Throttled waits on before each request (a
// *rate.Limiter).
type Waiter interface {
	Wait(ctx context.Context) error
}

// Throttled is an HTTP client for the AWS SDK that waits for its limiter
// before every request: each part of a multipart upload, each retry and
// each ledger read counts, so a backfill stays within the rate it is
// given whatever the files' sizes, below S3's request quota (3,500 writes
// a second per prefix) and, above all, within what the pipeline behind
// the inbox absorbs (Lambda concurrency, OpenSearch indexing).
type Throttled struct {
	Client  aws.HTTPClient
	Limiter Waiter
}

// Do implements aws.HTTPClient.
func (t Throttled) Do(r *http.Request) (*http.Response, error) {
	if err := t.Limiter.Wait(r.Context()); err != nil {
		return nil, err
	}
	return t.Client.Do(r)
}
