package notify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
)

// Request is one notification to send, the notify function's input. It
// arrives as the detail of an EventBridge event (detail-type
// DetailType), as the body of SQS messages, or as a direct invocation.
type Request struct {
	Mail *Mail `json:"mail,omitempty"`
	SMS  *SMS  `json:"sms,omitempty"`
}

// DetailType is the EventBridge detail-type of a Request.
const DetailType = "Notification Requested"

// Sender sends Requests through a Mailer and a Texter.
type Sender struct {
	Mailer Mailer
	Texter Texter
	Log    *slog.Logger
}

// Send sends r's mail and SMS. A permanent failure of one channel (a
// bounced address) does not keep the other from being tried; permanent
// failures are logged, by key only, and not returned, since a retry
// cannot help. Any other failure is returned, so the invocation is
// retried and finally dead-lettered.
func (s Sender) Send(ctx context.Context, r Request) error {
	var errs []error
	if r.Mail != nil {
		if s.Mailer == nil {
			errs = append(errs, errors.New("notify: no mailer configured"))
		} else if err := s.Mailer.Send(ctx, *r.Mail); err != nil {
			errs = append(errs, s.failed("mail", r.Mail.Key, err))
		}
	}
	if r.SMS != nil {
		if s.Texter == nil {
			errs = append(errs, errors.New("notify: no texter configured"))
		} else if err := s.Texter.Send(ctx, *r.SMS); err != nil {
			errs = append(errs, s.failed("sms", r.SMS.Key, err))
		}
	}
	return errors.Join(errs...)
}

func (s Sender) failed(channel, key string, err error) error {
	log := s.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if errors.Is(err, ErrPermanent) {
		log.Warn("notification not deliverable", "channel", channel, "key", key, "err", err.Error())
		return nil
	}
	log.Error("notification failed", "channel", channel, "key", key, "err", err.Error())
	return fmt.Errorf("%s %s: %w", channel, key, err)
}

// Handle decodes payload (an EventBridge event, an SQS batch, or a bare
// Request) and sends every request in it.
func (s Sender) Handle(ctx context.Context, payload json.RawMessage) error {
	reqs, err := DecodeRequests(payload)
	if err != nil {
		return err
	}
	var errs []error
	for _, r := range reqs {
		errs = append(errs, s.Send(ctx, r))
	}
	return errors.Join(errs...)
}

// ErrBadRequest is returned for a payload that holds no Request.
var ErrBadRequest = errors.New("notify: not a notification request")

// DecodeRequests returns the Requests in payload.
func DecodeRequests(payload []byte) ([]Request, error) {
	var probe struct {
		DetailType string          `json:"detail-type"`
		Detail     json.RawMessage `json:"detail"`
		Records    []struct {
			EventSource string `json:"eventSource"`
			Body        string `json:"body"`
		} `json:"Records"`
		Request
	}
	if err := json.Unmarshal(payload, &probe); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	switch {
	case probe.DetailType != "":
		if probe.DetailType != DetailType {
			return nil, fmt.Errorf("%w: detail-type %q", ErrBadRequest, probe.DetailType)
		}
		return DecodeRequests(probe.Detail)
	case len(probe.Records) > 0:
		var out []Request
		for i, r := range probe.Records {
			if r.EventSource != "aws:sqs" {
				return nil, fmt.Errorf("%w: record %d from %q", ErrBadRequest, i, r.EventSource)
			}
			var req Request
			if err := json.Unmarshal([]byte(r.Body), &req); err != nil || (req.Mail == nil && req.SMS == nil) {
				return nil, fmt.Errorf("%w: SQS record %d", ErrBadRequest, i)
			}
			out = append(out, req)
		}
		return out, nil
	case probe.Mail != nil || probe.SMS != nil:
		return []Request{probe.Request}, nil
	}
	return nil, ErrBadRequest
}
