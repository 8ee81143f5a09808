// Package notify is the port for telling people things: e-mail (SES v2 on
// AWS) and SMS (SNS on AWS), or an outbox folder on one machine.
//
// Every message carries an idempotency Key, e.g. "inquiry/<id>/answered/3"
// for (inquiry, event, version). Adapters pass it along where the channel
// can carry it (an e-mail header and tag, the outbox file name); the caller
// that must never send twice records the keys it has sent (the inquiry
// store), since neither SES nor SNS deduplicates.
package notify

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Mail is one e-mail to one recipient.
type Mail struct {
	To      string `json:"to"` // an address
	Subject string `json:"subject"`
	Text    string `json:"text"`           // the plain-text part; required
	HTML    string `json:"html,omitempty"` // an optional HTML alternative, already escaped
	Key     string `json:"key"`            // idempotency key
	// Headers are extra header fields, such as List-Unsubscribe and
	// List-Unsubscribe-Post (RFC 8058) on a digest; nil for most mail.
	Headers []Header `json:"headers,omitempty"`
}

// Header is one extra header field of a mail.
type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// The one-click unsubscribe of RFC 8058: a mail list's message carries
// both, the first with an https URL that unsubscribes on a POST of
// OneClickBody, without any further interaction.
const (
	ListUnsubscribe     = "List-Unsubscribe"
	ListUnsubscribePost = "List-Unsubscribe-Post"
	OneClickBody        = "List-Unsubscribe=One-Click"
)

// OneClick returns the headers of RFC 8058 for an https unsubscribe URL.
func OneClick(url string) []Header {
	return []Header{{Name: ListUnsubscribe, Value: "<" + url + ">"}, {Name: ListUnsubscribePost, Value: OneClickBody}}
}

// SMS is one text message to one phone.
type SMS struct {
	To   string `json:"to"` // a phone number, E.164 ("+821012345678") or Korean ("010-1234-5678")
	Text string `json:"text"`
	Key  string `json:"key"` // idempotency key
}

// Mailer sends e-mail.
type Mailer interface {
	Send(ctx context.Context, m Mail) error
}

// Texter sends SMS.
type Texter interface {
	Send(ctx context.Context, s SMS) error
}

// ErrPermanent marks a failure that retrying cannot fix: a malformed or
// rejected address, an unverified sender, a phone that opted out. Callers
// fall back to another channel instead of retrying; any other error is
// worth a retry (and then the dead-letter queue).
var ErrPermanent = errors.New("notify: permanent failure")

// Permanent wraps err so that errors.Is(err, ErrPermanent) holds.
func Permanent(err error) error { return fmt.Errorf("%w: %w", ErrPermanent, err) }

// Validate checks what every adapter needs of a mail.
func (m Mail) Validate() error {
	switch {
	case !strings.Contains(m.To, "@") || strings.ContainsAny(m.To, "\r\n<>, "):
		return Permanent(fmt.Errorf("bad recipient %q", m.To))
	case strings.TrimSpace(m.Subject) == "" || strings.ContainsAny(m.Subject, "\r\n"):
		return Permanent(errors.New("subject empty or multi-line"))
	case strings.TrimSpace(m.Text) == "":
		return Permanent(errors.New("no text part"))
	}
	for _, h := range m.Headers {
		if !headerName.MatchString(h.Name) || strings.ContainsAny(h.Value, "\r\n") {
			return Permanent(fmt.Errorf("bad header %q", h.Name))
		}
	}
	return nil
}

// headerName is what an extra header may be called: a field name of RFC
// 5322 that is none of those the adapters write themselves.
var headerName = regexp.MustCompile(`^(?i:List-[A-Za-z-]+|X-[A-Za-z0-9-]+)$`)

// Validate checks what every adapter needs of an SMS.
func (s SMS) Validate() error {
	if _, err := E164(s.To); err != nil {
		return err
	}
	if strings.TrimSpace(s.Text) == "" {
		return Permanent(errors.New("empty SMS"))
	}
	return nil
}

// E164 normalises a phone number to E.164. Numbers written the Korean way
// (leading 0, with or without hyphens or spaces) get +82. Anything else
// that is not 8 to 15 digits after "+" is a permanent error.
func E164(phone string) (string, error) {
	var b strings.Builder
	for i, r := range strings.TrimSpace(phone) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && i == 0:
			b.WriteRune(r)
		case r == '-' || r == ' ' || r == '(' || r == ')' || r == '.':
		default:
			return "", Permanent(fmt.Errorf("bad phone number %q", phone))
		}
	}
	n := b.String()
	switch {
	case strings.HasPrefix(n, "+"):
	case strings.HasPrefix(n, "0"):
		n = "+82" + n[1:]
	default:
		return "", Permanent(fmt.Errorf("phone number %q has no country", phone))
	}
	if d := len(n) - 1; d < 8 || d > 15 {
		return "", Permanent(fmt.Errorf("bad phone number %q", phone))
	}
	return n, nil
}
