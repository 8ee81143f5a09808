package closure

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/screen"
	"github.com/seoul-plaza/plaza/shared/verify"
)

func TestPattern(t *testing.T) {
	for _, c := range [][2]string{
		{"2026년 제3차 교통정책위원회 회의 결과", "교통정책위원회회의결과"},
		{"[2025년 12월] 교통정책위원회 회의결과", "교통정책위원회회의결과"},
		{"2024년도 2분기 주차장 운영 보고(안)", "주차장운영보고"},
	} {
		if got := Pattern(c[0]); got != c[1] {
			t.Errorf("Pattern(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

var (
	orgsGen  = []string{"6110000", "3220000"}
	deptsGen = []string{"1100100", "1100200", "1100300", "1100400", "1100500"}
	surnames = []string{"김", "이", "박", "최", "정", "강", "조", "윤"}
	given    = []string{"영희", "민수", "지훈", "서연", "현우", "수빈", "도윤", "하은"}
	topics   = []string{"도로 보수", "공원 조성", "하천 정비", "주차장 운영", "청사 리모델링", "가로등 교체", "복지관 신축", "도서관 확충"}
)

// corpus generates n documents across two organizations and five
// departments each, with legitimate closures (items 2, 5, 7 on internal
// reviews and contracts; item 6 on complaints that name a person) and
// planted implausible ones: item 6 on a text without personal data, a
// press release closed, meeting results closed whose title pattern the
// other departments publish. Personnel committee minutes are closed
// rightly, though minutes are usually public: what the check cannot tell,
// and so its false doubts. It returns the planted documents' ids.
func corpus(n int, seed uint64) ([]Doc, map[string]string) {
	rng := rand.New(rand.NewPCG(seed, 99))
	planted := map[string]string{}
	var docs []Doc
	for i := range n {
		d := Doc{Org: orgsGen[rng.IntN(2)], ID: fmt.Sprintf("D-%05d", i), Department: deptsGen[rng.IntN(len(deptsGen))], Grade: document.GradePublic}
		topic := topics[rng.IntN(len(topics))]
		year, month := 2024+rng.IntN(3), 1+rng.IntN(12)
		person := surnames[rng.IntN(len(surnames))] + given[rng.IntN(len(given))]
		phone := fmt.Sprintf("010-%04d-%04d", 1000+rng.IntN(9000), 1000+rng.IntN(9000))
		plain := []screen.Field{{Name: "body", Text: fmt.Sprintf("%s 사업의 추진 일정과 예산 집행 계획을 다음과 같이 정한다. 공정률은 %d%%이다.", topic, rng.IntN(100))}}
		personal := []screen.Field{{Name: "body", Text: fmt.Sprintf("민원인 %s(연락처 %s)이 제기한 %s 관련 민원의 처리 결과를 회신한다.", person, phone, topic)}}
		switch p := rng.IntN(100); {
		case p < 25:
			d.Type, d.Title = "press", fmt.Sprintf("[보도자료] %d년 %s 사업 %d월 착공", year, topic, month)
		case p < 45:
			d.Type, d.Title = "minutes", fmt.Sprintf("%d년 제%d차 %s 위원회 회의 결과", year, 1+rng.IntN(9), topic)
		case p < 65:
			d.Type, d.Title = "plan", fmt.Sprintf("%d년 %s 추진계획", year, topic)
		case p < 75: // a complaint answered: closed under item 6, rightly
			d.Type, d.Title, d.Grade, d.Exemptions, d.Text = "approval", fmt.Sprintf("%s 관련 민원 회신 (%d-%04d호)", topic, year, rng.IntN(10000)), document.GradeClosed, []string{"6"}, personal
		case p < 82: // a partial complaint file: personal data masked, rightly
			d.Type, d.Title, d.Grade, d.Exemptions, d.Text = "report", fmt.Sprintf("%s 민원 처리 현황 %d-%d", topic, year, i), document.GradePartial, []string{"6"}, personal
		case p < 83: // personnel committee minutes: closed under items 5 and 6, rightly, though minutes are usually public
			d.Type, d.Title, d.Grade, d.Exemptions = "minutes", fmt.Sprintf("%d년 제%d차 인사위원회 회의 결과", year, 1+rng.IntN(9)), document.GradeClosed, []string{"5", "6"}
			d.Text = []screen.Field{{Name: "body", Text: fmt.Sprintf("승진 심사 대상자 %s(주민등록번호 %06d-%07d)의 징계 의결 결과", person, rng.IntN(999999), 1000000+rng.IntN(999999))}}
		case p < 90: // an internal review or a contract negotiation: items 5, 7, 2
			d.Type = []string{"approval", "contract", "budget"}[rng.IntN(3)]
			d.Title, d.Grade, d.Exemptions = fmt.Sprintf("%s 협상 전략 검토 내부안 %d", topic, i), document.GradeClosed, [][]string{{"5"}, {"7"}, {"2", "5"}}[rng.IntN(3)]
		default:
			d.Type, d.Title = "report", fmt.Sprintf("%d년 %d월 %s 실적 보고", year, month, topic)
		}
		// Plant an implausible closure in one document of twenty.
		if rng.IntN(20) == 0 {
			switch rng.IntN(3) {
			case 0:
				d.Type, d.Title, d.Grade, d.Exemptions, d.Text = "approval", fmt.Sprintf("%s 공사 일정 변경 %d", topic, i), document.GradeClosed, []string{"6"}, plain
				planted[d.ID] = ReasonItem6NoPersonalData
			case 1:
				d.Type, d.Title, d.Grade, d.Exemptions = "press", fmt.Sprintf("[보도자료] %d년 %s 사업 %d월 착공", year, topic, month), document.GradeClosed, []string{"5"}
				planted[d.ID] = ReasonTypeUsuallyPublic
			default:
				d.Type, d.Title, d.Grade, d.Exemptions = "minutes", fmt.Sprintf("%d년 제%d차 %s 위원회 회의 결과", year, 1+rng.IntN(9), topic), document.GradeClosed, []string{"5"}
				planted[d.ID] = ReasonTitlePublicElsewhere
			}
		}
		docs = append(docs, d)
	}
	return docs, planted
}

// TestCheckFindsPlantedClosures: on a generated corpus of 3,000
// documents, the check finds the planted implausible closures (recall)
// and little else (precision), and never doubts a public document.
func TestCheckFindsPlantedClosures(t *testing.T) {
	docs, planted := corpus(3000, 1)
	doubts := Check(docs, "", Layers{Redactor: redact.New(), Verifier: verify.New()}, DefaultOptions)
	found := map[string]bool{}
	tp, fp := 0, 0
	byReason := map[string][2]int{}
	for _, d := range doubts {
		if d.Grade == document.GradePublic {
			t.Fatalf("a public document doubted: %+v", d)
		}
		found[d.ID] = true
		if why, ok := planted[d.ID]; ok {
			tp++
			hit := false
			for _, r := range d.Reasons {
				hit = hit || r.Code == why
			}
			if !hit {
				t.Errorf("%s planted as %s, doubted for %+v", d.ID, why, d.Reasons)
			}
		} else {
			fp++
			if fp <= 5 {
				t.Logf("not planted, doubted: %+v", d)
			}
		}
	}
	for id, why := range planted {
		c := byReason[why]
		c[1]++
		if found[id] {
			c[0]++
		}
		byReason[why] = c
	}
	precision := float64(tp) / float64(max(1, tp+fp))
	recall := float64(tp) / float64(max(1, len(planted)))
	t.Logf("%d documents, %d planted, %d doubted: precision %.3f, recall %.3f", len(docs), len(planted), len(doubts), precision, recall)
	for why, c := range byReason {
		t.Logf("  %s: found %d of %d", why, c[0], c[1])
	}
	if len(planted) < 100 {
		t.Fatalf("only %d planted: the corpus is too small to measure", len(planted))
	}
	if recall < 0.95 || precision < 0.85 {
		t.Errorf("precision %.3f, recall %.3f; want at least 0.85 and 0.95", precision, recall)
	}
}

// A check limited to an organization doubts only its documents, though it
// compares with every organization's.
func TestCheckOneOrganization(t *testing.T) {
	docs, _ := corpus(1000, 2)
	for _, d := range Check(docs, "3220000", Layers{Redactor: redact.New(), Verifier: verify.New()}, DefaultOptions) {
		if d.Org != "3220000" {
			t.Fatalf("doubt of another organization: %+v", d)
		}
	}
}
