package stack

import (
	"slices"
	"strings"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscertificatemanager"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudfront"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudfrontorigins"
	"github.com/aws/jsii-runtime-go"

	"github.com/seoul-plaza/plaza/shared/auth/gateway"
)

// Cache times at the edge. Search results change as documents arrive, so
// they are cached briefly; a published document changes only when it is
// re-released or retracted.
const (
	searchTTL    = 30   // seconds
	documentsTTL = 300  // seconds
	documentsMax = 3600 // seconds; origin Cache-Control may ask for less
	// The DCAT catalog changes as documents arrive, like search results,
	// but harvesters read it page by page: a minute.
	catalogTTL = 60  // seconds
	catalogMax = 300 // seconds
	// Sitemaps and robots.txt are read by crawlers, not people.
	crawlTTL = 900  // seconds
	crawlMax = 3600 // seconds
)

// APIOriginHeaders are the request headers CloudFront passes to the API
// (Authorization travels in the staff cache key instead).
func APIOriginHeaders() []string {
	return []string{"Accept", "Accept-Language", "Content-Type", "Origin", "If-None-Match",
		"Access-Control-Request-Method", "Access-Control-Request-Headers",
		"CloudFront-Viewer-Address", "CloudFront-Viewer-Country"}
}

// Behavior is one of the distribution's cache behaviours, in the order
// CloudFront tries them: the first whose path pattern matches a request
// serves it, so a more specific pattern must come before a wider one.
type Behavior struct {
	Path string
	// What selects the cache policy, origin and methods.
	What string
}

// Behaviors lists the distribution's cache behaviours in order, most
// specific first: staff (Authorization forwarded, nothing cached),
// documents (cached 5 minutes), the rest of the API (search, cached 30 s),
// and the staff console's page on the site bucket. The default behaviour
// (the portal's files) comes after them all.
func Behaviors() []Behavior {
	return []Behavior{
		{"/api/staff*", "staff"},
		// Leak reports are posted under a document and followed with a
		// token header: never cached, the header forwarded (in the key).
		{"/api/documents/*/reports*", "reports"},
		{"/api/documents/*", "documents"},
		{"/api/*", "api"},
		{"/staff*", "console"},
		// Open data outside /api/ (the CKAN Action API is under /api/3/,
		// cached like search): served by the api function too.
		{"/catalog*", "catalog"},
		{"/feeds/*", "feeds"},
		{"/dataset/*", "dataset"},
		{"/documents/*", "dataset"},
		// The search as a plain page, for readers without JavaScript.
		{"/documents", "dataset"},
		// The portal with an English interface: the same index.html.
		{"/en", "english"},
		{"/en/*", "english"},
		{"/sitemap*", "crawl"},
		{"/robots.txt", "crawl"},
	}
}

// OpenDataPaths are the API Gateway routes of the open-data formats
// outside /api/ (shared/opendata), all read-only.
func OpenDataPaths() []string {
	return []string{"/catalog", "/catalog.jsonld", "/catalog.ttl", "/dataset/{proxy+}", "/documents", "/documents/{proxy+}",
		"/feeds/{proxy+}", "/sitemap.xml", "/sitemaps/{proxy+}", "/robots.txt"}
}

// StaffConsolePath is where Cognito's hosted sign-in returns staff (the
// user pool client's callback); the site bucket serves its page.
const StaffConsolePath = "/staff/"

// staffIndexFunction is a CloudFront Function (viewer request) that serves
// /staff/ from staff/index.html and sends /staff to /staff/: S3 has no
// index documents below the root.
const staffIndexFunction = `function handler(event) {
  var r = event.request;
  if (r.uri === '/staff') {
    return {statusCode: 301, statusDescription: 'Moved Permanently', headers: {location: {value: '/staff/'}}};
  }
  if (r.uri.endsWith('/')) {
    r.uri += 'index.html';
  }
  return r;
}`

// EnglishPath is the portal with an English interface (shared/portal):
// the site bucket's index.html, whose script reads the path.
const EnglishPath = "/en/"

// englishIndexFunction is a CloudFront Function (viewer request) that
// serves /en/ from index.html and sends /en to /en/.
const englishIndexFunction = `function handler(event) {
  var r = event.request;
  if (r.uri === '/en') {
    return {statusCode: 301, statusDescription: 'Moved Permanently', headers: {location: {value: '/en/'}}};
  }
  r.uri = '/index.html';
  return r;
}`

func (p *Plaza) cdn() {
	s := p.Stack
	apiOrigin := awscloudfrontorigins.NewHttpOrigin(awscdk.Fn_Select(jsii.Number(2), awscdk.Fn_Split(jsii.String("/"), p.API.ApiEndpoint(), nil)),
		&awscloudfrontorigins.HttpOriginProps{
			ProtocolPolicy:     awscloudfront.OriginProtocolPolicy_HTTPS_ONLY,
			OriginSslProtocols: &[]awscloudfront.OriginSslPolicy{awscloudfront.OriginSslPolicy_TLS_V1_2},
			// The API refuses requests without it (gateway.RequireOrigin):
			// its own endpoint is no way around CloudFront and its WAF.
			CustomHeaders: &map[string]*string{gateway.OriginHeader: p.originSecret.SecretValue().UnsafeUnwrap()},
		})
	cache := func(id string, def, max float64, headers ...string) awscloudfront.CachePolicy {
		hb := awscloudfront.CacheHeaderBehavior_None()
		if len(headers) > 0 {
			hb = awscloudfront.CacheHeaderBehavior_AllowList(*jsii.Strings(headers...)...)
		}
		return awscloudfront.NewCachePolicy(s, jsii.String(id), &awscloudfront.CachePolicyProps{
			Comment:                    jsii.String("Plaza " + p.cfg.Stage + " " + id),
			DefaultTtl:                 awscdk.Duration_Seconds(jsii.Number(def)),
			MinTtl:                     awscdk.Duration_Seconds(jsii.Number(0)),
			MaxTtl:                     awscdk.Duration_Seconds(jsii.Number(max)),
			QueryStringBehavior:        awscloudfront.CacheQueryStringBehavior_All(),
			HeaderBehavior:             hb,
			CookieBehavior:             awscloudfront.CacheCookieBehavior_None(),
			EnableAcceptEncodingGzip:   jsii.Bool(true),
			EnableAcceptEncodingBrotli: jsii.Bool(true),
		})
	}
	// Staff requests carry a bearer token, which CloudFront forwards only
	// when it is part of the cache key; with a default TTL of 0 nothing is
	// cached unless the origin says so.
	staffCache := cache("StaffCache", 0, 1, "Authorization")
	reportsCache := cache("ReportsCache", 0, 1, "X-Report-Token")
	searchCache := cache("SearchCache", searchTTL, 60)
	documentsCache := cache("DocumentsCache", documentsTTL, documentsMax)
	// /catalog answers Turtle or JSON-LD by Accept: the header is in its key.
	catalogCache := cache("CatalogCache", catalogTTL, catalogMax, "Accept")
	crawlCache := cache("CrawlCache", crawlTTL, crawlMax)

	headers := awscloudfront.NewResponseHeadersPolicy(s, jsii.String("SecurityHeaders"), &awscloudfront.ResponseHeadersPolicyProps{
		Comment: jsii.String("Plaza " + p.cfg.Stage + " security headers"),
		SecurityHeadersBehavior: &awscloudfront.ResponseSecurityHeadersBehavior{
			StrictTransportSecurity: &awscloudfront.ResponseHeadersStrictTransportSecurity{
				AccessControlMaxAge: awscdk.Duration_Days(jsii.Number(730)), IncludeSubdomains: jsii.Bool(true), Preload: jsii.Bool(true), Override: jsii.Bool(true),
			},
			ContentSecurityPolicy: &awscloudfront.ResponseHeadersContentSecurityPolicy{ContentSecurityPolicy: jsii.String(p.csp()), Override: jsii.Bool(true)},
			FrameOptions:          &awscloudfront.ResponseHeadersFrameOptions{FrameOption: awscloudfront.HeadersFrameOption_DENY, Override: jsii.Bool(true)},
			ContentTypeOptions:    &awscloudfront.ResponseHeadersContentTypeOptions{Override: jsii.Bool(true)},
			ReferrerPolicy:        &awscloudfront.ResponseHeadersReferrerPolicy{ReferrerPolicy: awscloudfront.HeadersReferrerPolicy_STRICT_ORIGIN_WHEN_CROSS_ORIGIN, Override: jsii.Bool(true)},
		},
	})
	// The API gets the viewer headers it reads, CORS preflight headers and
	// CloudFront-Viewer-Address, which the inquiry rate limits key on
	// (the managed AllViewerExceptHostHeader policy leaves CloudFront's
	// own headers out). Host stays CloudFront's, as API Gateway requires.
	apiRequest := awscloudfront.NewOriginRequestPolicy(s, jsii.String("ApiOriginRequest"), &awscloudfront.OriginRequestPolicyProps{
		Comment:             jsii.String("Plaza " + p.cfg.Stage + " API origin requests"),
		HeaderBehavior:      awscloudfront.OriginRequestHeaderBehavior_AllowList(*jsii.Strings(APIOriginHeaders()...)...),
		QueryStringBehavior: awscloudfront.OriginRequestQueryStringBehavior_All(),
		CookieBehavior:      awscloudfront.OriginRequestCookieBehavior_None(),
	})
	api := func(c awscloudfront.ICachePolicy, methods awscloudfront.AllowedMethods) *awscloudfront.BehaviorOptions {
		return &awscloudfront.BehaviorOptions{
			Origin:                apiOrigin,
			CachePolicy:           c,
			OriginRequestPolicy:   apiRequest,
			AllowedMethods:        methods,
			ViewerProtocolPolicy:  awscloudfront.ViewerProtocolPolicy_HTTPS_ONLY,
			ResponseHeadersPolicy: headers,
			Compress:              jsii.Bool(true),
		}
	}
	siteOrigin := awscloudfrontorigins.S3BucketOrigin_WithOriginAccessControl(p.Site, nil)
	props := &awscloudfront.DistributionProps{
		Comment:           jsii.String("Plaza " + p.cfg.Stage),
		DefaultRootObject: jsii.String("index.html"),
		DefaultBehavior: &awscloudfront.BehaviorOptions{
			Origin:                siteOrigin,
			CachePolicy:           awscloudfront.CachePolicy_CACHING_OPTIMIZED(),
			ViewerProtocolPolicy:  awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
			ResponseHeadersPolicy: headers,
			Compress:              jsii.Bool(true),
		},
		WebAclId: p.webACL,
		// Korea and the rest of Asia are in price class 200, not 100.
		PriceClass:    awscloudfront.PriceClass_PRICE_CLASS_200,
		HttpVersion:   awscloudfront.HttpVersion_HTTP2_AND_3,
		EnableLogging: jsii.Bool(true),
		LogBucket:     p.Log,
		LogFilePrefix: jsii.String(PrefixCloudFrontLogs),
	}
	if p.cfg.DomainName != "" {
		props.DomainNames = jsii.Strings(p.cfg.DomainName)
		props.Certificate = awscertificatemanager.Certificate_FromCertificateArn(s, jsii.String("PortalCertificate"), jsii.String(p.cfg.CertificateARN))
		props.MinimumProtocolVersion = awscloudfront.SecurityPolicyProtocol_TLS_V1_2_2021
	}
	p.Distribution = awscloudfront.NewDistribution(s, jsii.String("Portal"), props)
	// Added one by one, in order: a Go map (AdditionalBehaviors) has none,
	// and CloudFront takes the first pattern that matches.
	console := awscloudfront.NewFunction(s, jsii.String("StaffIndex"), &awscloudfront.FunctionProps{
		Comment: jsii.String("Serves /staff/ from staff/index.html"),
		Code:    awscloudfront.FunctionCode_FromInline(jsii.String(staffIndexFunction)),
		Runtime: awscloudfront.FunctionRuntime_JS_2_0(),
	})
	english := awscloudfront.NewFunction(s, jsii.String("EnglishIndex"), &awscloudfront.FunctionProps{
		Comment: jsii.String("Serves /en/ from index.html"),
		Code:    awscloudfront.FunctionCode_FromInline(jsii.String(englishIndexFunction)),
		Runtime: awscloudfront.FunctionRuntime_JS_2_0(),
	})
	site := func(fn awscloudfront.IFunction) *awscloudfront.AddBehaviorOptions {
		return &awscloudfront.AddBehaviorOptions{
			CachePolicy:           awscloudfront.CachePolicy_CACHING_OPTIMIZED(),
			ViewerProtocolPolicy:  awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
			ResponseHeadersPolicy: headers,
			Compress:              jsii.Bool(true),
			FunctionAssociations: &[]*awscloudfront.FunctionAssociation{{
				Function: fn, EventType: awscloudfront.FunctionEventType_VIEWER_REQUEST,
			}},
		}
	}
	for _, b := range Behaviors() {
		var o *awscloudfront.AddBehaviorOptions
		var origin awscloudfront.IOrigin = apiOrigin
		switch b.What {
		case "staff":
			o = apiBehavior(api(staffCache, awscloudfront.AllowedMethods_ALLOW_ALL()))
		case "reports":
			o = apiBehavior(api(reportsCache, awscloudfront.AllowedMethods_ALLOW_ALL()))
		case "documents":
			o = apiBehavior(api(documentsCache, awscloudfront.AllowedMethods_ALLOW_GET_HEAD_OPTIONS()))
		case "api":
			o = apiBehavior(api(searchCache, awscloudfront.AllowedMethods_ALLOW_ALL()))
		case "catalog":
			o = apiBehavior(api(catalogCache, awscloudfront.AllowedMethods_ALLOW_GET_HEAD_OPTIONS()))
		case "feeds":
			o = apiBehavior(api(searchCache, awscloudfront.AllowedMethods_ALLOW_GET_HEAD_OPTIONS()))
		case "dataset":
			o = apiBehavior(api(documentsCache, awscloudfront.AllowedMethods_ALLOW_GET_HEAD_OPTIONS()))
		case "crawl":
			o = apiBehavior(api(crawlCache, awscloudfront.AllowedMethods_ALLOW_GET_HEAD_OPTIONS()))
		case "console":
			origin = siteOrigin
			o = site(console)
		case "english":
			origin = siteOrigin
			o = site(english)
		}
		p.Distribution.AddBehavior(jsii.String(b.Path), origin, o)
	}

	url := p.portalURL()
	for _, fn := range []string{API, Notify} {
		p.Functions[fn].AddEnvironment(jsii.String(EnvPortalURL), url, nil)
	}
	// Once the index holds a text masked after publication (a leak
	// report), the index stage drops the document's cached copies at the
	// edge (shared/pipeline/cloudfront); the monitor runs that stage too.
	for fn, sp := range specs() {
		if slices.Contains(sp.env, EnvDistributionID) {
			p.Functions[fn].AddEnvironment(jsii.String(EnvDistributionID), p.Distribution.DistributionId(), nil)
			p.Distribution.GrantCreateInvalidation(p.Functions[fn])
		}
	}
}

// apiBehavior turns an API behaviour's options into AddBehavior's.
func apiBehavior(b *awscloudfront.BehaviorOptions) *awscloudfront.AddBehaviorOptions {
	return &awscloudfront.AddBehaviorOptions{
		CachePolicy:           b.CachePolicy,
		OriginRequestPolicy:   b.OriginRequestPolicy,
		AllowedMethods:        b.AllowedMethods,
		ViewerProtocolPolicy:  b.ViewerProtocolPolicy,
		ResponseHeadersPolicy: b.ResponseHeadersPolicy,
		Compress:              b.Compress,
	}
}

// portalURL is where citizens and staff reach Plaza, without a trailing
// slash.
func (p *Plaza) portalURL() *string {
	switch {
	case p.cfg.PortalURL != "":
		return jsii.String(strings.TrimRight(p.cfg.PortalURL, "/"))
	case p.cfg.DomainName != "":
		return jsii.String("https://" + p.cfg.DomainName)
	}
	return jsii.String("https://" + *p.Distribution.DistributionDomainName())
}

// csp allows the portal's own scripts and styles, and the staff sign-in
// through Cognito's hosted pages.
func (p *Plaza) csp() string {
	cognito := "https://*.auth." + *awscdk.Aws_REGION() + ".amazoncognito.com"
	idp := "https://cognito-idp." + *awscdk.Aws_REGION() + ".amazonaws.com"
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self'",
		"style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self' " + idp + " " + cognito,
		"form-action 'self' " + cognito,
		"frame-ancestors 'none'",
		"base-uri 'self'",
		"object-src 'none'",
		"upgrade-insecure-requests",
	}, "; ")
}
