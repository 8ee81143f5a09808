package review

import (
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/redact"
)

func candidate() *document.Public {
	return &document.Public{
		Meta: document.Meta{Title: "교섭 전략 보고", Keywords: []string{"교섭", "전략"},
			Disclosure: document.Disclosure{Grade: document.GradePartial, Exemptions: []string{"5", "6", "5"}, Note: "협상 중"}},
		Body:        "1. 개요\n협상 하한선은 3억 원이다. 담당 홍길동.\n2. 일정\n하한선 3억 원은 대외비.",
		Attachments: []document.Attachment{{Name: "붙임.txt", Text: "하한선 3억 원 근거"}},
	}
}

func TestApplyMasksRangesByCharacterWithTheOneRule(t *testing.T) {
	pub := candidate()
	body := []rune(pub.Body)
	start := strings.Index(pub.Body, "3억")
	rs := len([]rune(pub.Body[:start]))
	name := len([]rune(pub.Body[:strings.Index(pub.Body, "홍길동")]))
	before, after, p := Apply(pub, []Span{
		{Field: "body", Start: rs, End: rs + 4},                            // "3억 원", type other
		{Field: "body", Start: name, End: name + 3, Type: redact.TypeName}, // 홍길동 → 홍*동
	})
	if p != nil {
		t.Fatal(p)
	}
	if before["body"] != string(body) {
		t.Errorf("before is not the old text")
	}
	want := strings.Replace(strings.Replace(string(body), "3억 원이다", "** *이다", 1), "홍길동", redact.Mask(redact.TypeName, "홍길동"), 1)
	if pub.Body != want || after["body"] != want {
		t.Errorf("body\n got %q\nwant %q", pub.Body, want)
	}
	if !strings.Contains(pub.Body, "홍*동") {
		t.Errorf("a typed span does not use the name rule: %q", pub.Body)
	}
	if _, ok := before["title"]; ok {
		t.Error("an untouched field is in the audit")
	}
}

func TestApplyMasksExactStringsInEveryField(t *testing.T) {
	pub := candidate()
	_, after, p := Apply(pub, []Span{{Text: "3억 원"}})
	if p != nil {
		t.Fatal(p)
	}
	for _, f := range []string{pub.Body, pub.Attachments[0].Text} {
		if strings.Contains(f, "3억") {
			t.Errorf("left unmasked: %q", f)
		}
	}
	if len(after) != 2 || after["attachments[0].text"] != "하한선 ** * 근거" {
		t.Errorf("after = %v", after)
	}
}

func TestApplyRefusesWhatItCannotDo(t *testing.T) {
	cases := map[string][]Span{
		"no spans":      nil,
		"past the end":  {{Field: "title", Start: 0, End: 99}},
		"overlap":       {{Field: "body", Start: 0, End: 5}, {Field: "body", Start: 3, End: 8}},
		"unknown field": {{Field: "drafter.name", Start: 0, End: 1}},
		"empty range":   {{Field: "body", Start: 4, End: 4}},
		"both forms":    {{Field: "body", Start: 0, End: 2, Text: "개요"}},
		"not found":     {{Text: "없는 문구"}},
		"unknown type":  {{Text: "개요", Type: "secret"}},
		"only spaces":   {{Text: "   "}},
		"punctuation":   {{Field: "body", Start: 1, End: 3}},
	}
	for name, spans := range cases {
		pub := candidate()
		if _, _, p := Apply(pub, spans); p == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// A closed document lists no body: its body is no field to mask.
	pub := candidate()
	pub.MetadataOnly = true
	if _, _, p := Apply(pub, []Span{{Field: "body", Start: 0, End: 2}}); p == nil {
		t.Error("masked the body of a document listed by metadata only")
	}
}

func TestRequiredAndDecisions(t *testing.T) {
	pub := candidate()
	req := Required(pub)
	if strings.Join(req, ",") != "5,6" {
		t.Fatalf("required %v", req)
	}
	cases := []struct {
		d               map[string]string
		masked, machine bool
		code            string
	}{
		{map[string]string{"5": Masked, "6": NotPresent}, true, false, ""},
		{map[string]string{"5": Masked}, true, false, "review.exemption_undecided"},
		{map[string]string{"5": Masked, "6": Masked}, false, true, "review.masked_nothing"}, // 5 masked, nothing masked
		{map[string]string{"5": NotPresent, "6": Masked}, false, true, ""},                  // 6 answered by layer 1
		{map[string]string{"5": NotPresent, "6": Masked}, false, false, "review.masked_nothing"},
		{map[string]string{"5": "yes", "6": NotPresent}, true, false, "review.bad_decision"},
		{map[string]string{"5": Masked, "6": NotPresent, "2": NotPresent}, true, false, "review.unknown_exemption"},
	}
	for i, c := range cases {
		p := CheckDecisions(req, c.d, c.masked, c.machine)
		got := ""
		if p != nil {
			got = p.Code
		}
		if got != c.code {
			t.Errorf("case %d: %q, want %q", i, got, c.code)
		}
	}
	pub.MetadataOnly = true
	if r := Required(pub); len(r) != 0 {
		t.Errorf("a closed document needs decisions %v", r)
	}
}

func TestCopyIsDeep(t *testing.T) {
	pub := candidate()
	c := Copy(pub)
	Apply(c, []Span{{Text: "3억 원"}})
	if !strings.Contains(pub.Body, "3억") || !strings.Contains(pub.Attachments[0].Text, "3억") {
		t.Error("masking a copy changed the original")
	}
}
