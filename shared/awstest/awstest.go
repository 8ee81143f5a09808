// Package awstest runs moto_server for tests that talk to the AWS APIs.
//
// One server serves a whole test binary: declare a Shared in the package's
// test file, call its Main from TestMain, and Get it in each test.
//
//	var moto awstest.Shared
//
//	func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }
//
//	func TestPut(t *testing.T) {
//		srv := moto.Get(t)
//		client := s3.NewFromConfig(srv.Config, ...)
//	}
//
// The server is started on first use, on a free port of 127.0.0.1, and
// stopped (with its whole process group) when the tests end. When
// moto_server is not on PATH the tests skip, except under CI=true, where they
// fail: CI must never pass by skipping.
package awstest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Region is the region every test client uses (Seoul).
const Region = "ap-northeast-2"

// Fake credentials: moto accepts any, and real AWS accepts none of these.
const (
	AccessKeyID     = "AKIAPLAZATEST0000000"
	SecretAccessKey = "plaza-test-secret"
)

// Command is the executable started; it must be on PATH.
const Command = "moto_server"

// startTimeout bounds how long a server may take to answer.
const startTimeout = 30 * time.Second

// Server is a running moto_server.
type Server struct {
	// Endpoint is the server's base URL, e.g. http://127.0.0.1:41234.
	Endpoint string
	// Config is an aws.Config pointed at the server, with static fake
	// credentials and Region.
	Config aws.Config

	cmd  *exec.Cmd
	done chan struct{}
	log  *tailBuffer
}

// Start starts a server for tb alone and stops it when tb ends. A missing
// moto_server skips tb, or fails it under CI=true.
func Start(tb testing.TB) *Server {
	tb.Helper()
	srv, err := StartServer()
	if err != nil {
		unavailable(tb, err)
	}
	tb.Cleanup(srv.Stop)
	return srv
}

// StartServer starts a server; the caller must Stop it. It returns an error
// wrapping exec.ErrNotFound when moto_server is not on PATH.
func StartServer() (*Server, error) {
	path, err := exec.LookPath(Command)
	if err != nil {
		return nil, fmt.Errorf("awstest: %w", err)
	}
	launchers := []launcher{{path: path}}
	// Prefer moto serving one request at a time: threaded moto lets two
	// conditional writes both succeed, which real DynamoDB never does, and
	// tests of "exactly one claim wins" then fail at random.
	if py, err := exec.LookPath("python3"); err == nil {
		launchers = append([]launcher{{path: py, args: []string{"-c", serialServer}}}, launchers...)
	}
	var lastErr error
	for _, l := range launchers {
		// A free port found by listening may be taken before moto binds
		// it; try a few ports before giving up.
		for attempt := 0; attempt < 3; attempt++ {
			srv, err := start(l)
			if err == nil {
				return srv, nil
			}
			lastErr = err
		}
	}
	return nil, lastErr
}

// launcher is one way to run moto: a program and the arguments before the
// host and port.
type launcher struct {
	path string
	args []string
}

// serialServer runs moto_server's own main with werkzeug's threading off.
// If python3 cannot import moto it exits at once and StartServer falls back
// to moto_server itself.
const serialServer = `import sys, moto.server as m
run = m.run_simple
def serial(*a, **k):
    k["threaded"] = False
    return run(*a, **k)
m.run_simple = serial
sys.argv[0] = "moto_server"
m.main()
`

func start(l launcher) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	args := append(append([]string{}, l.args...), "-H", "127.0.0.1", "-p", strconv.Itoa(port))
	cmd := exec.Command(l.path, args...)
	path := l.path
	log := &tailBuffer{max: 8 << 10}
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = sysProcAttr()
	// moto must not pick up a developer's real credentials or endpoints.
	cmd.Env = append(os.Environ(), "AWS_ACCESS_KEY_ID="+AccessKeyID, "AWS_SECRET_ACCESS_KEY="+SecretAccessKey, "AWS_DEFAULT_REGION="+Region)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("awstest: start %s: %w", path, err)
	}
	srv := &Server{
		Endpoint: "http://127.0.0.1:" + strconv.Itoa(port),
		cmd:      cmd,
		done:     make(chan struct{}),
		log:      log,
	}
	go func() { _ = cmd.Wait(); close(srv.done) }()
	if err := srv.wait(); err != nil {
		srv.Stop()
		return nil, err
	}
	srv.Config = NewConfig(srv.Endpoint)
	return srv, nil
}

// wait polls the server until it answers, it exits, or time runs out.
func (s *Server) wait() error {
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(startTimeout)
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			return fmt.Errorf("awstest: moto_server exited early: %s", s.log.String())
		default:
		}
		resp, err := client.Get(s.Endpoint + "/moto-api/data.json")
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("awstest: moto_server did not answer on %s within %s: %s", s.Endpoint, startTimeout, s.log.String())
}

// Stop ends the server and every process it started. It is safe to call
// more than once.
func (s *Server) Stop() {
	if s == nil || s.cmd == nil || s.cmd.Process == nil {
		return
	}
	select {
	case <-s.done:
		return
	default:
	}
	killGroup(s.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(3 * time.Second):
		killGroup(s.cmd.Process.Pid, syscall.SIGKILL)
		<-s.done
	}
}

// Reset clears all of moto's state (every bucket, table and sent message).
func (s *Server) Reset(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.Endpoint+"/moto-api/reset", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("awstest: reset: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("awstest: reset: %s", resp.Status)
	}
	return nil
}

// Models returns moto's recorded instances of one model, e.g. ("ses",
// "Message") for sent e-mail or ("sns", "SMS") for sent SMS, as moto's
// /moto-api/data.json shows them.
func (s *Server) Models(ctx context.Context, service, model string) ([]map[string]any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.Endpoint+"/moto-api/data.json", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("awstest: data.json: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("awstest: data.json: %s", resp.Status)
	}
	var data map[string]map[string][]map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&data); err != nil {
		return nil, fmt.Errorf("awstest: data.json: %w", err)
	}
	return data[service][model], nil
}

// Env returns the environment variables that point an AWS SDK (or a built
// Lambda bootstrap) at the server.
func (s *Server) Env() []string {
	return []string{
		"AWS_ENDPOINT_URL=" + s.Endpoint,
		"AWS_REGION=" + Region,
		"AWS_DEFAULT_REGION=" + Region,
		"AWS_ACCESS_KEY_ID=" + AccessKeyID,
		"AWS_SECRET_ACCESS_KEY=" + SecretAccessKey,
		"AWS_SESSION_TOKEN=",
		"AWS_EC2_METADATA_DISABLED=true",
	}
}

// NewConfig returns an aws.Config for endpoint with static fake credentials.
func NewConfig(endpoint string) aws.Config {
	cfg := aws.Config{
		Region:       Region,
		Credentials:  credentials.NewStaticCredentialsProvider(AccessKeyID, SecretAccessKey, ""),
		BaseEndpoint: aws.String(endpoint),
		HTTPClient:   &http.Client{Timeout: 30 * time.Second},
	}
	return cfg
}

// Name returns a fresh lower-case name with prefix, valid as a bucket or
// table name, so tests sharing one server do not see each other's data.
func Name(prefix string) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return strings.ToLower(prefix) + "-" + hex.EncodeToString(b[:])
}

// Shared is one server for a whole test binary. Its zero value is ready;
// declare it in a test file and use Main from TestMain.
type Shared struct {
	once sync.Once
	srv  *Server
	err  error
}

// Main runs the tests and stops the server if any test started it. Call it
// from TestMain: os.Exit(shared.Main(m)).
func (sh *Shared) Main(m *testing.M) int {
	code := m.Run()
	sh.once.Do(func() { sh.err = errors.New("awstest: stopped") })
	sh.srv.Stop()
	return code
}

// Get returns the binary's server, starting it on first use. A missing
// moto_server skips tb, or fails it under CI=true.
func (sh *Shared) Get(tb testing.TB) *Server {
	tb.Helper()
	sh.once.Do(func() { sh.srv, sh.err = StartServer() })
	if sh.err != nil {
		unavailable(tb, sh.err)
	}
	return sh.srv
}

// unavailable skips tb when the server cannot run here, and fails it under
// CI or when moto_server exists but did not start.
func unavailable(tb testing.TB, err error) {
	tb.Helper()
	if errors.Is(err, exec.ErrNotFound) && os.Getenv("CI") != "true" {
		tb.Skipf("moto_server not available (set CI=true to fail instead): %v", err)
	}
	tb.Fatalf("moto_server: %v", err)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("awstest: free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// tailBuffer keeps the last max bytes written, for error messages.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
	max int
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if len(b.buf) > b.max {
		b.buf = b.buf[len(b.buf)-b.max:]
	}
	return len(p), nil
}

func (b *tailBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return strings.TrimSpace(string(b.buf))
}
