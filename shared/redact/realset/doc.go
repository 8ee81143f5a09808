// Package realset is the seventh evaluation set for Plaza's personal-data
// redactor: whole approval documents (기안문 and their attachments) written
// without sight of the redactor or of the other sets, in the shapes that
// Plaza's own extractors (package extract) give real HWP, HWPX, PDF and
// DOCX files.
//
// Generate(seed, n) is deterministic: document i depends only on seed and
// i (IDs realset-%05d). About a third of the documents carry no personal
// data: their people appear only already masked (김○○, 880101-1******,
// 010-****-5678), or as counts.
//
// # Layouts and the samples they imitate
//
// Each document draws a source (hwp, hwpx, pdf, docx) and is laid out as
// that source's extractor delivers it (studied on /work/shared/samples):
//
//   - HWP 5 tables (디지털 정부혁신 추진계획.hwp, minimal-body-table.hwp):
//     cells joined by tabs, one row a line; a cell's second paragraph comes
//     out as a continuation line that starts with tabs; labels and names
//     letter-spaced by character spacing ("하 임", "성   명").
//   - HWPX forms (test.hwpx 서식 1–17): label/value pairs on one tab line
//     ("대  표  자\t홍길동   (인)\tFAX\t…"); text-box forms flattened into
//     one long line with runs of spaces ("○ 법인등록번호 :   … ○ 대   표
//     자 :   …   (인)  전화번호 : …  강북구청장  귀하"); the transposed
//     table of 프로젝트 계획서.hwpx (one field a row, people across:
//     "참가자 성명\t고길동\t홍길동").
//   - Press release (mot.hwpx): "구\t보도자료", "보도시점\t…\t배포\t…",
//     and the contact box "담당 부서\t…\t책임자\t과장\t이름\t(전화)".
//   - PDF (kbo_only_table.pdf, kbo_table_text.pdf, korean_texts_two_page.pdf):
//     paragraphs hard-wrapped at a page width, mid-phrase; table rows either
//     tab-joined or, when a cell wraps, one cell a line with the wrapped cell
//     spilling onto the next line (an address then spans a line break);
//     page numbers ("- 2 -") and running headers between pages.
//   - DOCX (sample-word-document.docx): plain "label: value" paragraphs.
//
// A 생년월일 column keeps one notation for the document, mostly (a
// six-digit code in four documents of ten); sign-in sheets mix phone
// notations as people wrote them.
//
// Every 기안문 ends with the 결재 block as a table (기안자/검토자/결재권자,
// or ranks on one row and names on the next), 시행 document number, 우편번호,
// the office's own address, phone, fax and e-mail — all public negatives.
//
// # Kinds
//
// complaint (민원 처리 결과 통보, 민원 처리부, 국민신문고 출력본 with the
// filing IP), minutes (위원회 회의록: attendee lists and tables, three
// speaker-line styles, 이름: lines, signatures), subsidy (지급 명단 with
// six-digit birth codes and accounts), disposition (행정처분 사전통지서,
// 공시송달 공고 with plates), briefing (주민설명회 Q&A and sign-in sheet),
// contract (수의계약 현황, contract sheet: 대표자 personal; 사업자등록번호,
// 법인등록번호, 입찰공고번호 public), criminal (고발·수사의뢰), audit (감사
// 결과: disciplined officials are personal, auditors are not), foreign
// (외국인 주민 지원: Latin names, Hangul transcriptions, foreign passports,
// 외국인등록번호, a Korean spouse's passport, an exchanged driving
// licence), welfare (사례회의, 방문 건강관리: names with a diagnosis
// or disability, a household in the transposed layout), press (보도자료 naming residents), bidform (입찰 참가
// 서류: 위임장, 납부확약서, 참여요원 현황).
//
// # Labelling rules
//
//   - Every mention of a labelled value is an item; generation redraws a
//     document in which a value also occurs outside its items.
//   - Names: the span is the name alone; particles (에게, 의, 은/는, 이/가,
//     (으)로, 이라고, 씨, 님, 귀하 attached) stay outside. Letter-spaced
//     names ("김 철 수"), compound surnames, one- and three-syllable given
//     names, Latin names and Hangul transcriptions are names. Citizens,
//     company representatives, committee members (민간위원), residents,
//     suspects and disciplined officials are personal; officials acting in
//     office are negatives and listed in Doc.Exempt.
//   - Numbers: RRN/FRN with valid check digits, also spaced, bare,
//     full-width, dotted and sloppily masked (881007-2774***, which still
//     counts); mobiles (dashed, spaced, dotted, bare, +82, 010-1234-56**);
//     landlines ((02)123-4567, 02)123-4567, dotted, spaced); accounts
//     (the bank name beside it is a negative); cards; passports (Korean
//     M12345678 / M123A4567 and Chinese, Vietnamese, Philippine, Uzbek,
//     Mongolian shapes); driver licences (with or without region);
//     plates; IPs. Dates of birth in ten notations and six-digit codes in
//     a 생년월일 column. Addresses: road, road-gil and lot-number forms
//     (성수동1가 498-44), with 동/호 and the bracketed reference items.
//   - Form is "place:field+quality…"; places are table.hwp, table.hwpx,
//     table.pdf, table.pdflines, table.docx, table.cont, table.transposed,
//     kv.tab, kv.colon, kv.pdf, flat, prose, speaker, attendees, sign, list.
//
// Hard negatives: officials, the office's phones, fax, e-mail, address and
// zip, document and receipt numbers, bid numbers, 사업자등록번호,
// 법인등록번호, companies and their phones, banks, budget codes, amounts,
// statistics, facilities, and already-masked values.
package realset
