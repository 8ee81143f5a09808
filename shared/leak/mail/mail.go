// Package mail tells people about leak reports by e-mail and SMS: the
// department's officers, the organization's privacy officer and, when it
// left a contact, the reporter. No message carries the reported text —
// only the document, the report id, the reason and the state, with a link.
package mail

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/leak"
	"github.com/seoul-plaza/plaza/shared/notify"
)

// Person is someone to tell.
type Person struct {
	Email string
	Phone string
}

// Directory finds who answers for a department of an organization, and
// the organization's privacy officer. Department ids repeat across
// organizations, so both name the organization (Officers adapts the
// inquiry directories).
type Directory interface {
	Officers(org, department string) []Person
	Privacy(org string) (Person, bool)
}

// Officers reads the inquiry directories of the deployment's
// organizations: a department's officers and head, and each
// organization's privacy officer.
func Officers(dirs *inquiry.Directories) Directory { return directories{dirs} }

type directories struct{ dirs *inquiry.Directories }

func (d directories) Officers(org, department string) []Person {
	dir, ok := d.dirs.Of(org)
	if !ok {
		return nil
	}
	r := dir.Lookup(department)
	var out []Person
	for _, p := range r.Officers {
		out = append(out, Person{Email: p.Email, Phone: p.Phone})
	}
	if r.Head != nil {
		out = append(out, Person{Email: r.Head.Email, Phone: r.Head.Phone})
	}
	return out
}

func (d directories) Privacy(org string) (Person, bool) {
	dir, ok := d.dirs.Of(org)
	if !ok {
		return Person{}, false
	}
	p, ok := dir.Privacy()
	return Person{Email: p.Email, Phone: p.Phone}, ok && p.Email != ""
}

// Notifier is a leak.Notifier over a mailer and a texter.
type Notifier struct {
	Mailer notify.Mailer
	Texter notify.Texter
	// Directory finds the report's organization's officers of the
	// department and its privacy officer.
	Directory Directory
	// PortalURL is the portal's base URL, for links.
	PortalURL string
}

var _ leak.Notifier = (*Notifier)(nil)

var reasonKO = map[leak.Reason]string{
	leak.MyData: "본인의 개인정보", leak.SomeonesData: "다른 사람의 개인정보", leak.Classified: "비공개 대상 내용", leak.Mistake: "오류",
}

// Notify sends one notice.
func (n *Notifier) Notify(ctx context.Context, no leak.Notice) error {
	r := no.Report
	switch no.To {
	case leak.ToDepartment, leak.ToPrivacy:
		var people []Person
		switch privacy, ok := n.Directory.Privacy(r.Org); {
		case no.To == leak.ToDepartment:
			people = n.Directory.Officers(r.Org, r.Department)
			if len(people) == 0 {
				return fmt.Errorf("leak notice: organization %q has no directory in this deployment", r.Org)
			}
		case !ok:
			return fmt.Errorf("leak notice: no privacy officer in the directory of organization %q", r.Org)
		default:
			people = []Person{privacy}
		}
		state := "담당자 확인이 필요합니다."
		if r.State == leak.Masked {
			state = fmt.Sprintf("신고된 내용은 %d곳에서 즉시 가렸습니다. 확인 후 유지(확정)하거나 복원해 주십시오.", r.Found)
		}
		subject := "[정보공개] 개인정보 노출 신고: " + oneLine(r.DocumentTitle)
		text := fmt.Sprintf("문서 %s (%s)에 대한 신고가 접수되었습니다.\n사유: %s\n%s\n\n처리: %s/staff/#reports/%s/%s\n",
			r.Document, oneLine(r.DocumentTitle), reasonKO[r.Reason], state, n.PortalURL, r.Document, r.ID)
		var errs []error
		for i, p := range people {
			if p.Email == "" {
				continue
			}
			errs = append(errs, n.Mailer.Send(ctx, notify.Mail{To: p.Email, Subject: subject, Text: text, Key: fmt.Sprintf("%s/%d", no.Key, i)}))
		}
		return errors.Join(errs...)
	case leak.ToReporter:
		ko := map[leak.State]string{
			leak.Confirmed: "개인정보임을 확인하여 가림 처리를 유지했습니다.",
			leak.Restored:  "확인 결과 개인정보가 아니어서 원래대로 공개했습니다.",
			leak.Dismissed: "확인 결과 고칠 내용이 없었습니다.",
		}[r.State]
		if ko == "" {
			return nil
		}
		text := fmt.Sprintf("[정보공개] 신고하신 문서(%s)를 담당자가 확인했습니다: %s", r.Document, ko)
		var errs []error
		if no.Contact.Email != "" {
			errs = append(errs, n.Mailer.Send(ctx, notify.Mail{To: no.Contact.Email, Subject: "[정보공개] 개인정보 노출 신고 처리 결과", Text: text, Key: no.Key + "/mail"}))
		}
		if no.Contact.Phone != "" && n.Texter != nil {
			errs = append(errs, n.Texter.Send(ctx, notify.SMS{To: no.Contact.Phone, Text: text, Key: no.Key + "/sms"}))
		}
		return errors.Join(errs...)
	}
	return fmt.Errorf("leak notice: unknown recipient %q", no.To)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
