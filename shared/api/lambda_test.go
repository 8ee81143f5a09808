package api

import (
	"context"
	"encoding/json"
	"log/slog"
	"strconv"
	"strings"
	"testing"

	lambdaevents "github.com/aws/aws-lambda-go/events"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"

	"github.com/seoul-plaza/plaza/events"
	"github.com/seoul-plaza/plaza/shared/auth/gateway"
)

func loadEvent(t *testing.T, name string) lambdaevents.APIGatewayV2HTTPRequest {
	t.Helper()
	data, err := events.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	var ev lambdaevents.APIGatewayV2HTTPRequest
	if err := json.Unmarshal(data, &ev); err != nil {
		t.Fatal(err)
	}
	return ev
}

// TestThroughAPIGateway runs the handler the way the api Lambda does: the
// fixture events that `sam local invoke -e` uses, through the v2 proxy
// adapter, with the gateway's request id and JWT-authorizer claims.
func TestThroughAPIGateway(t *testing.T) {
	e := newEnv(t)
	h := New(Deps{
		Search: e.index, Store: e.store, Buckets: buckets, Ledger: e.ledger, Ops: e.ops,
		Auth:       gateway.New(gateway.Config{Now: e.h.d.Now}),
		DefaultOrg: org, Logger: slog.New(slog.NewJSONHandler(e.logs, nil)), Now: e.h.d.Now,
		RequestID: gateway.RequestID,
	})
	proxy := httpadapter.NewV2(h)

	ev := loadEvent(t, "apigw-v2-search")
	res, err := proxy.ProxyWithContext(context.Background(), ev)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 200 || res.Headers["X-Request-Id"] != ev.RequestContext.RequestID {
		t.Fatalf("search via gateway: %d, headers %v, body %s", res.StatusCode, res.Headers, res.Body)
	}
	var sr searchResponse
	if err := json.Unmarshal([]byte(res.Body), &sr); err != nil || sr.Total != 1 || sr.Items[0].ID != "SEOUL-2014-0001" {
		t.Fatalf("search via gateway: %v %s", err, res.Body)
	}
	if !strings.Contains(e.logs.String(), `"request_id":"`+ev.RequestContext.RequestID+`"`) {
		t.Fatal("the gateway request id is not in the access log")
	}

	ev = loadEvent(t, "apigw-v2-document")
	id := ev.PathParameters["id"]
	if id == "" {
		id = ev.RawPath[strings.LastIndex(ev.RawPath, "/")+1:]
	}
	d := publicDoc(id, deptInfo, "행정국 정보공개정책과", "approval", "public", "게이트웨이 문서", "본문", e.now)
	e.putJSON(t, buckets.Public, "documents/"+org+"/"+id+".json", d)
	res, err = proxy.ProxyWithContext(context.Background(), ev)
	if err != nil || res.StatusCode != 200 || !strings.Contains(res.Body, "게이트웨이 문서") {
		t.Fatalf("document via gateway: %v %d %s", err, res.StatusCode, res.Body)
	}
	if res.Headers["Content-Security-Policy"] != ContentSecurityPolicy {
		t.Fatalf("security headers lost through the adapter: %v", res.Headers)
	}

	// A staff route: claims come from the authorizer, never from headers.
	staff := loadEvent(t, "apigw-v2-search")
	staff.RouteKey, staff.RawPath, staff.RawQueryString, staff.QueryStringParameters = "GET /api/staff/ledger", "/api/staff/ledger", "", nil
	staff.RequestContext.HTTP.Path = "/api/staff/ledger"
	staff.Headers["authorization"] = "Bearer forged"
	if res, _ = proxy.ProxyWithContext(context.Background(), staff); res.StatusCode != 401 {
		t.Fatalf("staff route without authorizer claims: %d %s", res.StatusCode, res.Body)
	}
	exp := strconv.FormatInt(e.now.Unix()+3600, 10)
	staff.RequestContext.Authorizer = &lambdaevents.APIGatewayV2HTTPRequestContextAuthorizerDescription{
		JWT: &lambdaevents.APIGatewayV2HTTPRequestContextAuthorizerJWTDescription{Claims: map[string]string{
			"sub": "cognito-user-1", "custom:organization": org, "custom:department": deptInfo, "exp": exp}},
	}
	res, _ = proxy.ProxyWithContext(context.Background(), staff)
	var lr ledgerResponse
	if res.StatusCode != 200 || json.Unmarshal([]byte(res.Body), &lr) != nil || len(lr.Items) == 0 {
		t.Fatalf("staff route with claims: %d %s", res.StatusCode, res.Body)
	}
	for _, r := range lr.Items {
		if r.Department != deptInfo {
			t.Fatalf("staff of %s saw a record of %s", deptInfo, r.Department)
		}
	}
}
