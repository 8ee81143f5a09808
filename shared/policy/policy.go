// Package policy decides whether an approved document may be released now,
// later, or only by a person. It is a pure function of the document, the
// clock and the holds in force.
package policy

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/redact"
)

//go:embed policy.json
var defaultPolicy []byte

// Phase is a period from which documents approved at MinRank or above are
// released automatically.
type Phase struct {
	From    string `json:"from"` // YYYY-MM-DD in the policy's time zone
	MinRank string `json:"min_rank"`
	from    time.Time
}

// Policy is the release policy.
type Policy struct {
	Timezone string  `json:"timezone"`
	Phases   []Phase `json:"phases"`
	// PartialAutoExemptions are the exemption items that redaction itself
	// satisfies (item 6: personal information). A partial document citing
	// any other item needs a person to cut the exempt part.
	PartialAutoExemptions []string `json:"partial_auto_exemptions"`
	// Public holds, per organization code, the identifiers an
	// organization publishes itself (office numbers, e-mail domains,
	// office addresses), which the redactor leaves and layer 2 does not
	// doubt. The entry "*" applies to every organization.
	Public map[string]redact.Public `json:"public_identifiers"`
}

// PublicFor returns the allowlist of an organization: its own entry and
// the one for every organization together.
func (p *Policy) PublicFor(org string) redact.Public {
	all, own := p.Public["*"], p.Public[org]
	return redact.Public{
		Phones:       append(append([]string(nil), all.Phones...), own.Phones...),
		EmailDomains: append(append([]string(nil), all.EmailDomains...), own.EmailDomains...),
		Addresses:    append(append([]string(nil), all.Addresses...), own.Addresses...),
	}
}

// Default returns the embedded policy, which reproduces Seoul's phases.
func Default() *Policy {
	p, err := Parse(defaultPolicy)
	if err != nil {
		panic(fmt.Sprintf("policy: embedded default is invalid: %v", err))
	}
	return p
}

// Load reads a policy file.
func Load(path string) (*Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	return Parse(data)
}

// Parse validates a policy.
func Parse(data []byte) (*Policy, error) {
	var p Policy
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	if p.Timezone == "" {
		p.Timezone = "Asia/Seoul"
	}
	loc, err := time.LoadLocation(p.Timezone)
	if err != nil {
		loc = time.FixedZone("KST", 9*3600) // no tzdata on a minimal image
	}
	if len(p.Phases) == 0 {
		return nil, fmt.Errorf("policy: no phases")
	}
	for i := range p.Phases {
		ph := &p.Phases[i]
		t, err := time.ParseInLocation("2006-01-02", ph.From, loc)
		if err != nil {
			return nil, fmt.Errorf("policy: phase %d: %w", i, err)
		}
		if document.RankLevel(ph.MinRank) < 0 {
			return nil, fmt.Errorf("policy: phase %d: unknown rank %q", i, ph.MinRank)
		}
		ph.from = t
	}
	sort.Slice(p.Phases, func(i, j int) bool { return p.Phases[i].from.Before(p.Phases[j].from) })
	for org, pub := range p.Public {
		for _, ph := range pub.Phones {
			if ph == "" || strings.Trim(ph, "0123456789") != "" || len(ph) < 3 {
				return nil, fmt.Errorf("policy: public_identifiers[%s]: phone prefix %q must be three or more digits", org, ph)
			}
		}
		for _, d := range pub.EmailDomains {
			if d == "" || strings.ContainsAny(d, "@ ") || !strings.Contains(strings.Trim(d, "."), ".") {
				return nil, fmt.Errorf("policy: public_identifiers[%s]: e-mail domain %q is not a domain", org, d)
			}
		}
		for _, a := range pub.Addresses {
			if len(strings.TrimSpace(a)) < 4 {
				return nil, fmt.Errorf("policy: public_identifiers[%s]: address %q is too short to match safely", org, a)
			}
		}
	}
	return &p, nil
}

// Action is what to do with a document.
type Action string

// Actions.
const (
	Release Action = "release"
	// Withhold keeps the document in the ledger; Until says when the tick
	// may release it, Lifted when a hold must be lifted first.
	Withhold Action = "withhold"
	// Review hands the document to a person.
	Review Action = "review"
)

// Decision is the policy's answer, with a machine-readable reason.
type Decision struct {
	Action Action     `json:"action"`
	Reason string     `json:"reason,omitempty"`
	Detail string     `json:"detail,omitempty"`
	Until  *time.Time `json:"until,omitempty"`
}

// Reasons.
const (
	ReasonBeforeLaunch    = "policy.before_launch"
	ReasonRankBelow       = "policy.rank_below_threshold"
	ReasonHold            = "policy.hold"
	ReasonScheduled       = "policy.scheduled"
	ReasonPartialExempted = "policy.partial_needs_person"
)

// Decide applies the policy to a document at now.
func (p *Policy) Decide(m document.Meta, now time.Time, holds []ledger.Hold) Decision {
	phase := p.phase(m.ApprovedAt)
	if phase == nil {
		return Decision{Action: Withhold, Reason: ReasonBeforeLaunch, Detail: "approved before the first release phase (" + p.Phases[0].From + ")"}
	}
	if document.RankLevel(m.Approver.Rank) < document.RankLevel(phase.MinRank) {
		return Decision{Action: Withhold, Reason: ReasonRankBelow,
			Detail: fmt.Sprintf("approver rank %s is below %s, required from %s", m.Approver.Rank, phase.MinRank, phase.From)}
	}
	if h, ok := Held(holds, m.Organization.Code, m.Department.Code); ok {
		return Decision{Action: Withhold, Reason: ReasonHold, Detail: "releases are on hold: " + h.Reason}
	}
	if m.ReleaseAt != nil && m.ReleaseAt.After(now) {
		t := *m.ReleaseAt
		return Decision{Action: Withhold, Reason: ReasonScheduled, Detail: "release scheduled", Until: &t}
	}
	if m.Disclosure.Grade == document.GradePartial {
		for _, x := range m.Disclosure.Exemptions {
			if !slices.Contains(p.PartialAutoExemptions, x) {
				return Decision{Action: Review, Reason: ReasonPartialExempted,
					Detail: "partial disclosure under item " + x + " of Article 9(1): a person must cut the exempt part"}
			}
		}
	}
	return Decision{Action: Release}
}

func (p *Policy) phase(approved time.Time) *Phase {
	var cur *Phase
	for i := range p.Phases {
		if !approved.Before(p.Phases[i].from) {
			cur = &p.Phases[i]
		}
	}
	return cur
}

// Held reports whether a hold covers the department (or all of its org).
func Held(holds []ledger.Hold, org, department string) (ledger.Hold, bool) {
	for _, h := range holds {
		if (h.Org == "" || h.Org == org) && (h.Department == "" || h.Department == department) {
			return h, true
		}
	}
	return ledger.Hold{}, false
}
