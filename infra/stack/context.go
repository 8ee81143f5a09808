package stack

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/sender"
)

// Context keys read by the app (pass them as `cdk synth -c key=value`, or
// `go run ./infra -c key=value`).
const (
	CtxStage          = "stage"
	CtxBundle         = "plaza:bundle"
	CtxOrgCode        = "plaza:orgCode"
	CtxOrgName        = "plaza:orgName"
	CtxMailFrom       = "plaza:mailFrom"
	CtxSMSSenderID    = "plaza:smsSenderId"
	CtxPortalURL      = "plaza:portalUrl"
	CtxDomainName     = "plaza:domainName"
	CtxCertificateARN = "plaza:certificateArn"
	CtxAlarmEmail     = "plaza:alarmEmail"
	CtxCORSOrigins    = "plaza:corsOrigins" // comma-separated
	CtxInstance       = "plaza:instance"    // a second stack of a stage: Plaza-<stage>-<instance>
	CtxWAF            = "plaza:waf"         // true|false; default true in prod
	// CtxSenders is the path of a senders file (shared/sender), validated
	// at synth.
	CtxSenders = "plaza:senders"
	// CtxOrgsDir is a folder of organizations' files and their
	// deployment.json (shared/org) that replaces the embedded ones: synth
	// validates it, adds each organization's sender role, inbox policy
	// and staff group, and ships the folder to the functions as a layer
	// (PLAZA_ORGS_DIR), so they read the same organizations.
	CtxOrgsDir = "plaza:orgsDir"
)

// FileContext reads the "context" object of root/cdk.json: the feature
// flags that `cdk synth` passes to the app. The app and the tests load it
// themselves when they run without the CLI, so both synthesize the same
// template.
func FileContext(root string) (map[string]interface{}, error) {
	data, err := os.ReadFile(filepath.Join(root, "cdk.json"))
	if err != nil {
		return nil, fmt.Errorf("cdk.json: %w", err)
	}
	var f struct {
		Context map[string]interface{} `json:"context"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("cdk.json: %w", err)
	}
	return f.Context, nil
}

// origin is the scheme and host of a URL.
func origin(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return u.Scheme + "://" + u.Host
}

// ConfigFrom builds the configuration from context values, falling back to
// DefaultConfig for what is not set.
func ConfigFrom(get func(key string) string) (Config, error) {
	stage := get(CtxStage)
	if stage == "" {
		stage = "dev"
	}
	c, err := DefaultConfig(stage)
	if err != nil {
		return Config{}, err
	}
	set := func(dst *string, key string) {
		if v := get(key); v != "" {
			*dst = v
		}
	}
	if v := get(CtxOrgsDir); v != "" {
		dir, err := filepath.Abs(v)
		if err != nil {
			return Config{}, fmt.Errorf("context %s: %w", CtxOrgsDir, err)
		}
		set, err := org.LoadDir(dir)
		if err != nil {
			return Config{}, fmt.Errorf("context %s: %w", CtxOrgsDir, err)
		}
		c.Orgs, c.OrgsDir = set, dir
		c.OrgCode = set.Default().Code // the folder's deployment.json names it
	}
	set(&c.OrgCode, CtxOrgCode)
	// The name is the organization's file's unless the context says it
	// (Validate then checks that it agrees).
	if o, ok := c.Organizations().Get(c.OrgCode); ok {
		c.OrgName = o.Name
	}
	set(&c.OrgName, CtxOrgName)
	set(&c.MailFrom, CtxMailFrom)
	set(&c.SMSSenderID, CtxSMSSenderID)
	set(&c.PortalURL, CtxPortalURL)
	set(&c.DomainName, CtxDomainName)
	set(&c.CertificateARN, CtxCertificateARN)
	set(&c.AlarmEmail, CtxAlarmEmail)
	set(&c.Instance, CtxInstance)
	switch v := get(CtxCORSOrigins); {
	case v != "":
		c.CORSOrigins = strings.Split(v, ",")
	case c.Stage == "prod" && c.PortalURL != "":
		c.CORSOrigins = []string{origin(c.PortalURL)}
	case c.Stage == "prod" && c.DomainName != "":
		c.CORSOrigins = []string{"https://" + c.DomainName}
	}
	switch v := get(CtxWAF); v {
	case "":
	case "true", "false":
		c.WAF = v == "true"
	default:
		return Config{}, fmt.Errorf("context %s=%q: want true or false", CtxWAF, v)
	}
	if v := get(CtxSenders); v != "" {
		sc, err := sender.Load(v)
		if err == nil {
			err = sc.CheckOrgs(c.Organizations()) // the functions would refuse it at start
		}
		if err != nil {
			return Config{}, fmt.Errorf("context %s: %w", CtxSenders, err)
		}
		c.Senders = sc
	}
	return c, c.Validate()
}
