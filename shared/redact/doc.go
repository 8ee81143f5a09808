// Package redact is layer 1 of Plaza's protection of personal data: it finds
// personal information in Korean text and masks it by one rule everywhere.
// Layer 2 (package verify) re-reads the output with a different method and
// shares no code with this package.
//
// # Types and rules
//
// Each Finding has a Type (the Type* constants), the Rule that fired, a
// Confidence and byte offsets into the input. The value itself is never
// kept.
//
//	rrn, frn        YYMMDD-GNNNNNN with or without hyphen or spaces; the date
//	                must exist for the century the gender digit gives (1-4
//	                citizens, 5-8 foreigners, 9/0 for the 1800s). The checksum
//	                only raises confidence: numbers issued since October 2020
//	                have none.                        → 900101-1******
//	mobile          010/011/016/017/018/019 as 010-1234-5678, 010 1234 5678,
//	                01012345678, 010.1234.5678, +82-10-…, +82 (0)10 …,
//	                (010)1234-5678                     → 010-****-5678
//	landline        02/0xx/070/050x when the words before name it a person's
//	                (자택, 집, 연락처 of a citizen…) and no office word (담당,
//	                문의, 대표, 팩스…) is nearer        → 02-***-4567
//	email           local@domain.tld                   → h***@example.org
//	card            Luhn-valid 16/15/14 digits          → 1234-****-****-3456
//	account         10-14 digits near a bank name or 계좌 → ******-**-**3456
//	passport        M12345678, M123A4567                → M********
//	driver_licence  RR-YY-NNNNNN-CC, region 11-28, or a region name
//	                                                   → 11-**-******-**
//	vehicle_plate   12가3456, 123가 4567 near a vehicle word
//	                                                   → 12가****
//	birth_date      a valid date after 생년월일/출생/DOB…, before 생 or
//	                "(생년월일)"                        → ****. *. **.
//	name            a surname-led word after 민원인, 신청인, 성명, 수신자…
//	                or before 님, 씨, 귀하; every other mention of the same
//	                name in the document too          → 홍*동, 김*, 남**수
//	address         the building number and unit of a road (or lot) address
//	                in a district or address context   → 월드컵로 ***, ***동 ****호
//	ip              four octets in context (IP, 접속…) or unmistakable
//	                                                   → 211.***.***.***
//
// Officials named in Options.Exempt (the drafter and approver acting in
// their duty) are not masked. A value found once is masked wherever else
// it appears in the same document.
//
// # How it reads
//
// The text is first normalised for detection: NFC, full-width forms folded
// to ASCII, dash and space variants folded, zero-width characters dropped.
// Findings are mapped back to the original offsets through a sparse edit
// list, and the output keeps every byte of the input outside the findings
// (invalid UTF-8 becomes U+FFFD), so line structure is unchanged.
//
// Detection is one pass keyed on a few trigger bytes — ASCII digits, '@',
// '+' and the lead bytes of the Hangul syllables that end a marker word or
// form an honorific — so most of the text is skipped with one table lookup
// per byte. Digit runs are read as tokens of groups; each detector checks
// the group shape, the validation rule and the context words on the same
// line before the number (cut at the previous number and at the previous
// sentence, so a keyword qualifies the nearest value only).
//
// RedactStream (and RedactReader) process any size of input in 1 MiB
// chunks cut at line ends, with memory bounded whatever the input size.
//
// # Quality
//
// Package evalset generates a labelled set over the statute corpus and
// scores the redactor; go run ./shared/redact/cmd/piieval prints precision
// and recall per type and the share of hard negatives left untouched, and
// TestQualityBar enforces the bar in CI.
package redact
