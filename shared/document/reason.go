package document

import "errors"

// Problem is a machine-readable reason with a human message: the one error
// vocabulary of Plaza. Every document that does not go through carries one
// in the ledger, and every refusal an API answers with is one. It says
// nothing of HTTP; the handlers map its Kind to a status at the edge.
type Problem struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// Kind is what the caller can do about it. It is not stored: the
	// ledger keeps the code and the message, which are the contract.
	Kind Kind `json:"-"`
}

func (p *Problem) Error() string { return p.Code + ": " + p.Message }

// Kind says why a request was refused, so that each edge can answer in its
// own protocol without a table of codes.
type Kind uint8

// The kinds. Unspecified leaves the answer to the edge that meets it: a
// pipeline reason never reaches one, and a reviewer's refusal is a
// conflict with the document's state there.
const (
	Unspecified Kind = iota
	Invalid          // the request itself is wrong; sending it again fails again
	NotFound         // what the request names does not exist
	Conflict         // the request does not fit the current state
	Limited          // too many requests; try again later
)

// Reason returns the Problem inside err, if there is one. It is the one
// way to ask an error for its reason.
func Reason(err error) (*Problem, bool) {
	var p *Problem
	ok := errors.As(err, &p)
	return p, ok
}

// Errorf builds a Problem of no particular Kind.
func Errorf(code, message string) *Problem { return &Problem{Code: code, Message: message} }

// Refusal builds a Problem of a Kind.
func Refusal(kind Kind, code, message string) *Problem {
	return &Problem{Code: code, Message: message, Kind: kind}
}
