package inquiry_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/org"
)

func TestStateMachine(t *testing.T) {
	allowed := map[inquiry.State][]inquiry.Action{
		inquiry.Received:   {"assign", "extend", "answer", "close"},
		inquiry.Assigned:   {"assign", "start", "extend", "answer", "close"},
		inquiry.InProgress: {"assign", "extend", "answer", "close"},
		inquiry.Extended:   {"assign", "start", "answer", "close"},
		inquiry.Answered:   {"close"},
		inquiry.Closed:     {},
	}
	for _, s := range inquiry.States {
		for _, a := range inquiry.Actions {
			_, ok := inquiry.Next(s, a)
			if want := slices.Contains(allowed[s], a); ok != want {
				t.Errorf("%s --%s--> allowed=%v, want %v", s, a, ok, want)
			}
		}
	}
}

func fresh(now time.Time) inquiry.Inquiry {
	return inquiry.Inquiry{ID: inquiry.NewID(now), State: inquiry.Received, Version: 1, ReceivedAt: now, Due: inquiry.Calendar{}.Due(now)}
}

func TestApply(t *testing.T) {
	now := time.Date(2026, 11, 27, 10, 0, 0, 0, inquiry.KST)
	cal := inquiry.Calendar{}
	q := fresh(now)
	code := func(err error) string {
		p, ok := document.Reason(err)
		if !ok {
			return fmt.Sprint(err)
		}
		return fmt.Sprintf("%d %s", httpjson.Status(p.Kind, 0), p.Code)
	}
	if _, err := q.Apply(inquiry.Change{Action: inquiry.ActStart}, now, cal); code(err) != "409 inquiry.illegal_transition" {
		t.Fatalf("start from received: %v", err)
	}
	if _, err := q.Apply(inquiry.Change{Action: inquiry.ActAssign}, now, cal); code(err) != "400 body.bad_field:officer" {
		t.Fatalf("assign without officer: %v", err)
	}
	if _, err := q.Apply(inquiry.Change{Action: inquiry.ActClose}, now, cal); code(err) != "400 body.bad_field:reason" {
		t.Fatalf("close unanswered without reason: %v", err)
	}
	if _, err := q.Apply(inquiry.Change{Action: inquiry.ActExtend}, now, cal); code(err) != "400 body.bad_field:reason" {
		t.Fatalf("extend without reason: %v", err)
	}
	if q.Version != 1 || q.State != inquiry.Received || len(q.History) != 0 {
		t.Fatalf("refused changes altered the inquiry: %+v", q)
	}
	ev, err := q.Apply(inquiry.Change{Action: inquiry.ActAssign, Officer: "traffic-1", By: "s"}, now, cal)
	if err != nil || ev.Key != "assigned/2" || ev.Type != inquiry.EvAssigned || q.State != inquiry.Assigned || q.Version != 2 {
		t.Fatalf("assign: %+v %v", ev, err)
	}
	if _, err := q.Apply(inquiry.Change{Action: inquiry.ActAssign, Officer: "traffic-1"}, now, cal); code(err) != "409 inquiry.already_assigned" {
		t.Fatalf("same officer again: %v", err)
	}
	due := q.Due
	ev, err = q.Apply(inquiry.Change{Action: inquiry.ActExtend, Reason: "자료 취합에 시간이 필요함"}, now, cal)
	if err != nil || q.State != inquiry.Extended || !q.Due.Equal(cal.Extend(due)) || ev.Key != "extended/3" {
		t.Fatalf("extend: %+v %v", q, err)
	}
	// Back to work after a reassignment, the extension stays used up.
	if _, err := q.Apply(inquiry.Change{Action: inquiry.ActAssign, Officer: "traffic-2"}, now, cal); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Apply(inquiry.Change{Action: inquiry.ActExtend, Reason: "again"}, now, cal); code(err) != "409 inquiry.already_extended" {
		t.Fatalf("second extension: %v", err)
	}
	if _, err := q.Apply(inquiry.Change{Action: inquiry.ActAnswer, Answer: "  "}, now, cal); code(err) != "400 body.bad_field:answer" {
		t.Fatalf("empty answer: %v", err)
	}
	if _, err := q.Apply(inquiry.Change{Action: inquiry.ActAnswer, Answer: "답변", By: "s"}, now, cal); err != nil || q.AnsweredAt == nil {
		t.Fatalf("answer: %v", err)
	}
	for _, a := range []inquiry.Action{inquiry.ActAnswer, inquiry.ActExtend, inquiry.ActAssign, inquiry.ActStart} {
		if _, err := q.Apply(inquiry.Change{Action: a, Answer: "x", Reason: "x", Officer: "x"}, now, cal); code(err) != "409 inquiry.illegal_transition" {
			t.Fatalf("%s after the answer: %v", a, err)
		}
	}
	if _, err := q.Apply(inquiry.Change{Action: inquiry.ActClose}, now, cal); err != nil || q.State != inquiry.Closed {
		t.Fatalf("close answered: %v", err)
	}
	if len(q.History) != 5 || q.History[4].From != inquiry.Answered || q.History[4].To != inquiry.Closed {
		t.Fatalf("history %+v", q.History)
	}
	// An overdue inquiry can no longer be extended.
	late := fresh(now)
	if _, err := late.Apply(inquiry.Change{Action: inquiry.ActExtend, Reason: "x"}, late.Due.Add(time.Second), cal); code(err) != "409 inquiry.overdue" {
		t.Fatalf("late extension: %v", err)
	}
}

func TestCalendar(t *testing.T) {
	cal := inquiry.Calendar{Holidays: map[string]bool{"2026-12-25": true}}
	at := func(s string) time.Time {
		t, err := time.ParseInLocation("2006-01-02 15:04", s, inquiry.KST)
		if err != nil {
			panic(err)
		}
		return t
	}
	cases := []struct{ received, due string }{
		{"2026-11-27 10:00", "2026-12-07"}, // Friday + 10 = Monday
		{"2026-11-25 09:00", "2026-12-07"}, // + 10 = Saturday → Monday
		{"2026-11-26 23:30", "2026-12-07"}, // + 10 = Sunday → Monday
		{"2026-12-15 12:00", "2026-12-28"}, // + 10 = Friday 25th, a holiday → Monday 28th
		{"2026-12-01 08:59", "2026-12-11"}, // plain
	}
	for _, c := range cases {
		due := cal.Due(at(c.received))
		if inquiry.DueDate(due) != c.due || due.In(inquiry.KST).Format("15:04:05") != "23:59:59" {
			t.Errorf("received %s: due %s, want end of %s", c.received, due.In(inquiry.KST), c.due)
		}
	}
	// A UTC time late in the day is already the next day in Korea.
	if d := inquiry.DueDate(cal.Due(time.Date(2026, 12, 1, 16, 0, 0, 0, time.UTC))); d != "2026-12-14" {
		t.Errorf("UTC evening: due %s, want 2026-12-14 (received 12-02 KST)", d)
	}
	if d := inquiry.DueDate(cal.Extend(cal.Due(at("2026-11-27 10:00")))); d != "2026-12-17" {
		t.Errorf("extended due %s, want 2026-12-17", d)
	}
}

func TestTokensAndIDs(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		tok := inquiry.NewToken()
		raw, err := base64.RawURLEncoding.DecodeString(tok)
		if err != nil || len(raw) < 16 {
			t.Fatalf("token %q: %d bytes, %v", tok, len(raw), err)
		}
		if seen[tok] {
			t.Fatal("token repeated")
		}
		seen[tok] = true
	}
	q := inquiry.Inquiry{TokenHash: inquiry.HashToken("secret")}
	if !q.CheckToken("secret") || q.CheckToken("Secret") || q.CheckToken("") {
		t.Fatal("CheckToken")
	}
	id := inquiry.NewID(time.Date(2026, 11, 27, 23, 30, 0, 0, time.UTC))
	if !inquiry.ValidID(id) || !strings.HasPrefix(id, "Q-20261128-") {
		t.Fatalf("id %q (KST day expected)", id)
	}
	for _, bad := range []string{"", "Q-2026112-AAAAAAAAAA", "../../etc", "Q-20261127-aaaaaaaaaa", "Q-20261127-AAAAAAAAAA/x"} {
		if inquiry.ValidID(bad) {
			t.Errorf("ValidID(%q)", bad)
		}
	}
}

func TestLocalSealer(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "keys", "inquiry.key")
	key, err := inquiry.LoadOrCreateKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v", fi.Mode())
	}
	again, _ := inquiry.LoadOrCreateKey(path)
	if !bytes.Equal(key, again) {
		t.Fatal("the key changed on reload")
	}
	s, err := inquiry.NewLocal(key)
	if err != nil {
		t.Fatal(err)
	}
	c := inquiry.Contact{Email: "a@example.com", Phone: "010-1111-2222", Name: "김철수", Token: "tok"}
	sealed, err := inquiry.SealContact(ctx, s, "Q-1", c)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, []byte("a@example.com")) || bytes.Contains(sealed, []byte("1111-2222")) {
		t.Fatal("sealed data shows the contact")
	}
	got, err := inquiry.OpenContact(ctx, s, inquiry.Inquiry{ID: "Q-1", Contact: sealed})
	if err != nil || got != c {
		t.Fatalf("open: %+v %v", got, err)
	}
	if _, err := inquiry.OpenContact(ctx, s, inquiry.Inquiry{ID: "Q-2", Contact: sealed}); err == nil {
		t.Fatal("a contact opened under another inquiry")
	}
	tampered := append([]byte(nil), sealed...)
	tampered[len(tampered)-1] ^= 1
	if _, err := s.Open(ctx, tampered, "inquiry:Q-1"); err == nil {
		t.Fatal("tampered data opened")
	}
	if _, err := inquiry.NewLocal(key[:16]); err == nil {
		t.Fatal("a short key was accepted")
	}
	if err := os.WriteFile(path, []byte("short"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := inquiry.LoadOrCreateKey(path); err == nil {
		t.Fatal("a bad key file was accepted")
	}
}

func TestContactStaysOutOfLogs(t *testing.T) {
	c := inquiry.Contact{Email: "a@example.com", Phone: "010-1111-2222", Name: "김철수", Token: "tok"}
	var buf bytes.Buffer
	// The time is dropped: its nanoseconds once read "…010861111Z" and
	// matched the phone's digits (CI failed on it).
	noTime := func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}
	slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: noTime})).Info("oops", "contact", c)
	for _, s := range []string{fmt.Sprint(c), fmt.Sprintf("%+v", c), fmt.Sprintf("%#v", c), buf.String()} {
		if strings.Contains(s, "a@example.com") || strings.Contains(s, "1111-2222") || strings.Contains(s, "김철수") {
			t.Fatalf("contact shows: %s", s)
		}
	}
}

// repoRoot walks up to the directory holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the package")
		}
		dir = parent
	}
}

// cityHall is the directory of the embedded default organization.
func cityHall(t testing.TB) *inquiry.Directory {
	t.Helper()
	d, ok := inquiry.FromOrgs(org.Embedded()).Of(org.Embedded().Default().Code)
	if !ok {
		t.Fatal("no directory of the default organization")
	}
	return d
}

func TestDirectory(t *testing.T) {
	d := cityHall(t)
	// Every department of the local stack's sample city is listed.
	seed, err := os.ReadFile(filepath.Join(repoRoot(t), "infra", "local", "seed.go"))
	if err != nil {
		t.Fatal(err)
	}
	codes := regexp.MustCompile(`\{"(11\d{5})", "([^"]+)"`).FindAllStringSubmatch(string(seed), -1)
	if len(codes) < 5 {
		t.Fatalf("found only %d departments in seed.go", len(codes))
	}
	for _, c := range codes {
		r := d.Lookup(c[1])
		if r.Fallback || r.Name != c[2] || len(r.Officers) == 0 || r.Head == nil {
			t.Errorf("department %s %s: %+v", c[1], c[2], r)
		}
	}
	r := d.Lookup("0000000")
	if !r.Fallback || r.Code != "1100123" || r.Asked != "0000000" {
		t.Fatalf("unknown department: %+v", r)
	}
	if _, ok := d.Officer("1100315", "traffic-1"); !ok {
		t.Fatal("traffic-1 not found")
	}
	if _, ok := d.Officer("1100123", "traffic-1"); ok {
		t.Fatal("an officer found in the wrong department")
	}
}

func TestParseMessageKey(t *testing.T) {
	r, suffix, err := inquiry.ParseMessageKey("inquiry/Q-20261127-ABCDEFGHIJ/answered/4/email-citizen")
	if err != nil || r.Inquiry != "Q-20261127-ABCDEFGHIJ" || r.Key != "answered/4" || suffix != "email-citizen" {
		t.Fatalf("%+v %q %v", r, suffix, err)
	}
	for _, bad := range []string{"", "inquiry/", "inquiry/Q-1/x/y", "alert/Q-20261127-ABCDEFGHIJ/a/b", "inquiry/Q-20261127-ABCDEFGHIJ/x"} {
		if _, _, err := inquiry.ParseMessageKey(bad); err == nil {
			t.Errorf("parsed %q", bad)
		}
	}
}

// The directory is the organization's file: each organization its own,
// the same department id routed to two different offices.
func TestDirectoryFromOrg(t *testing.T) {
	set := org.Embedded()
	seoul, _ := set.Get("6110000")
	gangnam, _ := set.Get("3220000")
	a, b := inquiry.FromOrg(seoul).Lookup("1100123"), inquiry.FromOrg(gangnam).Lookup("1100123")
	if a.Fallback || b.Fallback || a.Name == b.Name || a.Officers[0].Email == b.Officers[0].Email {
		t.Errorf("1100123: %+v / %+v", a, b)
	}
	if r := inquiry.FromOrg(gangnam).Lookup("1100315"); !r.Fallback || r.Code != "3220100" {
		t.Errorf("City Hall's department at Gangnam-gu: %+v", r)
	}
	// Every organization of the set has its own, and no other.
	dirs := inquiry.FromOrgs(set)
	for _, o := range set.All() {
		d, ok := dirs.Of(o.Code)
		if !ok || d.Org() != o.Code || d.Units() != len(o.Departments) || d.Sender() != o.Branding.Name {
			t.Errorf("directory of %s: %v %v", o.Code, d, ok)
		}
		if p, ok := d.Privacy(); !ok || p.Email != o.Inquiry.Privacy.Email {
			t.Errorf("privacy officer of %s: %+v", o.Code, p)
		}
	}
	if _, ok := dirs.Of("9999999"); ok {
		t.Error("a directory for an organization the set does not have")
	}
}
