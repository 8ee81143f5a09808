// Package thirteenset generates an evaluation corpus of Korean municipal
// documents with planted personal data, for judging the redactor.
//
// It was written without sight of the detector or of the other corpora,
// so that its documents follow how a city's systems produce them rather
// than what the detector already handles.
//
// Kinds (16): 공유재산 대부 (lease), 도로점용 허가 (roaduse), 건축 민원
// (building), 노인 일자리 (seniorjob), 청년 월세 (youthrent), 공동주택 감사
// (aptaudit), 주차 이의신청 (parking), 안전신문고 (safetyreport), 식품위생
// 행정처분 (foodsanction), 장애인 활동지원 (disability), 다문화가족 방문교육
// (multicultural), 청소년 사례회의 (youthcase), 재개발 조합 민원
// (redevelop), 공무원 채용 면접 (hiring), 학교 밖 청소년 (outofschool),
// 체납 징수 (taxarrears). Each is a 기안문: letterhead, 수신/(경유)/제목,
// numbered body, 붙임, "끝.", then the 결재 line, 시행 number and the
// office's contact block, which hold only negatives.
//
// An item's Form is place+quality. Places: table.pipe, table.tab,
// table.space, table.cells (HWP, one cell per line), table.pdf (columns
// by runs of blanks, rows sometimes carried over, page breaks), kv, prose,
// list, speaker, recipient, signature, email_header, sms, ocr. Qualities:
// plain, particle, honorific, spaced, wrapped, fullwidth, ocr,
// partialmask, latin, transcribed, health, criminal, minor, foreign.
//
// About one document in six or seven carries no personal data.
package thirteenset
