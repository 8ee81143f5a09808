package bleve

import (
	"testing"

	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/searchtest"
)

func TestContractInMemory(t *testing.T) {
	searchtest.Run(t, func(t *testing.T) search.Index {
		x, err := Open("")
		if err != nil {
			t.Fatal(err)
		}
		return x
	})
}

// TestContractOnDisk runs the contract on a folder index, the form the
// one-process stack uses.
func TestContractOnDisk(t *testing.T) {
	searchtest.Run(t, func(t *testing.T) search.Index {
		x, err := Open(t.TempDir() + "/index")
		if err != nil {
			t.Fatal(err)
		}
		return x
	})
}
