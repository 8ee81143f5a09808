package stack

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/pipeline/route"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// The S3 rules of the synthesized app are the pipeline's route table (the
// one the local bus, Handle, Wants and each stage's check read) plus
// notify's leak-report rule, and nothing else: a rule cannot drift from
// what the stage it starts takes.
func TestObjectRulesAreTheRouteTable(t *testing.T) {
	bucketIDs := map[route.Bucket]string{route.Inbox: "InboxBucket", route.Work: "WorkBucket", route.Public: "PublicBucket"}
	for _, c := range []struct {
		name string
		tp   tmpl
	}{{"dev", fixture.devJSON}, {"prod", fixture.prodJSON}} {
		// GIVEN the rule each route calls for, as the line it renders to
		rule := func(fn string, b, kinds []string, key map[string]interface{}) string {
			return fmt.Sprintf("%s <- %s %v %v", fn, strings.Join(b, ","), kinds, key)
		}
		fnRef := func(fn string) string {
			return "<" + idOf(t, c.tp, "AWS::Lambda::Function", title(fn)+"Function") + ".Arn>"
		}
		var want []string
		for _, r := range route.Table() {
			key := map[string]interface{}{"prefix": r.Prefix}
			if r.Name != "" {
				// EventBridge matches no whole key element; the stage
				// drops what only ends in the name.
				key = map[string]interface{}{"suffix": r.Name}
			}
			want = append(want, rule(fnRef(string(r.Stage)), []string{"<" + idOf(t, c.tp, "AWS::S3::Bucket", bucketIDs[r.Bucket]) + ">"}, r.Kinds, key))
		}
		// AND notify's rule, not a stage (see Triggers): created leak
		// report versions, which leak.Service.Deliver reads.
		want = append(want, rule(fnRef(Notify), []string{"<" + idOf(t, c.tp, "AWS::S3::Bucket", "WorkBucket") + ">"},
			[]string{storage.Created}, map[string]interface{}{"prefix": PrefixLeaks}))
		// AND its rule for subscription requests, whose confirmation
		// subscription.Service.Deliver sends.
		want = append(want, rule(fnRef(Notify), []string{"<" + idOf(t, c.tp, "AWS::S3::Bucket", "WorkBucket") + ">"},
			[]string{storage.Created}, map[string]interface{}{"prefix": PrefixSubscriptions}))

		// WHEN the template's rules on S3 events are read back
		var got []string
		for id, r := range byType(c.tp, "AWS::Events::Rule") {
			pat, _ := props(r)["EventPattern"].(map[string]interface{})
			if pat == nil || fmt.Sprint(pat["source"]) != "[aws.s3]" {
				continue // schedules
			}
			var kinds []string
			for _, k := range list(pat["detail-type"]) {
				kinds = append(kinds, k.(string))
			}
			d := pat["detail"].(map[string]interface{})
			var buckets []string
			for _, b := range list(d["bucket"].(map[string]interface{})["name"]) {
				buckets = append(buckets, render(b))
			}
			keys := list(d["object"].(map[string]interface{})["key"])
			if len(keys) != 1 {
				t.Errorf("%s: rule %s has key filters %v, want one", c.name, id, keys)
				continue
			}
			targets := list(props(r)["Targets"])
			if len(targets) != 1 {
				t.Errorf("%s: rule %s has %d targets, want one", c.name, id, len(targets))
				continue
			}
			fn := render(targets[0].(map[string]interface{})["Arn"])
			got = append(got, rule(fn, buckets, kinds, keys[0].(map[string]interface{})))
		}

		// THEN they are the table's rules, each once
		sort.Strings(want)
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: object rules\n%s\nwant (from route.Table and notify)\n%s", c.name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
