package route

import (
	"testing"

	"github.com/seoul-plaza/plaza/shared/storage"
)

// The table routes each event as the stages' filters always have: kinds,
// bucket, and a key's prefix or last element.
func TestFind(t *testing.T) {
	bs := storage.Buckets{Inbox: "in", Work: "wk", Public: "pub"}
	cases := []struct {
		ev   storage.Event
		want Stage // "" for no route
	}{
		{storage.Event{Kind: storage.Created, Bucket: "in", Key: "approval/X-1/envelope.json"}, Ingest},
		{storage.Event{Kind: storage.Created, Bucket: "in", Key: "envelope.json"}, Ingest},
		{storage.Event{Kind: storage.Created, Bucket: "in", Key: "approval/X-1/x-envelope.json"}, ""},
		{storage.Event{Kind: storage.Created, Bucket: "in", Key: "approval/X-1/files/a.hwp"}, ""},
		{storage.Event{Kind: storage.Deleted, Bucket: "in", Key: "approval/X-1/envelope.json"}, ""},
		{storage.Event{Kind: storage.Created, Bucket: "wk", Key: "staged/6110000/X-1/v1.json"}, Redact},
		{storage.Event{Kind: storage.Deleted, Bucket: "wk", Key: "staged/6110000/X-1/v1.json"}, ""},
		{storage.Event{Kind: storage.Created, Bucket: "wk", Key: "leaks/6110000/X-1/r.json"}, ""},
		{storage.Event{Kind: storage.Created, Bucket: "pub", Key: "documents/6110000/X-1.json"}, Index},
		{storage.Event{Kind: storage.Deleted, Bucket: "pub", Key: "documents/6110000/X-1.json"}, Index},
		{storage.Event{Kind: storage.Created, Bucket: "pub", Key: "static/app.js"}, ""},
		{storage.Event{Kind: storage.Created, Bucket: "other", Key: "documents/6110000/X-1.json"}, ""},
		{storage.Event{Kind: "", Bucket: "pub", Key: "documents/6110000/X-1.json"}, ""},
	}
	table := Table()
	for _, c := range cases {
		r, ok := Find(table, c.ev, bs)
		var got Stage
		if ok {
			got = r.Stage
		}
		if got != c.want {
			t.Errorf("%s %s/%s: routed to %q, want %q", c.ev.Kind, c.ev.Bucket, c.ev.Key, got, c.want)
		}
	}
}

// Each stage has exactly one route, and every route one key filter, as an
// EventBridge rule has.
func TestTableShape(t *testing.T) {
	seen := map[Stage]bool{}
	for _, r := range Table() {
		if seen[r.Stage] {
			t.Errorf("%s routed twice", r.Stage)
		}
		seen[r.Stage] = true
		if (r.Prefix == "") == (r.Name == "") {
			t.Errorf("%s: want exactly one of prefix and name, got %q %q", r.Stage, r.Prefix, r.Name)
		}
		if r.Bucket.In(storage.Buckets{Inbox: "i", Work: "w", Public: "p"}) == "" || len(r.Kinds) == 0 {
			t.Errorf("%s: bucket %q kinds %v", r.Stage, r.Bucket, r.Kinds)
		}
	}
	for _, s := range []Stage{Ingest, Redact, Index} {
		if !seen[s] {
			t.Errorf("%s has no route", s)
		}
	}
}
