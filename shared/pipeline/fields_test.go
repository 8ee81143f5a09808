package pipeline

import (
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/review"
)

// Every field the redact stage reports a finding or a doubt in is a
// field a reviewer can mask: a document held for a doubt in the
// drafter's name or an attachment must be fixable, not only withheld.
func TestReportedFieldsAreReviewable(t *testing.T) {
	e := newEnv(t)
	st := document.Staged{Body: "민원인 홍길동(010-1234-5678)의 민원입니다.",
		Attachments: []document.Attachment{{Name: "붙임 김철수 010-2222-3333.hwp", Text: "신청인 이영희 010-9876-5432"}}}
	st.Title = "민원 회신 (박민수 010-5555-6666)"
	st.Keywords = []string{"민원", "최지우 010-7777-8888"}
	st.Drafter = document.Person{Name: "이순신 010-1111-2222", Position: "주무관 900101-1234567"}
	st.Approver = document.Person{Name: "강감찬", Position: "과장"}
	st.Department.Name = "민원과 02-123-4567 자택"
	st.Organization.Name = "서울특별시"
	st.Disclosure.Grade = document.GradePublic
	pub, rep := e.p.mask(&st)
	names := map[string]bool{}
	for _, f := range review.Fields(pub) {
		names[f.Name] = true
	}
	seen := map[string]bool{}
	for _, f := range rep.Findings {
		seen[f.Field] = true
		if !names[f.Field] {
			t.Errorf("a finding in %q, which review cannot mask (fields %v)", f.Field, names)
		}
	}
	for _, d := range rep.Doubts {
		if d.Field != "" && !names[d.Field] {
			t.Errorf("a doubt in %q, which review cannot mask", d.Field)
		}
	}
	for _, want := range []string{"title", "keywords[1]", "drafter.name", "drafter.position", "body", "attachments[0].name", "attachments[0].text"} {
		if !seen[want] {
			t.Errorf("no finding in %s; findings in %v", want, seen)
		}
	}
}
