package emf

import (
	"encoding/json"
	"fmt"
	"strings"
)

// The names of Plaza's metrics. The code that emits one uses its constant,
// and so does infra/stack's dashboard: Catalog ties the two, and the
// tests of each side check against it, so neither can drift.
const (
	// Published counts documents published (redact).
	Published = "Published"
	// PersonalDataPrefix starts one metric per type of personal data
	// masked ("PersonalData.rrn"): the types are the redactor's.
	PersonalDataPrefix = "PersonalData."
	// ReceivedToPublished and ReceivedToIndexed are the stage latencies
	// of a version (redact, index), from its receipt.
	ReceivedToPublished = "ReceivedToPublished"
	ReceivedToIndexed   = "ReceivedToIndexed"

	// The monitor's, on every run: the age of the oldest document
	// between stages (0 when there is none), and the documents released
	// from withheld and driven on.
	OldestUnprocessed = "OldestUnprocessedDocumentAge"
	Released          = "Released"
	Redriven          = "Redriven"
	// On the runs that reconcile: the inbox envelopes the ledger had not
	// seen, and every mismatch found.
	Reconciled = "Reconciled"
	Mismatches = "Mismatches"
	// On the runs that roll the statistics up (nightly on AWS): the
	// review backlog and its oldest document's wait, the release ratio of
	// the whole ledger, of the documents received in the last 30 days and
	// in the 30 before them (each only when that window received any),
	// and the documents per state (DocumentsPrefix + state).
	ReviewBacklog        = "ReviewBacklog"
	ReviewOldest         = "ReviewOldestAge"
	ReleaseRatio         = "ReleaseRatio"
	ReleaseRatio30d      = "ReleaseRatio30d"
	ReleaseRatioPrior30d = "ReleaseRatioPrior30d"
	DocumentsPrefix      = "Documents."
	// With an inquiry table: questions open, those in their reminder
	// window (near the deadline) and those past it.
	InquiriesOpen    = "InquiriesOpen"
	InquiriesDueSoon = "InquiriesDueSoon"
	InquiriesOverdue = "InquiriesOverdue"
	// DeadLetters is the messages held in all the dead-letter queues
	// (waiting, in flight and delayed), on every run that could read them
	// all: events a stage gave up on, to inspect and re-drive.
	DeadLetters = "DeadLetters"
)

// More units.
const (
	Seconds = "Seconds"
	None    = "None"
)

// States are the document states the monitor counts (DocumentsPrefix +
// state): the keys of stats.Ops.States.
func States() []string {
	return []string{"published", "closed", "withheld", "review", "rejected", "retracted", "pending"}
}

// Def is one metric: the function that emits it, its name and unit.
type Def struct {
	Function, Name, Unit string
	// Prefix: Name starts a family of metrics (PersonalDataPrefix) whose
	// members the emitter names at run time.
	Prefix bool
	// Level: a Count that each run reads afresh (DeadLetters), not one
	// of things the run did: a gauge, never summed over runs.
	Level bool
}

// Catalog lists every metric Plaza's functions emit.
func Catalog() []Def {
	out := []Def{
		{Function: "redact", Name: Published, Unit: Count},
		{Function: "redact", Name: PersonalDataPrefix, Unit: Count, Prefix: true},
		{Function: "redact", Name: ReceivedToPublished, Unit: Milliseconds},
		{Function: "index", Name: ReceivedToIndexed, Unit: Milliseconds},
		{Function: "monitor", Name: OldestUnprocessed, Unit: Seconds},
		{Function: "monitor", Name: Released, Unit: Count},
		{Function: "monitor", Name: Redriven, Unit: Count},
		{Function: "monitor", Name: Reconciled, Unit: Count},
		{Function: "monitor", Name: Mismatches, Unit: Count},
		{Function: "monitor", Name: ReviewBacklog, Unit: Count},
		{Function: "monitor", Name: ReviewOldest, Unit: Seconds},
		{Function: "monitor", Name: ReleaseRatio, Unit: None},
		{Function: "monitor", Name: ReleaseRatio30d, Unit: None},
		{Function: "monitor", Name: ReleaseRatioPrior30d, Unit: None},
		{Function: "monitor", Name: InquiriesOpen, Unit: Count},
		{Function: "monitor", Name: InquiriesDueSoon, Unit: Count},
		{Function: "monitor", Name: InquiriesOverdue, Unit: Count},
		{Function: "monitor", Name: DeadLetters, Unit: Count, Level: true},
	}
	for _, s := range States() {
		out = append(out, Def{Function: "monitor", Name: DocumentsPrefix + s, Unit: Count})
	}
	return out
}

// Lookup finds the definition of a metric a function emits: by its name,
// or by the prefix of its family.
func Lookup(fn, name string) (Def, bool) {
	for _, d := range Catalog() {
		if d.Function != fn {
			continue
		}
		if (!d.Prefix && d.Name == name) || (d.Prefix && strings.HasPrefix(name, d.Name) && len(name) > len(d.Name)) {
			return d, true
		}
	}
	return Def{}, false
}

// Record is what CloudWatch reads from one log line: the function and
// deployment it names and each metric's value and unit.
type Record struct {
	Function, Deployment string
	Values               map[string]float64
	Units                map[string]string
}

// Read reads an EMF line as CloudWatch would; ok is false for a line that
// is not one. An EMF line whose metric has no numeric value is an error:
// CloudWatch would drop it.
func Read(line []byte) (rec Record, ok bool, err error) {
	var l map[string]any
	if err := json.Unmarshal(line, &l); err != nil {
		return rec, false, err
	}
	aws, _ := l["_aws"].(map[string]any)
	if aws == nil {
		return rec, false, nil
	}
	raw, _ := json.Marshal(aws["CloudWatchMetrics"])
	var ds []directive
	if err := json.Unmarshal(raw, &ds); err != nil || len(ds) != 1 || ds[0].Namespace != Namespace {
		return rec, true, fmt.Errorf("emf: directive %s", raw)
	}
	rec.Function, _ = l[Dimension].(string)
	rec.Deployment, _ = l[Deployment].(string)
	rec.Values, rec.Units = map[string]float64{}, map[string]string{}
	for _, m := range ds[0].Metrics {
		v, isNum := l[m.Name].(float64)
		if !isNum {
			return rec, true, fmt.Errorf("emf: %s has no numeric value", m.Name)
		}
		rec.Values[m.Name], rec.Units[m.Name] = v, m.Unit
	}
	return rec, true, nil
}
