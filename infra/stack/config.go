package stack

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/sender"
)

// Settings are the values that differ between stages.
type Settings struct {
	Stage string

	// OpenSearch sizing.
	SearchDataNodes    int
	SearchInstanceType string
	SearchMasterNodes  int // 0: no dedicated masters
	SearchMasterType   string
	SearchVolumeGiB    int
	SearchZones        int // 1: no zone awareness
	// SearchReplicas is the number of replicas of each index: 0 on a
	// single node (a replica could never be allocated, and the cluster
	// would stay yellow), 2 with Multi-AZ with Standby, which wants the
	// copies of every shard to be a multiple of three.
	SearchReplicas int

	// HTTP API throttling, per second across the stage.
	APIRateLimit  float64
	APIBurstLimit float64
	// InquiryRateLimit and InquiryBurstLimit throttle POST /api/inquiries
	// on its own, per second across the stage (the inquiry handler keeps
	// its own limits per client and contact besides).
	InquiryRateLimit  float64
	InquiryBurstLimit float64

	// LogRetentionDays for every log group of the stack.
	LogRetentionDays int
	// Retain keeps data (buckets, tables, the domain, keys), dead-letter
	// queues and log groups when the stack is deleted; dev stacks are
	// disposable.
	Retain bool
	// LogLevel becomes PLAZA_LOG_LEVEL.
	LogLevel string
	// ReconcileSample is the size of each sample by which the monitor's
	// daily reconciliation checks the index (PLAZA_RECONCILE_SAMPLE): a
	// dev domain is small, prod's a city's archive.
	ReconcileSample int
	// WAF puts a web ACL (AWS managed rule groups and rate rules) in front
	// of CloudFront; on by default in prod (context plaza:waf).
	WAF bool
}

// Config is the deployment's configuration: the stage plus the values that
// name the organization and its senders.
type Config struct {
	Settings
	// Instance, when set, tells apart a second stack of the same stage in
	// one account: the stack is then Plaza-<stage>-<instance>, and every
	// physical name derives from the stack name.
	Instance string
	OrgCode  string
	OrgName  string
	// MailFrom is the sender address of citizen e-mails; its domain
	// becomes the SES identity.
	MailFrom string
	// SMSSenderID is the alphanumeric sender id of SMS, where supported.
	SMSSenderID string
	// PortalURL overrides the CloudFront URL in links sent to citizens
	// (set it when a custom domain fronts the distribution).
	PortalURL string
	// DomainName and CertificateARN (an ACM certificate in us-east-1), when
	// both are set, put the distribution on a custom domain with TLS 1.2+.
	DomainName, CertificateARN string
	// AlarmEmail, when set, subscribes to the alarm topic.
	AlarmEmail string
	// CORSOrigins lists the origins allowed to call the API from browsers;
	// none means no CORS at all (the portal reaches the API on its own
	// origin, through CloudFront).
	CORSOrigins []string
	// Senders binds the inbox prefixes of the sending systems to
	// organizations (shared/sender); nil binds the prefixes the
	// organizations' files list. It reaches the ingest and monitor
	// functions as PLAZA_SENDERS.
	Senders *sender.Config
	// Orgs are the deployment's organizations (shared/org): nil is the
	// embedded set. The stack adds each one's sender role, inbox policy
	// and staff group (Organizations).
	Orgs *org.Set
	// OrgsDir is the folder Orgs were read from (context plaza:orgsDir),
	// shipped to every function as a layer so that they read the same
	// organizations; "" when Orgs are the embedded ones the functions
	// carry anyway.
	OrgsDir string
}

// Organizations returns the deployment's organizations.
func (c Config) Organizations() *org.Set {
	if c.Orgs != nil {
		return c.Orgs
	}
	return org.Embedded()
}

// Binding returns what binds the inbox prefixes to organizations: the
// senders file, else each organization's prefixes from its file.
func (c Config) Binding() *sender.Config {
	if c.Senders != nil {
		return c.Senders
	}
	return sender.FromOrgs(c.Organizations())
}

// MaxSendersJSON bounds PLAZA_SENDERS: a function's environment is 4 KB
// in all. A larger list waits for per-organization files (issue 16).
const MaxSendersJSON = 2048

// StageSettings returns the settings of a stage: dev or prod.
func StageSettings(stage string) (Settings, error) {
	switch stage {
	case "dev":
		return Settings{
			Stage:              stage,
			SearchDataNodes:    1,
			SearchInstanceType: "t3.small.search",
			SearchVolumeGiB:    10,
			SearchZones:        1,
			SearchReplicas:     0,
			APIRateLimit:       50,
			APIBurstLimit:      100,
			InquiryRateLimit:   2,
			InquiryBurstLimit:  5,
			LogRetentionDays:   14,
			LogLevel:           "debug",
			ReconcileSample:    200,
		}, nil
	case "prod":
		return Settings{
			Stage:              stage,
			SearchDataNodes:    3,
			SearchInstanceType: "r7g.large.search",
			SearchMasterNodes:  3,
			SearchMasterType:   "m7g.large.search",
			SearchVolumeGiB:    100,
			SearchZones:        3,
			SearchReplicas:     2,
			APIRateLimit:       500,
			APIBurstLimit:      1000,
			InquiryRateLimit:   10,
			InquiryBurstLimit:  20,
			LogRetentionDays:   365,
			Retain:             true,
			LogLevel:           "info",
			ReconcileSample:    1000,
			WAF:                true,
		}, nil
	}
	return Settings{}, fmt.Errorf("stage %q: want dev or prod", stage)
}

// Example values: fine for a dev stack, refused in prod.
const (
	ExampleMailFrom = "no-reply@example.org"
)

// DefaultConfig is the configuration of a stage with the example
// organization (Seoul); main overrides it from context. Prod's
// configuration is not deployable as it is: Validate asks for a real
// sender and an alarm address.
func DefaultConfig(stage string) (Config, error) {
	s, err := StageSettings(stage)
	if err != nil {
		return Config{}, err
	}
	def := org.Embedded().Default() // the organizations' deployment file names it
	c := Config{
		Settings:    s,
		OrgCode:     def.Code,
		OrgName:     def.Name,
		MailFrom:    ExampleMailFrom,
		SMSSenderID: "PLAZA",
	}
	if stage == "dev" {
		c.CORSOrigins = []string{"*"}
	}
	return c, nil
}

var instanceRE = regexp.MustCompile(`^[a-z][a-z0-9]{0,11}$`)

// orgFileSays checks the default organization against the organizations'
// files (shared/org), as the functions do when they start (shared/config):
// it must have one, and the name must be its file's.
func orgFileSays(orgs *org.Set, code, name string) error {
	o, ok := orgs.Get(code)
	switch {
	case !ok:
		return fmt.Errorf("config: organization %s has no organization's file (shared/org/orgs; see infra/ONBOARDING.md)", code)
	case o.Name != name:
		return fmt.Errorf("config: organization name %q is not %s's in its file (%q)", name, code, o.Name)
	}
	return nil
}

// Validate reports the first value that cannot be deployed. In prod it
// refuses the example defaults: an example.* or reserved mail domain, CORS
// for any origin, and no alarm address.
func (c Config) Validate() error {
	switch {
	case c.OrgCode == "" || strings.Contains(c.OrgCode, "#"):
		return fmt.Errorf("config: organization code %q: required, without '#'", c.OrgCode)
	case c.OrgName == "":
		return fmt.Errorf("config: organization name is required")
	case orgFileSays(c.Organizations(), c.OrgCode, c.OrgName) != nil:
		return orgFileSays(c.Organizations(), c.OrgCode, c.OrgName)
	case strings.Count(c.MailFrom, "@") != 1 || strings.HasSuffix(c.MailFrom, "@"):
		return fmt.Errorf("config: mail-from %q is not an address", c.MailFrom)
	case (c.DomainName == "") != (c.CertificateARN == ""):
		return fmt.Errorf("config: a custom domain needs both a name and a certificate ARN")
	case len(c.SMSSenderID) > 11:
		return fmt.Errorf("config: SMS sender id %q is longer than 11 characters", c.SMSSenderID)
	case len(c.Binding().JSON()) > MaxSendersJSON:
		return fmt.Errorf("config: the senders configuration is %d bytes as JSON, over the %d a Lambda environment can carry", len(c.Binding().JSON()), MaxSendersJSON)
	case c.Instance != "" && !instanceRE.MatchString(c.Instance):
		return fmt.Errorf("config: instance %q: want 1 to 12 lower-case letters and digits, starting with a letter", c.Instance)
	}
	for _, o := range c.CORSOrigins {
		if o == "*" {
			continue
		}
		if u, err := url.Parse(o); err != nil || u.Scheme != "https" || u.Host == "" || (u.Path != "" && u.Path != "/") {
			return fmt.Errorf("config: CORS origin %q: want https://host or *", o)
		}
	}
	if c.Stage != "prod" {
		return nil
	}
	switch {
	case exampleDomain(c.MailDomain()):
		return fmt.Errorf("config: prod: mail-from %q is an example address; set %s to the city's sender", c.MailFrom, CtxMailFrom)
	case c.AlarmEmail == "":
		return fmt.Errorf("config: prod: no alarm address; set %s", CtxAlarmEmail)
	case !strings.Contains(c.AlarmEmail, "@") || exampleDomain(c.AlarmEmail[strings.LastIndex(c.AlarmEmail, "@")+1:]):
		return fmt.Errorf("config: prod: alarm address %q is not a real address; set %s", c.AlarmEmail, CtxAlarmEmail)
	}
	for _, o := range c.CORSOrigins {
		if o == "*" {
			return fmt.Errorf("config: prod: CORS for any origin; set %s to the portal's origin, or leave it unset", CtxCORSOrigins)
		}
	}
	return nil
}

// exampleDomain reports a domain reserved for examples and tests (RFC 2606
// and 6761), which no real sender or recipient has.
func exampleDomain(d string) bool {
	d = strings.ToLower(strings.TrimSuffix(d, "."))
	for _, x := range []string{"example.org", "example.com", "example.net", "example", "test", "invalid", "localhost"} {
		if d == x || strings.HasSuffix(d, "."+x) {
			return true
		}
	}
	return false
}

// MailDomain is the domain part of MailFrom.
func (c Config) MailDomain() string { return c.MailFrom[strings.LastIndex(c.MailFrom, "@")+1:] }

// StackName is the CloudFormation stack of this configuration:
// Plaza-<stage>, or Plaza-<stage>-<instance> for a second stack of the
// same stage in one account.
func (c Config) StackName() string {
	if c.Instance != "" {
		return "Plaza-" + c.Stage + "-" + c.Instance
	}
	return "Plaza-" + c.Stage
}

// PhysicalName derives a resource name from a stack name: lower-case, at
// most max characters, starting with a letter. Names longer than max keep
// their start and end in a digest of the whole, so two stacks (unique per
// account and region) never share a name.
func PhysicalName(stack string, max int) string {
	n := strings.ToLower(stack)
	n = regexp.MustCompile(`[^a-z0-9-]+`).ReplaceAllString(n, "-")
	if n == "" || n[0] < 'a' || n[0] > 'z' {
		n = "p" + n
	}
	if len(n) <= max {
		return n
	}
	sum := sha256.Sum256([]byte(stack))
	h := hex.EncodeToString(sum[:])[:8]
	return strings.TrimRight(n[:max-9], "-") + "-" + h
}
