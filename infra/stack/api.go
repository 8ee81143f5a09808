package stack

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsapigatewayv2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsapigatewayv2authorizers"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsapigatewayv2integrations"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscognito"
	"github.com/aws/jsii-runtime-go"

	"github.com/seoul-plaza/plaza/shared/access"
)

// Routes of the HTTP API. Staff routes are the more specific ones, so API
// Gateway matches them before the public catch-all.
const (
	RoutePublic    = "ANY /api/{proxy+}"
	RouteStaff     = "ANY /api/staff/{proxy+}"
	RouteStaffRoot = "ANY /api/staff"
	// RouteInquiry is the citizens' question form, routed on its own so
	// that the stage can throttle it apart from reads.
	RouteInquiry = "POST /api/inquiries"
)

// api creates the HTTP API with its throttled, logged $default stage. The
// routes are added by staff(), once the distribution (whose URL the user
// pool client needs) exists.
func (p *Plaza) api() {
	s := p.Stack
	props := &awsapigatewayv2.HttpApiProps{
		ApiName:            jsii.String(PhysicalName(*s.StackName(), 128)),
		Description:        jsii.String("Plaza public and staff API (payload v2), reached through CloudFront"),
		CreateDefaultStage: jsii.Bool(false),
	}
	// The portal calls the API on its own origin (CloudFront routes /api
	// to it), which needs no CORS; other origins are allowed only when
	// listed (prod refuses "*").
	if len(p.cfg.CORSOrigins) > 0 {
		origins := make([]*string, len(p.cfg.CORSOrigins))
		for i, o := range p.cfg.CORSOrigins {
			origins[i] = jsii.String(o)
		}
		props.CorsPreflight = &awsapigatewayv2.CorsPreflightOptions{
			AllowOrigins: &origins,
			AllowMethods: &[]awsapigatewayv2.CorsHttpMethod{awsapigatewayv2.CorsHttpMethod_GET, awsapigatewayv2.CorsHttpMethod_HEAD,
				awsapigatewayv2.CorsHttpMethod_POST, awsapigatewayv2.CorsHttpMethod_PUT, awsapigatewayv2.CorsHttpMethod_PATCH, awsapigatewayv2.CorsHttpMethod_DELETE},
			AllowHeaders: jsii.Strings("Authorization", "Content-Type"),
			MaxAge:       awscdk.Duration_Hours(jsii.Number(1)),
		}
	}
	p.API = awsapigatewayv2.NewHttpApi(s, jsii.String("HttpApi"), props)
	p.apiStage = p.API.AddStage(jsii.String("DefaultStage"), &awsapigatewayv2.HttpStageOptions{
		StageName:  jsii.String("$default"),
		AutoDeploy: jsii.Bool(true),
		Throttle: &awsapigatewayv2.ThrottleSettings{
			RateLimit:  jsii.Number(p.cfg.APIRateLimit),
			BurstLimit: jsii.Number(p.cfg.APIBurstLimit),
		},
	})
	// Access logs are lines of the format the local stack writes too
	// (shared/access): the route, status, path, source address and user
	// agent for the usage figures, never the query string (inquiry tokens
	// travel there) or the caller's identity claims. Behind CloudFront the
	// source is an edge's address; CloudFront's own logs carry the
	// viewer's, so the monitor counts these lines only for the hours
	// CloudFront's logs miss (shared/usage). Kept at most AccessLogDays,
	// as CloudFront's are.
	format := map[string]interface{}{}
	for k, v := range access.GatewayFormat() {
		format[k] = v
	}
	p.apiStage.Node().DefaultChild().(awsapigatewayv2.CfnStage).SetAccessLogSettings(&awsapigatewayv2.CfnStage_AccessLogSettingsProperty{
		DestinationArn: p.apiAccessLogs.LogGroupArn(),
		Format:         s.ToJsonString(format, nil),
	})
}

// staff creates the staff user pool and the routes: the public catch-all
// without authorization, and the staff routes behind a JWT authorizer.
func (p *Plaza) staff() {
	s := p.Stack
	p.UserPool = awscognito.NewUserPool(s, jsii.String("StaffPool"), &awscognito.UserPoolProps{
		UserPoolName:      jsii.String(PhysicalName(*s.StackName(), 100) + "-staff"),
		SelfSignUpEnabled: jsii.Bool(false), // staff accounts are created by administrators
		SignInAliases:     &awscognito.SignInAliases{Email: jsii.Bool(true)},
		AutoVerify:        &awscognito.AutoVerifiedAttrs{Email: jsii.Bool(true)},
		AccountRecovery:   awscognito.AccountRecovery_EMAIL_ONLY,
		Mfa:               awscognito.Mfa_REQUIRED,
		MfaSecondFactor:   &awscognito.MfaSecondFactor{Otp: jsii.Bool(true), Sms: jsii.Bool(false)},
		PasswordPolicy: &awscognito.PasswordPolicy{
			MinLength: jsii.Number(12), RequireDigits: jsii.Bool(true), RequireLowercase: jsii.Bool(true),
			RequireUppercase: jsii.Bool(true), RequireSymbols: jsii.Bool(true),
			TempPasswordValidity: awscdk.Duration_Days(jsii.Number(3)),
		},
		// Plus is billed per monthly active user only; staff are few.
		FeaturePlan:                  awscognito.FeaturePlan_PLUS,
		StandardThreatProtectionMode: awscognito.StandardThreatProtectionMode_FULL_FUNCTION,
		DeletionProtection:           jsii.Bool(p.cfg.Retain),
		RemovalPolicy:                p.removal(),
		// Who a staff member works for: the API scopes every staff route
		// by these claims (custom:organization, custom:department).
		// Mutable, so that administrators can move a person; the portal's
		// client cannot write them (WriteAttributes below), so a person
		// cannot move themselves.
		CustomAttributes: &map[string]awscognito.ICustomAttribute{
			AttrOrganization: awscognito.NewStringAttribute(&awscognito.StringAttributeProps{MinLen: jsii.Number(1), MaxLen: jsii.Number(32), Mutable: jsii.Bool(true)}),
			AttrDepartment:   awscognito.NewStringAttribute(&awscognito.StringAttributeProps{MinLen: jsii.Number(1), MaxLen: jsii.Number(32), Mutable: jsii.Bool(true)}),
		},
	})
	for _, g := range []struct {
		id, name, desc string
		precedence     float64
	}{
		{"CityAdminGroup", GroupCityAdmin, "City-wide administrators: every organization's documents, reviews, holds and inquiries", 0},
		{"AdminGroup", GroupAdmin, "Administrators of their own organization (custom:organization)", 1},
	} {
		awscognito.NewCfnUserPoolGroup(s, jsii.String(g.id), &awscognito.CfnUserPoolGroupProps{
			UserPoolId: p.UserPool.UserPoolId(), GroupName: jsii.String(g.name),
			Description: jsii.String(g.desc), Precedence: jsii.Number(g.precedence),
		})
	}
	domain := p.UserPool.AddDomain(jsii.String("StaffLogin"), &awscognito.UserPoolDomainOptions{
		CognitoDomain: &awscognito.CognitoDomainOptions{
			// Cognito domains are global: the stack's name and the account.
			DomainPrefix: awscdk.Fn_Join(jsii.String("-"), jsii.Strings(PhysicalName(*s.StackName(), 48), *awscdk.Aws_ACCOUNT_ID())),
		},
	})
	portal := p.portalURL()
	client := p.UserPool.AddClient(jsii.String("StaffPortal"), &awscognito.UserPoolClientOptions{
		GenerateSecret:             jsii.Bool(false), // a browser client: authorization code with PKCE
		PreventUserExistenceErrors: jsii.Bool(true),
		EnableTokenRevocation:      jsii.Bool(true),
		AccessTokenValidity:        awscdk.Duration_Hours(jsii.Number(1)),
		IdTokenValidity:            awscdk.Duration_Hours(jsii.Number(1)),
		RefreshTokenValidity:       awscdk.Duration_Hours(jsii.Number(12)),
		AuthFlows:                  &awscognito.AuthFlow{UserSrp: jsii.Bool(true)},
		// A person may change their name, never their organization or
		// department: those are the authorization's claims.
		WriteAttributes: awscognito.NewClientAttributes().WithStandardAttributes(&awscognito.StandardAttributesMask{Fullname: jsii.Bool(true)}),
		OAuth: &awscognito.OAuthSettings{
			Flows:        &awscognito.OAuthFlows{AuthorizationCodeGrant: jsii.Bool(true)},
			Scopes:       &[]awscognito.OAuthScope{awscognito.OAuthScope_OPENID(), awscognito.OAuthScope_EMAIL(), awscognito.OAuthScope_PROFILE()},
			CallbackUrls: jsii.Strings(*portal + StaffConsolePath),
			LogoutUrls:   jsii.Strings(*portal + "/"),
		},
	})
	p.userPoolClientID = client.UserPoolClientId()
	p.staffSignIn = domain.BaseUrl(nil)

	fn := awsapigatewayv2integrations.NewHttpLambdaIntegration(jsii.String("ApiIntegration"), p.Functions[API],
		&awsapigatewayv2integrations.HttpLambdaIntegrationProps{PayloadFormatVersion: awsapigatewayv2.PayloadFormatVersion_VERSION_2_0()})
	authorizer := awsapigatewayv2authorizers.NewHttpUserPoolAuthorizer(jsii.String("StaffAuthorizer"), p.UserPool,
		&awsapigatewayv2authorizers.HttpUserPoolAuthorizerProps{UserPoolClients: &[]awscognito.IUserPoolClient{client}})
	any := &[]awsapigatewayv2.HttpMethod{awsapigatewayv2.HttpMethod_ANY}
	p.API.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String("/api/{proxy+}"), Methods: any, Integration: fn})
	// Open data outside /api/: read-only, no authorizer.
	read := &[]awsapigatewayv2.HttpMethod{awsapigatewayv2.HttpMethod_GET, awsapigatewayv2.HttpMethod_HEAD}
	for _, path := range OpenDataPaths() {
		p.API.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String(path), Methods: read, Integration: fn})
	}
	for _, path := range []string{"/api/staff/{proxy+}", "/api/staff"} {
		p.API.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String(path), Methods: any, Integration: fn, Authorizer: authorizer})
	}
	// Questions are throttled on their own route, well below reads.
	inquiry := p.API.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String("/api/inquiries"),
		Methods: &[]awsapigatewayv2.HttpMethod{awsapigatewayv2.HttpMethod_POST}, Integration: fn})
	stage := p.apiStage.Node().DefaultChild().(awsapigatewayv2.CfnStage)
	stage.SetRouteSettings(map[string]interface{}{
		RouteInquiry: map[string]interface{}{
			"ThrottlingRateLimit":  p.cfg.InquiryRateLimit,
			"ThrottlingBurstLimit": p.cfg.InquiryBurstLimit,
		},
	})
	for _, r := range *inquiry {
		stage.Node().AddDependency(r)
	}
}
