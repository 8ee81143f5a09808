package verify

import "testing"

// Numbers a scan garbled (a letter for a digit) are doubted when, read as
// digits, they would be a person's; an office's number, a company's, a
// recent date and a short code are not.
func TestGarbledNumbers(t *testing.T) {
	v := New()
	doubted := []string{
		"1) 84O608-1696*** 편숙우 — 타 기관 동일 사업",
		"7   진*연   I960. 12.  9.   경상북도 구미시",
		"6   심*순   7S.08.15   인천광역시 남동구",
		"연락처 o10-6645-8730 하나은행",
		"계좌 3o4-723854-53-617",
	}
	for _, in := range doubted {
		found := false
		for _, d := range v.Check(in, Options{}) {
			if d.Rule == "ocr.garbled" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no ocr.garbled doubt", in)
		}
	}
	clean := []string{
		"시행일 2O24. 3. 15.",
		"B02호 사무실",
		"담당 주무관 전화 O2-2133-5151",
		"(주)한빛 사업자등록번호 1O4-81-23458",
		"문서번호 2O24-OO123-456",
		"A4 용지 1OO매",
	}
	for _, in := range clean {
		for _, d := range v.Check(in, Options{Public: Public{Phones: []string{"022133"}}}) {
			if d.Rule == "ocr.garbled" {
				t.Errorf("%q: doubted %q", in, in[d.Start:d.End])
			}
		}
	}
}
