package redact

import (
	"slices"
	"strings"
	"testing"
)

// TestForms covers the variations real documents carry, one per row: the
// value (between « and ») must be covered by a finding of the type.
func TestForms(t *testing.T) {
	cases := []struct{ typ, in string }{
		{TypeRRN, "주민등록번호 : «900101 - 1234567»"},
		{TypeRRN, "«900101－1234567»"},
		{TypeRRN, "«９００１０１１２３４５６７»"},
		{TypeRRN, "«900101‐1234567»."},
		{TypeRRN, "| «900101-1234567» |"},
		{TypeRRN, "주민번호:«9001011234567»"},
		{TypeRRN, "«201015-4987654»"}, // issued after October 2020, no checksum
		{TypeRRN, "«000229-3123456»"}, // 2000 was a leap year
		{TypeFRN, "외국인등록번호\t«900101-6234567»"},
		{TypeName, "   나. 활동지원사 «제우»(연락처 010-9885-9860)를 새로 연계함."},
		{TypeName, "  나) 보호자 «은민순»(010.3521.1548)에게 알림."},
		{TypeName, "   다. 참석자: 신청인 «독고아름드리», 피신청인 선우정우"},
		{TypeName, "| 연번 | 예비 | 성명 | 생년월일 |\n| 2 | 예비 4 | 김철수 | 030106 |\n| 3 | 예비 4 | «문아름드리» | 030106 |"},
		{TypeName, "3. 심사 결과\n신청인 생년월일 주소 결과\n«함정우» 1966-12-05 대전광역시 유성구 둔산동 869-41 적합\n유온유 730603 서울특별시 관악구 백제고분로 7 부적합"},
		{TypeName, "- 2 -\n차량번호 소유자 주소 위반일시 금액\n756수 5039 «고희란» 전라남도 순천시 연향번영길 12 2026.10.04 17:42 40,000원"},
		{TypeName, " 다. 결제 카드: 4579-9219-2137-9871 (사용자 «추원»)\n 라. 업무망 접속 기록"},
		{TypeName, "  1. 최다규 (○○중학교 2학년) - 보호자 «전우» 010-3908-4460, 우체국 8704-1234-5678"},
		{TypeName, "1. 사건 개요\n 가. 청구인«독고규»가 위 주소지에 거주하는 자로서"},
		{TypeName, " 나. 청구인«추윤담»이었으며 위 주소지에 거주하였다."},
		{TypeName, "○사회자(차*래) 다음 분 말씀해 주십시오.\n○«백규길» 네, 망원동 주민입니다.\n○사회자(차*래) 다음 분 말씀해 주십시오.\n질문(«남미택» : 주차 문제가 심각합니다.)"},
		{TypeBirthDate, "  1. 최다규 (△△고등학교 1학년, «2013년 8월 22일») - 보호자 양준자 010-8612-1234"},
		{TypeBirthDate, "  3. 박결(○○중학교 2학년, «100510») - 보호자 차숙 010-9328-1234"},
		{TypeBirthDate, " ○ 에밀리 존슨 (미국, EMILY JOHNSON, «1988.09.27.»)"},
		{TypeName, " ○ 에밀리 존슨 (미국, «EMILY JOHNSON», 1988.09.27.)"},
		{TypeBirthDate, "성명: 김경윤\n생년월일: «2 0 0 9 년 2 월 2 7 일»\n학교: △△중"},
		{TypeName, "3. 심사 결과\n성명 생년월일 주소 결과\n한준훈 700116 인천광역시 남동구 컨벤시아대로 215 보류\n«염창섭» 1964-11-04 대전광역시 서구 계룡로44길 123, 101동 1201호 보류"},
		{TypeName, "2. 대상자\n (4) «엄종길»(□□초등학교 6학년, 081203) - 보호자 박나훈 010-4340-4981"},
		{TypeName, "[2] 세대주: «방승은»\n    주민등록번호: 390101-1234567"},
		{TypeName, "2. 세부 내용\n ○ «팜 민 뚜언»(PHAM MINH TUAN, 베트남) 님은 체류 연장을 신청함"},
		{TypeName, "No.\n학생 성명\n학교\n학년\n출생일\n계좌번호\n1\n남궁옥순\n서울상계초\n5학년\n2014/05/24\n대구은행 894-41-493528\n2\n«편\n준은»\n서울상계초\n2-3\n'13.3.18\n케이뱅크\n310-883-703567\n4. 특기 사항"},
		{TypeName, "순번\n대상자\n생년월일\n장애유형\n연락처\n1\n황선환\n1976년3월22일생\n지적\n010 4458 7088\n2\n«한\n용철»\n1973.11.05\n뇌병변\n010.3281.2072\n3\n문윤준\n07.02.17\n지적\n010-9875-1810"},
		{TypeBirthDate, "연번\n성명\n출생일\n실거주지\n공적 요지\n1\n전가아\n96.07.10\n서울특별시 은평구 연서로13길 25\n하천 정화 활동\n2\n설충비\n«1955.\n03.21»\n서울특별시 강서구 양천로 256\n무료 급식 봉사\n3\n조수희\n1989.01.04\n수원시 팔달구 효원로 1\n하천 정화 활동"},
		{TypeMobile, "순번\n아동명\n출생일\n보호자 성명\n보호자 연락처\n1\n옥정정\n220923\n옥덕배\n010-3445-7583\n2\n천원윤\n2019.5.19\n천덕자\n«(010)6856-6\n198»\n3\n양해든\n2013-09-13\n양형찬\n010-2293-1234"},
		{TypeAddress, "결과 길상비의 거주지(경상북도 봉화군 춘양면 의양리 산 «185-9») 인근 약국을 방문함"},
		{TypeAddress, "연번 소재지 지목 소유자 지급액\n1 성동구 금호동4가 «485-21» 잡종지 표용태 829,000원"},
		{TypeAddress, "신청인 거주지: 행복아파트(서울특별시 마포구 월드컵로 12) «103»동 1203호"},
		{TypeAddress, "  ○ 민원인 김철수(서울특별시 마포구 월드컵로 «12»)는 소음 피해를 호소함"},
		{TypeName, "  가. 부적정: 관리사무소장 «김민란»은 관리비 카드를 사적으로 사용함."},
		{TypeName, "  라. 검토 의견: 조합장 «금은영»에 대하여 정보공개 의견을 물음."},
		{TypeName, "실제 운전자가 직장 동료 «손석진»(이)라고 진술하고 운전"},
		{TypeName, "같은 건물 2층 거주자 «이 지 은»이 동일한 피해를 호소함."},
		{TypeName, "  □ 결혼이민자 «Tanaka Yuki»(다나카 유키)은 일본 출신으로 입국"},
		{TypeAddress, "수신자  홍길동 님 (대전광역시 서구 계룡로 44길 «163-13» (둔산동))"},
		{TypeName, "  가. 조합원 명단\n    - «박형준» 111동 602호\n    - 김장수 109동 502호"},
		{TypeAddress, "    2) 조세준(«102동 604호»)"},
		{TypeAddress, "  나) 우재범은 소유 토지 관악구 신림동 «270-\n19»번지는 상속 등기가 되지 않아 보류함."},
		{TypeAddress, "결과 신도남의 거주지(서울특별시 노원구 동일로 «2\n37») 인근 약국을 방문한 것으로 확인"},
		{TypeAddress, "  라. 대상 세대: 롯데캐슬아파트\n«112»동 1204호(신청인), 롯데캐슬아파트 105동 1001호(피신청인)"},
		{TypeName, "  다. 발언 요지\n    조합원 «장우국» : 저는 다가구 소유자인데 분담금이 절반입니다."},
		{TypeName, "  다. 발언 요지\n    조합원 «이연원» - 시공사 선정 과정이 불투명합니다."},
		{TypeName, "  다. 발언 요지\n    조합원 «이승수»(107동): 지난 총회 때 조합장이 약속했습니다."},
		{TypeName, "  가. 민원인 «은» 씨는 공원 화장실 악취를 신고함."},
		{TypeName, "같은 건으로 이웃 주민 «효»씨도 유선으로 민원을 제기함."},
		{TypeName, "   ○ 민원인 «병»님은 거주지 앞 보도블록 파손을 신고함."},
		{TypeName, "연번     용도        대부자    생년월일    주소\n  3       주차장      «탁영용»    870410      서울특별시 종로구 창신동 1\n  4       주차장      김진혁    890313      서울특별시 종로구 창신동 2"},
		{TypeName, "  나. 연명 민원인(145명 중 대표자)\n    1) «김율» 010-7590-0862\n    - 최준 010-9552-4592"},
		{TypeName, "  가. 허가 현황\n번   호\n신청인\n점용 목적\n면적(㎡)\n연락처\n신청인 주소\n1\n안 명 숙\n차량출입시설\n24.6\n010-6765-8201\n은평구\n진관동 172-78 301호\n2\n임 선 용\n비계\n40.0\n010-4389-9917\n서울특별시 중랑구 면목로 48길 151, 106동 1903호 (상봉동, 상봉삼성)\n3\n«김보민»\n돌출간판\n3.5\n010 8924 2291\n서울특별시 은평구 진관2로28길 149-24 (갈현동)\n"},
		{TypeName, "  가. 수급인 현장대리인 «진하은»이 자격증을 대여받아 현장에 상주하지 않음."},
		{TypeName, "여권번호 목록\n3 «라따나꾼 시리폰» 태국 730810-6514273 1973.08.10 F-6\n7 당 꾸옥 바오 베트남 830819-5663074"},
		{TypeLandline, "의혹도 있습니다. 답변은 «042-7318-8726»로 주십시오."},
		{TypeLandline, "처리결과는 «02-5124-0171» 로 문자주세요"},
		{TypeLandline, "나복순      «055-33 43-5034»  서울특별시 강동구 양재대로 1 (자택 전화)"},
		{TypeBirthDate, "| 연번 | 성명 | 생년월일 | 주소 |\n| 1 | 강형정 | 01/l2/1972 | 경기 수원시 |\n| 2 | 배시준 | «22/12/ZOZ2» | 서울 |"},
		{TypeBirthDate, "국적: 베트남\n생년월일: «1976/1D/26»\n여권: B2525453"},
		{TypeAddress, "연번 소재지 지목 소유자 주소 보상액\n2 관악구 봉천동 «424-\n19» 대 남궁 예율 서울 구로구 구로동 1 3,804,000원"},
		{TypeBirthDate, "| 연번 | 성명 | 생년월일 | 주소 |\n| 2 | 모규민 | «1975. 5. Z2.» | 서울특별시 중랑구 |"},
		{TypeBirthDate, "생년월일: «1979. 1Z. 28.»"},
		{TypeMobile, "보호자 연락처 «ol0-3S45 7583» (부)"},
		{TypeMobile, "보호자 연락처 «0|D-9575 2423» (부)"},
		{TypeMobile, "연락처: «(0|0)8799-479|»"},
		{TypeMobile, "  나) 보호자 선지자(모, «010 44** 3352»)에게 결과를 통보하였음."},
		{TypeMobile, "신청인 연락처 «(010)82**-9988»"},
		{TypeMobile, "신청인 연락처 «+82-10-36**-3247»"},
		{TypeMobile, "| 권호범 | 남 | 2007/12/10 | «010-5214-599 5» | 11. 28. |"},
		{TypeMobile, "전화 «01 0.7539.0662» 전덕주"},
		{TypeMobile, "  나. 활동지원사 제우(연락처 «010 9885\n9860»)를 새로 연계함."},
		{TypeBirthDate, "순번 성명 생년월일\n1 천창미 «Z019.12.17»\n2 표연준 2001.03.04"},
		{TypeBirthDate, "생년월일: «6o.05.o7»"},
		{TypeBirthDate, "오하늘\n«|962년l1월17일»생\n인천광역시 남동구 예술로 1"},
		{TypeName, "   결혼이민자 «람 바하두르 라이»는 배우자와 함께 방문함."},
		{TypeName, "   결혼이민자 «깐야 차이야폰»(33세, 여)는 배우자와 함께 방문함."},
		{TypeName, "  나. 결혼이민자 «압둘라예프루스탐» 님이 배우자와 함께 방문함."},
		{TypeName, "   마. 직원 확진자: «나종율» 주무관(총무과), 12. 1.부터 재택 치료."},
		{TypeName, "  다. 상속인 간 협의가 끝나 이의가 없으면 «설호미»로 명의를 변경함."},
		{TypeName, "국적: 베트남\n4. 처리 의견\n  가. 티 호아 «레»는 여권(No. N1571732) 분실로 재발급을 신청함."},
		{TypeName, "연번 원아명 출생일 보호자 성명 연락처\n1 «봉광기» 2022.07.10 봉충범 010-6135-9109\n2 성석정 2021.03.02 성하정 010-8362-2906"},
		{TypeName, "□ 대상자\n ○ «왕샤오메이» (중국, WANG XIAOMEI, 1985.1.2.)"},
		{TypeName, " ○ 속 찬타 («SOK CHANTHA», 캄보디아) 씨는 체류 연장을 신청함"},
		{TypeName, "No. 성명 생년월일(6자리) 거주지 공적\n1 이아름 19800101 성동구 성수동2가 123번지 하천 정화 활동\n2 «금아름드리» 19771222 서울특별시 송파구 양재대로 92 독거노인 도시락 배달"},
		{TypeName, "1. 대상 아동: 김민준(2015. 3. 1.생)\n2. «민준» 군의 보호자는 상담을 요청함."},
		{TypeName, "1. 대상 아동: 최서윤(2016. 5. 9.생)\n2. «서윤»이에게 안내문을 전달함."},
		{TypeName, "붙임 2. 온라인 신청 접수 내역\n접수번호 신청자 이메일/전화 결제카드 접속IP 수수료\nW2026-427152 «권재은» 062)2022-8934 4579-3951-8052-3109 106.101.22.33 3,000원"},
		{TypeLandline, "접수번호 신청자 이메일/전화 결제카드 접속IP 수수료\nW2026-427152 권재은 «062)2022-8934» 4579-3951-8052-3109 106.101.22.33 3,000원"},
		{TypeMobile, "«010 - 1234 - 5678»"},
		{TypeMobile, "«010–1234–5678»"},
		{TypeMobile, "«+821012345678»"},
		{TypeMobile, "«+82 (0)10-1234-5678»"},
		{TypeMobile, "«+82-010-1234-5678»"},
		{TypeMobile, "«016-123-4567»"},
		{TypeMobile, "휴대폰«010.1234.5678»로"},
		{TypeMobile, "«010\u200b1234\u200b5678»"},
		{TypeLandline, "자택 «02-123-4567»"},
		{TypeLandline, "연락처: «031-123-4567»"},
		{TypeLandline, "연락처 «02-1234-5678» (자택)"},
		{TypeLandline, "낮에는 «032-455-7651»로 연락 주세요."},
		{TypeLandline, "집 전화 «(02) 123-4567»"},
		{TypeEmail, "«Hong_GD-1990@naver.com»"},
		{TypeEmail, "«user+tag@mail.example.co.kr»."},
		{TypeEmail, "홍길동 <«hong@example.org»>"},
		{TypeEmail, "«ｈｏｎｇ＠ｅｘａｍｐｌｅ．ｏｒｇ»"},
		{TypeCard, "«4111 1111 1111 1111»"},
		{TypeCard, "카드번호 «4518 0627 **** 7768»로 결제"},
		{TypeBirthDate, "신청서의 생년월일(«1959-0S-26»)과 등록 정보를 대조"},
		{TypeBirthDate, "사유   성명   생년월일   차량번호\n전출   김진지   «l992. 5. 8.»   166아6146"},
		{TypePassport, "My passport no. is «FA8214318» and ARC number"},
		{TypePassport, "여권번호: «M6593****»"},
		{TypeLicence, "5 | 공아름솔 | «19-12-921***-73» | 대구광역시"},
		{TypeBirthDate, "저희 어머니가 «1934. 4. 25.»생이신데 고령자 우선"},
		{TypeAddress, "주소가 충청남도 아산시 온천동 SK뷰아파트 «105-1704»로 되어 있고"},
		{TypeAddress, "저희 땅이 전라남도 영암군 대불로 «397, 103동 1703호 (삼호읍 용앙리, e편한세상아파트)»인데"},
		{TypeAddress, "Q. 저희 땅이 «(47407) 서울특별시 은평구 연서로 309»인데 편입 대상인지"},
		{TypeBirthDate, "성명,생년월일,이메일\n유수포바 딜노자,\"«January 27, 1941»\",yusupova@gmail.com"},
		{TypeBirthDate, "연번   성명   생년월일   차량\n1   맹진   «July 22, 1991»   서울 32도 4153"},
		{TypeMobile, "연락처 «O1O-2O46-3234» (스캔)"},
		{TypeRRN, "주민등록번호 «8B0101-12S4567»"},
		{TypeBirthDate, "공범으로 의심되는 함재현(«1953/01/08»생) 역시"},
		{TypeBirthDate, "공범으로 의심되는 태한우 ('«91. 5. 13.»)"},
		{TypeName, "공범으로 의심되는 «인옥녀» (1939-04-17생) 역시"},
		{TypeCard, "(봉천동, e편한세상)\tNH\t«9490-3889-6828-0128»\t740,000원"}, // no checksum: still a card's shape
		{TypePlate, "연번\t차 량 번 호\t성   명\n1\t«67 무 9284»\t마성녀\n3\t«69호 3409»\t탁병원"},
		{TypeFRN, "외국인등록번호: «960223-566***»"},
		{TypeAddress, "주소지는 서울 동작구 보라매로 «209, 114동 602호 (사당동, e편한세상)»이다."},
		{TypeAddress, "2\n탁우엽\n811211\n서울특별시 관악구 남현동\n«153-10»\n비씨"}, // a PDF cell wrapped at its width
		// A pipe row wrapped in its address.
		{TypeLandline, "| 번호 | 성명 | 주소 | 연락처 | 서명 |\n| 7 | 선민상 | 서울특별시 성북구 종암로\n113-3, B01호 (조원동) | «061-719-1843» | 서명 |"},
		{TypeMobile, "| 3 | 예가람 | 710915 | «OlO386354l8» | KB국민 |"}, // a scan's O and l throughout
		{TypeMobile, "연락처 «0lO-9797-3353»"},
		{TypeLandline, "2\n맹승희\n상계3동\n«O64)2936-O871»\n✓"},
		{TypeMobile, "| 010-1111-2222 | «010-9 031-6942» |"}, // a stray space from a PDF's text layer
		{TypeMobile, "2 설민준 810711 «010 5515 8 704» 우리은행"},
		{TypeLandline, "2\n맹승희\n상계3동\n«(044)945-7575»\n(서명)"}, // a citizen's record
		{TypeLandline, "연번 성명 주소 연락처 서명\n1 변민준 경기도 의정부시 금오동 516-45 01071540523\n2 금지혜 망원동 «02-9748-5601» 서명"},
		{TypePassport, "성명   국적   생년월일   여권번호\n베트남       27/03/2004     «B2627680»      green@hanmail.net"},
		{TypePassport, "여권번호 목록: «EA1564448», «P2850489G», «MA109553»"},
		{TypePassport, "여권번호 목록: EA1564448, «P2850489G», MA109553"},
		{TypePassport, "여권번호 목록: EA1564448, P2850489G, «MA109553»"},
		{TypePassport, "Passport\n러시아\n18/02/1977\n«93 3271814»"},
		{TypeName, "번호 성명 생년월일 주소 연락처 역할\n1 «이동훈» 1992년9월12일 서울 구로구 월드컵로"},
		{TypeBirthDate, "번호 성명 생년월일 주소 연락처 역할\n1 이동훈 «1992년9월12일» 서울 구로구 월드컵로"},
		{TypeName, "번호 성명 생년월일 주소\n1 이동훈 1992년9월12일 서울\n2 임혜진 2002/10/13 경기\n3 «권 태 식» 1992년 1월 2일 경기도"},
		{TypeBirthDate, "연번 성명 국적 생년월일 여권번호 E-mail\n1 WANG XIAOMING 중국 «2001/10/03» EA0892283 h@hotmail.com"},
		{TypeName, "연번 성명 국적 생년월일 여권번호 E-mail\n1 «WANG XIAOMING» 중국 2001/10/03 EA0892283 h@hotmail.com"},
		{TypeRRN, "2 노민호 «580104-1 065718» 010-5198-4771"}, // a stray space in a registration number
		{TypeFRN, "제니퍼 크루즈\t필리핀\t«97071 7-5297876»\tP2850489G"},
		{TypeName, "    수급자 «배 유 진» (1951. 11. 17.) 은 소유 차량"},
		{TypeName, "수신\t청구인 «양 나 래»귀하"},
		{TypeName, "  3) «편 태 양» (1998. 9. 7.생) 주소: 서울"},
		{TypeName, "4. 신분상 조치: 훈계 «차 재현» (6급)"},
		{TypeName, "5. 계약 담당(업체): «예혜진» 과장 010 5691 5580"},
		{TypeName, "  - «한종민» 대구은행 661-21-549507-1"},
		{TypeName, "수신  김재현 귀하\n2. 담당자가 2019. 3. 28. «재현» 님 댁을 방문"},
		{TypeName, "연번 성명 국적 생년월일\n1 KHAN IMRAN «칸 임란» 파키스탄 1998.05.04"}, // a transcription beside its Latin name
		{TypeName, "라. 참석자:\n   - 위원\t«고성호»\n   - 위원\t권 세영(세무사)"},
		{TypeName, "라. 참석자:\n   - 위원\t고성호\n   - 위원\t«권 세영»(세무사)"},
		{TypeName, "  가. 성    명 : «엄정훈»\n  나. 주민등록번호 : 760101-1234567"}, // a label spread to the others' width
		{TypeName, "    3) «송철»(6309191031461) 카카오뱅크"},
		{TypeName, "4. 신분상 조치: 훈계 «선성호» (6급)"},
		{TypeName, "2. 주요 질의\n  ○ «재현»님(주민): 보상 기준은"},
		{TypeName, "2. 주요 질의\n  ○ «영수» 씨(상인회): 저희 집 앞"},
		{TypeAddress, "1\n박광호\n중동 «199-44\n지하 101호»\nO1O-443O-3526\n2\n오철민\n상동 12-3\n010-2222-3333"}, // a lot and its unit wrapped in a record
		{TypeAddress, "2\n반유진\n700902\n금오동 «709-45\n2층 105호»\nKB국민"},
		{TypeEmail, "GG6808577\n«hope@outlook.\nkr»\n\n3. 특이사항"}, // a cell wrapped after the domain's dot
		{TypeName, "연번 성명 주소 연락처 서명\n1 천민서 안산시 단원구 고잔동 010-2731-5307\n(서명)\n2 «이 지민» 신림동 133-49 102호 010-2221-3769 (서명)\n행정주무관\n김미경\n팀장\n왕태양"},
		{TypeName, "연번 구분 성명 소속 비고\n1 위원장 «성성민» ○○대학교 교수 서면\n2 위원 진혜진 건축사 참석"},
		{TypeName, "  가. «성혁»님 (중국, 730716-6610***)은 치료 중"}, // a given name with its particulars
		{TypeName, "손님 «시우»님(01030163143)에게 식중독"},
		{TypeName, "5. 계약 담당(업체): «홍 수 정» 과장 010.9454.5989"}, // a company's contact, written apart
		{TypeName, "5. 계약 담당(업체): «남 궁 예 준» 과장 +82-10-6836-7242"},
		{TypeName, "아동 «박서준» 군(초등학교 3학년)이 다친 사고"}, // a child named with 군 or 양
		{TypeName, "학생 «이도윤» 양은 결석 중"},
		{TypeName, "보호자 김철수, 자녀 «김민준»(2015년생)"},
		{TypeName, "정신건강복지센터 등록자 «한지훈»(32)은"}, // a health record's roles
		{TypeName, "장애인 «박민철»(지체장애 2급)은"},
		{TypeName, "회사 푸른나래\n성    명\t«전지율»\t직 책\t연출감독"},   // a spread label in a form's row of cells
		{TypeMobile, "| 탁창호 | «O10 3072 9691» | 환경정책과 |"}, // a scan's prefix, the groups a space apart
		{TypeMobile, "| 방윤서 | 600105 | «0lO 40l5 8831» | 신협"},
		{TypeLandline, "방문 대신 전화(«4566-7024»)로 상담을 요청하였음"}, // a local number, no area code
		{TypeLandline, "| 번호 | 성명 | 주소 | 연락처 |\n| 7 | 주두식 | 신림동 12 | «9108-6521» |\n| 8 | 김철수 | 신림동 13 | 010-2222-3333 |"},
		{TypeLandline, "집 전화번호: «062 9219 7839» 이자율"},
		{TypeAccount, "| 토스뱅크 «9916 07331105» | 010-3167-2205 |"}, // two groups right after the bank
		{TypeAccount, "카카오뱅크\n«540 5018920654»\n배서윤"},
		{TypeIP, "접수IP\n«49.152.77.\n156»    자치행정과"}, // wrapped before its fourth part
		{TypeMobile, "연락처 «017-7539-1949».\n3. 처분하고자 하는 내용"},
		{TypeName, "2. 추천 대상: «연광세»(종암동)·금 경숙(상암동)·지대련"},
		{TypeName, "2. 추천 대상: 연광세(종암동)·«금 경숙»(상암동)·지대련"},
		{TypeName, "2. 추천 대상: 연광세(종암동)·금 경숙(상암동)·«지대련»"},
		{TypeName, "(5명): 이소표(구산동), «황보 인숙»(공릉동), 하서직(성사동)"},
		{TypeName, "원고 추현형, «제 춘성», 신연구, 위유중"},
		{TypeName, "  «조중혁» (경기도 부천시 중동 5)"},
		{TypeName, "--- 카카오톡 대화 -----\n[«손의인»] [오전 10:28] 차 빼라는 연락 받고"},
		{TypeName, "지금 오시는 «선중봉»선생님께서 너무 잘해주셨어요"},
		{TypeName, "지금 오시는 «하슬기롬»선생님께서"},
		{TypeName, "> From: \"«황찬»\" <hwang.chan0@hotmail.com>"},
		{TypeAddress, "연번\n성명\n생년월일\n소유지번\n연락처\n1\n도용성\n330904\n번동 «240-27»\n010-2121-7916"},
		{TypeCard, "«4111111111111111»"},
		{TypeCard, "카드 «3782-822463-10005»"},
		{TypeAccount, "계좌: «110-123-456789» (신한)"},
		{TypeAccount, "«123-456-789012» 국민은행"},
		{TypeAccount, "농협 «351-1234-5678-91»"},
		{TypeAccount, "하나은행 «123-456789-12345»"},
		{TypeAccount, "입금계좌 «1002123456789»"},
		{TypeAccount, "카카오뱅크 «5835 - 60 - 3572771»"},
		{TypeAccount, "IBK기업은행 «173 - 261276 - 81 - 625» (예금주 홍길동)"},
		{TypeAccount, "카카오뱅크,«5280 73 0326971»,시청"},
		{TypePassport, "여권번호: «S12345678»"},
		{TypePassport, "«M123A4567»"},
		{TypeLicence, "운전면허 «11-12-123456-78»"},
		{TypeLicence, "면허번호 «28 12 123456 78»"},
		{TypePlate, "차량 «12가3456»"},
		{TypePlate, "차량번호: «123가 4567»"},
		{TypePlate, "차량 «12가-3456» 견인"},
		{TypePlate, "서울«12가3456» 승용차"},
		{TypeBirthDate, "생년월일: «1990년 1월 1일»"},
		{TypeBirthDate, "생년월일 «1990.01.01»"},
		{TypeBirthDate, "«1990-01-01» (생년월일)"},
		{TypeBirthDate, "«90년 1월 1일»생"},
		{TypeName, "민원인 «홍길동»"},
		{TypeName, "신청인 «김철수» 외 2명"},
		{TypeName, "성명: «이영희»"},
		{TypeName, "수신자: «박민수»"},
		{TypeName, "«홍길동»님"},
		{TypeName, "«김철수» 씨"},
		{TypeName, "민원인 «홍길동»께서"},
		{TypeName, "민원인 «홍길동»(남, 45세)"},
		{TypeName, "«남궁민수» 님"},
		{TypeName, "«김영희»(010-1234-5678)"},
		{TypeName, "제출자 «박서준» (900101-1234567)"},
		{TypeName, "| «홍길동» | 900101-1234567 |"},
		{TypeName, "«홍길동» 민원인께서"},
		{TypeName, "«홍길동»(45세)"},
		{TypeName, "제 이름은 «박지성»이고"},
		{TypeName, "저는 노원구에 거주하는 «김민지»입니다."},
		{TypeName, "«김영희» (여, 52세)"},
		{TypeAddress, "주소: 래미안아파트 «101동 1004호»"},
		{TypePlate, "서울 «12가 3456»"},
		{TypeMobile, "«010-1234-5678»/010-9876-5432"},
		{TypeMobile, "010-1234-5678/«010-9876-5432»"},
		{TypeLandline, "집 «02-123-4567»"},
		{TypeName, "«김영희» 고객님"},
		{TypeName, "«박서연» 선생님께"},
		{TypeName, "«홍길동»\t010-1234-5678"},
		{TypeName, "연락처: «홍길동» 010-1234-5678"},
		{TypeName, "제출인 «박민수», 주민등록번호 850505-1234567"},
		{TypeAddress, "주소: 테헤란로 «123, 101동 202호»"},
		{TypeAddress, "서울특별시 송파구 올림픽로35길 «10»"},
		{TypeAddress, "서울시 관악구 신림동 «123-45번지»"},
		{TypeIP, "접속 IP: «192.168.0.1»"},
		{TypeIP, "IP 주소 «10.0.0.1»"},
		{TypeIP, "X-Originating-IP: [«2001:e60:7550:d1b0::700»]"},
		{TypeIP, "접속 «2001:db8:85a3:0:0:8a2e:370:7334»"},
		{TypeEmail, "«shinmyungok08 (at) daum.net»"},
		{TypeEmail, "연락 «hong[at]naver.com»"},
		{TypeRRN, "주민번호 «90.01.01-1234567»"},
		{TypeRRN, "주민등록번호: «900101·1234567»"},
		{TypeRRN, "«900101ㆍ1234567»"},
		{TypeMobile, "연락처 «10-2345-6789»"}, // a spreadsheet dropped the leading zero
		{TypeMobile, "전화 «10 2345 6789»"},
		{TypePlate, "불법 주차 «12가 3 4 5 6»"},
		{TypePlate, "차량 «1 2 가 3 4 5 6»"},
		{TypePlate, "«12 가 34 56» 차량"},
		{TypeName, "성명 «金敏洙»"},
		{TypeName, "보호자 «李英姬»(이영희)"},
		{TypeName, "보호자 李英姬(«이영희»)"},
		{TypeName, "«김민수»(金敏洙)"},
		{TypeName, "신청인 «朴正熙»는"},
		{TypeName, "| 연번 | 계약명 | 업체명 | 대표자 | 사업자등록번호 | 계약금액 | 계약일 |\n| 2 | CCTV 유지보수 | (주)새한엔지니어링 | 이준 | 481-17-97964 | 434,000원 | 2021.6.1.\n|\n| 3 | 전산장비 구매 | (사)한국외국인지원센터 | «임미경» | 533-39-51545 | 2,367,000원 |\n2021. 6. 1. |"},
		{TypeName, "| 연번 | 계약명 | 업체명 | 대표자 | 사업자등록번호 | 계약금액 | 계약일 |\n|---|---|---|---|---|---|---|\n| 1 | 공원 조경공사 | (주)최고종합건설 | 예광호 | 229-41-11569 | 3,696,000원 | 2021.6.1.\n|\n| 2 | CCTV 유지보수 | (주)새한엔지니어링 | «이준» | 481-17-97964 | 434,000원 | 2021.6.1.\n|"},
		{TypeName, "연번 계약명 업체명 대표자 사업자등록번호 계약금액 계약일\n1 가로등 보수공사 하나기술(주) 길성민 487-40-26432 2,901,000원 2025.6.3.\n2 청사 청소용역 (주)하나로건설 «정한결» 402-11-30312 676,000,000원 2025. 6. 3."},
		{TypeName, "연번 계약명 업체명 대표자 사업자등록번호 계약금액\n1 가로등 보수공사 하나기술(주) «최 보람» 487-40-26432 2,901,000원"},
		{TypeName, "부적정 지급 내역\n  1) «마철»(600520-1151751) 새마을금고 1234-12-123456"},
		{TypeName, "부적정 지급 내역\n  2) «우 윤»(420714-2578***) 부산은행 123-12-123456"},
		{TypeName, "지원금 지급 계좌\n  - «팜민뚜언» 광주은행 612-795-216598"},
		{TypeName, "지원금 지급 계좌\n  - «쏙 찬나» 농협 278-4941-5294-13"},
		{TypeName, "  가. «쩐티호아» (베트남, 970803-5574726)은 체류 연장을 신청함"},
		{TypeName, "  가. «마리아산토스» 씨 (필리핀, 740528-5733181)는 진료를 받음"},
		{TypeName, "다. 긴급 연락: 배우자 «황 보 기 현» 01057638685"},
		{TypeName, " 위원 박태양, «배 경희» 경윤서, 엄지호 인보영 (5명), 간사 사공덕배"},
		{TypeName, " 위원 박태양, 배 경희 «경윤서», 엄지호 인보영 (5명), 간사 사공덕배"},
		{TypeName, " 위원 반효정 «남 길례» 차은비 양서연·추도윤, 김영희"},
		{TypeName, "주요 질의 및 답변\n  ○ «옥분»씨가(주민): 보상 기준은 무엇인가요"},
		{TypeName, "주요 질의 및 답변\n  ○ «상철»님(상인회): 저희 집 앞 도로가 좁습니다."},
		{TypeName, "서류를 가져오셨나요?\n«라흐마토프 아지즈»: 사장님이 월급을 석 달 동안 주지 않았습니다."},
		{TypeName, "추진비 카드 사적 사용: «봉 순 자»의 명의 개인카드(9410 1234 1234 1234)"},
		{TypeName, "«곽혁» 명의 계좌로 입금하였으며"},
		{TypeName, "연번 지번 지목 소유자 주 소 지급액\n1 성동구 금호동4가 485-21 잡종지 «표용태» 대구광역시 수성구 범안로 110 3,885,000원"},
		{TypeAddress, "연번 지번 지목 소유자 주 소 지급액\n1 성동구 금호동4가 485-21 잡종지 표용태 대구광역시 수성구 범안로 «110» 3,885,000원"},
		{TypeName, "순번 예비번호 이름 출생일 실거주지 자택전화 배점\n1 1 «원동람» '61.7.24 서울 송파구 올림픽로9길 14 9-19, 104동 802호 010 6749 6813 9"},
		{TypeBirthDate, "연번 성명 출생일 보호자 성명 비상연락처\n1 박진민 «2019.3.15» 박유니 (010)8211-9988"},
		{TypeName, "연번 성명 출생일 보호자 성명 비상연락처\n1 박진민 2019.3.15 «박유니» (010)8211-9988"},
		{TypeName, "번호 소재지 지목 토지소유자 거주지 금액(원)\n1 은평구 역촌동 221-13 답 «황보광»\n별 경기도 수원시 팔달구 효원로1길 24 8,859,000원"},
		{TypeName, "순번 예비번호 신청자 생일 거주지 자택전화 배점\n1 예비 4 «선우형수» 13 MAR 1978 서울 은평구 통일로29길 24 84 104-1101 043)5841-2718 9"},
		{TypeName, "연번  성명     생년월일       보호자 성명   연락처\n1  «선 우 정 숙»  1980.1.2.  김철수  010-1234-5678"},
		{TypeName, "  나) 활동지원사 «김병범»(연락처 010-4412-4952)를 새로 연계함."},
		{TypeMobile, "  나) 활동지원사 김병범(연락처 «01044**4952»)를 새로 연계함."},
		{TypeName, "  다) «민말순»(여·33)은 삼성카드로 결제함"},
		{TypeName, "  나) 보호자 «영아»씨는 면담에서 원장에게"},
		{TypeName, "   같은 건으로 이웃 주민 «다주» 씨도 전화로 민원을 제기함"},
		{TypeName, "  가. 원생 «김은람»군이 놀이터 미끄럼틀에서 넘어짐"},
		{TypeName, "  가) «Ricardo AQUINO»는 여권 분실로 재발급을 신청함"},
		{TypeName, "   가. «Haoyu WANG» 어르신은 여권을 분실함"},
		{TypeName, "  가) «Siriporn CHAIYAPORN»(23세, 여)은 체류 연장을 신청함"},
		{TypeName, "  가) 현장대리인 홍\n«희식»(휴대전화 010-9514 4357)을 지정함"},
		{TypeAccount, "3\t배호남\t690820-1968511\t1,938,000원\t신협\n«85345-41-575884»"},
		{TypeAccount, "4 함혜 (062)7649-4188 KB국민은행\n«04081996968939» 4,612,000원"},
		{TypeName, "연번 아동 성명 생년월일(6자리) 부모 보호자 연락처\n1 문나영 2023년5월9일생 문미태 010-9308-0550\n2 «우선결» 220802 우형철 O1078086390"},
		{TypeBirthDate, "번호 순위 신청자 출생 실거주지 연락처 점수\n1 2 옥성원 «880823» 서울특별시 성북구 화랑로11길 3 062-301-7855 9"},
		{TypeBirthDate, "연번 가구원 가구주와의 관계 출생일 근로 여부\n1 유석람 본인 «62.08.26» 무직"},
		{TypePlate, "순번 자동차등록번호 성명 실거주지 단속장소 환급액\n1 «211고 4107» 김재민 서울특별시 강남구 테헤란로 1 어린이보호구역 441,000원"},
		{TypePlate, "   가. «305두 1285»은 장애인 전용 표지를 부착하지 않았음"},
		{TypePlate, "No.\t차량번호\t소유자\t주소\n4\t313조 7257\t함세준\t광주 9B-D3S72b-|D\n5\t«156너 8049»\t김 은 숙\t충청남도 공주시"},
		{TypeLandline, "순번 예비번호 신청자 생일 거주지 자택전화 배점\n1 2 하 나 혁 1965. 8. 27. 대구광역시 수성구 만촌동 1178-16 106-2004 «02-4598-2588» 12"},
		{TypeName, "| 5 | 편소순 | 우체국 051568-94-848683 «편소순» | 390,000원"},
		{TypeName, "| 연번 | 성명 | 국적 | 외국인등록번호 |\n| 2 | YUSUPOVA BEKZOD(«유수포바베크조드») | 우즈베키스탄 | 861121-5123456 |"},
		{TypeAddress, "결과 거주지(서울특별시 송파구 잠실동 «1458-52 106-1201») 인근 약국"},
		{TypeMobile, "활동지원사(연락처 «0 1 0 - 5 1 9 8 - 4 8 1 6»)를 새로 연계함"},
		{TypeRRN, "6\t소용\t«8 0 0 3 1 9 - 1 3 1 8 4 8 3»\t서울특별시"},
		{TypeMobile, "휴대전화 «+ 8 2 - 1 0 - 8 5 4 9 - 5 0 5 5»"},
		{TypeName, "3. 선정 대상 학생\n순번\n이름\n학교\n학년\n생일\n보호자 연락처\n1\n제갈슬기\n신림중\n2-3\n2009년 9월 2일\n01049797705\n2\n부아름드리\n은평고\n3\n2016.04.12\n+82-10-\n8022-3208\n3\n«백상범»\n송파공고\n2-3\n2015년7월8일생\n010-4849-1617"},
		{TypeBirthDate, "순번\n이름\n학교\n학년\n생일\n보호자 연락처\n1\n제갈슬기\n신림중\n2-3\n2009년 9월 2일\n01049797705\n2\n부아름드리\n은평고\n3\n2016.04.12\n+82-10-\n8022-3208\n3\n백상범\n송파공고\n2-3\n«2015년7월8일»생\n010-4849-1617"},
		{TypeName, "3. 주요 공적\n  가. «마혜경» 어르신은 매주 이웃을 돌봄"},
		{TypeName, "  가) 추천 학생 «정원희» 학생은 조손가정으로 선정함"},
		{TypeName, "붙임  1. 공적 조서 1부.\n      2. «마혜경» 추천서 1부.  끝."},
		{TypeName, "붙임  1. 접촉자 명단 1부.\n      2. «마라온»_검사결과지 1부.  끝."},
		{TypeName, "수신자  «CHEN JUNJIE» 귀하 (우 00062 경상북도 봉화군)"},
		{TypeName, "연번  성명      생년월일         보호자    연락처\n3     김철수    2021.9.14         맹영호   010-1234-5678\n4     독고\n«태규»  2023.07.17       독고규람  010-6327-1234"},
		{TypeBirthDate, "연번  성명      생년월일         보호자    연락처\n3     김철수    2021.9.14         맹영호   010-1234-5678\n4     독고\n태규  «2023.07.17»       독고규람  010-6327-1234"},
		{TypeMobile, "연락처\t«010-B774-5D58»\t15"},
		{TypeMobile, "활동지원사 임지혁(휴대전화 «010-4133-b49O»)을 지정함"},
		{TypeRRN, "3    성성         «9Z1021-19b4D52»  1,912,000원"},
		{TypeRRN, "5     소초롱  980\n«401-1458946»      서울특별시 관악구"},
		{TypeMobile, "  나) 회신 연락처: 010\n«6750 6536», 이메일"},
		{TypeAddress, "I live in 은평구 갈현동 «384 SK뷰 105동 2103호»."},
		{TypeAddress, "둔산동 «193-26»에 거주하고 있다."},
		{TypeAddress, "근무지: 전라남도 영암군 군서면 동구림리 «665-8»"},
		{TypeAddress, "주소지 서울특별시 중랑구 가산로9길 «86, 우리마을 5단지 110동 105호»"},
	}
	r := New()
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			a := strings.Index(c.in, "«")
			in := strings.Replace(strings.Replace(c.in, "«", "", 1), "»", "", 1)
			e := strings.Index(c.in, "»") - len("«")
			res := r.Redact(in, Options{})
			// Every letter and digit of the value lies in a finding of its
			// type; a value a line's end broke has one finding per line.
			covered := true
			for i := a; i < e; i++ {
				if in[i] == ' ' || in[i] == '\n' {
					continue
				}
				in1 := false
				for _, f := range res.Findings {
					if f.Type == c.typ && f.Start <= i && i < f.End {
						in1 = true
					}
				}
				covered = covered && in1
			}
			if !covered {
				t.Errorf("%s: %q not covered: %+v -> %q", c.typ, in[a:e], res.Findings, res.Text)
			}
		})
	}
}

// An account published for payments to the organization stays; one held
// by a person named like a place (김영도) does not.
func TestOrganizationAccountsStayPublic(t *testing.T) {
	r := New()
	for _, c := range []struct {
		text string
		kept bool
	}{
		{"납부는 하나은행 994-021272-82656 (예금주: 은평구) 또는 가상계좌로 합니다.", true},
		{"납부는 우체국 989492-74-110439\n(예금주: 서울특별시) 로 합니다.", true},
		{"지원금은 국민은행 994-021272-82656 (예금주: 김영도)로 입금합니다.", false},
	} {
		out := r.Redact(c.text, Options{}).Text
		if kept := strings.Contains(out, "82656") || strings.Contains(out, "110439"); kept != c.kept {
			t.Errorf("%q → %q: account kept %v, want %v", c.text, out, kept, c.kept)
		}
	}
}

// Hanja words of documents, spaced dates and amounts, and numbers after a
// 10 are none of the new shapes.
func TestFormsNegativesOfShapes(t *testing.T) {
	cases := []string{
		"申請書 제출", "文化財 보호", "本 條例는 大韓民國 憲法에 따라", "安全性 검토", "明細表 첨부",
		"2024. 3. 15. 시행", "총 12 가구 3 4 5 6동", "제10-2345-6789호", "010-2345-6789", "2010-2345-6789",
		"110-2345-6789", "10-2345-67890",
	}
	r := New()
	for _, in := range cases {
		for _, f := range r.Redact(in, Options{}).Findings {
			switch f.Type {
			case TypeName, TypePlate, TypeMobile, TypeRRN:
				if f.Rule == "mobile.shape" && in == "010-2345-6789" {
					continue
				}
				t.Errorf("%q: %s %s %q", in, f.Type, f.Rule, in[f.Start:f.End])
			}
		}
	}
}

// A telephone alone in its cell belongs to the record it stands in when a
// person's date of birth, mobile or account stands there too; a
// facility's on a row of its own stays.
func TestRecordLandlines(t *testing.T) {
	r := New()
	masked := []struct{ in, tel string }{
		{"연번\t성명\t생년월일\t주소\t비고\n4\t최란\t1983. 02. 18.\t서울 해운대구 재반로29길 26-16\t042-4050-2798\n", "042-4050-2798"},
		{"| 연번 | 생년월일 | 장애 | 연락처 | 주소 |\n| 1 | 1990. 1. 30. | 신장 | 02.712.3679 | 갈현동 444번지 |\n", "02.712.3679"},
		{"1\n김영수\n010-2345-6789\n(031)7451-5024\n2\n", "(031)7451-5024"},
	}
	for _, c := range masked {
		k := strings.Index(c.in, c.tel)
		covered := false
		for _, f := range r.Redact(c.in, Options{}).Findings {
			if f.Type == TypeLandline && f.Start <= k && f.End >= k+len(c.tel) {
				covered = true
			}
		}
		if !covered {
			t.Errorf("%q: %q left", c.in, c.tel)
		}
	}
	kept := []string{
		"| 1 | 관악복지관 | 서울 관악구 봉천로 375 | 02-888-1234 |\n| 2 | 동작복지관 | 서울 동작구 상도로 12 | 02-999-1234 |\n",
		"문의\n02-888-1234\n",
	}
	for _, in := range kept {
		for _, f := range r.Redact(in, Options{}).Findings {
			if f.Type == TypeLandline {
				t.Errorf("%q: %q masked", in, in[f.Start:f.End])
			}
		}
	}
}

// The readers of names before a residence bracket, glued to a title, and
// of an address column must leave what only looks like them: an address's
// unit, places and bodies in brackets, a title alone, an amount in a
// column out of step.
func TestPlacesTitlesAndAmountsStay(t *testing.T) {
	cases := []string{
		"서울 은평구 증산로 7, 반지하 (갈현동)",
		"○ 주민센터(종암동) 방문, 행복센터(상암동), 경로당(상암동)",
		"- 강북구청(수유동), 성북구(종암동)",
		"지금 어린이집선생님께서, 보건소선생님, 김과장님, 박주무관님",
		"연번\n성명\n소유지번\n금액\n1\n(주)가람\n₩524,162,810\n2",
		"문서번호 AB-1234567 모델 X12345678X KB1234567-1 COVID-19 BlOG-2024 OECD-2025",          // codes where no passport is spoken of
		"연번 성명 생년월일 연락처 계좌 지급액\n1 김은정 800204 010-5166-\n2386 수협/437-81-676494 3,719,000원", // 수협 on a wrapped line is no row
		"사업 개요 (2024. 3. 1.) 태 양 (2023년), 지급 계좌 국민은행 123-456-789012",
		"  ○ 선생님(주민): 질문, ○ 사무국(간사): 답변, 성   명단 작성, 가. 성    명: 작성 요령",
		"도련님(2024년), 선생님(010-1234-5678), 고객님(010-1234-5678) 사모님 (중국, 5명)",
		"문의: 시청 과장 010-1234-5678, 담당 팀장 010-2222-3333",
		"연번 계약명 업체명 대표자 사업자등록번호 계약금액 계약일\n7 홍보물 제작 우리환경(주) 서진 110-77-88174 36,000,000원 2025.6.3.",
		"순번 차량번호 성명 주소 위반내용\n1 350서 **** 김○○ 전남 영암군 삼호읍 난전리 *** 영업정지 7일",
		"연번 성명 주소 연락처 서명\n7 염○○ 상계3동 010-****-5645 (서명)",
		"보호자 어머님께서, 주민 여러분께, 민원인 이모님은, 보호자 선생님은, 신청인 고객님께",
		"Open API는 공개하고, 새 Seoul Data API는 시험 중이며, Google Korea는 협약함",
		"No. 접속일시 IP 계정 소유자 아이디(이메일) 조치\n1 12. 1. 03:12 59.10.195.10 박○○ 모니터링 모니터링",
		"제1호 2024년 계획, 101호 2024년 입주, 3층 1234호",
		"점수 1 2 3 4 5 6 7 8 9 10, 순위 0 1 2 3 4 5 6 7 8 9, 020 1 2 3 4 5 6 7 8",
		"순번\n연락처\n성명\n적발 장소\n1\n010-****-9091\n확인 중\n-\n증산동 버스정류장\n2\n010-****-1472\n녹번동 상인회\n-\n관저동 사거리",
		"붙임  1. 사업 계획서 1부.\n  2. 주민설명회 결과보고서 1부.\n  3. 정보공개 청구서 1부, 학생회 임원 명단, 경로당 어르신은 모두",
		"본인 명의 계좌가 아닌 타인 명의, 법인 명의, 대표자 명의, 공동 명의로 된 부동산, 회사 명의",
		"2. 환수금은 농협 367-3360-0536-01 (예금주 확인), - 입금계좌 국민은행 123-45-678901",
		"연번 계약명 업체명 대표자 사업자등록번호 계약금액\n1 가로등 보수공사 하나기술(주) (주)하나기술 487-40-26432 2,901,000원",
		"강원도 홍천 군, 예산 1억 양 증가, 사업량 군 단위, 생산량 양 조절, 강원 영월 군 지역",
		"의사 결정 과정에서 주민 의사 반영, 의사 표시를 하였고 의사 진행 발언, 약사 법령 개정, 간호사 인력 충원, 의사 정원 확대",
		"확진자 수 증가, 접촉자 조사 결과, 장애인 복지관 개관, 장애인 주차구역 단속, 실종자 수색, 등록자 명단 정리, 입원자 현황",
		"○ 환자명: 박정호 / 진단명: 당뇨",
		"구   분\t동\t성  명\t공적 요지",
		"도로 O10 구간 3072 공사, SOS 1234 5678",
		"| 1 | 한국물산 | 666-81-70146 | 1661-6024 |, 대표전화 1588-1234, 예산 4566-7024",
		"신한은행 1588 8000, 국민은행 2024년 12월, 우리은행 본점 12층",
		"보정된 청구인명부의 제출, 청구인서명부의 서명, 청구인명부를 수정하고, 청구인명부에 대한 열람 (사용자 등록) (소유자 확인)",
		"3. 미지급: 세대주 계좌 094-182215-77 오류로 반송, 보호자 연락처 010-1234-5678, 신청인 휴대폰 010-2222-3333",
		"○ 사업 개요 (미국, USA 협력)\n○ 협력 기관 (베트남, KOICA ODA, 2024)\n○ 견학 (○○중학교 2학년, 2반, 15명)\n○ 학생 (○○중학교 2학년, 2반, 15명), 견학 (서울시립대학교, 2024. 5. 1.)",
		"○ 추진 배경\n○ 사업 개요: 노후 시설 정비\n○ 추진 일정 및 소요 예산\n○ 김포시 협조 요청",
		"대상 성명 주소 결과 비고\n해당 사항 없음 검토 완료 적합\n현장 확인 결과 이상 없음 적합",
		"활동지원사(연락처 010-1234-5678), 담당자(010-2222-3333), 보호자 본인(010-3333-4444), 상담 결과(010-4444-5555)",
		"주식회사 한빛으로 명의를 변경함, 신청인으로 명의를 변경, 법인으로 명의가 바뀜, 공동으로 명의를 이전",
		"상속인 간 협의가 끝나고 당사자 간 합의가 이루어지면, 이웃 간 분쟁, 신청인 간 이견",
		"관리사무소장 면담 결과, 조합장에 대하여 조치, 직장 동료 간 갈등, 거주자 우선 주차, 최종 합격자 발표",
		"민원인 분 씨는, 민원인 측 씨는, 주민 여러분 님도, 민원인 본인 씨, 보호자 선생님은, 민원인 고객님께서, 주민 대표님은, 이웃 주민 분들께서",
		"  조합원 총회 : 2025. 3. 1.\n  조합원 명부 - 별첨\n  조합원 의견(서면): 없음",
		"    - 관리사무소 101동 102호, 경로당 3동 101호, 대상 세대 105동 1204호",
		"모델 Zo19.12.17 버전 v1.2.3 도메인 ol0.com 규격 So.12.13 시험 DIO-2024-01",
		"등산로 입구 산 12번 국도, 남산 3호 터널, 북한산 2-1 코스, 요구가 3건",
		"문의는 교통행정과(02-2133-4567)로 주십시오. 민원실 02-2133-1234로 회신 바랍니다.",
		"기간 2024-03 01-2025 금액 1,200 300-4000, 제12-34 56-7890호",
		"모델 AB/12/CD 규격 1/2/3 비율 3/4 경로 /usr/lib/OS2 버전 v1.2/3",
		"남산 3호 터널, 북한산 2-1 코스, 관악산 12번 버스, 제2-3 16조, 2024-\n12 보고",

		"면적 1 234.56㎡, 예산 0 1,234,000원, 2024 12-31, 제 1-2345-6789호, 총 3 010-01 구간",
		"연번\n소재지\n지목\n소유자\n보상액\n1\n구로구 개봉동 710-16\n전\n(주)가람\n829,000원\n2\n성북구\n길음동 843-39\n전\n(주)한빛\n431,000원",
	}
	r := New()
	for _, in := range cases {
		for _, f := range r.Redact(in, Options{}).Findings {
			if f.Type == TypeName && !strings.Contains(in[f.Start:f.End], "김은정") && in[f.Start:f.End] != "박정호" || strings.Contains(in, "₩") || strings.Contains(in, "OECD") ||
				f.Type == TypeLandline || f.Type == TypeAccount && strings.Contains(in, "1588 8000") {
				t.Errorf("%q: %s %s %q", in, f.Type, f.Rule, in[f.Start:f.End])
			}
		}
	}
}

// Public places keep their addresses, a school grade in a person's
// particulars is no address, and values masked already are left alone.
func TestPublicAddressesAndMasksStay(t *testing.T) {
	cases := []struct {
		in   string
		typs []string // types that must not be found
	}{
		{"4. 참여자 교육: 2026. 3. 24.(화) 14:00, 영등포구 가족센터(서울특별시 영등포구 문래로 91)", []string{TypeAddress}},
		{"2. 연남래미안아파트(서울특별시 마포구 희우정로 193)에 대한 관리실태 감사 결과", []string{TypeAddress}},
		{"  다. 면접 장소: 종로구청(서울특별시 종로구 삼봉로 43) 대회의실", []string{TypeAddress}},
		{"  · 대상 청소년: 김서아 (2010. 1. 29., 중학교 3학년)", []string{TypeAddress}},
		{"시행 2024. 3. IS. 부터, 버전 OS. 2. 1. 적용, 제1조. 2. 3. 항, 표 B. 1. 2., Section IO. 2. 3.", []string{TypeBirthDate, TypeAccount, TypePassport}},
		{"연락처 010****8752, +82-10-****-1234, 3762-******-*8450\n010-****-4198\nd***@daum.net", []string{TypeMobile, TypeCard, TypeEmail, TypeAccount, TypeLandline}},
	}
	r := New()
	for _, c := range cases {
		for _, f := range r.Redact(c.in, Options{}).Findings {
			if slices.Contains(c.typs, f.Type) {
				t.Errorf("%q: %s %s %q", c.in, f.Type, f.Rule, c.in[f.Start:f.End])
			}
		}
	}
}

// A mask keeps the brackets around a number that had no area in them:
// "(01030163143)" stays bracketed.
func TestMaskKeepsBrackets(t *testing.T) {
	out := New().Redact("연락(01030163143)요", Options{}).Text
	if !strings.Contains(out, "(010-") || !strings.Contains(out, "3143)") {
		t.Fatalf("brackets lost: %q", out)
	}
}

// TestCorporateAndBillNumbersStay keeps the numbers an office or a
// company publishes: a corporation's registration number under its
// column (shaped like a resident's) and a bill's number paid into a
// virtual account.
func TestCorporateAndBillNumbersStay(t *testing.T) {
	cases := []string{
		"<참고> 계약 업체\n업체명 사업자등록번호 법인등록번호 계약금액\n(주)서해환경 634-62-88833 180111-3710187 4,751,000원\n주식회사 다온건설 195-32-49281 110112-0313518 4,202,000원",
		"업체명\n사업자등록번호\n법인등록번호\n계약금액\n(주)누리시스템\n344-10-70065\n131111-4265872\n3,008,000원",
		"4. 가상계좌 납부: 고지서 번호 24-2026-71272819\n문의처: 교통정책과",
		"B2B 플랫폼, 모델 Z10-2345, D-Day 2024, Lab 2024, 3D 프린터 2대, 5G 기지국 120곳",
		"합계 2024\n1231 건, 예산 010\n1234-56 코드",
	}
	r := New()
	for _, in := range cases {
		if fs := r.Redact(in, Options{}).Findings; len(fs) > 0 {
			t.Errorf("%q: %s %q masked", in, fs[0].Rule, in[fs[0].Start:fs[0].End])
		}
	}
	// A resident's number in a table that names both stays masked.
	in := "성명 주민등록번호 법인등록번호\n홍길동 800101-1234567 -"
	if fs := r.Redact(in, Options{}).Findings; !slices.ContainsFunc(fs, func(f Finding) bool { return f.Type == TypeRRN }) {
		t.Errorf("%q: the resident number is not masked: %+v", in, fs)
	}
}

// A scan reads 1 as a pipe inside a number, and misreads the digits of a
// date written in Korean; a table's pipes, glued to their cells or not,
// stay pipes.
func TestOCRPipesAndDates(t *testing.T) {
	for in, want := range map[string]string{
		"자택: 053-32|-6243":            "자택: 053-321-6243",
		"휴대전화: 010-3741 77|0":         "휴대전화: 010-3741 7710",
		"최석주  77년 lZ월 27일생":           "최석주  77년 12월 27일생",
		"|1|홍길동|900101|2024|":         "|1|홍길동|900101|2024|",
		"| 1 | 김철수 | 010-1234-5678 |": "| 1 | 김철수 | 010-1234-5678 |",
		"Zone B월요일 Sol 일정":            "Zone B월요일 Sol 일정",
	} {
		if got := normalize(in).s; got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// A known name's given name is masked where people call a child or a
// neighbour by it, not where it is an ordinary word.
func TestGivenNamesThatAreWords(t *testing.T) {
	in := "신청인 이하늘(010-1234-5678)은 하늘은 맑다고 하였고, 하늘이가 보인다고 함. 김바다 씨는 바다에 갔다."
	for _, f := range New().Redact(in, Options{}).Findings {
		if v := in[f.Start:f.End]; f.Type == TypeName && (v == "하늘" || v == "바다") {
			t.Errorf("%q masked as a name (%s)", v, f.Rule)
		}
	}
}
