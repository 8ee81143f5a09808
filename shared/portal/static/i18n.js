// Plaza portal's interface language. Documents stay in Korean; in English
// mode (/en/… or ?lang=en) the interface around them is English, and the
// scripts mark Korean content with lang="ko" so that screen readers switch
// voice (WCAG 3.1.2). app.js and feedback.js call PlazaI18n.t on every
// Korean literal: the Korean text is the key, so a missing entry shows the
// Korean and the English-mode browser test names it.
(function () {
  "use strict";

  var q = new URLSearchParams(location.search).get("lang");
  var en = q ? q === "en" : /^\/en(\/|$)/.test(location.pathname);

  var EN = {
    "결재문서": "Approval", "회의록": "Minutes", "계획": "Plan", "보고": "Report", "보도자료": "Press release",
    "예산": "Budget", "계약": "Contract", "기타": "Other",
    "공개": "Public", "부분공개": "Partly public", "비공개": "Closed",
    "기관": "Organization", "부서": "Department", "문서 유형": "Document type", "공개 구분": "Disclosure",
    "결재 연도": "Year approved",
    "이 문서가 인용": "cited by this document", "이 문서를 인용": "cites this document", "공통 주제어": "shared keywords",
    "같은 부서·시기": "same department and period",
    "주민등록번호": "Resident registration number", "외국인등록번호": "Alien registration number", "휴대전화": "Mobile phone",
    "전화번호": "Phone number", "전자우편": "E-mail", "신용카드": "Credit card", "계좌번호": "Bank account",
    "여권번호": "Passport number", "운전면허번호": "Driving licence number", "자동차 등록번호": "Vehicle plate",
    "생년월일": "Date of birth", "성명": "Name", "주소": "Address", "IP 주소": "IP address",
    "문의처": "Contact", "전화": "Phone",
    "이 기관의 대표 연락처가 등록되어 있지 않습니다. 아래 ‘질문하기’로 담당 부서에 문의해 주세요.": "This organization has no public contact on file. Use “Ask a question” below to reach the responsible department.",
    " 조건 해제": ": remove filter",
    "비공개 문서입니다. 목록 정보만 공개합니다.": "Closed document: only its listing is published.",
    "이전": "Previous", "다음": "Next", "검색 중…": "Searching…",
    "’ 검색 결과 ": "’: results ", "전체 문서 ": "All documents: ", "건": "",
    " · 입력하신 ‘": " · nothing was found for ‘", "’(으)로는 찾지 못해 바꾸어 찾았습니다": "’ as typed, so it was read again", "분야": "Subject",
    "’ 검색 결과": "’: search results", "서울시 결재문서 찾기": "Find Seoul's approved documents",
    " — 정보소통광장": " — Information Communication Plaza",
    "검색 결과가 없습니다. 다른 검색어나 조건으로 찾아보세요.": "No results. Try other words or filters.",
    "검색하지 못했습니다: ": "The search failed: ",
    "관련 문서": "Related documents", "관련 문서가 없습니다.": "No related documents.",
    "관련 문서 안내는 준비 중입니다.": "Related documents are not available yet.",
    "관련 문서를 불러오지 못했습니다.": "Could not load the related documents.",
    "일부 내용이 시민 신고로 가려졌습니다. 담당자가 확인한 뒤 가림을 유지하거나 원래대로 공개합니다.": "Part of this text was masked after a citizen's report. An officer will check it and keep the mask or restore the text.",
    "개인정보 보호를 위해 가린 항목: ": "Masked to protect personal data: ",
    "본문": "Text", "첨부: ": "Attachment: ", "PDF로 내려받기": "Download as PDF",
    "개인정보를 가린 본문과 첨부의 사본입니다. 원본 파일이 아닙니다.": "A copy of the text and attachments with personal data masked, not the original file.",
    "이 파일의 내용은 글자로 읽을 수 없어 공개 목록에만 표시합니다.": "This file's content cannot be read as text, so it is only listed.",
    "문서번호": "Document number", "결재일": "Approved", "기안자": "Drafted by", "결재권자": "Approved by",
    "공개일": "Published", "주제어": "Keywords",
    "비공개 문서입니다": "This document is closed",
    "이 문서는 「공공기관의 정보공개에 관한 법률」 제9조제1항에 따라 비공개로 결정되어 목록 정보만 공개합니다. 비공개 사유는 다음과 같습니다.": "Under Article 9(1) of the Official Information Disclosure Act this document was decided closed, so only its listing is published. The grounds are:",
    "제": "Item ", "호 ": " ",
    "원문이 필요하시면 아래 ‘질문하기’로 정보공개를 청구할 수 있습니다.": "If you need the original, you can request its disclosure with “Ask a question” below.",
    "부분공개 문서입니다": "This document is partly public",
    "다음 사유에 해당하는 부분을 가리고 공개합니다.": "The parts falling under these grounds are masked:",
    "질문하기 (정보공개 청구)": "Ask a question (disclosure request)", "질문하기": "Ask a question",
    "담당 부서(": "Your question goes straight to the responsible department (",
    ")에 바로 전달되고, 처리 과정을 전자우편·문자로 알려 드립니다.": "), and you are told of its progress by e-mail or text message.",
    "묻고 답하기": "Questions and answers", "불러오는 중…": "Loading…", "← 검색으로": "← Back to search",
    "개인정보 수집·이용에 동의해야 질문을 접수할 수 있습니다.": "You must consent to the collection and use of personal data to send a question.",
    "개인정보 수집·이용 안내가 바뀌었습니다. 페이지를 새로 고친 뒤 다시 동의해 주세요.": "The personal data notice has changed. Reload the page and consent again.",
    "같은 질문이 이미 접수되었습니다. 받으신 추적 링크로 처리 상황을 확인해 주세요.": "The same question was already received. Follow the tracking link you were given.",
    "짧은 시간에 질문이 너무 많습니다. 잠시 뒤에 다시 시도해 주세요.": "Too many questions in a short time. Please try again shortly.",
    "요청을 처리할 수 없습니다.": "The request cannot be processed.",
    "이 문서에는 질문할 수 없습니다. 공개가 철회되었을 수 있습니다.": "Questions cannot be asked about this document. Its release may have been retracted.",
    "질문은 10자 이상 4,000자 이하로 적어 주세요.": "Write your question in 10 to 4,000 characters.",
    "전자우편 주소 형식이 올바르지 않습니다.": "The e-mail address is not valid.",
    "휴대전화번호 형식이 올바르지 않습니다. (예: 010-1234-5678)": "The mobile number is not valid (e.g. 010-1234-5678).",
    "전자우편 주소나 휴대전화번호 중 하나 이상을 적어 주세요.": "Give an e-mail address, a mobile number, or both.",
    "성명은 한 줄로 50자 이내로 적어 주세요.": "Write your name on one line, in 50 characters or fewer.",
    "일시적인 오류로 접수하지 못했습니다. 잠시 뒤에 다시 시도해 주세요.": "A temporary error stopped us receiving it. Please try again shortly.",
    "접수하지 못했습니다: ": "Not received: ",
    "정보공개 청구": "Disclosure request", "이 문서에 대해 질문하기": "Ask about this document",
    "이 문서는 비공개 문서이므로, 보내시는 질문은 「공공기관의 정보공개에 관한 법률」에 따른 정보공개 청구로 접수됩니다. 담당 부서가 공개 여부를 결정하여 10일 이내(한 번 10일 연장 가능)에 알려 드립니다.": "This document is closed, so your question is received as a disclosure request under the Official Information Disclosure Act. The department decides whether to disclose and tells you within 10 days (extendable once by 10 days).",
    "질문은 담당 부서(": "Your question goes to the responsible department (",
    ")로 전달되며, 10일 이내에 답변합니다(한 번 10일 연장 가능).": "), which answers within 10 days (extendable once by 10 days).",
    "0 / 4,000자": "0 / 4,000 characters", " / 4,000자": " / 4,000 characters", " (10자 이상)": " (at least 10)",
    "청구 내용 (필수)": "What you request (required)", "질문 (필수)": "Question (required)",
    "10자 이상 4,000자 이하. 주민등록번호 등 개인정보는 적지 마세요.": "10 to 4,000 characters. Do not write personal data such as a resident registration number.",
    "답변 받을 연락처 (하나 이상 필수)": "Where to send the answer (at least one)",
    "문자로 접수와 처리 상황을 알려 드립니다.": "We text you the receipt and progress.",
    "성명 (선택)": "Name (optional)", "웹사이트 (비워 두세요)": "Website (leave empty)",
    "개인정보 수집·이용 안내를 불러오는 중…": "Loading the personal data notice…",
    "개인정보 수집·이용 동의 (필수)": "Consent to the collection and use of personal data (required)",
    " 위 내용을 읽었으며 개인정보 수집·이용에 동의합니다.": " I have read the above and consent to the collection and use of my personal data.",
    "수집 목적": "Purpose", "수집 항목": "Items collected", "보유·이용 기간": "Retention",
    "연락처는 암호화하여 보관하며 담당 공무원에게도 공개하지 않습니다. 질문과 답변을 공개할 때에는 개인정보를 가립니다.": "Your contact details are stored encrypted and are not shown even to the officer. Personal data is masked when questions and answers are published.",
    "지금은 질문을 받을 수 없습니다.": "Questions cannot be received right now.",
    "개인정보 수집·이용 안내를 불러오지 못했습니다. 잠시 뒤에 다시 시도해 주세요.": "Could not load the personal data notice. Please try again shortly.",
    " 질문과 답변을 이 문서 페이지에 공개하지 않습니다. (공개할 때에도 개인정보는 가립니다)": " Do not publish my question and its answer on this page. (Personal data is masked when published.)",
    "정보공개 청구하기": "Send the disclosure request", "질문 보내기": "Send the question",
    "정보공개 청구가 접수되었습니다": "Your disclosure request was received", "질문이 접수되었습니다": "Your question was received",
    "접수번호": "Reference", "담당 부서": "Department", "처리 기한": "Due",
    "아래 추적 링크로 처리 상황과 답변을 확인할 수 있습니다. 이 링크는 다시 보여 드릴 수 없으니 보관해 주세요. 접수 확인 안내도 전자우편·문자로 보내 드립니다.": "Follow the tracking link below for progress and the answer. It cannot be shown again, so keep it. A confirmation is also sent by e-mail or text message.",
    "추적 링크": "Tracking link", "링크 복사": "Copy link", "복사했습니다.": "Copied.", "직접 복사해 주세요.": "Please copy it yourself.",
    "처리 상황 보기 →": "See progress →",
    "내 개인정보": "My personal data", "다른 사람의 개인정보": "Someone else's personal data",
    "비공개 대상 내용": "Content that should be closed", "오류": "Error",
    "가림 처리됨": "Masked", "확인 중": "Being checked", "가림 유지": "Mask kept", "원래대로 공개": "Restored", "변경 없음": "No change",
    "신고할 내용은 2자 이상 200자 이하로 적어 주세요. 비워 두면 문서 전체에 대한 신고로 접수됩니다.": "Write 2 to 200 characters. Left empty, the report is about the whole document.",
    "신고 사유를 골라 주세요.": "Choose a reason.",
    "연락처를 확인해 주세요. 전자우편 주소나 010으로 시작하는 휴대전화번호를 적고, 개인정보 수집·이용에 동의해야 합니다.": "Check your contact: an e-mail address or a mobile number starting 010, with consent to the collection and use of personal data.",
    "비공개 문서는 본문을 공개하지 않아 신고할 내용이 없습니다. ‘질문하기’로 문의해 주세요.": "A closed document publishes no text, so there is nothing to report. Use “Ask a question”.",
    "이 문서는 신고할 수 없습니다. 공개가 철회되었을 수 있습니다.": "This document cannot be reported. Its release may have been retracted.",
    "지금은 신고를 받을 수 없습니다. ‘질문하기’로 알려 주세요.": "Reports cannot be received right now. Tell us with “Ask a question”.",
    "개인정보가 아닌 사유의 신고는 바로 가리지 않고, 담당자가 확인한 뒤 처리합니다.": "Reports for reasons other than personal data are not masked at once; an officer checks them first.",
    "적어 주신 내용을 문서에서 찾지 못해 바로 가리지 않았습니다. 담당자가 문서를 확인합니다.": "What you wrote was not found in the document, so nothing was masked yet. An officer will check the document.",
    "가릴 내용을 적지 않아 문서 전체에 대한 신고로 접수했습니다. 담당자가 확인합니다.": "No text was given, so the report is about the whole document. An officer will check it.",
    "오늘 이 문서에 신고가 많아 바로 가리지 않았습니다. 담당자가 먼저 확인합니다.": "This document had many reports today, so nothing was masked at once. An officer checks first.",
    "잠시": "a moment", "약 ": "about ", "시간": " h", "분": " min",
    "짧은 시간에 신고가 너무 많이 접수되었습니다. ": "Too many reports in a short time. ",
    " 뒤에 다시 시도해 주세요.": ", then try again.",
    "신고하지 못했습니다: ": "Not reported: ",
    "개인정보가 보이나요? 신고하기": "See personal data? Report it",
    "본문에서 보이는 부분을 드래그해 고른 뒤 누르면 그 내용이 신고 칸에 들어갑니다.": "Select the text in the document first and it is copied into the report.",
    "개인정보 노출 신고": "Report exposed personal data",
    "문서에 주민등록번호, 전화번호, 주소 같은 개인정보가 보이면 알려 주세요. 개인정보 신고이고 적어 주신 내용이 문서에 있으면 그 자리에서 바로 가리고, 담당 부서(": "Tell us if the document shows personal data such as a resident registration number, a phone number or an address. If it is personal data and the text is in the document, it is masked at once, and the department (",
    ")가 확인합니다.": ") checks it.",
    "0 / 200자": "0 / 200 characters", " / 200자": " / 200 characters", " (2자 이상)": " (at least 2)",
    "문서에 보이는 내용": "Text shown in the document",
    "보이는 그대로 적어 주세요(2자 이상 200자 이하). 비워 두면 문서 전체에 대한 신고가 됩니다.": "Write it exactly as shown (2 to 200 characters). Left empty, the report is about the whole document.",
    "신고 사유 (필수)": "Reason (required)",
    "‘내 개인정보’와 ‘다른 사람의 개인정보’는 바로 가리고, 나머지는 담당자가 확인한 뒤 처리합니다.": "“My personal data” and “Someone else's personal data” are masked at once; the others are checked by an officer first.",
    "처리 결과 받을 연락처 (선택)": "Where to send the outcome (optional)",
    "연락처 없이도 신고할 수 있습니다. 결과는 접수 뒤 보여 드리는 추적 링크로 확인할 수 있습니다.": "You may report without a contact. The tracking link shown afterwards gives the outcome.",
    " 위 내용을 읽었으며 연락처 수집·이용에 동의합니다. (연락처를 적은 경우 필수)": " I have read the above and consent to the use of my contact details (required if you give one).",
    "개인정보 수집·이용 안내를 불러오지 못했습니다. 연락처 없이 신고할 수 있습니다.": "Could not load the personal data notice. You can still report without a contact.",
    "신고하기": "Send the report",
    "개인정보 수집·이용 안내를 불러오지 못해 연락처를 받을 수 없습니다. 연락처를 지우고 신고해 주세요.": "The personal data notice did not load, so no contact can be taken. Clear the contact and report.",
    "연락처를 남기시려면 개인정보 수집·이용에 동의해 주세요. 동의하지 않으시면 연락처를 지우고 신고할 수 있습니다.": "To leave a contact, consent to the collection and use of personal data; otherwise clear it and report.",
    "신고가 접수되었습니다": "Your report was received",
    "신고하신 내용을 즉시 가렸습니다 (": "What you reported was masked at once (",
    "곳). 담당자가 확인한 뒤 가림을 유지하거나, 개인정보가 아니면 원래대로 공개합니다.": " places). An officer checks it, and keeps the mask or restores text that is not personal data.",
    "담당자가 신고 내용을 확인합니다.": "An officer will check your report.",
    "아래 추적 링크로 처리 결과를 확인할 수 있습니다. 이 링크는 다시 보여 드릴 수 없으니 보관해 주세요.": "Follow the tracking link below for the outcome. It cannot be shown again, so keep it.",
    "다른 내용 신고하기": "Report something else",
    "가린 내용을 반영해 문서를 다시 불러오는 중…": "Reloading the document with the mask…",
    "문서를 다시 불러왔습니다. 가린 곳은 * 로 표시됩니다.": "The document was reloaded. Masked places show as *.",
    "문서를 다시 불러오지 못했습니다. 페이지를 새로 고치면 가린 내용이 보입니다.": "Could not reload the document. Reload the page to see the mask.",
    "신고 처리 현황 — 정보소통광장": "Report progress — Information Communication Plaza",
    "추적 링크에 토큰이 없습니다. 신고할 때 받은 링크 전체를 열어 주세요.": "The tracking link has no token. Open the whole link you were given when you reported.",
    "신고를 찾을 수 없습니다. 추적 링크가 정확한지 확인해 주세요.": "The report was not found. Check the tracking link.",
    "처리 상황을 불러오지 못했습니다: ": "Could not load the progress: ",
    "신고 처리 현황": "Report progress", "문서": "Document", "처리 상태": "Status", "접수 일시": "Received at",
    "처리 일시": "Handled at", "처리 결과": "Outcome",
    "아직 공개된 질문과 답변이 없습니다.": "No questions and answers are published yet.",
    "질문 ": "Asked ", "답변 ": "Answered ", " · 질문 ": " · asked ", " · 답변 ": " · answered ",
    "질문한 분의 개인정보는 가려서 공개합니다.": "The asker's personal data is masked when published.",
    "질문과 답변을 불러오지 못했습니다.": "Could not load the questions and answers.",
    "질문 처리 현황 — 정보소통광장": "Question progress — Information Communication Plaza",
    "추적 링크에 토큰이 없습니다. 접수할 때 받은 링크 전체를 열어 주세요.": "The tracking link has no token. Open the whole link you were given.",
    "질문을 찾을 수 없습니다. 추적 링크가 정확한지 확인해 주세요.": "The question was not found. Check the tracking link.",
    "질문": "Question", "정보공개 청구 처리 현황": "Disclosure request progress", "질문 처리 현황": "Question progress",
    "접수일": "Received", " (연장됨)": " (extended)", "연장 사유": "Reason for extension", "답변일": "Answered",
    "종결일": "Closed", "Q&A 공개": "Published as Q&A", "공개 (개인정보는 가림)": "Published (personal data masked)",
    "공개하지 않음": "Not published", "청구 내용": "Request", "답변": "Answer",
    "아직 답변 전입니다. 답변이 등록되면 전자우편·문자로 알려 드립니다.": "Not answered yet. You will be told by e-mail or text message.",
    "처리 경과": "History",
    "문서를 찾을 수 없습니다. 공개가 철회되었거나 주소가 잘못되었습니다.": "Document not found. Its release was retracted or the address is wrong.",
    "문서를 불러오지 못했습니다: ": "Could not load the document: ",
    "전체 기간": "Whole range", "연도별": "Yearly", "월별": "Monthly", "일별": "Daily", "모든 기관": "All organizations",
    "예: 2026-01": "e.g. 2026-01", "예: 2026-12": "e.g. 2026-12",
    "기간 ": "Period ", "부터 ": "From ", "까지 ": "To ", "기관 ": "Organization ", "보기": "Show",
    "공개 현황 — 정보소통광장": "Release statistics — Information Communication Plaza",
    "기관별·부서별 공개 현황": "Releases by organization and department",
    "공개율 = 공개(부분공개 포함) ÷ (접수 − 형식 오류 반려). 비공개 문서는 목록만 공개합니다. 문서는 접수한 날의 기간에 현재 상태로 셉니다. 기준 시각 ": "Release ratio = published (partly public included) ÷ (received − rejected for format). Closed documents are only listed. A document counts in the period it was received, in its current state. As of ",
    "이 표를 CSV로 내려받기": "Download these figures as CSV",
    "접수": "Received", "공개 대기": "Withheld", "검토 중": "In review", "반려": "Rejected", "철회": "Retracted",
    "공개율": "Release ratio", "전체": "Total", " 공개율 (": " release ratio (", "기간": "Period", "막대": "Bar",
    " 공개 현황": " releases", "부서별 공개율": "Release ratio by department", "기관별 공개 현황": "Releases by organization", "부서별 공개 현황": "Releases by department",
    "부서를 알 수 없는 접수": "Received without a department", "부서별 만족도": "Satisfaction by department",
    " 만족도": " satisfaction", "공개 현황을 불러오지 못했습니다: ": "Could not load the statistics: ",
    "유용함": "Useful", "유용하지 않음": "Not useful", "유용 비율": "Useful ratio", "답변 평가": "Answer ratings",
    "평균 평가": "Mean rating", "설문 응답": "Survey answers", "설문 평균": "Survey mean",
    "태블릿": "Tablet", "검색 로봇 등": "Crawlers and bots", "분 ": " min ", "초": " s", " (집계 중)": " (counting)",
    "회": "", "날짜별 문서 조회": "Document views by day", "날짜": "Day", "조회": "Views", "방문자": "Visitors",
    "이용 현황 — 정보소통광장": "Usage — Information Communication Plaza", "시민 이용 현황": "How citizens use Plaza",
    ". 방문자는 날마다 바뀌는 임의의 값으로 IP 주소를 가려 하루 단위로 센 수를 더한 것이며, IP 주소·쿠키는 저장하지 않습니다. 검색어는 개인정보를 가린 뒤 ": ". Visitors are counted per day with IP addresses hidden by a daily random value, then added up; no IP address or cookie is stored. Search words are shown masked, and only those searched by ",
    "명 이상이 찾은 것만 보여 줍니다.": " or more people.",
    "명": "", "문서 조회": "Document views", "평균 열람 시간": "Mean time on page", "회 측정)": " measured)",
    "많이 본 문서": "Most viewed documents", "평균 열람": "Mean time", "아직 집계된 조회가 없습니다.": "No views counted yet.",
    "부서별 문서 조회": "Views by department", "많이 찾은 검색어": "Frequent searches", "검색어": "Search words",
    "검색": "Search", "공개할 만큼 여러 사람이 찾은 검색어가 아직 없습니다.": "No search words were used by enough people to be shown yet.",
    "들어온 경로": "Referrers", "사이트": "Site", "방문": "Visits",
    "공개할 만큼 여러 사람이 거쳐 온 사이트가 아직 없습니다.": "No referring site was used by enough people to be shown yet.",
    "접속 기기": "Devices", "기기": "Device", "아직 집계된 방문이 없습니다.": "No visits counted yet.",
    "이용 현황을 불러오지 못했습니다: ": "Could not load the usage figures: ", " 조회 ": " views ",
    "많이 본 순으로 모두 보기": "All, most viewed first",
    "최근 1년: 접수 ": "Last 12 months: ", "건 · 공개 ": " received · ", "건 · 공개율 ": " published · release ratio ",
    "공개 현황 보기": "Release statistics", "이용 현황": "Usage",
    "공지사항": "Notices", "많이 찾는 것": "What people look for",
    "더 하실 말씀이 있으면 적어 주세요 (선택). 개인정보는 적지 마십시오. 의견은 공개되지 않습니다.": "Anything more to say? (optional) Do not write personal data. Comments are not published.",
    "의견을 보내 주셔서 감사합니다. / Thank you for your feedback.": "Thank you for your feedback.",
    "잠시 후 다시 시도해 주세요.": "Please try again shortly.", "보내지 못했습니다: ": "Not sent: ",
    "예": "Yes", "아니요": "No", "의견 (선택)": "Comment (optional)",
    "이 정보가 도움이 되었나요? / Was this useful?": "Was this useful?",
    "답변 만족도 평가": "Rate the answer",
    "의 답변과 처리에 얼마나 만족하셨나요? 1점(매우 불만족)부터 5점(매우 만족)까지 골라 주세요.": ": how satisfied are you with the answer and its handling? Choose from 1 (very dissatisfied) to 5 (very satisfied).",
    "점": "", "점으로 평가해 주셔서 감사합니다. 다시 고르면 평가가 바뀝니다.": " — thank you for your rating. Choose again to change it.",
    "평가 링크가 올바르지 않거나 만료되었습니다.": "The rating link is invalid or has expired.",
    "구독 확인": "Confirm subscription", "구독 해지": "Unsubscribe",
    "아래 단추를 누르면 주간 새 문서 메일 구독이 시작됩니다.": "Press the button below to start the weekly e-mail of new documents.",
    "아래 단추를 누르면 구독을 해지하고 전자우편 주소를 삭제합니다.": "Press the button below to unsubscribe and delete your e-mail address.",
    "구독이 시작되었습니다. 매주 새 문서를 알려 드립니다.": "Subscribed. You will hear of new documents every week.",
    "구독을 해지하고 주소를 삭제했습니다.": "Unsubscribed; your address was deleted.",
    "링크가 올바르지 않거나 만료되었습니다.": "The link is invalid or has expired.",
    "처리하지 못했습니다: ": "Could not be done: ", "예: 정보공개, 도로 보수": "e.g. 정보공개, 도로 보수",
    "기관 선택 (선택 사항)": "Choose an organization (optional)",
    "개인정보 수집·이용에 동의합니다.": "I consent to the collection and use of my personal data.",
    "주제어 (쉼표로 구분) ": "Keywords (comma-separated) ", "부서 (여럿 선택 가능) ": "Departments (several allowed) ",
    " 이 기관의 모든 새 문서": " All new documents of this organization", "전자우편 ": "E-mail ",
    "구독 신청": "Subscribe",
    "주제어, 부서 또는 기관을 하나 이상 고르십시오.": "Choose at least one keyword, department or organization.",
    "확인 메일을 보냈습니다. 메일의 링크로 확인하시면 구독이 시작됩니다.": "A confirmation e-mail was sent. The subscription starts once you follow its link.",
    "신청하지 못했습니다: ": "Not subscribed: ", "주간 새 문서 메일 받기": "Weekly e-mail of new documents",
    // index.html
    "정보소통광장": "Information Communication Plaza", "문서 찾기": "Find documents", "공개 현황": "Release statistics",
    "검색어 ": "Search words "
  };

  // missing lists the Korean literals asked for in English mode that have
  // no English: the browser test reads it and fails on any.
  var missing = [];

  function t(ko) {
    if (!en) return ko;
    var s = EN[ko];
    if (s === undefined) {
      if (missing.indexOf(ko) < 0) missing.push(ko);
      return ko;
    }
    return s;
  }

  var HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/;

  // markKorean gives Korean text (a document's title, text, department)
  // lang="ko" in an English page: on its element when the text is all the
  // element holds, else on a span around the text alone.
  function markKorean(node) {
    if (node.nodeType === 1) {
      if (node.closest("[lang='ko'], script, style, noscript")) return;
      for (var c = node.firstChild; c; c = c.nextSibling) markKorean(c);
      return;
    }
    if (node.nodeType !== 3 || !HANGUL.test(node.nodeValue)) return;
    var parent = node.parentNode;
    if (!parent || parent.nodeType !== 1 || parent.closest("[lang='ko'], script, style, noscript")) return;
    if (parent.childNodes.length === 1) { parent.setAttribute("lang", "ko"); return; }
    var span = document.createElement("span");
    span.setAttribute("lang", "ko");
    parent.replaceChild(span, node);
    span.appendChild(node);
  }

  // localize applies the static page's English (data-en, data-en-*
  // attributes) once, before the scripts draw anything.
  function localize() {
    if (!en) return;
    document.documentElement.lang = "en";
    document.querySelectorAll("[data-en]").forEach(function (n) { n.textContent = n.getAttribute("data-en"); });
    ["placeholder", "aria-label", "content", "title"].forEach(function (a) {
      document.querySelectorAll("[data-en-" + a + "]").forEach(function (n) { n.setAttribute(a, n.getAttribute("data-en-" + a)); });
    });
    // The scripts draw as the API answers: mark Korean as it arrives.
    markKorean(document.body);
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        if (r.type === "characterData") markKorean(r.target);
        else r.addedNodes.forEach(markKorean);
      });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  // The grounds of Article 9(1) of the Official Information Disclosure
  // Act, in English: a label and what it covers (the API gives them in
  // Korean).
  var EXEMPTIONS = en ? {
    "1": ["Secret under other laws", "information kept secret or closed under another act or a decree"],
    "2": ["National security", "national security, defence, unification or foreign relations, which disclosure could seriously harm"],
    "3": ["Life and safety", "people's lives, bodies or property, or public safety, which disclosure could seriously harm"],
    "4": ["Trials and investigations", "pending trials, crime prevention, investigations, prosecution and the execution of sentences"],
    "5": ["Decision-making and audits", "audits, inspections, tenders, research, personnel management and decisions under way, whose fair conduct disclosure could seriously harm"],
    "6": ["Personal data (privacy)", "names, resident numbers and other personal data that could infringe someone's privacy"],
    "7": ["Business secrets", "trade secrets of companies and organisations, whose legitimate interests disclosure could seriously harm"],
    "8": ["Undue gain or loss", "information whose disclosure could give someone undue gain or loss, such as land speculation"]
  } : {};

  window.PlazaI18n = Object.freeze({
    exemptions: EXEMPTIONS,
    en: en,
    locale: en ? "en-GB" : "ko-KR",
    // home is where the portal's own links start: /en/ keeps English.
    home: en ? "/en/" : "/",
    t: t,
    localize: localize,
    missing: missing
  });
})();
