package inquiry

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"slices"
	"strings"

	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/storage"
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

// Directory maps department codes to the people who answer. Its source
// is the organization's file (shared/org, FromOrg); on AWS a JSON file of
// the same content is stored in the inquiry table (ParseDirectory,
// MarshalJSON). An unknown department is never dropped: it falls back to
// the information disclosure office.
type Directory struct {
	fallback string
	units    map[string]Unit
	privacy  *Person
}

// directoryFile is the directory's JSON form.
type directoryFile struct {
	Fallback    string `json:"fallback"`
	Departments []Unit `json:"departments"`
	// Privacy is the organization's privacy officer, told of every
	// citizen's report of personal data (shared/leak).
	Privacy *Person `json:"privacy_officer,omitempty"`
}

// DefaultDirectory returns the directory of the embedded default
// organization (shared/org: Seoul City Hall).
func DefaultDirectory() *Directory {
	return FromOrg(org.Embedded().Default())
}

// FromOrg returns an organization's directory: its departments, their
// officers and heads, the fallback and the privacy officer. The file was
// validated when it was loaded.
func FromOrg(o *org.Org) *Directory {
	d := &Directory{fallback: o.Inquiry.Fallback, units: map[string]Unit{}}
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

// MarshalJSON writes the directory in the format ParseDirectory reads
// (to store an organization's directory in the inquiry table).
func (d *Directory) MarshalJSON() ([]byte, error) {
	f := directoryFile{Fallback: d.fallback, Privacy: d.privacy, Departments: make([]Unit, 0, len(d.units))}
	for _, u := range d.units {
		f.Departments = append(f.Departments, u)
	}
	slices.SortFunc(f.Departments, func(a, b Unit) int { return strings.Compare(a.Code, b.Code) })
	return json.Marshal(f)
}

// ParseDirectory reads and checks a directory file.
func ParseDirectory(r io.Reader) (*Directory, error) {
	var f directoryFile
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("inquiry: directory: %w", err)
	}
	d := &Directory{fallback: f.Fallback, units: map[string]Unit{}, privacy: f.Privacy}
	var errs []error
	if p := f.Privacy; p != nil {
		if a, err := mail.ParseAddress(p.Email); p.ID == "" || err != nil || a.Address != p.Email {
			errs = append(errs, fmt.Errorf("the privacy officer needs an id and a good e-mail"))
		}
	}
	for _, u := range f.Departments {
		if u.Code == "" || u.Name == "" {
			errs = append(errs, fmt.Errorf("a department without code or name"))
			continue
		}
		if _, dup := d.units[u.Code]; dup {
			errs = append(errs, fmt.Errorf("department %s listed twice", u.Code))
		}
		if len(u.Officers) == 0 {
			errs = append(errs, fmt.Errorf("department %s has no officer", u.Code))
		}
		people := append([]Person(nil), u.Officers...)
		if u.Head != nil {
			people = append(people, *u.Head)
		}
		for _, p := range people {
			if p.ID == "" || p.Email == "" {
				errs = append(errs, fmt.Errorf("department %s: a person without id or e-mail", u.Code))
				continue
			}
			if a, err := mail.ParseAddress(p.Email); err != nil || a.Address != p.Email {
				errs = append(errs, fmt.Errorf("department %s: %s has a bad e-mail", u.Code, p.ID))
			}
			if p.Phone != "" {
				if _, err := notify.E164(p.Phone); err != nil {
					errs = append(errs, fmt.Errorf("department %s: %s has a bad phone", u.Code, p.ID))
				}
			}
		}
		d.units[u.Code] = u
	}
	if _, ok := d.units[d.fallback]; !ok {
		errs = append(errs, fmt.Errorf("the fallback department %q is not listed", d.fallback))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("inquiry: directory: %w", err)
	}
	return d, nil
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

// LoadDirectory reads a directory file from an object store: on AWS the
// work bucket (private) holds it, e.g. config/inquiry-directory.json, so
// that departments change without a deployment.
func LoadDirectory(ctx context.Context, st storage.Store, bucket, key string) (*Directory, error) {
	data, err := storage.ReadAll(ctx, st, bucket, key, 4<<20)
	if err != nil {
		return nil, fmt.Errorf("inquiry: directory %s/%s: %w", bucket, key, err)
	}
	return ParseDirectory(strings.NewReader(string(data)))
}
