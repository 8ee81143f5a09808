package dynamodb

import "time"

// SetClock sets the ledger's clock, so a test can write across days.
func (l *Ledger) SetClock(now func() time.Time) { l.now = now }
