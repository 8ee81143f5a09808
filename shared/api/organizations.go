package api

import (
	"net/http"
	"path"
	"slices"
	"strings"

	"github.com/seoul-plaza/plaza/shared/httpjson"
	orgs "github.com/seoul-plaza/plaza/shared/org"
)

// orgsMaxAge is how long CloudFront and browsers may keep the
// organizations: they come from the organizations' files, which change
// only with a deployment, like the portal's own files (5 minutes).
const orgsMaxAge = 300

// emblemBase is where the portal's assets are served from (locally by
// shared/portal, on AWS from the site bucket, laid out the same way by
// infra/stack.PortalSite); an organization's emblem is a path under it.
const emblemBase = "/static/"

// Organization is what a citizen may read about an organization: its code,
// name and branding. It is built field by field from the organization's
// file, never by encoding orgs.Org, so that departments, officers, heads
// and the privacy officer (names, personal e-mail and mobile numbers)
// cannot reach this public, cached route, whatever is added to the file.
type Organization struct {
	Code     string      `json:"code"`
	Name     string      `json:"name"`
	Branding OrgBranding `json:"branding"`
	// SubjectAreas are what citizens browse by (GET /api/documents?
	// organization=code&subject=id): ids and names only.
	SubjectAreas []OrgSubjectArea `json:"subject_areas"`
}

// OrgSubjectArea is a subject area as citizens see it.
type OrgSubjectArea struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// subjectArea is area id of organization code, from its file.
func (h *Handler) subjectArea(code, id string) (orgs.SubjectArea, bool) {
	if h.d.Orgs == nil {
		return orgs.SubjectArea{}, false
	}
	o, ok := h.d.Orgs.Get(code)
	if !ok {
		return orgs.SubjectArea{}, false
	}
	return o.SubjectArea(id)
}

// OrgBranding is an organization's branding on the portal.
type OrgBranding struct {
	Name string `json:"name"`
	// EmblemURL is the emblem's path on the portal's site, "" for none.
	EmblemURL string     `json:"emblem_url,omitempty"`
	Colors    OrgColors  `json:"colors"`
	Contact   OrgContact `json:"contact"`
}

// OrgColors are #RRGGBB, as the organization's file validates them.
type OrgColors struct {
	Primary string `json:"primary"`
	Accent  string `json:"accent,omitempty"`
}

// OrgContact is the organization's public contact (its branding.contact):
// the office's telephone, e-mail and address, never a person's.
type OrgContact struct {
	Phone   string `json:"phone,omitempty"`
	Email   string `json:"email,omitempty"`
	Address string `json:"address,omitempty"`
}

// publicOrg is o as a citizen may read it.
func publicOrg(o *orgs.Org) Organization {
	b := o.Branding
	out := Organization{Code: o.Code, Name: o.Name, Branding: OrgBranding{
		Name:    b.Name,
		Colors:  OrgColors{Primary: b.Colors.Primary, Accent: b.Colors.Accent},
		Contact: OrgContact{Phone: b.Contact.Phone, Email: b.Contact.Email, Address: b.Contact.Address},
	}, SubjectAreas: []OrgSubjectArea{}}
	for _, a := range o.SubjectAreas {
		out.SubjectAreas = append(out.SubjectAreas, OrgSubjectArea{ID: a.ID, Name: a.Name})
	}
	// The file's validation keeps the emblem a clean relative path; the
	// Join only adds the assets' prefix.
	if b.Emblem != "" {
		out.Branding.EmblemURL = path.Join(emblemBase, b.Emblem)
	}
	return out
}

// listOrganizations answers every organization of the deployment, in code
// order; none when the handler was built without Deps.Orgs.
func (h *Handler) listOrganizations(w http.ResponseWriter, r *http.Request) {
	items := []Organization{}
	if h.d.Orgs != nil {
		for _, o := range h.d.Orgs.All() {
			items = append(items, publicOrg(o))
		}
	}
	writeCachedJSON(w, map[string]any{"items": items}, orgsMaxAge)
}

// getOrganization answers one organization by its code.
func (h *Handler) getOrganization(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	if !codePattern.MatchString(code) {
		(&badParam{"code", "code must be 1 to 32 characters of [A-Za-z0-9_-]"}).write(w)
		return
	}
	var o *orgs.Org
	if h.d.Orgs != nil {
		o, _ = h.d.Orgs.Get(code)
	}
	if o == nil {
		httpjson.Error(w, http.StatusNotFound, "organization.not_found", "no such organization")
		return
	}
	writeCachedJSON(w, publicOrg(o), orgsMaxAge)
}

// Notice is one of an organization's notices as the portal's home lists
// it: built field by field from the organization's file, like
// Organization.
type Notice struct {
	Date    string `json:"date"`
	Title   string `json:"title"`
	TitleEn string `json:"title_en,omitempty"`
	URL     string `json:"url,omitempty"`
}

// listNotices answers the notices of ?organization= (the deployment's
// default organization when absent), newest first.
func (h *Handler) listNotices(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("organization")
	if code == "" {
		code = h.d.DefaultOrg
	}
	if !codePattern.MatchString(code) {
		(&badParam{"organization", "organization must be 1 to 32 characters of [A-Za-z0-9_-]"}).write(w)
		return
	}
	var o *orgs.Org
	if h.d.Orgs != nil {
		o, _ = h.d.Orgs.Get(code)
	}
	if o == nil {
		httpjson.Error(w, http.StatusNotFound, "organization.not_found", "no such organization")
		return
	}
	items := make([]Notice, 0, len(o.Notices))
	for _, n := range o.Notices {
		items = append(items, Notice{Date: n.Date, Title: n.Title, TitleEn: n.TitleEn, URL: n.URL})
	}
	// Dates are YYYY-MM-DD: as strings they sort as dates.
	slices.SortStableFunc(items, func(a, b Notice) int { return strings.Compare(b.Date, a.Date) })
	writeCachedJSON(w, map[string]any{"organization": code, "items": items}, orgsMaxAge)
}
