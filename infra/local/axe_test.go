package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/chromium"
)

// axeVersion is the axe-core release the console's accessibility test
// runs (npm, MPL-2.0): pinned, so that a new release's rules change the
// test only when we move it.
const axeVersion = "4.14.1"

// axeScript returns axe-core's script: from $PLAZA_AXE_JS, else from the
// user's cache, installed there with npm on first use. Without it the
// test is skipped, except under CI, where it fails.
func axeScript(t *testing.T) string {
	t.Helper()
	path := os.Getenv("PLAZA_AXE_JS")
	if path == "" {
		dir, err := npmPackage(context.Background(), "axe-core", axeVersion)
		if err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("axe-core %s is required under CI: %v", axeVersion, err)
			}
			t.Skipf("axe-core %s not installed: %v", axeVersion, err)
		}
		path = filepath.Join(dir, "axe.min.js")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return string(src)
}

// axeRules are the rule sets every page is held to: WCAG 2.1 A and AA,
// and axe-core's best practices.
const axeRules = `["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]`

// axeAudit injects axe-core into the page b shows (through DevTools, so
// the page's CSP does not refuse it) and fails the test with each
// violation of axeRules, of any impact, naming where and up to three
// nodes.
func axeAudit(t *testing.T, b *chromium.Browser, axe, where string) {
	t.Helper()
	if b.Text(`typeof axe`) != "object" {
		b.Eval(axe)
	}
	out := b.Text(`axe.run(document, {runOnly: {type: "tag", values: ` + axeRules + `}}).then(function (r) {
		return r.violations.map(function (v) { return v.impact + " " + v.id + ": " + v.nodes.slice(0, 3).map(function (n) { return n.target.join(" "); }).join(" | "); }).join("\n");
	})`)
	if out != "" {
		t.Errorf("%s:\n%s", where, out)
	}
}

// TestConsoleAxe runs axe-core's WCAG 2.1 A and AA rules (and its best
// practices) on every view of the staff console, the pre-release check's
// answer among them, at 360 and 1280 px: no violation of any impact. It
// keeps a screenshot of each in $PLAZA_SCREENSHOT_DIR when that is set.
func TestConsoleAxe(t *testing.T) {
	axe := axeScript(t)
	_, _, b, _ := consoleStack(t)
	run := func(where string) {
		t.Helper()
		axeAudit(t, b, axe, where)
	}
	for _, w := range []int{360, 1280} {
		b.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": w, "height": 800, "deviceScaleFactor": 1, "mobile": w < 500}, nil)
		for _, v := range consoleViews() {
			b.Eval(`location.hash = ` + chromium.JS(v.hash))
			b.WaitFor(v.hash, v.ready)
			run(fmt.Sprintf("%s at %d px", v.hash, w))
			shot(t, b, fmt.Sprintf("console-%d-%s.png", w, strings.NewReplacer("#/", "", "/", "-", "?", "-", "=", "-").Replace(v.hash)))
		}
		// The check's answer: both layers' marks, the reasons, the counts.
		b.Eval(`location.hash = "#/check"`)
		b.WaitFor("the check form", `document.getElementById("check-form")`)
		b.Fill("check-title", "주민 설명회 결과 보고")
		b.Fill("check-body", "신청인: 이민준, 주민등록번호 990116-2187189, 주소 서울특별시 마포구 세종대로 110, 109동 704호")
		b.Click("#check-form button[type=submit]")
		b.WaitFor("the check's answer", `document.getElementById("check-outcome")`)
		run(fmt.Sprintf("the check's answer at %d px", w))
		shot(t, b, fmt.Sprintf("console-%d-check-answer.png", w))
	}
	// The sign-in page, signed out.
	b.Click("#logout")
	b.WaitFor("the sign-in page", `!document.getElementById("login-view").hidden`)
	run("the sign-in page")
}
