package s3_test

import (
	"bytes"
	"context"
	"os"
	"slices"
	"testing"

	awss3 "github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/search/boilerplate"
	bps3 "github.com/seoul-plaza/plaza/shared/search/boilerplate/s3"
	"github.com/seoul-plaza/plaza/shared/storage"
	s3store "github.com/seoul-plaza/plaza/shared/storage/s3"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// newStore returns the boilerplate store over a fresh bucket of the
// shared moto server, and the object store under it.
func newStore(t *testing.T) (*bps3.Store, *s3store.Store, string) {
	t.Helper()
	srv := moto.Get(t)
	st := s3store.NewFromConfig(srv.Config)
	bucket := awstest.Name("plaza-work")
	if _, err := st.Client().CreateBucket(context.Background(), &awss3.CreateBucketInput{
		Bucket:                    &bucket,
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: types.BucketLocationConstraint(awstest.Region)},
	}); err != nil {
		t.Fatalf("create bucket: %v", err)
	}
	return bps3.New(st, bucket), st, bucket
}

const attach = "붙임 0. 세부 추진계획 0부. 끝."

// TestSaveLoadOnS3: an organization's lines go to its own object and come
// back; another organization's scopes are not in it; nothing kept yet
// reads as no lines.
func TestSaveLoadOnS3(t *testing.T) {
	ctx := context.Background()
	bp, st, bucket := newStore(t)
	m, err := bp.Load(ctx, "6110000")
	if err != nil || len(m.Lines) != 0 {
		t.Fatalf("before any save: %v, %v; want no lines and no error", m.Lines, err)
	}
	learnt := boilerplate.Model{Lines: map[string][]string{
		"6110000/1100123": {attach, "공개구분: 공개"},
		"3220000/3220101": {"담당 부서 안내"},
	}}
	changed, err := bp.Save(ctx, "6110000", learnt)
	if err != nil || !changed {
		t.Fatalf("first save: changed %v, err %v", changed, err)
	}
	got, err := bp.Load(ctx, "6110000")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"공개구분: 공개", attach}; !slices.Equal(got.Lines["6110000/1100123"], want) || len(got.Lines) != 1 {
		t.Errorf("loaded %q, want only 6110000/1100123's lines, sorted: %q", got.Lines, want)
	}
	info, err := st.Head(ctx, bucket, document.BoilerplateKey("6110000"))
	if err != nil {
		t.Fatalf("object not at its key: %v", err)
	}
	if other, err := bp.Load(ctx, "3220000"); err != nil || len(other.Lines) != 0 {
		t.Errorf("3220000 has no object of its own, read %v, %v", other.Lines, err)
	}
	if got.Of("6110000", "1100123", "본문\n붙임 1. 세부 추진계획 1부. 끝.") == nil {
		t.Error("the loaded model does not name its line in a body")
	}

	// WHEN the same lines are saved again THEN nothing is written.
	changed, err = bp.Save(ctx, "6110000", learnt)
	if err != nil || changed {
		t.Errorf("second save of the same lines: changed %v, err %v; want unchanged", changed, err)
	}
	if again, _ := st.Head(ctx, bucket, document.BoilerplateKey("6110000")); again.ETag != info.ETag || !again.Modified.Equal(info.Modified) {
		t.Errorf("object rewritten: %+v, was %+v", again, info)
	}
	// WHEN a department's lines change THEN the object is replaced.
	learnt.Lines["6110000/1100123"] = []string{attach}
	if changed, err := bp.Save(ctx, "6110000", learnt); err != nil || !changed {
		t.Errorf("save of other lines: changed %v, err %v", changed, err)
	}
	if got, _ := bp.Load(ctx, "6110000"); !slices.Equal(got.Lines["6110000/1100123"], []string{attach}) {
		t.Errorf("after the change: %q", got.Lines)
	}
}

// TestLoadRefusesAForeignObject: an object that is not the
// organization's (another's copied under its key, or not ours at all) is
// an error, which the index logs and indexes without.
func TestLoadRefusesAForeignObject(t *testing.T) {
	ctx := context.Background()
	bp, st, bucket := newStore(t)
	data, err := bps3.Encode("3220000", boilerplate.Model{Lines: map[string][]string{"3220000/1": {"x"}}})
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string][]byte{"another's": data, "not json": []byte("{")} {
		if err := st.Put(ctx, bucket, document.BoilerplateKey("6110000"), bytes.NewReader(body), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
		if m, err := bp.Load(ctx, "6110000"); err == nil {
			t.Errorf("%s object loaded as %v", name, m.Lines)
		}
	}
}
