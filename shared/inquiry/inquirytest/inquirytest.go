// Package inquirytest is the conformance suite every inquiry store adapter
// must pass: the same assertions for bbolt and DynamoDB.
package inquirytest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/inquiry"
)

// Sample returns a fresh inquiry in state received, for department dept.
func Sample(now time.Time, org, dept, doc string) inquiry.Inquiry {
	q := inquiry.Inquiry{
		ID: inquiry.NewID(now), Org: org, DocumentID: doc, DocumentTitle: "2014년 정보공개 추진계획",
		Department: dept, DepartmentName: "행정국 정보공개정책과", Question: "이 계획의 예산 내역을 알 수 있을까요?",
		Publish: true, State: inquiry.Received, Version: 1, ReceivedAt: now.UTC(),
		Due: inquiry.Calendar{}.Due(now), TokenHash: inquiry.HashToken("t"), Contact: []byte{1, 2, 3}, ContactRef: "ref",
		History: []inquiry.Transition{{To: inquiry.Received, At: now.UTC()}},
	}
	return q
}

// Store is every interface an adapter implements for the users of the
// inquiry data: the Service, the Notifier, the Monitor and LoadBlinder.
type Store interface {
	inquiry.ServiceStore
	inquiry.NotifierStore
	inquiry.MonitorStore
	inquiry.Secrets
}

// Run runs the suite; open returns an empty store for one test.
func Run(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 10, 0, 0, 0, inquiry.KST)

	t.Run("CreateGetUpdate", func(t *testing.T) {
		st := open(t)
		q := Sample(now, "6110000", "1100123", "DOC-1")
		ev := inquiry.NewEvent(&q, inquiry.EvReceived, now)
		if err := st.Create(ctx, q, ev); err != nil {
			t.Fatal(err)
		}
		if err := st.Create(ctx, q, ev); !errors.Is(err, inquiry.ErrExists) {
			t.Fatalf("second create: %v, want ErrExists", err)
		}
		got, err := st.Get(ctx, q.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Question != q.Question || got.Version != 1 || string(got.Contact) != string(q.Contact) || !got.Due.Equal(q.Due) {
			t.Fatalf("got %+v", got)
		}
		if _, err := st.Get(ctx, "Q-20260101-AAAAAAAAAA"); !errors.Is(err, inquiry.ErrNotFound) {
			t.Fatalf("get unknown: %v", err)
		}
		ev2, err := got.Apply(inquiry.Change{Action: inquiry.ActAssign, Officer: "info-1", By: "staff"}, now, inquiry.Calendar{})
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Update(ctx, got, 1, ev2); err != nil {
			t.Fatal(err)
		}
		// A writer that read version 1 loses.
		if err := st.Update(ctx, got, 1); !errors.Is(err, inquiry.ErrConflict) {
			t.Fatalf("stale update: %v, want ErrConflict", err)
		}
		missing := Sample(now, "6110000", "1100123", "DOC-1")
		if err := st.Update(ctx, missing, 1); !errors.Is(err, inquiry.ErrNotFound) {
			t.Fatalf("update unknown: %v, want ErrNotFound", err)
		}
		got, _ = st.Get(ctx, q.ID)
		if got.State != inquiry.Assigned || got.Version != 2 || got.Officer != "info-1" {
			t.Fatalf("after update %+v", got)
		}
		e, err := st.Event(ctx, ev2.Ref())
		if err != nil || e.Type != inquiry.EvAssigned || e.Version != 2 {
			t.Fatalf("event %+v, %v", e, err)
		}
	})

	t.Run("EventsPendingDelivered", func(t *testing.T) {
		st := open(t)
		q := Sample(now, "6110000", "1100123", "DOC-1")
		ev := inquiry.NewEvent(&q, inquiry.EvReceived, now)
		if err := st.Create(ctx, q, ev); err != nil {
			t.Fatal(err)
		}
		alert := inquiry.NewAlert(&q, inquiry.EvReminder, now.Add(time.Minute))
		for i, want := range []bool{true, false} {
			added, err := st.AddEvent(ctx, alert)
			if err != nil || added != want {
				t.Fatalf("add alert #%d: %v %v, want %v", i, added, err, want)
			}
		}
		if _, err := st.AddEvent(ctx, inquiry.Event{Inquiry: "Q-20260101-AAAAAAAAAA", Key: "x/1"}); !errors.Is(err, inquiry.ErrNotFound) {
			t.Fatalf("alert on unknown inquiry: %v", err)
		}
		pend, err := st.Pending(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(pend) != 2 || pend[0].Key != ev.Key || pend[1].Key != alert.Key {
			t.Fatalf("pending %+v", pend)
		}
		if err := st.Delivered(ctx, ev.Ref(), now); err != nil {
			t.Fatal(err)
		}
		if err := st.Delivered(ctx, ev.Ref(), now); err != nil {
			t.Fatalf("second delivered: %v", err)
		}
		pend, _ = st.Pending(ctx, 10)
		if len(pend) != 1 || pend[0].Key != alert.Key {
			t.Fatalf("pending after delivery %+v", pend)
		}
		e, _ := st.Event(ctx, ev.Ref())
		if e.DeliveredAt == nil {
			t.Fatal("delivered_at not set")
		}
	})

	t.Run("List", func(t *testing.T) {
		st := open(t)
		var ids []string
		for i := range 5 {
			dept := "1100123"
			if i%2 == 1 {
				dept = "1100315"
			}
			q := Sample(now.Add(time.Duration(i)*24*time.Hour), "6110000", dept, fmt.Sprintf("DOC-%d", i%2))
			if i == 4 {
				q.State = inquiry.Answered
			}
			if err := st.Create(ctx, q, inquiry.NewEvent(&q, inquiry.EvReceived, now)); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, q.ID)
		}
		other := Sample(now, "3000000", "1100123", "DOC-0")
		if err := st.Create(ctx, other, inquiry.NewEvent(&other, inquiry.EvReceived, now)); err != nil {
			t.Fatal(err)
		}
		all, next, err := st.List(ctx, inquiry.Filter{Org: "6110000", Limit: 10})
		if err != nil || len(all) != 5 || next != "" {
			t.Fatalf("all: %d %q %v", len(all), next, err)
		}
		for i := 1; i < len(all); i++ {
			if all[i-1].ID >= all[i].ID {
				t.Fatalf("not in id order: %s, %s", all[i-1].ID, all[i].ID)
			}
		}
		dep, _, _ := st.List(ctx, inquiry.Filter{Org: "6110000", Department: "1100123"})
		if len(dep) != 3 {
			t.Fatalf("department: %d", len(dep))
		}
		ans, _, _ := st.List(ctx, inquiry.Filter{Org: "6110000", Department: "1100123", State: inquiry.Answered})
		if len(ans) != 1 || ans[0].ID != ids[4] {
			t.Fatalf("answered: %+v", ans)
		}
		doc, _, _ := st.List(ctx, inquiry.Filter{Org: "6110000", Document: "DOC-1"})
		if len(doc) != 2 {
			t.Fatalf("document: %d", len(doc))
		}
		// Paging: 2 + 2 + 1, no repeats.
		var seen []string
		after := ""
		for range 4 {
			page, next, err := st.List(ctx, inquiry.Filter{Org: "6110000", Limit: 2, After: after})
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range page {
				seen = append(seen, q.ID)
			}
			if next == "" {
				break
			}
			after = next
		}
		if fmt.Sprint(seen) != fmt.Sprint(ids) {
			t.Fatalf("paged %v, want %v", seen, ids)
		}
	})

	t.Run("Work", func(t *testing.T) {
		st := open(t)
		open1 := Sample(now, "6110000", "1100123", "D")
		closedWithContact := Sample(now, "6110000", "1100123", "D")
		closedWithContact.State = inquiry.Closed
		closedClean := Sample(now, "6110000", "1100123", "D")
		closedClean.State, closedClean.Contact = inquiry.Closed, nil
		for _, q := range []inquiry.Inquiry{open1, closedWithContact, closedClean} {
			if err := st.Create(ctx, q, inquiry.NewEvent(&q, inquiry.EvReceived, now)); err != nil {
				t.Fatal(err)
			}
		}
		got := map[string]bool{}
		if err := st.Work(ctx, func(q inquiry.Inquiry) error { got[q.ID] = true; return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || !got[open1.ID] || !got[closedWithContact.ID] {
			t.Fatalf("work %v", got)
		}
		// Deleting the contact of a closed inquiry takes it off the list.
		closedWithContact.Contact, closedWithContact.ContactRef = nil, ""
		closedWithContact.Version++
		if err := st.Update(ctx, closedWithContact, 1); err != nil {
			t.Fatal(err)
		}
		n := 0
		_ = st.Work(ctx, func(inquiry.Inquiry) error { n++; return nil })
		if n != 1 {
			t.Fatalf("work after deletion: %d", n)
		}
	})

	t.Run("ClaimFinish", func(t *testing.T) {
		st := open(t)
		key := "inquiry/Q-20261127-AAAAAAAAAA/received/1/email-citizen"
		c, err := st.Claim(ctx, key, now, time.Minute)
		if err != nil || c != inquiry.Granted {
			t.Fatalf("first claim %v %v", c, err)
		}
		if c, _ := st.Claim(ctx, key, now.Add(time.Second), time.Minute); c != inquiry.Busy {
			t.Fatalf("a live claim: %v, want Busy", c)
		}
		if c, _ := st.Claim(ctx, key, now.Add(2*time.Minute), time.Minute); c != inquiry.Granted {
			t.Fatal("an expired claim was not granted again")
		}
		if err := st.Finish(ctx, key, false); err != nil {
			t.Fatal(err)
		}
		if c, _ := st.Claim(ctx, key, now, time.Minute); c != inquiry.Granted {
			t.Fatal("a released claim was not granted again")
		}
		if err := st.Finish(ctx, key, true); err != nil {
			t.Fatal(err)
		}
		if c, _ := st.Claim(ctx, key, now.Add(24*time.Hour), time.Minute); c != inquiry.Sent {
			t.Fatalf("a sent message: %v, want Sent", c)
		}
		// Concurrent claims: exactly one wins.
		key2 := key + "-2"
		var wg sync.WaitGroup
		var mu sync.Mutex
		wins := 0
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if c, err := st.Claim(ctx, key2, now, time.Minute); err == nil && c == inquiry.Granted {
					mu.Lock()
					wins++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if wins != 1 {
			t.Fatalf("%d concurrent claims won", wins)
		}
	})

	t.Run("Count", func(t *testing.T) {
		st := open(t)
		for i := 1; i <= 3; i++ {
			n, err := st.Count(ctx, "addr:1.2.3.4", time.Hour, now.Add(time.Duration(i)*time.Minute))
			if err != nil || n != i {
				t.Fatalf("count %d: %d %v", i, n, err)
			}
		}
		if n, _ := st.Count(ctx, "addr:5.6.7.8", time.Hour, now); n != 1 {
			t.Fatalf("another key counts %d", n)
		}
		if n, _ := st.Count(ctx, "addr:1.2.3.4", time.Hour, now.Add(2*time.Hour)); n != 1 {
			t.Fatalf("next window counts %d", n)
		}
	})

	t.Run("Secret", func(t *testing.T) {
		st := open(t)
		if _, err := st.Secret(ctx, "k"); !errors.Is(err, inquiry.ErrNotFound) {
			t.Fatalf("missing secret: %v", err)
		}
		if err := st.PutSecret(ctx, "k", []byte("one")); err != nil {
			t.Fatal(err)
		}
		if err := st.PutSecret(ctx, "k", []byte("two")); !errors.Is(err, inquiry.ErrExists) {
			t.Fatalf("second put: %v", err)
		}
		if v, _ := st.Secret(ctx, "k"); string(v) != "one" {
			t.Fatalf("secret %q", v)
		}
	})
}
