package casebook

import (
	"fmt"
)

// topic is what a kind's documents without personal data are about: the
// department, the business and the lines a statistics table counts.
type topic struct {
	dept, subject string
	lines         []string
}

// meeting writes the minutes of an officials' meeting on t: everyone
// speaks by position, so the minutes hold no personal data.
func meeting(t topic) func(*writer) {
	return func(w *writer) {
		w.setup(false, srcHWP, srcHWPX, srcPDF, srcScan)
		f := w.newFrame(t.dept, fmt.Sprintf("%s 추진 점검회의 결과", t.subject))
		w.head(f, nil)
		ts := w.clocks(2)
		w.kvBlock(
			fld("일시", w.when(), " ", ts[0], "~", ts[1]),
			fld("장소", w.org.name, "청 ", w.pick("기획상황실", "소회의실", "3층 회의실")),
			fld("참석", keep("position", "부구청장"), ", ", keep("position", t.dept+"장"), ", ", keep("position", "동장 "+fmt.Sprint(3+w.r.IntN(12))+"명"), ", 관계기관 ", w.company()),
		)
		w.nl()
		style := w.pick(spCircle, spColon, spBracket)
		w.turn(style, "부구청장", nil, t.subject, " 추진 상황을 점검하겠습니다. ", keep("word", "최근"), " 민원이 늘었다는데 원인이 무엇입니까?")
		w.turn(style, t.dept+"장", nil, "신청 건수가 전년 대비 ", fmt.Sprint(5+w.r.IntN(40)), "% 늘었고, 처리 기간은 평균 ", fmt.Sprint(3+w.r.IntN(20)), "일입니다. 인력 ", fmt.Sprint(1+w.r.IntN(3)), "명 충원을 요청드립니다.")
		w.turn(style, w.dongName()+"장", nil, "동 주민센터에서는 ", keep("word", "방문"), " 상담을 주 2회로 늘렸습니다.")
		w.turn(style, "부구청장", nil, "예산(", w.budgetCode(), ") 범위에서 검토하고, 다음 회의는 ", w.when(), "에 하겠습니다.")
		w.nl()
		w.line("□ 결정 사항")
		w.para("○ ", t.subject, " 안내문을 ", w.when(), "까지 각 동에 배부 (", keep("position", "담당 주무관"), ")")
		w.para("○ 관련 근거 ", keep("statute", "「"+w.pick("사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률", "민원 처리에 관한 법률", "지방자치법")+"」"), " 검토")
		w.foot(f)
	}
}

// stats writes a statistics report on t as a table or a spreadsheet
// export: counts and sums, no person.
func stats(t topic) func(*writer) {
	return func(w *writer) {
		w.setup(false, srcExport, srcHWP, srcPDF, srcDOCX)
		f := w.newFrame(t.dept, fmt.Sprintf("%s 월별 추진 실적", t.subject))
		w.head(f, nil)
		w.para("1. ", w.when(), " 기준 ", t.subject, " 실적을 아래와 같이 보고합니다.")
		var rows [][][]seg
		for _, l := range t.lines {
			rows = append(rows, [][]seg{cell(l), cell(fmt.Sprint(w.r.IntN(500))), cell(fmt.Sprint(w.r.IntN(500))), cell(w.amount(1000, 900000))})
		}
		w.table(table{heads: []string{"구분", "전월", "당월", "금액"}, rows: rows})
		w.para("2. 집행률 ", fmt.Sprintf("%d.%d%%", 40+w.r.IntN(59), w.r.IntN(10)), ", 예산과목 ", w.budgetCode())
		w.para("3. 문의: ", t.dept, " ", keep("office_phone", w.officePhone(w.org)), ", ", w.mailbox())
		w.foot(f)
	}
}
