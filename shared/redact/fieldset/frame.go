package fieldset

import (
	"fmt"
	"strings"
)

// josa picks the particle form that follows x: a after a final
// consonant, c after a vowel (and after Latin letters, read as vowels).
func josa(x part, a, c string) string {
	rs := []rune(strings.TrimSpace(x.s))
	if len(rs) == 0 {
		return c
	}
	l := rs[len(rs)-1]
	if l >= 0xac00 && l <= 0xd7a3 && (l-0xac00)%28 != 0 {
		if a == "으로" && (l-0xac00)%28 == 8 {
			return c
		}
		return a
	}
	return c
}

// honor writes a citizen's name with one of the endings and particles
// that follow names in administrative prose; only the name is labelled.
func (b *builder) honor(x part) cell {
	switch b.r.IntN(9) {
	case 0:
		return cell{x, p(" 씨")}
	case 1:
		return cell{x, p("님")}
	case 2:
		return cell{x, p(" 귀하")}
	case 3:
		return cell{x, p(josa(x, "은", "는"))}
	case 4:
		return cell{x, p(josa(x, "이", "가"))}
	case 5:
		return cell{x, p("에게")}
	case 6:
		return cell{x, p("의")}
	case 7:
		return cell{x, p(josa(x, "으로", "로"))}
	}
	return cell{x, p(" 씨는")}
}

var orgSpaced = map[string]string{"서울특별시": "서 울 특 별 시"}

// gianHead writes the head of an approval document (기안문) as the
// extraction of each source delivers it.
func (b *builder) gianHead(title, recipient string) {
	o := b.org.org
	if s, ok := orgSpaced[o]; ok && b.chance(40) {
		o = s
	}
	b.text(o + "\n\n")
	if recipient == "" {
		recipient = b.pick("내부결재", "수신자 참조", b.org.head+"("+b.org.dept+"장)", "각 자치구청장")
	}
	sep := b.pick("  ", "\t", " ", ": ")
	b.text("수신" + sep + recipient + "\n")
	b.text("(경유)\n")
	b.text("제목" + sep + title + "\n\n")
}

// gianFoot writes attachments, the sender, the approval line and the
// footer with the office's own contacts: all negatives.
func (b *builder) gianFoot(attach []string) {
	r := b.r
	if len(attach) > 0 {
		if len(attach) == 1 {
			b.text("붙임  " + attach[0] + " 1부.  끝.\n\n")
		} else {
			b.text("붙임")
			for i, a := range attach {
				ind := "  "
				if i > 0 {
					ind = "    "
				}
				end := ""
				if i == len(attach)-1 {
					end = "  끝."
				}
				b.text(fmt.Sprintf("%s%d. %s 1부.%s\n", ind, i+1, a, end))
			}
			b.text("\n")
		}
	} else {
		b.text("끝.\n\n")
	}
	b.text(b.org.head + "\n\n")
	drafter := b.official("주무관")
	lead := b.official("팀장")
	chief := b.official("과장")
	ranks := []string{b.pick("주무관", "행정주사", "행정주사보", "시설주사"), b.pick("팀장", "담당"), b.pick("과장", "단장", "동장")}
	switch r.IntN(3) {
	case 0:
		b.linef(ranks[0], " ", drafter, "    ", ranks[1], " ", lead, "    ", ranks[2], " ", b.pick("전결 ", "", "대결 "), b.date(), " ", chief)
	case 1:
		b.linef("기안자 ", ranks[0], " ", drafter)
		b.linef("검토자 ", ranks[1], " ", lead)
		b.linef("결재권자 ", ranks[2], " ", chief)
	default:
		b.linef(ranks[0], "\n", drafter, "\n", ranks[1], "\n", lead, "\n", ranks[2], "\n", chief)
	}
	b.text("협조자\n")
	b.linef("시행 ", b.docNo(), " (", b.date(), ")", "   접수")
	b.linef("우 ", ng(nOffAddr, b.org.zip), " ", ng(nOffAddr, b.org.addr), "  / ", ng(nOfficeURL, "www."+b.org.domain))
	b.linef("전화번호 ", b.offPhone(), "   팩스번호 ", b.offPhone(), "  / ", b.offMail(), "  / ", b.pick("대시민공개", "부분공개(6)", "비공개(6)"))
}

// emailHead writes the headers of a citizen's e-mail as a mail client
// prints it, forwarded into the record.
func (b *builder) emailHead(ps *person, subject string) {
	b.linef(b.pick("보낸 사람", "From"), ": ", ps.name, " <", ps.email, ">")
	b.linef(b.pick("받는 사람", "To"), ": ", b.org.dept, " <", ng(nOffEmail, "minwon@"+b.org.domain), ">")
	b.linef(b.pick("날짜", "Date"), ": ", b.date(), " ", fmt.Sprintf("%02d:%02d", b.r.IntN(24), b.r.IntN(60)))
	b.linef(b.pick("제목", "Subject"), ": ", subject)
	if b.chance(60) {
		b.linef("X-Originating-IP: [", ps.ip, "]")
	}
	b.text("\n")
}

// emailSign closes a citizen's e-mail with a signature.
func (b *builder) emailSign(ps *person) {
	b.text("\n")
	switch b.r.IntN(3) {
	case 0:
		b.linef(ps.name, " 드림")
		b.linef("연락처 ", ps.mobile)
	case 1:
		b.linef("-- ")
		b.linef(ps.name, " | ", ps.mobile, " | ", ps.email)
	default:
		b.linef(ps.name, " 올림 (", ps.mobile, ")")
	}
	b.text("\n")
}

// forward writes the officer's forwarding note above a citizen's e-mail.
func (b *builder) forward() {
	o := b.official("주무관")
	b.linef("---------- 전달된 메일 ----------")
	b.linef(b.org.dept, " ", o, " 주무관(", b.offPhone(), ")이 민원 처리부에 등록함. 접수번호 ", b.caseNo("2AA"))
	b.text("\n")
}

// formHead writes the header of an online application exported from the
// city's web form.
func (b *builder) formHead(ps *person, title string) {
	b.linef("[", b.org.org, " 온라인 민원] ", title)
	b.linef("접수번호: ", b.caseNo("1AB"), "   신청일시: ", b.date(), fmt.Sprintf(" %02d:%02d:%02d", b.r.IntN(24), b.r.IntN(60), b.r.IntN(60)))
	if b.chance(70) {
		b.linef("접속 IP: ", ps.ip)
	}
	b.text("※ 표시는 필수 입력 항목입니다.\n\n")
}

// sheetHead writes the sheet name and header rows of a spreadsheet export.
func (b *builder) sheetHead(title string) {
	b.linef(b.pick("Sheet1", "명단", "대상자", "2024"), "\n", title)
	b.linef("작성: ", b.org.dept, " ", b.official("주무관"), " (", b.offPhone(), ")  기준일: ", b.date())
	b.text("\n")
}

// numbered writes a numbered paragraph of statute filler and the given
// parts.
func (b *builder) numbered(n int, args ...any) {
	b.say(fmt.Sprintf("%d. ", n))
	b.linef(args...)
}

// statsTable writes an aggregated table by district: only negatives.
func (b *builder) statsTable(what string) {
	t := &table{head: []string{"자치구", what, "금액(원)", "비율"}}
	for k := 0; k < 3+b.r.IntN(4); k++ {
		d := districts[(k*5+b.r.IntN(3))%len(districts)]
		t.add(cell{ng(nPlace, d.gu)}, cell{b.stat()}, cell{b.amount()}, cell{ng(nStat, fmt.Sprintf("%d.%d%%", b.r.IntN(40), b.r.IntN(10)))})
	}
	b.table(t)
}
