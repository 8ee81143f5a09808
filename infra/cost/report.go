package cost

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

// Report writes the model's tables as Markdown: the inputs (measured or
// assumed), the cost of a million documents, the fixed monthly cost, a
// month at steady state, and the backfill of docs within the default
// quotas and within target with the raises it names.
func (m Model) Report(w io.Writer, docs float64, perDay float64, target time.Duration) {
	ms3 := m.Measured
	fmt.Fprintf(w, "Stage %s, region %s, prices as of 2026-12-07 (assumptions, see infra/cost/prices.go).\n\n", m.Stack.Stage, m.Prices.Region)
	fmt.Fprintf(w, "Measured here: %d generated public documents with %d text file(s) each, through the real ingest, redact and index handlers over counting adapters (median handler time; outcomes %v).\n\n", ms3.Docs, ms3.Files, ms3.Outcomes)
	fmt.Fprintln(w, "| stage | memory (infra/stack) | handler time (measured) | AWS wait (assumed latencies) | billed duration (model) | requests per document (counted) |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- |")
	calls := ForFiles(ms3.Files)
	dur := m.Durations()
	for _, s := range stages() {
		c := calls[s]
		fmt.Fprintf(w, "| %s | %.0f MB | %.2f ms | %.0f ms | %.1f ms | S3 get %d, head %d, put %d, list %d; ledger get %d, create %d, update %d, holds %d; index %d |\n",
			s, m.Stack.Memory[s], ms(ms3.Compute[s]), ms(m.Latency.Wait(c)), ms(dur[s]),
			c.S3Get, c.S3Head, c.S3Put, c.S3List, c.LedgerGet, c.LedgerCreate, c.LedgerUpdate, c.Holds, c.IndexDocs)
	}

	fmt.Fprintf(w, "\n**Per million documents**\n\n")
	lines(w, m.PerMillion(), "per document", "$ per million")
	perM := Sum(m.PerMillion())

	fmt.Fprintf(w, "\n**Fixed per month (%s)**\n\n", m.Stack.Stage)
	lines(w, m.Fixed(), "per month", "$ per month")
	fixed := Sum(m.Fixed())
	month := perDay * 30
	fmt.Fprintf(w, "\nA month at %.0f documents a day: $%.2f fixed + $%.2f for %.0f documents = **$%.2f** (log storage, S3 and DynamoDB storage and PITR grow with the archive and are not in it).\n",
		perDay, fixed, perM*month/1e6, month, fixed+perM*month/1e6)

	fmt.Fprintf(w, "\n**Holding %.0f documents, per month**\n\n", docs)
	lines(w, m.Archive(docs, perDay), "size", "$ per month")
	need, have := m.SearchGB(docs)
	fmt.Fprintf(w, "\nOpenSearch: %.0f GB of index (%d B public JSON measured × %.1f assumed × %d copies) on %.0f GB of volumes (%.0f %% full).\n",
		need, m.Measured.Public, SearchBytesFactor, 1+m.Stack.SearchReplicas, have, need/have*100)
	if need > have*0.75 {
		fmt.Fprintf(w, "That is past the storage alarm (25 %% free): raise the volumes to at least %.0f GiB per data node before the backfill.\n",
			math.Ceil(need/0.75/float64(m.Stack.SearchDataNodes)/10)*10)
	}

	fmt.Fprintf(w, "\n**Backfill of %.0f documents within the default quotas**\n\n", docs)
	def := m.Limits()
	limits(w, def)
	b := Bottleneck(def)
	fmt.Fprintf(w, "\nBottleneck: %s at %.0f documents/s: **%s**.\n", b.Name, b.Rate, hours(Duration(docs, def)))

	q, do := m.Raise(docs, target)
	raised := m
	raised.Quotas = q
	fmt.Fprintf(w, "\n**To finish within %s** (%.0f documents/s with %.0f %% headroom), raise:\n\n", hours(target), docs/target.Seconds()*Headroom, (Headroom-1)*100)
	for _, d := range do {
		fmt.Fprintf(w, "- %s\n", d)
	}
	fmt.Fprintln(w)
	rl := raised.Limits()
	limits(w, rl)
	rb := Bottleneck(rl)
	fmt.Fprintf(w, "\nThen: %s at %.0f documents/s: **%s**; Lambda concurrency in use %.0f.\n", rb.Name, rb.Rate, hours(Duration(docs, rl)), rb.Rate*m.perDoc().Seconds())
}

func lines(w io.Writer, ls []Line, qty, dollars string) {
	fmt.Fprintf(w, "| item | %s | %s | basis |\n| --- | --- | --- | --- |\n", qty, dollars)
	for _, l := range ls {
		fmt.Fprintf(w, "| %s | %s %s | %.2f | %s |\n", l.Item, num(l.Quantity), l.Unit, l.Dollars, l.Basis)
	}
	fmt.Fprintf(w, "| **total** | | **%.2f** | |\n", Sum(ls))
}

func limits(w io.Writer, ls []Limit) {
	fmt.Fprintln(w, "| limit | documents/s | from |\n| --- | --- | --- |")
	for _, l := range ls {
		fmt.Fprintf(w, "| %s | %.0f | %s |\n", l.Name, l.Rate, l.Basis)
	}
}

func num(f float64) string {
	switch {
	case f == float64(int64(f)):
		return fmt.Sprintf("%d", int64(f))
	case f >= 10:
		return fmt.Sprintf("%.1f", f)
	}
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.4f", f), "0"), ".")
}

func hours(d time.Duration) string {
	return fmt.Sprintf("%.1f h", d.Hours())
}
