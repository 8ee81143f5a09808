package inquiry

import (
	"fmt"
	"html"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// Role is who a notice is for.
type Role string

// The roles.
const (
	RoleCitizen Role = "citizen"
	RoleOfficer Role = "officer"
	RoleHead    Role = "head"
)

// line is one sentence in Korean with its English version.
type line struct{ KO, EN string }

// notice is one rendered notice before it becomes a mail or an SMS.
type notice struct {
	Subject line
	Greet   string
	Lines   []line
	// QuoteLabel and Quote carry the citizen's question or the answer,
	// shown as text (escaped in HTML).
	QuoteLabel line
	Quote      string
	Link       string
	LinkLabel  line
	SMS        string
	// Sender is the organization the notice comes from (its branding
	// name), for the footer: a Gangnam-gu inquiry is not signed by City
	// Hall.
	Sender string
}

// brand starts every subject and SMS.
const brand = "[정보소통광장]"

// footer signs a mail with the organization it comes from.
func (n notice) footer() string {
	from := n.Sender
	if from == "" {
		from = "정보소통광장"
	}
	return from + " — 이 메일은 발신 전용입니다. / This mailbox is not monitored."
}

// TrackingLink is the portal page where a citizen follows an inquiry. The
// token travels in the fragment, which browsers never send to a server,
// so it stays out of CloudFront and API logs.
func TrackingLink(portal, id, token string) string {
	return strings.TrimRight(portal, "/") + "/?inquiry=" + url.QueryEscape(id) + "#token=" + url.QueryEscape(token)
}

// StaffLink is the staff console's page of an inquiry (the console asks
// the officer to sign in first and then opens it).
func StaffLink(portal, id string) string {
	return strings.TrimRight(portal, "/") + "/staff/#/inquiries/" + url.PathEscape(id)
}

func day(t time.Time) string {
	k := t.In(KST)
	wd := []string{"일", "월", "화", "수", "목", "금", "토"}[k.Weekday()]
	return fmt.Sprintf("%d. %d. %d.(%s)", k.Year(), int(k.Month()), k.Day(), wd)
}

func dayEN(t time.Time) string { return t.In(KST).Format("Mon 2 Jan 2006") }

// clip shortens s to n runes for an SMS.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// citizenNotice renders what a citizen is told of event e.
func citizenNotice(q Inquiry, e Event, name, link string, keep time.Duration) (notice, bool) {
	n := notice{Link: link, LinkLabel: line{"처리 상황 보기", "Track your question"}}
	if name != "" {
		n.Greet = name + " 님께"
	}
	doc := line{"문서: " + q.DocumentTitle + " (" + q.DocumentID + ")", "Document: " + q.DocumentTitle + " (" + q.DocumentID + ")"}
	ref := line{"접수번호: " + q.ID, "Reference: " + q.ID}
	due := line{"처리 기한: " + day(q.Due), "Decision due by: " + dayEN(q.Due)}
	switch e.Type {
	case EvReceived:
		n.Subject = line{"질문이 접수되었습니다", "Your question has been received"}
		n.Lines = []line{{"질문이 접수되어 담당 부서(" + q.DepartmentName + ")로 전달되었습니다.", "Your question has been received and sent to the responsible department (" + q.DepartmentName + ")."}, ref, doc, due}
		if q.Disclosure {
			n.Lines = append(n.Lines, line{"이 문서는 비공개 문서로, 질문은 「공공기관의 정보공개에 관한 법률」에 따른 정보공개 청구로 처리됩니다.", "This document is not public; your question is handled as a disclosure request under the Official Information Disclosure Act."})
		}
		n.QuoteLabel, n.Quote = line{"질문", "Your question"}, q.Question
		n.SMS = brand + " 질문이 접수되었습니다(" + q.ID + "). 처리기한 " + day(q.Due) + ". Received. " + link
	case EvAssigned:
		n.Subject = line{"담당자가 지정되었습니다", "An officer has been assigned"}
		n.Lines = []line{{"담당 공무원이 지정되어 질문을 검토합니다.", "An officer has been assigned to your question."}, ref, doc, due}
		n.SMS = brand + " 질문(" + q.ID + ")에 담당자가 지정되었습니다. Officer assigned. " + link
	case EvStarted:
		n.Subject = line{"답변을 준비하고 있습니다", "Your answer is being prepared"}
		n.Lines = []line{{"담당자가 답변을 준비하고 있습니다.", "The officer is preparing your answer."}, ref, doc, due}
		n.SMS = brand + " 질문(" + q.ID + ")의 답변을 준비 중입니다. In progress. " + link
	case EvExtended:
		n.Subject = line{"처리 기한이 연장되었습니다", "The deadline has been extended"}
		n.Lines = []line{
			{"부득이한 사유로 처리 기한을 " + day(q.Due) + "까지 연장합니다(「공공기관의 정보공개에 관한 법률」 제11조제2항).", "The decision deadline has been extended to " + dayEN(q.Due) + " (Official Information Disclosure Act, Art. 11(2))."},
			{"연장 사유: " + q.ExtensionReason, "Reason: " + q.ExtensionReason}, ref, doc,
		}
		n.SMS = brand + " 질문(" + q.ID + ")의 처리기한이 " + day(q.Due) + "까지 연장되었습니다. 사유: " + clip(q.ExtensionReason, 30) + " Extended. " + link
	case EvAnswered:
		n.Subject = line{"답변이 등록되었습니다", "Your question has been answered"}
		n.Lines = []line{{"질문에 대한 답변이 등록되었습니다.", "Your question has been answered."}, ref, doc}
		n.QuoteLabel, n.Quote = line{"답변", "Answer"}, q.Answer
		n.SMS = brand + " 질문(" + q.ID + ")에 답변이 등록되었습니다. Answered. " + link
	case EvClosed:
		n.Subject = line{"질문 처리가 종결되었습니다", "Your question has been closed"}
		n.Lines = []line{{"질문 처리가 종결되었습니다. 이용해 주셔서 감사합니다.", "Your question has been closed. Thank you."}, ref, doc}
		if r := closeReason(q); r != "" {
			n.Lines = append(n.Lines, line{"사유: " + r, "Reason: " + r})
		}
		n.SMS = brand + " 질문(" + q.ID + ") 처리가 종결되었습니다. Closed. " + link
	default:
		return notice{}, false
	}
	ko, en := period(keep)
	n.Lines = append(n.Lines, line{"연락처 정보는 종결 후 " + ko + "이 지나면 파기됩니다.", "Your contact details are deleted " + en + " after closing."})
	return n, true
}

func closeReason(q Inquiry) string {
	if len(q.History) == 0 {
		return ""
	}
	last := q.History[len(q.History)-1]
	if last.Action == ActClose {
		return last.Reason
	}
	return ""
}

// staffNotice renders what an officer or head is told of event e.
func staffNotice(q Inquiry, e Event, role Role, link string) (notice, bool) {
	n := notice{Link: link, LinkLabel: line{"질문 보기", "Open the inquiry"}}
	ref := line{"접수번호: " + q.ID, "Reference: " + q.ID}
	doc := line{"문서: " + q.DocumentTitle + " (" + q.DocumentID + ")", "Document: " + q.DocumentTitle + " (" + q.DocumentID + ")"}
	due := line{"처리 기한: " + day(q.Due), "Due: " + dayEN(q.Due)}
	switch {
	case e.Type == EvReceived && role == RoleOfficer:
		n.Subject = line{"새 질문이 접수되었습니다", "New inquiry"}
		n.Lines = []line{{"담당 부서에 새 질문이 접수되었습니다.", "A new inquiry has arrived for your department."}, ref, doc, due}
	case e.Type == EvAssigned && role == RoleOfficer:
		n.Subject = line{"질문이 배정되었습니다", "An inquiry has been assigned to you"}
		n.Lines = []line{{"다음 질문의 담당자로 지정되었습니다.", "You have been assigned the following inquiry."}, ref, doc, due}
	case e.Type == EvReminder && role == RoleOfficer:
		n.Subject = line{"처리 기한 2일 전입니다", "Inquiry due in two days"}
		n.Lines = []line{{"다음 질문의 처리 기한이 2일 남았습니다. 기한 내 답변하거나, 부득이한 경우 사유를 밝혀 1회 연장하십시오.", "This inquiry is due in two days. Answer it, or extend the deadline once with a reason."}, ref, doc, due}
	case e.Type == EvOverdue && role == RoleHead:
		n.Subject = line{"처리 기한이 지난 질문이 있습니다", "Overdue inquiry"}
		n.Lines = []line{{"다음 질문이 처리 기한을 넘겼습니다. 부서장께서 확인해 주십시오.", "The following inquiry is past its deadline and is escalated to you."}, ref, doc, due}
		n.SMS = brand + " 처리기한 경과 질문 " + q.ID + " (" + q.DepartmentName + ") 확인 바랍니다. Overdue."
	default:
		return notice{}, false
	}
	if q.Disclosure {
		n.Lines = append(n.Lines, line{"※ 비공개 문서에 대한 질문으로, 정보공개 청구로 처리해야 합니다.", "Note: the document is closed; handle this as a disclosure request."})
	}
	if q.Fallback {
		n.Lines = append(n.Lines, line{"※ 문서 부서(" + q.DocumentDepartment + ")가 연락처 목록에 없어 정보공개 담당 부서로 이관되었습니다. 담당 부서를 확인해 재지정해 주십시오.",
			"Note: the document's department (" + q.DocumentDepartment + ") is not in the directory, so this came to the information disclosure office. Please route it."})
	}
	n.QuoteLabel, n.Quote = line{"질문 (개인정보 가림)", "Question (personal data masked)"}, q.PublicQuestion
	if n.Quote == "" {
		n.QuoteLabel, n.Quote = line{"질문", "Question"}, q.Question
	}
	n.Subject.KO = n.Subject.KO + " (" + q.ID + ")"
	n.Subject.EN = n.Subject.EN + " (" + q.ID + ")"
	return n, true
}

func (n notice) subject() string { return brand + " " + n.Subject.KO + " / " + n.Subject.EN }

// text is the plain-text part: Korean first, then English.
func (n notice) text() string {
	var b strings.Builder
	if n.Greet != "" {
		b.WriteString(n.Greet + "\n\n")
	}
	for _, l := range n.Lines {
		b.WriteString(l.KO + "\n")
	}
	if n.Quote != "" {
		b.WriteString("\n[" + n.QuoteLabel.KO + "]\n" + n.Quote + "\n")
	}
	b.WriteString("\n" + n.LinkLabel.KO + ": " + n.Link + "\n")
	b.WriteString("\n----------------------------------------\n")
	for _, l := range n.Lines {
		b.WriteString(l.EN + "\n")
	}
	if n.Quote != "" {
		b.WriteString("\n[" + n.QuoteLabel.EN + "] see above.\n")
	}
	b.WriteString("\n" + n.LinkLabel.EN + ": " + n.Link + "\n")
	b.WriteString("\n" + n.footer() + "\n")
	return b.String()
}

// html is the HTML part. Every value is escaped (esc), so a question
// holding markup shows as text, and the link must be http(s) or relative
// (safeURL). It is written out by hand rather than with html/template,
// whose reflection keeps the linker from dropping unused methods and adds
// megabytes to every Lambda binary that sends or schedules mail.
func (n notice) html() (string, error) {
	var b strings.Builder
	b.Grow(2048)
	w := b.WriteString
	link := esc(safeURL(n.Link))
	w("<!doctype html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>")
	w(esc(n.Subject.KO))
	w("</title></head>\n<body style=\"font-family:sans-serif;line-height:1.6\">\n")
	if n.Greet != "" {
		w("<p>" + esc(n.Greet) + "</p>")
	}
	w("\n")
	for _, l := range n.Lines {
		w("<p>" + esc(l.KO) + "</p>")
	}
	w("\n")
	if n.Quote != "" {
		w("<h3>" + esc(n.QuoteLabel.KO) + "</h3><pre style=\"white-space:pre-wrap\">" + esc(n.Quote) + "</pre>")
	}
	w("\n<p><a href=\"" + link + "\">" + esc(n.LinkLabel.KO) + "</a></p>\n<hr>\n<div lang=\"en\">\n")
	for _, l := range n.Lines {
		w("<p>" + esc(l.EN) + "</p>")
	}
	w("\n<p><a href=\"" + link + "\">" + esc(n.LinkLabel.EN) + "</a></p>\n</div>\n")
	w("<p style=\"color:#666\">" + esc(n.footer()) + "</p>\n</body></html>\n")
	return b.String(), nil
}

// esc escapes s for HTML text and double- or single-quoted attribute
// values (&, <, >, ", ').
func esc(s string) string { return html.EscapeString(s) }

// unsafeURL replaces a link whose scheme is not http, https or mailto,
// the way html/template does, so a misconfigured portal URL cannot put a
// javascript: link into a mail.
const unsafeURL = "#ZgotmplZ"

// safeURL returns u if it is relative or http(s)/mailto, else unsafeURL.
func safeURL(u string) string {
	scheme, _, found := strings.Cut(u, ":")
	if !found || strings.ContainsAny(scheme, "/?#") {
		return u // no scheme: a relative URL
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "mailto":
		return u
	}
	return unsafeURL
}

// period says a retention period in Korean and English.
func period(d time.Duration) (string, string) {
	days := int(d / (24 * time.Hour))
	switch {
	case days >= 365 && days%365 == 0:
		if days == 365 {
			return "1년", "one year"
		}
		return fmt.Sprintf("%d년", days/365), fmt.Sprintf("%d years", days/365)
	case days == 1:
		return "1일", "one day"
	}
	return fmt.Sprintf("%d일", days), fmt.Sprintf("%d days", days)
}
