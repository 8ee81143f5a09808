package archive

import (
	"fmt"
)

var findings = []struct{ title, what string }{
	{"보조금 정산 검토 소홀", "보조사업자가 제출한 정산서의 증빙 서류 중 일부가 누락되었음에도 이를 확인하지 아니하고 정산을 승인하였다"},
	{"수의계약 분할 발주", "동일 목적의 공사를 2건으로 나누어 각각 수의계약을 체결함으로써 경쟁입찰을 회피하였다"},
	{"개인정보 무단 열람", "업무와 관련 없이 주민등록 전산망에서 지인의 개인정보를 수차례 조회하였다"},
	{"초과근무수당 부당 수령", "실제 근무하지 아니한 시간을 초과근무로 입력하여 수당을 부당하게 수령하였다"},
	{"과태료 부과 누락", "부과 대상 위반 건에 대하여 과태료를 부과하지 아니하고 장기간 방치하였다"},
}

var ranks = []string{"지방행정주사", "지방행정주사보", "지방사회복지주사", "지방시설주사보", "지방행정사무관", "주무관", "팀장"}

func genAudit(d *doc) {
	d.setup("city,gu,gu,agency", "감사담당관", "감사실", "조사담당관")
	switch d.org.kind {
	case "agency":
		d.moveTo("감사실")
	case "city":
		d.moveTo(pick(d.r, []string{"감사담당관", "조사담당관"}))
	default:
		d.moveTo("감사담당관")
	}
	switch d.r.IntN(4) {
	case 0:
		auditReport(d)
	case 1:
		auditDrink(d)
	default:
		auditDemand(d)
	}
}

// auditDemand is the disposition request: the officials found at fault
// are named, and their names are personal data.
func auditDemand(d *doc) {
	r := d.r
	target, targetDept := pick(r, gus), pick(r, guDepts)
	if d.org.kind != "city" { // a self-audit
		target, targetDept = d.org, pick(r, d.org.depts)
	}
	d.letterhead(fmt.Sprintf("%d년 %s 종합감사 결과 처분 요구", d.date.y, target.short), target.head)
	d.h(0, "감사 개요")
	d.h(1, "감사 기간: ", d.dt(d.date.before(60)), " ~ ", d.dt(d.date.before(50)), " (", ng("number", "10일"), ")")
	d.h(1, "감사 대상: ", target.short, " ", targetDept, " 등 ", ng("number", fmt.Sprint(between(r, 5, 20))), "개 부서")
	d.h(0, "처분 요구 사항")
	n := between(r, 1, 3)
	type culprit struct {
		p    *person
		rank string
	}
	var all []culprit
	for i := range n {
		f := pick(r, findings)
		d.h(1, fmt.Sprintf("지적 %d. ", i+1), f.title)
		var cs []culprit
		for range between(r, 1, 2) {
			p := d.person(28, 58)
			p.ctx = "disciplinary"
			cs = append(cs, culprit{p, pick(r, ranks)})
		}
		all = append(all, cs...)
		if d.clean {
			d.h(2, "관련자: ", targetDept, " 담당 ", cs[0].rank, " ", cs[0].p.mask(r))
			d.h(2, "내용: 관련자는 ", f.what, ".")
		} else {
			d.h(2, "관련자: ", targetDept, " ", cs[0].rank, " ", d.name(cs[0].p, "body"))
			d.h(2, "내용: ", d.nameWith(cs[0].p, "body", "은/는"), " ", d.dt(d.date.before(between(r, 100, 300))), "부터 ", f.what, ".")
			if f.title == "개인정보 무단 열람" {
				d.h(2, "조회 기록: 업무용 PC(IP ", d.ip(cs[0].p, "body"), ")에서 ", ng("number", fmt.Sprintf("%d회", between(r, 5, 90))), " 조회")
			}
			if len(cs) > 1 {
				d.h(2, "또한 결재권자인 ", cs[1].rank, " ", d.nameWith(cs[1].p, "body", "은/는"), " 이를 제대로 검토하지 아니하였다.")
			}
		}
		d.h(2, "관계 법령: ", d.statute([]string{"「지방공무원법」 제48조", "「지방공무원법」 제72조", "「지방보조금 관리기준」", "「개인정보 보호법」 제59조"}))
	}
	d.h(0, "관련자 처분 요구")
	head := []string{"소속", "직급", pick(r, []string{"성명", "관련자", "성 명"}), "처분 요구"}
	t := table{head: [][]string{head}}
	for _, c := range all {
		var nm any = d.name(c.p, cell)
		if d.clean {
			nm = c.p.mask(r)
		}
		t.rows = append(t.rows, []any{targetDept, c.rank, nm, pick(r, []string{"경징계", "중징계", "훈계", "주의", "경고"})})
	}
	d.table(t)
	d.h(0, "회수 요구: ", amount(r, 100, 20000), " (", ng("fee_account", accountText(accountNumber(r, banks[0]), 0)), ", 예금주 ", ng("org", target.short), ")")
	d.closing(true, "감사 결과 처분 요구서")
}

// auditReport is an investigation of a report about one official: the
// reporter is masked, the official is named, with the access log.
func auditReport(d *doc) {
	r := d.r
	d.reportHead("공익신고 사건 조사 결과 보고")
	p := d.person(28, 58)
	p.ctx = "disciplinary"
	reporter := d.person(25, 70)
	d.h(0, "사건 개요")
	d.h(1, "사건번호: ", ng("case_no", fmt.Sprintf("%d-조사-%03d", d.date.y, between(r, 1, 300))))
	d.h(1, "신고인: ", reporter.mask(r), " (신고인 보호를 위해 비공개)")
	if d.clean {
		d.h(1, "피신고인: ", pick(r, guDepts), " 소속 ", pick(r, ranks), " ", p.mask(r))
		d.h(0, "조사 결과")
		d.h(1, "피신고인은 업무용 PC에서 조회 권한 없이 주민 개인정보를 ", ng("number", fmt.Sprintf("%d회", between(r, 5, 60))), " 조회한 사실이 확인됨")
	} else {
		d.h(1, "피신고인: ", pick(r, guDepts), " 소속 ", pick(r, ranks), " ", d.name(p, "body"))
		d.h(0, "조사 결과")
		d.h(1, d.nameWith(p, "body", "은/는"), " 업무용 PC(IP ", d.ip(p, "body"), ")에서 조회 권한 없이 주민 개인정보를 ", ng("number", fmt.Sprintf("%d회", between(r, 5, 60))), " 조회한 사실이 확인됨")
		d.h(1, "조회 대상 중에는 ", d.nameWith(p, "body", "의"), " 전 배우자 가족이 포함되어 있었음(피해자 ", d.person(25, 70).mask(r), " 등 ", ng("number", "3명"), ")")
	}
	d.h(0, "조치 의견: ", d.statute([]string{"「지방공무원법」 제72조", "「개인정보 보호법」 제59조"}), " 위반으로 징계 의결 요구")
	d.closing(false)
}

// auditDrink reports an official caught driving drunk to the discipline
// committee: a criminal matter in a disciplinary file.
func auditDrink(d *doc) {
	r := d.r
	p := d.person(28, 58)
	p.ctx = "disciplinary"
	dept, rank := pick(r, guDepts), pick(r, ranks)
	d.letterhead("음주운전 공무원 징계 의결 요구", pick(r, []string{"서울특별시 인사위원회 위원장", "인사위원회 위원장"}))
	d.h(0, d.statute([]string{"「지방공무원법」 제72조", "「지방공무원 징계 및 소청 규정」 제2조"}), "에 따라 아래 공무원에 대한 징계 의결을 요구합니다.")
	if d.clean {
		d.kvs(
			kv{"소속", dept},
			kv{"직급", rank},
			kv{"성명", p.mask(r)},
			kv{"비위 유형", "음주운전(1회, 혈중알코올농도 0.08% 이상)"},
			kv{"수사기관 통보일", d.dt(d.date.before(20))},
		)
		d.h(0, "징계 양정: 「지방공무원 징계 및 소청 규정」 별표 1에 따라 중징계 요구")
		d.closing(true, "수사 결과 통보서")
		return
	}
	d.kvs(
		kv{"소속", dept},
		kv{"직급", rank},
		kv{"성명", d.name(p, "kv", "criminal")},
		kv{"생년월일", d.birth(p, "kv", "criminal")},
		kv{"차량번호", d.plate(p, "kv", "criminal")},
		kv{"운전면허번호", []any{d.licence(p, "kv", "criminal"), " (취소)"}},
	)
	d.h(0, "비위 사실")
	d.para("  ", d.nameWith(p, "body", "은/는", "criminal"), " ", d.when(), "경 ", d.spot(), " 부근에서 혈중알코올농도 ", ng("number", fmt.Sprintf("0.%03d%%", between(r, 30, 190))), " 상태로 자가용 승용차(", d.plate(p, "body", "criminal"), ")를 운전하다 경찰에 적발되었다.")
	d.para("  ", d.nameWith(p, "body", "은/는", "criminal"), " 적발 사실을 소속 기관에 보고하지 아니하였으며, 수사개시 통보(", ng("case_no", fmt.Sprintf("%d-%06d", d.date.y, between(r, 1, 999999))), ")로 확인되었다.")
	d.closing(true, "수사 결과 통보서", "확인서")
}
