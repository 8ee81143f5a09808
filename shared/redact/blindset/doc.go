// Package blindset generates the fourth evaluation corpus for Plaza's
// redactor: whole synthetic documents of the kind a Seoul city or
// district office approves every day, with every citizen's datum
// labelled. It was written without looking at the redactor or at the
// other three corpora, to serve as a held-out measure.
//
//	docs := blindset.Generate(seed, n) // []evalset.Doc
//
// Document i depends only on (seed, i): Generate(s, 10)[3] equals
// Generate(s, 400)[3]. IDs are "blindset-%05d".
//
// # Documents
//
// Kind names one of twenty document kinds (see Kinds): administrative
// disposition pre-notices (행정처분 사전통지), hearing records (청문
// 조서), subsidy grant decisions (보조금 교부 결정), emergency welfare
// decisions (긴급복지 지원 결정), disability activity support changes
// (장애인 활동지원), basic livelihood roster exports (기초생활 수급자
// 변동 내역), replies to apartment complaints (공동주택 민원 회신),
// parking-fine statement reviews (주정차 의견진술 심의), arrears and
// seizure notices (체납 독촉·압류 예고), public property leases (공유재산
// 대부), committee minutes (위원회 회의록), award nominations (포상
// 추천), hiring interview results (채용 면접 결과), foreign resident
// support (외국인 주민 지원), out-of-school youth referrals (학교 밖
// 청소년 연계), epidemiological investigations (감염병 역학조사),
// information disclosure decisions (정보공개 결정), answers to citizen
// proposals (시민 제안 답변), site inspection results (현장 점검 결과)
// and disciplinary requests (징계 의결 요구).
//
// Each document imitates the text a extractor gets from one source
// format (GenerateWithSources reports it): hwp (tables one cell per
// line, spaced-out titles, "그림입니다." image stubs), hwpx (tab
// separated rows), pdf (lines hard-wrapped at 68–92 columns, page
// footers "- N -" and running headers interleaved, tables column by
// column or space aligned with wrapped cells), docx (pipe tables), ocr
// (space aligned or box-drawn tables, dropped spaces and character
// confusions such as 0→O, 1→l, 의→외, 재→제), email (headers and a
// quoted original with "> "), csv and xlsx exports (two-row merged
// headers), webform submissions ("[항목] 값" and "항목 : 값") and
// jsonlog (one JSON object a line, sometimes with \uXXXX escapes).
//
// About a third of the documents (35% target) carry no personal data:
// they have no items, only negatives (a corporation instead of a
// person, aggregated statistics, anonymised committee members, public
// movement paths).
//
// # Items
//
// An evalset.Item marks one personal datum: Type, and Start/End, byte
// offsets into Text on rune boundaries; Text[Start:End] is the value as
// written (the JSON written by cmd/blindgen repeats it as "value").
// Items never overlap each other or a negative. Every occurrence of an
// item's text anywhere in the document lies inside some item (a value
// that is written twice is labelled twice); this is checked for every
// item of two runes or more, and for every citizen's full name even
// where the document never writes it in full.
//
// Span conventions, by type:
//
//   - name: the name alone, without particles (은/는/이/가/의/에게/께서/
//     입니다), honorifics (씨, 님, 귀하, 어르신, 군, 양) or titles (위원,
//     회장, 통장). Inner spaces of spaced names ("김 민 수", "주 태주")
//     are inside the span. A given name used alone ("민준 군") is an
//     item of its own. Hanja names (洪吉童), Latin names in any case and
//     order ("NGUYEN THI HUONG", "Huong Nguyen", "Nguyen, Thi Huong",
//     "Kim Min-jun") and Hangul transcriptions ("응우옌 티 흐엉") are
//     names; a comma inside a Latin name is inside the span. A name in
//     a JSON log written as \uXXXX escapes is labelled as written.
//     Names masked with ○ (김○수) are neither items nor negatives.
//   - rrn, frn: the number from its first to its last character,
//     including inner separators and spaces ("880302 - 1234567").
//     Full-width digits count. A hand masking that still leaks (8803**-
//     1234567, 880302-12345**) is an item with +masked. Adequate
//     masking of the whole back part (880302-1******, 880302-*******,
//     880302-1xxxxxx) is neither item nor negative: redacting it is not
//     scored either way.
//   - mobile, landline: the number with any separators, parentheses
//     and a leading "+82"; spoken digits ("공일공 일이삼사 …") and
//     partly masked forms that keep six or more digits are items.
//     landline covers a citizen's home or internet phone (070); office,
//     fax and company numbers are negatives.
//   - email: the address; obfuscated forms ("id [at] naver.com", "id @
//     naver.com", full-width ＠) are items as written.
//   - address: a citizen's address from its first written part (시/도,
//     or 구 when the city is left out) to its last (building number,
//     동/호 or the bracketed reference "(망원동, 망원래미안)" when
//     written). The postal code is outside. An address broken over
//     lines by a form is one item containing the newline; one split
//     across a wrapped table cell is two items (+wrapped), one per
//     line. An apartment name with 동/호 alone ("래미안 2단지 101동
//     1203호") is an address (+unit). The site of a public property
//     lease, the place of a parking violation and business addresses
//     are negatives.
//   - birth_date: the date only (not "생", nor the age after it), in any
//     notation: 1988. 3. 2., 1988.03.02., 1988-03-02, '88.3.2.,
//     88.03.02, 880302, 1988년 3월 2일, 02/03/1988 (day first).
//   - card: the card number with separators; a number that keeps its
//     first twelve digits (…-****) is an item with +masked.
//   - account: the account number only; the bank name before it is
//     outside the span. Accounts of organisations are negatives.
//   - passport: the number, Korean (M12345678, M123A4567) or foreign.
//   - driver_licence: region code or name through the check digits
//     ("11-15-123456-78", "서울 15-123456-78").
//   - vehicle_plate: the plate including an old region prefix
//     ("서울12가3456", "12 가 3 4 5 6").
//   - ip: a citizen's client address, IPv4 or IPv6.
//
// # Form
//
// Item.Form is "<place>[:<header>]" followed by "+quality" flags in
// alphabetical order. The header is the table column, key, field or
// e-mail header the value sits under, with spaces and the characters
// ( ) [ ] : + * · removed ("성 명" → "성명"). Places:
//
//	body       running text
//	table      a table cell (header = column)
//	kv         a "key: value" line of a document, or a JSON log field
//	list       a bulleted or comma-separated list
//	speaker    a speaker label or a speaker's words in minutes
//	message    a text message log
//	email      an e-mail header line (From, 받는사람 …)
//	signature  a signature block
//	recipient  the 수신 line of an official letter
//	form       a web form field (header = field)
//	caption    a photo caption
//	footnote   a note under a table
//
// Qualities describe how the value is rendered and written:
//
//	rendering   wrapped (broken over lines), noheader (continuation page
//	            without the table header), ocr (OCR confusions inside),
//	            quoted (inside a quoted e-mail), escaped (\uXXXX)
//	numbers     nosep, dots, spaces, parens, intl, nozero, fullwidth,
//	            spoken, masked (leaky hand masking), mixed, region
//	dates       iso, korean, shortyear, sixdigit, dmy, fullwidth
//	names       particle, honorific, title, spaced, given_only, given1,
//	            given3, compound, hanja, latin, translit, surname_last,
//	            case (unusual letter case), foreign
//	addresses   road, lot, nounit, unit
//	e-mail      obfuscated, case, spaces, fullwidth
//	context     health, minor, criminal, disciplinary, accused
//
// # Negatives
//
// Negatives mark public look-alikes that must stay untouched; Kind is
// one of NegativeKinds: date, amount, statute, doc_number, office_phone,
// office_fax, official_email (on the organisation's domain or the
// education office's), office_address, business_no, corp_no (13 digits
// like an RRN), company (including sole traders' shop names and NGOs),
// company_address, company_phone, receipt_no, case_no, bid_no, position,
// official, public_place (parks, stations, community centres, schools,
// meeting rooms, road sections, public land lots), word (ordinary words
// that begin with a surname syllable, such as 김장, 이사, 장기요양),
// age, budget_code and org_account (an organisation's bank account).
//
// # Officials
//
// Doc.Exempt holds the drafter's and the final approver's names. Every
// occurrence of an exempt name is covered by an "official" negative and
// no item contains one. Other public servants acting in duty (reviewing
// team leaders, hearing presiders, committee chairs and secretaries,
// inspectors, school counsellors) are "official" negatives too but are
// not in Exempt. Public servants named as the accused in a disciplinary
// request are citizens for this purpose: their names are items
// (+disciplinary +accused).
//
// Civilian committee members, interviewers from outside, agents,
// guardians, activity helpers, interpreters and 통장 are citizens.
package blindset
