package casebook

import (
	"strings"
)

// The word lists are constants split when a lexicon is built, so that the
// package holds no mutable state.
const (
	// Surnames, the common ones repeated to weight them.
	surnameList  = "김 김 김 김 김 김 이 이 이 이 이 박 박 박 최 최 정 정 강 강 조 조 윤 윤 장 장 임 한 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 봉 경 라 피 변 하 탁"
	compoundList = "남궁 황보 제갈 선우 독고 사공 서문"
	// Given names are built from two syllables, as most are.
	givenFirst  = "가 경 광 규 근 기 나 남 다 대 덕 도 동 두 명 무 문 미 민 범 병 보 봉 상 서 석 선 성 세 소 수 숙 순 승 시 신 아 연 영 예 옥 용 우 원 유 윤 은 의 인 재 정 종 주 준 중 지 진 창 채 철 춘 태 택 하 한 해 현 형 혜 호 홍 화 효 후 희"
	givenSecond = "경 곤 구 규 균 기 길 남 녀 대 덕 란 래 련 례 린 만 명 모 미 민 범 복 봉 비 빈 삼 상 서 석 선 섭 성 세 수 숙 순 식 아 안 연 열 영 오 옥 완 용 우 욱 운 원 윤 은 의 익 인 일 자 재 전 정 제 조 주 준 중 지 직 진 찬 철 춘 태 택 표 하 학 한 향 현 혁 형 호 화 환 회 효 훈 희"
	// Two-syllable given names that are also everyday words of these
	// documents; a name must not be confused with the text around it.
	givenStop  = "민원 주민 수정 정보 상담 성명 선정 보호 지원 조정 기준 인정 연금 재정 성인 자원 원조 지정 주소 소재 재산 수급 의원 신고 등기 지구 구청 시민 수사 진정 기한 정정 의정 도시 시정 재판 재결 주문 상정 진술 서명 원고 인수 재조 가정 대상 보상 성실 신용 우선 정상 주거 연락 세대 대리 대표 한정 해지 지급 명단 경기 영업 원인 현재 의사 성별 가구 세무 선거 현장 남녀 기자 화재 시설 정리 의료 정조 도로 사고 조사 봉사 감사 자료"
	given1List = "혁 훈 솔 율 찬 웅 빈 담 륜 결"
	given3List = "빛나리 한누리 아름솔 새로미 보라미 다소니 가온길 슬기롬 하늘솔 나래온"
	// Surnames that take a one-syllable given name without making a word.
	given1Surnames = "김 박 최 강 윤 장 임 권 황 홍 곽 허 남궁 선우"
)

// nationality describes how people of one country are named and what
// their passport numbers look like.
type nationality struct {
	code, ko    string
	familyFirst bool        // the family name comes first at home
	glued       bool        // the Hangul transcription is written without spaces
	families    [][2]string // Latin, Hangul
	givens      [][2]string // Latin, Hangul
	passport    []string    // patterns: # digit, @ letter
	emailHosts  []string    // mail services people of the country use
}

const nationData = `VNM|베트남|F|-|Nguyen:응우옌,Tran:쩐,Le:레,Pham:팜,Hoang:호앙,Vu:부,Dang:당,Bui:부이,Do:도,Ngo:응오|Van An:반 안,Thi Lan:티 란,Duc Minh:득 민,Thi Mai:티 마이,Van Hung:반 훙,Thanh Tuan:타인 뚜안,Thi Hoa:티 호아,Van Nam:반 남,Thi Phuong:티 프엉,Quang Huy:꽝 후이|C#######,N#######|gmail.com yahoo.com.vn
CHN|중국|F|G|Wang:왕,Li:리,Zhang:장,Liu:류,Chen:천,Zhao:자오,Yang:양,Zhou:저우,Wu:우,Sun:쑨|Wei:웨이,Na:나,Min:민,Jie:제,Lei:레이,Fang:팡,Xiuying:슈잉,Jun:쥔,Hao:하오,Yufei:위페이|E########,E@#######|qq.com 163.com
THA|태국|-|-|Boonmee:분미,Srisuk:시숙,Wongsa:웡사,Saetang:새땅,Chaiyaporn:차이야폰|Somchai:솜차이,Suda:수다,Malee:말리,Anan:아난,Kittisak:낏띠삭,Pranee:쁘라니|@@#######|gmail.com hotmail.com
PHL|필리핀|-|-|Santos:산토스,Dela Cruz:델라 크루즈,Garcia:가르시아,Bautista:바우티스타,Mendoza:멘도사,Reyes:레예스|Maria Cruz:마리아 크루즈,Jose:호세,Mark Anthony:마크 앤서니,Angelica:안젤리카,Ramon:라몬,Joy:조이|P#######@|gmail.com yahoo.com
UZB|우즈베키스탄|-|-|Karimov:카리모프,Rakhimov:라히모프,Yusupov:유수포프,Ismoilov:이스모일로프,Tursunov:투르수노프|Aziz:아지즈,Dilnoza:딜노자,Jasur:자수르,Nodira:노디라,Bekzod:벡조드,Sardor:사르도르|FA#######,AD#######|mail.ru gmail.com
NPL|네팔|-|-|Thapa:타파,Gurung:구룽,Tamang:타망,Shrestha:슈레스타,Rai:라이,Magar:마가르|Ram Bahadur:람 바하두르,Sita:시타,Bikash:비카스,Sunita:수니타,Hari Prasad:하리 프라사드,Anil:아닐|PA#######,########|gmail.com yahoo.com
RUS|러시아|-|-|Petrov:페트로프,Ivanov:이바노프,Smirnov:스미르노프,Kuznetsov:쿠즈네초프,Popov:포포프|Ivan:이반,Olga:올가,Dmitry:드미트리,Natalia:나탈리아,Sergei:세르게이,Elena:옐레나|## #######|mail.ru yandex.ru
KHM|캄보디아|F|-|Sok:속,Chea:찌어,Chan:짠,Heng:헹,Meas:메아스|Chanda:찬다,Sophea:소피어,Sokha:소카,Dara:다라,Vanna:반나|N#######|gmail.com
IDN|인도네시아|-|-|Santoso:산토소,Rahmawati:라흐마와티,Hidayat:히다얏,Saputra:사푸트라|Budi:부디,Siti:시티,Agus:아구스,Dewi:데위,Rizky:리즈키|B#######,X#######|gmail.com yahoo.co.id
MNG|몽골|-|-|Ganbaatar:간바타르,Dorj:도르지,Batbayar:바트바야르|Bat-Erdene:바트에르덴,Oyunchimeg:어윤치메그,Gantulga:간툴가|E#######|gmail.com`

// office is a public body that drafts documents.
type office struct {
	name, head, zip, road, dong, tel, domain, city string
	rural                                          bool
}

// The head offices; their addresses and numbers are public.
const officeData = `마포구|마포구청장|03937|월드컵로 212|성산동|02-3153|mapo.go.kr|서울특별시
성북구|성북구청장|02848|보문로 168|삼선동5가|02-2241|sb.go.kr|서울특별시
은평구|은평구청장|03354|은평로 195|녹번동|02-351|ep.go.kr|서울특별시
관악구|관악구청장|08832|관악로 145|봉천동|02-879|gwanak.go.kr|서울특별시
노원구|노원구청장|01689|노해로 437|상계동|02-2116|nowon.kr|서울특별시
강북구|강북구청장|01071|도봉로89길 13|수유동|02-901|gangbuk.go.kr|서울특별시
서울특별시|서울특별시장|04524|세종대로 110|태평로1가|02-2133|seoul.go.kr|`

const ruralData = `홍천군|홍천군수|25142|신장대로 13|희망리|033-430|hongcheon.go.kr|강원특별자치도
괴산군|괴산군수|28036|임꺽정로 90|동부리|043-830|goesan.go.kr|충청북도
영암군|영암군수|58442|군청로 1|서남리|061-470|yeongam.go.kr|전라남도`

// district holds the streets and neighbourhoods where citizens live.
type district struct {
	city, gu string
	roads    []string
	dongs    []string
	apts     []string
}

const districtData = `서울특별시|마포구|월드컵로 성미산로 망원로 동교로 양화로 독막로 마포대로 신촌로 와우산로 토정로 월드컵북로 희우정로 포은로|성산동 망원동 합정동 연남동 서교동 공덕동 아현동 도화동 상암동 중동|성산시영아파트 마포래미안푸르지오 상암월드컵파크 망원한신
서울특별시|성북구|보문로 동소문로 정릉로 삼양로 화랑로 오패산로 길음로 종암로 북악산로|정릉동 돈암동 길음동 종암동 석관동 장위동 하월곡동 동선동|길음뉴타운 래미안길음 돈암한신 정릉풍림
서울특별시|은평구|통일로 은평로 연서로 진흥로 서오릉로 응암로 불광로 갈현로 증산로|응암동 불광동 갈현동 역촌동 녹번동 대조동 구산동 진관동 수색동|은평뉴타운 녹번역e편한세상 불광롯데캐슬
서울특별시|관악구|관악로 남부순환로 봉천로 신림로 난곡로 은천로 청룡길 쑥고개로|봉천동 신림동 남현동 청룡동 서원동 난곡동 조원동|관악푸르지오 봉천두산 신림현대
서울특별시|노원구|동일로 노해로 한글비석로 공릉로 상계로 중계로 덕릉로 노원로|상계동 중계동 하계동 공릉동 월계동|상계주공7단지 중계그린 하계장미 월계시영
서울특별시|강북구|도봉로 삼양로 한천로 솔매로 인수봉로 오현로 노해로 삼각산로|미아동 번동 수유동 우이동 송중동|SK북한산시티 벽산라이브파크 삼성래미안트리베라
경기도|고양시 덕양구|화신로 화중로 통일로 고양대로 권율대로|화정동 행신동 성사동 주교동|별빛마을 햇빛마을 은빛마을
경기도|부천시|길주로 부천로 소사로 경인로 심곡로|심곡동 역곡동 상동 중동|반달마을 한아름마을`

// Rural places where seasonal workers live and farms lie: lot-based
// addresses with a village (리).
const villageData = `강원특별자치도|홍천군|내촌면 와야리 서석면 풍암리 화촌면 성산리 두촌면 철정리
충청북도|괴산군|불정면 목도리 감물면 이담리 청천면 도원리 문광면 양곡리
전라남도|영암군|신북면 모산리 시종면 만수리 도포면 덕화리 군서면 동구림리`

// bank is a bank and the account layouts it issues.
type bank struct {
	names   []string // how the bank is written: full, short
	layouts []string // # digit; other characters as written
}

const bankData = `KB국민은행,국민은행,국민|######-##-######,###-##-####-###
신한은행,신한|###-###-######,###-##-######
우리은행,우리|1002-###-######,###-######-##-###
NH농협은행,농협은행,농협|3##-####-####-##,###-##-######
하나은행,하나|###-######-#####
IBK기업은행,기업은행,기업|###-######-##-###
카카오뱅크|3333-##-#######
우체국|######-##-######
새마을금고|9###-####-####-#
신협|13##-##-######
수협은행,수협|1###-####-####
케이뱅크|100-###-######`

// Companies and bodies that are not persons. Several begin with a bank's
// name or a surname syllable on purpose.
const orgData = `(주)신한정밀|국민식품 주식회사|하나로유통(주)|농협하나로마트 망원점|김포푸드(주)|(주)이가푸드|정다운식품|최고급식(주)|우리들급식 주식회사|(주)대한급식|신세계푸드|CJ프레시웨이(주)|(주)동원홈푸드|농업회사법인 늘푸른(주)|사회적협동조합 희망나눔|법무법인 강남|법무법인 태평양|주식회사 홍익기술|장수영농조합법인|(주)조은건설|유진기업(주)|문화건설 주식회사|박문각에듀|안심물류(주)|한국토지주택공사|서울주택도시공사|국민건강보험공단|국민연금공단|한국장애인개발원|사회보장정보원|서울신용보증재단|(사)한국외국인력지원센터|마포복지재단|강북청소년상담복지센터`

// Public places: stations, markets and schools of the districts.
const (
	stationList = "합정역 망원역 마포구청역 디지털미디어시티역 길음역 성신여대입구역 한성대입구역 불광역 연신내역 구파발역 신림역 서울대입구역 봉천역 노원역 상계역 중계역 수유역 미아역 미아사거리역"
	marketList  = "망원시장 월드컵시장 정릉시장 길음시장 대조시장 연서시장 신원시장 봉천제일시장 상계중앙시장 수유전통시장"
	schoolList  = "성서초등학교 망원초등학교 성산중학교 정릉초등학교 길음중학교 불광초등학교 은평중학교 신림초등학교 봉천중학교 상계초등학교 노원고등학교 수유초등학교 번동중학교"
	// Words a roster's 비고 column holds that begin with a surname
	// syllable.
	noteWords = "신규 유지 변동 정상 최초 장기 추가 이관 전출 전입 연장 조정 변경 반려 임시 방문 유선 고지 우선 송달 한도초과"
)

// lexicon holds the parsed word lists for one run of Generate.
type lexicon struct {
	surnames, compounds, given1, given3 []string
	given1Surnames                      []string
	givenFirst, givenSecond             []string
	givenStop                           map[string]bool
	nations                             []nationality
	offices, rurals                     []office
	districts                           []district
	villages                            []district
	banks                               []bank
	orgs                                []string
	notes                               []string
	stations, markets, schools          []string
}

func newLexicon() *lexicon {
	lx := &lexicon{
		surnames:       strings.Fields(surnameList),
		compounds:      strings.Fields(compoundList),
		given1:         strings.Fields(given1List),
		given3:         strings.Fields(given3List),
		given1Surnames: strings.Fields(given1Surnames),
		givenFirst:     strings.Fields(givenFirst),
		givenSecond:    strings.Fields(givenSecond),
		givenStop:      map[string]bool{},
		orgs:           strings.Split(orgData, "|"),
		notes:          strings.Fields(noteWords),
		stations:       strings.Fields(stationList),
		markets:        strings.Fields(marketList),
		schools:        strings.Fields(schoolList),
	}
	for _, g := range strings.Fields(givenStop) {
		lx.givenStop[g] = true
	}
	for _, l := range strings.Split(nationData, "\n") {
		f := strings.Split(l, "|")
		n := nationality{code: f[0], ko: f[1], familyFirst: f[2] == "F", glued: f[3] == "G",
			passport: strings.Split(f[6], ","), emailHosts: strings.Fields(f[7])}
		for _, p := range strings.Split(f[4], ",") {
			n.families = append(n.families, pair(p))
		}
		for _, p := range strings.Split(f[5], ",") {
			n.givens = append(n.givens, pair(p))
		}
		lx.nations = append(lx.nations, n)
	}
	lx.offices = parseOffices(officeData, false)
	lx.rurals = parseOffices(ruralData, true)
	for _, l := range strings.Split(districtData, "\n") {
		f := strings.Split(l, "|")
		lx.districts = append(lx.districts, district{city: f[0], gu: f[1], roads: strings.Fields(f[2]), dongs: strings.Fields(f[3]), apts: strings.Fields(f[4])})
	}
	for _, l := range strings.Split(villageData, "\n") {
		f := strings.Split(l, "|")
		vs := strings.Fields(f[2])
		d := district{city: f[0], gu: f[1]}
		for i := 0; i+1 < len(vs); i += 2 {
			d.dongs = append(d.dongs, vs[i]+" "+vs[i+1])
		}
		lx.villages = append(lx.villages, d)
	}
	for _, l := range strings.Split(bankData, "\n") {
		f := strings.Split(l, "|")
		lx.banks = append(lx.banks, bank{names: strings.Split(f[0], ","), layouts: strings.Split(f[1], ",")})
	}
	return lx
}

// pair splits "Latin:Hangul".
func pair(s string) [2]string {
	i := strings.Index(s, ":")
	return [2]string{s[:i], s[i+1:]}
}

func parseOffices(data string, rural bool) []office {
	var out []office
	for _, l := range strings.Split(data, "\n") {
		f := strings.Split(l, "|")
		out = append(out, office{name: f[0], head: f[1], zip: f[2], road: f[3], dong: f[4], tel: f[5], domain: f[6], city: f[7], rural: rural})
	}
	return out
}
