package opendata

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"
)

type feedReport struct {
	Version       string `json:"version"`
	Bozo          bool   `json:"bozo"`
	BozoException string `json:"bozo_exception"`
	Title         string `json:"title"`
	Entries       []struct {
		ID            string   `json:"id"`
		Title         string   `json:"title"`
		Link          string   `json:"link"`
		Summary       string   `json:"summary"`
		PublishedUnix *int64   `json:"published_unix"`
		Tags          []string `json:"tags"`
	} `json:"entries"`
}

// TestFeedsParseAndMatchTheAPI: feedparser reads the RSS 2.0 and Atom
// feeds, unfiltered and filtered, as well-formed feeds whose dates parse,
// and their entries are the documents the CKAN API lists for the same
// filter, newest first, published when they were published.
func TestFeedsParseAndMatchTheAPI(t *testing.T) {
	needPython(t, "feedparser")
	e := newEnv(t)
	e.publish(t, corpus()...)
	dir := t.TempDir()
	published := map[string]time.Time{}
	for _, d := range corpus() {
		published[d.Title] = d.PublishedAt
	}
	cases := []struct {
		name, query, fq string
		want            int
	}{
		{"all", "", "", 4},
		{"organization", "organization=3220000", "groups:3220000", 1},
		{"department", "organization=6110000&department=1100123", `organization:"6110000-1100123"`, 2},
		{"keyword", "keyword=" + url.QueryEscape("정보공개"), "", 2},
	}
	for _, c := range cases {
		for _, kind := range []string{"rss", "atom"} {
			t.Run(c.name+"."+kind, func(t *testing.T) {
				path, body := e.save(t, dir, c.name+"."+kind, "/feeds/releases."+kind+"?"+c.query)
				noLeak(t, c.name+"."+kind, body)
				if c.name == "all" {
					golden(t, "feeds/releases."+kind, body)
				}
				var rep feedReport
				runPython(t, "feed_check.py", &rep, path)
				if rep.Bozo {
					t.Fatalf("feedparser finds the feed malformed: %s", rep.BozoException)
				}
				if want := map[string]string{"rss": "rss20", "atom": "atom10"}[kind]; rep.Version != want {
					t.Errorf("version %q, want %q", rep.Version, want)
				}
				if len(rep.Entries) != c.want {
					t.Fatalf("%d entries, want %d", len(rep.Entries), c.want)
				}
				// The entries are the API's packages for the same filter.
				var titles []string
				if c.name == "keyword" {
					titles = []string{"2014년 정보공개 추진계획", "2016년 강남구 예산 편성 계획"}
				} else {
					var res struct {
						Result struct {
							Results []struct {
								Title string `json:"title"`
								URL   string `json:"url"`
							} `json:"results"`
						} `json:"result"`
					}
					_, _, api := e.get(t, "/api/3/action/package_search?sort="+url.QueryEscape("metadata_modified desc")+"&fq="+url.QueryEscape(c.fq))
					if err := json.Unmarshal(api, &res); err != nil {
						t.Fatal(err)
					}
					for i, p := range res.Result.Results {
						titles = append(titles, p.Title)
						if i < len(rep.Entries) && rep.Entries[i].Link != p.URL {
							t.Errorf("entry %d links %s, the package %s", i, rep.Entries[i].Link, p.URL)
						}
					}
				}
				// New releases come first, whatever their approval: the
				// 2014 document released last leads the feed.
				if c.name == "all" && rep.Entries[0].Title != "2014년 정보공개 추진계획" {
					t.Errorf("first entry %q, want the latest release", rep.Entries[0].Title)
				}
				for i, en := range rep.Entries {
					if i >= len(titles) || en.Title != titles[i] {
						t.Errorf("entry %d is %q, want %v", i, en.Title, titles)
						continue
					}
					if en.PublishedUnix == nil || *en.PublishedUnix != published[en.Title].Unix() {
						t.Errorf("entry %q: date %v, published %v", en.Title, en.PublishedUnix, published[en.Title])
					}
					if en.ID == "" || !strings.HasPrefix(en.Link, base+"/documents/") || len(en.Tags) == 0 {
						t.Errorf("entry %+v", en)
					}
				}
			})
		}
	}
	for _, bad := range []string{"department=1100123", "organization=a%20b", "keyword=" + url.QueryEscape(`"x"`)} {
		if code, _, _ := e.get(t, "/feeds/releases.rss?"+bad); code != 400 {
			t.Errorf("%s: %d, want 400", bad, code)
		}
	}
}
