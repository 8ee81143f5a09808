package rendition

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
)

// requireTools gives the font and pdftotext (to read the PDF back), or
// skips; under CI, where the check installs both, it fails instead.
func requireTools(t *testing.T) []byte {
	t.Helper()
	font, err := os.ReadFile(DebianFont)
	if err == nil {
		_, err = exec.LookPath("pdftotext")
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("fonts-nanum and poppler-utils are required under CI: %v", err)
		}
		t.Skipf("fonts-nanum or poppler-utils missing: %v", err)
	}
	return font
}

func published() document.Public {
	kst := time.FixedZone("KST", 9*60*60)
	return document.Public{
		Meta: document.Meta{
			ID: "SEOUL-2014-0002", Organization: document.Organization{Code: "6110000", Name: "서울특별시"}, Version: 1, Type: "plan",
			Title: "버스 노선 개편 계획", DocumentNumber: "교통정책과-0002", Department: document.Department{Code: "1100200", Name: "도시교통실 교통정책과"},
			Drafter: document.Person{Name: "김담당", Position: "주무관"}, Approver: document.Person{Name: "이과장", Position: "과장"},
			ApprovedAt: time.Date(2015, 6, 1, 9, 0, 0, 0, kst), Disclosure: document.Disclosure{Grade: document.GradePartial, Exemptions: []string{"6"}},
		},
		Body: "버스 노선을 시민 의견에 따라 개편합니다. 민원인 홍*동(010-****-5678)의 의견을 반영했습니다.\n\n" +
			strings.Repeat("노선별 배차 간격과 정류장 위치를 조정하여 출퇴근 시간의 혼잡을 줄입니다. ", 120),
		Attachments: []document.Attachment{{Name: "붙임1. 노선표.hwp", Text: "간선 101번: 배차 8분"}, {Name: "붙임2. 지도.pdf", Reason: "extract.needs_ocr"}},
		PublishedAt: time.Date(2015, 6, 1, 10, 0, 0, 0, kst),
	}
}

// TestPDFHoldsTheMaskedText reads the PDF back as text: the title, the
// metadata, the masked body (wrapped over more than one page) and the
// attachments' text are there, with the embedded Korean font; the
// officials' names are not.
func TestPDFHoldsTheMaskedText(t *testing.T) {
	font := requireTools(t)
	out, err := PDF(published(), font, "https://plaza.example/documents/SEOUL-2014-0002")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"%PDF-", "/FontFile2", "/CIDFontType2", "/Lang (ko-KR)"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if len(out) > 600_000 {
		t.Errorf("%d bytes: the font is not subset", len(out))
	}
	cmd := exec.Command("pdftotext", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(out)
	txt, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := strings.Join(strings.Fields(string(txt)), " ")
	for _, want := range []string{"버스 노선 개편 계획", "문서번호: 교통정책과-0002", "기관·부서: 서울특별시 도시교통실 교통정책과", "결재일: 2015-06-01",
		"공개 구분: 부분공개 (정보공개법 제9조제1항 제6호)", "출처: https://plaza.example/documents/SEOUL-2014-0002",
		"민원인 홍*동(010-****-5678)의 의견을 반영했습니다.", "첨부: 붙임1. 노선표.hwp", "간선 101번: 배차 8분", "첨부: 붙임2. 지도.pdf",
		"글자로 읽을 수 없어", "원본 파일이 아닙니다", "1 / 3", "3 / 3"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
	for _, bad := range []string{"김담당", "이과장"} {
		if strings.Contains(text, bad) {
			t.Errorf("the PDF names the official %q", bad)
		}
	}
	again, _ := PDF(published(), font, "https://plaza.example/documents/SEOUL-2014-0002")
	if !bytes.Equal(out, again) {
		t.Error("two renditions of one document differ")
	}
}

func TestPDFOfAClosedDocument(t *testing.T) {
	p := published()
	p.MetadataOnly, p.Body, p.Attachments = true, "", nil
	if _, err := PDF(p, nil, ""); !errors.Is(err, ErrClosed) {
		t.Errorf("closed: %v", err)
	}
}
