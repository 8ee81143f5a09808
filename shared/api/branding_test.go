package api

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
	orgs "github.com/seoul-plaza/plaza/shared/org"
	"github.com/seoul-plaza/plaza/shared/search"
)

// lowContrastOrg is a third organization, onboarded as a copy of
// Gangnam-gu whose branding colour fails 4.5:1 on white (#00A0E9 is about
// 2.9:1): the portal must keep its own colour for it.
const lowContrastOrg = "3230000"

// TestPortalOrganizationBrandingInChromium opens a Gangnam-gu document and
// a City Hall document in a real browser: each page shows its own
// organization's name and public contact (문의처) and colour, and nothing
// of the other's. A branding colour without the contrast is not used.
func TestPortalOrganizationBrandingInChromium(t *testing.T) {
	e := newEnv(t)
	gangnam, _ := orgs.Embedded().Get(orgB)
	low := *gangnam
	low.Code, low.Name = lowContrastOrg, "서울특별시 송파구"
	low.Senders = []orgs.Sender{{Prefix: "songpa-approval"}}
	low.Branding.Name = "송파구 정보공개"
	low.Branding.Emblem = "emblems/none.svg" // no such file: the page hides the image
	low.Branding.Colors = orgs.Colors{Primary: "#00A0E9"}
	low.Branding.Contact = orgs.Contact{Phone: "02-2147-2000", Email: "info@songpa.go.kr", Address: "서울특별시 송파구 올림픽로 326"}
	set, err := orgs.Embedded().With(lowContrastOrg+".json", &low)
	if err != nil {
		t.Fatal(err)
	}
	d := e.h.d
	d.Orgs = set
	srv := httptest.NewServer(New(d))
	t.Cleanup(srv.Close)

	// Gangnam-gu's and Songpa-gu's documents, published as the pipeline
	// would (City Hall's come with the env).
	ctx := context.Background()
	for _, o := range []struct{ code, name, id, title string }{
		{orgB, "서울특별시 강남구", "GANGNAM-2014-0001", "강남구 정보공개 추진계획"},
		{lowContrastOrg, "서울특별시 송파구", "SONGPA-2014-0001", "송파구 정보공개 추진계획"},
	} {
		doc := publicDocKw(o.id, "3220100", "감사담당관", "approval", document.GradePublic, o.title,
			"구민에게 행정정보를 공개하기 위한 추진계획입니다.", time.Date(2014, 3, 2, 10, 15, 0, 0, kst), []string{"정보공개"})
		doc.Organization = document.Organization{Code: o.code, Name: o.name}
		e.putJSON(t, buckets.Public, document.PublicKey(doc.Key()), doc)
		if err := e.index.Index(ctx, search.Doc{Org: o.code, ID: doc.ID, Version: 1, Title: doc.Title, Body: doc.Body,
			DepartmentCode: doc.Department.Code, DepartmentName: doc.Department.Name, Type: doc.Type, Grade: doc.Disclosure.Grade,
			ApprovedAt: doc.ApprovedAt, Keywords: doc.Keywords}); err != nil {
			t.Fatal(err)
		}
		e.putRecord(t, doc.ID, doc.Department.Code, document.GradePublic, ledger.Indexed, o.code)
	}

	city := []string{"서울특별시 정보소통광장", "02-120", "opengov@seoul.go.kr", "서울특별시 중구 세종대로 110", "/static/emblems/6110000.svg"}
	gangnamShows := []string{"서울특별시 강남구", "강남구 정보공개", "02-3423-5114", "info@gangnam.go.kr", "서울특별시 강남구 학동로 426", "/static/emblems/3220000.svg"}
	songpa := []string{"송파구 정보공개", "02-2147-2000", "info@songpa.go.kr", "올림픽로 326"}
	contact := `<h2 id="org-contact-title">문의처</h2>`

	t.Run("City Hall document", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?id=SEOUL-2014-0001")
		mustContain(t, "city", dom, append([]string{contact, `data-org="6110000"`, "--org-color: #00376F", `href="tel:02120"`, `href="mailto:opengov@seoul.go.kr"`}, city...)...)
		mustNotContain(t, "city", dom, append(gangnamShows, songpa...)...)
	})
	t.Run("Gangnam-gu document", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?id=GANGNAM-2014-0001&org="+orgB)
		mustContain(t, "gangnam", dom, append([]string{contact, `data-org="3220000"`, "--org-color: #005BAC", `href="tel:0234235114"`}, gangnamShows...)...)
		mustNotContain(t, "gangnam", dom, append(city, songpa...)...)
	})
	t.Run("low-contrast colour falls back", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?id=SONGPA-2014-0001&org="+lowContrastOrg)
		mustContain(t, "songpa", dom, append([]string{contact, `data-org="3230000"`,
			`src="/static/emblems/none.svg" alt="" width="32" height="32" hidden="">`}, songpa...)...)
		mustNotContain(t, "songpa", dom, "--org-color", "#00A0E9", "02-3423-5114", "opengov@seoul.go.kr")
	})
	t.Run("organization facet names", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?q="+"%EC%A0%95%EB%B3%B4%EA%B3%B5%EA%B0%9C")
		mustContain(t, "facets", dom, `data-facet="organization"`, "<span>서울특별시 강남구</span>", "<span>서울특별시</span>", "<span>서울특별시 송파구</span>")
	})
}
