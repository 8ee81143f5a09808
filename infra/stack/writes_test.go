package stack

import (
	"fmt"
	"regexp"
	"strings"
)

// This file reads a synthesized template as plain JSON to answer one
// question the assertions package cannot: can a function write where it is
// triggered from?

type tmpl map[string]interface{}

func (t tmpl) resources() map[string]map[string]interface{} {
	out := map[string]map[string]interface{}{}
	for id, r := range t["Resources"].(map[string]interface{}) {
		out[id] = r.(map[string]interface{})
	}
	return out
}

func props(r map[string]interface{}) map[string]interface{} {
	p, _ := r["Properties"].(map[string]interface{})
	return p
}

// render turns an intrinsic into a readable string: {"Ref": "X"} → <X>,
// {"Fn::GetAtt": ["X","Arn"]} → <X.Arn>, joins are concatenated.
func render(v interface{}) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]interface{}:
		if r, ok := x["Ref"].(string); ok {
			return "<" + r + ">"
		}
		if g, ok := x["Fn::GetAtt"].([]interface{}); ok {
			return fmt.Sprintf("<%v.%v>", g[0], g[1])
		}
		if sub, ok := x["Fn::Sub"].(string); ok {
			return sub
		}
		if j, ok := x["Fn::Join"].([]interface{}); ok {
			var parts []string
			for _, p := range j[1].([]interface{}) {
				parts = append(parts, render(p))
			}
			return strings.Join(parts, j[0].(string))
		}
	}
	return fmt.Sprintf("%v", v)
}

func list(v interface{}) []interface{} {
	if l, ok := v.([]interface{}); ok {
		return l
	}
	if v == nil {
		return nil
	}
	return []interface{}{v}
}

// grant is one allowed (action, resource) pair of a role.
type grant struct{ Action, Resource, Condition string }

// roleGrants collects the Allow statements of the policies attached to the
// role with the logical id role: its inline policy and, where that
// outgrows IAM's size limit, the managed overflow policies CDK splits the
// rest into (the monitor's does).
func (t tmpl) roleGrants(role string) []grant {
	var out []grant
	for _, r := range t.resources() {
		if r["Type"] != "AWS::IAM::Policy" && r["Type"] != "AWS::IAM::ManagedPolicy" {
			continue
		}
		p := props(r)
		attached := false
		for _, ref := range list(p["Roles"]) {
			if render(ref) == "<"+role+">" {
				attached = true
			}
		}
		if !attached {
			continue
		}
		doc := p["PolicyDocument"].(map[string]interface{})
		for _, st := range list(doc["Statement"]) {
			s := st.(map[string]interface{})
			if s["Effect"] != "Allow" {
				continue
			}
			cond := ""
			if s["Condition"] != nil {
				cond = fmt.Sprint(s["Condition"])
			}
			for _, a := range list(s["Action"]) {
				for _, res := range list(s["Resource"]) {
					out = append(out, grant{Action: a.(string), Resource: render(res), Condition: cond})
				}
			}
		}
	}
	return out
}

// functionRole is the logical id of a function's role.
func (t tmpl) functionRole(fn string) string {
	r := t.resources()[fn]
	return strings.TrimSuffix(strings.TrimPrefix(render(props(r)["Role"]), "<"), ".Arn>")
}

var writeAction = regexp.MustCompile(`^(s3:(\*|Put.*|Delete.*|Restore.*|Replicate.*|Abort.*|Copy.*)|dynamodb:(\*|Put.*|Update.*|Delete.*|BatchWrite.*|PartiQL(Insert|Update|Delete)))$`)

// isWrite reports whether an action (possibly a wildcard) writes data.
func isWrite(action string) bool {
	if action == "*" {
		return true
	}
	if strings.HasSuffix(action, "*") {
		// A wildcard writes if it could match any write action.
		prefix := strings.TrimSuffix(action, "*")
		for _, w := range []string{"s3:PutObject", "s3:DeleteObject", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"} {
			if strings.HasPrefix(w, prefix) {
				return true
			}
		}
		return false
	}
	return writeAction.MatchString(action)
}

// covers reports whether an object-ARN pattern ("<Bucket.Arn>/staged/*")
// can match a key of bucket that starts with prefix and ends with suffix.
func covers(resource, bucketArn, prefix, suffix string) bool {
	if resource == "*" || resource == bucketArn+"*" || resource == bucketArn+"/*" {
		return true
	}
	rest, ok := strings.CutPrefix(resource, bucketArn+"/")
	if !ok {
		return false
	}
	literal, _, wild := strings.Cut(rest, "*")
	if !wild {
		return strings.HasPrefix(literal, prefix) && strings.HasSuffix(literal, suffix)
	}
	// The pattern matches keys starting with literal; they can also start
	// with prefix when either is a prefix of the other. A trailing * can
	// always end in the suffix.
	return strings.HasPrefix(literal, prefix) || strings.HasPrefix(prefix, literal)
}

// selfWrites lists, for each trigger, the write grants a function holds on
// the bucket and keys that trigger it.
func (t tmpl) selfWrites(fnLogical, bucketLogical, prefix, suffix string) []grant {
	var bad []grant
	arn := "<" + bucketLogical + ".Arn>"
	for _, g := range t.roleGrants(t.functionRole(fnLogical)) {
		if isWrite(g.Action) && covers(g.Resource, arn, prefix, suffix) {
			bad = append(bad, g)
		}
	}
	return bad
}

// tableWrites lists a function's write grants on a table.
func (t tmpl) tableWrites(fnLogical, tableLogical string) []grant {
	var bad []grant
	arn := "<" + tableLogical + ".Arn>"
	for _, g := range t.roleGrants(t.functionRole(fnLogical)) {
		if isWrite(g.Action) && (g.Resource == "*" || g.Resource == arn || strings.HasPrefix(g.Resource, arn+"/")) {
			bad = append(bad, g)
		}
	}
	return bad
}
