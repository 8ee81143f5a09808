package inquiry

import (
	"fmt"

	"github.com/seoul-plaza/plaza/shared/org"
)

// Person is an officer or head in the contact directory.
type Person struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Position string `json:"position,omitempty"`
	Email    string `json:"email,omitempty"`
	Phone    string `json:"phone,omitempty"`
}

// Unit is one department in the directory.
type Unit struct {
	Code     string   `json:"code"`
	Name     string   `json:"name"`
	Officers []Person `json:"officers"`
	Head     *Person  `json:"head"`
}

// Route is where an inquiry goes.
type Route struct {
	Unit
	// Fallback is true when the department was unknown and the route is
	// the information disclosure office's.
	Fallback bool
	// Asked is the department code that was looked up.
	Asked string
}

// Directory maps one organization's department codes to the people who
// answer. Its only source is the organization's file (shared/org,
// FromOrg), on one machine and on AWS alike: the functions read the
// files they carry. An unknown department is never dropped: it falls
// back to the organization's information disclosure office, never to
// another organization's.
type Directory struct {
	org      string
	sender   string
	fallback string
	units    map[string]Unit
	privacy  *Person
}

// FromOrg returns an organization's directory: its departments, their
// officers and heads, the fallback and the privacy officer. The file was
// validated when it was loaded.
func FromOrg(o *org.Org) *Directory {
	d := &Directory{org: o.Code, sender: o.Branding.Name, fallback: o.Inquiry.Fallback, units: map[string]Unit{}}
	if p := o.Inquiry.Privacy; p != nil {
		d.privacy = &Person{ID: p.ID, Name: p.Name, Position: p.Position, Email: p.Email, Phone: p.Phone}
	}
	for _, dep := range o.Departments {
		u := Unit{Code: dep.ID, Name: dep.Name}
		for _, p := range dep.Officers {
			u.Officers = append(u.Officers, Person(p))
		}
		if dep.Head != nil {
			h := Person(*dep.Head)
			u.Head = &h
		}
		d.units[u.Code] = u
	}
	return d
}

// Org returns the code of the directory's organization.
func (d *Directory) Org() string { return d.org }

// Sender is the name the organization's notices are signed with (its
// branding name, e.g. 강남구 정보공개).
func (d *Directory) Sender() string { return d.sender }

// Directories are the directories of a deployment's organizations, by
// code. Department codes are unique within an organization only (City
// Hall and Gangnam-gu both have 1100123), so every lookup names the
// organization first.
type Directories struct {
	byOrg map[string]*Directory
}

// FromOrgs returns the directory of every organization of the set.
func FromOrgs(s *org.Set) *Directories {
	ds := &Directories{byOrg: map[string]*Directory{}}
	for _, o := range s.All() {
		ds.byOrg[o.Code] = FromOrg(o)
	}
	return ds
}

// Of returns an organization's directory; false when the deployment has
// no such organization.
func (ds *Directories) Of(org string) (*Directory, bool) {
	d, ok := ds.byOrg[org]
	return d, ok
}

// errNoDirectory is the error of an inquiry whose organization is not (or
// no longer) one of the deployment's: it is routed nowhere rather than to
// another organization's officers.
func errNoDirectory(id, org string) error {
	return fmt.Errorf("inquiry %s: organization %q has no directory in this deployment (shared/org)", id, org)
}

// Lookup returns the route for a department code, falling back (and
// saying so) when the code is unknown.
func (d *Directory) Lookup(department string) Route {
	if u, ok := d.units[department]; ok {
		return Route{Unit: u, Asked: department}
	}
	return Route{Unit: d.units[d.fallback], Fallback: true, Asked: department}
}

// Officer returns the officer id of a department, if listed there.
func (d *Directory) Officer(department, id string) (Person, bool) {
	for _, p := range d.units[department].Officers {
		if p.ID == id {
			return p, true
		}
	}
	return Person{}, false
}

// Privacy returns the organization's privacy officer, if listed.
func (d *Directory) Privacy() (Person, bool) {
	if d.privacy == nil {
		return Person{}, false
	}
	return *d.privacy, true
}

// Units returns the number of listed departments.
func (d *Directory) Units() int { return len(d.units) }
