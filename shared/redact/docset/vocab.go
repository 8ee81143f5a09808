package docset

// The vocabularies below are read-only tables. Dev and Holdout draw given
// names, rare surnames, foreign names, organisations, streets, companies,
// e-mail domains and banks from different pools, so that a detector tuned
// on Dev meets unseen words on Holdout. Common surnames are shared: they
// are a closed set that any detector may list.

// weighted is a surname with its share per mille of the population
// (2015 census, rounded).
type weighted struct {
	s string
	w int
}

var commonSurnames = []weighted{
	{"김", 215}, {"이", 147}, {"박", 84}, {"최", 47}, {"정", 43}, {"강", 24}, {"조", 21}, {"윤", 21},
	{"장", 20}, {"임", 17}, {"한", 15}, {"오", 15}, {"서", 15}, {"신", 14}, {"권", 14}, {"황", 14},
	{"안", 14}, {"송", 13}, {"전", 11}, {"홍", 11}, {"유", 11}, {"고", 9}, {"문", 9}, {"양", 9},
	{"손", 9}, {"배", 8}, {"백", 7}, {"허", 6}, {"남", 5}, {"심", 5}, {"노", 4}, {"하", 4}, {"곽", 4},
	{"성", 4}, {"차", 4}, {"주", 4}, {"우", 4}, {"구", 4}, {"민", 3}, {"류", 3}, {"나", 3}, {"진", 3},
	{"지", 3}, {"엄", 3}, {"채", 3}, {"원", 3}, {"천", 2}, {"방", 2}, {"공", 2}, {"현", 2}, {"함", 2},
	{"변", 2}, {"염", 2}, {"여", 1}, {"추", 1}, {"도", 1}, {"소", 1}, {"석", 1}, {"선", 1}, {"설", 1},
	{"마", 1}, {"길", 1}, {"연", 1}, {"위", 1}, {"표", 1}, {"명", 1}, {"기", 1}, {"반", 1},
}

// romanSurname spells surnames as Koreans do in e-mail handles.
var romanSurname = map[string]string{
	"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
	"장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
	"안": "ahn", "송": "song", "전": "jeon", "홍": "hong", "유": "yoo", "고": "ko", "문": "moon", "양": "yang",
	"손": "son", "배": "bae", "백": "baek", "허": "heo", "남": "nam", "심": "sim", "노": "noh", "하": "ha",
	"곽": "kwak", "성": "sung", "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "류": "ryu",
	"나": "na", "진": "jin", "지": "ji", "엄": "um", "채": "chae", "원": "won", "천": "chun", "방": "bang",
	"공": "kong", "현": "hyun", "함": "ham", "변": "byun", "염": "yeom", "여": "yeo", "추": "choo", "도": "do",
	"소": "so", "석": "seok", "선": "sun", "설": "seol", "마": "ma", "길": "gil", "연": "yeon", "위": "wi",
	"표": "pyo", "명": "myung", "기": "ki", "반": "ban", "왕": "wang", "금": "keum", "옥": "ok", "육": "yuk",
	"인": "in", "맹": "maeng", "제": "je", "모": "mo", "탁": "tak", "국": "kook", "어": "eo", "편": "pyun",
	"용": "yong", "예": "ye", "봉": "bong", "경": "kyung", "빈": "bin", "남궁": "namgung", "황보": "hwangbo",
	"제갈": "jegal", "선우": "sunwoo", "독고": "dokgo", "사공": "sagong", "서문": "seomun",
}

// foreigner is a foreign resident's name as the passport spells it and as
// Korean documents transcribe it.
type foreigner struct {
	latin, hangul string
	nation, lang  string
	passport      string // foreignPassport style
	female        bool
}

// org is an issuing organisation with its public contact details.
type org struct {
	header   string // how the document's first line names it
	head     string // 발신명의
	short    string // in 문서번호 and text ("성동구")
	postcode string
	addr     string
	web      string
	tel      string // prefix of office numbers, e.g. "02-2286-"
	domain   string
}

// road is a street a citizen lives on, with its district and area code.
type road struct {
	sido, gu, road, dong, area string
}

// lotArea is a legal dong for lot-number (지번) addresses.
type lotArea struct {
	sido, gu, dong, area string
}

// company is a business; corporations' names, numbers and head offices are
// public.
type company struct {
	name      string
	corporate bool
}

// vocab is one split's pools.
type vocab struct {
	rareSurnames []string
	compound     []string
	given2       []string
	syl1, syl2   []string
	given1       []string
	given3       []string
	foreigners   []foreigner
	orgs         []org
	roads        []road
	lots         []lotArea
	buildings    []string
	companies    []company
	mailDomains  []string
	handles      []string
	banks        []bank
	places       []string
	dobStyles    []string
	mobStyles    []string
	telStyles    []string
	rrnStyles    []string
	plateStyles  []string
}

func vocabFor(s Split) *vocab {
	if s == Holdout {
		return &holdoutVocab
	}
	return &devVocab
}

var cityHall = org{
	header: "서울특별시", head: "서울특별시장", short: "서울특별시", postcode: "04524",
	addr: "서울특별시 중구 세종대로 110", web: "www.seoul.go.kr", tel: "02-2133-", domain: "seoul.go.kr",
}

var devVocab = vocab{
	rareSurnames: []string{"왕", "금", "옥", "육", "인", "맹"},
	compound:     []string{"남궁", "황보", "제갈"},
	given2: []string{
		"민준", "서연", "지훈", "영희", "철수", "미경", "정호", "성민", "현우", "은지", "수빈", "영수", "순자", "경숙",
		"상철", "동현", "지영", "혜진", "준호", "서윤", "민서", "지우", "하준", "예준", "영호", "정숙", "미숙", "종훈",
		"성호", "재훈", "수진", "은영", "현정", "진우", "태현", "민재", "유진", "소영", "정민", "경호", "광호", "명희",
		"숙희", "춘자", "말순", "대호", "병철", "용수", "기영", "재원", "승현", "혜원", "지민", "미선", "채원", "서준",
		"주원", "은숙", "윤아", "상훈", "창민", "진희", "선영", "미란", "은주", "정아", "동욱", "형준", "인호", "병호",
		"길동", "영길", "옥자", "덕희", "경민", "규리", "나연",
	},
	syl1:   []string{"민", "서", "지", "현", "수", "영", "성", "준", "은", "정", "동", "미", "상", "경", "재", "혜"},
	syl2:   []string{"준", "연", "훈", "우", "진", "호", "희", "수", "아", "민", "석", "숙", "철", "영", "빈", "원"},
	given1: []string{"진", "훈", "철", "숙", "혁"},
	given3: []string{"은하수", "한가람", "빛나리", "새로미", "다솜이"},
	foreigners: []foreigner{
		{"NGUYEN THI HOA", "응우옌 티 호아", "베트남", "베트남어", "vn", true},
		{"TRAN VAN NAM", "쩐 반 남", "베트남", "베트남어", "vn", false},
		{"NGUYEN VAN HUNG", "응우옌 반 훙", "베트남", "베트남어", "vn", false},
		{"Maria Santos", "마리아 산토스", "필리핀", "타갈로그어", "ph", true},
		{"Jennifer Cruz", "제니퍼 크루즈", "필리핀", "타갈로그어", "ph", true},
		{"WANG FANG", "왕팡", "중국", "중국어", "cn", true},
		{"LIU YANG", "류양", "중국", "중국어", "cn", false},
		{"BATBAYAR GANBOLD", "바트바야르 간볼드", "몽골", "몽골어", "one", false},
		{"Aziz Karimov", "아지즈 카리모프", "우즈베키스탄", "우즈베크어", "two", false},
		{"SOMCHAI SRISUK", "솜차이 스리숙", "태국", "태국어", "two", false},
		{"Ram Bahadur Thapa", "람 바하두르 타파", "네팔", "네팔어", "num8", false},
		{"John Smith", "존 스미스", "미국", "영어", "num9", false},
		{"Olga Ivanova", "올가 이바노바", "러시아", "러시아어", "num9", true},
		{"SOK CHANTHA", "속 짠타", "캄보디아", "크메르어", "one", true},
		{"Dewi Lestari", "데위 레스타리", "인도네시아", "인도네시아어", "one", true},
	},
	orgs: []org{
		cityHall, cityHall,
		{"서울특별시 성동구", "성동구청장", "성동구", "04750", "서울특별시 성동구 고산자로 270", "www.sd.go.kr", "02-2286-", "sd.go.kr"},
		{"서울특별시 마포구", "마포구청장", "마포구", "03937", "서울특별시 마포구 월드컵로 212", "www.mapo.go.kr", "02-3153-", "mapo.go.kr"},
		{"서울특별시 노원구", "노원구청장", "노원구", "01689", "서울특별시 노원구 노해로 437", "www.nowon.kr", "02-2116-", "nowon.kr"},
		{"서울특별시 관악구", "관악구청장", "관악구", "08832", "서울특별시 관악구 관악로 145", "www.gwanak.go.kr", "02-879-", "gwanak.go.kr"},
		{"서울특별시 강서구", "강서구청장", "강서구", "07658", "서울특별시 강서구 화곡로 302", "www.gangseo.seoul.kr", "02-2600-", "gangseo.seoul.kr"},
		{"서울특별시 송파구", "송파구청장", "송파구", "05552", "서울특별시 송파구 올림픽로 326", "www.songpa.go.kr", "02-2147-", "songpa.go.kr"},
	},
	roads: []road{
		{"서울특별시", "성동구", "왕십리로", "행당동", "02"},
		{"서울특별시", "성동구", "성수이로", "성수동2가", "02"},
		{"서울특별시", "마포구", "월드컵로", "망원동", "02"},
		{"서울특별시", "마포구", "독막로", "합정동", "02"},
		{"서울특별시", "노원구", "상계로", "상계동", "02"},
		{"서울특별시", "노원구", "동일로", "공릉동", "02"},
		{"서울특별시", "관악구", "신림로", "신림동", "02"},
		{"서울특별시", "관악구", "봉천로", "봉천동", "02"},
		{"서울특별시", "강서구", "화곡로", "화곡동", "02"},
		{"서울특별시", "송파구", "송파대로", "가락동", "02"},
		{"서울특별시", "송파구", "오금로", "방이동", "02"},
		{"서울특별시", "은평구", "통일로", "불광동", "02"},
		{"서울특별시", "광진구", "능동로", "화양동", "02"},
		{"서울특별시", "동작구", "상도로", "상도동", "02"},
		{"서울특별시", "서대문구", "연희로", "연희동", "02"},
		{"경기도", "고양시 덕양구", "화중로", "화정동", "031"},
		{"경기도", "수원시 팔달구", "효원로", "인계동", "031"},
		{"인천광역시", "부평구", "부평대로", "부평동", "032"},
	},
	lots: []lotArea{
		{"서울특별시", "성동구", "성수동1가", "02"},
		{"서울특별시", "관악구", "신림동", "02"},
		{"서울특별시", "강서구", "화곡동", "02"},
		{"서울특별시", "노원구", "상계동", "02"},
		{"서울특별시", "은평구", "응암동", "02"},
		{"서울특별시", "동작구", "사당동", "02"},
		{"서울특별시", "광진구", "중곡동", "02"},
		{"서울특별시", "마포구", "망원동", "02"},
	},
	buildings: []string{"래미안아파트", "현대아파트", "주공아파트", "한신아파트", "삼성래미안", "대우아파트", "행복빌라", "그린빌"},
	companies: []company{
		{"하나로건설(주)", true}, {"(주)한빛엔지니어링", true}, {"대성토건(주)", true}, {"주식회사 푸른조경", true},
		{"새한전기(주)", true}, {"(주)동양기술단", true}, {"삼원종합건설(주)", true}, {"미래환경(주)", true},
		{"국민건강식품(주)", true}, {"(주)이상엔지니어링", true}, {"정우산업(주)", true},
		{"우리들약국", false}, {"행복인쇄", false}, {"성수철물", false}, {"대박분식", false}, {"온누리디자인", false},
		{"김가네분식", false}, {"정든식당", false}, {"한빛조명", false},
	},
	mailDomains: []string{"naver.com", "gmail.com", "daum.net", "nate.com", "hanmail.net"},
	handles:     []string{"sky", "happy", "blue", "sunny", "star", "dream", "angel", "smile"},
	banks: []bank{
		{"국민은행", "", []int{6, 2, 6}},
		{"신한은행", "110", []int{3, 3, 6}},
		{"우리은행", "1002", []int{4, 3, 6}},
		{"하나은행", "", []int{3, 6, 5}},
		{"NH농협은행", "302", []int{3, 4, 4, 2}},
		{"농협", "351", []int{3, 4, 4, 2}},
		{"IBK기업은행", "", []int{3, 6, 2, 3}},
		{"카카오뱅크", "3333", []int{4, 2, 7}},
		{"우체국", "", []int{6, 2, 6}},
		{"새마을금고", "9002", []int{4, 4, 4, 1}},
	},
	places: []string{
		"구청 3층 대회의실", "시청 서소문청사 1동 대회의실", "구민체육센터 다목적실", "동 주민센터 2층 회의실",
		"구립도서관 세미나실", "근린공원 야외무대", "평생학습관 강의실",
	},
	dobStyles:   []string{dobDot, dobDot, dobDot0, dobDash, dobKor},
	mobStyles:   []string{mobDash, mobDash, mobDash, mobSpace, mobPlain},
	telStyles:   []string{telDash, telDash, telParen},
	rrnStyles:   []string{rrnDash, rrnDash, rrnDash, rrnPlain},
	plateStyles: []string{"", "", "three", "space"},
}

var holdoutVocab = vocab{
	rareSurnames: []string{"제", "모", "탁", "국", "어", "편", "용", "예", "봉", "경", "빈"},
	compound:     []string{"선우", "독고", "사공", "서문"},
	given2: []string{
		"도윤", "하은", "시우", "영자", "옥순", "광수", "명숙", "태희", "승민", "소연", "건우", "예린", "유나", "채윤",
		"주안", "다인", "가은", "나은", "보영", "연우", "윤호", "동건", "미정", "순옥", "금자", "정자", "복순", "만석",
		"태식", "기태", "종민", "한결", "지환", "은서", "하린", "민지", "예은", "인숙", "경자", "말자", "두식", "봉수",
		"철민", "세영", "희정", "아영", "혜경", "우현", "태준", "경태", "승우", "유빈", "시연", "라희", "도현", "세진",
		"해나", "로운", "이준", "준서", "가람", "나래", "태양", "우성", "용준", "창호", "길순", "판석", "갑순", "재성",
		"형섭", "대균", "하윤", "지유", "윤슬", "규현", "보람", "상욱",
	},
	syl1:   []string{"도", "하", "시", "태", "승", "소", "건", "예", "유", "채", "주", "다", "가", "나", "보", "윤", "로", "세", "해", "라"},
	syl2:   []string{"윤", "은", "율", "안", "린", "솔", "겸", "온", "람", "별", "결", "담", "환", "규", "혁", "후", "인", "슬", "나", "리"},
	given1: []string{"별", "솔", "결", "담", "율"},
	given3: []string{"하늘빛", "아름솔", "푸르메", "누리별", "나래온"},
	foreigners: []foreigner{
		{"PHAM MINH TUAN", "팜 민 뚜안", "베트남", "베트남어", "vn", false},
		{"LE THI LAN", "레 티 란", "베트남", "베트남어", "vn", true},
		{"HOANG VAN DUC", "호앙 반 득", "베트남", "베트남어", "vn", false},
		{"Jose Reyes", "호세 레예스", "필리핀", "타갈로그어", "ph", false},
		{"Grace Mendoza", "그레이스 멘도사", "필리핀", "타갈로그어", "ph", true},
		{"ZHANG WEI", "장웨이", "중국", "중국어", "cn", false},
		{"CHEN JING", "천징", "중국", "중국어", "cn", true},
		{"Dilnoza Karimova", "딜노자 카리모바", "우즈베키스탄", "우즈베크어", "two", true},
		{"ENKHJARGAL DORJ", "엥흐자르갈 도르지", "몽골", "몽골어", "one", true},
		{"Siti Rahmawati", "시티 라흐마와티", "인도네시아", "인도네시아어", "one", true},
		{"NAING LIN", "나잉 린", "미얀마", "미얀마어", "mm", false},
		{"Nimal Perera", "니말 페레라", "스리랑카", "싱할라어", "one", false},
		{"Yerlan Abenov", "예를란 아베노프", "카자흐스탄", "러시아어", "two", false},
		{"Sarah Johnson", "사라 존슨", "미국", "영어", "num9", true},
		{"TANAKA YUKI", "다나카 유키", "일본", "일본어", "two", true},
		{"Anna Petrova", "안나 페트로바", "러시아", "러시아어", "num9", true},
		{"Lukas Müller", "루카스 뮐러", "독일", "독일어", "de", false},
	},
	orgs: []org{
		cityHall, cityHall,
		{"서울특별시 강동구", "강동구청장", "강동구", "05397", "서울특별시 강동구 성내로 25", "www.gangdong.go.kr", "02-3425-", "gangdong.go.kr"},
		{"서울특별시 도봉구", "도봉구청장", "도봉구", "01331", "서울특별시 도봉구 마들로 656", "www.dobong.go.kr", "02-2091-", "dobong.go.kr"},
		{"서울특별시 구로구", "구로구청장", "구로구", "08284", "서울특별시 구로구 가마산로 245", "www.guro.go.kr", "02-860-", "guro.go.kr"},
		{"서울특별시 영등포구", "영등포구청장", "영등포구", "07260", "서울특별시 영등포구 당산로 123", "www.ydp.go.kr", "02-2670-", "ydp.go.kr"},
		{"서울특별시 중랑구", "중랑구청장", "중랑구", "02028", "서울특별시 중랑구 봉화산로 179", "www.jungnang.go.kr", "02-2094-", "jungnang.go.kr"},
		{"서울특별시 양천구", "양천구청장", "양천구", "07950", "서울특별시 양천구 목동동로 105", "www.yangcheon.go.kr", "02-2620-", "yangcheon.go.kr"},
		{"서울특별시 금천구", "금천구청장", "금천구", "08611", "서울특별시 금천구 시흥대로73길 70", "www.geumcheon.go.kr", "02-2627-", "geumcheon.go.kr"},
	},
	roads: []road{
		{"서울특별시", "강동구", "천호대로", "천호동", "02"},
		{"서울특별시", "강동구", "상암로", "암사동", "02"},
		{"서울특별시", "도봉구", "도봉로", "창동", "02"},
		{"서울특별시", "도봉구", "방학로", "방학동", "02"},
		{"서울특별시", "구로구", "디지털로", "구로동", "02"},
		{"서울특별시", "구로구", "경인로", "오류동", "02"},
		{"서울특별시", "영등포구", "여의대방로", "신길동", "02"},
		{"서울특별시", "영등포구", "도림로", "대림동", "02"},
		{"서울특별시", "중랑구", "망우로", "망우동", "02"},
		{"서울특별시", "중랑구", "면목로", "면목동", "02"},
		{"서울특별시", "금천구", "시흥대로", "독산동", "02"},
		{"서울특별시", "양천구", "목동서로", "목동", "02"},
		{"서울특별시", "강남구", "테헤란로", "역삼동", "02"},
		{"서울특별시", "서초구", "반포대로", "서초동", "02"},
		{"서울특별시", "성북구", "정릉로", "정릉동", "02"},
		{"경기도", "성남시 분당구", "판교역로", "백현동", "031"},
		{"경기도", "부천시", "길주로", "상동", "032"},
		{"경기도", "고양시 일산동구", "중앙로", "장항동", "031"},
	},
	lots: []lotArea{
		{"서울특별시", "관악구", "봉천동", "02"},
		{"서울특별시", "강북구", "미아동", "02"},
		{"서울특별시", "도봉구", "창동", "02"},
		{"서울특별시", "중랑구", "면목동", "02"},
		{"서울특별시", "금천구", "독산동", "02"},
		{"서울특별시", "양천구", "신정동", "02"},
		{"서울특별시", "강남구", "역삼동", "02"},
		{"서울특별시", "서초구", "방배동", "02"},
		{"서울특별시", "성북구", "정릉동", "02"},
		{"서울특별시", "광진구", "구의동", "02"},
	},
	buildings: []string{"자이아파트", "푸르지오", "아이파크", "롯데캐슬", "힐스테이트", "e편한세상", "우성아파트", "극동아파트", "한양빌라", "미주맨션"},
	companies: []company{
		{"(주)서해산업", true}, {"청솔건설(주)", true}, {"우리기술(주)", true}, {"동방전력(주)", true},
		{"주식회사 이음건축", true}, {"조은환경(주)", true}, {"정도산업(주)", true}, {"강산조경(주)", true},
		{"국민안전기술(주)", true}, {"하나플러스(주)", true}, {"(주)최고인테리어", true}, {"기업나라(주)", true},
		{"한마음약국", false}, {"미소세탁", false}, {"한솥반찬", false}, {"정원꽃집", false}, {"다온사무기기", false},
		{"박가네순대", false}, {"이조식당", false}, {"신한철강상사", false},
	},
	mailDomains: []string{"hanmail.net", "kakao.com", "hotmail.com", "outlook.com", "yahoo.co.kr", "icloud.com", "gmail.com", "korea.com"},
	handles:     []string{"moon", "cool", "green", "lucky", "jjang", "sweet", "ocean", "tiger"},
	banks: []bank{
		{"KB국민은행", "", []int{6, 2, 6}},
		{"신한은행", "110", []int{3, 3, 6}},
		{"우리은행", "1002", []int{4, 3, 6}},
		{"하나은행", "", []int{3, 6, 5}},
		{"농협은행", "352", []int{3, 4, 4, 2}},
		{"기업은행", "", []int{3, 6, 2, 3}},
		{"케이뱅크", "100", []int{3, 3, 6}},
		{"토스뱅크", "1000", []int{4, 4, 4}},
		{"SC제일은행", "", []int{3, 2, 6}},
		{"신협", "13", []int{3, 3, 6}},
		{"수협은행", "", []int{3, 2, 6}},
		{"부산은행", "", []int{3, 4, 4, 2}},
		{"iM뱅크", "", []int{3, 2, 6, 1}},
		{"광주은행", "", []int{3, 3, 6}},
	},
	places: []string{
		"구청 2층 기획상황실", "시청 본관 8층 다목적홀", "구민회관 대강당", "디지털도서관 강당",
		"동 주민센터 3층 자치회관", "청소년수련관 대회의실", "복합문화센터 소극장",
	},
	dobStyles:   []string{dobDot, dobDash, dobKor, dobDot0Sp, dobShort, dobSlash},
	mobStyles:   []string{mobDash, mobDash, mobDot, mobParen, mobIntl, mobIntlSp},
	telStyles:   []string{telDash, telHalf, telDot, telParenS, telSpace},
	rrnStyles:   []string{rrnDash, rrnDash, rrnSpaced, rrnSpace},
	plateStyles: []string{"", "region", "three", "threespace"},
}
