// Package org holds the organizations a deployment publishes for: the
// city, its districts, its agencies. Each is one JSON file, orgs/<code>.json,
// with everything that differs between organizations: departments and
// their inquiry officers, the inbox prefixes of its sending systems, its
// release policy, the identifiers it publishes about itself, masking
// exceptions, subject areas and branding. A deployment file
// (orgs/deployment.json) names the default organization, for envelopes
// and requests that name none, and the identifiers every organization
// publishes alike.
//
// Policy (shared/policy), the sending systems (shared/sender) and the
// inquiry directory (shared/inquiry) are built from these files, so each
// fact has one source. Everything is validated at load, and every problem
// names the file and the field path, e.g.
//
//	orgs/3220000.json: departments[2].id: duplicate "1100123"
//
// The embedded set (Embedded) holds Seoul City Hall (6110000) and one
// district, Gangnam-gu (3220000), which shares a department id with City
// Hall on purpose: ids are unique within an organization only.
package org

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/notify"
)

// AnySystem is the sender prefix that binds every inbox prefix no
// organization lists; at most one organization may claim it.
const AnySystem = "*"

// DeploymentFile is the name of the deployment's file among the
// organizations' files.
const DeploymentFile = "deployment.json"

// Org is one organization's file.
type Org struct {
	Comment     string       `json:"comment,omitempty"`
	Code        string       `json:"code"`
	Name        string       `json:"name"`
	Departments []Department `json:"departments"`
	Inquiry     Inquiry      `json:"inquiry"`
	// Senders are the inbox prefixes of the systems that send for the
	// organization; an envelope for another organization from one of them
	// is refused (sender.wrong_organization).
	Senders []Sender `json:"senders"`
	Policy  Policy   `json:"policy"`
	// Public is what the organization publishes about itself (office
	// telephone prefixes, e-mail domains, office addresses): the redactor
	// leaves it and layer 2 does not doubt it.
	Public Public `json:"public_identifiers"`
	// MaskingExceptions are names that stay public in this organization's
	// documents (its elected officials', say), as the drafter's and the
	// approver's do.
	MaskingExceptions []string      `json:"masking_exceptions"`
	SubjectAreas      []SubjectArea `json:"subject_areas"`
	Branding          Branding      `json:"branding"`
	// Notices are the announcements the portal's home lists, newest
	// first: public by nature, written for citizens.
	Notices []Notice `json:"notices,omitempty"`
}

// MaxNotices is how many notices an organization's file may carry: the
// home lists a few, and older ones belong on the organization's site.
const MaxNotices = 20

// Notice is one announcement of the organization on the portal's home.
type Notice struct {
	Date    string `json:"date"` // YYYY-MM-DD
	Title   string `json:"title"`
	TitleEn string `json:"title_en,omitempty"`
	// URL is a path on the portal ("/…") or an https address; "" for a
	// notice that is its title alone.
	URL string `json:"url,omitempty"`
}

// Department is one department; its id is unique within the organization.
type Department struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Officers []Person `json:"officers"`
	Head     *Person  `json:"head,omitempty"`
}

// Person is an inquiry officer, a head or the privacy officer.
type Person struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Position string `json:"position,omitempty"`
	Email    string `json:"email,omitempty"`
	Phone    string `json:"phone,omitempty"`
}

// Inquiry says where inquiries go that no department takes.
type Inquiry struct {
	// Fallback is the department (the information disclosure office) that
	// receives inquiries for an unknown department.
	Fallback string `json:"fallback"`
	// Privacy is told of every citizen's report of personal data.
	Privacy *Person `json:"privacy_officer,omitempty"`
}

// Sender is one sending system.
type Sender struct {
	// Prefix is the first folder of its inbox keys, or AnySystem.
	Prefix string `json:"prefix"`
	// Departments limits the departments it sends for; empty: any.
	Departments []string `json:"departments,omitempty"`
}

// Policy is the organization's release policy.
type Policy struct {
	Comment  string  `json:"comment,omitempty"`
	Timezone string  `json:"timezone,omitempty"`
	Phases   []Phase `json:"phases"`
	// PartialAutoExemptions are the Art. 9(1) items redaction itself
	// satisfies (6: personal data).
	PartialAutoExemptions []string `json:"partial_auto_exemptions"`
	// Holds are standing holds, in force until the file changes, beside
	// the ones staff set and lift in the ledger.
	Holds []Hold `json:"holds"`
	// Schedules delay the release of a department's documents (or all of
	// the organization's) by a number of days after their approval, as
	// some offices publish only after a decision has taken effect.
	Schedules []Schedule `json:"schedules,omitempty"`
}

// Schedule releases documents DelayDays after their approval.
type Schedule struct {
	Department string `json:"department,omitempty"` // empty: every department
	DelayDays  int    `json:"delay_days"`
	Reason     string `json:"reason"`
}

// Phase is a period from which documents approved at MinRank or above are
// released automatically.
type Phase struct {
	From    string `json:"from"` // YYYY-MM-DD in the policy's time zone
	MinRank string `json:"min_rank"`
}

// Hold is a standing hold on the organization ("" department) or one
// department.
type Hold struct {
	Department string `json:"department,omitempty"`
	Reason     string `json:"reason"`
}

// Public is an allowlist of identifiers an organization publishes.
type Public struct {
	Phones       []string `json:"phones,omitempty"`
	EmailDomains []string `json:"email_domains,omitempty"`
	Addresses    []string `json:"addresses,omitempty"`
}

// SubjectArea is a subject citizens browse by: the documents of its
// departments, and those of any department carrying one of its keywords
// (a road works plan of a district office is about transport too).
type SubjectArea struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Departments []string `json:"departments"`
	Keywords    []string `json:"keywords,omitempty"`
}

// SubjectArea returns the organization's subject area id.
func (o *Org) SubjectArea(id string) (SubjectArea, bool) {
	for _, a := range o.SubjectAreas {
		if a.ID == id {
			return a, true
		}
	}
	return SubjectArea{}, false
}

// Branding is how the portal shows the organization.
type Branding struct {
	Name    string  `json:"name"`
	Emblem  string  `json:"emblem"` // a path under the portal's assets
	Colors  Colors  `json:"colors"`
	Contact Contact `json:"contact"`
}

// Colors are #RRGGBB.
type Colors struct {
	Primary string `json:"primary"`
	Accent  string `json:"accent,omitempty"`
}

// Contact is the organization's public contact.
type Contact struct {
	Phone   string `json:"phone,omitempty"`
	Email   string `json:"email,omitempty"`
	Address string `json:"address,omitempty"`
}

// Deployment is the deployment's file.
type Deployment struct {
	Comment string `json:"comment,omitempty"`
	// Default is the organization of envelopes and requests that name
	// none: the one place the default is written.
	Default string `json:"default_organization"`
	// Public is published by every organization alike ("go.kr").
	Public Public `json:"public_identifiers"`
}

// Department returns a department by id.
func (o *Org) Department(id string) (Department, bool) {
	for _, d := range o.Departments {
		if d.ID == id {
			return d, true
		}
	}
	return Department{}, false
}

// Organization returns the organization as an envelope names it.
func (o *Org) Organization() document.Organization {
	return document.Organization{Code: o.Code, Name: o.Name}
}

// problems collects validation errors, each prefixed by the file name.
type problems struct {
	file string
	errs []error
}

func (p *problems) add(field, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("%s: %s: %s", p.file, field, fmt.Sprintf(format, args...)))
}

func (p *problems) err() error { return errors.Join(p.errs...) }

var (
	codeRE   = regexp.MustCompile(`^[A-Za-z0-9_-]{1,32}$`)
	prefixRE = regexp.MustCompile(`^[A-Za-z0-9._-]{1,128}$`)
	idRE     = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)
	colorRE  = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)
)

// decode reads one JSON object strictly: no unknown field, nothing after.
func decode(file string, data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%s: unexpected data after the object", file)
	}
	return nil
}

// Parse reads and validates one organization's file; file names it in the
// errors. Every problem is reported.
func Parse(file string, data []byte) (*Org, error) {
	var o Org
	if err := decode(file, data, &o); err != nil {
		return nil, err
	}
	p := &problems{file: file}
	o.validate(p)
	if err := p.err(); err != nil {
		return nil, err
	}
	if o.Policy.Timezone == "" {
		o.Policy.Timezone = "Asia/Seoul"
	}
	return &o, nil
}

func (o *Org) validate(p *problems) {
	o.validateNotices(p)
	if !codeRE.MatchString(o.Code) {
		p.add("code", "%q is not an organization code (1 to 32 of letters, digits, '_', '-')", o.Code)
	}
	if strings.TrimSpace(o.Name) == "" {
		p.add("name", "is missing")
	}
	if len(o.Departments) == 0 {
		p.add("departments", "is empty; list at least one department")
	}
	depts := map[string]int{}
	for i, d := range o.Departments {
		f := fmt.Sprintf("departments[%d]", i)
		switch j, dup := depts[d.ID]; {
		case !codeRE.MatchString(d.ID):
			p.add(f+".id", "%q is not a department id (1 to 32 of letters, digits, '_', '-')", d.ID)
		case dup:
			p.add(f+".id", "duplicate %q (departments[%d])", d.ID, j)
		default:
			depts[d.ID] = i
		}
		if strings.TrimSpace(d.Name) == "" {
			p.add(f+".name", "is missing")
		}
		if len(d.Officers) == 0 {
			p.add(f+".officers", "is empty; inquiries need an officer")
		}
		for k, person := range d.Officers {
			checkPerson(p, fmt.Sprintf("%s.officers[%d]", f, k), person)
		}
		if d.Head != nil {
			checkPerson(p, f+".head", *d.Head)
		}
	}
	dept := func(field, id string) {
		if _, ok := depts[id]; !ok {
			p.add(field, "%q is not one of the organization's departments", id)
		}
	}
	if o.Inquiry.Fallback == "" {
		p.add("inquiry.fallback", "is missing; name the department that takes inquiries for an unknown one")
	} else {
		dept("inquiry.fallback", o.Inquiry.Fallback)
	}
	if o.Inquiry.Privacy != nil {
		checkPerson(p, "inquiry.privacy_officer", *o.Inquiry.Privacy)
	}
	if len(o.Senders) == 0 {
		p.add("senders", "is empty; bind at least one inbox prefix")
	}
	prefixes := map[string]int{}
	for i, s := range o.Senders {
		f := fmt.Sprintf("senders[%d]", i)
		if s.Prefix != AnySystem && (!prefixRE.MatchString(s.Prefix) || strings.Contains(s.Prefix, "..")) {
			p.add(f+".prefix", "%q must be %q or a folder name of letters, digits, '.', '_' or '-'", s.Prefix, AnySystem)
		}
		if j, dup := prefixes[s.Prefix]; dup {
			p.add(f+".prefix", "duplicate %q (senders[%d])", s.Prefix, j)
		}
		prefixes[s.Prefix] = i
		for k, d := range s.Departments {
			dept(fmt.Sprintf("%s.departments[%d]", f, k), d)
			if slices.Index(s.Departments, d) < k {
				p.add(fmt.Sprintf("%s.departments[%d]", f, k), "duplicate %q", d)
			}
		}
	}
	o.Policy.validate(p, dept)
	o.Public.validate(p, "public_identifiers")
	for i, x := range o.MaskingExceptions {
		f := fmt.Sprintf("masking_exceptions[%d]", i)
		if len([]rune(strings.TrimSpace(x))) < 2 {
			p.add(f, "%q is too short to match safely", x)
		}
		if slices.Index(o.MaskingExceptions, x) < i {
			p.add(f, "duplicate %q", x)
		}
	}
	areas, inArea := map[string]int{}, map[string]string{}
	for i, a := range o.SubjectAreas {
		f := fmt.Sprintf("subject_areas[%d]", i)
		if !idRE.MatchString(a.ID) {
			p.add(f+".id", "%q is not an id (lower-case letters, digits, '_', '-')", a.ID)
		}
		if j, dup := areas[a.ID]; dup {
			p.add(f+".id", "duplicate %q (subject_areas[%d])", a.ID, j)
		}
		areas[a.ID] = i
		if strings.TrimSpace(a.Name) == "" {
			p.add(f+".name", "is missing")
		}
		for k, d := range a.Departments {
			df := fmt.Sprintf("%s.departments[%d]", f, k)
			dept(df, d)
			if other, dup := inArea[d]; dup {
				p.add(df, "%q is already in subject area %q", d, other)
			}
			inArea[d] = a.ID
		}
		for k, w := range a.Keywords {
			kf := fmt.Sprintf("%s.keywords[%d]", f, k)
			if strings.TrimSpace(w) == "" {
				p.add(kf, "is empty")
			}
			if slices.Index(a.Keywords, w) < k {
				p.add(kf, "duplicate %q", w)
			}
		}
	}
	b := o.Branding
	if strings.TrimSpace(b.Name) == "" {
		p.add("branding.name", "is missing")
	}
	if e := b.Emblem; e == "" || path.IsAbs(e) || strings.Contains(e, "\\") || path.Clean(e) != e || strings.HasPrefix(e, "..") ||
		!slices.Contains([]string{".svg", ".png"}, path.Ext(e)) {
		p.add("branding.emblem", "%q must be a relative .svg or .png path under the portal's assets", e)
	}
	if !colorRE.MatchString(b.Colors.Primary) {
		p.add("branding.colors.primary", "%q is not a #RRGGBB colour", b.Colors.Primary)
	}
	if b.Colors.Accent != "" && !colorRE.MatchString(b.Colors.Accent) {
		p.add("branding.colors.accent", "%q is not a #RRGGBB colour", b.Colors.Accent)
	}
	if e := b.Contact.Email; e != "" && !goodEmail(e) {
		p.add("branding.contact.email", "%q is not an e-mail address", e)
	}
}

func (pol *Policy) validate(p *problems, dept func(field, id string)) {
	if pol.Timezone != "" {
		if _, err := time.LoadLocation(pol.Timezone); err != nil && pol.Timezone != "Asia/Seoul" {
			// Asia/Seoul is always accepted: a minimal image without tzdata
			// uses a fixed +09:00 for it (shared/policy).
			p.add("policy.timezone", "%q is not a time zone", pol.Timezone)
		}
	}
	if len(pol.Phases) == 0 {
		p.add("policy.phases", "is empty; list at least one release phase")
	}
	for i, ph := range pol.Phases {
		f := fmt.Sprintf("policy.phases[%d]", i)
		if _, err := time.Parse("2006-01-02", ph.From); err != nil {
			p.add(f+".from", "%q is not a date (YYYY-MM-DD)", ph.From)
		}
		if document.RankLevel(ph.MinRank) < 0 {
			p.add(f+".min_rank", "unknown rank %q (one of %s)", ph.MinRank, strings.Join(document.Ranks, ", "))
		}
	}
	for i, x := range pol.PartialAutoExemptions {
		if n, err := strconv.Atoi(x); err != nil || n < 1 || n > 8 || strconv.Itoa(n) != x {
			p.add(fmt.Sprintf("policy.partial_auto_exemptions[%d]", i), "%q is not an item of Article 9(1) (1 to 8)", x)
		}
	}
	for i, h := range pol.Holds {
		f := fmt.Sprintf("policy.holds[%d]", i)
		if h.Department != "" {
			dept(f+".department", h.Department)
		}
		if strings.TrimSpace(h.Reason) == "" {
			p.add(f+".reason", "is missing; say why releases are held")
		}
	}
	for i, sc := range pol.Schedules {
		f := fmt.Sprintf("policy.schedules[%d]", i)
		if sc.Department != "" {
			dept(f+".department", sc.Department)
		}
		if sc.DelayDays < 1 || sc.DelayDays > 365 {
			p.add(f+".delay_days", "%d is not a delay of 1 to 365 days", sc.DelayDays)
		}
		if strings.TrimSpace(sc.Reason) == "" {
			p.add(f+".reason", "is missing; say why releases wait")
		}
	}
}

func (pub Public) validate(p *problems, field string) {
	for i, ph := range pub.Phones {
		if len(ph) < 3 || strings.Trim(ph, "0123456789") != "" {
			p.add(fmt.Sprintf("%s.phones[%d]", field, i), "phone prefix %q must be three or more digits", ph)
		}
	}
	for i, d := range pub.EmailDomains {
		if d == "" || strings.ContainsAny(d, "@ ") || !strings.Contains(strings.Trim(d, "."), ".") {
			p.add(fmt.Sprintf("%s.email_domains[%d]", field, i), "e-mail domain %q is not a domain", d)
		}
	}
	for i, a := range pub.Addresses {
		if len([]rune(strings.TrimSpace(a))) < 4 {
			p.add(fmt.Sprintf("%s.addresses[%d]", field, i), "address %q is too short to match safely", a)
		}
	}
}

func checkPerson(p *problems, field string, person Person) {
	if person.ID == "" {
		p.add(field+".id", "is missing")
	}
	if !goodEmail(person.Email) {
		p.add(field+".email", "%q is not an e-mail address", person.Email)
	}
	if person.Phone != "" {
		if _, err := notify.E164(person.Phone); err != nil {
			p.add(field+".phone", "%q is not a telephone number", person.Phone)
		}
	}
}

// goodEmail checks the shape of an address: one '@', a local part and a
// dotted domain, no spaces or brackets. (net/mail would cost the
// functions' bootstraps 12 KB for the same answer on an officer's
// address.)
func goodEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at != strings.LastIndexByte(s, '@') || strings.ContainsAny(s, " \t<>()[],;:\"") {
		return false
	}
	dom := s[at+1:]
	dot := strings.LastIndexByte(dom, '.')
	return dot > 0 && dot < len(dom)-2 && !strings.Contains(dom, "..") && dom[0] != '.'
}

// ParseDeployment reads and validates the deployment's file.
func ParseDeployment(file string, data []byte) (Deployment, error) {
	var d Deployment
	if err := decode(file, data, &d); err != nil {
		return Deployment{}, err
	}
	p := &problems{file: file}
	if !codeRE.MatchString(d.Default) {
		p.add("default_organization", "%q is not an organization code", d.Default)
	}
	d.Public.validate(p, "public_identifiers")
	return d, p.err()
}

// Set is a deployment's organizations. It is not changed after NewSet.
type Set struct {
	deployment Deployment
	orgs       map[string]*Org
	codes      []string          // sorted
	files      map[string]string // by code, for errors
}

// NewSet checks the organizations together: codes are unique, the
// default is among them, and an inbox prefix is bound to one organization.
// files names each organization's file in the errors (by code).
func NewSet(d Deployment, files map[string]string, orgs ...*Org) (*Set, error) {
	s := &Set{deployment: d, orgs: map[string]*Org{}, files: files}
	var errs []error
	owner := map[string]string{}
	for _, o := range orgs {
		file := files[o.Code]
		if _, dup := s.orgs[o.Code]; dup {
			errs = append(errs, fmt.Errorf("%s: code: duplicate %q", file, o.Code))
			continue
		}
		s.orgs[o.Code] = o
		s.codes = append(s.codes, o.Code)
		for i, snd := range o.Senders {
			if other, dup := owner[snd.Prefix]; dup {
				errs = append(errs, fmt.Errorf("%s: senders[%d].prefix: %q is already bound to organization %s", file, i, snd.Prefix, other))
				continue
			}
			owner[snd.Prefix] = o.Code
		}
	}
	if _, ok := s.orgs[d.Default]; !ok {
		errs = append(errs, fmt.Errorf("%s: default_organization: %q is not one of the organizations (%s)", DeploymentFile, d.Default, strings.Join(s.codes, ", ")))
	}
	sort.Strings(s.codes)
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return s, nil
}

// With returns the set with o added, or in place of the organization of
// the same code, checked together (a new organization's prefixes must be
// free): what onboarding o would make of the deployment.
func (s *Set) With(file string, o *Org) (*Set, error) {
	files := map[string]string{o.Code: file}
	var orgs []*Org
	for _, c := range s.codes {
		if c != o.Code {
			files[c] = s.files[c]
			orgs = append(orgs, s.orgs[c])
		}
	}
	// o comes last, so that a conflict is reported against its file.
	return NewSet(s.deployment, files, append(orgs, o)...)
}

// WithDefault returns a copy of the set with another default organization
// (PLAZA_ORG_CODE); it must be one of the set.
func (s *Set) WithDefault(code string) (*Set, error) {
	if _, ok := s.orgs[code]; !ok {
		return nil, fmt.Errorf("org: default organization %q is not one of the organizations (%s)", code, strings.Join(s.codes, ", "))
	}
	c := *s
	c.deployment.Default = code
	return &c, nil
}

// Default returns the default organization.
func (s *Set) Default() *Org { return s.orgs[s.deployment.Default] }

// Get returns an organization by code.
func (s *Set) Get(code string) (*Org, bool) {
	o, ok := s.orgs[code]
	return o, ok
}

// All returns the organizations in code order.
func (s *Set) All() []*Org {
	out := make([]*Org, 0, len(s.codes))
	for _, c := range s.codes {
		out = append(out, s.orgs[c])
	}
	return out
}

// Shared returns what every organization publishes alike.
func (s *Set) Shared() Public { return s.deployment.Public }

//go:embed orgs/*.json
var embedded embed.FS

// Embedded returns the embedded set: Seoul City Hall, the default, and
// Gangnam-gu.
func Embedded() *Set {
	s, err := load(embedded.ReadDir, embedded.ReadFile, "orgs")
	if err != nil {
		panic("org: embedded organizations: " + err.Error()) // ruled out by the package tests
	}
	return s
}

// LoadDir reads a folder of organizations' files (<code>.json) and its
// deployment.json.
func LoadDir(dir string) (*Set, error) {
	return load(os.ReadDir, os.ReadFile, filepath.ToSlash(dir))
}

// load reads the *.json files of dir through readDir and readFile, as
// os and embed.FS both provide them (fs.Glob and fs.Sub would add 15 KB
// to every function's bootstrap).
func load[E interface{ Name() string }](readDir func(string) ([]E, error), readFile func(string) ([]byte, error), dir string) (*Set, error) {
	entries, err := readDir(dir)
	if err != nil {
		return nil, fmt.Errorf("org: %w", err)
	}
	prefix := dir + "/"
	var names []string
	for _, e := range entries {
		if n := e.Name(); strings.HasSuffix(n, ".json") {
			names = append(names, n)
		}
	}
	var (
		errs  []error
		dep   Deployment
		orgs  []*Org
		files = map[string]string{}
	)
	if !slices.Contains(names, DeploymentFile) {
		errs = append(errs, fmt.Errorf("%s%s: missing; it names the default organization", prefix, DeploymentFile))
	}
	for _, n := range names {
		data, err := readFile(prefix + n)
		if err != nil {
			errs = append(errs, fmt.Errorf("org: %w", err))
			continue
		}
		if n == DeploymentFile {
			if dep, err = ParseDeployment(prefix+n, data); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		o, err := ParseFile(prefix+n, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		orgs = append(orgs, o)
		files[o.Code] = prefix + n
	}
	if len(orgs) == 0 && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("%s: no organization's file", strings.TrimSuffix(prefix, "/")))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return NewSet(dep, files, orgs...)
}

// ParseFile is Parse, and the file must be named after the code
// (<code>.json), so that one organization has one file.
func ParseFile(file string, data []byte) (*Org, error) {
	o, err := Parse(file, data)
	if err != nil {
		return nil, err
	}
	if base := path.Base(filepath.ToSlash(file)); base != o.Code+".json" {
		return nil, fmt.Errorf("%s: code: %q must be in a file named %s.json", file, o.Code, o.Code)
	}
	return o, nil
}

// validateNotices checks the notices: a date, a title of at most 200
// characters, and a link that stays on the portal or is https (never
// javascript: or another scheme, which the home would make a link of).
func (o *Org) validateNotices(p *problems) {
	if len(o.Notices) > MaxNotices {
		p.add("notices", "has %d notices; at most %d", len(o.Notices), MaxNotices)
	}
	for i, n := range o.Notices {
		f := fmt.Sprintf("notices[%d]", i)
		if _, err := time.Parse(time.DateOnly, n.Date); err != nil {
			p.add(f+".date", "%q is not a date (YYYY-MM-DD)", n.Date)
		}
		for _, t := range [][2]string{{"title", n.Title}, {"title_en", n.TitleEn}} {
			if utf8.RuneCountInString(t[1]) > 200 {
				p.add(f+"."+t[0], "is longer than 200 characters")
			}
		}
		if strings.TrimSpace(n.Title) == "" {
			p.add(f+".title", "is missing")
		}
		if u := n.URL; u != "" && !(strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "//")) && !strings.HasPrefix(u, "https://") {
			p.add(f+".url", "%q is neither a path on the portal (/…) nor an https address", u)
		}
	}
}
