package mail_test

import (
	"context"
	"slices"
	"testing"

	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/leak/mail"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/org"
)

type mailer struct{ to []string }

func (m *mailer) Send(_ context.Context, msg notify.Mail) error {
	m.to = append(m.to, msg.To)
	return nil
}

// A report on Gangnam-gu's document of department 1100123 goes to
// Gangnam-gu's officers and privacy officer, a report on City Hall's
// document of the same id and department to City Hall's: department ids
// repeat across organizations, and the notices never cross.
func TestNoticesGoToTheReportsOrganization(t *testing.T) {
	set := org.Embedded()
	for _, c := range []struct {
		org           string
		dept, privacy string
		notTo         []string
	}{
		{"3220000", "plan-1@gangnam-gu.example", "privacy@gangnam-gu.example",
			[]string{"info.officer1@seoul-city.example", "privacy.officer@seoul-city.example"}},
		{"6110000", "info.officer1@seoul-city.example", "privacy.officer@seoul-city.example",
			[]string{"plan-1@gangnam-gu.example", "privacy@gangnam-gu.example"}},
	} {
		m := &mailer{}
		n := &mail.Notifier{Mailer: m, Directory: mail.Officers(inquiry.FromOrgs(set)), PortalURL: "https://plaza.example"}
		r := leak.Report{ID: "R-1", Org: c.org, Document: "DOC-1", DocumentTitle: "계획", Department: "1100123", Reason: leak.MyData, State: leak.Masked}
		for _, to := range []string{leak.ToDepartment, leak.ToPrivacy} {
			if err := n.Notify(context.Background(), leak.Notice{To: to, Report: r, Key: "k/" + to}); err != nil {
				t.Fatalf("%s %s: %v", c.org, to, err)
			}
		}
		if !slices.Contains(m.to, c.dept) || !slices.Contains(m.to, c.privacy) {
			t.Errorf("%s: sent to %v, want %s and %s", c.org, m.to, c.dept, c.privacy)
		}
		for _, x := range c.notTo {
			if slices.Contains(m.to, x) {
				t.Errorf("%s: another organization's %s was told", c.org, x)
			}
		}
	}
	// An organization the deployment does not have is told nothing, and
	// the notice stays owed (an error) rather than going to another's.
	m := &mailer{}
	n := &mail.Notifier{Mailer: m, Directory: mail.Officers(inquiry.FromOrgs(set))}
	r := leak.Report{ID: "R-2", Org: "9999999", Document: "DOC-1", Department: "1100123", Reason: leak.MyData}
	for _, to := range []string{leak.ToDepartment, leak.ToPrivacy} {
		if err := n.Notify(context.Background(), leak.Notice{To: to, Report: r, Key: "k"}); err == nil || len(m.to) != 0 {
			t.Errorf("unknown organization, %s: %v, sent to %v", to, err, m.to)
		}
	}
}
