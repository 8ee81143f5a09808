package survey

import "testing"

func TestParseSurveys(t *testing.T) {
	if _, err := Parse([]byte(`[{"id":"a","title":"t","questions":[{"id":"q","kind":"scale","text":"x"}]}]`)); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		`[{"id":"a","title":"t","questions":[]}]`,
		`[{"id":"A!","title":"t","questions":[{"id":"q","kind":"scale","text":"x"}]}]`,
		`[{"id":"a","title":"t","questions":[{"id":"q","kind":"stars","text":"x"}]}]`,
		`[{"id":"a","title":"t","questions":[{"id":"q","kind":"choice","text":"x","choices":["one"]}]}]`,
		`[{"id":"a","title":"t","from":"soon","questions":[{"id":"q","kind":"scale","text":"x"}]}]`,
		`[{"id":"a","title":"t","typo":1,"questions":[{"id":"q","kind":"scale","text":"x"}]}]`,
	} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("taken: %s", bad)
		}
	}
}
