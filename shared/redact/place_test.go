package redact

import "testing"

func TestPlaceFindsEachMaskInOrder(t *testing.T) {
	orig := "이민준 minjun@example.org 이민준"
	fs := []Finding{ // out of order, as a caller may give them
		{Type: TypeEmail, Start: len("이민준 "), End: len("이민준 minjun@example.org")},
		{Type: TypeName, Start: 0, End: len("이민준")},
		{Type: TypeName, Start: len("이민준 minjun@example.org "), End: len(orig)},
	}
	masked := "*** 이*준 m***@example.org 이*준" // a reviewer's mask in front
	got := Place(orig, masked, fs)
	want := []string{"m***@example.org", "이*준", "이*준"}
	for i, at := range got {
		if at[0] < 0 || masked[at[0]:at[1]] != want[i] {
			t.Errorf("finding %d placed at %v", i, at)
		}
	}
	if got[1][0] >= got[2][0] {
		t.Errorf("the two names share a place: %v", got)
	}
	if at := Place(orig, "*** **************** ***", fs); at[0] != [2]int{-1, -1} {
		t.Errorf("a mask masked over is placed at %v", at[0])
	}
}
