package cost

import (
	"fmt"

	"github.com/seoul-plaza/plaza/shared/pipeline/route"
)

// Stack is what a stage's stack configures that costs money, copied from
// infra/stack (StageSettings and the functions' memory sizes); the test
// checks the copy against the stack package, which this one does not
// import (it would bring the CDK into the ops binary).
type Stack struct {
	Stage            string
	SearchDataNodes  int
	SearchType       string
	SearchMasters    int
	SearchMasterType string
	SearchVolumeGiB  int
	SearchReplicas   int
	LogRetentionDays int
	WAF              bool
	WAFRules         int // managed rule groups and rate rules (infra/stack/waf.go)
	// Counted by reading infra/stack: one customer managed key
	// (storage.go), one secret (stack.go, the origin secret), one
	// dashboard and 42 alarms (monitoring.go); no VPC, hence no NAT
	// gateway. infra/stack's TestCostModelCountsTheStack counts them in
	// the synthesized templates.
	KMSKeys, Secrets, Dashboards, Alarms int
	// EventArchiveDays is how long the event archive keeps the buckets'
	// object events (triggers.go: 14 days, 90 where data is retained).
	EventArchiveDays int
	// Memory of each pipeline function, MiB (infra/stack/functions.go).
	Memory map[route.Stage]float64
}

// Stacks returns the stack of a stage: dev or prod.
func Stacks(stage string) (Stack, error) {
	mem := map[route.Stage]float64{route.Ingest: 1024, route.Redact: 1024, route.Index: 256}
	common := Stack{KMSKeys: 1, Secrets: 1, Dashboards: 1, Alarms: 42, EventArchiveDays: 14, Memory: mem}
	switch stage {
	case "dev":
		s := common
		s.Stage, s.SearchDataNodes, s.SearchType, s.SearchVolumeGiB, s.SearchReplicas, s.LogRetentionDays = stage, 1, "t3.small.search", 10, 0, 14
		return s, nil
	case "prod":
		s := common
		s.Stage, s.SearchDataNodes, s.SearchType, s.SearchVolumeGiB, s.SearchReplicas, s.LogRetentionDays = stage, 3, "r7g.large.search", 100, 2, 365
		s.SearchMasters, s.SearchMasterType = 3, "m7g.large.search"
		s.WAF, s.WAFRules, s.EventArchiveDays = true, 5, 90
		return s, nil
	}
	return Stack{}, fmt.Errorf("stage %q: want dev or prod", stage)
}
