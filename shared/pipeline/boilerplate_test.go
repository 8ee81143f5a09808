package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/search/boilerplate"
	"github.com/seoul-plaza/plaza/shared/storage"
	"github.com/seoul-plaza/plaza/shared/storage/localfs"
)

// latestIndex answers as the engines do for the relearning: a listing's
// department facets, and a department's documents newest first (ids as
// given), Size at a time.
type latestIndex struct {
	memIndex
	depts map[document.Key][]string // {org, dept} → ids, newest first
}

func (x *latestIndex) Search(ctx context.Context, q search.Query) (search.Result, error) {
	if q.Department == "" {
		res := search.Result{Facets: search.EmptyFacets()}
		for k := range x.depts {
			res.Facets[search.FacetDepartment] = append(res.Facets[search.FacetDepartment], search.FacetCount{Value: k.ID, Org: k.Org, Count: len(x.depts[k])})
		}
		return res, nil
	}
	ids := x.depts[document.Key{Org: q.Org, ID: q.Department}]
	from, _ := strconv.Atoi(q.After)
	res := search.Result{Total: len(ids)}
	for _, id := range ids[min(from, len(ids)):min(from+q.Size, len(ids))] {
		res.Items = append(res.Items, search.Hit{Org: q.Org, ID: id, DepartmentCode: q.Department})
	}
	if from+q.Size < len(ids) {
		res.Next = strconv.Itoa(from + q.Size)
	}
	return res, nil
}

// refusing fails every read under one prefix.
type refusing struct {
	storage.Store
	prefix string
}

func (r refusing) Get(ctx context.Context, bucket, key string) (io.ReadCloser, storage.Info, error) {
	if strings.HasPrefix(key, r.prefix) {
		return nil, storage.Info{}, errors.New("AccessDenied")
	}
	return r.Store.Get(ctx, bucket, key)
}

// saved records what a relearning keeps.
type saved map[string]boilerplate.Model

func (s saved) Save(_ context.Context, org string, m boilerplate.Model) (bool, error) {
	s[org] = m
	return true, nil
}

// TestRelearnBoilerplateSamplesTheLatest: a relearning reads at most
// perDept documents a department, the latest, paging the index; an
// organization whose documents cannot be read is not saved (its lines
// from before stay) while the others are.
func TestRelearnBoilerplateSamplesTheLatest(t *testing.T) {
	ctx := context.Background()
	fs, err := localfs.New(filepath.Join(t.TempDir(), "data"), nil)
	if err != nil {
		t.Fatal(err)
	}
	attach := "붙임  세부 추진계획 1부.  끝."
	idx := &latestIndex{depts: map[document.Key][]string{}}
	put := func(org, dept, id, body string) {
		pub := document.Public{Body: body}
		pub.ID, pub.Organization.Code, pub.Department.Code = id, org, dept
		data, _ := json.Marshal(pub)
		if err := fs.Put(ctx, buckets.Public, document.PublicKey(pub.Key()), bytes.NewReader(data), storage.PutOptions{}); err != nil {
			t.Fatal(err)
		}
		k := document.Key{Org: org, ID: dept}
		idx.depts[k] = append(idx.depts[k], id)
	}
	// GIVEN 150 documents of a department, the 120 newest of which end
	// with the 붙임 line and the 30 oldest with another; and an
	// organization whose documents cannot be read
	for i := range 150 {
		line := attach
		if i >= 120 {
			line = "옛 서식의 끝맺음."
		}
		put("6110000", "1100302", fmt.Sprintf("D-%03d", i), fmt.Sprintf("%c%c 사업을 추진한다.\n%s", '가'+rune(i), '나'+rune(i), line))
	}
	for i := range 6 {
		put("3220000", "3220101", fmt.Sprintf("G-%d", i), "강남구 사업.\n"+attach)
	}
	p := New(Config{Buckets: buckets}, Deps{Store: refusing{fs, document.PublicKey(document.Key{Org: "3220000"})[:len("documents/3220000/")]}, Index: idx})
	kept := saved{}
	// WHEN it relearns from the latest 110 of each department
	rep, err := p.RelearnBoilerplate(ctx, kept, 110)
	// THEN it read the 110 newest (two pages), learnt their line and not
	// the older documents' one
	if rep.Documents != 110 || rep.Orgs != 1 || rep.Changed != 1 {
		t.Errorf("report %+v: want 110 documents read, 1 organization saved", rep)
	}
	if got := kept["6110000"].Lines["6110000/1100302"]; !slices.Equal(got, []string{boilerplate.Normalize(attach)}) {
		t.Errorf("learnt %q, want only the newest documents' line", got)
	}
	// AND the unreadable organization is an error, and not saved
	if err == nil || !strings.Contains(err.Error(), "3220000") {
		t.Errorf("err %v, want 3220000's failure", err)
	}
	if _, ok := kept["3220000"]; ok {
		t.Error("an organization whose documents were not read was saved")
	}
}
