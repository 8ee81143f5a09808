package stats

import (
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
)

// Counts are the documents of one group (a department on a day, an
// organization over a month…). Received counts every record; the states
// split it, each record in exactly one of Published, Closed, Withheld,
// Review, Rejected, Retracted and Pending.
type Counts struct {
	Received int `json:"received"`
	// Published counts documents released in full or in part.
	Published int `json:"published"`
	// Closed counts closed documents, listed by their metadata only.
	Closed    int `json:"closed"`
	Withheld  int `json:"withheld"`
	Review    int `json:"review"`
	Rejected  int `json:"rejected"`
	Retracted int `json:"retracted"`
	// Pending counts documents still moving through the pipeline.
	Pending int `json:"pending"`
	// FormatRejected counts the rejections for format faults (a part of
	// Rejected), which the ratio leaves out.
	FormatRejected int `json:"format_rejected"`
	// WithheldBy splits Withheld by reason (policy.scheduled,
	// review.withheld:5…).
	WithheldBy map[string]int `json:"withheld_by,omitempty"`
	// ClosedBy counts closed documents per exemption item they cite; a
	// document citing two items counts under both.
	ClosedBy map[string]int `json:"closed_by,omitempty"`
	// RejectedBy splits Rejected by reason code (ReasonCode).
	RejectedBy map[string]int `json:"rejected_by,omitempty"`
}

// Ratio is the release ratio of c.
func (c Counts) Ratio() float64 { return Ratio(c.Published, c.Received, c.FormatRejected) }

// Base is the ratio's denominator, Received − FormatRejected.
func (c Counts) Base() int { return c.Received - c.FormatRejected }

func bump(m *map[string]int, k string, n int) {
	if *m == nil {
		*m = map[string]int{}
	}
	(*m)[k] += n
	if (*m)[k] == 0 {
		delete(*m, k)
	}
	if len(*m) == 0 {
		*m = nil
	}
}

// Count adds (n 1) or removes (n −1) a record with facts f.
func (c *Counts) Count(f ledger.Facts, n int) {
	c.Received += n
	switch f.State {
	case ledger.Published, ledger.Indexed:
		if f.Grade == document.GradeClosed {
			c.Closed += n
			for _, x := range f.Exemptions {
				bump(&c.ClosedBy, x, n)
			}
		} else {
			c.Published += n
		}
	case ledger.Withheld:
		c.Withheld += n
		bump(&c.WithheldBy, f.Reason, n)
	case ledger.Review:
		c.Review += n
	case ledger.Rejected:
		c.Rejected += n
		bump(&c.RejectedBy, ReasonCode(f.Reason), n)
		if FormatFault(f.Reason) {
			c.FormatRejected += n
		}
	case ledger.Retracted:
		c.Retracted += n
	default:
		c.Pending += n
	}
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Received += o.Received
	c.Published += o.Published
	c.Closed += o.Closed
	c.Withheld += o.Withheld
	c.Review += o.Review
	c.Rejected += o.Rejected
	c.Retracted += o.Retracted
	c.Pending += o.Pending
	c.FormatRejected += o.FormatRejected
	for k, n := range o.WithheldBy {
		bump(&c.WithheldBy, k, n)
	}
	for k, n := range o.ClosedBy {
		bump(&c.ClosedBy, k, n)
	}
	for k, n := range o.RejectedBy {
		bump(&c.RejectedBy, k, n)
	}
}

// zero reports whether c counts nothing.
func (c Counts) zero() bool {
	return c.Received == 0 && c.Published == 0 && c.Closed == 0 && c.Withheld == 0 && c.Review == 0 &&
		c.Rejected == 0 && c.Retracted == 0 && c.Pending == 0 && c.FormatRejected == 0 &&
		c.WithheldBy == nil && c.ClosedBy == nil && c.RejectedBy == nil
}
