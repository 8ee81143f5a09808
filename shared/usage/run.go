package usage

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/seoul-plaza/plaza/shared/access"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Prefix is where the work bucket keeps the figures, one object a day.
const Prefix = document.PrefixStats + "usage/"

// Key is the work-bucket key of a day's figures.
func Key(day string) string { return Prefix + day + ".json" }

// Retention is how long raw access logs are kept (S3's lifecycle rule on
// AWS; the aggregation deletes older local files).
const Retention = 30 * 24 * time.Hour

// GatewayLog is API Gateway's access log as its delivery keeps it
// (CloudWatch Logs on AWS: shared/usage/cwlogs).
type GatewayLog interface {
	// Messages calls fn with every message logged in [from, to): each a
	// JSON line of access.GatewayFormat.
	Messages(ctx context.Context, from, to time.Time, fn func(message string) error) error
}

// Deps are what the daily aggregation reads and writes.
type Deps struct {
	Store storage.Store
	// LogBucket and LogPrefixes are where the access logs are: on AWS the
	// log bucket's "cloudfront/", on one machine the stack's "access/".
	// A file's UTC date is read from its name (CloudFront's
	// <dist>.2006-01-02-15.<id>.gz, the local 2006-01-02.log).
	LogBucket   string
	LogPrefixes []string
	// Gateway, when set, is API Gateway's access log (AWS). Behind
	// CloudFront every API request is in both logs, and CloudFront's
	// line has the viewer's address and the query; so a gateway line is
	// counted only for the UTC hours no log file covers (CloudFront's
	// delivery is best effort, or its logging was off), and then as
	// relayed: a request and a view, not a visitor.
	Gateway GatewayLog
	// WorkBucket keeps the figures under Prefix.
	WorkBucket string
	Catalog    Catalog
	Searcher   Searcher
	Redactor   Redactor
	// Options are the tally's (the salt is drawn here, per day).
	Options Options
	// Expire deletes log files older than Retention (one machine; on AWS
	// the log bucket's lifecycle rule does).
	Expire bool
	// Today also counts the day so far (one machine, so that its pages
	// show figures before midnight); its figures are marked incomplete
	// and counted again once the day is over.
	Today  bool
	Now    func() time.Time
	Logger *slog.Logger
}

// Aggregator runs the daily aggregation. Its salts live in its memory
// only, one per Seoul day, and are dropped when their day is over.
type Aggregator struct {
	d     Deps
	mu    sync.Mutex
	salts map[string][]byte
}

// New returns an Aggregator.
func New(d Deps) *Aggregator {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	return &Aggregator{d: d, salts: map[string][]byte{}}
}

// RunReport says what a run did.
type RunReport struct {
	Days    []string `json:"days"`    // the days aggregated
	Lines   int      `json:"lines"`   // records of those days
	Expired int      `json:"expired"` // log files deleted
}

var fileDate = regexp.MustCompile(`(\d{4}-\d{2}-\d{2})`)

// Run aggregates every day of the retention window that has logs and no
// complete figures yet (and today, with Deps.Today), and expires old
// logs.
func (a *Aggregator) Run(ctx context.Context) (RunReport, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	var rep RunReport
	now := a.d.Now()
	today := Day(now)
	oldest := now.Add(-Retention)
	files := map[string][]string{} // UTC date → keys
	for _, p := range a.d.LogPrefixes {
		err := a.d.Store.List(ctx, a.d.LogBucket, p, func(in storage.Info) error {
			m := fileDate.FindString(path.Base(in.Key))
			if m == "" {
				return nil
			}
			t, err := time.Parse(time.DateOnly, m)
			if err != nil {
				return nil
			}
			if a.d.Expire && t.AddDate(0, 0, 1).Before(oldest) {
				if err := a.d.Store.Delete(ctx, a.d.LogBucket, in.Key); err != nil {
					return fmt.Errorf("expiring a log file: %w", err)
				}
				rep.Expired++
				return nil
			}
			files[m] = append(files[m], in.Key)
			return nil
		})
		if err != nil {
			return rep, fmt.Errorf("usage: listing logs: %w", err)
		}
	}
	var errs []error
	for d := Day(oldest); d <= today; d = nextDay(d) {
		if d == today && !a.d.Today {
			break
		}
		prev := prevDay(d)
		keys := append(slices.Clone(files[prev]), files[d]...)
		if len(keys) == 0 && a.d.Gateway == nil {
			continue
		}
		if d != today {
			if done, err := a.complete(ctx, d); err != nil {
				errs = append(errs, err)
				continue
			} else if done {
				continue
			}
		}
		f, wrote, err := a.aggregate(ctx, d, keys, d != today)
		if err != nil {
			errs = append(errs, fmt.Errorf("usage: %s: %w", d, err))
			continue
		}
		if !wrote {
			continue
		}
		rep.Days = append(rep.Days, d)
		rep.Lines += f.Lines
	}
	// A day's salt goes with its day.
	for d := range a.salts {
		if d != today {
			delete(a.salts, d)
		}
	}
	a.d.Logger.LogAttrs(ctx, slog.LevelInfo, "usage aggregated", slog.Int("days", len(rep.Days)),
		slog.Int("lines", rep.Lines), slog.Int("expired", rep.Expired))
	return rep, errors.Join(errs...)
}

func nextDay(d string) string {
	t, _ := time.Parse(time.DateOnly, d)
	return t.AddDate(0, 0, 1).Format(time.DateOnly)
}

func prevDay(d string) string {
	t, _ := time.Parse(time.DateOnly, d)
	return t.AddDate(0, 0, -1).Format(time.DateOnly)
}

// complete reports whether day's figures were counted after it ended.
func (a *Aggregator) complete(ctx context.Context, day string) (bool, error) {
	b, err := storage.ReadAll(ctx, a.d.Store, a.d.WorkBucket, Key(day), 64<<20)
	if errors.Is(err, storage.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("usage: reading %s: %w", day, err)
	}
	var f Figures
	if err := json.Unmarshal(b, &f); err != nil {
		return false, nil // unreadable: count it again
	}
	return f.Complete, nil
}

func (a *Aggregator) salt(day string) ([]byte, error) {
	if s, ok := a.salts[day]; ok {
		return s, nil
	}
	s := make([]byte, 32)
	if _, err := rand.Read(s); err != nil {
		return nil, err
	}
	a.salts[day] = s
	return s, nil
}

// Aggregate counts one day from the given log files (and the gateway's
// log, Deps.Gateway) and writes its figures.
func (a *Aggregator) Aggregate(ctx context.Context, day string, keys []string, complete bool) (Figures, error) {
	f, _, err := a.aggregate(ctx, day, keys, complete)
	return f, err
}

// aggregate is Aggregate; wrote is false for a day without a line, whose
// figures are not written.
func (a *Aggregator) aggregate(ctx context.Context, day string, keys []string, complete bool) (Figures, bool, error) {
	f, err := a.count(ctx, day, keys, complete)
	if err != nil || (len(keys) == 0 && f.Lines == 0 && f.Skipped == 0) {
		return f, false, err
	}
	b, err := json.Marshal(f)
	if err != nil {
		return Figures{}, false, err
	}
	if err := a.d.Store.Put(ctx, a.d.WorkBucket, Key(day), bytes.NewReader(b), storage.PutOptions{ContentType: "application/json"}); err != nil {
		return Figures{}, false, fmt.Errorf("writing the figures: %w", err)
	}
	return f, true, nil
}

func (a *Aggregator) count(ctx context.Context, day string, keys []string, complete bool) (Figures, error) {
	o := a.d.Options
	var err error
	if o.Salt, err = a.salt(day); err != nil {
		return Figures{}, err
	}
	t, err := NewTally(day, o)
	if err != nil {
		return Figures{}, err
	}
	for _, k := range keys {
		rc, _, err := a.d.Store.Get(ctx, a.d.LogBucket, k)
		if errors.Is(err, storage.ErrNotFound) {
			continue // expired meanwhile
		}
		if err != nil {
			return Figures{}, fmt.Errorf("reading a log file: %w", err)
		}
		skipped, err := access.Scan(rc, func(r access.Record) error { t.Add(r); return nil })
		rc.Close()
		if err != nil {
			return Figures{}, err
		}
		t.Skipped(skipped)
	}
	if a.d.Gateway != nil {
		if err := a.gateway(ctx, day, keys, t); err != nil {
			return Figures{}, err
		}
	}
	f, err := t.Figures(ctx, a.d.Catalog, a.d.Redactor, a.d.Searcher)
	if err != nil {
		return Figures{}, err
	}
	f.Complete, f.Generated = complete, a.d.Now().UTC()
	return f, nil
}

// gateway counts the gateway's lines of day whose UTC hour no log file
// covers, as relayed records.
func (a *Aggregator) gateway(ctx context.Context, day string, keys []string, t *Tally) error {
	covered := Covered(keys)
	start, end, err := dayBounds(day)
	if err != nil {
		return err
	}
	skipped := 0
	err = a.d.Gateway.Messages(ctx, start, end, func(m string) error {
		r, err := access.ParseLine([]byte(m))
		if err != nil {
			skipped++
			return nil
		}
		if covered.Has(r.Time) {
			return nil
		}
		r.Relayed = true
		t.Add(r)
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading the gateway's access log: %w", err)
	}
	t.Skipped(skipped)
	return nil
}

// Hours are the UTC hours (and whole UTC days) log files cover.
type Hours map[string]bool

// cloudFrontHour is the hour in a CloudFront log file's name
// (<distribution>.2006-01-02-15.<id>.gz).
var cloudFrontHour = regexp.MustCompile(`\.(\d{4}-\d{2}-\d{2})-(\d{2})\.`)

// Covered returns the hours the log files named by keys cover: the hour
// of a CloudFront file, the whole day of a file named by its date only
// (the local stack's).
func Covered(keys []string) Hours {
	h := Hours{}
	for _, k := range keys {
		base := path.Base(k)
		if m := cloudFrontHour.FindStringSubmatch(base); m != nil {
			h[m[1]+"T"+m[2]] = true
		} else if d := fileDate.FindString(base); d != "" {
			h[d] = true
		}
	}
	return h
}

// Has reports whether t's UTC hour is covered.
func (h Hours) Has(t time.Time) bool {
	u := t.UTC()
	return h[u.Format(time.DateOnly)] || h[u.Format("2006-01-02T15")]
}

// Load reads the figures of the days from..to (inclusive, 2006-01-02).
func Load(ctx context.Context, st storage.Store, bucket, from, to string) ([]Figures, error) {
	var out []Figures
	err := st.List(ctx, bucket, Prefix, func(in storage.Info) error {
		day := strings.TrimSuffix(strings.TrimPrefix(in.Key, Prefix), ".json")
		if day < from || day > to || len(day) != len(time.DateOnly) {
			return nil
		}
		b, err := storage.ReadAll(ctx, st, bucket, in.Key, 64<<20)
		if err != nil {
			return err
		}
		var f Figures
		if err := json.Unmarshal(b, &f); err != nil {
			return fmt.Errorf("usage: %s: %w", in.Key, err)
		}
		out = append(out, f)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("usage: loading figures: %w", err)
	}
	return out, nil
}
