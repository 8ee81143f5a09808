package redact_test

import (
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/redact"
)

// TestNamesWhereTheyAre checks names in the places whole documents put
// them, and that what must stay public stays. Each case lists values that
// must not survive and values that must.
func TestNamesWhereTheyAre(t *testing.T) {
	r := redact.New()
	cases := []struct {
		name, text string
		gone, stay []string
		exempt     []string
		public     redact.Public
	}{
		{name: "pipe table by header",
			text: "| 연번 | 성명 | 생년월일 | 주소 | 은행 | 계좌번호 | 예금주 | 지급액 |\n|---|---|---|---|---|---|---|---|\n" +
				"| 1 | 김민준 | 800302 | 서울시 성동구 성수동1가 498-44 | 국민은행 | 123456-01-234567 | 김민준 | 1,200,000 |",
			gone: []string{"김민준", "800302", "498-44", "234567"}, stay: []string{"지급액", "국민은행", "1,200,000"}},
		{name: "one cell per line",
			text: "연번\n성명\n생년월일\n주소\n연락처\n1\n황보미란\n1988. 4. 12.\n왕십리로 222, 101동 1203호\n010-9876-5432\n2\n이 서 연\n750302\n상계동 1149번지\n02-987-6543",
			gone: []string{"미란", "1988. 4. 12.", "222", "1203", "9876", "서 연", "750302", "1149", "987-6543"}},
		{name: "box-drawn table", text: "┌────┬────────┬──────────┐\n│ 연번 │ 소유자 │ 생년월일 │\n├────┼────────┼──────────┤\n│ 1 │ 박영호 │ 1950년 9월 9일 │\n└────┴────────┴──────────┘",
			gone: []string{"박영호", "1950년 9월 9일"}},
		{name: "labelled values spaced out", text: "성    명: 황보미란\n연 락 처: (02)123-4567\n생년월일 : 1988년 4월 12일",
			gone: []string{"미란", "123-4567", "1988"}},
		{name: "attendee list", text: "참석자: 김철수, 이영희, 박민수 (이상 3명)", gone: []string{"철수", "영희", "민수"}},
		{name: "attendees after a count", text: "○ 참석: 위원 3명(현형준, 김다은, 편채원), 간사 주무관 이지민",
			gone: []string{"형준", "다은", "채원"}, stay: []string{"주무관 이지민"}},
		{name: "speakers", text: "○ 김철수 위원: 사업 추진에 찬성합니다.\n○ 위원장(박정호): 다음 안건으로 넘어가겠습니다.\n최상철(위원) 현장 점검 결과를 보면\n○위원 모창민  안건 자료를 보면",
			gone: []string{"김철수", "박정호", "최상철", "모창민"}, stay: []string{"사업 추진에", "현장 점검"}},
		{name: "names whose first syllables are a rare dictionary word", text: "번호  내용      성별  생년월일\n1     임보서    여    2010-03-08\n" +
			"2     황가안    남    2008.8.16\n3     우경자    여    2009년 11월 18일\n4     배화성    남    2007. 5. 1.",
			gone: []string{"임보서", "황가안", "우경자", "배화성"}},
		{name: "derived words, provinces and roads stay", text: "사유: 조현병으로 인한 입원. 정보의 정확성 및 최신성이 보장되도록 함.\n" +
			"주소 전라남도 영암군, 경기도 광명시, 송파대로 *** 및 마포구 성미산로 일원. 원안대로 의결함. 정보제공자에게 통보함.",
			stay: []string{"조현병", "최신성", "전라남도", "경기도", "송파대로", "성미산로", "원안대로", "제공자"}},
		{name: "names right after a role", text: "피해자 손 율 지의 진술에 따르면 공범 허담과 공모하여 수급자 도훈에게 지급함. 점검 당시 입회인은 길란이었다. " +
			"공범으로 의심되는 석시우는 배우자이다. 친구 민신훈네 집에서 지냈다. 피고발인은 임 건 씨로 자신을 소개함.",
			gone: []string{"율 지", "허담", "도훈", "길란", "석시우", "민신훈", "임 건"},
			stay: []string{"진술에", "공모하여", "지급함", "배우자이다", "집에서"}},
		{name: "words after a role stay", text: "주봉숙 어르신은 시각장애(심한 장애)으로 거동이 불편함. 보호자 동의서를 받음. 수급자 선정 기준에 따라 피해자 구제를 위하여",
			stay: []string{"시각장애", "동의서", "선정 기준", "구제를"}},
		{name: "a person where a contract names a company", text: "| 연번 | 건명 | 계약방법 | 계약상대자 | 생년월일 | 금액 |\n|---|---|---|---|---|---|\n" +
			"| 1 | 바리스타 강사 | 수의계약(개인) | 반세연 | 410613 | 188,550 |\n| 2 | 가로수 전정 | 수의계약 | (주)솔빛미디어 | - | 1,970,280 |",
			gone: []string{"반세연"}, stay: []string{"(주)솔빛미디어"}},
		{name: "who asks at a briefing", text: "Q. 허윤슬 : 설명회 자료를 이메일로 받을 수 있나요?\n- 질의(남춘빈, 마천동 314-22): 공사 기간은?\nA. 담당 주무관: 안내하겠습니다.",
			gone: []string{"허윤슬", "남춘빈"}, stay: []string{"설명회 자료", "공사 기간"}},
		{name: "the one a group is named by", text: "청구인 연명부에 기재된 지솔 외 150명의 청구 요건은 충족됨.\n제출인\t안 정 규 외 7명\n1\t라하유 데위 외 40명\t송파구",
			gone: []string{"지솔", "정 규", "라하유 데위"}, stay: []string{"150명", "7명"}},
		{name: "residents and long roles", text: "둔산동에 사는 국현은 이주 대책을 물었다. 기초생활수급자 선 유 준의 재산 기준을 확인함. 인근 주민 탁소하가 신고함.",
			gone: []string{"국현", "유 준", "탁소하"}, stay: []string{"이주 대책", "재산 기준", "신고함"}},
		{name: "a complex with Latin letters, and lots by what they are", text: "주소: 인천광역시 남동구 구월동 SK뷰아파트 104-2403\n압류재산: 부동산 행신동 279-31\n소유 지번: 도화동 50-17",
			gone: []string{"SK", "104-2403", "279-31", "50-17"}, stay: []string{"구월동", "행신동", "도화동"}},
		{name: "a neighbourhood between the row's number and its person", text: "순번\t동\t성   명\t생년월일\t지  급  액\t비고\n1\t우동\t진혁례\t1987.05.11\t1,170,000원\t\n" +
			"4\n중동\n옥승우\n1987.05.23\n750,000원\n\n5\t우동\t태형훈\t1945.04.27\t2,450,000원\t",
			gone: []string{"진혁례", "옥승우", "태형훈"}, stay: []string{"우동", "중동"}},
		{name: "a name OCR split a syllable late", text: "8   승분 희   1983. 2. 1.   영업정지 7일\n9   함서 지   1979. 5. 3.   영업정지 7일",
			gone: []string{"승분 희", "함서 지"}, stay: []string{"영업정지 7일"}},
		{name: "names before 씨 whatever their origin or spacing", text: "담당자: 첫 번째는 자오리나 씨 건인데요.\n둘째는 속 찬타 씨 건입니다. 봉 설 씨가 왔다. 그분 팜 민 뚜언이 작년에도 신청함.\n아, 이름은 손지수요.",
			gone: []string{"오리", "찬타", "봉 설", "팜 민 뚜언", "지수"}, stay: []string{"첫 번째는", "건인데요", "작년에도"}},
		{name: "words before 씨 that are no names stay", text: "그 씨앗은 좋다. 맵씨 좋은 옷, 김씨 문중, 홍 씨 성을 가진 사람", stay: []string{"씨앗", "맵씨", "김씨 문중"}},
		{name: "dates of birth under a header of two rows", text: "번호  신청인                            입소일            의뢰기관\n      청소년명  성별  생년월일\n" +
			"1     장 준 현  남    2006년 08월 14일  2025.06.13        1388 청소년상담전화\n2     문보라미  남    2006년 12월 20일  2024-12-05        아동보호전문기관",
			gone: []string{"2006년 08월 14일", "2006년 12월 20일"}, stay: []string{"2025.06.13", "2024-12-05"}},
		{name: "a telephone wrapped at its hyphen", text: "| 2 | 피성오 | '44.4.13 | 80세 | 011-724-\n3136 | 불법광고물 정비 |\n연락처\n010-6952-\n2511",
			gone: []string{"724", "6952"}, stay: []string{"불법광고물 정비"}},
		{name: "accounts wrapped at a hyphen", text: "| 8 | 제지재 | 수협 | 1673-3045-\n3068 | 11 | 554,000원 |\n카카오뱅크 3333-76-\n1436340",
			gone: []string{"1673-3045", "3333-76", "1436"}, stay: []string{"554,000원"}},
		{name: "native given names of three syllables", text: "  나. 대표자: 용다솜이\n ○ 주민 마슬기로(길음동 거주): 주차장 부족\n연번\t구분\t성명\t직업\n8\t위원\t염슬기로\t변호사",
			gone: []string{"다솜이", "슬기로"}, stay: []string{"주차장 부족", "변호사"}},
		{name: "a listed name ending like a particle", text: "○ 참석: 위원 3명(현형준, 김다은, 편채원), 간사 지방행정주사 이지민",
			gone: []string{"김다은", "다은"}, stay: []string{"지방행정주사 이지민"}, exempt: []string{"이지민"}},
		{name: "officials a disciplinary finding names", text: "1. 감사 결과\n  ○ 시설관리공단 행정주사 채찬애는 2023.04.04.부터 2024년 3월까지 보조금을 부당 수령하였음.\n2. 처분 요구: 중징계\n\n" +
			"감사담당관  주무관 홍길동  전화 02-2133-1234",
			gone: []string{"채찬애"}, stay: []string{"주무관 홍길동", "02-2133-1234"}},
		{name: "dates of birth as foreigners' papers write them", text: "| 국적 | 베트남 | 생년월일 | 14/02/2002 |\n| 국적 | 인도네시아 | 생년월일 | 05 OCT 1981 |\n[생년월일] 05.03.2000\n" +
			"신청서의 생년월일(05 APR 1978)과 등록 정보\n샹년월일 2000년 7월 5일\n생 년월일:1990-04-14\n참고인 Jose Reyes(1977-10-23)",
			gone: []string{"2002", "OCT", "1981", "2000", "APR", "1978", "7월 5일", "1990", "Jose Reyes"}, stay: []string{"베트남", "등록 정보"}},
		{name: "a date of birth where the registration number would be", text: "2024. 7. 1. 공시송달\n| 연번 | 성명 | 주민등록번호 | 주소 | 세목 |\n|---|---|---|---|---|\n" +
			"| 1 | 위** | 1985.08.27 | 노원구 공릉동 204번지 | 자동차세 |\n| 2 | 조민호 | 550728-1234567 | 강북구 수유동 597-15 | 지방소득세 |",
			gone: []string{"1985.08.27", "550728-1234567"}, stay: []string{"자동차세", "지방소득세"}},
		{name: "a citizen's landline said aloud", text: "[00:10:24] 방청인(성석우): 032 672 8960 입니다. 감사합니다.\n[00:08:15] 편별빈 방청인: 054-7195-4766 입니다.\n담당 주무관 02-2133-1234",
			gone: []string{"672 8960", "7195-4766"}, stay: []string{"02-2133-1234"}},
		{name: "two tables of one cell to a line, back to back", text: "계약번호\n계약명\n계약상대자\n사업자(법인)등록번호\n계약금액\n계약일\n" +
			"R21BK95719906\n방역 소독 용역\n미래종합건설 주식회사\n839-10-89195\n6,961,000원\n'23. 3. 25.\n\n[개인 용역(강사·자문) 계약 — 원천징수용]\n" +
			"성명\n주민등록번호\n주소\n휴대전화\n은행\n계좌번호\n수당\n반병재\n730211-1251253\n경기도 안산시 단원구 중앙대로 102-21\n010-4677-0911\n부산은행\n4226644385274\n222,000원\n" +
			"맹별\n480925-2804491\n경상북도 구미시 인동중앙로 80, 112동 302호\n010-4895-4586\n하나은행\n246-232668-10044\n4,983,000원",
			gone: []string{"반병재", "4226644385274", "맹별", "232668"}, stay: []string{"839-10-89195", "미래종합건설"}},
		{name: "a contract's person in a record, a passport in a note, a hill lot, where an asker lives, and 수신 … 귀하", text: "계약방법 수의계약(개인)\n계약상대자 박희덕\n계약상대자 : 연채비\n" +
			"| 3 | 010-5374-3744 | 여권 N40385880 |\n○ 현 주소： 서울특별시 구로구 신내동 산783\n- 질의(남춘빈, 마천동 314-22): 공사 기간 동안 소음\n수신 유수포프 보부르 귀하\n수신 강서구청장 귀하",
			gone: []string{"희덕", "채비", "40385880", "783", "314-22", "보부르"}, stay: []string{"공사 기간", "강서구청장 귀하"}},
		{name: "a row whose address cell wrapped onto the next line", text: "연번\t성명\t생년월일\t주 소\t카드사\t카드번호\t충전액\n" +
			"1\t현서온\t1980년 5월 21일\t경기도 수원시 팔달구\n중부대로10길 18, 302호\tNH\t4518-2257-7856-6695\t1,900,000원\n" +
			"2\t나정온\t2002년 5월 2일\t경기 수원시 팔달구 매산로 239, 409호\t비씨\t5365-1750-6785-7018\t780,000원",
			gone: []string{"서온", "18, 302", "239, 409"}, stay: []string{"NH", "1,900,000원"}},
		{name: "a seasonal worker's farm", text: "| 국적 | 네팔 |\n| 근무지 | 괴산군 감물면 이담리 641-6 |\n- 근무지: 전라남도 영암군 군서면 동구림리 665-8",
			gone: []string{"641-6", "665-8"}, stay: []string{"감물면 이담리", "동구림리"}},
		{name: "an e-mail address with spaces round its @", text: "▶ 전자우편 : sunjw_95 @ naver.com\nFrom: MARIA CRISTINA SANTOS <maria.cristina @ naver.com>\n합계 3 @ 1,000원",
			gone: []string{"unjw_95", "aria.cristina"}, stay: []string{"3 @ 1,000원"}},
		{name: "a landline with no hyphen inside its number", text: "연락처: 042-2890762 (자택)\n연락처 032-35206320\n문의 02-2133-1234",
			gone: []string{"2890762", "35206320"}, stay: []string{"02-2133-1234"}},
		{name: "two-syllable names in numbered rows", text: "2024. 7. 1. 지급 명단\n7\t위솔\t2007.6.14.\t강북구 수유동\t120,000원\n8\t금탁\t1952.3.12.\t강북구 미아동\t1,360,000원\n9\t합계\t-\t-\t1,480,000원",
			gone: []string{"위솔", "금탁"}, stay: []string{"합계", "강북구 수유동"}},
		{name: "rows wrapped one cell to a line amid rows of tabs", text: "연번\t성명(영문)\t성명(한글)\t국 적\t외국인등록번호\t연  락  처\n" +
			"1\nSantos Angelica\n산토스 안젤리카\n필리핀\n820225-6621460\n010)8873-2228\n" +
			"2\tYusupov Gulnora\t유수포프 굴노라\t우즈베키스탄\t611124-6492561\t010-8500-3066\n" +
			"3\nZHANG LIHUA\n장 리화\n중국\n050924 - 8585345\n010 4547 9045",
			gone: []string{"Santos", "안젤리카", "Gulnora", "굴노라", "ZHANG", "리화"}, stay: []string{"필리핀", "우즈베키스탄", "중국"}},
		{name: "unnumbered rows one cell to a line amid rows of tabs", text: "구분\t동\t성명\t공적 요지\n대상\t성수동1가\t옥담\t장학금 기탁\n효행상\n옥수동\n허영서\n재능 기부\n" +
			"효행상\t마장동\t전귀혁\t재능 기부\n봉사상\n마장동\n석선숙\n경로당 봉사\n선행상\t행당동\t정세엽\t이웃 돌봄",
			gone: []string{"허영서", "석선숙", "전귀혁"}, stay: []string{"재능 기부", "경로당 봉사"}},
		{name: "particles", text: "청구인 공종민로 통보함. 청구인 남궁연우입니다. 민원 중 한태안의 민원은 협의 중",
			gone: []string{"공종민", "남궁연우", "한태안"}},
		{name: "a messenger's senders", text: "[카카오톡 캡처]\n[옥아름솔] [오전 8:33] 차 빼라는 문자 받았어\n[옥아름솔] [09:43] 구청에 전화해봐\n2024. 1. 5. 오후 3:20, 맹윤조 : 딱지 왔어",
			gone: []string{"아름솔", "윤조"}, stay: []string{"구청에 전화해봐", "딱지 왔어"}},
		{name: "a name written apart elsewhere", text: "2. 추천 대상: 금 경숙(상암동)\n3. 특히 금경숙 씨는 고령에도\n4. 장범희 씨는 지난 30년간. 장 범 희만이 아니라",
			gone: []string{"금 경숙", "경숙", "장 범 희"}},
		{name: "co-owners in a name column", text: "| 연번 | 토지등소유자 | 생년월일 | 동의 |\n| 1 | 소동만 외 1 (강성준) | 2000.09.01 | 서면 |\n| 2 | 염숙의 외 2명(경아봉) | 58.02.14 | 서면 |",
			gone: []string{"동만", "성준", "숙의", "아봉"}, stay: []string{"외 1 (", "서면"}},
		{name: "a payee's account beside a company, and a company's own", text: "| 연번 | 성명 | 사업장 | 은행 | 계좌번호 | 지급액 |\n|---|---|---|---|---|---|\n| 1 | 문분원 | 주식회사 새솔 | 우리은행 | 9941-539-850338 | 258만원 |\n\n" +
			"| 업체명 | 대표자 | 은행 | 계좌번호 | 예금주 | 지급액 |\n|---|---|---|---|---|---|\n| (주)하나테크 | 정민수 | 신한은행 | 140-012-345678 | (주)하나테크 | 5,000,000 |",
			gone: []string{"분원", "850338", "민수"}, stay: []string{"140-012-345678", "(주)하나테크"}},
		{name: "foreign names under a name column's header", text: "| 연번 | 성명 | 학교 | 생년월일 |\n| 6 | 마리아 산토스 | 동국대학교 | 2003년 2월 1일 |\n| 7 | 쏨차이 | 서울고등학교 | 2011/03/01 |\n| 8 | 해당 없음 | - | - |\n\n" +
			"번호  어르신 성명   생년월일    돌보미\n1     서문숙동      401004      오영태\n3     응우옌 반 안  1940-06-26  조빈태",
			gone: []string{"산토스", "쏨차이", "응우옌", "반 안"}, stay: []string{"해당 없음", "동국대학교"}},
		{name: "transcribed foreign names with what follows only a person", text: "□ 우리은행에서 만난 마리아 산토스(52) 씨는 좋다고 했다.\n구 통일로 일원에 사는 쏨차이 씨\n3. 운전 업무 배치자 타나카 유키에게 안내\n인근에 사는 바트에르덴입니다.\n부디 건강하세요. 바트 환율",
			gone: []string{"산토스", "쏨차이", "타나카", "에르덴"}, stay: []string{"만난", "부디 건강하세요", "바트 환율", "우리은행"}},
		{name: "a footer written one field to a line, and its numbers in the body", text: "3. 열람 장소: 위생과 (서울특별시 은평구 은평로 195)\n4. 문의: 02-351-5402\n5. 신청인 연락처: 02-351-7777 (자택)\n\n은평구청장\n\n시행 위생과-28318 (2023.09.19.)  접수 ( )\n우편번호 03386\n주소 서울특별시 은평구 은평로 195\n홈페이지 www.ep.go.kr\n전화번호 02-351-5384\n팩스번호 02-351-1993\n이메일 jungmr40@ep.go.kr\n/대시민공개",
			gone: []string{"351-7777"}, stay: []string{"은평로 195", "02-351-5402", "02-351-5384", "02-351-1993", "jungmr40@ep.go.kr"}},
		{name: "passports in a mixed registration column and in the body", text: "| 연번 | 성명(영문) | 국적 | 등록번호/여권 | 체류자격 |\n|---|---|---|---|---|\n| 1 | ZHANG WEI | 중국 | E15900472 | D-2 |\n| 2 | SARI DEWI | 인도네시아 | 831109-6461251 | F-5 |\n| 3 | B**** | 몽골 | 690401-******* | H-2 |\n ○ 본국 귀국을 위한 여권 재발급(P5721637Y) 지원",
			gone: []string{"E15900472", "6461251", "P5721637Y"}, stay: []string{"690401-*******", "D-2", "F-5"}},
		{name: "values masked already stay as they are", text: "| 연번 | 성명 | 주소 | 전자우편 |\n| 1 | 배○○ | 성북구 화랑로19길 ○○○ | dr****@hanmail.net |\n| 2 | 김○○ | 권율대로33길 ***, 105동 1206호 | kim_dasom**@daum.net |",
			gone: []string{"1206", "kim_dasom"}, stay: []string{"화랑로19길 ○○○", "dr****@hanmail.net"}},
		{name: "a Latin name, then its transcription and nationality in brackets", text: "3. 지원 대상자\n 1) SANTOS MARIA CLARA (산토스 마리아 클라라, 필리핀, E-9)\n    - 주소: 관악구\n 2) LIU YANG (류양, 중국)\n 3. 협력 기관 (서울글로벌센터, 중구)",
			gone: []string{"SANTOS", "CLARA", "클라라", "LIU YANG", "류양"}, stay: []string{"필리핀, E-9", "서울글로벌센터"}},
		{name: "officials under discipline in a table, however it is written", text: "관련자 현황\n소속   직급   성명   처분요구   비고\n감사과    지방사회복지주사보    엄분이    징계(견책)  비위 정도 경미\n감사과  지방시설주사    서예은    징계(감봉 1월)  반복 위반\n\n" +
			"관련자 현황\n소속\n직급\n성명\n처분요구\n비고\n감사담당관\n지방시설주사\n전윤서\n주의\n반복 위반\n감사담당관\n지방사회복지주사보\n왕예은\n징계(감봉 1월)\n반복 위반\n\n3. 처분",
			gone: []string{"분이", "예은", "윤서"}, stay: []string{"반복 위반", "지방시설주사", "감사담당관"}},
		{name: "the official in charge, named in an audit finding", text: " ○ 담당자 박아름은 확인 의무를 소홀히 하여 규정을 위반하였다.\n 문의: 담당자 김정우 (02-2133-1234)",
			gone: []string{"아름"}, stay: []string{"담당자 김정우"}},
		{name: "a form's name value, however it is split or spelled", text: "[성명] 노디라 이스모일로프\n[성별/나이] 여/23세\n성명: 구재 아\n생년월일: 2009년 12월 2일\n  ㅇ 성명 : 아구스 산토소\n이름: 해당 없음",
			gone: []string{"디라", "이스모일로프", "재 아", "구스", "산토소"}, stay: []string{"해당 없음", "여/23세"}},
		{name: "a list that ends with its count", text: "원고 어범연, 왕혜식, 변의주, 고채춘, 신유래,변민전, 이지현 등 10명\n참석: 예산, 결산, 감사 등 3개 안건",
			gone: []string{"범연", "혜식", "의주", "채춘", "유래", "민전", "지현"}, stay: []string{"예산, 결산, 감사"}},
		{name: "roles whose last syllable the scan's switch did not name", text: "○ 원고 연시서는 광장에서\n밤에 친구 나명재와 함께 지냈다.\n          대리인 행정사 피두지\n4. 친구들과 함께",
			gone: []string{"시서", "명재", "두지"}, stay: []string{"행정사", "친구들과 함께"}},
		{name: "the 결재 line in cells, as HWP tables come out", text: "강북구청장\n기안자\t주무관\t공영배\t검토자\t민원여권팀장\t곽우순\t결재권자\t민원여권과장\t우순민\n협조자\n시행\t민원여권과-21907\t(2022년 9월 10일)\t접수\t",
			exempt: []string{"공영배", "곽우순", "우순민"}, stay: []string{"공영배", "곽우순", "우순민"}},
		{name: "a bid form's labels in cells are no names", text: "신 청 인\t업체명(상호)\t대 표 자\n업체 소재지\t전화번호\n사업자 번호\t제 출 처\t강북구청\n증명서 용도\t 가을밤의 음악축제",
			stay: []string{"업체 소재지", "사업자 번호", "제 출 처"}},
		{name: "a wrapped address's next line is its number, not the next cell's", text: "6\n노점 트럭\n010-****-1864\n임모\n서울특별시 양천구 목동\n26서**5*\n과태료 2,340,000\n5\n고OO\n서울특별시 중랑구 신내동\n010-****-9199",
			stay: []string{"26서**5*", "010-****-9199"}},
		{name: "a question credited to a resident and a neighbourhood, notes in brackets, introductions", text: "  ○ 질의(강서온, 공덕동): 상가 영업 손실 보상은?\n알탄체첵의 배우자(한국인) 태동희는 출국 예정\n우동에 사는 원진서라고 합니다.\n협력 기관(서울글로벌센터, 중구)",
			gone: []string{"서온", "동희", "진서"}, stay: []string{"공덕동", "(한국인)", "서울글로벌센터"}},
		{name: "a surname-led word under a name column's own header", text: "연번\t성명\t생년월일\t주소\n1\t피윤국\t1944년 2월 14일\t관악구 봉천로 12\n2\t설도국\t1950. 3. 1.\t관악구 봉천로 14\n3\t해당없음\t-\t-",
			gone: []string{"윤국", "도국"}, stay: []string{"해당없음"}},
		{name: "rows a PDF wrapped one cell to a line", text: "연번\t성명\t생년월일\t주소\n1\t피윤국\t1944년 2월 14일\t관악구 봉천로 12\n2\n탁우엽\n811211\n서울특별시 관악구 남현동\n153-10\n3\n위원장\n2024. 3. 1.\n4\n예산\n결산",
			gone: []string{"우엽", "811211"}, stay: []string{"위원장", "예산"}},
		{name: "a form's row of labels and values", text: "대리인\t성명\t국선서\t주민등록번호\t070127-4871234\n대  표  자\t민 기 현       (인)\tFAX\t02-2047-3068\n성명\t(비공개)\t연락처\t(비공개)",
			gone: []string{"선서", "기 현"}, stay: []string{"(비공개)", "FAX"}},
		{name: "minutes with large circles, names ending in 국, ex-officio members", text: "3. 회의 내용\n◯ 우시윤 위원장  현장 점검 결과를 보고해 주십시오.\n◯ 안찬국 위원  수정 의견을 반영하였습니다.\n참석: 위원 동정란·안태순, 김태식, 당연직 위원 행정국장 여혜별\n소관: 행정국, 복지국",
			gone: []string{"시윤", "찬국", "정란", "태순", "태식"}, stay: []string{"당연직", "행정국장 여혜별", "행정국, 복지국"}},
		{name: "a transcript's turns after their time stamps", text: "[00:12:49] 윤란희 방청인: 저 한마디만 하겠습니다.\n[00:14:20] 방청인(주율): 010-97**-2261 입니다.\n[00:15:02] 위원장: 다음 안건입니다.",
			gone: []string{"란희", "주율"}, stay: []string{"위원장: 다음 안건"}},
		{name: "a complainant who gives a name", text: "  민원인은 육석우라고 밝히며 관리사무소에 연락하였다.\n  이를 위반이라고 밝히며",
			gone: []string{"석우"}, stay: []string{"위반이라고"}},
		{name: "the office's postcode and address stay, in the body and the footer", text: "3. 열람 장소: 위생과 (서울특별시 은평구 은평로 195)\n\n은평구청장\n시행 위생과-21653 (2023.07.14.)  접수 -\n(03386) 서울특별시 은평구 은평로 195 위생과 / ☎ (02)351-7048, FAX 02-351-6977 / seo5667@ep.go.kr",
			stay: []string{"(03386) 서울특별시 은평구 은평로 195", "위생과 (서울특별시 은평구 은평로 195)"}},
		{name: "a name label qualified in brackets", text: "2. 당사자\n   성명(상호): 황람춘\n   성명(한글): 람 바하두르 타파\n   성명(영문): RAM BAHADUR THAPA",
			gone: []string{"람춘", "바하두르", "BAHADUR"}},
		{name: "a proxy with whose relation it is, and a qualified label in cells", text: "※ 대리수령: 황보민결(수급자의 형제) 명의 계좌\n1. 당사자\n성명(상호)\t길란호\n주소\t전라남도 영암군",
			gone: []string{"민결", "란호"}, stay: []string{"수급자의 형제", "영암군"}},
		{name: "a foreign sender's display name, repeated in the mail", text: "---------- 전달된 메일 ----------\n보낸사람: 람 바하두르 타파 <ram.thapa@kakao.com>\n받는사람: 교통행정과 <traffic@songpa.go.kr>\n\n안녕하세요. 람 바하두르 타파입니다.",
			gone: []string{"바하두르 타파"}, stay: []string{"교통행정과"}},
		{name: "a name given aloud, with a spoken ending", text: "민원인: 아, 이름은 편건환이요.\n민원인: 제 이름은 김민수예요.", gone: []string{"건환", "민수"}},
		{name: "a complex's year and lot are no home", text: "2024년 래미안아파트 105-12 공사\n래미안아파트 재건축 2023-2025", stay: []string{"105-12", "2023-2025"}},
		{name: "a numbered resident's turn", text: "진행자: 네 말씀하세요.\n주민3(손순예): 보상 시기요.\n제3조(목적): 이 법은", gone: []string{"순예"}, stay: []string{"제3조(목적)"}},
		{name: "a scanned form's label with noise", text: "2. 피고발인\n성명. : 임건호\n주 민등록번호 : 560228-1******\n섬명  홍명창\n",
			gone: []string{"건호", "명창"}},
		{name: "a name that ends like a particle", text: "성명 신예은 외 2명", gone: []string{"신예은"}},
		{name: "a Latin name after 성명, its transcription, and every mention", text: "1. 상담 대상자\n□ 성명 HENG, Vannak (행 완낙)\n□ 국적 캄보디아\n" +
			"2. 상담 내용\n  ㅇ 행 완낙씨는 임금을 받지 못하였다.\n3. 회신(영문)\nDear HENG, Vannak,\nWe have reviewed your application.",
			gone: []string{"HENG", "Vannak", "완낙"}, stay: []string{"캄보디아", "We have reviewed"}},
		{name: "numbered rows whatever the header", text: "연번  성명  생년월일  장애유형  변경\n" +
			"1  신효화  750417        지체    12→11\n2  연한철  64.07.20      시각    13→2\n3  옥봉정  1969/08/05    자폐성  3→8\n" +
			"| 4 | 원상은 | 1951년 8월 5일 | 73세 |\n5\t임승명\t수협은행\t1757-4964-5597",
			gone: []string{"효화", "한철", "봉정", "상은", "승명", "750417", "64.07.20", "1969/08/05", "1951년 8월 5일"}, stay: []string{"지체", "시각"}},
		{name: "lists that count their people", text: "2. 대상자(4명): 천주수·소윤호·반중자·양소회\n3. 추천 대상(3명):   설주일\n  이옥란\n  노승기\n4. 특이사항 없음",
			gone: []string{"주수", "윤호", "중자", "소회", "주일", "옥란", "승기"}, stay: []string{"특이사항 없음"}},
		{name: "a signature before 위 사람은", text: "○○동 주민센터 통장\n    김신길\n\n위 사람은 평소 투철한 봉사정신으로", gone: []string{"신길"}, stay: []string{"주민센터 통장"}},
		{name: "a signed role", text: "2025. 10. 14.\n    증인   강동빈  (서명)\n    신청인   한기만\n", gone: []string{"동빈", "기만"}},
		{name: "family relations in brackets", text: "  가구원\n  진숙의(본인), 허소한(배우자), 진하늘(자녀)\n  나. 변경 내용(세대주) 없음", gone: []string{"숙의", "소한", "하늘"}, stay: []string{"변경 내용"}},
		{name: "transcribed names in numbered rows and counted lists", text: "연번,성명,생년월일,주소\n3,아지즈 카리모프,1948-02-07,서울시 노원구\n4,바트에르덴,33.12.16,서울 노원구\n" +
			"참석 위원(2명): 드미트리 이바노프, 타나카 유키",
			gone: []string{"카리모프", "바트에르덴", "이바노프"}},
		{name: "press releases quote people", text: "□ 하나은행에서 만난 김준연(88) 씨는 \"신청하세요\"라고 말했다. \"정말 도움이 됐어요.\" (송채혁·56·관악구)",
			gone: []string{"준연", "채혁"}, stay: []string{"하나은행", "관악구"}},
		{name: "who a mail or a letter is from", text: "보낸 사람: 안솔 <bluesol596@daum.net>\n차량번호 87어9222 차주 안솔입니다.\n\n김준서 드림\n\nFrom: 서울특별시 주택과 <housing@seoul.go.kr>",
			gone: []string{"안솔", "준서"}, stay: []string{"서울특별시 주택과"}},
		{name: "the other party of a mediation", text: "상대방        오광성 (010 - 8775 - 6241)\n건축주: 이봉영", gone: []string{"광성", "봉영"}},
		{name: "a table of labels and values", text: "| 구분 | 내용 |\n| 건축주 | 김서우 |\n| 건축주 주소 | 서울특별시 강남구 테헤란로 123 |\n| 대지위치 | 강남구 역삼동 |",
			gone: []string{"서우", "123"}, stay: []string{"건축주", "대지위치", "강남구 역삼동"}},
		{name: "a transcribed name speaks", text: "○ 아지즈 카리모프 위원: 예산을 늘려 주세요.\n○ 김철수 위원: 동의합니다.", gone: []string{"카리모프", "철수"}, stay: []string{"예산을 늘려"}},
		{name: "a Latin spelling and a nationality in brackets", text: "   - 쏨차이 (SOMCHAI, 태국): 여권번호 E0223344\n관련 자료 (OECD, 2020)\n회의는 12:30:45에 시작",
			gone: []string{"SOMCHAI", "쏨차이"}, stay: []string{"OECD", "12:30:45"}},
		{name: "an export with quoted addresses", text: "연번,성명,생년월일,주소,전화,보호자,돌보미\n1,서문향호,500126,\"중랑구 동일로 86, 301호\",070-6511-8242,탁빈희,임엽태\n2,조우재,33.12.16,\"서울 노원구 상계로 7, 108동 1401호\",032 501 5314,정옥혁,김서우",
			gone: []string{"향호", "500126", "6511", "빈희", "엽태", "33.12.16", "501 5314", "우재", "서우"}, stay: []string{"중랑구 동일로"}},
		{name: "names written apart after a marker or in a row", text: "성명 김 철 수\n민원인 김 철수 씨는 동의하였다.\n신청인 황보 은 별\n| 2 | 남궁 하늘 | 010-1234-5678 |\n민원인 이 사건에 대하여 설명하였다.",
			gone: []string{"김 철 수", "철수", "은 별", "하늘"}, stay: []string{"이 사건에 대하여"}},
		{name: "a name and its Hanja", text: "징계혐의자 김철수(金哲洙)는 무단 결근하였다. 서울특별시(서울特別市) 관련", gone: []string{"철수", "哲"}, stay: []string{"서울特別市"}},
		{name: "a company's row stays", text: "연번\t사업명\t사업자번호\t교부액\n1\t남산조경\t277-82-55023\t10,257,000원\n2\t한빛상사\t515-82-06026\t5,000,000원",
			stay: []string{"남산조경", "한빛상사", "277-82-55023"}},
		{name: "event dates in a row stay", text: "2024. 8. 2. 처리 현황\n| 연번 | 성명 | 신청일 | 처리일 |\n| 1 | 황보미란 | 2024. 7. 21. | 2024. 7. 30. |\n| 2 | 김민준 | '24.7.22 | 2024-07-31 |",
			gone: []string{"미란", "민준"}, stay: []string{"2024. 7. 21.", "2024. 7. 30.", "'24.7.22", "2024-07-31"}},
		{name: "Latin and transcribed foreign names", text: "외국인 주민 지원\n성명\t국적\t여권번호\nNGUYEN THI HOA\t베트남\tC01X00T47\n마리아 산토스 씨는 필리핀 국적으로",
			gone: []string{"NGUYEN", "HOA", "C01X00T47", "마리아 산토스"}},
		{name: "profile in brackets", text: "  1) 이지훈(1995. 11. 10., 화곡로 322, 101동 606호): 중복 수급",
			gone: []string{"이지훈", "1995. 11. 10.", "322", "606"}},
		{name: "values starred at the front or the end", text: "중복\t여진\t****19-2725292\t서울\n등록번호 ******-1291353\n접속 IP 39.175.232.***\n여권번호: A047****\n여권 P3755****",
			gone: []string{"2725292", "1291353", "175.232", "A047", "P3755"}},
		{name: "proper masks stay as they are", text: "주민등록번호 900101-1******, 연락처 010-****-5678, 접속 IP 121.55.***.***",
			stay: []string{"900101-1******", "010-****-5678", "121.55.***.***"}},
		{name: "a passport masked in the middle stays", text: "여권번호 M*****275", stay: []string{"M*****275"}},
		{name: "partly masked values", text: "주민등록번호 881007-2774***, 연락처 010-90**-3066, 카드 3565-7057-****-5844",
			gone: []string{"2774", "90**-3066", "7057"}, stay: []string{"881007-2"}},
		{name: "officials and public numbers stay",
			text: "기안자 주무관 김영수  검토자 팀장 박지훈  결재권자 과장 이민호\n계약 현황: 하나로건설(주) 대표자 정우성, 사업자등록번호 123-45-67890\n" +
				"지급액 1,200,000원 고소 조치 방문 이행\n우 04524 서울특별시 중구 세종대로 110 / www.seoul.go.kr\n전화 02-2133-1234 / 전송 02-2133-1299 / kim12@seoul.go.kr / 공개",
			gone: []string{"정우성"}, stay: []string{"김영수", "박지훈", "이민호", "123-45-67890", "지급액", "고소", "세종대로 110", "02-2133-1234", "kim12@seoul.go.kr"},
			exempt: []string{"김영수", "이민호"}, public: redact.Public{Phones: []string{"022133"}, EmailDomains: []string{"seoul.go.kr"}}},
		{name: "a corporation's row is public, a sole proprietor's is not",
			text: "업체명\t대표자\t연락처\t주소\n(주)푸른조경\t조대호\t02-3096-2554\t광진구 능동로 195\n행복인쇄\t김길동\t010 2361 7078\t상도로 12",
			gone: []string{"조대호", "김길동", "2361"}, stay: []string{"02-3096-2554", "능동로 195"}},
		{name: "the organization's own account", text: "납부 계좌: 우리은행 1002-488-553570(예금주: 서울특별시 강서구)", stay: []string{"1002-488-553570"}},
		{name: "a discipline names an official too", text: "3. 관련자: 교통행정과 주무관 이옥자(발송 담당)\n4. 조치: 이옥자에게 훈계 처분", gone: []string{"이옥자"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := r.Redact(c.text, redact.Options{Exempt: c.exempt, Public: c.public}).Text
			for _, g := range c.gone {
				if strings.Contains(out, g) {
					t.Errorf("%q survives in %q", g, out)
				}
			}
			for _, k := range c.stay {
				if !strings.Contains(out, k) {
					t.Errorf("%q was masked: %q", k, out)
				}
			}
			if strings.Count(out, "\n") != strings.Count(c.text, "\n") {
				t.Errorf("the lines changed: %q", out)
			}
		})
	}
}

// A price form's label under its representative's row is two ordinary
// words (제안+금액), not a surname and a given name (a real HWPX form).
func TestCompoundLabelIsNoName(t *testing.T) {
	in := "입 찰 명\t제2회 가을밤의 음악축제 행사대행 용역\n제 안 자\t주    소\n업 체 명\n대 표 자\n" +
		"제안금액\t일금                     원정 (₩                          ) ※ 부가가치세, 대행수수료 포함하여 산정\n"
	out := redact.New().Redact(in, redact.Options{})
	if !strings.Contains(out.Text, "제안금액") {
		t.Errorf("제안금액 masked: %q", out.Text)
	}
}
