// Package fieldset generates the fifth evaluation corpus of Plaza's
// redactor: whole Seoul government documents as text extraction delivers
// them, with every personal datum labelled. It was written by a hand that
// did not read the redactor (package redact, verify, screen) or the other
// corpora (docset, archive, casebook, blindset); only the contract of
// package evalset — Doc, Item, Negative and the type names — is shared.
//
// Generate(seed, n) is deterministic: document i depends only on seed and
// i, and its ID is fieldset-%05d. One document in each block of three
// (33%) carries no personal data at all, only hard negatives.
//
// # Kinds
//
// Fifteen kinds, each with the sources it plausibly comes from and the
// office, city or district, that writes it:
//
//	relief_payment     재난지원금·소상공인 지원금 지급 명단 (외국인 주민 포함)
//	parking_appeal     주정차 과태료 의견진술 심의, 차주의 이의신청 e-mail
//	building_permit    건축허가·신고 민원 처리 결과
//	scholarship        장학생 선발 결과 (학생, 보호자)
//	epidemiology       식중독·감염병 역학조사 (환자 명단, 카드 동선, 여권)
//	care_assignment    노인·아동 돌봄 서비스 배정 (대상자, 보호자, 돌보미)
//	public_works       공공근로·안심일자리 참여자 명단
//	youth_rent         청년월세 지원: 온라인 신청서, 보완 e-mail, 확정 명단
//	ad_enforcement     불법 광고물·노점 단속 결과
//	noise_inspection   소음 민원: 온라인 신청, e-mail, 현장 확인 회신
//	apartment_audit    공동주택 관리 감사 (관리주체는 법인, 관련자는 개인)
//	press_release      보도자료 with quoted citizens
//	resident_minutes   주민자치회·시민참여단 회의록 with speaker lines
//	legal_consult      마을변호사 법률상담 결과
//	dispute_mediation  층간소음·임대차 분쟁 조정 결과
//
// # Sources and layouts
//
// A document's channel (hwp, hwpx, pdf, docx, scan, email, webform,
// sheet) decides its frame and its table layouts. Approval documents
// (기안문) have the organization, 수신, (경유), 제목, numbered paragraphs
// with 가/나 items and statute text, 붙임 with 끝., the sender, the 결재
// line (on one line, as 기안자/검토자/결재권자, or one cell per line) and the
// footer with 시행 number, the office's postcode, address, site, phone,
// fax, e-mail and disclosure class. E-mails have headers (보낸 사람/From,
// X-Originating-IP), a forwarding note by the officer and a signature; web
// forms a receipt number, time and client IP; spreadsheets a sheet name
// and a 작성 line. Tables are written as pipes (with or without a rule
// row), tabs, CSV, space-aligned columns (Hangul counted double width),
// one cell per line, column-major (a PDF read column by column), wrapped
// (the last column continues under itself on the next line), key: value
// rows, and with a merged header row above the column heads.
//
// Values vary in form: names common, with rare or compound surnames,
// with one- or three-syllable given names, foreign names transcribed in
// Hangul and in Latin script, spaced out in scans; numbers hyphenated,
// dotted, spaced, run together, with spaced hyphens, in full-width
// digits, international (+82-10-); birth dates in eight notations;
// addresses road, road-gil, lot-number, without the city, in Gyeonggi.
// Item.Form records the form.
//
// # Labels
//
// An item spans the value exactly as written and nothing around it: not
// the label before it, not the particle or ending after it (에게, 의, 은/는,
// 이/가, (으)로, 입니다, 씨, 님, 귀하), not the brackets. A value that a
// wrapped layout breaks over two lines is one item whose span holds the
// line break and the indentation. Every occurrence of a labelled value is
// labelled; items overlap neither each other nor negatives; spans fall on
// rune boundaries.
//
// Masks: 880101-1******, 010-****-5678, 김○○, 김*수, 김OO, 김모 and the
// like hide the person and are negatives of kind "masked"; a mask that
// leaves more than it hides — 881007-2774*** (ten digits shown) or
// 010-1234-56** — is personal data, an item of form "partial-mask".
//
// Negatives (kinds): officials in the course of duty (drafter, reviewer,
// approver, 담당자; also listed in Doc.Exempt) with their office phones
// (02-2133-xxxx and the district offices' numbers), office e-mail,
// address, postcode and site; companies and banks; 사업자등록번호 and
// 법인등록번호 (6-7 digits, shaped like a resident number); receipt, case,
// contract and bid numbers; budget codes; amounts; dates that are not
// birth dates; statute references; aggregated statistics; places and
// districts; ordinary words and names of things that read like names
// (하나은행, 조정안, 새솔경로당).
//
// Before a document is returned, check verifies these invariants; a draw
// that breaks one, typically a short given name that also occurs inside
// an ordinary word, is redrawn from the next random stream.
package fieldset
