package bolt

import (
	"path/filepath"
	"testing"

	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/ledgertest"
)

// The bbolt ledger passes the same contract as the DynamoDB one.
func TestContract(t *testing.T) {
	for name, o := range map[string]Options{"fsync": {}, "nosync": {NoSync: true}} {
		t.Run(name, func(t *testing.T) {
			ledgertest.Run(t, func(t *testing.T) ledger.Ledger {
				l, err := OpenWith(filepath.Join(t.TempDir(), "ledger.db"), o)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { l.Close() })
				return l
			})
		})
	}
}

func TestReadOnlyWhileHeldFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if ro, err := OpenReadOnly(path); err == nil {
		ro.Close()
		t.Fatal("opened a ledger another process holds for writing")
	}
}
