package s3_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awss3 "github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/s3"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// newStore returns a Store and a fresh bucket on the shared moto server.
func newStore(t *testing.T) (*s3.Store, string) {
	t.Helper()
	srv := moto.Get(t)
	st := s3.NewFromConfig(srv.Config)
	bucket := awstest.Name("plaza-s3")
	_, err := st.Client().CreateBucket(context.Background(), &awss3.CreateBucketInput{
		Bucket:                    &bucket,
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: types.BucketLocationConstraint(awstest.Region)},
	})
	if err != nil {
		t.Fatalf("create bucket: %v", err)
	}
	return st, bucket
}

// onlyReader hides every method but Read, so the store cannot seek.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func TestPutGetHeadDelete(t *testing.T) {
	ctx := context.Background()
	st, bucket := newStore(t)
	key := "inbox/e-approval/SEOUL-INFO-2014-001234/files/붙임1. 추진 계획+안.hwp"
	body := []byte("본문 텍스트 — 서울특별시")
	if err := st.Put(ctx, bucket, key, onlyReader{bytes.NewReader(body)}, storage.PutOptions{ContentType: "application/x-hwp"}); err != nil {
		t.Fatal(err)
	}
	rc, info, err := st.Get(ctx, bucket, key)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, body) {
		t.Fatalf("got %q, want %q", got, body)
	}
	if info.Key != key || info.Size != int64(len(body)) || info.ETag == "" || info.Modified.IsZero() {
		t.Fatalf("get info = %+v", info)
	}
	head, err := st.Head(ctx, bucket, key)
	if err != nil {
		t.Fatal(err)
	}
	if head.Size != info.Size || head.ETag != info.ETag {
		t.Fatalf("head %+v differs from get %+v", head, info)
	}
	if err := st.Delete(ctx, bucket, key); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Head(ctx, bucket, key); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("head after delete: %v, want ErrNotFound", err)
	}
	if _, _, err := st.Get(ctx, bucket, key); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("get after delete: %v, want ErrNotFound", err)
	}
	if err := st.Delete(ctx, bucket, key); err != nil {
		t.Fatalf("deleting a missing object: %v", err)
	}
}

func TestIfNoneMatch(t *testing.T) {
	ctx := context.Background()
	st, bucket := newStore(t)
	key := "staged/6110000/DOC-1/v1.json"
	opts := storage.PutOptions{IfNoneMatch: true, ContentType: "application/json"}
	if err := st.Put(ctx, bucket, key, bytes.NewReader([]byte(`{"v":1}`)), opts); err != nil {
		t.Fatal(err)
	}
	err := st.Put(ctx, bucket, key, bytes.NewReader([]byte(`{"v":2}`)), opts)
	if !errors.Is(err, storage.ErrExists) {
		t.Fatalf("second conditional put: %v, want ErrExists", err)
	}
	data, err := storage.ReadAll(ctx, st, bucket, key, 1<<10)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != `{"v":1}` {
		t.Fatalf("conditional put overwrote: %s", data)
	}
	// An unconditional put replaces.
	if err := st.Put(ctx, bucket, key, bytes.NewReader([]byte(`{"v":3}`)), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	if data, _ := storage.ReadAll(ctx, st, bucket, key, 1<<10); string(data) != `{"v":3}` {
		t.Fatalf("unconditional put: %s", data)
	}
}

func TestConcurrentConditionalPutsOneWins(t *testing.T) {
	ctx := context.Background()
	st, bucket := newStore(t)
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = st.Put(ctx, bucket, "race.json", bytes.NewReader(fmt.Appendf(nil, "%d", i)), storage.PutOptions{IfNoneMatch: true})
		}()
	}
	wg.Wait()
	wins := 0
	for _, err := range errs {
		switch {
		case err == nil:
			wins++
		case !errors.Is(err, storage.ErrExists):
			t.Fatalf("unexpected error: %v", err)
		}
	}
	if wins != 1 {
		t.Fatalf("%d conditional puts succeeded, want 1", wins)
	}
}

func TestMultipartStreaming(t *testing.T) {
	ctx := context.Background()
	st, bucket := newStore(t)
	st = st.WithPartSize(5 << 20)
	data := make([]byte, 11<<20+123) // three parts, the last short
	r := rand.New(rand.NewPCG(1, 2))
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	key := "large/blob.bin"
	if err := st.Put(ctx, bucket, key, onlyReader{bytes.NewReader(data)}, storage.PutOptions{IfNoneMatch: true}); err != nil {
		t.Fatal(err)
	}
	rc, info, err := st.Get(ctx, bucket, key)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	n, err := io.Copy(h, rc)
	rc.Close()
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(len(data)) || info.Size != n {
		t.Fatalf("read %d bytes (info %d), want %d", n, info.Size, len(data))
	}
	if want := sha256.Sum256(data); !bytes.Equal(h.Sum(nil), want[:]) {
		t.Fatal("multipart object differs from what was put")
	}
	err = st.Put(ctx, bucket, key, onlyReader{bytes.NewReader(data)}, storage.PutOptions{IfNoneMatch: true})
	if !errors.Is(err, storage.ErrExists) {
		t.Fatalf("conditional multipart over an existing key: %v, want ErrExists", err)
	}
	// The failed upload was aborted, not left behind.
	ups, err := st.Client().ListMultipartUploads(ctx, &awss3.ListMultipartUploadsInput{Bucket: &bucket})
	if err != nil {
		t.Fatal(err)
	}
	if len(ups.Uploads) != 0 {
		t.Fatalf("%d multipart uploads left open", len(ups.Uploads))
	}
}

func TestListPaginatesInKeyOrder(t *testing.T) {
	ctx := context.Background()
	st, bucket := newStore(t)
	st = st.WithPageSize(3)
	var want []string
	for i := range 10 {
		key := fmt.Sprintf("documents/6110000/DOC-%02d.json", 9-i)
		if err := st.Put(ctx, bucket, key, bytes.NewReader([]byte("{}")), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
		want = append([]string{key}, want...)
	}
	if err := st.Put(ctx, bucket, "other/x.json", bytes.NewReader([]byte("{}")), storage.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := st.List(ctx, bucket, "documents/", func(in storage.Info) error {
		if in.Size != 2 {
			t.Errorf("%s: size %d", in.Key, in.Size)
		}
		got = append(got, in.Key)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("listed\n%v\nwant\n%v", got, want)
	}
	stop := errors.New("stop")
	count := 0
	err = st.List(ctx, bucket, "", func(storage.Info) error {
		count++
		if count == 4 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || count != 4 {
		t.Fatalf("List did not stop at fn's error: %v after %d", err, count)
	}
}

func TestNewFromConfigUsesPathStyleForEndpoints(t *testing.T) {
	st := s3.NewFromConfig(aws.Config{Region: awstest.Region, BaseEndpoint: aws.String("http://127.0.0.1:1")})
	if !st.Client().Options().UsePathStyle {
		t.Fatal("path style off with a custom endpoint")
	}
	st = s3.NewFromConfig(aws.Config{Region: awstest.Region})
	if st.Client().Options().UsePathStyle {
		t.Fatal("path style on for real S3")
	}
}

func TestEmptyAndExactlyOnePart(t *testing.T) {
	ctx := context.Background()
	st, bucket := newStore(t)
	st = st.WithPartSize(5 << 20)
	for _, size := range []int{0, 5 << 20} {
		data := bytes.Repeat([]byte{'x'}, size)
		key := fmt.Sprintf("size-%d", size)
		if err := st.Put(ctx, bucket, key, onlyReader{bytes.NewReader(data)}, storage.PutOptions{}); err != nil {
			t.Fatalf("%d bytes: %v", size, err)
		}
		info, err := st.Head(ctx, bucket, key)
		if err != nil || info.Size != int64(size) {
			t.Fatalf("%d bytes: head %+v, %v", size, info, err)
		}
	}
}
