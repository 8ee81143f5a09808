package screen

import (
	"testing"

	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/verify"
)

// TestLowConfidenceDoubtPointsAtItsMask: a layer-1 guess is a doubt whose
// span is in the published (masked) text, as every doubt's is, even when
// an earlier mask in the field changed its length; the finding keeps its
// offsets into the original.
func TestLowConfidenceDoubtPointsAtItsMask(t *testing.T) {
	fields := []Field{
		{Name: "title", Text: "납부 확인", Public: true},
		{Name: "body", Text: "민원인 김영희 씨의 메일 younghee@example.org, 결제 카드 4532-1234-5678-9012 로 납부함", Public: true},
	}
	o := Screen(redact.New(), verify.New(), fields, Options{})
	var doubt *Doubt
	for i, d := range o.Doubts {
		if d.Code == "redact.low_confidence:card" {
			doubt = &o.Doubts[i]
		}
	}
	if doubt == nil {
		t.Fatalf("no low-confidence card doubt: %+v", o.Doubts)
	}
	body := o.Texts[1]
	if doubt.Field != "body" || doubt.End > len(body) || body[doubt.Start:doubt.End] != "4532-****-****-9012" {
		t.Errorf("the doubt points at %d-%d of %q", doubt.Start, doubt.End, body)
	}
	for _, f := range o.Findings {
		if f.Type == "card" && fields[1].Text[f.Start:f.End] != "4532-1234-5678-9012" {
			t.Errorf("the finding's offsets left the original: %q", fields[1].Text[f.Start:f.End])
		}
	}
}
