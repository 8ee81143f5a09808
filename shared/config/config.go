// Package config reads a function's settings from the environment, once,
// in main, into a typed Config. Each function names the variables it needs
// (Needs), and a missing or malformed one is an error that names the
// variable, so a bad deployment fails at start-up and not on the first
// event.
//
// The variable names are a contract with the CDK stack, which sets them on
// each function; keep them.
package config

import (
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/sender"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/survey"
)

// Var is the name of an environment variable.
type Var string

// The variables.
const (
	Stage               Var = "PLAZA_STAGE"
	InboxBucket         Var = "PLAZA_INBOX_BUCKET"
	WorkBucket          Var = "PLAZA_WORK_BUCKET"
	PublicBucket        Var = "PLAZA_PUBLIC_BUCKET"
	LedgerTable         Var = "PLAZA_LEDGER_TABLE"
	InquiryTable        Var = "PLAZA_INQUIRY_TABLE"
	OpenSearchEndpoint  Var = "PLAZA_OPENSEARCH_ENDPOINT"
	OpenSearchAlias     Var = "PLAZA_OPENSEARCH_ALIAS"
	OrgCode             Var = "PLAZA_ORG_CODE"
	OrgName             Var = "PLAZA_ORG_NAME"
	MailFrom            Var = "PLAZA_MAIL_FROM"
	SESConfigurationSet Var = "PLAZA_SES_CONFIGURATION_SET"
	SMSSenderID         Var = "PLAZA_SMS_SENDER_ID"
	KMSKeyID            Var = "PLAZA_KMS_KEY_ID"
	PortalURL           Var = "PLAZA_PORTAL_URL"
	LogLevel            Var = "PLAZA_LOG_LEVEL"
	// OrgsDir is a folder of organizations' files and their
	// deployment.json (shared/org) that replaces the embedded ones: on
	// AWS the stack ships the plaza:orgsDir context's folder to every
	// function as a layer (/opt/orgs), so the functions and the stack
	// read the same organizations. Unset, the embedded files.
	OrgsDir Var = "PLAZA_ORGS_DIR"
	// Senders is the sending systems' configuration (shared/sender) as
	// compact JSON; unset, the embedded default.
	Senders Var = "PLAZA_SENDERS"
	// OpenSearchReplicas is the number of replicas in the index template
	// (the setup function installs it at deployment): 0 on one node.
	OpenSearchReplicas Var = "PLAZA_OPENSEARCH_REPLICAS"
	// OriginSecret is the value of the header (gateway.OriginHeader) that
	// only CloudFront sends to the API; requests without it are refused.
	OriginSecret Var = "PLAZA_ORIGIN_SECRET"
	// DistributionID is the CloudFront distribution in front of the
	// portal and the API; the api function invalidates a document's
	// cached copies after a leak report masks it. Unset, nothing is
	// invalidated (the cache times end it).
	DistributionID Var = "PLAZA_DISTRIBUTION_ID"
	// Surveys are the periodic satisfaction surveys (shared/feedback) as
	// compact JSON; unset, the embedded default (surveys.json).
	Surveys Var = "PLAZA_SURVEYS"
	// LogBucket holds CloudFront's standard logs (under cloudfront/); the
	// monitor counts them daily into the usage figures. Unset, nothing is
	// counted.
	LogBucket Var = "PLAZA_LOG_BUCKET"
	// AccessLogGroup is API Gateway's access log group (CloudWatch Logs);
	// the monitor counts its lines for the hours CloudFront's logs miss.
	// Unset, only CloudFront's logs are counted.
	AccessLogGroup Var = "PLAZA_ACCESS_LOG_GROUP"
	// ReconcileSample is the size of each sample the monitor's daily
	// reconciliation checks the search index by (pipeline.ReconcileOptions);
	// 0 reads the whole index. Unset, DefaultReconcileSample.
	ReconcileSample Var = "PLAZA_RECONCILE_SAMPLE"
	// DeadLetterQueues are the dead-letter queues whose depth the monitor
	// reports on every run, as name=URL pairs separated by commas
	// (ingest-failure=https://sqs…,…). Unset, none is read.
	DeadLetterQueues Var = "PLAZA_DEAD_LETTER_QUEUES"
)

// DefaultReconcileSample is the reconciliation's sample size when
// PLAZA_RECONCILE_SAMPLE is unset.
const DefaultReconcileSample = 1000

// All lists every variable.
func All() []Var {
	return []Var{Stage, InboxBucket, WorkBucket, PublicBucket, LedgerTable, InquiryTable,
		OpenSearchEndpoint, OpenSearchAlias, OrgCode, OrgName, MailFrom, SESConfigurationSet,
		SMSSenderID, KMSKeyID, PortalURL, LogLevel, OrgsDir, Senders, OpenSearchReplicas, OriginSecret, DistributionID, Surveys, LogBucket, AccessLogGroup, ReconcileSample, DeadLetterQueues}
}

// DefaultOpenSearchAlias is the alias searched and written when
// PLAZA_OPENSEARCH_ALIAS is unset.
const DefaultOpenSearchAlias = "plaza-documents"

// The functions, as named under functions/.
const (
	FuncIngest  = "ingest"
	FuncRedact  = "redact"
	FuncIndex   = "index"
	FuncAPI     = "api"
	FuncNotify  = "notify"
	FuncMonitor = "monitor"
	// FuncSetup runs at deployment only (a CloudFormation custom
	// resource): it installs the index template, the first index behind
	// the alias and the search domain's access roles.
	FuncSetup = "setup"
)

// Needs returns the variables function fn requires; the others it may
// read are optional. It returns nil for an unknown function. Each list is
// a subset of what the CDK stack (infra/stack specs) sets on the function,
// so a deployed function always starts.
func Needs(fn string) []Var {
	switch fn {
	case FuncIngest:
		return []Var{Stage, InboxBucket, WorkBucket, LedgerTable}
	case FuncRedact:
		return []Var{Stage, WorkBucket, PublicBucket, LedgerTable}
	case FuncIndex:
		// The work bucket holds the learnt boilerplate lines it reads.
		return []Var{Stage, WorkBucket, PublicBucket, LedgerTable, OpenSearchEndpoint}
	case FuncAPI:
		return []Var{Stage, WorkBucket, PublicBucket, LedgerTable, InquiryTable, OpenSearchEndpoint, KMSKeyID, OriginSecret}
	case FuncNotify:
		return []Var{Stage, InquiryTable, MailFrom, KMSKeyID, PortalURL}
	case FuncMonitor:
		return []Var{Stage, InboxBucket, WorkBucket, PublicBucket, LedgerTable, OpenSearchEndpoint}
	case FuncSetup:
		return []Var{Stage, OpenSearchEndpoint}
	}
	return nil
}

// Config is every setting a function may read. Fields a function did not
// require may be empty.
type Config struct {
	Stage              string
	InboxBucket        string
	WorkBucket         string
	PublicBucket       string
	LedgerTable        string
	InquiryTable       string
	OpenSearchEndpoint string // https://host, no path
	OpenSearchAlias    string
	// OrgCode and OrgName are the default organization, for envelopes and
	// requests without one: PLAZA_ORG_CODE, else the organizations'
	// deployment file (shared/org); its name is the organization's file's.
	OrgCode string
	OrgName string
	// Orgs are the deployment's organizations (never nil after Load),
	// with OrgCode as their default.
	Orgs                *org.Set
	MailFrom            string
	SESConfigurationSet string
	SMSSenderID         string
	KMSKeyID            string
	PortalURL           string // the citizen portal, for links in mail
	LogLevel            slog.Level
	// Senders binds inbox prefixes to organizations (never nil after Load).
	Senders *sender.Config
	// OpenSearchReplicas is nil when unset (the template's default).
	OpenSearchReplicas *int
	OriginSecret       string
	DistributionID     string
	LogBucket          string
	AccessLogGroup     string
	// ReconcileSample: see the variable; 0 reads the whole index.
	ReconcileSample int
	// DeadLetterQueues: queue URLs by name (nil when unset).
	DeadLetterQueues map[string]string
	// Surveys are the satisfaction surveys' questions (never nil after
	// Load): PLAZA_SURVEYS, else the embedded default.
	Surveys []survey.Survey
}

//go:embed surveys.json
var defaultSurveys []byte

// DefaultSurveys returns the embedded surveys.
func DefaultSurveys() []survey.Survey {
	s, err := survey.Parse(defaultSurveys)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return s
}

// Buckets returns the pipeline's buckets.
func (c Config) Buckets() storage.Buckets {
	return storage.Buckets{Inbox: c.InboxBucket, Work: c.WorkBucket, Public: c.PublicBucket}
}

// Org returns the default organization.
func (c Config) Org() document.Organization {
	return document.Organization{Code: c.OrgCode, Name: c.OrgName}
}

// Logger returns a JSON logger at the configured level, writing to
// stderr (CloudWatch Logs on Lambda).
func (c Config) Logger() *slog.Logger {
	return slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: c.LogLevel}))
}

// FromEnv reads the configuration of function fn from the process
// environment.
func FromEnv(fn string) (Config, error) {
	need := Needs(fn)
	if need == nil {
		return Config{}, fmt.Errorf("config: unknown function %q", fn)
	}
	return Load(os.LookupEnv, need...)
}

// Load reads the configuration through lookup (os.LookupEnv in main, a
// map in tests), requiring the variables in require. Every problem is
// reported, each naming its variable.
func Load(lookup func(string) (string, bool), require ...Var) (Config, error) {
	get := func(v Var) string {
		s, _ := lookup(string(v))
		return strings.TrimSpace(s)
	}
	c := Config{
		Stage:               get(Stage),
		InboxBucket:         get(InboxBucket),
		WorkBucket:          get(WorkBucket),
		PublicBucket:        get(PublicBucket),
		LedgerTable:         get(LedgerTable),
		InquiryTable:        get(InquiryTable),
		OpenSearchEndpoint:  strings.TrimRight(get(OpenSearchEndpoint), "/"),
		OpenSearchAlias:     get(OpenSearchAlias),
		OrgCode:             get(OrgCode),
		OrgName:             get(OrgName),
		MailFrom:            get(MailFrom),
		SESConfigurationSet: get(SESConfigurationSet),
		SMSSenderID:         get(SMSSenderID),
		KMSKeyID:            get(KMSKeyID),
		PortalURL:           get(PortalURL),
		OriginSecret:        get(OriginSecret),
		DistributionID:      get(DistributionID),
		LogBucket:           get(LogBucket),
		AccessLogGroup:      get(AccessLogGroup),
	}
	if c.OpenSearchAlias == "" {
		c.OpenSearchAlias = DefaultOpenSearchAlias
	}
	var errs []error
	var missing []string
	for _, v := range require {
		if get(v) == "" {
			missing = append(missing, string(v))
		}
	}
	if len(missing) > 0 {
		errs = append(errs, fmt.Errorf("missing required environment variable(s): %s", strings.Join(missing, ", ")))
	}
	bad := func(v Var, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", v, fmt.Sprintf(format, args...)))
	}
	if c.Stage != "" && !stageRE.MatchString(c.Stage) {
		bad(Stage, "%q is not a stage name (lower-case letters, digits, '-')", c.Stage)
	}
	for _, b := range []struct {
		v    Var
		name string
	}{{InboxBucket, c.InboxBucket}, {WorkBucket, c.WorkBucket}, {PublicBucket, c.PublicBucket}} {
		if b.name != "" && !bucketRE.MatchString(b.name) {
			bad(b.v, "%q is not a valid S3 bucket name", b.name)
		}
	}
	if c.OpenSearchEndpoint != "" {
		if err := checkURL(c.OpenSearchEndpoint); err != nil {
			bad(OpenSearchEndpoint, "%v", err)
		}
	}
	if c.PortalURL != "" {
		if err := checkURL(c.PortalURL); err != nil {
			bad(PortalURL, "%v", err)
		}
	}
	if c.MailFrom != "" && !strings.Contains(c.MailFrom, "@") {
		bad(MailFrom, "%q is not an e-mail address", c.MailFrom)
	}
	c.Orgs = org.Embedded()
	if dir := get(OrgsDir); dir != "" {
		set, err := org.LoadDir(dir)
		if err != nil {
			bad(OrgsDir, "%v", err)
		} else {
			c.Orgs = set
		}
	}
	switch {
	case c.OrgCode == "":
		c.OrgCode = c.Orgs.Default().Code
	case !orgRE.MatchString(c.OrgCode):
		bad(OrgCode, "%q is not an organization code (letters, digits, '.', '_', '-')", c.OrgCode)
	default:
		if set, err := c.Orgs.WithDefault(c.OrgCode); err != nil {
			bad(OrgCode, "%v", err)
		} else {
			c.Orgs = set
		}
	}
	// The name is the organization's file's; a variable that says
	// otherwise is a deployment mistake, not an override.
	if def := c.Orgs.Default(); def.Code == c.OrgCode {
		if c.OrgName != "" && c.OrgName != def.Name {
			bad(OrgName, "%q is not the name of organization %s in its file (%q)", c.OrgName, def.Code, def.Name)
		}
		c.OrgName = def.Name
	}
	c.Senders = sender.FromOrgs(c.Orgs)
	if s := get(Senders); s != "" {
		sc, err := sender.Parse([]byte(s))
		if err == nil {
			err = sc.CheckOrgs(c.Orgs)
		}
		if err != nil {
			bad(Senders, "%v", err)
		} else {
			c.Senders = sc
		}
	}
	c.Surveys = DefaultSurveys()
	if s := get(Surveys); s != "" {
		sv, err := survey.Parse([]byte(s))
		if err != nil {
			bad(Surveys, "%v", err)
		} else {
			c.Surveys = sv
		}
	}
	if s := get(LogLevel); s != "" {
		if err := c.LogLevel.UnmarshalText([]byte(s)); err != nil {
			bad(LogLevel, "%q is not a level (debug, info, warn, error)", s)
		}
	}
	if s := get(OpenSearchReplicas); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > 5 {
			bad(OpenSearchReplicas, "%q is not a number of replicas (0 to 5)", s)
		} else {
			c.OpenSearchReplicas = &n
		}
	}
	c.ReconcileSample = DefaultReconcileSample
	if s := get(ReconcileSample); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			bad(ReconcileSample, "%q is not a sample size (0 for the whole index)", s)
		} else {
			c.ReconcileSample = n
		}
	}
	if s := get(DeadLetterQueues); s != "" {
		c.DeadLetterQueues = map[string]string{}
		for _, pair := range strings.Split(s, ",") {
			name, u, ok := strings.Cut(strings.TrimSpace(pair), "=")
			if !ok || name == "" || checkURL(u) != nil || c.DeadLetterQueues[name] != "" {
				bad(DeadLetterQueues, "%q is not name=https://… once a name", pair)
				continue
			}
			c.DeadLetterQueues[name] = u
		}
	}
	if c.OriginSecret != "" && len(c.OriginSecret) < 16 {
		bad(OriginSecret, "too short to be a secret (at least 16 characters)")
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("config: %w", errors.Join(errs...))
	}
	return c, nil
}

var (
	stageRE  = regexp.MustCompile(`^[a-z][a-z0-9-]{0,30}$`)
	bucketRE = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)
	orgRE    = regexp.MustCompile(`^[A-Za-z0-9._-]{1,32}$`)
)

func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	if (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("%q is not an http(s) URL", s)
	}
	return nil
}
