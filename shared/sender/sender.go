// Package sender says which internal system may send what. Every system
// drops its documents under its own inbox prefix (the first folder of an
// inbox key: e-approval/…, minutes/…), and the configuration binds each
// prefix to an organization and, optionally, to the departments it sends
// for. An envelope from a prefix for another organization or department is
// refused with a reason, and so is an envelope for a document id that
// another system sent first (the pipeline checks that against the ledger).
//
// The configuration is JSON:
//
//	{"systems": [
//	  {"prefix": "e-approval", "organization": "6110000"},
//	  {"prefix": "minutes", "departments": ["1100123", "1100200"]},
//	  {"prefix": "*"}
//	]}
//
// "organization" empty means the deployment's default organization;
// "departments" empty means any department of it; the prefix "*" matches
// every system not listed (leave it out to refuse unknown systems).
//
// The default configuration comes from the organizations' files
// (shared/org, FromOrgs), where each organization lists its prefixes; a
// file in this format (serve --senders, the plaza:senders context)
// replaces it for a deployment, and must name only organizations that
// have a file (CheckOrgs).
package sender

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/org"
)

// Reason codes of refused senders.
const (
	CodeUnknownSystem     = "sender.unknown_system"
	CodeWrongOrganization = "sender.wrong_organization"
	CodeWrongDepartment   = "sender.wrong_department"
	// CodeNotOwner: the id belongs to the system that first sent it.
	CodeNotOwner = "sender.not_owner"
)

// Any is the prefix that matches every system not listed.
const Any = "*"

// System is one sending system's entry.
type System struct {
	// Prefix is the first folder of the system's inbox keys, or Any.
	Prefix string `json:"prefix"`
	// Organization is the code the system sends for; "" is the
	// deployment's default organization.
	Organization string `json:"organization,omitempty"`
	// Departments limits the departments it sends for; empty: any.
	Departments []string `json:"departments,omitempty"`
}

// Config is the validated configuration. It is not changed after Parse.
type Config struct {
	Systems []System `json:"systems"`
}

// Default returns the configuration of the embedded organizations
// (shared/org): City Hall's file binds every prefix no organization lists.
func Default() *Config {
	return FromOrgs(org.Embedded())
}

// FromOrgs binds each organization's prefixes to it, in code order (the
// set has checked that no prefix is bound twice).
func FromOrgs(s *org.Set) *Config {
	c := &Config{}
	for _, o := range s.All() {
		for _, snd := range o.Senders {
			c.Systems = append(c.Systems, System{Prefix: snd.Prefix, Organization: o.Code, Departments: slices.Clone(snd.Departments)})
		}
	}
	return c
}

// CheckOrgs says whether every organization the configuration names has a
// file in s (an empty one is s's default).
func (c *Config) CheckOrgs(s *org.Set) error {
	var errs []error
	for i, sys := range c.Systems {
		if sys.Organization == "" {
			continue
		}
		if _, ok := s.Get(sys.Organization); !ok {
			errs = append(errs, fmt.Errorf("senders: systems[%d].organization: %q has no organization's file", i, sys.Organization))
		}
	}
	return errors.Join(errs...)
}

// Load reads a configuration file; an empty path is the default.
func Load(path string) (*Config, error) {
	if path == "" {
		return Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("senders: %w", err)
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

var (
	prefixRE = regexp.MustCompile(`^[A-Za-z0-9._-]{1,128}$`)
	codeRE   = regexp.MustCompile(`^[A-Za-z0-9_-]{1,32}$`)
)

// Parse reads and validates a configuration. Every problem is reported,
// each naming the entry and field.
func Parse(data []byte) (*Config, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c Config
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("senders: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("senders: unexpected data after the configuration object")
	}
	var errs []error
	bad := func(i int, field, format string, args ...any) {
		errs = append(errs, fmt.Errorf("senders: systems[%d].%s: %s", i, field, fmt.Sprintf(format, args...)))
	}
	if len(c.Systems) == 0 {
		errs = append(errs, errors.New(`senders: "systems" is empty; list at least one system (or {"prefix": "*"})`))
	}
	seen := map[string]int{}
	for i, s := range c.Systems {
		switch {
		case s.Prefix == "":
			bad(i, "prefix", "is missing")
		case s.Prefix != Any && (!prefixRE.MatchString(s.Prefix) || strings.Contains(s.Prefix, "..")):
			bad(i, "prefix", "%q must be %q or a folder name of letters, digits, '.', '_' or '-'", s.Prefix, Any)
		}
		if j, dup := seen[s.Prefix]; dup && s.Prefix != "" {
			bad(i, "prefix", "%q is already systems[%d]", s.Prefix, j)
		}
		seen[s.Prefix] = i
		if s.Organization != "" && !codeRE.MatchString(s.Organization) {
			bad(i, "organization", "%q is not an organization code (1 to 32 of letters, digits, '_', '-')", s.Organization)
		}
		for k, d := range s.Departments {
			if !codeRE.MatchString(d) {
				bad(i, fmt.Sprintf("departments[%d]", k), "%q is not a department code", d)
			}
			if slices.Index(s.Departments, d) < k {
				bad(i, fmt.Sprintf("departments[%d]", k), "%q is listed twice", d)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &c, nil
}

// JSON returns the configuration in compact form (for an environment
// variable).
func (c *Config) JSON() string {
	data, _ := json.Marshal(c)
	return string(data)
}

// SystemOf returns the system of an inbox key: its first folder, or "" for
// a key at the top of the inbox.
func SystemOf(key string) string {
	sys, _, ok := strings.Cut(key, "/")
	if !ok {
		return ""
	}
	return sys
}

// Lookup returns the entry of a system: its own, else the Any entry.
func (c *Config) Lookup(system string) (System, bool) {
	if system == "" {
		return System{}, false
	}
	var fallback *System
	for i, s := range c.Systems {
		if s.Prefix == system {
			return s, true
		}
		if s.Prefix == Any {
			fallback = &c.Systems[i]
		}
	}
	if fallback != nil {
		return *fallback, true
	}
	return System{}, false
}

// OrgOf returns the organization a system sends for: where its refused
// envelopes are recorded. An unknown system's go to defaultOrg.
func (c *Config) OrgOf(system, defaultOrg string) string {
	if s, ok := c.Lookup(system); ok && s.Organization != "" {
		return s.Organization
	}
	return defaultOrg
}

// Check says whether system may send a document of org and department.
func (c *Config) Check(system, org, department, defaultOrg string) *document.Problem {
	s, ok := c.Lookup(system)
	if !ok {
		return document.Errorf(CodeUnknownSystem, "the inbox folder is not a configured sending system")
	}
	want := s.Organization
	if want == "" {
		want = defaultOrg
	}
	if org != want {
		return document.Errorf(CodeWrongOrganization, fmt.Sprintf("this system sends for organization %s, not %s", want, org))
	}
	if len(s.Departments) > 0 && !slices.Contains(s.Departments, department) {
		return document.Errorf(CodeWrongDepartment, fmt.Sprintf("this system does not send for department %s", department))
	}
	return nil
}
