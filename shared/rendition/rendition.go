// Package rendition makes Plaza's own renditions of a published document:
// a PDF of its redacted text, for citizens to save, print and share. It
// reads only the public object (document.Public), whose text is already
// masked, so a rendition can hold nothing the API would not show; the
// original files never reach it.
package rendition

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/seoul-plaza/plaza/shared/document"
)

// ErrClosed is returned for a closed document: it has no text to render.
var ErrClosed = errors.New("rendition: closed document has no text")

// kst is where documents are approved: dates are Korea's.
var kst = time.FixedZone("KST", 9*60*60)

var grades = map[string]string{document.GradePublic: "공개", document.GradePartial: "부분공개", document.GradeClosed: "비공개"}

// PDF renders p's masked text as an A4 PDF with font (a TrueType font
// with Hangul, embedded as a subset of the glyphs used) and source, the
// address of the document's page, printed on it. Officials' names are
// left out, as on the open-data page: a saved copy lives on beyond a
// later mask or retraction, so it carries what its reader needs and no
// more. The output depends only on p, font and source.
func PDF(p document.Public, font []byte, source string) ([]byte, error) {
	if p.MetadataOnly || p.Disclosure.Grade == document.GradeClosed {
		return nil, ErrClosed
	}
	f := fpdf.New("P", "mm", "A4", "")
	// A fixed date keeps the file the same for the same document, so
	// caches and tests see one rendition per version.
	f.SetCreationDate(p.PublishedAt)
	f.SetModificationDate(p.PublishedAt)
	f.SetLang("ko-KR")
	f.SetTitle(p.Title, true)
	f.SetSubject(p.DocumentNumber, true)
	f.SetAuthor(strings.TrimSpace(p.Organization.Name+" "+p.Department.Name), true)
	f.SetCreator("정보소통광장 (Plaza)", true)
	f.AddUTF8FontFromBytes("body", "", font)
	f.SetMargins(20, 20, 20)
	f.SetAutoPageBreak(true, 20)
	f.AliasNbPages("")
	f.SetFooterFunc(func() {
		f.SetY(-14)
		f.SetFont("body", "", 8)
		f.SetTextColor(90, 90, 90)
		f.CellFormat(0, 5, fmt.Sprintf("정보소통광장 · 개인정보를 가려 공개한 사본입니다 (원본 파일이 아닙니다) · %d / {nb}", f.PageNo()), "", 0, "C", false, 0, "")
	})
	f.AddPage()

	f.SetFont("body", "", 16)
	f.MultiCell(0, 8, p.Title, "", "L", false)
	f.Ln(2)
	f.SetFont("body", "", 9.5)
	f.SetTextColor(60, 60, 60)
	grade := grades[p.Disclosure.Grade]
	if len(p.Disclosure.Exemptions) > 0 {
		items := make([]string, len(p.Disclosure.Exemptions))
		for i, x := range p.Disclosure.Exemptions {
			items[i] = "제" + x + "호"
		}
		grade += " (정보공개법 제9조제1항 " + strings.Join(items, ", ") + ")"
	}
	for _, line := range [][2]string{
		{"문서번호", p.DocumentNumber},
		{"기관·부서", strings.TrimSpace(p.Organization.Name + " " + p.Department.Name)},
		{"결재일", date(p.ApprovedAt)},
		{"공개일", date(p.PublishedAt)},
		{"공개 구분", grade},
		{"출처", source},
	} {
		if line[1] != "" {
			f.MultiCell(0, 5, line[0]+": "+line[1], "", "L", false)
		}
	}
	if p.Reported {
		f.MultiCell(0, 5, "일부 내용이 시민 신고로 가려졌습니다.", "", "L", false)
	}
	f.Ln(4)
	f.SetTextColor(0, 0, 0)
	text(f, p.Body)
	for _, a := range p.Attachments {
		f.Ln(4)
		f.SetFont("body", "", 12)
		f.MultiCell(0, 6, "첨부: "+a.Name, "", "L", false)
		f.Ln(1)
		if a.Reason != "" {
			f.SetFont("body", "", 9.5)
			f.MultiCell(0, 5, "이 파일의 내용은 글자로 읽을 수 없어 공개 목록에만 표시합니다.", "", "L", false)
			continue
		}
		text(f, a.Text)
	}
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		return nil, fmt.Errorf("render %s: %w", p.Key(), err)
	}
	return out.Bytes(), nil
}

// text writes s paragraph by paragraph, wrapping long lines.
func text(f *fpdf.Fpdf, s string) {
	f.SetFont("body", "", 10.5)
	for _, para := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(para) == "" {
			f.Ln(3)
			continue
		}
		f.MultiCell(0, 5.6, para, "", "L", false)
	}
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(kst).Format(time.DateOnly)
}

// DebianFont is NanumGothic (SIL Open Font License 1.1) where Debian's
// fonts-nanum package installs it: the font the one-machine stack and the
// tests embed.
const DebianFont = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
