package stack

import (
	"strings"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscertificatemanager"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudfront"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudfrontorigins"
	"github.com/aws/jsii-runtime-go"
)

// Cache times at the edge. Search results change as documents arrive, so
// they are cached briefly; a published document changes only when it is
// re-released or retracted.
const (
	searchTTL    = 30   // seconds
	documentsTTL = 300  // seconds
	documentsMax = 3600 // seconds; origin Cache-Control may ask for less
)

// APIOriginHeaders are the request headers CloudFront passes to the API
// (Authorization travels in the staff cache key instead).
func APIOriginHeaders() []string {
	return []string{"Accept", "Accept-Language", "Content-Type", "Origin", "If-None-Match",
		"Access-Control-Request-Method", "Access-Control-Request-Headers",
		"CloudFront-Viewer-Address", "CloudFront-Viewer-Country"}
}

func (p *Plaza) cdn() {
	s := p.Stack
	apiOrigin := awscloudfrontorigins.NewHttpOrigin(awscdk.Fn_Select(jsii.Number(2), awscdk.Fn_Split(jsii.String("/"), p.API.ApiEndpoint(), nil)),
		&awscloudfrontorigins.HttpOriginProps{
			ProtocolPolicy:     awscloudfront.OriginProtocolPolicy_HTTPS_ONLY,
			OriginSslProtocols: &[]awscloudfront.OriginSslPolicy{awscloudfront.OriginSslPolicy_TLS_V1_2},
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
	searchCache := cache("SearchCache", searchTTL, 60)
	documentsCache := cache("DocumentsCache", documentsTTL, documentsMax)

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
	props := &awscloudfront.DistributionProps{
		Comment:           jsii.String("Plaza " + p.cfg.Stage),
		DefaultRootObject: jsii.String("index.html"),
		DefaultBehavior: &awscloudfront.BehaviorOptions{
			Origin:                awscloudfrontorigins.S3BucketOrigin_WithOriginAccessControl(p.Site, nil),
			CachePolicy:           awscloudfront.CachePolicy_CACHING_OPTIMIZED(),
			ViewerProtocolPolicy:  awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
			ResponseHeadersPolicy: headers,
			Compress:              jsii.Bool(true),
		},
		AdditionalBehaviors: &map[string]*awscloudfront.BehaviorOptions{
			"/api/staff/*":     api(staffCache, awscloudfront.AllowedMethods_ALLOW_ALL()),
			"/api/documents/*": api(documentsCache, awscloudfront.AllowedMethods_ALLOW_GET_HEAD_OPTIONS()),
			"/api/*":           api(searchCache, awscloudfront.AllowedMethods_ALLOW_ALL()),
		},
		// Korea and the rest of Asia are in price class 200, not 100.
		PriceClass:    awscloudfront.PriceClass_PRICE_CLASS_200,
		HttpVersion:   awscloudfront.HttpVersion_HTTP2_AND_3,
		EnableLogging: jsii.Bool(true),
		LogBucket:     p.Log,
		LogFilePrefix: jsii.String("cloudfront/"),
	}
	if p.cfg.DomainName != "" {
		props.DomainNames = jsii.Strings(p.cfg.DomainName)
		props.Certificate = awscertificatemanager.Certificate_FromCertificateArn(s, jsii.String("PortalCertificate"), jsii.String(p.cfg.CertificateARN))
		props.MinimumProtocolVersion = awscloudfront.SecurityPolicyProtocol_TLS_V1_2_2021
	}
	p.Distribution = awscloudfront.NewDistribution(s, jsii.String("Portal"), props)

	url := p.portalURL()
	for _, fn := range []string{API, Notify} {
		p.Functions[fn].AddEnvironment(jsii.String(EnvPortalURL), url, nil)
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
