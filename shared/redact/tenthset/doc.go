// Package tenthset is a tenth hand's evaluation corpus for Plaza's
// personal-data redactor, written without sight of the detector (package
// redact's own files, package verify) or of the other corpora's
// generators.
//
// It produces whole 기안문 of the nine kinds the outside test uses —
// complaint results, committee minutes, subsidy payment lists, notices
// and 공시송달, residents' briefings with sign-in sheets, contract lists,
// criminal complaints, audit results and support for foreign residents —
// as text extraction gives them: pipe, tab, space-aligned, cell-per-line
// and PDF tables, transposed forms, speaker lines, 수신 lines, 결재 lines
// and footers, with full-width digits, stray spaces, line breaks inside
// values and OCR confusions on scanned attachments. About one document
// in four carries no personal data.
//
// Every type of evalset.AllTypes is planted; officials in their role are
// exempt (Doc.Exempt) and kept as hard negatives beside the office's own
// contacts, 사업자등록번호, 법인등록번호, receipt, case, notice and bid
// numbers, statutes, amounts, dates and ordinary words. A resident number
// the clerk masked too little (850302-1234***) is an item, as issue 10
// asks; 850302-1****** is what Plaza's own masking rule (DESIGN.md)
// publishes, and is not planted.
package tenthset
