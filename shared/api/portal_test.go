package api

import (
	"bytes"
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const chromiumPath = "/usr/bin/chromium"

// chromium runs headless Chromium on url with extra flags and returns stdout.
func chromium(t *testing.T, extra ...string) []byte {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is required under CI (apt-get install -y chromium): %v", err)
		}
		t.Skipf("chromium not installed: %v", err)
	}
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + t.TempDir(), "--virtual-time-budget=5000",
	}, extra...)
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromiumPath, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", extra, err, stderr.String())
	}
	return stdout.Bytes()
}

func dumpDOM(t *testing.T, url string) string {
	t.Helper()
	return string(chromium(t, "--dump-dom", url))
}

func mustContain(t *testing.T, what, dom string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(dom, s) {
			t.Errorf("%s: DOM lacks %q", what, s)
		}
	}
}

func mustNotContain(t *testing.T, what, dom string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if strings.Contains(dom, s) {
			t.Errorf("%s: DOM contains %q", what, s)
		}
	}
}

// TestPortalInChromium loads the portal in a real browser and checks what
// its script rendered from the API. Each page is one Chromium process; two
// run at a time, which is what the 2-core CI machine can take.
func TestPortalInChromium(t *testing.T) {
	e := newEnv(t)
	srv := httptest.NewServer(e.h)
	t.Cleanup(srv.Close) // after the parallel subtests, unlike defer
	slots := make(chan struct{}, 2)
	page := func(name string, fn func(t *testing.T)) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			slots <- struct{}{}
			defer func() { <-slots }()
			fn(t)
		})
	}

	// One Chromium process renders the search page on a phone's viewport,
	// dumps its DOM and takes the screenshot to look at.
	page("search on a phone", func(t *testing.T) {
		dir := os.Getenv("PLAZA_SCREENSHOT_DIR") // set it to keep the image
		if dir == "" {
			dir = t.TempDir()
		} else if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		png := filepath.Join(dir, "portal-mobile.png")
		q := url.QueryEscape("설명회")
		dom := string(chromium(t, "--window-size=390,844", "--hide-scrollbars", "--screenshot="+png, "--dump-dom",
			srv.URL+"/?q="+q+"&grade=public"))
		mustContain(t, "search", dom,
			`<li class="result">`, "<mark>설명회</mark>", "검색 결과 1건",
			`data-facet="department"`, `data-facet="type"`, `data-facet="grade"`, `data-facet="year"`,
			"도시교통실 교통정책과", "회의록", `href="/?id=XSS-0001&amp;org=6110000"`,
			`aria-current="true"`, `href="/?q=`+q+`&amp;grade=public&amp;type=minutes"`, `aria-label="공개 조건 해제"`,
			// The hostile title and body are shown as text.
			"&lt;script&gt;alert(1)&lt;/script&gt; 주민 설명회", "&lt;script&gt;document.body.setAttribute")
		mustNotContain(t, "search", dom, "<script>alert(1)", `data-xss="`, `<img src="x"`, "<b onmouseover")
		data, err := os.ReadFile(png)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) < 10_000 || !bytes.HasPrefix(data, []byte("\x89PNG")) {
			t.Fatalf("screenshot of %d bytes is not a rendered page", len(data))
		}
	})

	page("document", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?id=SEOUL-2014-0001")
		mustContain(t, "document", dom, "<h1>2014년 정보공개 추진계획</h1>", "시민에게 행정정보를 적극 공개하기 위한",
			"첨부: 붙임1. 추진계획.hwp", "붙임 일정표: 정보공개 확대", "휴대전화 1건", "질문하기",
			"관련 문서", "버스 노선 개편 계획", "(이 문서를 인용: 정보공개정책과-0001)", "수사 협조 요청에 대한 회신", "(공통 주제어: 정보공개)", "홍길동 주무관", "정보공개정책과-0001")
	})

	page("closed document", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?id=SEOUL-2014-0003")
		mustContain(t, "closed", dom, "비공개 문서입니다", "제4호 재판·수사", "제6호 개인정보(사생활)", "수사 협조 요청에 대한 회신", "질문하기")
		mustNotContain(t, "closed", dom, "SECRET")
	})

	page("hostile document", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?id=XSS-0001")
		mustContain(t, "xss document", dom, "&lt;script&gt;document.body.setAttribute", "&lt;b onmouseover=alert(3)&gt;굵게&lt;/b&gt;")
		mustNotContain(t, "xss document", dom, `data-xss="`, "<b onmouseover")
	})

	page("release statistics", func(t *testing.T) {
		dom := dumpDOM(t, srv.URL+"/?view=stats")
		// 행정국: 3 received, 1 published → 33.3%; all: 3 of 7 → 42.9%.
		mustContain(t, "stats", dom, "부서별 공개 현황", "<td>행정국 정보공개정책과</td>", ">33.3%<", ">42.9%<", "<td>전체</td>")
	})
}
