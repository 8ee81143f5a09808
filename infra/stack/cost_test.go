package stack

import (
	"testing"

	"github.com/seoul-plaza/plaza/infra/cost"
)

// TestCostModelCountsTheStack keeps infra/cost's fixed monthly figures
// on what the synthesized stacks hold.
func TestCostModelCountsTheStack(t *testing.T) {
	for _, c := range []struct {
		stage string
		tp    tmpl
	}{{"dev", fixture.devJSON}, {"prod", fixture.prodJSON}} {
		// GIVEN the model's copy of the stage's stack
		st, err := cost.Stacks(c.stage)
		if err != nil {
			t.Fatal(err)
		}
		// WHEN the synthesized template's priced resources are counted
		n := map[string]int{}
		for _, r := range c.tp.resources() {
			n[r["Type"].(string)]++
		}
		// THEN the model prices as many as there are
		for _, w := range []struct {
			typ  string
			want int
		}{{"AWS::CloudWatch::Alarm", st.Alarms}, {"AWS::KMS::Key", st.KMSKeys}, {"AWS::SecretsManager::Secret", st.Secrets},
			{"AWS::CloudWatch::Dashboard", st.Dashboards}, {"AWS::EC2::NatGateway", 0}, {"AWS::EC2::VPC", 0}} {
			if n[w.typ] != w.want {
				t.Errorf("%s: %d %s in the template, the cost model prices %d", c.stage, n[w.typ], w.typ, w.want)
			}
		}
		p := props(c.tp.resources()[idOf(t, c.tp, "AWS::Events::Archive", "EventArchive")])
		if days := p["RetentionDays"]; days != float64(st.EventArchiveDays) {
			t.Errorf("%s: the event archive keeps %v days, the cost model %d", c.stage, days, st.EventArchiveDays)
		}
	}
}
