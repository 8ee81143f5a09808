// Package verify is layer 2 of Plaza's protection of personal data. It
// re-reads redacted text with methods independent of package redact, so that
// one bug cannot blind both layers. Any doubt sends a document to review,
// where it waits for a person.
//
// The method differs on purpose. Package redact recognises the shapes of
// known identifiers and validates them; verify asks what should not be
// left at all, and shares no code with redact (not even normalisation):
//
//   - digits.dense: a run of digits joined by -, ., /, (, ) or spaced like
//     an identifier, with ten or more digits (nine for numbers starting
//     with 0), unless it is a date, a code after a code word, or an office
//     number after an office word;
//   - keyword.*: an identifier keyword (주민등록번호, 연락처, 계좌번호,
//     생년월일, 여권번호 …) followed on its line by unmasked digits, a date
//     followed by 생 or noted "(생년월일)";
//   - email.unmasked_local: an '@' with a visible local part;
//   - name.surname_honorific and name.marker: a word led by a common
//     Korean surname before 님, 씨 or 귀하, or after 민원인, 성명 …, with
//     no '*' in it and not an exempt official;
//   - pattern.*: vehicle plates near a vehicle word, IPv4 addresses,
//     passport-like codes, building numbers of private addresses and
//     apartment units.
//
// The evaluation in package redact/evalset checks that verify alone
// catches nearly every planted item on unmasked text, and raises almost no
// doubt on masked text or on statutes.
package verify
