package stack

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// Function names, one per directory under functions/.
const (
	Ingest  = "ingest"
	Redact  = "redact"
	Index   = "index"
	API     = "api"
	Notify  = "notify"
	Monitor = "monitor"
	// Setup runs only while the stack deploys (a custom resource).
	Setup = "setup"
)

// Functions lists every function, in pipeline order, the deploy-time
// setup last.
func Functions() []string { return []string{Ingest, Redact, Index, API, Notify, Monitor, Setup} }

// BuildOptions say how the function binaries are built.
type BuildOptions struct {
	// Root is the repository root (the directory holding go.mod).
	Root string
	// Out is the directory that receives one <name>/bootstrap per function.
	Out string
	// Go is the go command; empty means "go" from PATH.
	Go string
}

// Build compiles every function in one `go build` invocation, so that the
// packages they share are compiled once, and returns the directory of each
// function's asset (holding only its bootstrap). It fails, naming the
// directory, when a function's main package does not exist.
func Build(ctx context.Context, o BuildOptions, names ...string) (map[string]string, error) {
	if len(names) == 0 {
		names = Functions()
	}
	goCmd := o.Go
	if goCmd == "" {
		goCmd = "go"
	}
	bin := filepath.Join(o.Out, ".bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	args := []string{"build", "-trimpath", "-buildvcs=false", "-tags", "lambda.norpc", "-ldflags", "-s -w", "-o", bin + string(filepath.Separator)}
	for _, n := range names {
		dir := filepath.Join(o.Root, "functions", n)
		if _, err := os.Stat(filepath.Join(dir, "main.go")); err != nil {
			return nil, fmt.Errorf("build: function %q has no main package at %s (set context plaza:bundle=false to synthesize with placeholder code): %w", n, dir, err)
		}
		args = append(args, "./functions/"+n)
	}
	cmd := exec.CommandContext(ctx, goCmd, args...)
	cmd.Dir = o.Root
	// The binaries run on Graviton under provided.al2023; cgo stays off so
	// they do not depend on the runtime's libc.
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = os.Stderr, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("build: go %v: %w\n%s", args, err, stderr.Bytes())
	}
	dirs := make(map[string]string, len(names))
	for _, n := range names {
		dir := filepath.Join(o.Out, n)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("build: %w", err)
		}
		if err := os.Rename(filepath.Join(bin, n), filepath.Join(dir, "bootstrap")); err != nil {
			return nil, fmt.Errorf("build: %s: %w", n, err)
		}
		dirs[n] = dir
	}
	return dirs, nil
}

// Placeholders writes a stand-in bootstrap for each function, for tests and
// for synthesizing before the functions exist. It exits non-zero if it is
// ever deployed and invoked, so a placeholder cannot pass for the real code.
func Placeholders(out string, names ...string) (map[string]string, error) {
	if len(names) == 0 {
		names = Functions()
	}
	dirs := make(map[string]string, len(names))
	for _, n := range names {
		dir := filepath.Join(out, n)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("placeholder: %w", err)
		}
		script := fmt.Sprintf("#!/bin/sh\necho 'plaza: placeholder for function %s, synthesized with plaza:bundle=false' >&2\nexit 1\n", n)
		if err := os.WriteFile(filepath.Join(dir, "bootstrap"), []byte(script), 0o755); err != nil {
			return nil, fmt.Errorf("placeholder: %w", err)
		}
		dirs[n] = dir
	}
	return dirs, nil
}

// RepoRoot walks up from dir to the directory holding go.mod.
func RepoRoot(dir string) (string, error) {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
	}
}
