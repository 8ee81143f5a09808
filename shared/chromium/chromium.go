// Package chromium drives Debian's headless Chromium for the tests of the
// portal and the staff console: one-shot runs (--dump-dom, --screenshot)
// and a DevTools-protocol session over a pipe, in which a test types and
// presses buttons as a person would. It has no test hook in the pages.
package chromium

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"
)

// Path is where Debian's package installs Chromium (go run ./infra/check
// installs it when missing).
const Path = "/usr/bin/chromium"

// Require skips the test when Chromium is missing, or fails it under CI,
// where the check installs it.
func Require(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(Path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is required under CI (apt-get install -y chromium): %v", err)
		}
		t.Skipf("chromium not installed: %v", err)
	}
}

// Run runs headless Chromium once with extra flags (a URL among them)
// and returns its stdout; a virtual-time budget lets the page's script
// settle before --dump-dom.
func Run(t testing.TB, extra ...string) []byte {
	t.Helper()
	Require(t)
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + t.TempDir(), "--virtual-time-budget=5000",
	}, extra...)
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, Path, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", extra, err, stderr.String())
	}
	return stdout.Bytes()
}

// Browser drives headless Chromium over the DevTools protocol on a pipe
// (--remote-debugging-pipe: Chromium reads commands on fd 3 and writes
// replies on fd 4, each a JSON text ended by NUL), so a test can type into
// the portal and press its buttons as a person would, with no test hook
// in the portal itself.
type Browser struct {
	t       testing.TB
	cmd     *exec.Cmd
	in      *os.File
	mu      sync.Mutex
	next    int
	waiting map[int]chan cdpReply
	session string
}

type cdpReply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

func New(t testing.TB, extra ...string) *Browser {
	t.Helper()
	Require(t)
	toChrome, in, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	out, fromChrome, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + t.TempDir(), "--remote-debugging-pipe",
	}, extra...)
	cmd := exec.CommandContext(ctx, Path, append(args, "about:blank")...)
	cmd.ExtraFiles = []*os.File{toChrome, fromChrome}
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	toChrome.Close()
	fromChrome.Close()
	b := &Browser{t: t, cmd: cmd, in: in, waiting: map[int]chan cdpReply{}}
	go b.read(out)
	t.Cleanup(func() {
		in.Close() // Chromium exits when its pipe closes
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cancel()
			<-done
		}
		cancel()
		out.Close()
	})
	return b
}

func (b *Browser) read(out *os.File) {
	r := bufio.NewReader(out)
	for {
		msg, err := r.ReadBytes(0)
		if err != nil {
			return
		}
		var m struct {
			ID int `json:"id"`
			cdpReply
		}
		if json.Unmarshal(msg[:len(msg)-1], &m) != nil || m.ID == 0 {
			continue // events
		}
		b.mu.Lock()
		ch := b.waiting[m.ID]
		delete(b.waiting, m.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- m.cdpReply
		}
	}
}

// Call sends one command (to the page's session once attached) and
// decodes its result into out.
func (b *Browser) Call(method string, params, out any) {
	b.t.Helper()
	if err := b.send(method, params, out); err != nil {
		b.t.Fatal(err)
	}
}

func (b *Browser) send(method string, params, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan cdpReply, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method, "params": params}
	if b.session != "" {
		msg["sessionId"] = b.session
	}
	data, _ := json.Marshal(msg)
	if _, err := b.in.Write(append(data, 0)); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r := <-ch:
		if r.Error != nil {
			return fmt.Errorf("%s: %s", method, r.Error.Message)
		}
		if out != nil {
			if err := json.Unmarshal(r.Result, out); err != nil {
				return fmt.Errorf("%s: %w", method, err)
			}
		}
		return nil
	case <-time.After(20 * time.Second):
		return fmt.Errorf("%s: no reply", method)
	}
}

// Open makes a page at url (on a phone's viewport) and attaches to it.
func (b *Browser) Open(url string) {
	b.t.Helper()
	var target struct {
		TargetID string `json:"targetId"`
	}
	b.Call("Target.createTarget", map[string]any{"url": "about:blank"}, &target)
	var att struct {
		SessionID string `json:"sessionId"`
	}
	b.Call("Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &att)
	b.session = att.SessionID
	b.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true}, nil)
	b.Call("Page.navigate", map[string]any{"url": url}, nil)
}

// Eval runs a JavaScript expression in the page (awaiting a promise) and
// returns its value as JSON.
func (b *Browser) Eval(expr string) json.RawMessage {
	b.t.Helper()
	v, err := b.TryEval(expr)
	if err != nil {
		b.t.Fatal(err)
	}
	return v
}

// TryEval is eval that returns a failure (say, while a page navigates).
func (b *Browser) TryEval(expr string) (json.RawMessage, error) {
	b.t.Helper()
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	if err := b.send("Runtime.evaluate", map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true}, &res); err != nil {
		return nil, err
	}
	if res.ExceptionDetails != nil {
		return nil, fmt.Errorf("eval %q: %s %s", expr, res.ExceptionDetails.Text, res.ExceptionDetails.Exception.Description)
	}
	return res.Result.Value, nil
}

// Text returns the value of a JavaScript expression that yields a string.
func (b *Browser) Text(expr string) string {
	b.t.Helper()
	var s string
	if v := b.Eval(expr); len(v) > 0 {
		_ = json.Unmarshal(v, &s)
	}
	return s
}

// WaitFor polls a JavaScript condition until it holds.
func (b *Browser) WaitFor(what, cond string) {
	b.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if v, err := b.TryEval("!!(" + cond + ")"); err == nil && string(v) == "true" {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.t.Fatalf("timed out waiting for %s (%s); page text:\n%s", what, cond, b.Text("document.body ? document.body.innerText : ''"))
}

// Screenshot saves the viewport as PNG.
func (b *Browser) Screenshot(path string) {
	b.t.Helper()
	var shot struct {
		Data []byte `json:"data"` // base64 in JSON, decoded by encoding/json
	}
	b.Call("Page.captureScreenshot", map[string]any{"format": "png"}, &shot)
	if err := os.WriteFile(path, shot.Data, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// JS quotes s as a JavaScript string literal.
func JS(s string) string {
	data, _ := json.Marshal(s)
	return string(data)
}

// Fill sets an input's value the way typing does (an input event follows).
func (b *Browser) Fill(id, value string) {
	b.t.Helper()
	b.Eval(fmt.Sprintf(`(function(){var n=document.getElementById(%s); n.value=%s; n.dispatchEvent(new Event("input",{bubbles:true}));})()`, JS(id), JS(value)))
}

// Click presses an element.
func (b *Browser) Click(selector string) {
	b.t.Helper()
	b.Eval(fmt.Sprintf(`document.querySelector(%s).click()`, JS(selector)))
}
