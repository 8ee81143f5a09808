package api

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/ledger"
)

// Staff see their own department's business only, and cannot tell another
// department's id from one that does not exist.
func TestStaffAreScopedToTheirDepartment(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	info, traffic, admin := e.token(t, deptInfo, false), e.token(t, deptTraffic, false), e.token(t, "", true)
	e.putRecord(t, "IN-REVIEW-2", deptTraffic, document.GradePartial, ledger.Review)
	for _, h := range []ledger.Hold{
		{Org: org, Department: deptInfo, Reason: "정보공개과 점검", By: "admin-kim"},
		{Org: org, Department: deptTraffic, Reason: "교통정책과 감사 — 내부 사정", By: "admin-lee"},
		{Org: org, Department: "", Reason: "선거 기간 전체 보류", By: "admin-park"},
	} {
		if err := e.ledger.SetHold(ctx, h); err != nil {
			t.Fatal(err)
		}
	}

	// Holds: one's own and the organization-wide one, without who set it.
	var holds struct{ Items []ledger.Hold }
	decodeInto(t, e.do(t, "GET", "/api/staff/holds", info, nil).Body.Bytes(), &holds)
	if len(holds.Items) != 2 {
		t.Fatalf("info staff see %d holds: %+v", len(holds.Items), holds.Items)
	}
	for _, h := range holds.Items {
		if h.Department == deptTraffic {
			t.Errorf("another department's hold is visible: %+v", h)
		}
		if h.Department == "" && h.By != "" {
			t.Errorf("who set the global hold is visible: %+v", h)
		}
	}
	decodeInto(t, e.do(t, "GET", "/api/staff/holds", admin, nil).Body.Bytes(), &holds)
	if len(holds.Items) != 3 || holds.Items[0].By == "" {
		t.Errorf("admin sees %+v", holds.Items)
	}

	// Lists: the ledger and the review queue.
	lists := map[string][]string{}
	for name, tok := range map[string]string{"info": info, "traffic": traffic, "admin": admin} {
		for _, path := range []string{"/api/staff/ledger", "/api/staff/review"} {
			var page ledgerResponse
			w := e.do(t, "GET", path, tok, nil)
			if w.Code != 200 {
				t.Fatalf("%s %s: %d %s", name, path, w.Code, w.Body)
			}
			decodeInto(t, w.Body.Bytes(), &page)
			for _, r := range page.Items {
				lists[name+" "+path] = append(lists[name+" "+path], r.ID)
				if name != "admin" && r.Department != map[string]string{"info": deptInfo, "traffic": deptTraffic}[name] {
					t.Errorf("%s sees %s of department %q in %s", name, r.ID, r.Department, path)
				}
			}
		}
	}
	if got := lists["info /api/staff/review"]; len(got) != 1 || got[0] != "IN-REVIEW-1" {
		t.Errorf("info review queue %v", got)
	}
	if got := lists["traffic /api/staff/review"]; len(got) != 1 || got[0] != "IN-REVIEW-2" {
		t.Errorf("traffic review queue %v", got)
	}
	if got := lists["admin /api/staff/review"]; len(got) != 2 {
		t.Errorf("admin review queue %v", got)
	}

	// No existence oracle: another department's id answers exactly as a
	// missing one, on every route that takes an id.
	for _, c := range []struct{ method, path, body string }{
		{"GET", "/api/staff/ledger?id=%s", ""},
		{"GET", "/api/staff/review/%s", ""},
		{"POST", "/api/staff/review/%s/withhold", `{"exemption":"5","note":"x"}`},
		{"POST", "/api/staff/review/%s/send-back", `{"note":"x"}`},
		{"POST", "/api/staff/documents/%s/retract", `{"reason":"x"}`},
	} {
		var body any
		if c.body != "" {
			body = c.body
		}
		other := e.do(t, c.method, fmt.Sprintf(c.path, "IN-REVIEW-2"), info, body)
		missing := e.do(t, c.method, fmt.Sprintf(c.path, "NO-SUCH-DOC"), info, body)
		if other.Code != 404 || missing.Code != 404 || other.Body.String() != missing.Body.String() {
			t.Errorf("%s %s: other department %d %s, missing %d %s", c.method, c.path, other.Code, other.Body, missing.Code, missing.Body)
		}
	}
	for _, call := range e.ops.calls {
		if strings.Contains(call, "IN-REVIEW-2") {
			t.Errorf("an action on another department's document reached the pipeline: %s", call)
		}
	}
}

func decodeInto(t *testing.T, data []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
}
