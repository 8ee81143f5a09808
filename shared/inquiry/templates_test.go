package inquiry

import (
	"fmt"
	"html"
	"reflect"
	"strings"
	"testing"
)

// fill sets every string in v (a pointer to a struct) to a distinct
// payload holding markup, quotes and an ampersand, and returns the
// payloads by field path.
func fill(v reflect.Value, path string, out map[string]string) {
	switch v.Kind() {
	case reflect.Pointer:
		fill(v.Elem(), path, out)
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), path+"."+v.Type().Field(i).Name, out)
		}
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		}
		for i := range v.Len() {
			fill(v.Index(i), fmt.Sprintf("%s[%d]", path, i), out)
		}
	case reflect.String:
		p := fmt.Sprintf(`<script>alert(%d)</script><img src=x onerror="a('%d')"> & "%s"`, len(out), len(out), path)
		v.SetString(p)
		out[path] = p
	}
}

func TestMailHTMLEscapesEveryValue(t *testing.T) {
	var n notice
	payloads := map[string]string{}
	fill(reflect.ValueOf(&n), "notice", payloads)
	got, err := n.html()
	if err != nil {
		t.Fatal(err)
	}
	// The parts the HTML shows; the rest (the English subject and quote
	// label, the SMS) belong to the text part or the SMS only.
	shown := []string{"notice.Subject.KO", "notice.Greet", "notice.Lines[0].KO", "notice.Lines[0].EN",
		"notice.Lines[1].KO", "notice.Lines[1].EN", "notice.QuoteLabel.KO", "notice.Quote",
		"notice.Link", "notice.LinkLabel.KO", "notice.LinkLabel.EN"}
	for _, f := range shown {
		if _, ok := payloads[f]; !ok {
			t.Fatalf("notice has no field %s any more; update the test", f)
		}
		if !strings.Contains(got, html.EscapeString(payloads[f])) {
			t.Errorf("%s is not in the HTML, escaped", f)
		}
	}
	for f, p := range payloads {
		if strings.Contains(got, p) {
			t.Errorf("%s appears unescaped in the HTML", f)
		}
	}
	// Only the template's own markup remains: every tag is one of these.
	allowed := map[string]bool{"!doctype": true, "html": true, "head": true, "meta": true, "title": true,
		"body": true, "p": true, "h3": true, "pre": true, "a": true, "hr": true, "div": true}
	for _, tag := range strings.Split(got, "<")[1:] {
		name := strings.TrimPrefix(strings.FieldsFunc(tag, func(r rune) bool { return r == ' ' || r == '>' })[0], "/")
		if !allowed[name] {
			t.Errorf("unexpected tag <%s in the HTML", tag[:min(len(tag), 20)])
		}
	}
}

func TestMailHTMLLinks(t *testing.T) {
	for _, c := range []struct{ link, href string }{
		{"https://plaza.example.org/?inquiry=Q-1#token=a&b", `href="https://plaza.example.org/?inquiry=Q-1#token=a&amp;b"`},
		{StaffLink("http://127.0.0.1:8080/", "Q-1"), `href="http://127.0.0.1:8080/staff/#/inquiries/Q-1"`},
		{"/?inquiry=Q-1#token=x", `href="/?inquiry=Q-1#token=x"`},
		{"javascript:alert(1)", `href="#ZgotmplZ"`},
		{" JavaScript:alert(1)", `href="#ZgotmplZ"`},
		{"java\tscript:alert(1)", `href="#ZgotmplZ"`},
		{"data:text/html,<script>alert(1)</script>", `href="#ZgotmplZ"`},
		{`https://x.example/"><script>`, `href="https://x.example/&#34;&gt;&lt;script&gt;"`},
	} {
		got, err := notice{Link: c.link}.html()
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(got, c.href); n != 2 {
			t.Errorf("link %q: %d × %s in\n%s", c.link, n, c.href, got)
		}
	}
}

// TestMailHTMLShape keeps the rendered mail as it was with html/template.
func TestMailHTMLShape(t *testing.T) {
	n := notice{
		Subject:    line{"질문이 접수되었습니다", "Received"},
		Greet:      "홍길동 님께",
		Lines:      []line{{"가", "A"}, {"나", "B"}},
		QuoteLabel: line{"질문", "Question"},
		Quote:      "한 줄\n두 줄",
		Link:       "https://plaza.example.org/?inquiry=Q-1",
		LinkLabel:  line{"보기", "View"},
		Sender:     "서울특별시 정보소통광장",
	}
	got, err := n.html()
	if err != nil {
		t.Fatal(err)
	}
	want := `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>질문이 접수되었습니다</title></head>
<body style="font-family:sans-serif;line-height:1.6">
<p>홍길동 님께</p>
<p>가</p><p>나</p>
<h3>질문</h3><pre style="white-space:pre-wrap">한 줄
두 줄</pre>
<p><a href="https://plaza.example.org/?inquiry=Q-1">보기</a></p>
<hr>
<div lang="en">
<p>A</p><p>B</p>
<p><a href="https://plaza.example.org/?inquiry=Q-1">View</a></p>
</div>
<p style="color:#666">서울특별시 정보소통광장 — 이 메일은 발신 전용입니다. / This mailbox is not monitored.</p>
</body></html>
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// Without a greeting or a quote, neither appears.
	got, _ = notice{Lines: []line{{"가", "A"}}, Link: "/"}.html()
	if strings.Contains(got, "<h3>") || strings.Contains(got, "<pre") || strings.Count(got, "<p>") != 4 {
		t.Errorf("empty greeting or quote rendered:\n%s", got)
	}
}
