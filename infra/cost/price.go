package cost

import "fmt"

// Line is one row of a cost table.
type Line struct {
	Item     string
	Quantity float64 // per document, or per month for fixed lines
	Unit     string
	Dollars  float64 // per million documents, or per month
	Basis    string  // how the quantity is known: measured, counted in code, assumed
}

// HoursPerMonth is the month the fixed costs are priced over.
const HoursPerMonth = 730

// PlatformLogBytes is what Lambda itself logs per invocation (START, END
// and REPORT lines): an ASSUMPTION of ~300 bytes.
const PlatformLogBytes = 300

// EventBytes is the size of one S3 object event as EventBridge archives
// it: an ASSUMPTION (~1.1 KB of JSON, most of it ARNs and ids).
const EventBytes = 1100

// PerMillion prices a million documents of the model's kind.
func (m Model) PerMillion() []Line {
	p := m.Prices
	calls := ForFiles(m.Measured.Files)
	total := Total(calls)
	dur := m.Durations()
	const M = 1e6
	var ls []Line
	ls = append(ls, Line{"Lambda requests", Invocations, "invocations", Invocations * p.LambdaRequest * M, "counted in code: one per stage"})
	for _, s := range stages() {
		gbs := m.Stack.Memory[s] / 1024 * dur[s].Seconds()
		ls = append(ls, Line{fmt.Sprintf("Lambda %s (%.0f MB, %.0f ms)", s, m.Stack.Memory[s], ms(dur[s])), gbs, "GB-s", gbs * p.LambdaGBSecondARM * M,
			fmt.Sprintf("%.1f ms measured here × %.2f CPU share + %.0f ms AWS latency assumed", ms(m.Measured.Compute[s]), 1/min(1, m.Stack.Memory[s]/FullCPUMiB), ms(m.Latency.Wait(calls[s])))})
	}
	put := float64(total.S3Put + total.S3List + 1 + m.Measured.Files)
	get := float64(total.S3Get + total.S3Head)
	ls = append(ls,
		Line{"S3 PUT/LIST", put, "requests", put * p.S3PutClass * M, "counted (adapters) + the sender's uploads"},
		Line{"S3 GET/HEAD", get, "requests", get * p.S3GetClass * M, "counted (adapters)"})
	dyn := DynamoUnits(total, m.Measured.RecordMax)
	ls = append(ls,
		Line{"DynamoDB writes", dyn.WRU, "WRU", dyn.WRU * p.DynamoWRU * M, fmt.Sprintf("counted calls; records ≤ %d B measured; transactions and 2 GSIs", m.Measured.RecordMax)},
		Line{"DynamoDB reads", dyn.RRU, "RRU", dyn.RRU * p.DynamoRRU * M, "counted calls; strongly consistent"})
	events := float64(1 + m.Measured.Files + total.S3Put)
	ls = append(ls, Line{"EventBridge (S3 events)", events, "events", events * p.EventBridgeAWSEvent * M, "counted: one per object written; S3 events are opt-in data events, billed"})
	ls = append(ls, Line{"EventBridge archive (replays)", events * EventBytes, "bytes", events * EventBytes / 1e9 * p.ArchiveGB * M, "counted events × 1.1 KB assumed"})
	ls = append(ls, Line{"OpenSearch", float64(total.IndexDocs), "index requests", 0, "counted; paid by the instance hour (fixed)"})
	var logs float64
	for _, s := range stages() {
		logs += float64(m.Measured.LogBytes[s] + PlatformLogBytes)
	}
	ls = append(ls, Line{"CloudWatch Logs ingestion", logs, "bytes", logs / 1e9 * p.LogsIngestGB * M, "the stages' lines measured here + 300 B per invocation assumed"})
	ls = append(ls, Line{"SES e-mail / SNS SMS", 0, "messages", 0, "counted in code: no stage notifies (notify runs on inquiries, leaks, subscriptions)"})
	ls = append(ls, Line{"KMS requests", 0, "requests", 0, "assumed ≈0: the data buckets use S3 bucket keys"})
	return ls
}

// Sum adds the dollars of ls.
func Sum(ls []Line) float64 {
	var t float64
	for _, l := range ls {
		t += l.Dollars
	}
	return t
}

// Fixed is the monthly cost of the stage's stack with no traffic.
func (m Model) Fixed() []Line {
	s, p := m.Stack, m.Prices
	ls := []Line{
		{fmt.Sprintf("OpenSearch data nodes (%d × %s)", s.SearchDataNodes, s.SearchType), float64(s.SearchDataNodes * HoursPerMonth), "instance-hours",
			float64(s.SearchDataNodes*HoursPerMonth) * p.SearchHour[s.SearchType], "infra/stack settings × price"},
		{fmt.Sprintf("OpenSearch storage (%d × %d GiB gp3)", s.SearchDataNodes, s.SearchVolumeGiB), float64(s.SearchDataNodes * s.SearchVolumeGiB), "GB-month",
			float64(s.SearchDataNodes*s.SearchVolumeGiB) * p.SearchGP3GBMonth, "infra/stack settings × price"},
	}
	if s.SearchMasters > 0 {
		ls = append(ls, Line{fmt.Sprintf("OpenSearch masters (%d × %s)", s.SearchMasters, s.SearchMasterType), float64(s.SearchMasters * HoursPerMonth), "instance-hours",
			float64(s.SearchMasters*HoursPerMonth) * p.SearchHour[s.SearchMasterType], "infra/stack settings × price"})
	}
	ls = append(ls,
		Line{"KMS keys", float64(s.KMSKeys), "keys", float64(s.KMSKeys) * p.KMSKeyMonth, "counted in the synthesized template"},
		Line{"Secrets Manager", float64(s.Secrets), "secrets", float64(s.Secrets) * p.SecretMonth, "counted in the synthesized template"},
		Line{"CloudWatch alarms", float64(s.Alarms), "alarms", float64(s.Alarms) * p.AlarmMonth, "counted in the synthesized template"},
		Line{"CloudWatch dashboard", float64(s.Dashboards), "dashboards", float64(s.Dashboards) * p.DashboardMonth, "counted in the synthesized template"},
	)
	if s.WAF {
		ls = append(ls, Line{fmt.Sprintf("WAF web ACL + %d rules", s.WAFRules), 1, "web ACL", p.WAFACLMonth + float64(s.WAFRules)*p.WAFRuleMonth, "read in infra/stack"})
	}
	ls = append(ls, Line{"NAT, CloudFront, API Gateway, Cognito, SQS, Lambda idle", 0, "", 0, "no VPC; the rest is paid per use"})
	return ls
}

// SearchBytesFactor is the index's size per copy relative to the public
// document's JSON (nori tokens, stored fields, doc values): an
// ASSUMPTION, to be read off the domain's _cat/indices after a backfill.
const SearchBytesFactor = 1.5

// Archive is the monthly cost of holding docs documents once they are in,
// with perDay more arriving (for the logs, kept for the stage's retention).
func (m Model) Archive(docs, perDay float64) []Line {
	p, me := m.Prices, m.Measured
	const GB = 1e9
	s3 := float64(me.Stored+me.Sent) * docs / GB
	// The table holds the record, projected whole into two indexes; change
	// items expire after 35 days.
	dyn := float64(me.RecordMax) * 3 * docs / GB
	var logPerDoc float64
	for _, s := range stages() {
		logPerDoc += float64(me.LogBytes[s] + PlatformLogBytes)
	}
	logs := logPerDoc * perDay * float64(m.Stack.LogRetentionDays) / GB
	events := float64(1+me.Files+Total(ForFiles(me.Files)).S3Put) * EventBytes * perDay * float64(m.Stack.EventArchiveDays) / GB
	return []Line{
		{"S3 Standard (originals, staged, reports, public)", s3, "GB", s3 * p.S3StorageGBMonth,
			fmt.Sprintf("%d + %d B per document measured; originals tier down after 30 days, so an upper bound", me.Sent, me.Stored)},
		{"DynamoDB storage (ledger and 2 GSIs)", dyn, "GB", dyn * p.DynamoStorageMonth, "largest record measured × 3"},
		{"DynamoDB point-in-time recovery", dyn, "GB", dyn * p.DynamoPITRMonth, "as above"},
		{fmt.Sprintf("CloudWatch Logs kept %d days", m.Stack.LogRetentionDays), logs, "GB", logs * p.LogsStoreGB, "log bytes per document × documents a day × retention"},
		{fmt.Sprintf("EventBridge archive kept %d days", m.Stack.EventArchiveDays), events, "GB", events * p.ArchiveGBMonth, "events per document × 1.1 KB assumed × documents a day × retention"},
	}
}

// SearchGB is the index size of docs documents, all copies, against the
// domain's volumes (the OpenSearch storage alarm fires at 25 % free).
func (m Model) SearchGB(docs float64) (need, have float64) {
	s := m.Stack
	need = float64(m.Measured.Public) * SearchBytesFactor * docs * float64(1+s.SearchReplicas) / 1e9
	return need, float64(s.SearchDataNodes * s.SearchVolumeGiB)
}
