package functions_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// maxBootstrap is the size target of every function's bootstrap, in bytes
// (15 MB, decimal): small binaries start faster and deploy faster.
const maxBootstrap = 15_000_000

// TestBootstrapsStayUnderTheSizeTarget builds every function as the CDK app
// ships it (infra/stack.Build: linux/arm64, no cgo, -trimpath
// -buildvcs=false -tags lambda.norpc -ldflags "-s -w") and fails if any
// bootstrap exceeds maxBootstrap. The packages it compiles are the ones
// CI's `cdk synth` step compiles next, from the build cache, so in CI it
// costs the links, not a second compilation.
func TestBootstrapsStayUnderTheSizeTarget(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("cross-compiles six binaries")
	}
	root, dir := repoRoot(t), t.TempDir()
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-tags", "lambda.norpc",
		"-ldflags", "-s -w", "-o", dir+string(filepath.Separator), "./functions/...")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[string]int64{}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		sizes[e.Name()] = info.Size()
		// Measured what is deployed: a 64-bit ARM ELF.
		data := make([]byte, 20)
		if f, err := os.Open(filepath.Join(dir, e.Name())); err == nil {
			_, _ = f.Read(data)
			f.Close()
		}
		if string(data[:4]) != "\x7fELF" || data[4] != 2 || data[18] != 0xB7 {
			t.Errorf("%s is not a 64-bit ARM ELF", e.Name())
		}
	}
	for fn := range functionNames {
		if _, ok := sizes[fn]; !ok {
			t.Errorf("no bootstrap built for %s", fn)
		}
	}
	names := make([]string, 0, len(sizes))
	for n := range sizes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.Logf("%-8s %11d bytes (%5.2f MB, %5.2f MiB)", n, sizes[n], float64(sizes[n])/1e6, float64(sizes[n])/(1<<20))
		if sizes[n] > maxBootstrap {
			t.Errorf("%s: bootstrap is %d bytes, over the %d-byte target", n, sizes[n], maxBootstrap)
		}
	}
}

// TestFunctionsLeaveOutTheLocalEngine keeps the local search engine and its
// Korean noun list (2 MB, shared/search/korean) out of every function: on
// AWS search is OpenSearch, which splits Korean itself.
func TestFunctionsLeaveOutTheLocalEngine(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "./functions/...")
	cmd.Dir = repoRoot(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "github.com/seoul-plaza/plaza/shared/search/userdict") {
		t.Error("the functions no longer take the user dictionary: is this test still listing them?")
	}
	for _, d := range deps {
		if strings.HasPrefix(d, "github.com/seoul-plaza/plaza/shared/search/korean") ||
			strings.HasPrefix(d, "github.com/seoul-plaza/plaza/shared/search/bleve") ||
			strings.HasPrefix(d, "github.com/ikawaha/") {
			t.Errorf("a function depends on %s", d)
		}
	}
}
