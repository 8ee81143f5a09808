package stack

import (
	"strings"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsdynamodb"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsopensearchservice"
	"github.com/aws/aws-cdk-go/awscdk/v2/awss3"
	"github.com/aws/jsii-runtime-go"

	inquiryddb "github.com/seoul-plaza/plaza/shared/inquiry/dynamodb"
	inquirykms "github.com/seoul-plaza/plaza/shared/inquiry/kms"
	ledgerddb "github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
)

// Action sets are written out rather than granted through the L2 grant
// helpers, whose wildcards (s3:GetObject*, s3:Abort*, kms:ReEncrypt*)
// allow more than any function needs.

// ledgerWriter returns the actions of a conditional read-modify-write,
// plus extra ones.
func ledgerWriter(extra ...string) []string {
	return append([]string{"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem", "dynamodb:Query"}, extra...)
}

func tableReader() []string { return []string{"dynamodb:GetItem", "dynamodb:Query"} }

// allow adds one statement to a function's role.
func (p *Plaza) allow(fn string, actions []string, resources ...*string) {
	p.Functions[fn].Role().AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings(actions...),
		Resources: &resources,
	}))
}

// objects are the ARNs of the objects under the prefixes of a bucket.
func objects(b awss3.Bucket, prefixes ...string) []*string {
	arns := make([]*string, len(prefixes))
	for i, pre := range prefixes {
		arns[i] = b.ArnForObjects(jsii.String(pre + "*"))
	}
	return arns
}

// tableAndIndexes are the ARNs of a table and of each of its indexes,
// named one by one rather than as index/*.
func tableAndIndexes(t awsdynamodb.Table, indexes []string) []*string {
	arns := []*string{t.TableArn()}
	for _, ix := range indexes {
		arns = append(arns, jsii.String(*t.TableArn()+"/index/"+ix))
	}
	return arns
}

// sealer lets a function seal or open inquiry contact data with the data
// key: only with the encryption context inquiry/kms binds (key "plaza").
func (p *Plaza) sealer(fn string, actions ...string) {
	p.Functions[fn].Role().AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings(actions...),
		Resources: &[]*string{p.Key.KeyArn()},
		Conditions: &map[string]interface{}{"ForAnyValue:StringEquals": map[string]interface{}{
			"kms:EncryptionContextKeys": inquirykms.ContextKey,
		}},
	}))
}

// permissions grants each function exactly what its stage does. No
// function may write the bucket prefix (or table) it is triggered from;
// the stack test checks that over the synthesized policies.
func (p *Plaza) permissions() {
	key := p.Key.KeyArn()
	ledger := tableAndIndexes(p.Ledger, indexNames(ledgerddb.Schema("")))
	inquiries := tableAndIndexes(p.Inquiries, indexNames(inquiryddb.Schema("")))
	read := func(fn string, b awss3.Bucket, prefixes ...string) {
		p.allow(fn, []string{"s3:GetObject"}, objects(b, prefixes...)...)
	}
	write := func(fn string, b awss3.Bucket, prefixes ...string) {
		p.allow(fn, []string{"s3:PutObject"}, objects(b, prefixes...)...)
	}
	del := func(fn string, b awss3.Bucket, prefixes ...string) {
		p.allow(fn, []string{"s3:DeleteObject"}, objects(b, prefixes...)...)
	}
	// ListBucket lets a HEAD of a missing key answer 404 rather than 403,
	// which the idempotency checks rely on, and lets the monitor list.
	list := func(fn string, bs ...awss3.Bucket) {
		arns := make([]*string, len(bs))
		for i, b := range bs {
			arns[i] = b.BucketArn()
		}
		p.allow(fn, []string{"s3:ListBucket"}, arns...)
	}
	// The buckets' key, only as S3 uses it on the function's behalf
	// (kms:ViaService): a direct kms:Decrypt call, which would bypass the
	// encryption context inquiry sealing binds (sealer), is not granted.
	viaS3 := func(fn string, actions ...string) {
		p.Functions[fn].Role().AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions:   jsii.Strings(actions...),
			Resources: &[]*string{key},
			Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{
				"kms:ViaService": awscdk.Fn_Sub(jsii.String("s3.${AWS::Region}.amazonaws.com"), nil),
			}},
		}))
	}
	decrypt := func(fn string) { viaS3(fn, "kms:Decrypt") }
	encrypt := func(fn string) { viaS3(fn, "kms:Decrypt", "kms:GenerateDataKey") }

	// The three stages, as grants on a role: each stage's function gets
	// its own, and the monitor all three, because its tick drives stuck
	// documents on by running the stage handlers in process
	// (pipeline.Tick, Reconcile).
	ingest := func(fn string) {
		// inbox → work: staged, withheld (scheduled or held), review
		// (grade needs a person, with its redacted candidate and the
		// staff-only report) or rejected.
		read(fn, p.Inbox, "")
		write(fn, p.Work, PrefixStaged, PrefixWithheld, PrefixReview, PrefixReports, PrefixRejected)
		list(fn, p.Inbox, p.Work)
		encrypt(fn)
		p.allow(fn, ledgerWriter(), ledger...)
	}
	redact := func(fn string) {
		// work/staged → public/documents, or work/review; always a
		// staff-only report in work/reports.
		read(fn, p.Work, PrefixStaged, PrefixMasks, PrefixPublished)
		write(fn, p.Work, PrefixReview, PrefixReports, PrefixPublished)
		write(fn, p.Public, PrefixDocuments)
		list(fn, p.Work, p.Public)
		encrypt(fn)
		p.allow(fn, ledgerWriter(), ledger...)
	}
	index := func(fn string) {
		// public/documents → OpenSearch (and out of it on deletion).
		// It checks the texts masked after publication before indexing,
		// and reads the learnt boilerplate lines it weighs nothing.
		read(fn, p.Public, PrefixDocuments)
		read(fn, p.Work, PrefixMasks, PrefixBoilerplate)
		list(fn, p.Public, p.Work)
		decrypt(fn)
		p.allow(fn, ledgerWriter(), ledger...)
		p.searchGrants(fn)
	}
	ingest(Ingest)
	redact(Redact)
	index(Index)

	// api: reads public documents and search; staff release reviewed
	// documents (public/documents) and retract them (delete, which the
	// index function follows), read review items and reports, keep the
	// audit log of review actions (audit/) and send documents back to
	// their department with a notice (rejected/).
	read(API, p.Public, PrefixDocuments)
	write(API, p.Public, PrefixDocuments)
	del(API, p.Public, PrefixDocuments)
	read(API, p.Work, PrefixReview, PrefixReports, PrefixAudit, PrefixLeaks, PrefixLeaksSent, PrefixMasks, PrefixPublished, PrefixStats)
	write(API, p.Work, PrefixAudit, PrefixRejected, PrefixLeaks, PrefixLeaksSent, PrefixMasks, PrefixPublished)
	del(API, p.Work, PrefixReview, PrefixMasks, PrefixLeaks)
	list(API, p.Work, p.Public)
	encrypt(API)
	// Citizens' feedback (votes, ratings, surveys: written, and listed for
	// the statistics) and subscription requests (written, confirmed,
	// deleted on unsubscribe; notify sends their mail).
	read(API, p.Work, PrefixFeedback, PrefixSubscriptions)
	write(API, p.Work, PrefixFeedback, PrefixSubscriptions)
	del(API, p.Work, PrefixSubscriptions)
	p.allow(API, ledgerWriter("dynamodb:DeleteItem", "dynamodb:Scan"), ledger...)
	p.allow(API, ledgerWriter("dynamodb:DeleteItem"), inquiries...)
	p.sealer(API, "kms:Encrypt", "kms:Decrypt")
	p.searchGrants(API)

	// notify: triggered by the insertion of inquiry events (EVT# items)
	// on the inquiries stream. It writes only message claims (MSG#),
	// rate-limit counters (CNT#) and the delivery mark on an existing
	// event (a conditional put: a MODIFY record), none of which its
	// stream filter admits; secrets (SECRET#) stay out of its reach.
	p.allow(Notify, tableReader(), inquiries...)
	p.Functions[Notify].Role().AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"),
		Resources: &[]*string{p.Inquiries.TableArn()},
		Conditions: &map[string]interface{}{"ForAllValues:StringLike": map[string]interface{}{
			"dynamodb:LeadingKeys": []string{"MSG#*", "CNT#*", "INQ#*"},
		}},
	}))
	p.sealer(Notify, "kms:Decrypt")
	// Leak reports: notify reads each new version (leaks/) and marks the
	// notices it sent (leaks-sent/).
	read(Notify, p.Work, PrefixLeaks, PrefixLeaksSent)
	write(Notify, p.Work, PrefixLeaksSent)
	list(Notify, p.Work)
	encrypt(Notify)
	p.allow(Notify, []string{"ses:SendEmail", "ses:SendRawEmail"}, p.mailIdentity.EmailIdentityArn(),
		awscdk.Fn_Sub(jsii.String("arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:configuration-set/${Set}"),
			&map[string]*string{"Set": p.mailConfig.ConfigurationSetName()}))
	// Subscriptions: notify reads each request (subscriptions/, its
	// trigger, which it never writes or deletes) to send its
	// confirmation, lists and reads them all for the weekly digest, and
	// searches the week's documents.
	read(Notify, p.Work, PrefixSubscriptions)
	p.searchGrants(Notify)
	// SMS to a phone number has no resource ARN to scope to.
	p.allow(Notify, []string{"sns:Publish"}, jsii.String("*"))

	// monitor: releases withheld documents when due (withheld → staged,
	// which starts redact), drives stuck documents on and ingests
	// envelopes the ledger never saw (in process: all three stages),
	// and runs the inquiries' reminders and retention.
	ingest(Monitor)
	redact(Monitor)
	index(Monitor)
	read(Monitor, p.Work, PrefixWithheld)
	// An approval lost between its ledger record and its public object is
	// written again from the review item and its audit log.
	read(Monitor, p.Work, PrefixReview, PrefixAudit)
	list(Monitor, p.Public)
	// Leak reports' texts and contacts are purged after their retention
	// (a new version without them; the older versions deleted).
	read(Monitor, p.Work, PrefixLeaks)
	write(Monitor, p.Work, PrefixLeaks)
	del(Monitor, p.Work, PrefixLeaks)
	// The nightly roll-up of the release statistics (stats/), read from
	// the ledger's change feed, and the lines each department repeats,
	// relearnt nightly (boilerplate/, read back through index() so that
	// only what changed is written). One statement: the monitor's policy
	// is near IAM's inline size limit.
	read(Monitor, p.Work, PrefixStats)
	write(Monitor, p.Work, PrefixStats, PrefixBoilerplate)
	// Subscription requests left unconfirmed for seven days are deleted,
	// sealed address and all.
	read(Monitor, p.Work, PrefixSubscriptions)
	del(Monitor, p.Work, PrefixSubscriptions)
	p.allow(Monitor, []string{"dynamodb:Scan"}, ledger...)
	p.allow(Monitor, ledgerWriter("dynamodb:DeleteItem"), inquiries...)
	// The daily usage figures (stats/usage/) are counted from CloudFront's
	// standard logs; the log bucket's lifecycle rule expires them.
	read(Monitor, p.Log, PrefixCloudFrontLogs)
	list(Monitor, p.Log)
	// and from API Gateway's access log, for the hours CloudFront's miss.
	p.allow(Monitor, []string{"logs:FilterLogEvents"}, p.apiAccessLogs.LogGroupArn())
	p.searchGrants(Setup)
	p.searchPolicy()
}

// SearchGrant is what one role may send to the search domain: HTTP verbs
// (es:ESHttp…) on paths under the domain (the resource is
// domain/<name>/<path>).
type SearchGrant struct {
	Verbs []string
	Paths []string
}

// SearchGrants lists, per function, the requests it sends to OpenSearch
// (shared/search/opensearch), and no more:
//   - index and monitor write documents through the alias (_doc, _bulk,
//     _refresh) and read them (_search, _doc);
//   - the api searches and reads documents through the alias (_search,
//     _doc) and can write nothing;
//   - setup, the master user of fine-grained access control, installs
//     the roles, audit configuration, template and first index at
//     deployment.
func SearchGrants() map[string][]SearchGrant {
	alias := SearchAlias
	writer := []SearchGrant{{Verbs: []string{"GET", "HEAD", "PUT", "POST", "DELETE"}, Paths: []string{alias + "/*"}}}
	reader := []SearchGrant{
		{Verbs: []string{"GET", "POST"}, Paths: []string{alias + "/_search"}},
		{Verbs: []string{"GET", "HEAD"}, Paths: []string{alias + "/_doc/*"}},
	}
	return map[string][]SearchGrant{
		Index:   writer,
		Monitor: writer,
		API:     reader,
		// notify searches the week's new documents for the digest.
		Notify: reader,
		Setup:  {{Verbs: []string{"GET", "HEAD", "PUT", "POST", "DELETE", "PATCH"}, Paths: []string{"*"}}},
	}
}

// esActions turns HTTP verbs into es:ESHttp… actions.
func esActions(verbs []string) []string {
	out := make([]string, len(verbs))
	for i, v := range verbs {
		out[i] = "es:ESHttp" + v[:1] + strings.ToLower(v[1:])
	}
	return out
}

// searchGrants adds fn's SearchGrants to its role.
func (p *Plaza) searchGrants(fn string) {
	for _, g := range SearchGrants()[fn] {
		res := make([]*string, len(g.Paths))
		for i, path := range g.Paths {
			res[i] = jsii.String(*p.Domain.DomainArn() + "/" + path)
		}
		p.allow(fn, esActions(g.Verbs), res...)
	}
}

// searchPolicy writes the domain's access policy. Within one account the
// domain's policy grants on its own, so it admits each role to exactly its
// SearchGrants, like the role's own policy, and it denies outright (an
// explicit deny holds whatever any identity policy says) what the roles
// that handle outside input must never do: the api writing anything, and
// any function but setup touching the security plugin, templates, aliases,
// snapshots or the cluster settings. Fine-grained access control maps the
// same roles to the writer and reader roles (searchSetup) as a second,
// independent layer.
func (p *Plaza) searchPolicy() {
	arn := func(path string) *string { return jsii.String(*p.domainArn() + "/" + path) }
	role := func(fns ...string) map[string]interface{} {
		arns := make([]interface{}, len(fns))
		for i, fn := range fns {
			arns[i] = p.Functions[fn].Role().RoleArn()
		}
		return map[string]interface{}{"AWS": arns}
	}
	var statements []interface{}
	for _, fn := range []string{Index, Monitor, API, Notify, Setup} {
		for _, g := range SearchGrants()[fn] {
			res := make([]interface{}, len(g.Paths))
			for i, path := range g.Paths {
				res[i] = arn(path)
			}
			statements = append(statements, map[string]interface{}{
				"Effect": "Allow", "Principal": role(fn), "Action": esActions(g.Verbs), "Resource": res,
			})
		}
	}
	statements = append(statements,
		map[string]interface{}{
			"Sid": "ApiNeverWrites", "Effect": "Deny", "Principal": role(API, Notify),
			"Action":   esActions([]string{"PUT", "DELETE", "PATCH"}),
			"Resource": []interface{}{p.domainArn(), arn("*")},
		},
		map[string]interface{}{
			"Sid": "ApiPostsOnlySearches", "Effect": "Deny", "Principal": role(API, Notify),
			"Action":   esActions([]string{"POST"}),
			"Resource": []interface{}{arn("_bulk"), arn("*/_bulk"), arn("*/_doc/*"), arn("*/_update/*"), arn("*/_delete_by_query"), arn("*/_update_by_query"), arn("_reindex")},
		},
		map[string]interface{}{
			"Sid": "OnlySetupAdministers", "Effect": "Deny", "Principal": role(Index, Monitor, API, Notify),
			"Action":   []string{"es:ESHttp*"},
			"Resource": []interface{}{arn("_plugins/*"), arn("_opendistro/*"), arn("_index_template/*"), arn("_template/*"), arn("_aliases"), arn("*/_alias/*"), arn("_snapshot/*"), arn("_cluster/*"), arn("_reindex")},
		},
	)
	p.Domain.Node().DefaultChild().(awsopensearchservice.CfnDomain).SetAccessPolicies(map[string]interface{}{
		"Version":   "2012-10-17",
		"Statement": statements,
	})
}
