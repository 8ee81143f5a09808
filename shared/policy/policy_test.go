package policy

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/org"
)

var kst = time.FixedZone("KST", 9*3600)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, kst) }

// meta is a document the default policy releases: approved by a division
// head after launch, public, for 6110000's transport division.
func meta() document.Meta {
	var m document.Meta
	m.Organization.Code = "6110000"
	m.Department.Code = "traffic"
	m.Approver.Rank = "division_head"
	m.ApprovedAt = day(2020, 5, 1)
	m.Disclosure.Grade = document.GradePublic
	return m
}

func TestDecide(t *testing.T) {
	now := day(2026, 12, 1)
	later := now.Add(48 * time.Hour)
	cases := []struct {
		name   string
		edit   func(*document.Meta)
		holds  []ledger.Hold
		action Action
		reason string
	}{
		{"released", func(*document.Meta) {}, nil, Release, ""},
		{"before launch", func(m *document.Meta) { m.ApprovedAt = day(2013, 10, 27) }, nil, Withhold, ReasonBeforeLaunch},
		{"launch day counts", func(m *document.Meta) { m.ApprovedAt = time.Date(2013, 10, 28, 0, 0, 0, 0, kst) }, nil, Release, ""},
		// The first phase wants a division head; the second a team manager.
		{"team manager in the first phase", func(m *document.Meta) {
			m.ApprovedAt, m.Approver.Rank = day(2014, 1, 10), "team_manager"
		}, nil, Withhold, ReasonRankBelow},
		{"team manager in the second phase", func(m *document.Meta) {
			m.ApprovedAt, m.Approver.Rank = day(2014, 3, 1), "team_manager"
		}, nil, Release, ""},
		{"officer never", func(m *document.Meta) { m.Approver.Rank = "officer" }, nil, Withhold, ReasonRankBelow},
		{"unknown rank", func(m *document.Meta) { m.Approver.Rank = "wizard" }, nil, Withhold, ReasonRankBelow},
		{"held for the department", func(*document.Meta) {}, []ledger.Hold{{Org: "6110000", Department: "traffic", Reason: "audit"}}, Withhold, ReasonHold},
		{"held for the organization", func(*document.Meta) {}, []ledger.Hold{{Org: "6110000", Reason: "election"}}, Withhold, ReasonHold},
		{"held everywhere", func(*document.Meta) {}, []ledger.Hold{{Reason: "outage"}}, Withhold, ReasonHold},
		{"hold elsewhere", func(*document.Meta) {}, []ledger.Hold{{Org: "3000000"}, {Org: "6110000", Department: "parks"}}, Release, ""},
		{"scheduled", func(m *document.Meta) { m.ReleaseAt = &later }, nil, Withhold, ReasonScheduled},
		{"schedule passed", func(m *document.Meta) { m.ReleaseAt = &now }, nil, Release, ""},
		{"partial under item 6 only", func(m *document.Meta) {
			m.Disclosure = document.Disclosure{Grade: document.GradePartial, Exemptions: []string{"6"}}
		}, nil, Release, ""},
		{"partial under item 5", func(m *document.Meta) {
			m.Disclosure = document.Disclosure{Grade: document.GradePartial, Exemptions: []string{"6", "5"}}
		}, nil, Review, ReasonPartialExempted},
		{"closed grade: listed by its metadata only, downstream", func(m *document.Meta) {
			m.Disclosure = document.Disclosure{Grade: document.GradeClosed, Exemptions: []string{"1"}}
		}, nil, Release, ""},
		// A hold is checked before the schedule, so that lifting it is what
		// staff see as needed.
		{"hold beats schedule", func(m *document.Meta) { m.ReleaseAt = &later }, []ledger.Hold{{Reason: "x"}}, Withhold, ReasonHold},
	}
	p := Default()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := meta()
			c.edit(&m)
			d := p.Decide(m, now, c.holds)
			if d.Action != c.action || d.Reason != c.reason {
				t.Fatalf("Decide = %+v; want %s %s", d, c.action, c.reason)
			}
			if (d.Action == Release) != (d.Detail == "") {
				t.Errorf("detail %q for %s", d.Detail, d.Action)
			}
			if d.Reason == ReasonScheduled && (d.Until == nil || !d.Until.Equal(later)) {
				t.Errorf("until = %v, want %v", d.Until, later)
			}
		})
	}
}

func TestScheduledUntilIsACopy(t *testing.T) {
	at := day(2030, 1, 1)
	m := meta()
	m.ReleaseAt = &at
	d := Default().Decide(m, day(2026, 1, 1), nil)
	at = at.Add(time.Hour)
	if d.Until == nil || !d.Until.Equal(day(2030, 1, 1)) {
		t.Errorf("until followed the document's field: %v", d.Until)
	}
}

func TestParse(t *testing.T) {
	cases := []struct {
		name, json, err string
	}{
		{"minimal", `{"phases":[{"from":"2020-01-01","min_rank":"officer"}]}`, ""},
		{"not json", `{`, "policy:"},
		{"no phases", `{"phases":[]}`, "no phases"},
		{"bad date", `{"phases":[{"from":"2020-13-01","min_rank":"officer"}]}`, "phase 0"},
		{"unknown rank", `{"phases":[{"from":"2020-01-01","min_rank":"wizard"}]}`, `unknown rank "wizard"`},
		{"short phone", `{"phases":[{"from":"2020-01-01","min_rank":"officer"}],"public_identifiers":{"*":{"phones":["02"]}}}`, "phone prefix"},
		{"phone with dash", `{"phases":[{"from":"2020-01-01","min_rank":"officer"}],"public_identifiers":{"*":{"phones":["02-2133"]}}}`, "phone prefix"},
		{"e-mail as domain", `{"phases":[{"from":"2020-01-01","min_rank":"officer"}],"public_identifiers":{"*":{"email_domains":["a@seoul.go.kr"]}}}`, "not a domain"},
		{"top-level domain", `{"phases":[{"from":"2020-01-01","min_rank":"officer"}],"public_identifiers":{"*":{"email_domains":["kr."]}}}`, "not a domain"},
		{"short address", `{"phases":[{"from":"2020-01-01","min_rank":"officer"}],"public_identifiers":{"*":{"addresses":[" 1 "]}}}`, "too short"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := Parse([]byte(c.json))
			if c.err == "" {
				if err != nil || p.Timezone != "Asia/Seoul" {
					t.Fatalf("Parse = %+v, %v", p, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("err = %v, want it to say %q", err, c.err)
			}
		})
	}
}

// Phases may be written in any order: the latest one begun applies.
func TestPhasesSorted(t *testing.T) {
	p, err := Parse([]byte(`{"phases":[{"from":"2014-03-01","min_rank":"team_manager"},{"from":"2013-10-28","min_rank":"division_head"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	m := meta()
	m.ApprovedAt, m.Approver.Rank = day(2015, 1, 1), "team_manager"
	if d := p.Decide(m, day(2026, 1, 1), nil); d.Action != Release {
		t.Errorf("second phase not applied: %+v", d)
	}
	m.ApprovedAt = day(2014, 1, 1)
	if d := p.Decide(m, day(2026, 1, 1), nil); d.Reason != ReasonRankBelow {
		t.Errorf("first phase not applied: %+v", d)
	}
}

func TestPublicForJoinsAllAndOwn(t *testing.T) {
	p := Default()
	seoul := p.PublicFor("6110000")
	if !slices.Contains(seoul.EmailDomains, "go.kr") || !slices.Contains(seoul.EmailDomains, "seoul.go.kr") || !slices.Contains(seoul.Phones, "022133") {
		t.Errorf("6110000: %+v", seoul)
	}
	other := p.PublicFor("3000000")
	if !slices.Contains(other.EmailDomains, "go.kr") || len(other.Phones) != 0 || len(other.Addresses) != 0 {
		t.Errorf("3000000: %+v", other)
	}
	// The result is the caller's: appending must not reach the policy.
	seoul.EmailDomains = append(seoul.EmailDomains[:0], "evil.example")
	if slices.Contains(p.PublicFor("6110000").EmailDomains, "evil.example") {
		t.Error("PublicFor shares its slices with the policy")
	}
}

func TestLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "policy.json")
	if err := os.WriteFile(path, []byte(`{"phases":[{"from":"2020-01-01","min_rank":"mayor"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := Load(path)
	if err != nil || p.Phases[0].MinRank != "mayor" {
		t.Fatalf("Load = %+v, %v", p, err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

func TestHeld(t *testing.T) {
	holds := []ledger.Hold{{Org: "A", Department: "d1", Reason: "first"}, {Org: "B", Reason: "second"}}
	cases := []struct {
		name, org, dept, reason string
		held                    bool
	}{
		{"department", "A", "d1", "first", true},
		{"other department", "A", "d2", "", false},
		{"whole organization", "B", "any", "second", true},
		{"no hold", "C", "d1", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h, ok := Held(holds, c.org, c.dept)
			if ok != c.held || h.Reason != c.reason {
				t.Errorf("Held(%s, %s) = %+v, %v", c.org, c.dept, h, ok)
			}
		})
	}
}

// Each organization decides by its own file: Gangnam-gu began on
// 2014-03-01 with team managers, City Hall on 2013-10-28 with division
// heads; an organization without a file waits for a person.
func TestDecideByOrganization(t *testing.T) {
	p := Default()
	cases := []struct {
		org      string
		approved time.Time
		rank     string
		action   Action
		reason   string
	}{
		{"6110000", day(2013, 11, 1), "division_head", Release, ""},
		{"3220000", day(2013, 11, 1), "division_head", Withhold, ReasonBeforeLaunch},
		{"6110000", day(2014, 1, 10), "team_manager", Withhold, ReasonRankBelow},
		{"3220000", day(2014, 3, 10), "team_manager", Release, ""},
		{"3000000", day(2020, 1, 1), "mayor", Review, ReasonUnknownOrg},
	}
	for _, c := range cases {
		m := meta()
		m.Organization.Code, m.ApprovedAt, m.Approver.Rank = c.org, c.approved, c.rank
		if d := p.Decide(m, day(2026, 1, 1), nil); d.Action != c.action || d.Reason != c.reason {
			t.Errorf("%s %s %s: %+v; want %s %s", c.org, c.approved.Format("2006-01-02"), c.rank, d, c.action, c.reason)
		}
	}
}

func TestFromOrgsStandingHoldsAndExceptions(t *testing.T) {
	dir := t.TempDir()
	seoul, err := os.ReadFile(filepath.Join("..", "org", "orgs", "6110000.json"))
	if err != nil {
		t.Fatal(err)
	}
	seoul = []byte(strings.Replace(string(seoul), `"holds": []`, `"holds": [{"department": "1100315", "reason": "감사 중"}]`, 1))
	seoul = []byte(strings.Replace(string(seoul), `"masking_exceptions": []`, `"masking_exceptions": ["홍길순"]`, 1))
	seoul = []byte(strings.Replace(string(seoul), `"holds": [`, `"schedules": [{"department": "1100123", "delay_days": 14, "reason": "처분 효력 발생 후 공개"}], "holds": [`, 1))
	if err := os.WriteFile(filepath.Join(dir, "6110000.json"), seoul, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "deployment.json"), []byte(`{"default_organization":"6110000"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	set, err := org.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := FromOrgs(set)
	if err != nil {
		t.Fatal(err)
	}
	m := meta()
	m.Department.Code = "1100315"
	if d := p.Decide(m, day(2026, 1, 1), nil); d.Reason != ReasonHold || !strings.Contains(d.Detail, "감사 중") {
		t.Errorf("standing hold not applied: %+v", d)
	}
	m.Department.Code = "1100123"
	if d := p.Decide(m, day(2026, 1, 1), nil); d.Action != Release {
		t.Errorf("the hold reached another department: %+v", d)
	}
	// The department's schedule: withheld until 14 days after approval,
	// then released; other departments at once.
	m.ApprovedAt = day(2026, 1, 1)
	if d := p.Decide(m, day(2026, 1, 5), nil); d.Action != Withhold || d.Reason != ReasonScheduled || d.Until == nil || !d.Until.Equal(day(2026, 1, 15)) {
		t.Errorf("scheduled release: %+v", d)
	}
	if d := p.Decide(m, day(2026, 1, 15), nil); d.Action != Release {
		t.Errorf("after its delay: %+v", d)
	}
	m.Department.Code = "1100200"
	if d := p.Decide(m, day(2026, 1, 5), nil); d.Action != Release {
		t.Errorf("the schedule reached another department: %+v", d)
	}
	if got := p.MaskingExceptionsFor("6110000"); !slices.Equal(got, []string{"홍길순"}) {
		t.Errorf("masking exceptions %v", got)
	}
	if got := p.MaskingExceptionsFor("3220000"); got != nil {
		t.Errorf("another organization's exceptions %v", got)
	}
}
