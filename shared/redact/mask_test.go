package redact_test

import (
	"strings"
	"testing"

	"github.com/seoul-plaza/plaza/shared/redact"
)

func TestMask(t *testing.T) {
	for _, c := range []struct{ typ, in, want string }{
		{redact.TypeName, "홍길동", "홍*동"},
		{redact.TypeName, "홍길", "홍*"},
		{redact.TypeName, "남궁민수", "남**수"},
		{redact.TypeName, "x", "*"},
		{redact.TypeName, "홍 길 동", "홍 * 동"},
		{redact.TypeName, "NGUYEN VAN AN", "N***** V** A*"},
		{redact.TypeName, "김철수\t남", "김*수\t*"}, // words apart by a tab: each masked, once
		{redact.TypeName, "이바노바  올가", "이**바  올*"},
		{redact.TypeRRN, "900101-1234567", "900101-1******"},
		{redact.TypeRRN, "9001011234567", "900101-1******"},
		{redact.TypeMobile, "010-1234-5678", "010-****-5678"},
		{redact.TypeMobile, "01012345678", "010-****-5678"},
		{redact.TypeMobile, "+82 10-1234-5678", "010-****-5678"},
		{redact.TypeMobile, "+821012345678", "010-****-5678"},
		{redact.TypeLandline, "02-123-4567", "02-***-4567"},
		{redact.TypeLandline, "(02)123-4567", "02-***-4567"},
		{redact.TypeLandline, "031.1234.5678", "031-****-5678"},
		{redact.TypeEmail, "citizen@example.com", "c***@example.com"},
		{redact.TypeCard, "1234-5678-9012-3456", "1234-****-****-3456"},
		{redact.TypeAccount, "123-456-789012", "***-***-**9012"},
		{redact.TypePassport, "M12345678", "M********"},
		{redact.TypePassport, "C01X00T47", "C********"},
		{redact.TypeLicence, "11-12-123456-12", "11-**-******-**"},
		{redact.TypePlate, "12가3456", "12가****"},
		{redact.TypeIP, "211.10.20.30", "211.***.***.***"},
		{redact.TypeBirthDate, "1990. 1. 2.", "****. *. *."},
		{redact.TypeAddress, "성수동1가 498-44", "성수동*가 ***-**"},
		{redact.TypeOther, "내부 검토 의견 A안", "** ** ** **"},
	} {
		if got := redact.Mask(c.typ, c.in); got != c.want {
			t.Errorf("Mask(%s, %q) = %q, want %q", c.typ, c.in, got, c.want)
		}
	}
}

// TestMaskHidesWhatItMust checks, for every type, that the digits the rule
// hides never appear in the mask, whatever separators the value has.
func TestMaskHidesWhatItMust(t *testing.T) {
	for _, c := range []struct{ typ, in, hidden string }{
		{redact.TypeRRN, "900101 - 1234567", "234567"},
		{redact.TypeMobile, "010.9876.5432", "9876"},
		{redact.TypeLandline, "02)987-6543", "987"},
		{redact.TypeCard, "4111 1111 2222 1111", "11112222"},
		{redact.TypeBirthDate, "19900102", "19900102"},
	} {
		got := redact.Mask(c.typ, c.in)
		if strings.Contains(strings.NewReplacer("-", "", " ", "", ".", "").Replace(got), c.hidden) {
			t.Errorf("Mask(%s, %q) = %q keeps %q", c.typ, c.in, got, c.hidden)
		}
	}
}
