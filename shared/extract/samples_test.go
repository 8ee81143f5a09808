package extract

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/teamdata"
)

// readSample reads one sample file from the team's shared folder; a
// missing file fails under CI and skips elsewhere.
func readSample(t testing.TB, rel string) []byte {
	t.Helper()
	return teamdata.Read(t, "samples", rel)
}

// sampleCases lists every sample with phrases read off its extracted
// text and checked against the samples README.
var sampleCases = []struct {
	file    string
	format  string
	pages   int // PDF only
	phrases []string
	code    string // expected Problem code, for the negative samples
}{
	{file: "docx/sample-word-document.docx", format: FormatDOCX, phrases: []string{
		"Semantic Search",
		"정의: 의미론적 검색은 사용자의 질의를 단순한 키워드 매칭을 넘어서",
		"연관키워드: 자연어 처리, 벡터화, 딥러닝",
		"Tokenizer",
	}},
	{file: "hwpx/Table.hwpx", format: FormatHWPX, phrases: []string{
		"C반 기말고사",
		"이름\t국어\t영어\t수학",
		"개똥이\t89\t65\t78",
		"합계",
	}},
	{file: "hwpx/mot.hwpx", format: FormatHWPX, phrases: []string{
		"문화체육관광부\t보도자료",
		"2024 파리 올림픽·패럴림픽 준비하는 우리 선수단 격려한다",
		"장미란 제2차관, 진천 국가대표 선수촌, 이천 장애인 국가대표 선수촌 방문",
	}},
	{file: "hwpx/multipara.hwpx", format: FormatHWPX, phrases: []string{
		"'어썸킴' 김하성(27·샌디에이고 파드리스)이 시원한 3점홈런을 폭발했다.",
		"7번타자 2루수로 선발 출전했다.",
	}},
	{file: "hwpx/test.hwpx", format: FormatHWPX, phrases: []string{
		"『제2회 가을밤의 음악축제』",
		"행사대행 용역 제안요청서",
		"강 북 구 청 (문화관광체육과)",
		"다. 행사장소: 국립4·19민주묘지",
		"문화 행사\t15:00 ~ 17:30\t소규모 문화행사(공연 제외)",
	}},
	{file: "hwpx/테스트문서.hwpx", format: FormatHWPX, phrases: []string{
		"개요 내용입니다", "문서요약", "문서의 URL 링크 정보는 바로가기 위치입니다.",
	}},
	{file: "hwpx/프로젝트 계획서.hwpx", format: FormatHWPX, phrases: []string{
		"프로젝트계획서 PROJECT PROPOSAL",
		"작성일자\t0000년 00월 00일\t작성자",
		"프로젝트 기간\t0000년 00월 00일 ~ 0000년 00월 00일",
	}},
	{file: "hwp/디지털 정부혁신 추진계획.hwp", format: FormatHWP, phrases: []string{
		"디지털 정부혁신 추진계획\n2019. 10. 29.",
		"관계부처 합동",
		"① 선제적·통합적 대국민 서비스 혁신",
		"UN전자정부평가에서 2010‧12‧14년 1위",
		"1\t 선제적·통합적 대국민 서비스 혁신", // a table row
	}},
	{file: "hwp/han_grammar.hwp", format: FormatHWP, phrases: []string{
		"등록번호 2011-01-41",
		"한국 어문 규정집",
		"‘한글 맞춤법 통일안’(1933 년)",
		"예: 롬3-1\t‘국어의 로마자 표기법’ 제3장 제1항",
		"발 행 처 국립국어원", // the colophon, in the second section
	}},
	{file: "hwp/han_special_char.hwp", format: FormatHWP, phrases: []string{
		"한글 특수문자표",
		"ㄴ ＂ （ ） ［ ］ ｛ ｝ ‘ ’ “ ”",
		"ㅆ А Б В Г Д",
		"℃ Å ￠ ￡ ￥",
	}},
	{file: "hwp/minimal-body-table.hwp", format: FormatHWP, phrases: []string{
		"편집 탭 – 표",
		"□ 표 만들기, 표 그리기, 표 지우기",
		"제목\t담당자\t세부 내용",
		"셀 편집\t하 임",
		"□ 표 안에서 앞줄 맞추기(Ctrl+Shift+Tab)",
	}},
	{file: "hwp/password-12345.hwp", format: FormatHWP, code: CodeEncrypted},
	{file: "hwp/test-distribute.hwp", format: FormatHWP, code: CodeDRMLocked},
	{file: "pdf/korean_texts_two_page.pdf", format: FormatPDF, pages: 2, phrases: []string{
		"【보통약관】\n제1관 목적 및 용어의 정의",
		"제1조(목적) 이 보험계약(이하 ‘계약’이라 합니다)은 보험계약자(이하 ‘계약자’라 합니다)와",
		"가. 계약자: 회사와 계약을 체결하고 보험료를 납입할 의무를 지는 사람을 말합니다.",
		"5. 전쟁, 외국의 무력행사, 혁명, 내란, 사변, 폭동", // page 2
	}},
	{file: "pdf/kbo_table_text.pdf", format: FormatPDF, pages: 1, phrases: []string{
		"제21조 주·야간경기 및 경기개시 시간",
		"구분\t토요일\t일요일/공휴일\t평일",
		"* 3, 4, 5, 9, 10월의 일요일 경기 중 특정경기에 한해 경기개시 시간 변경 가능",
		"제22조 경기시간 제한",
	}},
	{file: "pdf/kbo_only_table.pdf", format: FormatPDF, pages: 1, phrases: []string{
		"2024년 KBO 리그 규정 변경 요약사항",
		"구분\t변경 전\t변경 후",
		"자동 투구 판정 시스템(ABS)을 도입하고,",
		"KBO 피치클락 규정",
	}},
	// HWP 3.0: both samples are mostly characters that are not mapped
	// (HNC symbols, level-2 Hanja), so they are refused rather than
	// published with holes; the mapped text is tested in package hwp3.
	{file: "hwp3/han_special_char_3.0.hwp", format: FormatHWP3, code: CodeUnsupported},
	{file: "hwp3/4e00-62ff.hwp", format: FormatHWP3, code: CodeUnsupported},
	{file: "hwp3/empty-v3.hwp", format: FormatHWP3, code: CodeEmpty},
}

func TestSamples(t *testing.T) {
	x := New()
	for _, c := range sampleCases {
		t.Run(c.file, func(t *testing.T) {
			data := readSample(t, c.file)
			res, err := x.Extract(context.Background(), filepath.Base(c.file), data)
			if res.Format != c.format {
				t.Errorf("format = %q, want %q", res.Format, c.format)
			}
			if c.code != "" {
				p, ok := document.Reason(err)
				if !ok || p.Code != c.code {
					t.Fatalf("err = %v, want code %s", err, c.code)
				}
				if res.Text != "" {
					t.Errorf("text returned with a problem: %q", res.Text[:min(len(res.Text), 80)])
				}
				return
			}
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			for _, ph := range c.phrases {
				if !strings.Contains(res.Text, ph) {
					t.Errorf("text lacks %q", ph)
				}
			}
			if res.Pages != c.pages {
				t.Errorf("pages = %d, want %d", res.Pages, c.pages)
			}
			if strings.ContainsRune(res.Text, '\uFFFD') {
				t.Errorf("text has replacement characters")
			}
			for _, b := range res.Blocks {
				if b.Start < 0 || b.End > len(res.Text) || b.Start > b.End {
					t.Errorf("block %+v out of range %d", b, len(res.Text))
				}
			}
		})
	}
}

// TestSampleLimits runs real samples into the limits: a decompressed HWP
// stream, the extracted text size and the deadline.
func TestSampleLimits(t *testing.T) {
	ctx := context.Background()
	grammar := readSample(t, "hwp/han_grammar.hwp")
	_, err := NewWith(Limits{MaxHWPStreamBytes: 64 << 10}).Extract(ctx, "g.hwp", grammar)
	wantCode(t, err, CodeTooLarge)
	_, err = NewWith(Limits{MaxTextBytes: 64 << 10}).Extract(ctx, "g.hwp", grammar)
	wantCode(t, err, CodeTooLarge)
	_, err = NewWith(Limits{Timeout: time.Microsecond}).Extract(ctx, "g.hwp", grammar)
	wantCode(t, err, CodeTimeout)
	// Truncated: half of the file.
	_, err = New().Extract(ctx, "g.hwp", grammar[:len(grammar)/2])
	wantCode(t, err, CodeCorrupt)
	hwpx := readSample(t, "hwpx/test.hwpx")
	_, err = New().Extract(ctx, "t.hwpx", hwpx[:len(hwpx)-100])
	wantCode(t, err, CodeCorrupt)
}

// TestConcurrentUse runs one Extractor from several goroutines, as the
// ingest stage may (run under -race to check for shared state).
func TestConcurrentUse(t *testing.T) {
	x := New()
	files := []string{"hwp/minimal-body-table.hwp", "hwpx/Table.hwpx", "pdf/kbo_only_table.pdf", "docx/sample-word-document.docx"}
	want, data := map[string]string{}, map[string][]byte{}
	for _, f := range files {
		data[f] = readSample(t, f)
		res, err := x.Extract(context.Background(), f, data[f])
		if err != nil {
			t.Fatal(err)
		}
		want[f] = res.Text
	}
	errs := make(chan error, 4*len(files))
	for range 4 {
		for _, f := range files {
			go func() {
				res, err := x.Extract(context.Background(), f, data[f])
				if err == nil && res.Text != want[f] {
					err = fmt.Errorf("%s: text differs between runs", f)
				}
				errs <- err
			}()
		}
	}
	for range 4 * len(files) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
