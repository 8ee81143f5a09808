package ostest

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// includeFilter reads a terms aggregation's include: a list of exact
// values, or a Lucene regular expression (which the adapter only writes as
// an escaped prefix followed by ".*").
func includeFilter(inc any) func(string) bool {
	switch x := inc.(type) {
	case []any:
		set := map[string]bool{}
		for _, v := range x {
			set[fmt.Sprint(v)] = true
		}
		return func(s string) bool { return set[s] }
	case string:
		if p, ok := strings.CutSuffix(x, ".*"); ok {
			var b strings.Builder
			esc := false
			for _, r := range p {
				if r == '\\' && !esc {
					esc = true
					continue
				}
				esc = false
				b.WriteRune(r)
			}
			prefix := b.String()
			return func(s string) bool { return strings.HasPrefix(s, prefix) }
		}
		re, err := regexp.Compile("^(?:" + x + ")$")
		if err != nil {
			return func(string) bool { return false }
		}
		return re.MatchString
	}
	return func(string) bool { return true }
}

// aggregate computes terms and date_histogram aggregations over hits.
func (e *Emulator) aggregate(s *searcher, hits []*hitDoc, spec any) map[string]any {
	aggs, _ := spec.(map[string]any)
	if len(aggs) == 0 {
		return nil
	}
	out := map[string]any{}
	for name, a := range aggs {
		am, _ := a.(map[string]any)
		switch {
		case am["terms"] != nil:
			t := am["terms"].(map[string]any)
			field := fmt.Sprint(t["field"])
			size := 10
			if v, ok := t["size"].(float64); ok {
				size = int(v)
			}
			keep := includeFilter(t["include"])
			groups := map[string][]*hitDoc{}
			for _, h := range hits {
				seen := map[string]bool{}
				for _, v := range values(h.d.src, field) {
					if !keep(v) {
						continue
					}
					if !seen[v] {
						seen[v] = true
						groups[v] = append(groups[v], h)
					}
				}
			}
			keys := make([]string, 0, len(groups))
			for k := range groups {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool {
				if len(groups[keys[i]]) != len(groups[keys[j]]) {
					return len(groups[keys[i]]) > len(groups[keys[j]])
				}
				return keys[i] < keys[j]
			})
			other := 0
			if len(keys) > size {
				for _, k := range keys[size:] {
					other += len(groups[k])
				}
				keys = keys[:size]
			}
			buckets := make([]any, 0, len(keys))
			for _, k := range keys {
				b := map[string]any{"key": k, "doc_count": len(groups[k])}
				for sn, sub := range e.aggregate(s, groups[k], am["aggs"]) {
					b[sn] = sub
				}
				buckets = append(buckets, b)
			}
			out[name] = map[string]any{"doc_count_error_upper_bound": 0, "sum_other_doc_count": other, "buckets": buckets}
		case am["date_histogram"] != nil:
			d := am["date_histogram"].(map[string]any)
			loc := time.UTC
			if tz, ok := d["time_zone"].(string); ok {
				if l, err := time.LoadLocation(tz); err == nil {
					loc = l
				}
			}
			counts := map[int]int{}
			for _, h := range hits {
				for _, v := range values(h.d.src, fmt.Sprint(d["field"])) {
					if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
						counts[t.In(loc).Year()]++
					}
				}
			}
			years := make([]int, 0, len(counts))
			for y := range counts {
				years = append(years, y)
			}
			sort.Ints(years)
			buckets := make([]any, 0, len(years))
			for _, y := range years {
				start := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
				buckets = append(buckets, map[string]any{
					"key_as_string": strconv.Itoa(y), "key": start.UnixMilli(), "doc_count": counts[y],
				})
			}
			out[name] = map[string]any{"buckets": buckets}
		}
	}
	return out
}
