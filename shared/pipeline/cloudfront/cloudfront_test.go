package cloudfront

import (
	"context"
	"os"
	"slices"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	cf "github.com/aws/aws-sdk-go-v2/service/cloudfront"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront/types"

	"github.com/seoul-plaza/plaza/shared/awstest"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// The invalidation reaches CloudFront (moto) with the paths asked for.
func TestInvalidateAgainstMoto(t *testing.T) {
	srv := moto.Get(t)
	ctx := context.Background()
	client := cf.NewFromConfig(srv.Config)
	dist, err := client.CreateDistribution(ctx, &cf.CreateDistributionInput{DistributionConfig: &types.DistributionConfig{
		CallerReference: aws.String(awstest.Name("plaza")),
		Comment:         aws.String("plaza test"),
		Enabled:         aws.Bool(true),
		Origins: &types.Origins{Quantity: aws.Int32(1), Items: []types.Origin{{
			Id: aws.String("api"), DomainName: aws.String("api.example.com"),
			CustomOriginConfig: &types.CustomOriginConfig{HTTPPort: aws.Int32(80), HTTPSPort: aws.Int32(443), OriginProtocolPolicy: types.OriginProtocolPolicyHttpsOnly},
		}}},
		DefaultCacheBehavior: &types.DefaultCacheBehavior{TargetOriginId: aws.String("api"), ViewerProtocolPolicy: types.ViewerProtocolPolicyHttpsOnly,
			CachePolicyId: aws.String("658327ea-f89d-4fab-a63d-7e88639e58f6")},
	}})
	if err != nil {
		t.Fatalf("create distribution: %v", err)
	}
	id := aws.ToString(dist.Distribution.Id)
	paths := []string{"/api/documents/DOC-1*", "/api/documents?*"}
	if err := NewFromConfig(srv.Config, id).Invalidate(ctx, paths); err != nil {
		t.Fatal(err)
	}
	list, err := client.ListInvalidations(ctx, &cf.ListInvalidationsInput{DistributionId: aws.String(id)})
	if err != nil || list.InvalidationList == nil || len(list.InvalidationList.Items) != 1 {
		t.Fatalf("invalidations: %+v %v", list, err)
	}
	got, err := client.GetInvalidation(ctx, &cf.GetInvalidationInput{DistributionId: aws.String(id), Id: list.InvalidationList.Items[0].Id})
	if err != nil {
		t.Fatal(err)
	}
	if items := got.Invalidation.InvalidationBatch.Paths.Items; !slices.Equal(items, paths) {
		t.Errorf("paths %v, want %v", items, paths)
	}
	if err := NewFromConfig(srv.Config, "NOPE").Invalidate(ctx, paths); err == nil {
		t.Error("an unknown distribution is no error")
	}
}
