package inquiry

import (
	"encoding/json"
	"fmt"
	"strings"
)

// BounceKeys reads an SES event (event publishing through a configuration
// set, delivered by EventBridge or SNS, or an identity notification) and
// returns the message keys of the mail that bounced for good or drew a
// complaint; feed each to Notifier.Bounced. Transient bounces and other
// events give none. The key comes from the X-Plaza-Key header, or failing
// that from the plaza-key tag, where '/' was written as '_' (no part of an
// inquiry message key holds '_').
func BounceKeys(data []byte) ([]string, error) {
	var ev struct {
		EventType        string `json:"eventType"`
		NotificationType string `json:"notificationType"`
		Bounce           struct {
			BounceType string `json:"bounceType"`
		} `json:"bounce"`
		Mail struct {
			Headers []struct {
				Name  string `json:"name"`
				Value string `json:"value"`
			} `json:"headers"`
			Tags map[string][]string `json:"tags"`
		} `json:"mail"`
	}
	if err := json.Unmarshal(data, &ev); err != nil {
		return nil, fmt.Errorf("inquiry: SES event: %w", err)
	}
	kind := ev.EventType
	if kind == "" {
		kind = ev.NotificationType
	}
	switch {
	case kind == "Complaint":
	case kind == "Bounce" && ev.Bounce.BounceType == "Permanent":
	default:
		return nil, nil
	}
	for _, h := range ev.Mail.Headers {
		if strings.EqualFold(h.Name, "X-Plaza-Key") && h.Value != "" {
			return []string{h.Value}, nil
		}
	}
	var out []string
	for _, v := range ev.Mail.Tags["plaza-key"] {
		if strings.HasPrefix(v, "inquiry_") {
			out = append(out, strings.ReplaceAll(v, "_", "/"))
		}
	}
	return out, nil
}
