package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// The load generator sends the mix it says, counts an error answer as an
// error, and calls a step with errors saturated; each inquiry post comes
// from its own loopback address.
func TestLoadStepCountsWhatItSends(t *testing.T) {
	var mu sync.Mutex
	kinds := map[string]int{}
	posters := map[string]bool{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		k := "search"
		switch {
		case r.Method == http.MethodPost:
			k = "inquiry"
		case strings.HasSuffix(r.URL.Path, "/related"):
			k = "related"
		case r.URL.Path != "/api/documents":
			k = "document"
		}
		mu.Lock()
		kinds[k]++
		if k == "inquiry" {
			posters[strings.Split(r.RemoteAddr, ":")[0]] = true
		}
		mu.Unlock()
		if k == "inquiry" {
			http.Error(w, "no", http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"items": []map[string]string{{"id": "DOC-1", "title": "자전거 도로 확충 계획", "department_code": "1100123"}}})
	}))
	defer srv.Close()
	m, err := newMix(context.Background(), srv.URL, 1)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	clear(kinds)
	mu.Unlock()
	st := m.run(context.Background(), 400, 500*time.Millisecond)
	if st.sent != 200 || len(st.lat) != 200 {
		t.Fatalf("sent %d, answered %d, want 200", st.sent, len(st.lat))
	}
	total := 0
	for _, n := range kinds {
		total += n
	}
	if total != 200 || kinds["search"] < 70 || kinds["document"] < 30 || kinds["related"] < 15 || kinds["inquiry"] < 8 {
		t.Errorf("mix %v", kinds)
	}
	if st.errors != kinds["inquiry"] || st.errKinds["inquiry 500"] != kinds["inquiry"] {
		t.Errorf("errors %d %v, want the %d inquiry posts", st.errors, st.errKinds, kinds["inquiry"])
	}
	if len(posters) != kinds["inquiry"] {
		t.Errorf("%d inquiry posts from %d addresses", kinds["inquiry"], len(posters))
	}
	if why := st.saturated(time.Hour); !strings.Contains(why, "errors") {
		t.Errorf("a step with %d errors: saturated %q", st.errors, why)
	}
}
