// Package elevenset is an eleventh hand's evaluation corpus for Plaza's
// personal-data redactor, written without sight of the detector or of the
// other corpora's generators.
//
// It produces whole 기안문 — 수신/경유/제목 header, numbered body, tables,
// 붙임, the 결재 line and a footer with the office's contacts — of sixteen
// kinds (health, welfare, disability, child care, school, foreign
// residents, complaints, disputes, traffic, refunds, housing, land,
// security incidents, contracts, awards, residents' briefings), with tables in the layouts text
// extraction gives: pipe rows, space- and tab-aligned columns, one cell
// per line as HWP tables come out, and PDF rows run together with single
// spaces. About one document in five carries no personal data.
//
// Every item's Form is "place+quality[+context…]": the place is where it
// sits (header, body, list, speaker, kv, table.pipe, table.space,
// table.tab, table.cell, table.pdf, attach, footer); the first quality is
// clean, wrapped, ocr, spaced, fullwidth or sloppy (a partial mask such
// as 881007-2774*** that Plaza's masking rule would not produce, so the
// value still leaks); context tags follow (health, welfare, minor,
// foreign, latin, translit, given, particle, title, holder, rep, sign,
// parcel, unit, code, labelled, unlabelled, offduty). Officials in their duties are in
// Doc.Exempt and kept as hard negatives beside the office's own phone,
// fax, e-mail and address, companies and their registration numbers,
// receipt, case and bid numbers, amounts, dates, statutes, public places
// and ordinary words that look like names (지원, 하나, 구미, 정리, 한결).
package elevenset
