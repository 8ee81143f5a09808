package bolt_test

import (
	"path/filepath"
	"testing"

	"github.com/seoul-plaza/plaza/shared/inquiry/bolt"
	"github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
)

func TestStore(t *testing.T) {
	inquirytest.Run(t, func(t *testing.T) inquirytest.Store {
		st, err := bolt.Open(filepath.Join(t.TempDir(), "inquiries.db"), bolt.Options{NoSync: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	})
}
