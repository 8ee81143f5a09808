package inquiry_test

import (
	"fmt"
	"strconv"
	"testing"

	it "github.com/seoul-plaza/plaza/shared/inquiry/inquirytest"
)

// benchAsk posts b.N distinct valid questions (distinct contacts and
// addresses, so no limit applies).
func benchAsk(b *testing.B, noDispatch bool, valid bool) {
	env := localEnv(b)
	env.NoDispatch = noDispatch
	h := it.NewHarness(b, env)
	want := 201
	if !valid {
		want = 400
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		n := strconv.Itoa(i)
		h.Addr = "10." + strconv.Itoa(i>>16&255) + "." + strconv.Itoa(i>>8&255) + "." + strconv.Itoa(i&255)
		body := it.Question(it.DocTraffic, "버스 노선 조정 계획의 구간별 예산 내역을 알고 싶습니다. 문의 번호 "+n, "c"+n+"@example.com", fmt.Sprintf("010-%04d-%04d", 2000+i/10000, i%10000), "홍길동")
		if !valid {
			body["website"] = "http://spam.example"
		}
		if res := h.Do(b, "POST", "/api/inquiries", "", body); res.Status != want {
			b.Fatalf("%d %s", res.Status, res.Body)
		}
	}
}

// BenchmarkAsk is a question received, sealed, stored and its five notices
// (citizen mail and SMS, two officers' mail) written to the outbox.
func BenchmarkAsk(b *testing.B) { benchAsk(b, false, true) }

// BenchmarkAskStoreOnly is the baseline without delivery (AWS: the stream
// delivers later).
func BenchmarkAskStoreOnly(b *testing.B) { benchAsk(b, true, true) }

// BenchmarkAskRefused is the floor: decoding, the address limit and a
// refusal.
func BenchmarkAskRefused(b *testing.B) { benchAsk(b, true, false) }
