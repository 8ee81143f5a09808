// Package s3 is the storage.Store adapter for Amazon S3 (aws-sdk-go-v2).
//
// Puts stream: a body is read one part at a time (PartSize bytes), sent as
// a single PutObject when it fits in one part and as a multipart upload
// otherwise, so memory stays bounded whatever the object's size. A put with
// storage.PutOptions.IfNoneMatch sends If-None-Match: * (on PutObject or on
// CompleteMultipartUpload) and maps S3's 412 to storage.ErrExists.
package s3

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	awss3 "github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/seoul-plaza/plaza/shared/storage"
)

// DefaultPartSize is the part size of multipart uploads, and the largest
// object sent with a single PutObject.
const DefaultPartSize = 8 << 20

// minPartSize is S3's smallest part (except the last).
const minPartSize = 5 << 20

// Store is a storage.Store over S3.
type Store struct {
	client   *awss3.Client
	partSize int
	pageSize int32
}

var _ storage.Store = (*Store)(nil)

// New returns a Store over client.
func New(client *awss3.Client) *Store {
	return &Store{client: client, partSize: DefaultPartSize}
}

// NewFromConfig builds the S3 client from cfg. When cfg names an endpoint
// (AWS_ENDPOINT_URL, as for moto_server) it uses path-style addressing,
// since bucket host names do not resolve there.
func NewFromConfig(cfg aws.Config) *Store {
	return New(awss3.NewFromConfig(cfg, func(o *awss3.Options) {
		o.UsePathStyle = cfg.BaseEndpoint != nil
	}))
}

// WithPartSize returns a copy of s using n-byte parts (at least 5 MiB).
func (s *Store) WithPartSize(n int) *Store {
	c := *s
	c.partSize = max(n, minPartSize)
	return &c
}

// WithPageSize returns a copy of s that lists n keys per request (S3's
// default and maximum is 1000).
func (s *Store) WithPageSize(n int) *Store {
	c := *s
	c.pageSize = int32(min(max(n, 1), 1000))
	return &c
}

// Client returns the underlying S3 client.
func (s *Store) Client() *awss3.Client { return s.client }

// Put stores body under bucket/key. Memory grows with the object up to
// one part; a small JSON document costs a small buffer.
func (s *Store) Put(ctx context.Context, bucket, key string, body io.Reader, opts storage.PutOptions) error {
	var first bytes.Buffer
	n, err := first.ReadFrom(io.LimitReader(body, int64(s.partSize)))
	if err != nil {
		return fmt.Errorf("s3: put %s/%s: read: %w", bucket, key, err)
	}
	if n < int64(s.partSize) {
		return s.putOne(ctx, bucket, key, first.Bytes(), opts)
	}
	return s.putMultipart(ctx, bucket, key, first.Bytes(), body, opts)
}

func (s *Store) putOne(ctx context.Context, bucket, key string, data []byte, opts storage.PutOptions) error {
	in := &awss3.PutObjectInput{
		Bucket:        &bucket,
		Key:           &key,
		Body:          bytes.NewReader(data),
		ContentLength: aws.Int64(int64(len(data))),
	}
	if opts.ContentType != "" {
		in.ContentType = &opts.ContentType
	}
	if opts.IfNoneMatch {
		in.IfNoneMatch = aws.String("*")
	}
	if _, err := s.client.PutObject(ctx, in); err != nil {
		return mapErr("put", bucket, key, err)
	}
	return nil
}

// putMultipart uploads first and the rest of body as parts of one upload.
func (s *Store) putMultipart(ctx context.Context, bucket, key string, first []byte, body io.Reader, opts storage.PutOptions) (err error) {
	create := &awss3.CreateMultipartUploadInput{Bucket: &bucket, Key: &key}
	if opts.ContentType != "" {
		create.ContentType = &opts.ContentType
	}
	up, err := s.client.CreateMultipartUpload(ctx, create)
	if err != nil {
		return mapErr("put", bucket, key, err)
	}
	defer func() {
		if err != nil {
			// An abandoned upload costs storage until aborted; abort with a
			// fresh context so a cancelled ctx still cleans up.
			_, _ = s.client.AbortMultipartUpload(context.WithoutCancel(ctx), &awss3.AbortMultipartUploadInput{Bucket: &bucket, Key: &key, UploadId: up.UploadId})
		}
	}()
	var parts []types.CompletedPart
	buf := first
	for num := int32(1); ; num++ {
		out, err := s.client.UploadPart(ctx, &awss3.UploadPartInput{
			Bucket: &bucket, Key: &key, UploadId: up.UploadId, PartNumber: aws.Int32(num),
			Body: bytes.NewReader(buf), ContentLength: aws.Int64(int64(len(buf))),
		})
		if err != nil {
			return mapErr("put", bucket, key, err)
		}
		parts = append(parts, types.CompletedPart{ETag: out.ETag, PartNumber: aws.Int32(num)})
		if len(buf) < s.partSize {
			break
		}
		// The part has been sent: read the next into the same memory (first
		// holds exactly one part).
		buf = first[:s.partSize]
		n, rerr := io.ReadFull(body, buf)
		if errors.Is(rerr, io.EOF) {
			break
		}
		if rerr != nil && !errors.Is(rerr, io.ErrUnexpectedEOF) {
			return fmt.Errorf("s3: put %s/%s: read: %w", bucket, key, rerr)
		}
		buf = buf[:n]
	}
	complete := &awss3.CompleteMultipartUploadInput{
		Bucket: &bucket, Key: &key, UploadId: up.UploadId,
		MultipartUpload: &types.CompletedMultipartUpload{Parts: parts},
	}
	if opts.IfNoneMatch {
		complete.IfNoneMatch = aws.String("*")
	}
	if _, err := s.client.CompleteMultipartUpload(ctx, complete); err != nil {
		return mapErr("put", bucket, key, err)
	}
	return nil
}

// Get opens an object for reading; the caller closes it.
func (s *Store) Get(ctx context.Context, bucket, key string) (io.ReadCloser, storage.Info, error) {
	out, err := s.client.GetObject(ctx, &awss3.GetObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		return nil, storage.Info{}, mapErr("get", bucket, key, err)
	}
	info := storage.Info{Key: key, Size: aws.ToInt64(out.ContentLength), ETag: trimETag(out.ETag), Modified: aws.ToTime(out.LastModified)}
	return out.Body, info, nil
}

// Head describes an object.
func (s *Store) Head(ctx context.Context, bucket, key string) (storage.Info, error) {
	out, err := s.client.HeadObject(ctx, &awss3.HeadObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		return storage.Info{}, mapErr("head", bucket, key, err)
	}
	return storage.Info{Key: key, Size: aws.ToInt64(out.ContentLength), ETag: trimETag(out.ETag), Modified: aws.ToTime(out.LastModified)}, nil
}

// Delete removes an object. Deleting a missing object is not an error.
func (s *Store) Delete(ctx context.Context, bucket, key string) error {
	if _, err := s.client.DeleteObject(ctx, &awss3.DeleteObjectInput{Bucket: &bucket, Key: &key}); err != nil {
		return mapErr("delete", bucket, key, err)
	}
	return nil
}

// List calls fn for every object under prefix, in key order (S3 lists in
// UTF-8 binary order, which is Go's string order), one page at a time.
func (s *Store) List(ctx context.Context, bucket, prefix string, fn func(storage.Info) error) error {
	in := &awss3.ListObjectsV2Input{Bucket: &bucket, Prefix: &prefix}
	if s.pageSize > 0 {
		in.MaxKeys = aws.Int32(s.pageSize)
	}
	p := awss3.NewListObjectsV2Paginator(s.client, in)
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return mapErr("list", bucket, prefix, err)
		}
		for _, o := range page.Contents {
			info := storage.Info{Key: aws.ToString(o.Key), Size: aws.ToInt64(o.Size), ETag: trimETag(o.ETag), Modified: aws.ToTime(o.LastModified)}
			if err := fn(info); err != nil {
				return err
			}
		}
	}
	return nil
}

func trimETag(etag *string) string { return strings.Trim(aws.ToString(etag), `"`) }

// mapErr turns S3's answers into the port's errors, keeping the original.
func mapErr(op, bucket, key string, err error) error {
	var nsk *types.NoSuchKey
	var nf *types.NotFound
	var re *smithyhttp.ResponseError
	var api smithy.APIError
	switch {
	case errors.As(err, &nsk) || errors.As(err, &nf):
		return fmt.Errorf("s3: %s %s/%s: %w (%w)", op, bucket, key, storage.ErrNotFound, err)
	case errors.As(err, &api) && (api.ErrorCode() == "PreconditionFailed" || api.ErrorCode() == "ConditionalRequestConflict"):
		// 409 ConditionalRequestConflict: a concurrent conditional put of
		// the same key won; for our callers that is the same as "exists".
		return fmt.Errorf("s3: %s %s/%s: %w (%w)", op, bucket, key, storage.ErrExists, err)
	case errors.As(err, &re) && re.HTTPStatusCode() == http.StatusPreconditionFailed:
		return fmt.Errorf("s3: %s %s/%s: %w (%w)", op, bucket, key, storage.ErrExists, err)
	case errors.As(err, &re) && re.HTTPStatusCode() == http.StatusNotFound && op != "list":
		return fmt.Errorf("s3: %s %s/%s: %w (%w)", op, bucket, key, storage.ErrNotFound, err)
	}
	return fmt.Errorf("s3: %s %s/%s: %w", op, bucket, key, err)
}
