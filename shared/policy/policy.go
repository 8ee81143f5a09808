// Package policy decides whether an approved document may be released now,
// later, or only by a person. It is a pure function of the document, the
// clock and the holds in force.
//
// Each organization has its own rules, read from its file (shared/org) by
// FromOrgs; Parse reads one set of rules for every organization (a
// stand-alone file, e.g. for `infra/local redact --policy`).
package policy

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/redact"
)

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
	// Holds are standing holds from the organization's file, in force
	// beside the ledger's.
	Holds []ledger.Hold `json:"-"`
	// Schedules are the organization's delayed releases (its file).
	Schedules []org.Schedule `json:"-"`
	// exceptions stay public in the organization's documents.
	exceptions []string
	// orgs are the rules of each organization (FromOrgs); nil: these
	// rules apply to every organization.
	orgs map[string]*Policy
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

// MaskingExceptionsFor returns the texts that stay public in an
// organization's documents (a copy).
func (p *Policy) MaskingExceptionsFor(org string) []string {
	if r := p.rules(org); r != nil {
		return slices.Clone(r.exceptions)
	}
	return nil
}

// rules returns an organization's rules, nil if it has none.
func (p *Policy) rules(org string) *Policy {
	if p.orgs == nil {
		return p
	}
	return p.orgs[org]
}

// Default returns the policy of the embedded organizations (shared/org),
// which reproduces Seoul's phases for City Hall.
func Default() *Policy {
	p, err := FromOrgs(org.Embedded())
	if err != nil {
		panic(fmt.Sprintf("policy: embedded organizations: %v", err)) // ruled out by the tests
	}
	return p
}

// FromOrgs returns the policy of a set of organizations: each its own
// phases, exemptions, standing holds, masking exceptions and public
// identifiers, and the identifiers shared by all ("*").
func FromOrgs(s *org.Set) (*Policy, error) {
	p := &Policy{Public: map[string]redact.Public{"*": redactPublic(s.Shared())}, orgs: map[string]*Policy{}}
	for _, o := range s.All() {
		r := &Policy{Timezone: o.Policy.Timezone, PartialAutoExemptions: slices.Clone(o.Policy.PartialAutoExemptions),
			exceptions: slices.Clone(o.MaskingExceptions)}
		for _, ph := range o.Policy.Phases {
			r.Phases = append(r.Phases, Phase{From: ph.From, MinRank: ph.MinRank})
		}
		r.Schedules = slices.Clone(o.Policy.Schedules)
		for _, h := range o.Policy.Holds {
			r.Holds = append(r.Holds, ledger.Hold{Org: o.Code, Department: h.Department, Reason: h.Reason, By: "organization file"})
		}
		if err := r.prepare(); err != nil {
			return nil, fmt.Errorf("organization %s: %w", o.Code, err)
		}
		p.orgs[o.Code] = r
		p.Public[o.Code] = redactPublic(o.Public)
	}
	if err := p.checkPublic(); err != nil {
		return nil, err
	}
	return p, nil
}

func redactPublic(pub org.Public) redact.Public {
	return redact.Public{Phones: slices.Clone(pub.Phones), EmailDomains: slices.Clone(pub.EmailDomains), Addresses: slices.Clone(pub.Addresses)}
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
	if err := p.prepare(); err != nil {
		return nil, err
	}
	if err := p.checkPublic(); err != nil {
		return nil, err
	}
	return &p, nil
}

// prepare checks and sorts the phases.
func (p *Policy) prepare() error {
	if p.Timezone == "" {
		p.Timezone = "Asia/Seoul"
	}
	loc, err := time.LoadLocation(p.Timezone)
	if err != nil {
		loc = time.FixedZone("KST", 9*3600) // no tzdata on a minimal image
	}
	if len(p.Phases) == 0 {
		return fmt.Errorf("policy: no phases")
	}
	for i := range p.Phases {
		ph := &p.Phases[i]
		t, err := time.ParseInLocation("2006-01-02", ph.From, loc)
		if err != nil {
			return fmt.Errorf("policy: phase %d: %w", i, err)
		}
		if document.RankLevel(ph.MinRank) < 0 {
			return fmt.Errorf("policy: phase %d: unknown rank %q", i, ph.MinRank)
		}
		ph.from = t
	}
	sort.Slice(p.Phases, func(i, j int) bool { return p.Phases[i].from.Before(p.Phases[j].from) })
	return nil
}

// checkPublic checks the allowlists.
func (p *Policy) checkPublic() error {
	for org, pub := range p.Public {
		for _, ph := range pub.Phones {
			if ph == "" || strings.Trim(ph, "0123456789") != "" || len(ph) < 3 {
				return fmt.Errorf("policy: public_identifiers[%s]: phone prefix %q must be three or more digits", org, ph)
			}
		}
		for _, d := range pub.EmailDomains {
			if d == "" || strings.ContainsAny(d, "@ ") || !strings.Contains(strings.Trim(d, "."), ".") {
				return fmt.Errorf("policy: public_identifiers[%s]: e-mail domain %q is not a domain", org, d)
			}
		}
		for _, a := range pub.Addresses {
			if len(strings.TrimSpace(a)) < 4 {
				return fmt.Errorf("policy: public_identifiers[%s]: address %q is too short to match safely", org, a)
			}
		}
	}
	return nil
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
	// ReasonUnknownOrg: no organization's file gives the document's
	// organization a policy, so a person decides (the sending systems'
	// binding should have refused it first).
	ReasonUnknownOrg = "policy.unknown_organization"
)

// Decide applies the policy to a document at now.
func (p *Policy) Decide(m document.Meta, now time.Time, holds []ledger.Hold) Decision {
	p = p.rules(m.Organization.Code)
	if p == nil {
		return Decision{Action: Review, Reason: ReasonUnknownOrg, Detail: "no organization's file gives organization " + m.Organization.Code + " a release policy"}
	}
	holds = append(slices.Clip(p.Holds), holds...)
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
	for _, sc := range p.Schedules {
		if sc.Department != "" && sc.Department != m.Department.Code {
			continue
		}
		if t := m.ApprovedAt.AddDate(0, 0, sc.DelayDays); t.After(now) {
			return Decision{Action: Withhold, Reason: ReasonScheduled,
				Detail: fmt.Sprintf("released %d days after approval: %s", sc.DelayDays, sc.Reason), Until: &t}
		}
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
