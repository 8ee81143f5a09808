// Package lastset is Plaza's eighth evaluation corpus for the personal-data
// redactor: whole documents written by a hand that has not seen the
// detector, its data or the other corpora, so that its first measurement
// is an honest figure of where the redactor stands.
//
// Generate(seed, n) returns n documents with IDs lastset-00000 …;
// document i depends only on seed and i (its own generator, seeded with
// seed and i), never on n.
//
// # Kinds
//
// Nine kinds of documents, each with several templates:
//
//   - complaint: 민원 처리 결과 통지 — a 민원인 block, the complaint in
//     prose (illegal parking with the other car's plate and its owner,
//     noise from an upstairs flat, a card payment charged twice with a
//     refund account, a delayed passport), the answer; as an HWP letter,
//     a 국민신문고 web printout with the applicant's IP, or the citizen's
//     e-mail forwarded into the record with headers, signature and the
//     official's quoted reply.
//   - minutes: committee minutes — roster of civilian members (personal
//     data) and ex officio members and the secretary (officials, exempt),
//     speaker turns "○ 위원장(이름):" or a speech-to-text transcript with
//     time stamps, interruptions, [불명] gaps, a spectator who reads out his
//     address and phone.
//   - subsidy: payment tables (name, birth date or registration number,
//     address, contact, bank, account, amount; or a 지역화폐 card number),
//     a withheld-payments list in prose, a proxy receiver.
//   - notice: 공시송달 / 사전통지 tables of addressees (birth date, last
//     address, plate or licence number), or a form letter to one person.
//   - briefing: 주민설명회 results — attendance sheet, questions and
//     answers with residents named in running text, or the transcript of
//     the question time.
//   - contract: contract disclosure — companies with business and
//     corporate registration numbers, bid and contract numbers, amounts
//     (all negatives) — followed by individual lecturers and advisers with
//     registration numbers, addresses and accounts.
//   - criminal: 고발장 — the accused's particulars, the facts (accomplice,
//     account, card, car, IP), a witness's statement.
//   - audit: 감사 결과 — findings in prose (double payment, a parking
//     discount to someone else's car, officials looking up a citizen's
//     data from a terminal's IP, a merchant's fake card payments) and
//     tables of the people concerned.
//   - foreign: support for foreign residents — records with Latin and
//     transcribed names, nationality, foreign registration number,
//     passport of the person's country, birth date, contacts; CSV export,
//     web form, HWP, or an English e-mail forwarded by the centre.
//
// # Channels and layouts
//
// Every item's Form starts with its place, "channel[.layout]/section",
// then ":label" for a field or column, then "+quality" marks:
//
//   - hwp.tab, hwp.cell: approval documents as Plaza's HWP extraction
//     gives them — spaced organisation name, 수신/(경유)/제목, tab-joined
//     rows or one cell per line, 끝., the 결재 line (officials, one per
//     line in the cell layout), 협조자, 시행 number, and the footer with the
//     office's postcode, address, site, phone, fax, e-mail and 공개 구분.
//   - ocr: the same documents after a scanner: labels misread (주민둥록번호,
//     연락치), spaces dropped or added, stray marks at line ends, and in
//     about half the values a digit read as a letter (0→O/o, 1→l/I, 5→S,
//     8→B), a space after a separator or between a name's syllables
//     ("+ocr").
//   - email: forwarded threads — headers, X-Originating-IP, quoted lines,
//     signatures.
//   - web: web-form and board printouts — "label: value" or "▶ label :".
//   - csv: spreadsheet exports — comma rows, quoted cells holding commas.
//   - stt: transcripts of recordings — time stamps, speaker turns named
//     before or after the role, interruptions, numbers read out with
//     spaces ("+spoken").
//
// # Value forms
//
// Names: two- and three-syllable Korean names, compound surnames
// (+compound), one- and three-syllable given names (+given1, +given3),
// Latin passport spellings (+latin) and Hangul transcriptions of foreign
// names (+transcribed), names written with spaces between syllables
// (+spaced), names followed by particles and endings (+particle: 은/는,
// 이/가, 을/를, 과/와, 의, 에게, 께서, 님께, 이라고, 이었다, 입니다). Only the
// name is in the span, never the particle.
//
// Registration numbers (rrn; frn for foreigners, 5–8 in the seventh
// digit): with a hyphen, en dash or full-width hyphen, without, with
// spaces, in full-width digits, with or without a valid check digit, and
// sloppy masks that still show most digits (+sloppy). Mobiles: 010 and
// the old 011/016/017/019 prefixes with three- or four-digit middles;
// hyphens, none, spaces, dots, parentheses, +82, full-width, half-hyphen,
// sloppy. Landlines: every area code and 070 in the same forms plus
// "02)123-4567". E-mails: plain, upper case, spaced "@", "(at)", sloppy.
// Cards: Luhn-valid 16-digit and Amex 15-digit, grouped or not, sloppy
// masks that leave twelve digits. Accounts in each bank's grouping (the
// bank's name is a negative). Passports of Korea (old and new formats),
// Vietnam, China, the Philippines, Uzbekistan, Kazakhstan, Nepal,
// Thailand, Mongolia, Cambodia, Indonesia, the United States, Russia,
// Japan, Sri Lanka. Driver licences numeric or with a region name. Plates
// old and new, with region, tight or spaced. Birth dates in dotted,
// ISO, Hangul, two-digit-year, six- and eight-digit, slash, day-month-year,
// English month, apostrophe-year notations. Addresses: road names with
// building numbers, apartment 동/호, the 동 and complex in parentheses,
// lot numbers (번지), 읍·리, partial addresses, "단지 101-1203", postcodes.
// IPs: v4 (sometimes with the last octet masked) and v6.
//
// # Labelling rules
//
// Every occurrence of a labelled value is an item (a name written five
// times is five items); items never overlap each other or a negative.
// Officials in duty are named in Doc.Exempt and planted as "official"
// negatives wherever they appear, and no citizen's name contains an
// official's or the other way round. Hard negatives: the office's own
// phone and fax, e-mail and address; call centres (120, 1345, 1588-…);
// companies, banks, business and corporate registration numbers (the
// latter shaped like a registration number); receipt, document, case,
// bid and contract numbers; budget codes; amounts; non-birth dates;
// statute references; ordinary words with name-like syllables (김장, 이사회,
// 박물관, 정기회의); places; statistics; and values already masked
// properly (김○○, 010-****-1234, 850315-1******), kind "masked".
//
// About a third of the documents carry no personal data at all: the same
// templates, with every citizen's value written as a proper mask.
package lastset
