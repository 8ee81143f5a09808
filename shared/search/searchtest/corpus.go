package searchtest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/search"
)

// Department is a department of the generated city.
type Department struct{ Code, Name string }

// Departments are the departments generated documents belong to.
var Departments = []Department{
	{"1100123", "행정국 정보공개정책과"}, {"1100124", "행정국 총무과"}, {"1100125", "행정국 인사과"},
	{"1100201", "재무국 예산담당관"}, {"1100202", "재무국 세무과"}, {"1100203", "재무국 재무과"},
	{"1100301", "도시교통실 교통정책과"}, {"1100302", "도시교통실 도로관리과"}, {"1100303", "도시교통실 보행정책과"},
	{"1100401", "복지정책실 복지정책과"}, {"1100402", "복지정책실 노인복지과"}, {"1100403", "복지정책실 장애인복지정책과"},
	{"1100501", "기후환경본부 환경정책과"}, {"1100502", "기후환경본부 대기정책과"}, {"1100503", "기후환경본부 자원순환과"},
	{"1100601", "시민건강국 보건의료정책과"}, {"1100602", "시민건강국 감염병관리과"}, {"1100701", "안전총괄실 안전총괄과"},
	{"1100702", "안전총괄실 재난안전정책과"}, {"1100801", "주택정책실 주택정책과"}, {"1100802", "주택정책실 공공주택과"},
	{"1100901", "문화본부 문화정책과"}, {"1100902", "문화본부 관광정책과"}, {"1101001", "경제정책실 일자리정책과"},
	{"1101002", "경제정책실 소상공인정책과"}, {"1101101", "교육협력국 평생교육과"}, {"1101201", "시민소통기획관 시민소통담당관"},
	{"1101202", "감사위원회 감사담당관"}, {"1101301", "도시계획국 도시계획과"}, {"1101302", "도시계획국 시설계획과"},
}

// topics are the subjects generated documents are about; each has words
// a citizen would search for.
var topics = [][]string{
	{"정보공개", "청구", "공개목록", "비공개", "결정통지"},
	{"예산", "편성", "세출", "추경", "재정"},
	{"도로", "보수", "포장", "공사", "교통"},
	{"버스", "노선", "정류소", "배차", "대중교통"},
	{"어르신", "경로당", "돌봄", "노인복지", "급식"},
	{"미세먼지", "대기질", "저감", "배출", "경보"},
	{"폐기물", "재활용", "수거", "분리배출", "자원순환"},
	{"감염병", "예방접종", "방역", "보건소", "검사"},
	{"재난", "대피", "훈련", "안전점검", "침수"},
	{"임대주택", "공공주택", "입주자", "모집", "주거"},
	{"축제", "공연", "문화시설", "관광", "전시"},
	{"일자리", "채용", "청년", "창업", "지원금"},
	{"소상공인", "전통시장", "상권", "융자", "임대료"},
	{"평생교육", "강좌", "도서관", "학습", "교육비"},
	{"감사", "지적사항", "시정", "징계", "청렴"},
	{"도시계획", "용도지역", "재개발", "정비구역", "고시"},
	{"민원", "처리기한", "전자민원", "상담", "만족도"},
	{"공무원", "교육훈련", "인사발령", "승진", "근무평정"},
	{"장애인", "활동지원", "편의시설", "이동권", "보조기기"},
	{"세금", "지방세", "체납", "징수", "감면"},
}

var titleSuffix = []string{"계획", "추진 계획", "결과 보고", "회의록", "시행 알림", "개선 방안", "추진 현황", "예산 집행", "계약 체결", "보도자료"}

var types = []string{"approval", "minutes", "plan", "report", "press", "budget", "contract", "other"}

var sentences = []string{
	"%s 관련 업무를 %s 중심으로 추진하고자 합니다.",
	"시민의 %s 편의를 높이기 위하여 %s 절차를 개선한다.",
	"%s에 대한 자치구 의견을 수렴하여 %s 계획에 반영하였다.",
	"이번 %s 사업은 %s 분야의 예산으로 시행한다.",
	"관계 부서는 %s 현황을 점검하고 %s 결과를 보고하기 바랍니다.",
	"%s 추진 과정에서 %s 관련 민원이 접수되었으며 처리 결과를 공개한다.",
	"향후 %s 운영 성과를 분석하여 %s 개선 과제를 발굴할 예정이다.",
	"%s 담당자는 %s 자료를 정리하여 정보공개 목록에 등록한다.",
}

// Docs generates n realistic Korean administrative documents of about
// 1.5 KB each, deterministic for a seed, in organization org. Document i
// has id fmt.Sprintf("GEN-%06d", i) and document number "<unit>-<i+1>";
// one in eight cites an earlier document's number.
func Docs(org string, n int, seed uint64) []search.Doc {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	start := time.Date(2013, 10, 28, 9, 0, 0, 0, time.FixedZone("KST", 9*3600))
	docs := make([]search.Doc, n)
	for i := range n {
		t := topics[rng.IntN(len(topics))]
		t2 := topics[rng.IntN(len(topics))]
		d := Departments[rng.IntN(len(Departments))]
		unit := d.Name[strings.LastIndexByte(d.Name, ' ')+1:]
		title := fmt.Sprintf("%d년 %s %s %s", 2014+rng.IntN(12), t[0], t[1+rng.IntN(4)], titleSuffix[rng.IntN(len(titleSuffix))])
		var b strings.Builder
		for b.Len() < 1500 {
			w1 := t[rng.IntN(len(t))]
			w2 := t2[rng.IntN(len(t2))]
			if rng.IntN(3) == 0 {
				w2 = t[rng.IntN(len(t))]
			}
			fmt.Fprintf(&b, sentences[rng.IntN(len(sentences))], w1, w2)
			b.WriteByte(' ')
		}
		if i > 0 && rng.IntN(8) == 0 {
			cited := docs[rng.IntN(i)].DocumentNumber
			fmt.Fprintf(&b, "관련: %s 문서 참조.", cited)
		}
		grade := "public"
		switch rng.IntN(10) {
		case 0:
			grade = "partial"
		case 1:
			grade = "closed"
		}
		doc := search.Doc{
			Org: org, ID: fmt.Sprintf("GEN-%06d", i), Version: 1,
			Title: title, Body: b.String(),
			DocumentNumber: fmt.Sprintf("%s-%d", unit, i+1),
			DepartmentCode: d.Code, DepartmentName: d.Name,
			Type: types[rng.IntN(len(types))], Grade: grade,
			ApprovedAt: start.Add(time.Duration(rng.Int64N(int64(12 * 365 * 24 * time.Hour)))),
			Keywords:   []string{t[0]},
		}
		if grade == "closed" {
			doc.Body = ""
			doc.MetadataOnly = true
		}
		docs[i] = doc
	}
	return docs
}
