package s3_test

import (
	"testing"

	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/storagetest"
)

// The S3 store passes the same contract as the folder store.
func TestContract(t *testing.T) {
	storagetest.Run(t, func(t *testing.T) (storage.Store, string) { return newStore(t) })
}
