package dynamodb_test

import (
	"context"
	"errors"
	"os"
	"testing"

	awsddb "github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/seoul-plaza/plaza/shared/awstest"
	"github.com/seoul-plaza/plaza/shared/ledger"
	"github.com/seoul-plaza/plaza/shared/ledger/dynamodb"
	"github.com/seoul-plaza/plaza/shared/ledger/ledgertest"
)

var moto awstest.Shared

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

func open(t *testing.T) *dynamodb.Ledger {
	t.Helper()
	srv := moto.Get(t)
	client := awsddb.NewFromConfig(srv.Config)
	table := awstest.Name("plaza-ledger")
	if err := dynamodb.CreateTable(context.Background(), client, table); err != nil {
		t.Fatal(err)
	}
	return dynamodb.New(client, table)
}

func TestLedger(t *testing.T) {
	ledgertest.Run(t, func(t *testing.T) ledger.Ledger { return open(t) })
}

func TestFeed(t *testing.T) {
	ledgertest.RunFeed(t, func(t *testing.T) ledgertest.Feed {
		l := open(t)
		l.SetSettle(0) // read the writes at once
		return l
	})
}

func TestBadCursor(t *testing.T) {
	l := open(t)
	for _, c := range []string{"%%%", "bm90IGpzb24", "eyJ4IjoieSJ9"} { // not base64, not JSON, unknown attribute
		_, _, err := l.List(context.Background(), ledger.Filter{After: c})
		if !errors.Is(err, dynamodb.ErrBadCursor) {
			t.Errorf("cursor %q: %v, want ErrBadCursor", c, err)
		}
	}
}
