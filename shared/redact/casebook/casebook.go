package casebook

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/seoul-plaza/plaza/shared/redact/evalset"
)

// Generate returns n labelled documents for seed. Document i depends only
// on seed and i, so a set can be regenerated in part and sets of
// different sizes agree on the documents they share.
func Generate(seed uint64, n int) []evalset.Doc {
	lx := newLexicon()
	docs := make([]evalset.Doc, n)
	for i := range docs {
		docs[i] = generate(lx, seed, i)
	}
	return docs
}

// cleanShare is how many documents in each block of cleanBlock carry no
// personal data at all: 7 in 20, 35%.
const (
	cleanShare = 7
	cleanBlock = 20
)

// clean reports whether document i carries no personal data. The clean
// documents are spread by a permutation of each block of twenty, so the
// share is exact over whole blocks and still unpredictable in one.
func clean(seed uint64, i int) bool {
	r := rand.New(rand.NewPCG(seed^0x636c65616e, uint64(i/cleanBlock)))
	return r.Perm(cleanBlock)[i%cleanBlock] < cleanShare
}

func generate(lx *lexicon, seed uint64, i int) evalset.Doc {
	d, _ := build(lx, seed, i)
	return d
}

// build writes document i and returns it with the values it planted.
// A draft in which a labelled value also stands somewhere unlabelled (a
// generated name that is a word of the template, say) is drawn again
// from the next stream, so that every mention of a citizen's datum is
// labelled.
func build(lx *lexicon, seed uint64, i int) (evalset.Doc, []string) {
	var d evalset.Doc
	var values []string
	for attempt := uint64(0); attempt < 16; attempt++ {
		d, values = draft(lx, seed, i, attempt)
		if unlabelledMention(d) < 0 {
			break
		}
	}
	return d, values
}

func draft(lx *lexicon, seed uint64, i int, attempt uint64) (evalset.Doc, []string) {
	r := rand.New(rand.NewPCG(seed, (0x63617365626f6f6b^uint64(i)*0x9E3779B97F4A7C15)+attempt<<56))
	w := newWriter(r, lx)
	ks := kinds()
	k := ks[r.IntN(len(ks))]
	w.doc.ID = fmt.Sprintf("casebook-%05d", i)
	w.doc.Kind = k.name
	c := clean(seed, i)
	if c {
		k.clean[r.IntN(len(k.clean))](w)
	} else {
		k.pii[r.IntN(len(k.pii))](w)
	}
	d := w.finish()
	if c != (len(d.Items) == 0) {
		// A template broke its promise; the tests name the document.
		d.Kind += "!clean-mismatch"
	}
	return d, w.values
}

// unlabelledMention returns the offset of the first occurrence of a
// labelled value that no item covers, or -1.
func unlabelledMention(d evalset.Doc) int {
	for _, it := range d.Items {
		v := d.Text[it.Start:it.End]
		if len(v) < 6 {
			continue
		}
		for off := 0; ; {
			k := strings.Index(d.Text[off:], v)
			if k < 0 {
				break
			}
			a := off + k
			if !covered(d, a, a+len(v)) {
				return a
			}
			off = a + len(v)
		}
	}
	return -1
}

// covered reports whether [a,b) lies within one item's span.
func covered(d evalset.Doc, a, b int) bool {
	for _, it := range d.Items {
		if it.Start <= a && b <= it.End {
			return true
		}
	}
	return false
}

// kind is one sort of document, with the templates that write it with
// and without personal data.
type kind struct {
	name  string
	pii   []func(*writer)
	clean []func(*writer)
}

// kinds lists the document kinds; it is a function so that no table of
// functions is package state.
func kinds() []kind {
	t := func(dept, subject string, lines ...string) topic { return topic{dept, subject, lines} }
	both := func(tp topic, own ...func(*writer)) []func(*writer) {
		return append(own, meeting(tp), stats(tp))
	}
	return []kind{
		{"disability_support", fs(disabilityDecision, disabilityRoster, disabilityMail),
			both(t("장애인복지과", "장애인활동지원", "신규 신청", "재판정", "급여 변경", "이의신청"), disabilityNotice)},
		{"livelihood_change", fs(livelihoodExport, livelihoodStop, livelihoodCaseNote),
			both(t("복지정책과", "기초생활보장 수급자 관리", "신규 책정", "급여 중지", "급여 변경", "긴급지원"), livelihoodStats)},
		{"tax_seizure", fs(seizureRoster, seizureNotice, seizureLetter),
			both(t("징수과", "체납액 징수", "번호판 영치", "예금 압류", "급여 압류", "공매 의뢰"), seizurePlan)},
		{"parking_objection", fs(parkingObjection, parkingReview, parkingMessages),
			both(t("주차관리과", "불법 주정차 단속", "단속 건수", "의견진술 접수", "수용", "불수용"), parkingCCTV)},
		{"youth_shelter", fs(shelterReferral, shelterRoster, shelterStatement),
			both(t("아동청소년과", "위기청소년 보호", "입소", "퇴소", "상담 연계", "가정 복귀"), shelterReport)},
		{"redevelopment_roster", fs(unionRoster, unionMinutes, unionPetition),
			both(t("도시정비과", "정비사업 관리", "조합 설립", "사업시행인가", "관리처분", "이주"), zoneDesignation)},
		{"public_works", fs(worksSelection, worksPayroll, worksDrivers),
			both(t("일자리경제과", "공공근로사업", "환경 정비", "행정 도우미", "방역", "안전 점검"), worksRecruit)},
		{"volunteer_record", fs(volunteerExport, volunteerAward, volunteerMail),
			both(t("자치행정과", "자원봉사 활성화", "신규 등록", "활동 시간", "인증서 발급", "교육"), volunteerGuide)},
		{"litigation_report", fs(lawsuitReport, lawsuitPlaintiffs, lawsuitWitness),
			both(t("법무과", "소송 사무 관리", "신규 사건", "승소", "패소", "소송비용"), lawsuitStatus)},
		{"complaint_transcript", fs(callTranscript, visitTranscript, kakaoCapture),
			both(t("민원여권과", "민원 응대 품질 개선", "전화 민원", "방문 민원", "특이민원", "녹취 요청"), complaintManual)},
		{"seasonal_workers", fs(seasonalRoster, seasonalDeparture, seasonalHealth),
			both(t("농업정책과", "계절근로자 운영", "입국", "배정", "이탈", "출국"), seasonalPlan)},
		{"epidemiology", fs(epiInvestigation, epiContacts, epiSMS),
			both(t("보건소 감염병관리과", "감염병 관리", "신고", "역학조사", "접촉자 관리", "예방접종"), epiStatus)},
		{"school_meal_contract", fs(mealSoleTrader, mealMail, mealInspection),
			both(t("교육지원과", "친환경 학교급식 지원", "공급 학교", "식재료 검수", "납품 업체", "잔반"), mealContract, mealResult)},
		{"commendation", fs(meritRecord, meritList, meritCitation),
			both(t("총무과", "포상 관리", "정부포상", "구청장 표창", "감사장", "추천 접수"), meritPlan)},
		{"admin_appeal", fs(appealRuling, appealDocket, appealBrief),
			both(t("행정심판담당관", "행정심판 사무", "청구 접수", "인용", "기각", "각하"), appealSession)},
		{"disclosure_objection", fs(disclosureObjection, disclosureMail, disclosurePortal),
			both(t("행정지원과", "정보공개 운영", "청구 접수", "공개", "부분공개", "이의신청"), disclosureResult)},
		{"audit_discipline", fs(auditDemand, auditHearing, auditTable),
			both(t("감사담당관", "자체감사", "지적 건수", "시정", "주의", "징계 요구"), auditPlan)},
	}
}

func fs(f ...func(*writer)) []func(*writer) { return f }
