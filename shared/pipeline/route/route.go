// Package route is the table of the pipeline's object-event routes: which
// bucket, which keys and which kinds of event start which stage.
//
// Everything that decides whether an event reaches a stage reads this one
// table: the pipeline's Handle and Wants (the local bus), each stage's own
// first check (a Lambda function is handed whatever its rule delivers, a
// redrive whatever it rebuilds), and the EventBridge rules of infra/stack,
// whose test compares the synthesized rules with it. A rule and the
// pipeline's routing thus cannot drift apart.
//
// It is a package of its own so that the CDK app reads the table without
// linking the stages.
package route

import (
	"path"
	"slices"
	"strings"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// EnvelopeName is the object whose arrival starts ingest; senders write it
// last, after the files it names.
const EnvelopeName = "envelope.json"

// Bucket is a bucket's role in the pipeline; storage.Buckets names the
// bucket that plays it.
type Bucket string

// The pipeline's buckets.
const (
	Inbox  Bucket = "inbox"
	Work   Bucket = "work"
	Public Bucket = "public"
)

// In returns the name of the bucket that plays b.
func (b Bucket) In(bs storage.Buckets) string {
	switch b {
	case Inbox:
		return bs.Inbox
	case Work:
		return bs.Work
	case Public:
		return bs.Public
	}
	return ""
}

// Stage names a pipeline stage; it is also the name of the Lambda
// function that runs the stage on AWS.
type Stage string

// The stages that object events start.
const (
	Ingest Stage = "ingest"
	Redact Stage = "redact"
	Index  Stage = "index"
)

// Route is one entry of the table: the events that start Stage.
type Route struct {
	Stage  Stage
	Bucket Bucket
	// Prefix, when set, is what the key starts with.
	Prefix string
	// Name, when set, is the key's last element. EventBridge cannot match
	// a whole element, so the rule matches it as a key suffix and the
	// stage then drops a key that merely ends in it ("x-envelope.json").
	Name string
	// Kinds are the event kinds taken (storage.Created, storage.Deleted).
	Kinds []string
}

// Table returns the routes, a new slice on each call.
func Table() []Route {
	created := []string{storage.Created}
	return []Route{
		{Stage: Ingest, Bucket: Inbox, Name: EnvelopeName, Kinds: created},
		{Stage: Redact, Bucket: Work, Prefix: document.PrefixStaged, Kinds: created},
		// A deleted public object is a retraction: the index drops it.
		{Stage: Index, Bucket: Public, Prefix: document.PrefixDocuments, Kinds: []string{storage.Created, storage.Deleted}},
	}
}

// Matches reports whether r takes ev, given the buckets' names.
func (r Route) Matches(ev storage.Event, bs storage.Buckets) bool {
	return ev.Bucket == r.Bucket.In(bs) &&
		slices.Contains(r.Kinds, ev.Kind) &&
		strings.HasPrefix(ev.Key, r.Prefix) &&
		(r.Name == "" || path.Base(ev.Key) == r.Name)
}

// Find returns the route in table that takes ev; ok is false when none
// does.
func Find(table []Route, ev storage.Event, bs storage.Buckets) (r Route, ok bool) {
	for _, r := range table {
		if r.Matches(ev, bs) {
			return r, true
		}
	}
	return Route{}, false
}
