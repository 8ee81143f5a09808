package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// lighthouseVersion is the Lighthouse release the bench runs (npm,
// Apache-2.0): 12.8 is the last line that runs on Node 20 (13 needs 22).
const lighthouseVersion = "12.8.2"

// Lighthouse targets of issue 14, on a phone (Lighthouse's default).
const (
	minPerformance   = 0.90
	maxCLS           = 0.1
	minAccessibility = 1.0
	minBestPractices = 0.95
)

// npmPackage returns the folder of an npm package pinned at version,
// installed on first use under the user's cache, so tests and benches
// share one copy per version.
func npmPackage(ctx context.Context, name, version string) (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "plaza", name+"-"+version)
	pkg := filepath.Join(dir, "node_modules", name)
	if _, err := os.Stat(filepath.Join(pkg, "package.json")); err == nil {
		return pkg, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", dir, name+"@"+version).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("npm install %s@%s: %w\n%s", name, version, err, out)
	}
	return pkg, nil
}

// lighthouseScores is what the bench keeps of one Lighthouse report.
type lighthouseScores struct {
	Page                                     string
	Performance, Accessibility, BestPractice float64
	CLS                                      float64
	TBT, LCP                                 float64 // ms
}

func (s lighthouseScores) failures() []string {
	var out []string
	if s.Performance < minPerformance {
		out = append(out, fmt.Sprintf("performance %.0f < %.0f", s.Performance*100, minPerformance*100))
	}
	if s.CLS >= maxCLS {
		out = append(out, fmt.Sprintf("CLS %.3f >= %.1f", s.CLS, maxCLS))
	}
	if s.Accessibility < minAccessibility {
		out = append(out, fmt.Sprintf("accessibility %.0f < %.0f", s.Accessibility*100, minAccessibility*100))
	}
	if s.BestPractice < minBestPractices {
		out = append(out, fmt.Sprintf("best practices %.0f < %.0f", s.BestPractice*100, minBestPractices*100))
	}
	return out
}

// parseLighthouse reads the scores out of a Lighthouse JSON report.
func parseLighthouse(page string, report []byte) (lighthouseScores, error) {
	var r struct {
		Categories map[string]struct {
			Score *float64 `json:"score"`
		} `json:"categories"`
		Audits map[string]struct {
			NumericValue float64 `json:"numericValue"`
		} `json:"audits"`
		RuntimeError *struct {
			Message string `json:"message"`
		} `json:"runtimeError"`
	}
	if err := json.Unmarshal(report, &r); err != nil {
		return lighthouseScores{}, fmt.Errorf("%s: lighthouse report: %w", page, err)
	}
	if r.RuntimeError != nil {
		return lighthouseScores{}, fmt.Errorf("%s: lighthouse: %s", page, r.RuntimeError.Message)
	}
	score := func(c string) (float64, error) {
		v, ok := r.Categories[c]
		if !ok || v.Score == nil {
			return 0, fmt.Errorf("%s: lighthouse report has no %s score", page, c)
		}
		return *v.Score, nil
	}
	s := lighthouseScores{Page: page, CLS: r.Audits["cumulative-layout-shift"].NumericValue,
		TBT: r.Audits["total-blocking-time"].NumericValue, LCP: r.Audits["largest-contentful-paint"].NumericValue}
	var err error
	if s.Performance, err = score("performance"); err != nil {
		return s, err
	}
	if s.Accessibility, err = score("accessibility"); err != nil {
		return s, err
	}
	if s.BestPractice, err = score("best-practices"); err != nil {
		return s, err
	}
	return s, nil
}

// lighthouseCmd runs Lighthouse (mobile, with the system Chromium) on the
// portal's home, search and document pages of a stack, its own seeded
// one unless --url names a running one, and on the plain no-script page
// of the same document as the run's baseline; it prints the scores and
// fails when a page misses the targets of issue 14. It takes about 20 s a page on
// two cores, too long for the test run: a bench.
func lighthouseCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, data, _ := commonFlags("bench lighthouse", "", "unused")
	base := fs.String("url", "", "portal of a running stack (default: a stack of its own, seeded, under --data)")
	seed := fs.Int("seed", 200, "sample documents for its own stack")
	chrome := fs.String("chrome", "/usr/bin/chromium", "Chromium to run")
	keep := fs.String("out", "", "folder to keep the JSON reports in (default: none kept)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	lh, err := npmPackage(ctx, "lighthouse", lighthouseVersion)
	if err != nil {
		return err
	}
	if *base == "" {
		if err := os.MkdirAll(*data, 0o750); err != nil {
			return err
		}
		tmp, err := os.MkdirTemp(*data, "lighthouse-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		s, err := Open(Options{Data: tmp, Addr: "127.0.0.1:0", Seed: *seed, Logger: slog.New(slog.DiscardHandler), TickEvery: time.Second})
		if err != nil {
			return err
		}
		defer s.Close()
		if err := s.Start(ctx); err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		err = s.Bus.Wait(wctx)
		cancel()
		if err != nil {
			return fmt.Errorf("seeding: %w", err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		srv := &http.Server{Handler: s.API, ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = srv.Serve(ln) }()
		defer srv.Close()
		*base = "http://" + ln.Addr().String()
	}
	*base = strings.TrimRight(*base, "/")
	id, err := firstPublic(ctx, *base)
	if err != nil {
		return err
	}
	pages := []struct{ name, path string }{
		{"home", "/"},
		{"search", "/?q=" + url.QueryEscape("계획")},
		{"document", "/?id=" + url.QueryEscape(id)},
		// The baseline, in the same run: the same document served as a
		// plain page with no script, whose blocking time is the machine's.
		{"baseline", "/documents/" + url.PathEscape(id)},
	}
	out := *keep
	if out == "" {
		if out, err = os.MkdirTemp("", "plaza-lighthouse-"); err != nil {
			return err
		}
		defer os.RemoveAll(out)
	} else if err := os.MkdirAll(out, 0o750); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Lighthouse %s, mobile, %s\n%-9s %5s %5s %5s %5s %7s %7s\n", lighthouseVersion, *chrome, "page", "perf", "CLS", "a11y", "bp", "TBT ms", "LCP ms")
	var failed []string
	for _, p := range pages {
		report := filepath.Join(out, p.name+".json")
		// Lighthouse sometimes loses its trace on a loaded machine
		// (NO_NAVSTART) and asks to be run again: once more, then fail.
		for try := 1; ; try++ {
			cmd := exec.CommandContext(ctx, "node", filepath.Join(lh, "cli", "index.js"), *base+p.path,
				"--quiet", "--output=json", "--output-path="+report,
				"--only-categories=performance,accessibility,best-practices",
				"--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage")
			cmd.Env = append(os.Environ(), "CHROME_PATH="+*chrome)
			cmd.Stderr = stderr
			err := cmd.Run()
			if err == nil {
				break
			}
			if try == 2 {
				return fmt.Errorf("lighthouse %s: %w", p.name, err)
			}
		}
		raw, err := os.ReadFile(report)
		if err != nil {
			return err
		}
		s, err := parseLighthouse(p.name, raw)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%-9s %5.0f %5.3f %5.0f %5.0f %7.0f %7.0f\n", s.Page, s.Performance*100, s.CLS, s.Accessibility*100, s.BestPractice*100, s.TBT, s.LCP)
		for _, f := range s.failures() {
			failed = append(failed, p.name+": "+f)
		}
	}
	if len(failed) > 0 {
		return errors.New("below the targets: " + strings.Join(failed, "; "))
	}
	return nil
}

// firstPublic returns the id of the newest public document of the stack
// at base.
func firstPublic(ctx context.Context, base string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/documents?size=1&grade=public", nil)
	if err != nil {
		return "", err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("finding a document: %w", err)
	}
	defer res.Body.Close()
	var list struct {
		Items []struct {
			ID string `json:"id"`
		} `json:"items"`
	}
	if err := json.NewDecoder(res.Body).Decode(&list); err != nil {
		return "", fmt.Errorf("finding a document: %w", err)
	}
	if len(list.Items) == 0 {
		return "", errors.New("the stack has no public document")
	}
	return list.Items[0].ID, nil
}
