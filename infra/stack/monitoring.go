package stack

import (
	"strings"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudwatch"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudwatchactions"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsdynamodb"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssns"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssnssubscriptions"
	"github.com/aws/aws-cdk-go/awscdk/v2/interfaces/interfacesawscloudwatch"
	"github.com/aws/jsii-runtime-go"

	"github.com/seoul-plaza/plaza/shared/emf"
)

// Plaza's own metrics are EMF records in the functions' log lines
// (shared/emf): their names, units and emitting functions are
// emf.Catalog, which the dashboard and alarms read, so the two cannot
// drift (TestDashboardShowsTheCatalogue).
const (
	// reviewOldestThreshold: a document should not wait for a person more
	// than three days.
	reviewOldestThreshold = 3 * 24 * 3600
	// releaseRatioThreshold: Seoul publishes some nine documents in ten,
	// so six in ten over 30 days is low whatever the trend;
	// releaseRatioFall: a fall of ten points from the 30 days before is
	// worth a look even above that floor. Fixed thresholds rather than
	// anomaly detection: the figures come once a night, a band would
	// take weeks of points to learn and would learn a slow slide as
	// normal, and the council's question is the level itself.
	releaseRatioThreshold = 0.6
	releaseRatioFall      = 0.1
	// oldestThreshold: a document should pass the pipeline in minutes; an
	// hour means something is stuck.
	oldestThreshold = 3600
)

func (p *Plaza) monitoring() {
	s := p.Stack
	five := awscdk.Duration_Minutes(jsii.Number(5))
	p.AlarmTopic = awssns.NewTopic(s, jsii.String("AlarmTopic"), &awssns.TopicProps{
		DisplayName: jsii.String("Plaza " + p.cfg.Stage + " alarms"),
		MasterKey:   p.Key,
		EnforceSSL:  jsii.Bool(true),
	})
	if p.cfg.AlarmEmail != "" {
		p.AlarmTopic.AddSubscription(awssnssubscriptions.NewEmailSubscription(jsii.String(p.cfg.AlarmEmail), nil))
	}
	action := awscloudwatchactions.NewSnsAction(p.AlarmTopic)
	alarm := func(id, desc string, m awscloudwatch.IMetric, threshold float64, op awscloudwatch.ComparisonOperator, periods float64, missing awscloudwatch.TreatMissingData) {
		a := awscloudwatch.NewAlarm(s, jsii.String(id), &awscloudwatch.AlarmProps{
			AlarmDescription:   jsii.String(desc),
			Metric:             m,
			Threshold:          jsii.Number(threshold),
			ComparisonOperator: op,
			EvaluationPeriods:  jsii.Number(periods),
			TreatMissingData:   missing,
		})
		a.AddAlarmAction(action)
		a.AddOkAction(action)
		p.Alarms = append(p.Alarms, a)
	}
	ge := awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD
	quiet := awscloudwatch.TreatMissingData_NOT_BREACHING

	for _, n := range p.DLQNames() {
		alarm(title(n)+"DLQAlarm", "Messages in the "+n+" dead-letter queue: inspect and replay them",
			p.DLQs[n].MetricApproximateNumberOfMessagesVisible(&awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Maximum")}),
			1, ge, 1, quiet)
	}
	// The monitor also reads every queue's depth on each run
	// (GetQueueAttributes: waiting, in flight and delayed) and logs their
	// total (emf.DeadLetters) and each queue's in its line. The queues'
	// own alarms fire at the first message; this one when dead letters
	// were left a whole day (every run of the day found some), so that an
	// alarm acknowledged and forgotten comes back. A day without runs is
	// not a breach: OldestUnprocessedAlarm covers a stopped monitor.
	p.deadLetterDepths()
	alarm("DeadLettersLeftAlarm", "Dead letters have waited a whole day (the monitor's line names the queues): re-drive them (go run ./infra/ops redrive) or discard them",
		p.emfMetric(Monitor, emf.DeadLetters, "Minimum").With(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Days(jsii.Number(1))}), 1, ge, 1, quiet)
	for _, n := range Functions() {
		fn := p.Functions[n]
		threshold := 1.0
		if n == API {
			threshold = 5 // a few failed requests are answered as 5xx and retried by clients
		}
		alarm(title(n)+"ErrorsAlarm", "The "+n+" function fails", fn.MetricErrors(&awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Sum")}), threshold, ge, 1, quiet)
		alarm(title(n)+"ThrottlesAlarm", "The "+n+" function is throttled", fn.MetricThrottles(&awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Sum")}), 1, ge, 1, quiet)
	}
	alarm("NotifyIteratorAgeAlarm", "notify lags behind the inquiries stream by more than 15 minutes",
		p.Functions[Notify].Metric(jsii.String("IteratorAge"), &awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Maximum")}),
		15*60*1000, ge, 1, quiet)
	// Missing data breaches: the monitor logs the age on every tick, even
	// when it is 0, so silence means the monitor itself is not running.
	alarm("OldestUnprocessedAlarm", "A document has waited more than an hour between the inbox and its outcome",
		p.emfMetric(Monitor, emf.OldestUnprocessed, "Maximum"), oldestThreshold, awscloudwatch.ComparisonOperator_GREATER_THAN_THRESHOLD, 3,
		awscloudwatch.TreatMissingData_BREACHING)
	// Nightly figures: a day's period; no data (a quiet night that rolled
	// nothing up still logs them) is not a breach.
	daily := func(name, stat string) awscloudwatch.Metric {
		return p.emfMetric(Monitor, name, stat).With(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Days(jsii.Number(1))})
	}
	alarm("ReviewOldestAlarm", "A document has waited more than three days for a person in review",
		daily(emf.ReviewOldest, "Maximum"), reviewOldestThreshold, awscloudwatch.ComparisonOperator_GREATER_THAN_THRESHOLD, 1, quiet)
	alarm("ReleaseRatioLowAlarm", "The release ratio of the last 30 days is below 60 %",
		daily(emf.ReleaseRatio30d, "Minimum"), releaseRatioThreshold, awscloudwatch.ComparisonOperator_LESS_THAN_THRESHOLD, 1, quiet)
	// The fall: the 30 days before less the last 30, both from the same
	// nightly line (the monitor emits no ratio for a window that received
	// nothing, so a new deployment is not a fall).
	alarm("ReleaseRatioFallingAlarm", "The release ratio of the last 30 days fell more than 10 points below the 30 days before",
		awscloudwatch.NewMathExpression(&awscloudwatch.MathExpressionProps{
			Expression: jsii.String("prior - recent"),
			UsingMetrics: &map[string]awscloudwatch.IMetric{
				"prior": daily(emf.ReleaseRatioPrior30d, "Minimum"), "recent": daily(emf.ReleaseRatio30d, "Minimum"),
			},
			Label:  jsii.String("release ratio fall (points)"),
			Period: awscdk.Duration_Days(jsii.Number(1)),
		}), releaseRatioFall, awscloudwatch.ComparisonOperator_GREATER_THAN_THRESHOLD, 1, quiet)
	alarm("ApiServerErrorsAlarm", "The HTTP API answers 5xx", p.API.MetricServerError(&awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Sum")}), 5, ge, 1, quiet)
	alarm("SearchRedAlarm", "The OpenSearch cluster is red", p.Domain.MetricClusterStatusRed(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1)), Statistic: jsii.String("Maximum")}), 1, ge, 1, quiet)
	alarm("SearchWritesBlockedAlarm", "The OpenSearch cluster blocks writes", p.Domain.MetricClusterIndexWritesBlocked(&awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Maximum")}), 1, ge, 1, quiet)
	// FreeStorageSpace is in MiB per node; alarm at a quarter of a volume.
	alarm("SearchStorageAlarm", "OpenSearch is running out of storage", p.Domain.MetricFreeStorageSpace(&awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Minimum")}),
		float64(p.cfg.SearchVolumeGiB)*1024/4, awscloudwatch.ComparisonOperator_LESS_THAN_OR_EQUAL_TO_THRESHOLD, 1, quiet)
	// Yellow: a replica is unassigned (dev runs no replicas, so it is
	// green when healthy). JVM memory pressure above 80 % for 15 minutes
	// precedes circuit breakers and blocked writes.
	alarm("SearchYellowAlarm", "The OpenSearch cluster is yellow (unassigned replica shards)", p.Domain.MetricClusterStatusYellow(&awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Maximum")}), 1, ge, 3, quiet)
	alarm("SearchJVMPressureAlarm", "OpenSearch JVM memory pressure is above 80 %", p.Domain.MetricJVMMemoryPressure(&awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Maximum")}), 80, ge, 3, quiet)
	// DynamoDB refuses requests (on-demand tables throttle on sudden
	// peaks and hot keys).
	for _, t := range []struct {
		id    string
		table awsdynamodb.Table
	}{{"Ledger", p.Ledger}, {"Inquiry", p.Inquiries}} {
		for _, m := range []string{"ReadThrottleEvents", "WriteThrottleEvents"} {
			alarm(t.id+"Table"+m+"Alarm", "DynamoDB throttles the "+t.id+" table ("+m+")",
				t.table.Metric(jsii.String(m), &awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Sum")}), 1, ge, 1, quiet)
		}
	}
	// SES reviews an account at a 5 % bounce or 0.1 % complaint rate and
	// may pause sending at 10 % and 0.5 %: alarm well before review.
	for _, m := range []struct {
		id, metric, desc string
		threshold        float64
	}{
		{"MailBounceRateAlarm", "Reputation.BounceRate", "SES bounce rate is above 4 % (review at 5 %)", 0.04},
		{"MailComplaintRateAlarm", "Reputation.ComplaintRate", "SES complaint rate is above 0.08 % (review at 0.1 %)", 0.0008},
	} {
		alarm(m.id, m.desc, awscloudwatch.NewMetric(&awscloudwatch.MetricProps{
			Namespace: jsii.String("AWS/SES"), MetricName: jsii.String(m.metric),
			Period: awscdk.Duration_Minutes(jsii.Number(15)), Statistic: jsii.String("Maximum"),
		}), m.threshold, ge, 1, quiet)
	}

	p.dashboard()
}

// deadLetterDepths tells the monitor every dead-letter queue, by name, and
// lets it read their attributes (not their messages).
func (p *Plaza) deadLetterDepths() {
	var pairs []string
	var arns []*string
	for _, n := range p.DLQNames() {
		pairs = append(pairs, n+"="+*p.DLQs[n].QueueUrl())
		arns = append(arns, p.DLQs[n].QueueArn())
	}
	p.Functions[Monitor].AddEnvironment(jsii.String(EnvDeadLetterQueues), jsii.String(strings.Join(pairs, ",")), nil)
	p.allow(Monitor, []string{"sqs:GetQueueAttributes"}, arns...)
}

// emfMetric is a metric a function writes in its log lines (shared/emf),
// in Plaza's namespace with the deployment and function as dimensions.
func (p *Plaza) emfMetric(fn, name, stat string) awscloudwatch.Metric {
	return awscloudwatch.NewMetric(&awscloudwatch.MetricProps{
		Namespace:     jsii.String(emf.Namespace),
		MetricName:    jsii.String(name),
		DimensionsMap: &map[string]*string{emf.Deployment: jsii.String(p.cfg.Stage), emf.Dimension: jsii.String(fn)},
		Statistic:     jsii.String(stat),
		Period:        awscdk.Duration_Minutes(jsii.Number(5)),
	})
}

func (p *Plaza) dashboard() {
	five := awscdk.Duration_Minutes(jsii.Number(5))
	opt := func(stat string) *awscloudwatch.MetricOptions {
		return &awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String(stat)}
	}
	var invocations, errors, durations, dlqs []awscloudwatch.IMetric
	for _, n := range Functions() {
		fn := p.Functions[n]
		invocations = append(invocations, fn.MetricInvocations(opt("Sum")))
		errors = append(errors, fn.MetricErrors(opt("Sum")))
		durations = append(durations, fn.MetricDuration(opt("p95")))
	}
	for _, n := range p.DLQNames() {
		dlqs = append(dlqs, p.DLQs[n].MetricApproximateNumberOfMessagesVisible(&awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Maximum"), Label: jsii.String(n)}))
	}
	m := p.emfMetric
	var states []awscloudwatch.IMetric
	for _, st := range emf.States() {
		states = append(states, m(Monitor, emf.DocumentsPrefix+st, "Maximum").With(&awscloudwatch.MetricOptions{Label: jsii.String(st)}))
	}
	graph := func(title string, left []awscloudwatch.IMetric) awscloudwatch.IWidget {
		return awscloudwatch.NewGraphWidget(&awscloudwatch.GraphWidgetProps{Title: jsii.String(title), Left: &left, Width: jsii.Number(8)})
	}
	p.Dashboard = awscloudwatch.NewDashboard(p.Stack, jsii.String("Dashboard"), &awscloudwatch.DashboardProps{
		DashboardName: p.Stack.StackName(),
		Widgets: &[]*[]awscloudwatch.IWidget{
			{
				graph("Oldest unprocessed document (s)", []awscloudwatch.IMetric{m(Monitor, emf.OldestUnprocessed, "Maximum")}),
				graph("Monitor: released, driven on, reconciled, mismatches", []awscloudwatch.IMetric{
					m(Monitor, emf.Released, "Sum"), m(Monitor, emf.Redriven, "Sum"), m(Monitor, emf.Reconciled, "Sum"), m(Monitor, emf.Mismatches, "Maximum"),
				}),
				graph("Published and retracted (public bucket events)", []awscloudwatch.IMetric{
					p.Functions[Index].MetricInvocations(opt("Sum")),
				}),
			},
			{
				graph("Review backlog and its oldest (s)", []awscloudwatch.IMetric{
					m(Monitor, emf.ReviewBacklog, "Maximum"), m(Monitor, emf.ReviewOldest, "Maximum"),
				}),
				graph("Release ratio: whole, last 30 days, the 30 before", []awscloudwatch.IMetric{
					m(Monitor, emf.ReleaseRatio, "Minimum"), m(Monitor, emf.ReleaseRatio30d, "Minimum"), m(Monitor, emf.ReleaseRatioPrior30d, "Minimum"),
				}),
				graph("Published, and personal data masked per type", []awscloudwatch.IMetric{
					m(Redact, emf.Published, "Sum"),
					awscloudwatch.NewMathExpression(&awscloudwatch.MathExpressionProps{
						Expression:   jsii.String("SEARCH('{" + emf.Namespace + "," + emf.Deployment + "," + emf.Dimension + "} " + strings.TrimSuffix(emf.PersonalDataPrefix, ".") + " " + emf.Dimension + "=\"" + Redact + "\" " + emf.Deployment + "=\"" + p.cfg.Stage + "\"', 'Sum', 300)"),
						UsingMetrics: &map[string]awscloudwatch.IMetric{},
						Label:        jsii.String("personal data masked"),
						Period:       five,
					}),
				}),
			},
			{
				graph("Stage latency from the inbox, p95 (ms)", []awscloudwatch.IMetric{
					m(Redact, emf.ReceivedToPublished, "p95"), m(Index, emf.ReceivedToIndexed, "p95"),
				}),
				graph("Documents per state", states),
				graph("Citizens' questions: open, near and past the deadline", []awscloudwatch.IMetric{
					m(Monitor, emf.InquiriesOpen, "Maximum"), m(Monitor, emf.InquiriesDueSoon, "Maximum"), m(Monitor, emf.InquiriesOverdue, "Maximum"),
				}),
			},
			{graph("Invocations", invocations), graph("Errors", errors), graph("Duration p95 (ms)", durations)},
			{
				graph("Dead letters: all queues (monitor), each queue (SQS)", append([]awscloudwatch.IMetric{m(Monitor, emf.DeadLetters, "Maximum").With(&awscloudwatch.MetricOptions{Label: jsii.String("all queues")})}, dlqs...)),
				graph("API requests and errors", []awscloudwatch.IMetric{p.API.MetricCount(opt("Sum")), p.API.MetricClientError(opt("Sum")), p.API.MetricServerError(opt("Sum"))}),
				graph("Search cluster", []awscloudwatch.IMetric{p.Domain.MetricClusterStatusRed(opt("Maximum")), p.Domain.MetricClusterStatusYellow(opt("Maximum")), p.Domain.MetricSearchLatency(opt("p95"))}),
			},
			{awscloudwatch.NewAlarmStatusWidget(&awscloudwatch.AlarmStatusWidgetProps{Title: jsii.String("Alarms"), Alarms: p.alarmRefs(), Width: jsii.Number(24)})},
		},
	})
}

func (p *Plaza) alarmRefs() *[]interfacesawscloudwatch.IAlarmRef {
	out := make([]interfacesawscloudwatch.IAlarmRef, len(p.Alarms))
	for i, a := range p.Alarms {
		out[i] = a
	}
	return &out
}
