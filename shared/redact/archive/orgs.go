package archive

// org is an issuing organisation: the city, a district office, an agency
// or a community service centre. Its own numbers are public.
type org struct {
	name   string // as the letterhead spells it
	short  string
	head   string // 발신명의
	domain string
	tel    string // the office exchange, the extension follows
	post   string
	addr   string
	kind   string // city, gu, agency, dong
	call   string // call centre, if any
	depts  []string
}

var cityDepts = []string{
	"복지정책과", "지역돌봄복지과", "주차계획과", "교통정책과", "감사담당관", "외국인다문화담당관", "청년정책담당관",
	"정보공개정책과", "재난안전정책과", "평생교육과", "인사과", "재무과", "총무과", "버스정책과", "주택정책과",
	"아동담당관", "민생노동정책과", "조사담당관",
}

var guDepts = []string{
	"복지정책과", "희망복지지원과", "생활보장과", "주차관리과", "교통행정과", "감사담당관", "민원여권과", "건축과",
	"청소행정과", "건강증진과", "아동청소년과", "교육지원과", "재무과", "기획예산과", "가족정책과", "총무과",
	"문화체육과", "공원녹지과", "안전재난과", "어르신복지과", "일자리경제과", "자치행정과",
}

var cities = []org{
	{name: "서울특별시", short: "서울시", head: "서울특별시장", domain: "seoul.go.kr", tel: "02-2133-", post: "04524", addr: "서울특별시 중구 세종대로 110", kind: "city", call: "120", depts: cityDepts},
}

var gus = []org{
	{name: "서울특별시 종로구", short: "종로구", head: "서울특별시 종로구청장", domain: "jongno.go.kr", tel: "02-2148-", post: "03153", addr: "서울특별시 종로구 삼봉로 43"},
	{name: "서울특별시 중구", short: "중구", head: "서울특별시 중구청장", domain: "junggu.seoul.kr", tel: "02-3396-", post: "04558", addr: "서울특별시 중구 창경궁로 17"},
	{name: "서울특별시 용산구", short: "용산구", head: "서울특별시 용산구청장", domain: "yongsan.go.kr", tel: "02-2199-", post: "04390", addr: "서울특별시 용산구 녹사평대로 150"},
	{name: "서울특별시 성동구", short: "성동구", head: "서울특별시 성동구청장", domain: "sd.go.kr", tel: "02-2286-", post: "04750", addr: "서울특별시 성동구 고산자로 270"},
	{name: "서울특별시 광진구", short: "광진구", head: "서울특별시 광진구청장", domain: "gwangjin.go.kr", tel: "02-450-", post: "05026", addr: "서울특별시 광진구 자양로 117"},
	{name: "서울특별시 동대문구", short: "동대문구", head: "서울특별시 동대문구청장", domain: "ddm.go.kr", tel: "02-2127-", post: "02565", addr: "서울특별시 동대문구 천호대로 145"},
	{name: "서울특별시 성북구", short: "성북구", head: "서울특별시 성북구청장", domain: "sb.go.kr", tel: "02-2241-", post: "02848", addr: "서울특별시 성북구 보문로 168"},
	{name: "서울특별시 강북구", short: "강북구", head: "서울특별시 강북구청장", domain: "gangbuk.go.kr", tel: "02-901-", post: "01071", addr: "서울특별시 강북구 도봉로89길 13"},
	{name: "서울특별시 도봉구", short: "도봉구", head: "서울특별시 도봉구청장", domain: "dobong.go.kr", tel: "02-2091-", post: "01331", addr: "서울특별시 도봉구 마들로 656"},
	{name: "서울특별시 노원구", short: "노원구", head: "서울특별시 노원구청장", domain: "nowon.kr", tel: "02-2116-", post: "01689", addr: "서울특별시 노원구 노해로 437"},
	{name: "서울특별시 은평구", short: "은평구", head: "서울특별시 은평구청장", domain: "ep.go.kr", tel: "02-351-", post: "03384", addr: "서울특별시 은평구 은평로 195"},
	{name: "서울특별시 서대문구", short: "서대문구", head: "서울특별시 서대문구청장", domain: "sdm.go.kr", tel: "02-330-", post: "03718", addr: "서울특별시 서대문구 연희로 248"},
	{name: "서울특별시 마포구", short: "마포구", head: "서울특별시 마포구청장", domain: "mapo.go.kr", tel: "02-3153-", post: "03937", addr: "서울특별시 마포구 월드컵로 212"},
	{name: "서울특별시 강서구", short: "강서구", head: "서울특별시 강서구청장", domain: "gangseo.seoul.kr", tel: "02-2600-", post: "07658", addr: "서울특별시 강서구 화곡로 302"},
	{name: "서울특별시 구로구", short: "구로구", head: "서울특별시 구로구청장", domain: "guro.go.kr", tel: "02-860-", post: "08284", addr: "서울특별시 구로구 가마산로 245"},
	{name: "서울특별시 금천구", short: "금천구", head: "서울특별시 금천구청장", domain: "geumcheon.go.kr", tel: "02-2627-", post: "08611", addr: "서울특별시 금천구 시흥대로73길 70"},
	{name: "서울특별시 영등포구", short: "영등포구", head: "서울특별시 영등포구청장", domain: "ydp.go.kr", tel: "02-2670-", post: "07260", addr: "서울특별시 영등포구 당산로 123"},
	{name: "서울특별시 동작구", short: "동작구", head: "서울특별시 동작구청장", domain: "dongjak.go.kr", tel: "02-820-", post: "06928", addr: "서울특별시 동작구 장승배기로 161"},
	{name: "서울특별시 관악구", short: "관악구", head: "서울특별시 관악구청장", domain: "gwanak.go.kr", tel: "02-879-", post: "08832", addr: "서울특별시 관악구 관악로 145"},
	{name: "서울특별시 서초구", short: "서초구", head: "서울특별시 서초구청장", domain: "seocho.go.kr", tel: "02-2155-", post: "06750", addr: "서울특별시 서초구 남부순환로 2584"},
	{name: "서울특별시 강남구", short: "강남구", head: "서울특별시 강남구청장", domain: "gangnam.go.kr", tel: "02-3423-", post: "06090", addr: "서울특별시 강남구 학동로 426"},
	{name: "서울특별시 송파구", short: "송파구", head: "서울특별시 송파구청장", domain: "songpa.go.kr", tel: "02-2147-", post: "05552", addr: "서울특별시 송파구 올림픽로 326"},
	{name: "서울특별시 강동구", short: "강동구", head: "서울특별시 강동구청장", domain: "gangdong.go.kr", tel: "02-3425-", post: "05397", addr: "서울특별시 강동구 성내로 25"},
}

var agencies = []org{
	{name: "서울교통공사", short: "공사", head: "서울교통공사 사장", domain: "seoulmetro.co.kr", tel: "02-6311-", post: "04806", addr: "서울특별시 성동구 천호대로 346", kind: "agency", call: "1577-1234",
		depts: []string{"감사실", "계약처", "인사처", "영업계획처", "고객안전처", "차량본부 차량계획처"}},
	{name: "서울시설공단", short: "공단", head: "서울시설공단 이사장", domain: "sisul.or.kr", tel: "02-2290-", post: "04616", addr: "서울특별시 성동구 청계천로 540", kind: "agency", call: "1588-4704",
		depts: []string{"감사실", "경영지원처", "장애인콜택시운영처", "주차시설운영처", "공원운영처"}},
	{name: "서울주택도시공사", short: "공사", head: "서울주택도시공사 사장", domain: "i-sh.co.kr", tel: "02-3410-", post: "06336", addr: "서울특별시 강남구 개포로 621", kind: "agency", call: "1600-3456",
		depts: []string{"감사실", "계약부", "주거복지처", "인사부", "임대관리처"}},
	{name: "(재)서울문화재단", short: "재단", head: "(재)서울문화재단 대표이사", domain: "sfac.or.kr", tel: "02-3290-", post: "02583", addr: "서울특별시 동대문구 청계천로 517", kind: "agency", call: "02-3290-7000",
		depts: []string{"경영기획실", "예술지원본부", "감사실", "시민문화본부"}},
}

// dongs are community service centres: a district office's exchange, an
// address that looks like anyone's.
var dongs = []struct{ gu, dong, addr string }{
	{"마포구", "서교동", "서울특별시 마포구 동교로15길 7"},
	{"마포구", "망원1동", "서울특별시 마포구 월드컵로19길 12"},
	{"관악구", "신림동", "서울특별시 관악구 신림로 59"},
	{"노원구", "상계1동", "서울특별시 노원구 덕릉로 760"},
	{"강서구", "화곡본동", "서울특별시 강서구 화곡로 179"},
	{"중랑구", "면목본동", "서울특별시 중랑구 면목로 304"},
	{"은평구", "불광2동", "서울특별시 은평구 불광로 95"},
	{"강북구", "수유3동", "서울특별시 강북구 도봉로 314"},
}

// companies are corporations and associations; several contain a bank's
// name or begin with a surname syllable.
var companies = []string{
	"㈜한빛건설", "국민종합건설(주)", "신한정보기술 주식회사", "우리조경(주)", "하나이엔씨㈜", "김포정밀(주)", "이화전기공업(주)",
	"박달엔지니어링", "정우개발 주식회사", "조은환경(주)", "강남교통(주)", "장수산업", "홍익기술단(주)", "남산조경", "오성전기(주)",
	"송원건설(주)", "안심방역 주식회사", "최강안전(주)", "한국전력공사", "윤성기술(주)", "서울메트로환경(주)", "대한종합관리(주)",
	"(사)한국장애인단체총연합회", "사회적협동조합 마을과사람", "(유)푸른숲조경", "㈜새한정보통신", "문화공간 이음(주)", "(주)도시와사람",
	"농협하나로유통", "신협중앙회", "황금개발(주)", "백제문화재연구원", "권선종합건설(주)",
}

// venues are rooms and public buildings where meetings and counters are.
var venues = []string{
	"서울시청 다목적홀", "시민청 태평홀", "대회의실", "구청 3층 기획상황실", "구청 소회의실", "세종문화회관 세미나실",
	"마포중앙도서관", "서교동 주민센터 2층 회의실", "강서구 보건소", "남산도서관", "서울에너지드림센터",
	"서울시립청소년센터", "상계주공7단지 관리사무소", "서울글로벌센터", "서울시 외국인주민센터", "동 주민센터 민원실",
}

// outdoors are public spaces where something may happen in the open.
var outdoors = []string{
	"망원한강공원", "서울숲", "북서울꿈의숲", "월드컵공원", "서울광장", "망원시장", "광장시장", "공덕역 3번 출구",
	"신림역 2번 출구", "정릉시장", "노들섬", "잠실종합운동장", "보라매공원",
}

// youthPlaces are youth facilities.
var youthPlaces = []string{"서울시립보라매청소년센터", "마포청소년수련관", "노원청소년수련관", "서울시립창동청소년센터", "관악청소년문화의집"}

// Statute references, by theme.
var (
	statFOI = []string{
		"「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "「공공기관의 정보공개에 관한 법률」 제14조",
		"「공공기관의 정보공개에 관한 법률」 제13조", "「공공기관의 정보공개에 관한 법률」 제18조", "「공공기관의 정보공개에 관한 법률」 제11조",
		"정보공개법 제9조제1항제5호",
	}
	statMinwon = []string{
		"「민원 처리에 관한 법률」 제27조", "「민원 처리에 관한 법률」 제23조", "「민원 처리에 관한 법률」 제16조",
		"「민원 처리에 관한 법률 시행령」 제24조", "「청원법」 제21조",
	}
	statPenalty = []string{
		"「질서위반행위규제법」 제16조", "「행정절차법」 제21조", "「행정절차법」 제14조제4항", "「도로교통법」 제32조",
		"「도로교통법」 제160조제3항", "「주차장법」 제29조", "「건축법」 제80조", "「폐기물관리법」 제68조",
	}
	statWelfare = []string{
		"「긴급복지지원법」 제9조", "「국민기초생활 보장법」 제7조", "「사회보장급여의 이용ㆍ제공 및 수급권자 발굴에 관한 법률」 제42조의2",
		"「긴급복지지원법」 제5조", "「개인정보 보호법」 제17조",
	}
	statGeneral = []string{
		"「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제25조", "「지방공무원법」 제72조", "「지방공무원 징계 및 소청 규정」 제2조",
		"「형사소송법」 제234조", "「보조금 관리에 관한 법률」 제40조", "「재난 및 안전관리 기본법」 제66조", "「개인정보 보호법」 제18조제2항",
		"「서울특별시 보조금 관리 조례」 제12조", "「공직자윤리법」 제8조", "「청소년 기본법」 제48조", "「서울특별시 외국인주민 지원 조례」 제5조",
	}
)
