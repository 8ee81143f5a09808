package usage

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/access"
	"github.com/seoul-plaza/plaza/shared/redact"
)

// testDay is the Seoul day the generated logs are of.
const testDay = "2026-12-06"

var testStart = time.Date(2026, 12, 6, 0, 0, 0, 0, kst)

var agents = []string{
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
	"Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36",
	"Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15",
	"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
	"Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd) bot",
}

var referrers = []string{"", "", "", "https://search.naver.com/search.naver?query=x", "https://www.google.com/",
	"https://news.example.kr/a/1", "http://blog.example.com:8080/post", "https://plaza.example.org/?q=1"}

var words = []string{"설명회", "교통", "예산", "주차장", "공원", "도서관", "정보공개", "회의록", "계약", "버스", "noresult없는말"}

// genOptions tune a generated log.
type genOptions struct {
	lines, ips, docs int
	seed             uint64
	w3c              bool // CloudFront's format instead of the gateway's JSON
}

// generate writes a day's log (with some lines of the days around it)
// and hands each record it wrote to emit, for the brute-force count.
func generate(w io.Writer, o genOptions, emit func(access.Record)) {
	r := rand.New(rand.NewPCG(o.seed, 7))
	bw := bufio.NewWriterSize(w, 1<<16)
	defer bw.Flush()
	w = bw
	if o.w3c {
		fmt.Fprint(w, "#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query\n")
	}
	for i := range o.lines {
		// 2% of lines fall on the days before and after.
		at := testStart.Add(time.Duration(r.Int64N(int64(24 * time.Hour))))
		if r.IntN(50) == 0 {
			at = at.Add(time.Duration(r.IntN(2)*2-1) * 24 * time.Hour)
		}
		ip := fmt.Sprintf("10.%d.%d.%d", r.IntN(o.ips)/65536%256, r.IntN(o.ips)/256%256, r.IntN(o.ips)%256)
		if r.IntN(10) == 0 {
			ip = fmt.Sprintf("2001:db8::%x", r.IntN(o.ips))
		}
		rec := access.Record{Time: at.UTC().Truncate(time.Second), IP: ip, Method: "GET", Status: 200,
			UserAgent: agents[r.IntN(len(agents))], Referer: referrers[r.IntN(len(referrers))]}
		org := "6110000"
		if r.IntN(5) == 0 {
			org = "3220000"
		}
		doc := fmt.Sprintf("DOC-%04d", r.IntN(o.docs))
		switch k := r.IntN(20); {
		case k < 8:
			rec.Path = "/api/documents/" + doc
			if org != "6110000" || r.IntN(2) == 0 {
				rec.Query = "org=" + org
			}
			if r.IntN(30) == 0 {
				rec.Status = 404
			}
		case k < 13:
			rec.Path = "/api/documents"
			q := url.Values{"q": {words[r.IntN(len(words))] + " " + words[r.IntN(len(words))]}}
			if r.IntN(4) == 0 {
				q.Set("page", fmt.Sprint(1+r.IntN(3)))
			}
			rec.Query = q.Encode()
		case k < 15:
			rec.Method, rec.Path, rec.Status = "POST", BeaconPath, 204
			rec.Query = url.Values{"doc": {doc}, "org": {org}, "ms": {fmt.Sprint(r.IntN(300000))}}.Encode()
			if r.IntN(20) == 0 {
				rec.Status = 429
			}
		case k < 17:
			rec.Path = "/api/documents/" + doc + "/related"
		default:
			rec.Path = "/"
		}
		if o.w3c {
			fmt.Fprintf(w, "%s\t%s\tICN54-C1\t100\t%s\t%s\tplaza.example.org\t%s\t%d\t%s\t%s\t%s\n",
				rec.Time.Format(time.DateOnly), rec.Time.Format(time.TimeOnly), rec.IP, rec.Method, rec.Path, rec.Status,
				orDash(rec.Referer), url.PathEscape(rec.UserAgent), orDash(rec.Query))
		} else {
			b, _ := json.Marshal(access.NewLine(fmt.Sprintf("req-%d", i), rec.Time, "ANY /api/{proxy+}", rec.Status, 3*time.Millisecond, 100,
				rec.IP, rec.Method, rec.Path, rec.Query, rec.Referer, rec.UserAgent))
			w.Write(append(b, '\n'))
		}
		emit(rec)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func gzipped(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// catalog is a Catalog over generated documents: department by number.
type catalog struct{ calls int }

func (c *catalog) Describe(_ context.Context, keys []DocKey) (map[DocKey]DocInfo, error) {
	c.calls++
	out := map[DocKey]DocInfo{}
	for _, k := range keys {
		if strings.HasSuffix(k.ID, "7") {
			continue // retracted since
		}
		out[k] = deptOf(k)
	}
	return out, nil
}

func deptOf(k DocKey) DocInfo {
	n := k.ID[len(k.ID)-1] - '0'
	return DocInfo{Title: "제목 " + k.ID, DepartmentCode: fmt.Sprintf("D%d", n%4), DepartmentName: fmt.Sprintf("부서 %d", n%4)}
}

// searcher finds nothing for a query with "noresult".
type searcher struct{}

func (searcher) Count(_ context.Context, q string) (int, error) {
	if strings.Contains(q, "noresult") {
		return 0, nil
	}
	return 5, nil
}

// keep is a Redactor that masks nothing, so a brute-force count of the
// raw queries can be compared.
type keep struct{}

func (keep) Redact(text string, _ redact.Options) redact.Result { return redact.Result{Text: text} }
