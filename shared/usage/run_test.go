package usage

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoul-plaza/plaza/shared/access"
	"github.com/seoul-plaza/plaza/shared/redact"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// planted are the personal data a test's logs carry: a raw address, an
// e-mail address and a phone number typed into the search box, and an
// e-mail address in a referrer's query.
const (
	plantedIP    = "203.0.113.77"
	plantedIPv6  = "2001:db8:beef::77"
	plantedEmail = "hong.gildong@example.com"
	plantedPhone = "010-2345-6789"
)

func writeLog(t *testing.T, dir, name string, recs []access.Record) {
	t.Helper()
	var b bytes.Buffer
	for i, r := range recs {
		l, _ := json.Marshal(access.NewLine(fmt.Sprint(i), r.Time, "ANY /api/{proxy+}", r.Status, time.Millisecond, 10,
			r.IP, r.Method, r.Path, r.Query, r.Referer, r.UserAgent))
		b.Write(append(l, '\n'))
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o640); err != nil {
		t.Fatal(err)
	}
}

// TestNoPersonalDataInFiguresOrLogs plants addresses, an e-mail and a
// phone number in a day's logs (typed by enough visitors to pass K) and
// looks for them, and for the salt, in the kept figures, in the public
// and staff summaries and in the aggregation's own log lines. It also
// checks that old log files expire and a complete day is not counted
// twice.
func TestNoPersonalDataInFiguresOrLogs(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	st, err := localfs.New(root, nil)
	if err != nil {
		t.Fatal(err)
	}
	desktop := "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0 Safari/537.36"
	at := testStart.Add(10 * time.Hour)
	var recs []access.Record
	query := url.Values{"q": {"민원 " + plantedEmail + " " + plantedPhone}}.Encode()
	for i, ip := range []string{plantedIP, plantedIPv6, "198.51.100.1", "198.51.100.2"} {
		recs = append(recs,
			access.Record{Time: at.Add(time.Duration(i) * time.Minute), IP: ip, Method: "GET", Path: SearchPath, Query: query, Status: 200,
				Referer: "https://mail.example.net/read?to=" + plantedEmail, UserAgent: desktop},
			access.Record{Time: at, IP: ip, Method: "GET", Path: "/api/documents/DOC-0001", Status: 200, UserAgent: desktop})
	}
	writeLog(t, filepath.Join(root, "logs", "access"), access.FileName(at), recs)
	// A file past the retention, and one of its day's neighbour.
	old := testStart.Add(-40 * 24 * time.Hour)
	writeLog(t, filepath.Join(root, "logs", "access"), access.FileName(old), []access.Record{{Time: old, IP: plantedIP, Method: "GET", Path: "/", Status: 200}})

	var logs bytes.Buffer
	now := testStart.Add(30 * time.Hour) // the next day, 06:00
	a := New(Deps{Store: st, LogBucket: "logs", LogPrefixes: []string{"access/"}, WorkBucket: "work",
		Catalog: &catalog{}, Searcher: searcher{}, Redactor: redact.New(), Options: Options{DefaultOrg: "6110000"},
		Expire: true, Now: func() time.Time { return now }, Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	rep, err := a.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Days) != 1 || rep.Days[0] != testDay || rep.Lines != 8 || rep.Expired != 1 {
		t.Fatalf("run: %+v", rep)
	}
	if _, err := os.Stat(filepath.Join(root, "logs", "access", access.FileName(old))); !os.IsNotExist(err) {
		t.Errorf("the old log file is still there: %v", err)
	}
	kept, err := storage.ReadAll(ctx, st, "work", Key(testDay), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	var f Figures
	if err := json.Unmarshal(kept, &f); err != nil {
		t.Fatal(err)
	}
	if f.Visitors != 4 || f.PageViews != 4 || len(f.Searches) != 1 || f.Searches[0].Visitors != 4 || !f.Complete {
		t.Errorf("figures: %s", kept)
	}
	if len(a.salts) != 0 {
		t.Errorf("a past day's salt is still kept: %d", len(a.salts))
	}
	pub, _ := json.Marshal(Sum([]Figures{f}, testDay, testDay, 10, true))
	staff, _ := json.Marshal(Sum([]Figures{f}, testDay, testDay, 10, false))
	for what, text := range map[string]string{"figures": string(kept), "public": string(pub), "staff": string(staff), "log": logs.String()} {
		for _, p := range []string{plantedIP, plantedIPv6, plantedEmail, "hong.gildong", plantedPhone, "2345-6789", "203.0.113"} {
			if strings.Contains(text, p) {
				t.Errorf("%s carries %q: %s", what, p, text)
			}
		}
	}
	if !strings.Contains(string(pub), `"query":"민원 `) || !strings.Contains(string(pub), "mail.example.net") {
		t.Errorf("the masked query or the referrer's host is missing from the public answer: %s", pub)
	}
	// The salt is nowhere either (it is random per day; here, the one
	// just used is gone, so look for any 32-byte hex run instead).
	if strings.Contains(string(kept), "salt") || hexRun(string(kept)) {
		t.Errorf("the figures carry a hash or salt: %s", kept)
	}

	// A second run the same day counts nothing again.
	rep, err = a.Run(ctx)
	if err != nil || len(rep.Days) != 0 {
		t.Errorf("second run: %+v %v", rep, err)
	}
}

// hexRun reports a run of 32 or more hex digits (a hash).
func hexRun(s string) bool {
	n := 0
	for _, c := range s {
		if strings.ContainsRune("0123456789abcdefABCDEF", c) {
			if n++; n >= 32 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// TestCovered: a CloudFront file covers its UTC hour, a local file its
// whole UTC day, and nothing else.
func TestCovered(t *testing.T) {
	h := Covered([]string{"cloudfront/E2PLAZA.2026-12-06-03.a1b2c3.gz", "access/2026-12-04.log", "cloudfront/notes.txt"})
	for at, want := range map[time.Time]bool{
		time.Date(2026, 12, 6, 3, 0, 0, 0, time.UTC):                        true,
		time.Date(2026, 12, 6, 3, 59, 59, 0, time.UTC):                      true,
		time.Date(2026, 12, 6, 12, 30, 0, 0, time.FixedZone("KST", 9*3600)): true, // 03:30 UTC
		time.Date(2026, 12, 6, 4, 0, 0, 0, time.UTC):                        false,
		time.Date(2026, 12, 5, 3, 0, 0, 0, time.UTC):                        false,
		time.Date(2026, 12, 4, 23, 59, 0, 0, time.UTC):                      true,
		time.Date(2026, 12, 3, 23, 59, 0, 0, time.UTC):                      false,
	} {
		if h.Has(at) != want {
			t.Errorf("%v covered = %v, want %v", at, !want, want)
		}
	}
}
