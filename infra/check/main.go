// Command check runs every check CI runs, in order, on a fresh machine:
// it installs what the tests need and is not a Go module (headless
// Chromium for the portal tests), then gofmt, go vet, the whole test suite,
// and the CDK synth with cfn-lint over the template.
//
//	go run ./infra/check
//
// .ci/run calls exactly this.
package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/rendition"
)

// buildTags: none. The CDK's no_runtime_type_checking tag would skip its
// runtime type checks, but in aws-cdk-go v2.276.0 the cxapi package does
// not compile with it (its __no_checks files miss an import).
const buildTags = ""

func main() {
	start := time.Now()
	steps := []struct {
		name string
		fn   func() error
	}{
		{"prerequisites", prerequisites},
		{"gofmt", gofmt},
		{"go vet", func() error { return run("go", "vet", "-tags="+buildTags, "./...") }},
		{"go test", goTest},
		{"cdk synth + cfn-lint", synthAndLint},
	}
	for _, s := range steps {
		t := time.Now()
		fmt.Fprintf(os.Stderr, "==> %s\n", s.name)
		if err := s.fn(); err != nil {
			fmt.Fprintf(os.Stderr, "check: %s failed: %v\n", s.name, err)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "==> %s ok (%s)\n", s.name, time.Since(t).Round(time.Second))
	}
	fmt.Fprintf(os.Stderr, "check: all passed in %s\n", time.Since(start).Round(time.Second))
}

// goTest runs the suite with its temporary files under var/tmp: on some
// machines the system temp folder is far slower at creating files, and the
// tests create many.
func goTest() error {
	tmp, err := filepath.Abs(filepath.Join("var", "tmp"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(tmp, 0o750); err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// -count=1: CI runs every test for real, never a cached result.
	cmd := exec.Command("go", "test", "-tags="+buildTags, "-count=1", "-timeout", "20m", "./...")
	cmd.Env = quietNode(append(os.Environ(), "TMPDIR="+tmp))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	// Echo go test's output and count its packages, for the closing line.
	var passed, failed int
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		fmt.Println(line)
		switch {
		case strings.HasPrefix(line, "ok  \t"):
			passed++
		case strings.HasPrefix(line, "FAIL\t"):
			failed++
		}
	}
	err = cmd.Wait()
	fmt.Printf("packages: %d passed, %d failed\n", passed, failed)
	return err
}

// quietNode silences the jsii runtime's banner about Node 20, printed on
// every synthesis (the tests' included) and burying their output: use
// Node 22 or 24. Node 20 passed its end of life on 2026-04-30; until
// 2026-10-30 the banner obeyed JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION,
// since then only JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION, which lists
// the major versions to keep quiet about (so a later one still warns). An
// explicit setting in the environment wins.
func quietNode(env []string) []string {
	for k, v := range map[string]string{
		"JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION":  "1",
		"JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
	} {
		if _, ok := os.LookupEnv(k); !ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}

func run(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

// prerequisites installs from Debian's packages what the tests need and
// is missing: headless Chromium (the portal tests drive it), the PDF
// renditions' font and pdftotext, and the
// parsers the open-data tests check their formats with (rdflib for
// DCAT, feedparser for the feeds, xmllint for the sitemap schema).
func prerequisites() error {
	for _, tool := range []string{"moto_server", "cfn-lint"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s is not on PATH: install it with `pip install 'moto[server]' cfn-lint`", tool)
		}
	}
	var missing []string
	if _, err := exec.LookPath("chromium"); err != nil {
		missing = append(missing, "chromium")
	}
	if _, err := exec.LookPath("xmllint"); err != nil {
		missing = append(missing, "libxml2-utils")
	}
	// The PDF renditions' Korean font, and pdftotext to read them back.
	if _, err := os.Stat(rendition.DebianFont); err != nil {
		missing = append(missing, "fonts-nanum")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		missing = append(missing, "poppler-utils")
	}
	for _, m := range []string{"rdflib", "feedparser"} {
		if exec.Command("/usr/bin/python3", "-c", "import "+m).Run() != nil {
			missing = append(missing, "python3-"+m)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	if os.Geteuid() != 0 {
		return fmt.Errorf("missing: install them with `sudo apt-get install -y %s`", strings.Join(missing, " "))
	}
	if err := run("apt-get", "update", "-qq"); err != nil {
		return err
	}
	cmd := exec.Command("apt-get", append([]string{"install", "-y", "-qq", "--no-install-recommends"}, missing...)...)
	cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

func gofmt() error {
	out, err := exec.Command("gofmt", "-l", "functions", "infra", "shared", "events").CombinedOutput()
	if err != nil {
		return fmt.Errorf("%v: %s", err, out)
	}
	if s := strings.TrimSpace(string(out)); s != "" {
		return fmt.Errorf("not gofmt-ed:\n%s", s)
	}
	return nil
}

// synthAndLint synthesizes the stack the way `cdk synth` does (the app
// writes cdk.out itself) and lints the CloudFormation template.
func synthAndLint() error {
	if _, err := os.Stat(filepath.Join("infra", "main.go")); err != nil {
		return fmt.Errorf("no CDK app at infra/main.go: %w", err)
	}
	cmd := exec.Command("go", "run", "-tags="+buildTags, "./infra")
	cmd.Env = quietNode(append(os.Environ(), "CDK_OUTDIR=cdk.out"))
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return err
	}
	templates, err := filepath.Glob(filepath.Join("cdk.out", "*.template.json"))
	if err != nil || len(templates) == 0 {
		return fmt.Errorf("synth wrote no template to cdk.out")
	}
	return run("cfn-lint", templates...)
}
