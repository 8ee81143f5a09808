package bleve

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
)

// TestKoreanCompoundsAndParticles holds the cases: a compound
// finds its parts written apart and together, a particle does not hide a
// word, and a word the dictionary cannot spell is still found by bigrams.
func TestKoreanCompoundsAndParticles(t *testing.T) {
	x, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	docs := []search.Doc{
		doc("bus1", 1, "시내버스 노선 개편 안내", "버스 노선을 조정합니다."),
		doc("bus2", 1, "버스노선 조정 계획", "마을버스노선도 포함한다."),
		doc("bus3", 1, "교통 대책", "버스 정류장과 지하철 노선 정비"),
		doc("bud1", 1, "2024년 예산안 제출", "예산안을 의회에 제출한다."),
		doc("bud2", 1, "예산 집행 현황", "추가 예산 안 마련"),
		doc("plan", 1, "정보공개 추진계획", "계획을 세워 추진한다."),
		doc("unk", 1, "쀍쀍쀍 시범사업", "쀍쀍쀍 사업의 결과"),
	}
	if err := x.Bulk(ctx, docs); err != nil {
		t.Fatal(err)
	}
	ids := func(q string) []string {
		t.Helper()
		r, err := x.Search(ctx, search.Query{Text: q, Size: 20})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range r.Items {
			out = append(out, h.ID)
		}
		slices.Sort(out)
		return out
	}
	apart, together := ids("버스 노선"), ids("버스노선")
	if !slices.Contains(together, "bus1") || !slices.Contains(together, "bus2") {
		t.Errorf("버스노선 found %v, want bus1 and bus2", together)
	}
	for _, id := range apart {
		if id != "bus3" && !slices.Contains(together, id) {
			t.Errorf("버스 노선 found %s, 버스노선 did not (%v vs %v)", id, apart, together)
		}
	}
	if got := ids("예산안"); !slices.Contains(got, "bud1") {
		t.Errorf("예산안 found %v, want bud1", got)
	}
	if got := ids("계획을"); !slices.Contains(got, "plan") || !slices.Contains(got, "bus2") {
		t.Errorf("계획을 found %v, want plan and bus2", got)
	}
	if got := ids("추진계획"); !slices.Equal(got, []string{"plan"}) {
		t.Errorf("추진계획 found %v, want plan", got)
	}
	if got := ids("쀍쀍쀍"); !slices.Equal(got, []string{"unk"}) {
		t.Errorf("a word the dictionary cannot spell found %v, want unk", got)
	}
	// The compound's document ranks first for the compound.
	r, err := x.Search(ctx, search.Query{Text: "버스노선"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Items) == 0 || r.Items[0].ID != "bus2" {
		t.Errorf("버스노선: first hit %+v, want bus2", r.Items)
	}
	if len(r.Items) > 1 && !strings.Contains(r.Items[1].Snippet, "<mark>") {
		t.Errorf("버스노선: snippet of %s marks nothing: %q", r.Items[1].ID, r.Items[1].Snippet)
	}
}

func TestKoreanAnalyzerPositions(t *testing.T) {
	x, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	an := x.idx.Mapping().AnalyzerNamed(koAnalyzerName)
	var got []string
	for _, tk := range an.Analyze([]byte("버스노선을 예산안 CCTV")) {
		got = append(got, string(tk.Term)+"@"+string(rune('0'+tk.Position)))
	}
	want := []string{"버스@1", "노선@2", "예산안@3", "예산@3", "안@4", "cctv@5"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens %v, want %v", got, want)
	}
}
