package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Every command finds the stack through its data folder: the folder is
// the one thing a user names (or leaves to its default), and the running
// stack writes its address there, so a command never has to be told both.
const (
	// dataEnv names the data folder for every command when --data is not
	// given, so that a shell can point them all at one folder at once.
	dataEnv = "PLAZA_DATA"
	// defaultData is the data folder when neither --data nor PLAZA_DATA
	// is given: relative to the directory the command runs in.
	defaultData = "./var"
	// defaultAddr is where serve listens unless told otherwise.
	defaultAddr = "127.0.0.1:8080"
	// addrFile, in the data folder, holds the address of the stack that
	// serves it while it runs; a clean shutdown removes it.
	addrFile = "plaza.addr"
	// logFile, in the data folder, receives the stack's JSON logs unless
	// --log-stderr sends them to stderr.
	logFile = "plaza.log"
)

// dataDefault is the data folder a command uses when --data is not given.
func dataDefault() string {
	if d := os.Getenv(dataEnv); d != "" {
		return d
	}
	return defaultData
}

// hint names the data folder in a command a user may copy: nothing when
// it is the default one.
func hint(data string) string {
	if filepath.Clean(data) == filepath.Clean(dataDefault()) {
		return ""
	}
	return " --data " + data
}

// writeAddr records where the stack serves, for the other commands. It
// replaces the file in one rename, so a reader never sees half an address.
func writeAddr(data, addr string) error {
	tmp := filepath.Join(data, addrFile+".tmp")
	if err := os.WriteFile(tmp, []byte(addr+"\n"), 0o640); err != nil {
		return fmt.Errorf("address file: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(data, addrFile)); err != nil {
		return fmt.Errorf("address file: %w", err)
	}
	return nil
}

// removeAddr deletes the address file if it still names addr (a later
// stack on the same folder owns it otherwise).
func removeAddr(data, addr string) error {
	p := filepath.Join(data, addrFile)
	if b, err := os.ReadFile(p); err != nil || strings.TrimSpace(string(b)) != addr {
		return nil
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("address file: %w", err)
	}
	return nil
}

// readAddr returns the address the stack serving data wrote, or "" when
// none is recorded.
func readAddr(data string) (string, error) {
	b, err := os.ReadFile(filepath.Join(data, addrFile))
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("reading the stack's address: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// stackAddr says where to reach the stack of data: --addr when given,
// else the address the stack recorded in the data folder. recorded tells
// which; addr is "" when neither names one.
func stackAddr(data, flagAddr string) (addr string, recorded bool, err error) {
	if flagAddr != "" {
		return flagAddr, false, nil
	}
	addr, err = readAddr(data)
	return addr, addr != "", err
}

// answers reports whether something serves HTTP at addr, within a short
// wait: a stale address file (the stack was killed) names a port where
// nothing listens.
func answers(ctx context.Context, addr string) bool {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/api/departments", nil)
	if err != nil {
		return false
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return true
}

// openLogs returns the stack's JSON logger: into <data>/plaza.log by
// default, so that the terminal shows the summary and not hundreds of
// lines; to stderr with --log-stderr (for a container, or to pipe to jq).
// close releases the file.
func openLogs(data string, toStderr bool, level string, stderr io.Writer) (log *slog.Logger, where string, close func() error, err error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, "", nil, fmt.Errorf("--log-level %q: use debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	if toStderr {
		return slog.New(slog.NewJSONHandler(stderr, opts)), "stderr", func() error { return nil }, nil
	}
	if err := os.MkdirAll(data, 0o750); err != nil {
		return nil, "", nil, fmt.Errorf("data folder: %w", err)
	}
	p, err := filepath.Abs(filepath.Join(data, logFile))
	if err != nil {
		return nil, "", nil, fmt.Errorf("log file: %w", err)
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o640)
	if err != nil {
		return nil, "", nil, fmt.Errorf("log file: %w (pass --log-stderr to log to stderr instead)", err)
	}
	return slog.New(slog.NewJSONHandler(f, opts)), p, f.Close, nil
}
