// Package citydocs generates the sixth evaluation corpus of Plaza's
// redactor: whole Seoul-area government documents (기안문 and their
// attachments) as text extraction from HWP, HWPX, PDF and DOCX delivers
// them, with every citizen's personal datum labelled. It was written by a
// hand that did not read the redactor (the .go files of package redact,
// verify, screen, review) or the other corpora (docset, archive, casebook,
// blindset, fieldset); only the contract of package evalset — Doc, Item,
// Negative, the type names and the scoring rule (an item is found when its
// digits, Latin letters and, for names, Hangul are covered; negatives must
// stay untouched) — is shared.
//
// Generate(seed, n) is deterministic: document i depends only on seed and
// i (each document has its own PCG stream; a document that breaks a
// labelling rule is redrawn from the next stream of the same i), and its
// ID is citydocs-%05d. The kind cycles through the nine kinds; one
// document in three, decorrelated from the kind, carries no personal data
// at all: every person appears only masked (김○○, 880101-1******,
// 010-****-5678, 서울 마포구 ○○○, B****), as a negative, or as 비공개.
//
// # Kinds
//
//	complaint  민원 처리 결과 통보: a letter to the complainant (수신 … 귀하,
//	           민원 개요 가)/나) rows, a neighbour or an offending vehicle in
//	           the 신청 내용), a 민원 처리 현황 table of complainants, or a
//	           통지서 form extracted one cell per line (with 신청 IP)
//	minutes    위원회 회의록: attendee list, table or 이름: lines; speaker lines
//	           "위원 김철수:", "○ 홍길동 위원", "김철수 위원:"; 제척 notes
//	subsidy    보조금·지원금 지급 명단: 성명, 생년월일 (six-digit column or
//	           other notations) or 주민등록번호, 주소, 은행, 계좌번호, 예금주
//	           repeating the name (or a company), 연락처, 지급액; or a
//	           선불카드번호 column instead of the bank columns
//	notice     행정처분 사전 통지서 (key/value or tab rows, age "(만 N세)" as a
//	           negative) or 공시송달 공고 with a table of addressees,
//	           addresses and vehicle plates
//	briefing   주민설명회 결과: Q&A lines by residents, a sign-in sheet (성명,
//	           주소 or 동 only, 연락처 as mobile, landline or e-mail)
//	contract   계약 현황: 입찰공고번호, 업체명, 대표자, 사업자등록번호, 법인등록번호
//	           (all public but the 대표자 and the 현장대리인)
//	criminal   고발·수사의뢰: 피고발인/피의자 block (성명, 주민등록번호, 주소,
//	           연락처, 운전면허), facts with plates, accounts, IPs or cards,
//	           victims with "1988년 10월 7일생", prior records, accomplices
//	audit      감사 결과: 수급자 (related citizen), disciplined officials in
//	           prose and in a 관련자 table (labelled: they are the subject of
//	           discipline, not acting in duty), informants; the 감사반 and
//	           결재 officials are exempt
//	foreign    외국인 주민 지원: Latin-script names (NGUYEN VAN AN), Hangul
//	           transcriptions (응우옌 반 안), 외국인등록번호, passports of several
//	           countries, 체류자격 (negative), Korean spouses with RRNs
//
// # Layouts
//
// Tables come as "|" pipes (with or without a ---|--- rule), tab-separated
// columns, space-aligned columns or one cell per line (HWP). Documents
// have the organization line, 수신 (내부결재, 수신자 참조, a person 귀하),
// (경유), 제목, numbered paragraphs with 가./가)/○/- items, 붙임, 끝., the
// sender, the 결재 line (기안자/검토자/결재권자 on one line, one cell per
// line with a date, arrows with (전결), or a tab grid), 협조자, 시행 number,
// postcode, office address, site, phone, fax and official e-mail.
//
// # Value forms
//
// Names: two-syllable given names, one-syllable (+short) and
// three-syllable (+long) given names, compound surnames 남궁/제갈/선우/황보/
// 독고/사공/서문 (+compound), spaced "김 철 수" (+spaced), particles and
// endings 에게, 의, 은/는, 이/가, (으)로, 입니다, 님, 씨, 귀하, 님께서
// (+particle:…, the span excludes them), Latin (+latin) and transcribed
// (+translit) foreign names. RRN and FRN: hyphenated, compact, spaced hyphen, partial masks
// 881007-2774***. Birth dates: 1988.10.07, 88.10.07., 1988년 10월 7일,
// 881007, 1988-10-07, 1988. 10. 7., 1988/10/07, 19881007. Mobiles:
// 010-1234-5678, compact, spaced, dotted, 010)1234-5678, 010-1234-56**.
// Landlines: (02)123-4567, 02)123-4567, 02.123.4567, 02 123 4567,
// 031-123-4567. Accounts in each bank's shape; cards 9410-1234-5678-9012
// (sometimes with a masked group); passports M12345678, M123A4567 and the
// shapes of Vietnam, China, the Philippines, Uzbekistan, Mongolia,
// Thailand, the United States, Russia, Nepal; driver licences
// 11-23-123456-78 and 서울 12-345678-90; plates 12가 3456, 123나 4567,
// 서울 12가 3456; addresses road, road-gil, lot-number (성수동1가 498-44),
// with 동/호 or 층; IPv4 addresses.
//
// # Labelling rules
//
// Every mention of a person is labelled, however often the name recurs;
// every occurrence in the text of a labelled value lies inside an item;
// items never overlap each other or negatives; the value span excludes
// particles, brackets and labels. Officials acting in duty (결재 line,
// 협조자, 담당자, 배석, 감사반) are negatives of kind "official" and listed
// in Doc.Exempt. Hard negatives: office_phone, office_fax, office_email,
// office_address, company, company_address, bank, bizno (사업자등록번호),
// corpno (법인등록번호 110111-1234567, only after its label), receipt_no
// (국민신문고 1AA-2312-0012345, 제2024-00123호), bid_no, budget_code, doc_no,
// amount, date (never a birth date), age, statute (chosen mostly to fit
// the kind), word (지급액, 조정안, 고소, 하나), place (venues and facilities
// such as 망원한강공원), stat (aggregate counts and rates), visa_status,
// and masked values, also in documents with personal data (an earlier
// attendee or addressee quoted as 김○○(010-****-5678)). Amounts add up:
// a payment list's rows, its 합계 and the 총 in its header agree.
//
// Form is "place[:column]+quality…": places are recv, kv, list, speaker,
// qa, sign, prose, cell.prose, table.pipe, table.tab, table.space and
// table.cell; qualities include particle, spaced, compound, short, long,
// latin, translit, holder, signin, criminal, victim, related,
// disciplined, partialmask, compact and the date and phone notations.
package citydocs
