// Package archive generates the held-out evaluation set for the
// personal-data redactor: whole approved documents (기안문, 공문, 보고서,
// 회의록, 공고문) as text extraction gives them back, with every planted
// personal datum labelled as an evalset.Item and the public data around
// it labelled as evalset.Negative.
//
// It is written apart from the first corpus, with other templates,
// layouts, vocabularies and conventions, so that it measures the redactor
// honestly. Use it to test, never to tune: a rule added because this set
// missed something spoils it.
//
//	docs := archive.Generate(seed, n)  // deterministic; document i depends on seed and i only
//	go run ./shared/redact/archive/cmd/archivegen -seed 1 -n 400 > archive.jsonl
//
// # Documents
//
// IDs are "archive-%05d"; Kind is one of Kinds(): minwon_reply,
// foi_decision, committee_minutes, public_hearing, subsidy_payment,
// penalty_notice, contract_result, criminal_referral, audit_result,
// foreign_resident, welfare_case, parking_enforcement, award_list,
// hiring_result, disaster_relief, youth_support. Each kind has two to
// five templates (a letter to the citizen, a labelled form, a report with a
// table, a 공고문 pasted after its 기안문, an e-mail thread, a numbered
// list…). The issuer is 서울특별시 and its departments, a 자치구 with its
// own domain and exchange, an agency (서울교통공사, 서울시설공단,
// 서울주택도시공사, 서울문화재단) or a 주민센터. Seven in every twenty
// documents, spread evenly over the IDs, hold no personal data at all,
// only hard negatives.
//
// Every document is extracted from one of HWP, HWPX, PDF or DOCX, which
// decides its artefacts: tables drawn with │ ─ ┼, as | rows, tab- or
// space-aligned, one cell per line, or (PDF) column by column; merged
// header cells as two header rows; PDF paragraphs broken wherever the line
// ran out (inside Korean words, with a hyphen inside Latin ones), narrow
// cells wrapped, running headers and page numbers repeated at page breaks.
// The 결재 line comes as one line, labelled lines, one cell per line, an
// arrow chain or a box, with 전결 or 대결 and 협조자; the footer carries
// 시행 number, postcode, office address, 누리집, telephone, fax, the
// drafter's e-mail and the disclosure grade.
//
// # Items
//
// Type is one of evalset.AllTypes. Start and End are byte offsets of
// exactly the value: a name without its particle, honorific or title; a
// telephone number with its brackets and +82; an account number without
// its bank; a date of birth without the 생 after it. An address runs from
// the road or 동/리 name through the last number and the counter glued to
// it (12길 34, 101동 1203호; 화곡동 123-45번지 2층): the province, city
// and district before it and the bracketed 동 or building after it stay
// outside. An address a narrow cell wrapped keeps its line break inside
// the span. Foreigners' registration numbers are frn, citizens' rrn.
//
// Form is "place" or "place:label" followed by qualities, each after '+'.
// Places: table:<column header> (table:none when the table has no header
// row), kv:<key> for labelled values, list, attendee, speaker, speech,
// body, quote, recipient, email_header, email_body, email_quote,
// signature, letter. Qualities of the layout: box, pipe, tab, space, cells,
// columns, merged (table) and colon, box, pipe, tab, space, cells (form),
// wrapped. Qualities of the value: particle (an ending glued on),
// honorific, spaced (홍 길 동), latin, transcribed (a foreign name in
// Hangul), compound_surname, given1, given3, partial_mask. Qualities of the
// context, carried by every item of the person: health, criminal,
// disciplinary, personnel.
//
// # Conventions
//
// Where a case is ambiguous the set takes the reading that protects the
// citizen:
//
//   - Officials acting in duty are not personal data: the names in the
//     결재 line, 협조자, 간사 and 담당 are negatives of kind official, and
//     so is "주무관 김OO". Exempt holds the drafter and the approver; the
//     reviewer and co-signers are recognisable only by their position.
//   - Officials named in audit findings, disciplinary files and
//     commendation lists are personal data (+disciplinary, +personnel).
//   - Committee members, hearing speakers, petition signatories, company
//     representatives (대표자) and site agents are private persons.
//   - A partial mask that still shows most of the value (9001**-1234567,
//     010-12**-5678, 010-1234-****, hong.gild**@…, 1002-***-123456,
//     1234-5678-****-3456, 1980. 3. **., 12가34**) is an item with
//     +partial_mask over the whole masked string. A proper mask
//     (900101-1******, 010-****-5678, 홍*동, 김○○, 이**, h***@…, a birth
//     year alone) is a negative of kind masked.
//   - The place where something happened on a public road or in a public
//     space (위반장소, 방치 장소, "양화로 45") is a negative of kind place;
//     the site of a building a citizen owns is an address.
//   - A corporation's address, telephone and account are negatives
//     (corp_address, corp_phone, corp_account), as are the organisation's
//     own account for fees and refunds (fee_account), registration numbers
//     (biz_no, corp_no, unique_no), and every office number, office e-mail,
//     call centre, postcode and office address. A shop's trade name is an
//     org negative, its owner's name is personal.
//   - Ages, schools, grades, nationalities, 동 names without a number and
//     illnesses fall outside the fourteen types and are not labelled; an
//     illness gives +health to the items of the person it concerns.
//   - A sample of ordinary words that begin with a surname syllable
//     (이번, 정책, 주민, 신청…) is labelled as negatives of kind word.
//
// Other negative kinds: date, time, amount, number, statute, doc_no,
// notice_no, receipt_no, case_no, bid_no, contract_no, budget_code,
// exam_no, url, org, place.
package archive
