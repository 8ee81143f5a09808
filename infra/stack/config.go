package stack

import (
	"fmt"
	"strings"

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

	// HTTP API throttling, per second across the stage.
	APIRateLimit  float64
	APIBurstLimit float64

	// LogRetentionDays for function and API logs.
	LogRetentionDays int
	// Retain keeps data (buckets, tables, the domain, keys) when the stack
	// is deleted; dev stacks are disposable.
	Retain bool
	// LogLevel becomes PLAZA_LOG_LEVEL.
	LogLevel string
}

// Config is the deployment's configuration: the stage plus the values that
// name the organization and its senders.
type Config struct {
	Settings
	OrgCode string
	OrgName string
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
	// CORSOrigins lists the origins allowed to call the API from browsers.
	CORSOrigins []string
	// Senders binds the inbox prefixes of the sending systems to
	// organizations (shared/sender); nil is the embedded default. It
	// reaches the ingest and monitor functions as PLAZA_SENDERS.
	Senders *sender.Config
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
			APIRateLimit:       50,
			APIBurstLimit:      100,
			LogRetentionDays:   14,
			LogLevel:           "debug",
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
			APIRateLimit:       500,
			APIBurstLimit:      1000,
			LogRetentionDays:   365,
			Retain:             true,
			LogLevel:           "info",
		}, nil
	}
	return Settings{}, fmt.Errorf("stage %q: want dev or prod", stage)
}

// DefaultConfig is the configuration of a stage with the example
// organization (Seoul); main overrides it from context.
func DefaultConfig(stage string) (Config, error) {
	s, err := StageSettings(stage)
	if err != nil {
		return Config{}, err
	}
	return Config{
		Settings:    s,
		OrgCode:     "6110000",
		OrgName:     "서울특별시",
		MailFrom:    "no-reply@example.org",
		SMSSenderID: "PLAZA",
		CORSOrigins: []string{"*"},
	}, nil
}

// Validate reports the first value that cannot be deployed.
func (c Config) Validate() error {
	switch {
	case c.OrgCode == "" || strings.Contains(c.OrgCode, "#"):
		return fmt.Errorf("config: organization code %q: required, without '#'", c.OrgCode)
	case c.OrgName == "":
		return fmt.Errorf("config: organization name is required")
	case strings.Count(c.MailFrom, "@") != 1 || strings.HasSuffix(c.MailFrom, "@"):
		return fmt.Errorf("config: mail-from %q is not an address", c.MailFrom)
	case (c.DomainName == "") != (c.CertificateARN == ""):
		return fmt.Errorf("config: a custom domain needs both a name and a certificate ARN")
	case len(c.SMSSenderID) > 11:
		return fmt.Errorf("config: SMS sender id %q is longer than 11 characters", c.SMSSenderID)
	case c.Senders != nil && len(c.Senders.JSON()) > MaxSendersJSON:
		return fmt.Errorf("config: the senders configuration is %d bytes as JSON, over the %d a Lambda environment can carry", len(c.Senders.JSON()), MaxSendersJSON)
	}
	return nil
}

// MailDomain is the domain part of MailFrom.
func (c Config) MailDomain() string { return c.MailFrom[strings.LastIndex(c.MailFrom, "@")+1:] }
