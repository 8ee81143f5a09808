package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/closure"
	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/httpjson"
	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/meter"
	"github.com/seoul-plaza/plaza/shared/pipeline"
	"github.com/seoul-plaza/plaza/shared/stats"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// NamedFlag is a flag with its department's name.
type NamedFlag struct {
	stats.Flag
	Name string `json:"name,omitempty"`
}

// FlagList is GET /api/staff/stats/flags.
type FlagList struct {
	Org             string            `json:"org"`
	From            string            `json:"from"`
	To              string            `json:"to"`
	Options         stats.FlagOptions `json:"options"`
	RatioDefinition string            `json:"ratio_definition"`
	Items           []NamedFlag       `json:"items"`
}

// NamedRank is a ranked department with its name.
type NamedRank struct {
	stats.Ranked
	Name string `json:"name,omitempty"`
}

// RankingList is GET /api/staff/stats/ranking.
type RankingList struct {
	Org             string      `json:"org"`
	Month           string      `json:"month"`
	RatioDefinition string      `json:"ratio_definition"`
	Items           []NamedRank `json:"items"`
}

// flagOptions are the deployment's options, with the margins a request
// may set (margin, item_margin: between 0 and 1).
func (h *Handler) flagOptions(v url.Values) (stats.FlagOptions, *badParam) {
	o := h.d.Flags
	for name, dst := range map[string]*float64{"margin": &o.Margin, "item_margin": &o.ItemMargin} {
		s := v.Get(name)
		if s == "" {
			continue
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f <= 0 || f >= 1 {
			return o, &badParam{name, name + " must be a number between 0 and 1 (0.1: ten points)"}
		}
		*dst = f
	}
	if o.Margin <= 0 {
		o.Margin = stats.DefaultFlags.Margin
	}
	if o.ItemMargin <= 0 {
		o.ItemMargin = stats.DefaultFlags.ItemMargin
	}
	if o.MinBase <= 0 {
		o.MinBase = stats.DefaultFlags.MinBase
	}
	return o, nil
}

// monthRange reads from and to as months, default the twelve months up to
// the present one.
func monthRange(v url.Values, now time.Time) (from, to string, bad *badParam) {
	from, to = v.Get("from"), v.Get("to")
	for name, val := range map[string]string{"from": from, "to": to} {
		if _, ok := stats.ParsePeriod(stats.PeriodMonth, val); val != "" && !ok {
			return "", "", &badParam{name, name + " must be a month written 2006-01"}
		}
	}
	if to == "" {
		to = stats.Now(stats.PeriodMonth, now)
	}
	if from == "" {
		from = stats.Step(stats.PeriodMonth, to, -11)
	}
	if from > to {
		return "", "", &badParam{"from", "from is after to"}
	}
	return from, to, nil
}

// staffFlags lists the low-ratio flags of the caller's organization (a
// department's staff: their own department's), each department compared
// with its organization over the same months.
func (h *Handler) staffFlags(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	org, dept, none, ok := h.staffScope(w, r, c)
	if !ok {
		return
	}
	v := r.URL.Query()
	opts, bad := h.flagOptions(v)
	if bad != nil {
		bad.write(w)
		return
	}
	now := h.d.Now()
	from, to, bad := monthRange(v, now)
	if bad != nil {
		bad.write(w)
		return
	}
	out := FlagList{Org: org, From: from, To: to, Options: opts, RatioDefinition: RatioDefinition, Items: []NamedFlag{}}
	if none {
		httpjson.Write(w, http.StatusOK, out)
		return
	}
	ru, err := h.rollup(r.Context())
	if err != nil {
		h.opError(w, r, "flags", err)
		return
	}
	tb := ru.Report(stats.Query{Period: stats.PeriodMonth, From: from, To: to, Org: org}, now).Whole
	for _, f := range stats.Flags(tb, opts) {
		if dept == "" || f.Department == dept {
			out.Items = append(out.Items, NamedFlag{Flag: f, Name: h.deptName(f.Org, f.Department)})
		}
	}
	httpjson.Write(w, http.StatusOK, out)
}

// staffRanking ranks the departments of the caller's organization by
// release ratio over one month (default the last complete one), with
// their flags: what feeds the evaluation councils. A department's staff
// see their own row, with its rank among all.
func (h *Handler) staffRanking(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	org, dept, none, ok := h.staffScope(w, r, c)
	if !ok {
		return
	}
	v := r.URL.Query()
	now := h.d.Now()
	month := v.Get("month")
	if month == "" {
		month = stats.Step(stats.PeriodMonth, stats.Now(stats.PeriodMonth, now), -1)
	} else if _, ok := stats.ParsePeriod(stats.PeriodMonth, month); !ok {
		(&badParam{"month", "month must be written 2006-01"}).write(w)
		return
	}
	opts, bad := h.flagOptions(v)
	if bad != nil {
		bad.write(w)
		return
	}
	out := RankingList{Org: org, Month: month, RatioDefinition: RatioDefinition, Items: []NamedRank{}}
	if none {
		httpjson.Write(w, http.StatusOK, out)
		return
	}
	ru, err := h.rollup(r.Context())
	if err != nil {
		h.opError(w, r, "ranking", err)
		return
	}
	tb := ru.Report(stats.Query{Period: stats.PeriodMonth, From: month, To: month, Org: org}, now).Whole
	for _, rk := range stats.Ranking(tb, opts) {
		if dept == "" || rk.Department == dept {
			out.Items = append(out.Items, NamedRank{Ranked: rk, Name: h.deptName(rk.Org, rk.Department)})
		}
	}
	httpjson.Write(w, http.StatusOK, out)
}

// deptName names a department from its organization's file ("" if none).
func (h *Handler) deptName(org, code string) string {
	if h.d.Orgs == nil {
		return ""
	}
	if o, ok := h.d.Orgs.Get(org); ok {
		if d, ok := o.Department(code); ok {
			return d.Name
		}
	}
	return ""
}

// DisclosureCheck is GET /api/staff/stats/disclosure-check.
type DisclosureCheck struct {
	Org string `json:"org"`
	// Pending is true before the monitor's first check.
	Pending     bool            `json:"pending"`
	GeneratedAt *time.Time      `json:"generated_at,omitempty"`
	Checked     int             `json:"checked"`
	Compared    int             `json:"compared"`
	Items       []closure.Doubt `json:"items"`
}

// staffDisclosureCheck lists the doubts about the caller's organization's
// closed and partial documents (a department's staff: their own), as the
// monitor's latest check found them. Staff only, and it changes nothing.
func (h *Handler) staffDisclosureCheck(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	org, dept, none, ok := h.staffScope(w, r, c)
	if !ok {
		return
	}
	out := DisclosureCheck{Org: org, Items: []closure.Doubt{}}
	res, err := closure.Load(r.Context(), h.d.Store, h.d.Buckets.Work, org)
	if err != nil {
		h.opError(w, r, "disclosure check", err)
		return
	}
	if res == nil {
		out.Pending = true
		httpjson.Write(w, http.StatusOK, out)
		return
	}
	out.GeneratedAt, out.Checked, out.Compared = &res.GeneratedAt, res.Checked, res.Compared
	if !none {
		for _, d := range res.Doubts {
			if dept == "" || d.Department == dept {
				out.Items = append(out.Items, d)
			}
		}
	}
	httpjson.Write(w, http.StatusOK, out)
}

// staffReconciliation is the latest reconciliation report, limited to the
// caller's organization: for its admins (a city-wide admin names any).
func (h *Handler) staffReconciliation(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	org, seen, bad := h.staffOrg(r.URL.Query(), c)
	if bad != nil {
		bad.write(w)
		return
	}
	if !seen || !c.Manages(org) {
		httpjson.Error(w, http.StatusForbidden, "auth.forbidden", "the reconciliation report is for an organization's admins")
		return
	}
	var rep pipeline.Reconciliation
	data, err := storage.ReadAll(r.Context(), h.d.Store, h.d.Buckets.Work, document.ReconciliationKey, 64<<20)
	if errors.Is(err, storage.ErrNotFound) {
		httpjson.Write(w, http.StatusOK, map[string]any{"org": org, "pending": true, "mismatches": []pipeline.Mismatch{}})
		return
	}
	if err == nil {
		err = json.Unmarshal(data, &rep)
	}
	if err != nil {
		h.internal(w, r, "reconciliation report", err)
		return
	}
	// Inbox mismatches name no organization (a key's digest): every
	// organization's admins see them.
	mine := []pipeline.Mismatch{}
	for _, m := range rep.Mismatches {
		if m.Org == org || m.Org == "" {
			mine = append(mine, m)
		}
	}
	rep.Mismatches = mine
	httpjson.Write(w, http.StatusOK, struct {
		Org     string `json:"org"`
		Pending bool   `json:"pending"`
		pipeline.Reconciliation
	}{org, false, rep})
}

// staffMetrics is the operations figures of the caller's organization:
// documents per state, the review backlog and its oldest item, the
// release ratio of the whole ledger and of the last 30 days.
func (h *Handler) staffMetrics(w http.ResponseWriter, r *http.Request, c auth.Claims) {
	org, seen, bad := h.staffOrg(r.URL.Query(), c)
	if bad != nil {
		bad.write(w)
		return
	}
	if !seen {
		forbiddenOrg(w)
		return
	}
	ru, err := h.rollup(r.Context())
	if err != nil {
		h.opError(w, r, "metrics", err)
		return
	}
	out := staffOps{Ops: ru.OpsOf(org, h.d.Now())}
	if dl, ok := h.d.Inquiries.(deadlines); ok {
		d, err := dl.Deadlines(r.Context(), org)
		if err != nil {
			h.opError(w, r, "metrics", err)
			return
		}
		out.Inquiries = &d
	}
	if h.d.Meter != nil {
		f := h.d.Meter.Of(org)
		out.Stages = &f
		// The deployment's, not the organization's: a run of the monitor
		// covers every organization, and its figures are counts and ages.
		run := h.d.Meter.RunFigures()
		out.Monitor = &run
	}
	httpjson.Write(w, http.StatusOK, out)
}

// deadlines counts an organization's open questions by their deadline
// (*inquiry.Service); a deployment without inquiries has none.
type deadlines interface {
	Deadlines(ctx context.Context, org string) (inquiry.Deadlines, error)
}

// staffOps are the operations figures with, where questions are taken,
// their deadlines.
type staffOps struct {
	stats.Ops
	Inquiries *inquiry.Deadlines `json:"inquiries,omitempty"`
	Stages    *meter.Figures     `json:"stages,omitempty"`
	Monitor   *meter.Run         `json:"monitor,omitempty"`
}

// Meter is the stage metrics recorded in this process (*meter.Registry),
// by the catalogue's names.
type Meter interface {
	Of(org string) meter.Figures
	// RunFigures are the monitor runs' own figures, the deployment's.
	RunFigures() meter.Run
	WritePrometheus(w io.Writer) error
}

// Metrics serves every organization's operations figures as Prometheus
// text (GET /metrics on one machine: for those who run Plaza on their own
// servers; the figures are counts, never a document).
func (h *Handler) Metrics() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ru, err := h.rollup(r.Context())
		if err != nil {
			h.internal(w, r, "metrics", err)
			return
		}
		now := h.d.Now()
		orgs := map[string]bool{}
		for c := range ru.Cells {
			orgs[c.Org] = true
		}
		var ops []stats.Ops
		for _, o := range slices.Sorted(maps.Keys(orgs)) {
			ops = append(ops, ru.OpsOf(o, now))
		}
		// The questions' deadlines of the same organizations, counted before
		// anything is written (a failure is then still a 500).
		var dls []inquiry.Deadlines
		if dl, ok := h.d.Inquiries.(deadlines); ok {
			for _, o := range ops {
				d, err := dl.Deadlines(r.Context(), o.Org)
				if err != nil {
					h.internal(w, r, "metrics", err)
					return
				}
				dls = append(dls, d)
			}
		}
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		err = stats.WritePrometheus(w, ops)
		if err == nil && dls != nil {
			err = writeDeadlines(w, ops, dls)
		}
		if err == nil && h.d.Meter != nil {
			err = h.d.Meter.WritePrometheus(w)
		}
		if err != nil {
			h.log(r.Context()).Warn("metrics", "error", err.Error())
		}
	})
}

// writeDeadlines writes each organization's open questions by deadline in
// the Prometheus text format, after stats.WritePrometheus's figures.
func writeDeadlines(w io.Writer, ops []stats.Ops, dls []inquiry.Deadlines) error {
	for _, m := range []struct {
		name, help string
		v          func(inquiry.Deadlines) int
	}{
		{"plaza_inquiries_open", "Citizens' questions waiting for their answer.", func(d inquiry.Deadlines) int { return d.Open }},
		{"plaza_inquiries_due_soon", "Open questions in their reminder window (near the deadline).", func(d inquiry.Deadlines) int { return d.DueSoon }},
		{"plaza_inquiries_overdue", "Open questions past their deadline.", func(d inquiry.Deadlines) int { return d.Overdue }},
	} {
		if _, err := fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n", m.name, m.help, m.name); err != nil {
			return err
		}
		for i, o := range ops {
			if _, err := fmt.Fprintf(w, "%s{org=%q} %d\n", m.name, o.Org, m.v(dls[i])); err != nil {
				return err
			}
		}
	}
	return nil
}
