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
//	name            a surname-led name where the layout or the words
//	                around it say it is one (below); Latin-script names
//	                and Hangul transcriptions in a foreigner's context;
//	                every other mention of the same name in the document
//	                too                                → 홍*동, 김*, 남**수
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
// Names have no shape of their own, so they are read where documents put
// them:
//
//   - layout (layout.go): tables as extraction writes them — '|' rows, tab
//     and space-aligned columns (a cell belongs to the header it stands
//     under, by display width), CSV exports, box drawing, one cell per line
//     (HWP), column by column (PDF), two-row merged headers, labels over
//     their values, and tables with no header at all. Each cell takes the
//     meaning of its header (성명, 예금주, 생년월일, 주소, 계좌번호…; a word
//     for people ending in 자 or 인), and a table whose cells slipped out of
//     their columns is read by content alone;
//   - people (people.go): name columns by content, lists (comma, middle
//     dot, bullets, numbered items, 외 N명), speakers of minutes (○위원
//     김철수, [김철수], 김철수:), names glued to particles and endings read
//     with Korean grammar, names spelled apart, a writer's closing line,
//     officials named as accused (관련자, 징계);
//   - a lexicon derived from mecab-ko-dic (lexicon.go, data/, built by
//     ./lexgen): surname-led ordinary words, given-name syllables and the
//     syllables of transcribed foreign names, so that 지급액, 고소, 원안대로
//     are never names.
//
// Values a person masked only in part (881007-2774***, 7311**-1540622,
// kim_dasom**@daum.net, 1950. 11. **.) are masked again by the rule. What
// is public stays public: companies' business and corporation numbers,
// case and receipt numbers, and the organization's own office numbers,
// e-mail domains and addresses, learned from the document's footers and
// from the per-organization allowlist in the policy (Options.Public).
//
// RedactStream (and RedactReader) process any size of input in 1 MiB
// chunks cut at line ends, with memory bounded whatever the input size.
//
// # Quality
//
// Package evalset scores the redactor on generated sets: one value per
// sentence of statute text (evalset), and whole documents by three other
// hands (docset, archive, casebook). go run ./shared/redact/cmd/piieval
// prints the figures; README.md gives them with how each was made.
package redact
