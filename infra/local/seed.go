package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// The sample corpus: realistic Korean administrative documents, generated
// deterministically so that every first start shows the same city. Some
// carry citizens' personal data (invented), some are partial or closed,
// some approved below the rank threshold, some scheduled for later.

type dept struct {
	code, name string
	subjects   []string
}

var depts = []dept{
	{"1100123", "행정국 정보공개정책과", []string{"정보공개 확대", "정보소통광장 운영 개선", "행정정보 사전공개 확대", "결재문서 공개율 제고"}},
	{"1100210", "복지정책실 복지정책과", []string{"기초생활보장 수급자 지원", "긴급복지 지원사업", "노인 일자리 사업", "장애인 활동지원 확대"}},
	{"1100315", "도시교통실 교통정책과", []string{"버스 노선 조정", "자전거 도로 확충", "교통안전 시설 개선", "심야버스 운행 확대"}},
	{"1100420", "기후환경본부 기후환경정책과", []string{"미세먼지 저감 대책", "공공 태양광 보급", "폐기물 감량", "녹지 확충 사업"}},
	{"1100530", "문화본부 문화정책과", []string{"가을밤 음악축제 개최", "공공도서관 운영 개선", "지역 문화예술 지원", "박물관 무료 관람 확대"}},
	{"1100640", "경제정책실 일자리정책과", []string{"청년 일자리 지원", "소상공인 경영 안정", "사회적경제 기업 육성", "전통시장 활성화"}},
	{"1100750", "재난안전관리실 안전총괄과", []string{"여름철 풍수해 대비", "지진 대피 훈련", "다중이용시설 안전점검", "겨울철 제설 대책"}},
	{"1100860", "주택정책실 주택정책과", []string{"공공임대주택 공급", "노후 주거지 정비", "주거급여 지원", "전세 피해 지원"}},
	{"1100970", "시민건강국 보건의료정책과", []string{"감염병 예방 접종", "공공의료 강화", "응급의료 체계 개선", "치매 안심센터 운영"}},
	{"1101080", "재무국 재무과", []string{"지방세 징수 실적", "공유재산 관리", "세입 예산 편성", "계약 심사 강화"}},
}

var kinds = map[string][]string{
	"approval": {"추진계획", "시행 알림", "추진 결과 보고", "개선 방안"},
	"minutes":  {"추진 회의 결과", "자문위원회 회의록", "실무협의회 회의록"},
	"plan":     {"기본계획", "세부 추진계획", "연차별 시행계획"},
	"report":   {"추진 상황 보고", "실태조사 결과 보고", "점검 결과 보고"},
	"press":    {"보도자료", "보도 해명자료"},
	"budget":   {"예산 집행계획", "추가경정예산 편성안"},
	"contract": {"용역 계약 체결", "물품 구매 계약 결과"},
	"other":    {"안내", "협조 요청"},
}

var typeOrder = []string{"approval", "approval", "approval", "minutes", "plan", "report", "report", "press", "budget", "contract", "other"}

var surnames = []string{"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"}
var given = []string{"민준", "서연", "지훈", "수빈", "영호", "미경", "성민", "은지", "동현", "혜진", "정우", "순자"}
var streets = []string{"세종대로 110", "을지로 12", "종로 55", "퇴계로 200", "동일로 1234", "은평로 77"}
var gus = []string{"종로구", "중구", "용산구", "성북구", "노원구", "은평구", "마포구", "강서구"}

// sampleDoc is one envelope with its attachment files.
type sampleDoc struct {
	system   string
	envelope map[string]any
	files    map[string][]byte
}

func person(r *rand.Rand) string { return surnames[r.IntN(len(surnames))] + given[r.IntN(len(given))] }

func phone(r *rand.Rand) string {
	return fmt.Sprintf("010-%04d-%04d", 2000+r.IntN(7999), r.IntN(10000))
}

// samples builds n documents, approved before now.
func samples(n int, now time.Time) []sampleDoc {
	r := rand.New(rand.NewPCG(2013, 1028))
	out := make([]sampleDoc, 0, n)
	kst := time.FixedZone("KST", 9*3600)
	start := time.Date(2013, 11, 1, 9, 0, 0, 0, kst)
	span := now.Sub(start)
	var numbers []string
	for i := range n {
		d := depts[r.IntN(len(depts))]
		typ := typeOrder[r.IntN(len(typeOrder))]
		subject := d.subjects[r.IntN(len(d.subjects))]
		kind := kinds[typ][r.IntN(len(kinds[typ]))]
		// One draw whatever the span: Int64N's draws depend on its bound,
		// so the clock would change every document after this one (and
		// whether a run's first 30 hold a closed one at all).
		approved := start.Add(time.Duration(r.Float64() * float64(span))).Truncate(time.Minute)
		title := fmt.Sprintf("%d년 %s %s", approved.Year(), subject, kind)
		number := fmt.Sprintf("%s-%d", strings.Fields(d.name)[1], 1000+i)
		id := fmt.Sprintf("SEOUL-%d-%06d", approved.Year(), i+1)

		var b strings.Builder
		switch typ {
		case "minutes":
			fmt.Fprintf(&b, "□ 회의 개요\n  ○ 일시: %d. %d. %d.(%s) 14:00\n  ○ 장소: 서울시청 본관 %d층 회의실\n  ○ 안건: %s\n\n□ 주요 논의 내용\n  ○ %s 관련 부서별 추진 현황을 공유하고 쟁점을 논의함\n  ○ 위원 의견: 시민 의견 수렴 절차를 보완할 필요가 있음\n\n",
				approved.Year(), approved.Month(), approved.Day(), []string{"일", "월", "화", "수", "목", "금", "토"}[approved.Weekday()], 2+r.IntN(10), title, subject)
		case "press":
			fmt.Fprintf(&b, "서울시, %s 본격 추진\n\n– 시민 체감형 %s … %d개 자치구로 확대\n\n□ 서울시는 %s을(를) %d년부터 단계적으로 시행한다고 밝혔다.\n\n",
				subject, subject, 3+r.IntN(22), subject, approved.Year())
		case "budget":
			fmt.Fprintf(&b, "1. 예산 현황\n  ○ 총 사업비: 금 %s원 (시비 %d%%, 국비 %d%%)\n  ○ 회계: 일반회계, 세부사업 %s\n\n", commas(int64(1+r.IntN(900))*10_000_000), 50+r.IntN(30), 10+r.IntN(20), subject)
		case "contract":
			fmt.Fprintf(&b, "1. 계약 개요\n  ○ 계약명: %s 용역\n  ○ 계약 방법: 제한경쟁입찰(협상에 의한 계약)\n  ○ 계약 금액: 금 %s원(부가가치세 포함)\n\n", subject, commas(int64(1+r.IntN(500))*1_000_000))
		}
		fmt.Fprintf(&b, "1. 추진 배경\n  ○ %s에 대한 시민 요구가 증가하고 있어 체계적인 대응이 필요함\n", subject)
		fmt.Fprintf(&b, "  ○ 관련 근거: 「공공기관의 정보공개에 관한 법률」 제%d조 및 같은 법 시행령\n\n", 3+r.IntN(10))
		fmt.Fprintf(&b, "2. 추진 내용\n  ○ 대상: %s 관내 %d개소\n  ○ 기간: %d. %d. %d. ~ %d. 12. 31.\n",
			gus[r.IntN(len(gus))], 5+r.IntN(60), approved.Year(), approved.Month(), approved.Day(), approved.Year())
		fmt.Fprintf(&b, "  ○ 소요 예산: 금 %s원 (세부사업 코드 %d-%03d)\n  ○ 추진율 %d%% 달성 목표\n\n",
			commas(int64(1+r.IntN(900))*1_000_000), 2000+r.IntN(999), r.IntN(1000), 50+r.IntN(50))
		if len(numbers) > 0 && r.IntN(3) == 0 {
			fmt.Fprintf(&b, "3. 관련 문서: %s (%s)\n\n", numbers[r.IntN(len(numbers))], "기 시행 문서 참조")
		}
		personal := r.IntN(4) == 0
		if personal {
			name := person(r)
			switch r.IntN(3) {
			case 0:
				fmt.Fprintf(&b, "4. 민원 처리\n  ○ 민원인 %s(연락처 %s)의 요청에 따라 현장을 확인함\n", name, phone(r))
			case 1:
				fmt.Fprintf(&b, "4. 신청인 현황\n  ○ 신청인: %s, 주민등록번호 %02d%02d%02d-%d%06d, 주소 서울특별시 %s %s, %d동 %d호\n",
					name, 60+r.IntN(40), 1+r.IntN(12), 1+r.IntN(28), 1+r.IntN(2), r.IntN(1000000), gus[r.IntN(len(gus))], streets[r.IntN(len(streets))], 101+r.IntN(9), 100*(1+r.IntN(15))+1+r.IntN(4))
			default:
				fmt.Fprintf(&b, "4. 회신\n  ○ %s 님께서 문의하신 사항은 담당자 전자우편(%s%d@example.org)으로 회신 예정임\n", name, "citizen", r.IntN(1000))
			}
		}
		b.WriteString("\n붙임  세부 추진계획 1부.  끝.\n")

		grade, exemptions := "public", []string{}
		switch x := r.IntN(20); {
		case x < 3:
			grade, exemptions = "partial", []string{"6"}
		case x < 5:
			grade = "closed"
			exemptions = []string{[]string{"2", "4", "5", "7"}[r.IntN(4)]}
		}
		rank := []string{"team_manager", "division_head", "division_head", "director_general", "mayor"}[r.IntN(5)]
		if r.IntN(25) == 0 {
			rank = "officer"
		}
		var release any
		if r.IntN(40) == 0 {
			release = now.Add(time.Duration(1+r.IntN(72)) * time.Hour).In(kst).Format(time.RFC3339)
		}
		env := map[string]any{
			"schema":          "plaza.envelope/v1",
			"id":              id,
			"version":         1,
			"type":            typ,
			"title":           title,
			"document_number": number,
			"department":      map[string]any{"code": d.code, "name": d.name},
			"drafter":         map[string]any{"name": person(r), "position": "주무관"},
			"approver":        map[string]any{"name": person(r), "position": "과장", "rank": rank},
			"approved_at":     approved.Format(time.RFC3339),
			"disclosure":      map[string]any{"grade": grade, "exemptions": exemptions, "note": ""},
			"release_at":      release,
			"body":            b.String(),
			"keywords":        strings.Fields(subject)[:1],
		}
		doc := sampleDoc{system: "e-approval", envelope: env, files: map[string][]byte{}}
		if r.IntN(5) == 0 {
			name := "붙임1. 세부 추진계획.txt"
			env["files"] = []any{map[string]any{"name": name, "key": "files/" + name}}
			doc.files["files/"+name] = []byte(fmt.Sprintf("%s 세부 추진계획\n\n가. 추진 일정: %d년 상반기\n나. 담당: %s\n", subject, approved.Year(), d.name))
		}
		numbers = append(numbers, number)
		out = append(out, doc)
	}
	return out
}

func commas(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// showcase are the documents a first start adds so that every branch of
// the pipeline holds something to look at: three a person must review (a
// grade a machine may not cut, a masking layer 2 doubts, a guess of layer
// 1) and three envelopes the inbox refuses, each with its
// machine-readable reason. Without them `status --state review` shows nothing on a new
// machine.
func showcase(now time.Time) []sampleDoc {
	kst := time.FixedZone("KST", 9*3600)
	approved := now.In(kst).Add(-48 * time.Hour).Truncate(time.Minute).Format(time.RFC3339)
	base := func(id, title, body string) map[string]any {
		return map[string]any{
			"schema":          "plaza.envelope/v1",
			"id":              id,
			"version":         1,
			"type":            "report",
			"title":           title,
			"document_number": "복지정책과-" + id[len(id)-4:],
			"department":      map[string]any{"code": "1100210", "name": "복지정책실 복지정책과"},
			"drafter":         map[string]any{"name": "김은지", "position": "주무관"},
			"approver":        map[string]any{"name": "박성민", "position": "과장", "rank": "division_head"},
			"approved_at":     approved,
			"disclosure":      map[string]any{"grade": "public", "exemptions": []string{}, "note": ""},
			"release_at":      nil,
			"body":            body,
			"keywords":        []string{"복지"},
		}
	}
	// review: partial, and the exempt part is not only personal data (item
	// 5, a decision in progress): policy.partial_needs_person.
	partial := base("SAMPLE-REVIEW-0001", "긴급복지 지원사업 개편 검토 보고",
		"1. 검토 배경\n  ○ 긴급복지 지원 기준 개편안을 검토함\n\n2. 검토 의견\n  ○ 지원 기준 완화 여부는 의사결정 과정에 있어 공개 시 업무에 지장이 있음\n\n붙임  검토 의견서 1부.  끝.\n")
	partial["disclosure"] = map[string]any{"grade": "partial", "exemptions": []string{"5"}, "note": "검토 의견은 의사결정 과정(제9조제1항제5호)"}
	// review: layer 1 masks the name and the resident number, layer 2
	// still sees an apartment unit in the address: redact.doubt:pattern.
	doubt := base("SAMPLE-REVIEW-0002", "기초생활보장 수급자 지원 결과 보고",
		"1. 지원 결과\n  ○ 긴급 생계비 지원 대상자를 확정함\n\n2. 신청인 현황\n  ○ 신청인: 이민준, 주민등록번호 990116-2187189, 주소 서울특별시 마포구 세종대로 110, 109동 704호\n\n붙임  지원 결정 통지서 1부.  끝.\n")
	// review: layer 1 is not sure of a card number that fails its check
	// digit, and says so: redact.low_confidence:card.
	card := base("SAMPLE-REVIEW-0003", "과태료 납부 확인 결과 보고",
		"1. 납부 현황\n  ○ 민원인 결제 카드번호 1234-5678-9012-3457 로 과태료 납부 확인\n\n끝.\n")
	// rejected: no title (envelope.missing_field:title).
	untitled := base("SAMPLE-REJECT-0001", "", "1. 추진 배경\n  ○ 노인 일자리 사업 추진\n\n끝.\n")
	delete(untitled, "title")
	// rejected: a partial grade without the exempt items it must cite
	// (envelope.invalid_field:disclosure.exemptions).
	noItems := base("SAMPLE-REJECT-0002", "장애인 활동지원 확대 계획", "1. 추진 내용\n  ○ 활동지원 시간 확대\n\n끝.\n")
	noItems["disclosure"] = map[string]any{"grade": "partial", "exemptions": []string{}, "note": ""}
	// rejected: another organization's document, which the default
	// senders' configuration does not let this system send
	// (sender.wrong_organization).
	foreign := base("SAMPLE-REJECT-0003", "종로구 골목길 정비 계획", "1. 추진 내용\n  ○ 골목길 보행 환경 개선\n\n끝.\n")
	foreign["organization"] = map[string]any{"code": "3000000", "name": "서울특별시 종로구"}
	var out []sampleDoc
	for _, env := range []map[string]any{partial, doubt, card, untitled, noItems, foreign} {
		out = append(out, sampleDoc{system: "e-approval", envelope: env, files: map[string][]byte{}})
	}
	return out
}

// seedDocs is what a first start drops into the inbox: n documents, the
// last of them the showcase when n leaves room for it.
func seedDocs(n int, now time.Time) []sampleDoc {
	extra := showcase(now)
	if n < 4*len(extra) {
		return samples(n, now)
	}
	return append(samples(n-len(extra), now), extra...)
}
