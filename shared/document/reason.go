package document

import "errors"

// Problem is a machine-readable reason with a human message. Every document
// that does not go through carries one in the ledger.
type Problem struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (p *Problem) Error() string { return p.Code + ": " + p.Message }

// Reason returns the Problem inside err, if there is one.
func Reason(err error) (*Problem, bool) {
	var p *Problem
	ok := errors.As(err, &p)
	return p, ok
}

// Errorf builds a Problem.
func Errorf(code, message string) *Problem { return &Problem{Code: code, Message: message} }
