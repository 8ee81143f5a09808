package awstest

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

var moto Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

func TestSharedServerAnswersS3(t *testing.T) {
	srv := moto.Get(t)
	if again := moto.Get(t); again != srv {
		t.Fatal("Get started a second server")
	}
	ctx := context.Background()
	client := s3.NewFromConfig(srv.Config, func(o *s3.Options) { o.UsePathStyle = true })
	bucket := Name("awstest")
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: &bucket, CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: types.BucketLocationConstraint(Region)}}); err != nil {
		t.Fatalf("create bucket: %v", err)
	}
	out, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		t.Fatalf("list buckets: %v", err)
	}
	found := false
	for _, b := range out.Buckets {
		found = found || *b.Name == bucket
	}
	if !found {
		t.Fatalf("bucket %s not listed", bucket)
	}
	if err := srv.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	out, err = client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Buckets) != 0 {
		t.Fatalf("after reset %d buckets remain", len(out.Buckets))
	}
}

func TestStopLeavesNoProcess(t *testing.T) {
	srv := Start(t)
	pid := srv.cmd.Process.Pid
	if err := syscall.Kill(-pid, 0); err != nil {
		t.Fatalf("process group %d not running: %v", pid, err)
	}
	srv.Stop()
	srv.Stop() // idempotent
	if err := syscall.Kill(-pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Fatalf("process group %d still exists after Stop (err %v)", pid, err)
	}
	c := &http.Client{Timeout: 500 * time.Millisecond}
	if resp, err := c.Get(srv.Endpoint + "/moto-api/data.json"); err == nil {
		resp.Body.Close()
		t.Fatal("server still answers after Stop")
	}
}

func TestMissingServerSkipsOutsideCI(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := StartServer()
	if !errors.Is(err, exec.ErrNotFound) {
		t.Fatalf("err = %v, want exec.ErrNotFound", err)
	}
}

func TestNameIsUniqueAndValid(t *testing.T) {
	a, b := Name("Plaza"), Name("Plaza")
	if a == b {
		t.Fatalf("names repeat: %s", a)
	}
	if len(a) > 63 || a[:6] != "plaza-" {
		t.Fatalf("bad name %q", a)
	}
}
