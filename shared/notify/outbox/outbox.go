// Package outbox is the notify adapter of the one-machine stack: every
// mail becomes an .eml file (RFC 5322, MIME, UTF-8) and every SMS a .json
// file in one folder, named after the message's idempotency key. A message
// whose file already exists is not written again, so duplicate events send
// nothing twice here either.
//
// Open an .eml in any mail client; Read gives the messages back to tests
// and to the local stack's UI.
package outbox

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/notify"
)

// KeyHeader carries the idempotency key in an .eml (and in SES mail).
const KeyHeader = "X-Plaza-Key"

// Mailer writes mail into a folder.
type Mailer struct {
	dir  string
	from string
	now  func() time.Time
}

// Texter writes SMS into a folder.
type Texter struct {
	dir string
	now func() time.Time
}

var (
	_ notify.Mailer = (*Mailer)(nil)
	_ notify.Texter = (*Texter)(nil)
)

// NewMailer returns a Mailer writing to dir (created if missing), with
// from as the sender.
func NewMailer(dir, from string) (*Mailer, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	return &Mailer{dir: dir, from: from, now: time.Now}, nil
}

// NewTexter returns a Texter writing to dir (created if missing).
func NewTexter(dir string) (*Texter, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	return &Texter{dir: dir, now: time.Now}, nil
}

// FileName returns the file name (without extension) for key: the key
// itself when it is a safe name, else a readable form plus a digest so
// that distinct keys never share a file.
func FileName(key string) string {
	var b strings.Builder
	for _, r := range key {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	safe := strings.TrimLeft(b.String(), ".")
	if safe == key && len(key) <= 120 && key != "" {
		return key
	}
	sum := sha256.Sum256([]byte(key))
	if len(safe) > 100 {
		safe = safe[:100]
	}
	return safe + "-" + hex.EncodeToString(sum[:6])
}

// keyOr returns key, or a digest of content when there is none, so that
// identical messages without a key still land once.
func keyOr(key string, content ...string) string {
	if key != "" {
		return key
	}
	h := sha256.New()
	for _, c := range content {
		h.Write([]byte(c))
		h.Write([]byte{0})
	}
	return "nokey-" + hex.EncodeToString(h.Sum(nil)[:12])
}

// Send writes m as <key>.eml unless it exists.
func (o *Mailer) Send(ctx context.Context, m notify.Mail) error {
	if err := m.Validate(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	key := keyOr(m.Key, m.To, m.Subject, m.Text, m.HTML)
	data, err := encodeEML(o.from, m, key, o.now())
	if err != nil {
		return err
	}
	return writeOnce(filepath.Join(o.dir, FileName(key)+".eml"), data)
}

// Text is an SMS as stored in the outbox.
type Text struct {
	To   string    `json:"to"`
	Text string    `json:"text"`
	Key  string    `json:"key"`
	At   time.Time `json:"at"`
}

// Send writes s as <key>.json unless it exists.
func (o *Texter) Send(ctx context.Context, s notify.SMS) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	to, _ := notify.E164(s.To)
	key := keyOr(s.Key, to, s.Text)
	data, err := json.MarshalIndent(Text{To: to, Text: s.Text, Key: key, At: o.now().UTC()}, "", "  ")
	if err != nil {
		return err
	}
	return writeOnce(filepath.Join(o.dir, FileName(key)+".json"), append(data, '\n'))
}

// writeOnce creates path with data atomically, or does nothing if it
// exists: the file appears whole or not at all.
func writeOnce(path string, data []byte) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("outbox: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	// Link fails if path exists: of two racing writers one wins, and
	// neither overwrites.
	if err := os.Link(tmp.Name(), path); err != nil && !errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("outbox: %w", err)
	}
	return nil
}

func encodeEML(from string, m notify.Mail, key string, at time.Time) ([]byte, error) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	parts := []struct{ typ, text string }{{"text/plain", m.Text}}
	if m.HTML != "" {
		parts = append(parts, struct{ typ, text string }{"text/html", m.HTML})
	}
	for _, p := range parts {
		h := textproto.MIMEHeader{}
		h.Set("Content-Type", p.typ+"; charset=UTF-8")
		h.Set("Content-Transfer-Encoding", "quoted-printable")
		w, err := mw.CreatePart(h)
		if err != nil {
			return nil, err
		}
		qp := quotedprintable.NewWriter(w)
		if _, err := io.WriteString(qp, p.text); err != nil {
			return nil, err
		}
		if err := qp.Close(); err != nil {
			return nil, err
		}
	}
	if err := mw.Close(); err != nil {
		return nil, err
	}
	sum := sha256.Sum256([]byte(key))
	var out bytes.Buffer
	hdr := func(k, v string) { fmt.Fprintf(&out, "%s: %s\r\n", k, v) }
	hdr("From", (&mail.Address{Address: from}).String())
	hdr("To", (&mail.Address{Address: m.To}).String())
	hdr("Subject", mime.BEncoding.Encode("UTF-8", m.Subject))
	hdr("Date", at.Format(time.RFC1123Z))
	hdr("Message-ID", "<"+hex.EncodeToString(sum[:12])+"@plaza.local>")
	hdr(KeyHeader, mime.QEncoding.Encode("UTF-8", key))
	for _, h := range m.Headers {
		hdr(h.Name, h.Value)
	}
	hdr("MIME-Version", "1.0")
	hdr("Content-Type", "multipart/alternative; boundary="+mw.Boundary())
	out.WriteString("\r\n")
	out.Write(body.Bytes())
	return out.Bytes(), nil
}

// Message is a mail read back from the outbox.
type Message struct {
	notify.Mail
	From string
	Date time.Time
	File string
}

// ReadMail parses one .eml written by a Mailer.
func ReadMail(path string) (Message, error) {
	f, err := os.Open(path)
	if err != nil {
		return Message{}, fmt.Errorf("outbox: %w", err)
	}
	defer f.Close()
	msg, err := mail.ReadMessage(f)
	if err != nil {
		return Message{}, fmt.Errorf("outbox: %s: %w", path, err)
	}
	dec := new(mime.WordDecoder)
	subject, err := dec.DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		return Message{}, fmt.Errorf("outbox: %s: subject: %w", path, err)
	}
	key, _ := dec.DecodeHeader(msg.Header.Get(KeyHeader))
	out := Message{File: path, Mail: notify.Mail{Subject: subject, Key: key}}
	for _, name := range []string{notify.ListUnsubscribe, notify.ListUnsubscribePost} {
		if v := msg.Header.Get(name); v != "" {
			out.Headers = append(out.Headers, notify.Header{Name: name, Value: v})
		}
	}
	if a, err := mail.ParseAddress(msg.Header.Get("To")); err == nil {
		out.To = a.Address
	}
	if a, err := mail.ParseAddress(msg.Header.Get("From")); err == nil {
		out.From = a.Address
	}
	out.Date, _ = msg.Header.Date()
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return Message{}, fmt.Errorf("outbox: %s: %w", path, err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart() // decodes quoted-printable itself
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Message{}, fmt.Errorf("outbox: %s: %w", path, err)
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return Message{}, fmt.Errorf("outbox: %s: %w", path, err)
		}
		// Text parts travel with CRLF line ends; give back what was sent.
		text := strings.ReplaceAll(string(data), "\r\n", "\n")
		switch {
		case strings.HasPrefix(p.Header.Get("Content-Type"), "text/plain"):
			out.Text = text
		case strings.HasPrefix(p.Header.Get("Content-Type"), "text/html"):
			out.HTML = text
		}
	}
	return out, nil
}

// Read returns every mail and SMS in dir, oldest file first.
func Read(dir string) ([]Message, []Text, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("outbox: %w", err)
	}
	type stamped struct {
		name string
		mod  time.Time
	}
	var files []stamped
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		files = append(files, stamped{e.Name(), info.ModTime()})
	}
	sort.SliceStable(files, func(i, j int) bool {
		if !files[i].mod.Equal(files[j].mod) {
			return files[i].mod.Before(files[j].mod)
		}
		return files[i].name < files[j].name
	})
	var mails []Message
	var texts []Text
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		switch filepath.Ext(f.name) {
		case ".eml":
			m, err := ReadMail(path)
			if err != nil {
				return nil, nil, err
			}
			mails = append(mails, m)
		case ".json":
			data, err := os.ReadFile(path)
			if err != nil {
				return nil, nil, fmt.Errorf("outbox: %w", err)
			}
			var t Text
			if err := json.Unmarshal(data, &t); err != nil {
				return nil, nil, fmt.Errorf("outbox: %s: %w", path, err)
			}
			texts = append(texts, t)
		}
	}
	return mails, texts, nil
}
