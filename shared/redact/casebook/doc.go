// Package casebook generates the third evaluation corpus of the redactor:
// whole Korean public-sector documents with every citizen's datum labelled
// and the public look-alikes beside it marked as hard negatives. It was
// written apart from the detector and from the two corpora it was tuned
// on, and it is the final held-out measure: nothing is tuned on it.
//
//	docs := casebook.Generate(seed, n) // []evalset.Doc, deterministic
//
// Document i depends only on seed and i. IDs are "casebook-%05d"; Kind
// names the sort of document; Exempt holds the drafter and the approver.
// Exactly 7 documents in every block of 20 (IDs 0-19, 20-39, …) carry no
// personal data at all; which ones is drawn per block from the seed.
//
// # Documents
//
// Seventeen kinds, each with several templates and one or two without
// personal data: disability_support, livelihood_change, tax_seizure,
// parking_objection, youth_shelter, redevelopment_roster, public_works,
// volunteer_record, litigation_report, complaint_transcript,
// seasonal_workers, epidemiology, school_meal_contract, commendation,
// admin_appeal, disclosure_objection, audit_discipline. A document
// arrives from one source, which decides its artefacts: HWP (tables as
// pipes, tabs, box drawing or one cell per line, page numbers), HWPX (one
// paragraph per cell), DOCX, PDF (hard-wrapped lines, a page header
// repeated on each page, tables read column by column), an OCR'd scan
// (0/O, 1/l, 5/S, 8/B, spaces inside words, 「」 read as []), an e-mail as
// received (headers, quoted replies, X-Originating-IP), or a system export
// (CSV with a header row, a number that lost its leading zero). Inside
// them: letters with 기안문 footers, rosters with telling, untelling,
// missing and two-row merged headers, cells wrapped over two lines, forms
// as label/value tables, lists (comma, middle dot, slash, numbered lines),
// minutes and transcripts (○위원장 김철수, 김철수 위원 :, [김철수],
// 민원인(김철수):), KakaoTalk and SMS quotes, 진술서 and 탄원서 with their
// signature lists, 공고문 and 공시송달.
//
// # Labels
//
// Item.Form is "<place>[:<header>]" and then "+quality" flags. Places:
// body, table, kv (a label and its value, in a line or a form table),
// list, speaker, message, email (a header line), signature, recipient.
// The header is the column header or label as printed, spaces removed;
// under a two-row header it is the lower one and the item has +merged.
// Qualities say how the table was rendered (pipe, tab, aligned, box,
// cells, pdf_columns, csv, noheader, wrapped), how the value is written
// (particle, honorific, spaced, latin, lowercase, transcribed,
// family_first, given_first, compound_surname, given1, given3,
// fullwidth, ocr, partial_mask, mask_missed, spoken, lost_zero, nosep,
// dots, intl, paren, old, region_name, iso, dmy, road, lot, village…),
// what surrounds it (health, criminal, disciplinary, employer, farm,
// sole_trader, lawyer, agent, owned) and repeat for every mention after
// the first. particle means Hangul glued to the value, whether a particle
// (은, 에게, 으로), a copula (입니다) or a suffix (생).
//
// # Conventions
//
// Where a convention could be read two ways, the reading that protects
// the citizen was chosen.
//
//   - name: the name alone, without title, role, honorific (님, 씨, 귀하,
//     군, 양) or particle; internal spaces of a spaced or transcribed name
//     and the line break of a wrapped cell are inside the span; a Latin
//     name is whole ("SANTOS, MARIA CRUZ"). The drafter and approver are
//     exempt and marked "official"; every other official appears by
//     position only ("position"), except officials named in audit and
//     disciplinary findings, whose names are personal data. Private
//     people in a public-facing role are personal data too: union chairs,
//     통장, lawyers and 행정사 of a party, farmers employing workers,
//     sole traders.
//   - Masks: a value masked at least as the city masks it (홍*동, 김○○,
//     김모, 900101-1******, 010-****-5678, h***@naver.com,
//     9410-12**-****-3456, 마포구 성산동 ***) is a negative "masked". A
//     mask that shows more is labelled with +partial_mask: the given name
//     visible (○길동), four or more digits of the back of a registration
//     number, the back with the front hidden, the middle of a mobile
//     number, most of an e-mail's local part, a card with only its last
//     group hidden, the flat of an address with its building number
//     hidden.
//   - birth_date: the date alone (not 생, 생년월일), in any notation
//     including 900101, 19900101, 01.01.1990, 01 JAN 1990 and the spoken
//     "90년 1월 1일". Ages are not labelled.
//   - rrn, frn: the whole number with its separator.
//   - mobile, landline: from the first digit, '+' or the '(' of the area
//     code to the last digit, including "010에 1234에 5678" as a transcript
//     writes speech and a spreadsheet's 1012345678. A citizen's home line
//     (and 070) is personal; office, fax and call-centre numbers and a
//     company's main number are negatives.
//   - email: the whole address of a citizen; departmental and company
//     role addresses are negatives.
//   - card: the whole number.
//   - account: the number only, not the bank or the holder; accounts of
//     the office ("fee_account") and of companies and unions
//     ("org_account") are negatives, a sole trader's own account is not.
//   - passport: the number. driver_licence: the number, with the region
//     name when it stands for the region code (서울 19-123456-01).
//   - vehicle_plate: the whole plate with a leading region name; company,
//     commercial and rental plates (바 사 아 자 허 하 호) are "org_vehicle".
//   - address: from the road name, or the 동/리 of a lot-based address,
//     through the last number or unit (301동 1203호, 2층, B01호, 반지하);
//     the city and district before and the (동, 아파트) reference after
//     are outside. Lots a citizen owns are addresses; a bare 동, a zone
//     ("성산동 200번지 일대"), facilities, the place of a violation and the
//     shops of a patient's route are places; offices', facilities' and
//     companies' addresses are negatives.
//   - ip: the dotted quad.
//   - A value OCR misread is labelled as written (O10-1234-5678, "홍길 동")
//     with +ocr; Text[Start:End] is always the value as planted.
//
// Negative kinds: official, position, office_phone, fax, call_centre,
// official_email, office_address, facility_address, org, org_phone,
// org_address, org_account, org_vehicle, fee_account, biz_no, corp_no
// (shaped like a registration number), unique_no, receipt_no, case_no,
// doc_no, notice_no, contract_no, budget_code, amount, date, time,
// statute, place, word (ordinary words that begin with a surname
// syllable) and masked.
//
// go run ./shared/redact/casebook/cmd/casebookgen -seed 1 -n 400 writes
// the set as JSON Lines; -stats prints its counts.
package casebook
