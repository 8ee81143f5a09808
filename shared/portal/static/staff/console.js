// The staff console: review queue and inquiry inbox over the staff API
// (/api/staff/…). Plain script, no framework: every value is set as text,
// never parsed as markup, and the CSP allows no inline script. The token
// lives in sessionStorage (gone with the tab) and travels only as a
// Bearer header: Cognito's ID token on AWS, the local stack's token from a
// one-time link on one machine.
"use strict";
(function () {
  var TOKEN = "plaza.staff.token", NEXT = "plaza.staff.next", PKCE = "plaza.staff.pkce";
  var cfg = { auth: "local" };
  var flash = ""; // what the last action did, said by the next screen

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, kids) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") n.textContent = attrs[k];
      else if (k === "class") n.className = attrs[k];
      else n.setAttribute(k, attrs[k]);
    });
    (kids || []).forEach(function (c) { if (c != null) n.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return n;
  }
  function say(msg, isError) {
    var s = $("status");
    s.textContent = msg || "";
    s.className = isError ? "status error" : "status";
  }
  function setTitle(t) {
    $("title").textContent = t;
    document.title = t + " — 직원 화면 — 정보소통광장";
  }
  var when = new Intl.DateTimeFormat("ko-KR", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Seoul" });
  function fmt(t) { return t ? when.format(new Date(t)) : ""; }

  // --- sign-in -----------------------------------------------------------

  function b64url(bytes) {
    var s = "";
    bytes.forEach(function (b) { s += String.fromCharCode(b); });
    return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function random() { return b64url(crypto.getRandomValues(new Uint8Array(32))); }
  // claims reads the token's payload for display and expiry only; the API
  // checks the signature.
  function claims(tok) {
    try {
      var p = tok.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      var bin = atob(p), bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) { return null; }
  }
  function token() {
    var t = sessionStorage.getItem(TOKEN), c = t && claims(t);
    if (!c || (c.exp && c.exp * 1000 < Date.now())) { sessionStorage.removeItem(TOKEN); return null; }
    return t;
  }

  async function postJSON(url, body) {
    var r = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), credentials: "omit" });
    var data = await r.json().catch(function () { return {}; });
    if (!r.ok) throw new Error((data.error && data.error.message) || r.status);
    return data;
  }

  // signIn finishes a sign-in the URL carries: a one-time code in the
  // fragment (local) or Cognito's authorization code in the query.
  async function signIn() {
    var m = /^#login=([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (m) {
      history.replaceState(null, "", location.pathname);
      var got = await postJSON("/staff/login", { code: m[1] });
      sessionStorage.setItem(TOKEN, got.token);
      return;
    }
    var q = new URLSearchParams(location.search);
    if (cfg.auth === "cognito" && q.get("code")) {
      history.replaceState(null, "", location.pathname);
      var saved = JSON.parse(sessionStorage.getItem(PKCE) || "{}");
      sessionStorage.removeItem(PKCE);
      if (!saved.state || saved.state !== q.get("state")) throw new Error("로그인 요청이 일치하지 않습니다. 다시 로그인해 주세요.");
      var form = new URLSearchParams({ grant_type: "authorization_code", client_id: cfg.client_id, code: q.get("code"),
        redirect_uri: cfg.redirect_uri, code_verifier: saved.verifier });
      var r = await fetch(cfg.domain + "/oauth2/token", { method: "POST", body: form, credentials: "omit" });
      if (!r.ok) throw new Error("로그인하지 못했습니다 (" + r.status + ").");
      // The API's authorizer takes the ID token: it carries the staff
      // member's organization and department.
      sessionStorage.setItem(TOKEN, (await r.json()).id_token);
    }
  }

  async function startCognito() {
    var verifier = random(), state = random();
    sessionStorage.setItem(PKCE, JSON.stringify({ verifier: verifier, state: state }));
    var digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
    location.assign(cfg.domain + "/oauth2/authorize?" + new URLSearchParams({ response_type: "code", client_id: cfg.client_id,
      redirect_uri: cfg.redirect_uri, scope: "openid email profile", state: state,
      code_challenge: b64url(digest), code_challenge_method: "S256" }));
  }

  function showLogin(msg) {
    if (location.hash.indexOf("#/") === 0) sessionStorage.setItem(NEXT, location.hash);
    $("console-nav").hidden = true;
    $("view").replaceChildren();
    $("login-view").hidden = false;
    setTitle("직원 로그인");
    say(msg || "");
    var local = cfg.auth !== "cognito";
    $("login").hidden = local;
    $("login-help").replaceChildren(local
      ? el("span", {}, ["이 컴퓨터의 Plaza에서 한 번만 쓰는 로그인 링크를 받아 여세요: ", el("code", { text: cfg.hint || "go run ./infra/local token --admin --console" })])
      : el("span", { text: "서울시 직원 계정(다단계 인증)으로 로그인합니다." }));
  }

  function logout() {
    sessionStorage.removeItem(TOKEN);
    if (cfg.auth === "cognito") {
      location.assign(cfg.domain + "/logout?" + new URLSearchParams({ client_id: cfg.client_id, logout_uri: cfg.logout_uri }));
      return;
    }
    showLogin("로그아웃했습니다.");
  }

  async function api(method, path, body) {
    var t = token();
    if (!t) { showLogin("로그인이 만료되었습니다."); throw new Error("signed out"); }
    var opts = { method: method, headers: { Authorization: "Bearer " + t }, credentials: "omit" };
    if (body instanceof FormData) opts.body = body; // multipart: the browser sets the boundary
    else if (body !== undefined) { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
    var r = await fetch(path, opts);
    if (r.status === 401) { sessionStorage.removeItem(TOKEN); showLogin("다시 로그인해 주세요."); throw new Error("signed out"); }
    var data = await r.json().catch(function () { return {}; });
    if (!r.ok) throw new Error((data.error && data.error.message) || ("HTTP " + r.status));
    return data;
  }

  // --- labels ------------------------------------------------------------

  var ITEMS = {
    "1": "제1호 다른 법률·명령에 따른 비밀", "2": "제2호 국가안전보장·국방·통일·외교", "3": "제3호 국민의 생명·신체·재산 보호",
    "4": "제4호 재판·수사·형 집행", "5": "제5호 감사·감독·검사·의사결정 과정", "6": "제6호 개인정보",
    "7": "제7호 법인 등의 영업상 비밀", "8": "제8호 특정인의 이익·불이익(투기 등)"
  };
  function reasonLabel(code) {
    var pre = String(code || "").split(":")[0];
    return ({
      "policy.partial_needs_person": "부분공개: 담당자가 가릴 부분을 정해야 함",
      "redact.doubt": "2차 검증이 개인정보를 의심함",
      "redact.low_confidence": "1차 가림의 확신이 낮음",
      "pipeline.dead_letter": "처리 실패(재시도 필요)",
      "policy.scheduled": "공개 예정일 전이라 보류",
      "policy.hold": "공개 보류 중",
      "policy.rank_below_threshold": "결재권자 직급이 자동 공개 기준보다 낮음",
      "policy.before_launch": "자동 공개 시작 전에 결재됨",
      "policy.unknown_organization": "기관의 공개 정책이 없음",
      "redact.structure": "가린 결과의 항목 구분이 깨짐"
    })[pre] || code;
  }
  var ACTIONS = { mask: "추가 가림", approve: "승인(가린 대로 공개)", withhold: "비공개", send_back: "부서로 반려", retry: "재시도" };

  // --- review ------------------------------------------------------------

  async function reviewQueue() {
    setTitle("검토 대기 문서");
    var data = await api("GET", "/api/staff/review?size=100");
    var list = el("ol", { class: "queue", id: "queue" });
    (data.items || []).forEach(function (r) {
      list.appendChild(el("li", {}, [
        el("a", { href: "#/review/" + encodeURIComponent(r.org) + "/" + encodeURIComponent(r.id), text: r.id }),
        " ", el("span", { text: "(" + (r.grade === "partial" ? "부분공개" : r.grade === "closed" ? "비공개" : "공개") + ", 부서 " + (r.department || "-") + ")" }),
        el("p", { class: "why", text: reasonLabel(r.reason) + " — " + fmt(r.updated_at) })
      ]));
    });
    $("view").replaceChildren(list);
    say((flash ? flash + " " : "") + ((data.items || []).length ? "검토를 기다리는 문서 " + data.items.length + "건" : "검토를 기다리는 문서가 없습니다."));
    flash = "";
  }

  // utf16At turns a UTF-8 byte offset of text (the review reasons' unit)
  // into a string index.
  function utf16At(text, bytes) {
    var enc = new TextEncoder().encode(text);
    return new TextDecoder().decode(enc.slice(0, Math.min(bytes, enc.length))).length;
  }

  var KINDS = { name: "이름", rrn: "주민등록번호", frn: "외국인등록번호", mobile: "휴대전화", landline: "전화번호", email: "전자우편", card: "카드번호",
    account: "계좌번호", passport: "여권번호", driver_licence: "운전면허번호", vehicle_plate: "차량번호", ip: "IP 주소", birth_date: "생년월일", address: "주소", other: "기타" };

  // marked renders text with the layer-2 doubts of field, layer 1's
  // masks placed by the API (marks: type and rule) and any other masked
  // run (runs of *: a reviewer's) as <mark>, as text nodes only, each
  // saying in its title what it is.
  function marked(text, field, reasons, marks) {
    var spans = [];
    reasons.forEach(function (r) {
      if (r.field === field && r.end > r.start) spans.push([utf16At(text, r.start), utf16At(text, r.end), "l2", "2차 검증: " + (r.detail || r.code)]);
    });
    (marks || []).forEach(function (k) {
      if (k.field !== field || k.end <= k.start) return;
      var a = utf16At(text, k.start), b = utf16At(text, k.end);
      if (!spans.some(function (s) { return a < s[1] && b > s[0]; })) spans.push([a, b, "l1", "1차 가림: " + (KINDS[k.type] || k.type) + (k.rule ? " (" + k.rule + ")" : ""), k.type]);
    });
    var re = /[^\s*]*\*+[^\s*]*(?:\*+[^\s*]*)*/g, m;
    while ((m = re.exec(text))) {
      var a = m.index, b = a + m[0].length;
      if (!spans.some(function (s) { return a < s[1] && b > s[0]; })) spans.push([a, b, "l1", "가림"]);
    }
    spans.sort(function (x, y) { return x[0] - y[0]; });
    var box = el("div", { class: "text", "data-field": field }), at = 0;
    spans.forEach(function (s) {
      if (s[0] < at) return;
      box.appendChild(document.createTextNode(text.slice(at, s[0])));
      var m = el("mark", { class: s[2], title: s[3], text: text.slice(s[0], s[1]) });
      if (s[4]) m.setAttribute("data-type", s[4]);
      box.appendChild(m);
      at = s[1];
    });
    box.appendChild(document.createTextNode(text.slice(at)));
    return box;
  }

  // selection returns the selected stretch of one field as rune offsets
  // (what the mask action takes), or null.
  function selection() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    var r = sel.getRangeAt(0);
    var box = r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentNode;
    box = box.closest("[data-field]");
    if (!box) return null;
    function offset(node, off) {
      var pre = document.createRange();
      pre.setStart(box, 0);
      pre.setEnd(node, off);
      return Array.from(pre.toString()).length;
    }
    var start = offset(r.startContainer, r.startOffset), end = offset(r.endContainer, r.endOffset);
    return end > start ? { field: box.getAttribute("data-field"), start: start, end: end } : null;
  }

  function field(label, kids) { return el("label", {}, [label].concat(kids)); }
  function itemSelect(id, items, blank) {
    var s = el("select", { id: id, required: "" });
    if (blank) s.appendChild(el("option", { value: "", text: "선택" }));
    items.forEach(function (k) { s.appendChild(el("option", { value: k, text: ITEMS[k] || k })); });
    return s;
  }

  async function reviewItem(org, id) {
    setTitle("검토: " + id);
    var path = "/api/staff/review/" + encodeURIComponent(id) + "?org=" + encodeURIComponent(org);
    var v = await api("GET", path);
    var c = v.candidate || {}, reasons = v.reasons || [];
    var parts = [
      el("p", {}, [el("a", { href: "#/review", text: "← 검토 대기 목록" })]),
      el("h2", { text: c.title || id }),
      el("ul", { class: "why" }, reasons.map(function (r) { return el("li", { text: reasonLabel(r.code) + (r.detail ? " — " + r.detail : "") }); })),
      el("p", { class: "why", text: [c.department && c.department.name, c.document_number, c.approved_at && fmt(c.approved_at),
        "공개 구분 " + ((c.disclosure && c.disclosure.grade) || "-")].filter(Boolean).join(" · ") }),
      el("p", { class: "why" }, [el("mark", { class: "l1", text: "파란색" }), " 1차 가림, ", el("mark", { class: "l2", text: "노란색" }), " 2차 검증이 의심한 곳"])
    ];
    if (v.dead_letter) parts.push(el("p", { class: "error", text: "처리 실패: " + v.dead_letter.stage + " — " + v.dead_letter.error }));
    var fields = [["title", "제목", c.title], ["body", "본문", c.body]];
    (c.attachments || []).forEach(function (a, i) { fields.push(["attachments[" + i + "].text", "붙임: " + a.name, a.text]); });
    fields.forEach(function (f) {
      if (f[2]) parts.push(el("section", { class: "field" }, [el("h3", { text: f[1] }), marked(f[2], f[0], reasons, v.marks)]));
    });

    async function act(kind, body) {
      body.seq = v.seq;
      try {
        await api("POST", "/api/staff/review/" + encodeURIComponent(id) + "/" + kind.replace("_", "-") + "?org=" + encodeURIComponent(org), body);
      } catch (e) { say(ACTIONS[kind] + ": " + e.message, true); return; }
      if (kind === "mask") { await reviewItem(org, id); say("가렸습니다. 결과를 확인한 뒤 승인하세요."); return; }
      flash = id + ": " + ACTIONS[kind] + " 처리했습니다.";
      location.hash = "#/review";
    }
    function form(kind, kids, collect) {
      var f = el("form", { id: "form-" + kind }, [el("h3", { text: ACTIONS[kind] })].concat(kids, [el("button", { type: "submit", text: ACTIONS[kind] })]));
      f.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var body = collect();
        if (body) act(kind, body);
      });
      return f;
    }
    var forms = [];
    if (v.dead_letter) forms.push(form("retry", [], function () { return {}; }));
    var maskText = el("input", { type: "text", id: "mask-text", maxlength: "200" });
    forms.push(form("mask", [el("p", { text: "본문에서 가릴 부분을 선택한 뒤 누르거나, 가릴 문자열을 적으세요(모든 곳에서 가립니다)." }),
      field("가릴 문자열", [maskText])], function () {
      var s = selection();
      if (s) return { spans: [s] };
      if (maskText.value.trim()) return { spans: [{ text: maskText.value.trim() }] };
      say("가릴 부분을 선택하거나 적어 주세요.", true);
      return null;
    }));
    var decisions = (v.exemptions || []).map(function (k) {
      var s = el("select", { id: "decide-" + k }, [el("option", { value: "masked", text: "해당 부분을 가렸음" }), el("option", { value: "not_present", text: "해당 내용 없음" })]);
      return [k, field(ITEMS[k] || k, [s]), s];
    });
    var approveNote = el("textarea", { id: "approve-note", rows: "2", maxlength: "2000" });
    forms.push(form("approve", decisions.map(function (d) { return d[1]; }).concat([field("메모(선택)", [approveNote])]), function () {
      var ex = null;
      decisions.forEach(function (d) { ex = ex || {}; ex[d[0]] = d[2].value; });
      var b = { note: approveNote.value };
      if (ex) b.exemptions = ex;
      return b;
    }));
    var whItem = itemSelect("withhold-item", Object.keys(ITEMS), true);
    var whNote = el("textarea", { id: "withhold-note", rows: "2", maxlength: "2000", required: "" });
    forms.push(form("withhold", [field("근거(정보공개법 제9조제1항)", [whItem]), field("사유", [whNote])], function () {
      return { exemption: whItem.value, note: whNote.value };
    }));
    var sbNote = el("textarea", { id: "send-back-note", rows: "2", maxlength: "2000", required: "" });
    forms.push(form("send_back", [field("부서에 전할 사유", [sbNote])], function () { return { note: sbNote.value }; }));
    parts.push(el("div", { class: "actions" }, forms));

    var audit = el("ol", { class: "audit", id: "audit" });
    (v.audit || []).forEach(function (a) {
      audit.appendChild(el("li", { text: [fmt(a.at), a.by, ACTIONS[a.action] || a.action, a.exemption && ITEMS[a.exemption], a.note].filter(Boolean).join(" · ") }));
    });
    parts.push(el("h3", { text: "처리 기록" }), (v.audit || []).length ? audit : el("p", { text: "아직 기록이 없습니다." }));
    $("view").replaceChildren.apply($("view"), parts);
    say("");
  }

  // --- inquiries ---------------------------------------------------------

  var STATES = { received: "접수", assigned: "담당자 지정", in_progress: "처리 중", extended: "기한 연장", answered: "답변 완료", closed: "종결" };
  var INQ_ACTIONS = { start: "처리 시작", assign: "담당자 지정·부서 이관", extend: "기한 연장", answer: "답변", close: "종결" };

  function dueText(q) {
    return "기한 " + fmt(q.due) + (q.overdue ? " (기한 지남)" : "");
  }

  async function inbox(query) {
    setTitle("문의 처리");
    var want = new URLSearchParams(query || "");
    var q = new URLSearchParams({ size: "100" });
    if (want.get("state")) q.set("state", want.get("state"));
    if (want.get("department")) q.set("department", want.get("department"));
    var data = await api("GET", "/api/staff/inquiries?" + q);
    var items = (data.items || []).slice().sort(function (a, b) { return new Date(a.due) - new Date(b.due); });

    // Filters: by department and state; the list is by deadline.
    var dept = el("select", { id: "inbox-department" }, [el("option", { value: "", text: "모든 부서" })]);
    var seen = {};
    items.concat(want.get("department") ? [{ department: want.get("department"), department_name: want.get("department") }] : []).forEach(function (i) {
      if (!seen[i.department]) { seen[i.department] = 1; dept.appendChild(el("option", { value: i.department, text: i.department_name || i.department })); }
    });
    dept.value = want.get("department") || "";
    var state = el("select", { id: "inbox-state" }, [el("option", { value: "", text: "모든 상태" })]);
    Object.keys(STATES).forEach(function (k) { state.appendChild(el("option", { value: k, text: STATES[k] })); });
    state.value = want.get("state") || "";
    var filters = el("form", { class: "filters", id: "inbox-filters" }, [field("부서", [dept]), field("상태", [state]), el("button", { type: "submit", text: "보기" })]);
    filters.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var p = new URLSearchParams();
      if (dept.value) p.set("department", dept.value);
      if (state.value) p.set("state", state.value);
      location.hash = "#/inquiries" + (p.toString() ? "?" + p : "");
    });

    var list = el("ol", { class: "inbox", id: "inbox" });
    items.forEach(function (i) {
      list.appendChild(el("li", {}, [
        el("a", { href: "#/inquiries/" + encodeURIComponent(i.id), text: i.id + " — " + (i.document_title || i.document_id) }),
        el("p", { class: "meta" }, [(i.department_name || i.department) + " · " + (i.state_label || STATES[i.state] || i.state) + " · ",
          el("span", { class: i.overdue ? "overdue" : "", text: dueText(i) })])
      ]));
    });
    $("view").replaceChildren(filters, list);
    say(items.length ? "문의 " + items.length + "건(기한 순)" : "처리할 문의가 없습니다.");
  }

  async function inquiryPage(id) {
    setTitle("문의 " + id);
    var path = "/api/staff/inquiries/" + encodeURIComponent(id);
    var q = await api("GET", path);
    render(q);

    function render(q) {
      var c = q.contact || {};
      var parts = [
        el("p", {}, [el("a", { href: "#/inquiries", text: "← 문의 목록" })]),
        el("h2", { text: q.document_title || q.document_id }),
        el("p", { class: "meta" }, ["문서 ", el("a", { href: "/?id=" + encodeURIComponent(q.document_id) + "&org=" + encodeURIComponent(q.org), text: q.document_id }),
          " · " + (q.department_name || q.department) + " · ", el("strong", { id: "inquiry-state", text: q.state_label || STATES[q.state] || q.state }),
          " · ", el("span", { class: q.overdue ? "overdue" : "", text: dueText(q) })]),
        el("p", { class: "meta", text: "접수 " + fmt(q.received_at) + (q.officer ? " · 담당 " + q.officer : "") +
          (c.name || c.email || c.phone ? " · 연락처 " + [c.name, c.email, c.phone].filter(Boolean).join(", ") : "") +
          (q.publish ? " · 답변 공개 동의" : " · 답변 비공개") }),
        el("h3", { text: "질문" }), el("div", { class: "text", id: "question", text: q.question })
      ];
      if (q.answer) parts.push(el("h3", { text: "답변" }), el("div", { class: "text", id: "answer", text: q.answer }));

      var forms = [];
      function form(a, kids, collect) {
        var f = el("form", { id: "inquiry-" + a }, [el("h3", { text: INQ_ACTIONS[a] })].concat(kids, [el("button", { type: "submit", text: INQ_ACTIONS[a] })]));
        f.addEventListener("submit", async function (ev) {
          ev.preventDefault();
          var body = collect();
          if (!body) return;
          body.version = q.version;
          try {
            var next = await api("POST", path + "/" + a, body);
          } catch (e) { say(INQ_ACTIONS[a] + ": " + e.message, true); return; }
          render(next);
          say(INQ_ACTIONS[a] + " 처리했습니다.");
        });
        return f;
      }
      (q.actions || []).forEach(function (a) {
        if (a === "start") forms.push(form(a, [], function () { return {}; }));
        if (a === "answer") {
          var t = el("textarea", { id: "answer-text", rows: "6", maxlength: "4000", required: "" });
          forms.push(form(a, [field("답변", [t])], function () { return { answer: t.value }; }));
        }
        if (a === "assign") {
          var o = el("input", { type: "text", id: "assign-officer", maxlength: "64" });
          var d = el("input", { type: "text", id: "assign-department", maxlength: "32" });
          forms.push(form(a, [field("담당자 ID", [o]), field("이관할 부서 코드(선택)", [d])], function () {
            var b = {};
            if (o.value.trim()) b.officer = o.value.trim();
            if (d.value.trim()) b.department = d.value.trim();
            return b;
          }));
        }
        if (a === "extend") {
          var r = el("textarea", { id: "extend-reason", rows: "2", maxlength: "2000", required: "" });
          forms.push(form(a, [field("연장 사유", [r])], function () { return { reason: r.value }; }));
        }
        if (a === "close") {
          var cr = el("textarea", { id: "close-reason", rows: "2", maxlength: "2000" });
          forms.push(form(a, [field("종결 사유(선택)", [cr])], function () { return cr.value ? { reason: cr.value } : {}; }));
        }
      });
      if (forms.length) parts.push(el("div", { class: "actions" }, forms));
      var hist = el("ol", { class: "audit", id: "inquiry-history" });
      (q.history || []).forEach(function (h) {
        hist.appendChild(el("li", { text: [fmt(h.at), h.by, STATES[h.to] || h.to, h.reason].filter(Boolean).join(" · ") }));
      });
      parts.push(el("h3", { text: "처리 기록" }), hist);
      $("view").replaceChildren.apply($("view"), parts);
    }
    say("");
  }

  // --- retraction and holds ----------------------------------------------

  // documents finds published documents (the public search) to retract.
  async function documents(query) {
    setTitle("공개 철회");
    var want = new URLSearchParams(query || "");
    var input = el("input", { type: "search", id: "doc-q", maxlength: "200", value: want.get("q") || "" });
    var f = el("form", { class: "filters", id: "doc-search", role: "search" }, [field("문서 찾기", [input]), el("button", { type: "submit", text: "찾기" })]);
    f.addEventListener("submit", function (ev) {
      ev.preventDefault();
      location.hash = "#/documents?" + new URLSearchParams({ q: input.value.trim() });
    });
    var parts = [f];
    if (want.get("q")) {
      var r = await fetch("/api/documents?" + new URLSearchParams({ q: want.get("q"), size: "20" }), { credentials: "omit" });
      var res = await r.json();
      var list = el("ol", { class: "queue", id: "doc-results" });
      (res.items || []).forEach(function (d) {
        var org = (d.organization && d.organization.code) || d.org || "";
        list.appendChild(el("li", {}, [el("a", { href: "#/retract/" + encodeURIComponent(org) + "/" + encodeURIComponent(d.id), text: d.title + " (" + d.id + ")" })]));
      });
      parts.push(list);
      say("검색 결과 " + (res.items || []).length + "건");
    } else say("철회할 문서를 찾으세요.");
    $("view").replaceChildren.apply($("view"), parts);
  }

  // retract shows what a retraction removes and asks for the reason.
  async function retract(org, id) {
    setTitle("공개 철회: " + id);
    var r = await fetch("/api/documents/" + encodeURIComponent(id) + "?org=" + encodeURIComponent(org), { credentials: "omit" });
    if (!r.ok) { $("view").replaceChildren(el("p", { text: "공개된 문서가 아닙니다(이미 철회되었거나 공개 전입니다)." })); say(""); return; }
    var d = await r.json();
    var gone = el("ul", { id: "retract-removes" }, [
      el("li", { text: "공개 문서 「" + d.title + "」(" + (d.document_number || id) + ", " + ((d.department && d.department.name) || "") + ")의 본문" +
        ((d.attachments || []).length ? "과 붙임 " + d.attachments.length + "건(" + d.attachments.map(function (a) { return a.name; }).join(", ") + ")" : "") }),
      el("li", { text: "검색 결과와 관련 문서 목록의 항목" }),
      el("li", { text: "개방 데이터(데이터셋, 피드, 사이트맵)의 항목" })
    ]);
    var why = el("textarea", { id: "retract-reason", rows: "3", maxlength: "2000", required: "" });
    var f = el("form", { id: "retract-form" }, [field("철회 사유(처리 기록에 남습니다)", [why]), el("button", { type: "submit", text: "공개 철회" })]);
    f.addEventListener("submit", async function (ev) {
      ev.preventDefault();
      try {
        await api("POST", "/api/staff/documents/" + encodeURIComponent(id) + "/retract?org=" + encodeURIComponent(org), { reason: why.value });
      } catch (e) { say("공개 철회: " + e.message, true); return; }
      $("view").replaceChildren(el("p", { id: "retracted", text: id + " 문서의 공개를 철회했습니다." }));
      say("공개를 철회했습니다.");
    });
    $("view").replaceChildren(el("h2", { text: d.title }), el("p", { text: "철회하면 다음이 시민에게서 사라집니다. 문서는 처리 기록과 함께 보관됩니다." }), gone, f);
    say("");
  }

  async function holds() {
    setTitle("공개 보류");
    var data = await api("GET", "/api/staff/holds");
    var list = el("ul", { class: "queue", id: "holds" });
    (data.items || []).forEach(function (x) {
      var lift = el("button", { type: "button", text: "보류 해제" });
      lift.addEventListener("click", async function () {
        try {
          await api("DELETE", "/api/staff/holds?" + new URLSearchParams({ org: x.org, department: x.department }));
        } catch (e) { say("보류 해제: " + e.message, true); return; }
        flash = "보류를 해제했습니다.";
        await holds();
      });
      list.appendChild(el("li", {}, [(x.department ? "부서 " + x.department : "기관 전체") + " — " + x.reason + " (" + fmt(x.since) + (x.by ? ", " + x.by : "") + ") ", lift]));
    });
    var dept = el("input", { type: "text", id: "hold-department", maxlength: "32" });
    var why = el("textarea", { id: "hold-reason", rows: "2", maxlength: "2000", required: "" });
    var f = el("form", { id: "hold-form" }, [el("h2", { text: "공개 보류 걸기" }), field("부서 코드(비우면 기관 전체)", [dept]), field("사유", [why]), el("button", { type: "submit", text: "보류" })]);
    f.addEventListener("submit", async function (ev) {
      ev.preventDefault();
      try {
        await api("POST", "/api/staff/holds", { department: dept.value.trim(), reason: why.value });
      } catch (e) { say("보류: " + e.message, true); return; }
      flash = "공개를 보류했습니다.";
      await holds();
    });
    $("view").replaceChildren(list, f);
    say((flash ? flash + " " : "") + ((data.items || []).length ? "보류 " + data.items.length + "건" : "보류가 없습니다."));
    flash = "";
  }

  // --- usage ---------------------------------------------------------------

  // usage shows the access figures as the public page does, with every
  // masked search query: those that found nothing, and rare ones the
  // public page leaves out, for improving search.
  async function usage(qs) {
    setTitle("이용 현황");
    var p = new URLSearchParams(qs || "");
    var u = await api("GET", "/api/staff/stats/usage" + (p.toString() ? "?" + p : ""));
    var num = function (n) { return Number(n || 0).toLocaleString("ko-KR"); };
    var secs = function (x) { var s = Math.round(x || 0); return s >= 60 ? Math.floor(s / 60) + "분 " + (s % 60) + "초" : s + "초"; };
    var box = el("section", { class: "stats", id: "usage" });
    function table(title, heads, rows, id) {
      box.appendChild(el("h2", { text: title }));
      if (!rows.length) { box.appendChild(el("p", { text: "없음" })); return; }
      var body = el("tbody", {}, rows.map(function (r) { return el("tr", {}, r.map(function (c) { return el("td", { text: String(c) }); })); }));
      box.appendChild(el("table", id ? { id: id } : {}, [el("thead", {}, [el("tr", {}, heads.map(function (h) { return el("th", { scope: "col", text: h }); }))]), body]));
    }
    var max = Math.max.apply(null, u.days.map(function (d) { return d.page_views; }).concat([1]));
    box.appendChild(el("p", { text: (u.org ? "기관 " + u.org + "의 문서 · " : "") + u.from + " ~ " + u.to + " · 방문자 " + num(u.visitors) + " · 문서 조회 " + num(u.page_views) + " · 로봇 요청 " + num(u.bot_requests) + " · 평균 열람 " + secs(u.time_on_page.mean_seconds) }));
    box.appendChild(el("table", { class: "chart" }, [el("tbody", {}, u.days.map(function (d) {
      return el("tr", {}, [el("th", { scope: "row", text: d.day + (d.complete ? "" : " (집계 중)") }),
        el("td", { class: "bar" }, [el("meter", { min: "0", max: String(max), value: String(d.page_views) })]),
        el("td", { text: num(d.page_views) }), el("td", { text: num(d.visitors) })]);
    }))]));
    table("결과 없는 검색어", ["검색어(가림 처리)", "검색", "방문자"], u.no_results.map(function (q) { return [q.query, num(q.count), num(q.visitors)]; }), "no-results");
    table("검색어", ["검색어(가림 처리)", "검색", "방문자", "결과"], u.searches.map(function (q) { return [q.query, num(q.count), num(q.visitors), q.no_results ? "없음" : "있음"]; }), "searches");
    table("많이 본 문서", ["문서", "부서", "조회", "방문자", "평균 열람"], u.documents.map(function (d) {
      return [(d.title || "") + " (" + d.id + ")", d.department_name || "", num(d.views), num(d.visitors), d.beacons ? secs(d.mean_seconds) : "-"];
    }));
    table("부서별 조회", ["부서", "조회", "방문자"], u.departments.map(function (d) { return [(d.name || d.code) + " (" + d.org + ")", num(d.views), num(d.visitors)]; }));
    table("들어온 경로", ["사이트", "방문", "방문자"], u.referrers.map(function (r) { return [r.host, num(r.count), num(r.visitors)]; }));
    table("접속 기기", ["기기", "방문자"], Object.keys(u.devices).map(function (k) { return [k, num(u.devices[k])]; }));
    $("view").replaceChildren(box);
    say("IP 주소와 원래 검색어는 저장하지 않습니다. 검색어는 가림 처리한 것입니다.");
  }

  // bars draws figures as a bar chart: an HTML list (each bar's label and
  // value are text a screen reader reads in order) with an SVG bar each,
  // sized by attribute (the CSP allows no inline style). The table beside
  // it keeps the exact figures.
  var SVG = "http://www.w3.org/2000/svg";
  function bars(id, caption, rows, max) {
    var top = Math.max.apply(null, rows.map(function (r) { return r.value; }).concat([max || 0, 1e-9]));
    var list = el("ul", { class: "bars" }, rows.map(function (r) {
      var svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("viewBox", "0 0 100 10");
      svg.setAttribute("preserveAspectRatio", "none");
      svg.setAttribute("aria-hidden", "true");
      svg.setAttribute("focusable", "false");
      var rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("x", "0");
      rect.setAttribute("y", "0");
      rect.setAttribute("height", "10");
      rect.setAttribute("width", String(Math.max(0, Math.min(100, 100 * r.value / top))));
      if (r.tone) rect.setAttribute("class", r.tone);
      svg.appendChild(rect);
      return el("li", { "data-key": r.key, "data-value": String(r.value) }, [el("span", { class: "label", text: r.label }), svg, el("span", { class: "value", text: r.text })]);
    }));
    return el("figure", { class: "chart", id: id }, [el("figcaption", { text: caption }), list]);
  }

  // --- metrics -------------------------------------------------------------

  // metrics shows the operations figures of the staff member's organization
  // (GET /api/staff/metrics): the figures the monitor sends to CloudWatch
  // on AWS and /metrics serves as Prometheus text on one machine. Each
  // cell keeps its raw value in data-value.
  var STATE_NAMES = { published: "공개·부분공개", closed: "비공개", withheld: "보류", review: "검토 대기", rejected: "반려", retracted: "철회", pending: "처리 중" };
  async function metrics() {
    setTitle("운영 지표");
    var o = await api("GET", "/api/staff/metrics");
    var num = function (n) { return Number(n || 0).toLocaleString("ko-KR"); };
    var pct = function (r) { return (Number(r || 0) * 100).toFixed(1) + "%"; };
    var wait = function (x) {
      var s = Math.round(x || 0), d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60);
      return d ? d + "일 " + h + "시간" : h ? h + "시간 " + m + "분" : m + "분";
    };
    function row(key, label, value, text) {
      return el("tr", { "data-metric": key }, [el("th", { scope: "row", text: label }), el("td", { "data-value": String(value), text: text })]);
    }
    var box = el("section", { class: "stats", id: "metrics" });
    box.appendChild(el("h2", { text: "한눈에" }));
    box.appendChild(bars("chart-release", "공개율(공개·부분공개 ÷ 접수)", [
      { key: "release_ratio", label: "전체", value: Number(o.release_ratio || 0), text: pct(o.release_ratio) },
      { key: "release_ratio_30d", label: "최근 30일", value: Number(o.release_ratio_30d || 0), text: o.received_30d ? pct(o.release_ratio_30d) : "접수 없음" },
      { key: "release_ratio_prior_30d", label: "그 전 30일", value: Number(o.release_ratio_prior_30d || 0), text: o.received_prior_30d ? pct(o.release_ratio_prior_30d) : "접수 없음" }
    ], 1));
    box.appendChild(bars("chart-states", "상태별 문서", Object.keys(STATE_NAMES).map(function (k) {
      var n = (o.states || {})[k] || 0;
      return { key: k, label: STATE_NAMES[k], value: n, text: num(n) + "건", tone: k === "review" || k === "rejected" ? "warn" : "" };
    })));
    if (o.inquiries) {
      box.appendChild(bars("chart-inquiries", "시민 문의(답변 대기)", [
        { key: "inquiries.open", label: "답변 대기", value: o.inquiries.open || 0, text: num(o.inquiries.open) + "건" },
        { key: "inquiries.due_soon", label: "기한 임박", value: o.inquiries.due_soon || 0, text: num(o.inquiries.due_soon) + "건", tone: "warn" },
        { key: "inquiries.overdue", label: "기한 경과", value: o.inquiries.overdue || 0, text: num(o.inquiries.overdue) + "건", tone: "alert" }
      ]));
    }
    var pd = (o.stages && o.stages.counts) || {};
    var pdTypes = Object.keys(pd).filter(function (k) { return k.indexOf(PERSONAL_DATA_PREFIX) === 0; }).sort();
    if (pdTypes.length) {
      box.appendChild(bars("chart-personal-data", "가린 개인정보(유형별, 이 서버 시작 후)", pdTypes.map(function (k) {
        return { key: k.slice(PERSONAL_DATA_PREFIX.length), label: k.slice(PERSONAL_DATA_PREFIX.length), value: pd[k], text: num(pd[k]) + "건" };
      })));
    }
    box.appendChild(el("h2", { text: "문서와 공개율" }));
    box.appendChild(el("table", { id: "metrics-figures" }, [el("tbody", {}, [
      row("received", "접수 문서", o.received, num(o.received)),
      row("review_backlog", "검토 대기 문서", o.review_backlog, num(o.review_backlog)),
      row("review_oldest_s", "가장 오래 기다린 검토 문서", o.review_oldest_s, o.review_backlog ? wait(o.review_oldest_s) : "없음"),
      row("release_ratio", "공개율(전체)", o.release_ratio, pct(o.release_ratio)),
      row("release_ratio_30d", "공개율(최근 30일)", o.release_ratio_30d, o.received_30d ? pct(o.release_ratio_30d) + " · 접수 " + num(o.received_30d) + "건" : "접수 없음"),
      row("release_ratio_prior_30d", "공개율(그 전 30일)", o.release_ratio_prior_30d || 0, o.received_prior_30d ? pct(o.release_ratio_prior_30d) + " · 접수 " + num(o.received_prior_30d) + "건" : "접수 없음"),
    ])]));
    if (o.inquiries) {
      box.appendChild(el("h2", { text: "시민 문의 처리 기한" }));
      box.appendChild(el("table", { id: "metrics-inquiries" }, [el("tbody", {}, [
        row("inquiries.open", "답변 대기", o.inquiries.open, num(o.inquiries.open) + "건"),
        row("inquiries.due_soon", "기한 임박(2일 이내)", o.inquiries.due_soon, num(o.inquiries.due_soon) + "건"),
        row("inquiries.overdue", "기한 경과", o.inquiries.overdue, num(o.inquiries.overdue) + "건"),
      ])]));
    }
    box.appendChild(el("h2", { text: "상태별 문서" }));
    box.appendChild(el("table", { id: "metrics-states" }, [
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: "상태" }), el("th", { scope: "col", text: "문서" })])]),
      el("tbody", {}, Object.keys(STATE_NAMES).map(function (k) {
        var n = (o.states || {})[k] || 0;
        return el("tr", { "data-state": k }, [el("th", { scope: "row", text: STATE_NAMES[k] }), el("td", { "data-value": String(n), text: num(n) })]);
      })),
    ]));
    if (o.stages) stages(box, o.stages, num);
    if (o.monitor) monitorRuns(box, o.monitor, num, wait);
    box.appendChild(el("p", { class: "note", text: "공개율 = 공개·부분공개 ÷ (접수 − 형식 오류로 반려). " +
      (new Date(o.rolled_up_at).getFullYear() > 1 ? "집계 " + fmt(o.rolled_up_at) : "아직 집계 전입니다.") }));
    $("view").replaceChildren(box);
    say("");
  }

  // stages adds the stage metrics this machine recorded since it started
  // (o.stages: the metric catalogue's names, as the EMF lines carry them on
  // AWS): documents published, the latency from receipt to publication and
  // to the index, and personal data masked per type (counts only).
  var STAGE_NAMES = { Published: "공개 처리한 문서", ReceivedToPublished: "접수부터 공개까지", ReceivedToIndexed: "접수부터 검색 반영까지" };
  var PERSONAL_DATA_PREFIX = "PersonalData.";
  function stages(box, st, num) {
    var secs = function (ms) { return (ms / 1000).toLocaleString("ko-KR", { maximumFractionDigits: 1 }) + "초"; };
    var counts = st.counts || {}, latency = st.latency || {};
    var rows = [];
    Object.keys(counts).sort().forEach(function (k) {
      if (k.indexOf(PERSONAL_DATA_PREFIX) === 0) return;
      rows.push(el("tr", { "data-metric": k }, [el("th", { scope: "row", text: STAGE_NAMES[k] || k }),
        el("td", { "data-value": String(counts[k]), text: num(counts[k]) + "건" })]));
    });
    Object.keys(latency).sort().forEach(function (k) {
      var l = latency[k];
      // The bound under which 95% fell: the histogram's, not an exact figure.
      var p95 = null;
      (l.buckets || []).some(function (b) { if (b.count >= 0.95 * l.count) { p95 = b.le_ms; return true; } return false; });
      rows.push(el("tr", { "data-metric": k }, [el("th", { scope: "row", text: STAGE_NAMES[k] || k }),
        el("td", { "data-value": String(l.count), "data-sum-ms": String(l.sum_ms),
          text: num(l.count) + "건 · 평균 " + (l.count ? secs(l.sum_ms / l.count) : "-") + (p95 !== null ? " · 95%가 " + secs(p95) + " 이내" : "") })]));
    });
    box.appendChild(el("h2", { text: "처리 단계(이 서버 시작 후)" }));
    box.appendChild(el("table", { id: "metrics-stages" }, [el("tbody", {}, rows)]));
    var types = Object.keys(counts).filter(function (k) { return k.indexOf(PERSONAL_DATA_PREFIX) === 0; }).sort();
    box.appendChild(el("h2", { text: "가린 개인정보(유형별)" }));
    box.appendChild(el("table", { id: "metrics-personal-data" }, [
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: "유형" }), el("th", { scope: "col", text: "건수" })])]),
      el("tbody", {}, types.length ? types.map(function (k) {
        var t = k.slice(PERSONAL_DATA_PREFIX.length);
        return el("tr", { "data-type": t }, [el("th", { scope: "row", text: t }), el("td", { "data-value": String(counts[k]), text: num(counts[k]) })]);
      }) : [el("tr", {}, [el("td", { colspan: "2", text: "없음" })])]),
    ]));
  }

  // monitorRuns adds the monitor runs' own figures (o.monitor: the whole
  // server's, every organization's together): the latest oldest
  // unprocessed age and dead letters, and what the runs released, drove on
  // and reconciled. DeadLetters is a level but a count, not an age.
  var RUN_NAMES = { OldestUnprocessedDocumentAge: "처리 중 가장 오래된 문서(최근 점검)", Released: "보류 해제", Redriven: "다시 처리",
    Reconciled: "대조로 찾은 누락 접수", Mismatches: "대조에서 찾은 불일치", DeadLetters: "처리하지 못한 이벤트(최근 점검)" };
  var RUN_COUNT_LEVELS = { DeadLetters: true };
  function monitorRuns(box, run, num, wait) {
    var gauges = run.gauges || {}, counts = run.counts || {};
    var rows = [];
    Object.keys(gauges).sort().forEach(function (k) {
      rows.push(el("tr", { "data-metric": k }, [el("th", { scope: "row", text: RUN_NAMES[k] || k }),
        el("td", { "data-value": String(gauges[k]), text: RUN_COUNT_LEVELS[k] ? num(gauges[k]) + "건" : (gauges[k] ? wait(gauges[k]) : "없음") })]));
    });
    Object.keys(counts).sort().forEach(function (k) {
      rows.push(el("tr", { "data-metric": k }, [el("th", { scope: "row", text: RUN_NAMES[k] || k }),
        el("td", { "data-value": String(counts[k]), text: num(counts[k]) + "건" })]));
    });
    if (!rows.length) rows.push(el("tr", {}, [el("td", { colspan: "2", text: "아직 점검 전입니다." })]));
    box.appendChild(el("h2", { text: "점검(이 서버 전체, 시작 후)" }));
    box.appendChild(el("table", { id: "metrics-monitor" }, [el("tbody", {}, rows)]));
  }

  // --- pre-release check ---------------------------------------------------

  // The draft's fields a department fills in when it has no envelope file.
  var TYPES = { approval: "결재 문서", minutes: "회의록", plan: "계획", report: "보고", press: "보도자료", budget: "예산", contract: "계약", other: "기타" };
  var RANKS = { officer: "담당자", team_manager: "팀장", division_head: "과장", director_general: "국장", vice_mayor: "부시장", mayor: "시장" };
  var GRADES = { public: "공개", partial: "부분공개", closed: "비공개" };
  var OUTCOMES = { publish: "바로 공개됩니다", review: "담당자 검토를 거쳐야 공개됩니다", withhold: "공개 정책에 따라 보류됩니다", reject: "접수되지 않습니다(반려)" };

  function options(map, chosen) {
    return Object.keys(map).map(function (k) { var o = el("option", { value: k, text: map[k] }); if (k === chosen) o.selected = true; return o; });
  }

  // check lets a department see what Plaza would publish of a draft: an
  // envelope file (with its files), or the fields typed in here. The API
  // runs the pipeline's own checks and stores nothing.
  function check() {
    setTitle("공개 전 점검");
    var c = claims(token()) || {};
    var envFile = el("input", { type: "file", id: "check-envelope", accept: ".json,application/json" });
    var files = el("input", { type: "file", id: "check-files", multiple: "" });
    var title = el("input", { type: "text", id: "check-title", maxlength: "500" });
    var type = el("select", { id: "check-type" }, options(TYPES, "approval"));
    var dept = el("input", { type: "text", id: "check-department", maxlength: "32", value: c["custom:department"] || c.department || "" });
    var deptName = el("input", { type: "text", id: "check-department-name", maxlength: "200" });
    var rank = el("select", { id: "check-rank" }, options(RANKS, "division_head"));
    var grade = el("select", { id: "check-grade" }, options(GRADES, "public"));
    var items = el("fieldset", { id: "check-items", class: "items" }, [el("legend", { text: "비공개 근거(정보공개법 제9조제1항, 부분공개·비공개일 때)" })].concat(
      Object.keys(ITEMS).map(function (k) { return el("label", {}, [el("input", { type: "checkbox", value: k, id: "check-item-" + k }), " " + ITEMS[k]]); })));
    var body = el("textarea", { id: "check-body", rows: "8", maxlength: "200000" });
    var f = el("form", { id: "check-form", class: "precheck" }, [
      el("p", { text: "결재 전 문서를 올리면 정보소통광장이 공개할 모습(가린 본문, 1·2차 검증 결과, 공개 정책 판단, 검토 여부)을 보여 줍니다. 아무것도 저장하지 않습니다." }),
      el("fieldset", {}, [el("legend", { text: "봉투 파일이 있으면" }), field("봉투(envelope.json)", [envFile]),
        el("p", { class: "hint", text: "봉투 파일을 올리면 아래 입력 칸 대신 봉투의 내용으로 점검합니다." })]),
      el("fieldset", {}, [el("legend", { text: "없으면 직접 입력" }), field("제목", [title]), field("문서 종류", [type]),
        field("부서 코드", [dept]), field("부서 이름", [deptName]), field("결재권자 직급", [rank]), field("공개 구분", [grade]), items, field("본문", [body])]),
      field("붙임 파일(봉투의 files[].key 또는 name과 같은 이름)", [files]),
      el("button", { type: "submit", text: "점검" })
    ]);
    var out = el("section", { id: "check-result", "aria-live": "polite" });
    f.addEventListener("submit", async function (ev) {
      ev.preventDefault();
      var form = new FormData();
      var names = Array.from(files.files).map(function (x) { return x.name; });
      if (envFile.files.length) form.append("envelope", envFile.files[0], "envelope.json");
      else {
        var exemptions = Array.from(items.querySelectorAll("input:checked")).map(function (x) { return x.value; });
        var env = {
          schema: "plaza.envelope/v1", id: "DRAFT-" + Date.now(), version: 1, type: type.value,
          title: title.value.trim(), department: { code: dept.value.trim(), name: deptName.value.trim() || dept.value.trim() },
          approver: { rank: rank.value }, approved_at: new Date().toISOString(),
          disclosure: { grade: grade.value, exemptions: grade.value === "public" ? [] : exemptions },
          body: body.value, files: names.map(function (n) { return { name: n, key: n }; })
        };
        if (c.organization || c["custom:organization"]) env.organization = { code: c.organization || c["custom:organization"], name: "" };
        form.append("envelope", new Blob([JSON.stringify(env)], { type: "application/json" }), "envelope.json");
      }
      Array.from(files.files).forEach(function (x) { form.append("file", x, x.name); });
      say("점검하는 중입니다…");
      try {
        var pv = await api("POST", "/api/staff/check", form);
      } catch (e) { say("점검하지 못했습니다: " + e.message, true); return; }
      showCheck(out, pv);
      say("점검했습니다: " + OUTCOMES[pv.outcome] + ". 저장된 것은 없습니다.");
      out.focus();
    });
    out.setAttribute("tabindex", "-1");
    $("view").replaceChildren(f, out);
    say("");
  }

  // showCheck renders a check's answer: the outcome and why, layer 1's
  // findings by type, and the document as it would be published with both
  // layers' marks.
  function showCheck(out, pv) {
    var parts = [el("h2", { text: "점검 결과" }),
      el("p", { id: "check-outcome", class: "outcome " + pv.outcome, "data-outcome": pv.outcome, text: OUTCOMES[pv.outcome] +
        (pv.outcome === "withhold" ? (pv.review ? " 보류가 풀리면 검토를 거칩니다." : " 보류가 풀리면 바로 공개됩니다.") : "") })];
    if (pv.problem) parts.push(el("p", { class: "error", id: "check-problem", text: pv.problem.code + " — " + pv.problem.message }));
    if (pv.policy) parts.push(el("p", { id: "check-policy", text: "공개 정책: " + (pv.policy.action === "release" ? "공개 가능(보류·검토 사유 없음)" : reasonLabel(pv.policy.reason) +
      (pv.policy.detail ? " (" + pv.policy.detail + ")" : "") + (pv.policy.until ? " · " + fmt(pv.policy.until) + "까지" : "")) }));
    if ((pv.reasons || []).length) {
      parts.push(el("h3", { text: "사람이 살펴볼 까닭" }),
        el("ul", { id: "check-reasons", class: "why" }, pv.reasons.map(function (r) { return el("li", { text: reasonLabel(r.code) + (r.detail ? " — " + r.detail : "") }); })));
    }
    var types = Object.keys(pv.counts || {}).sort();
    parts.push(el("h3", { text: "1차 가림(유형별)" }));
    parts.push(types.length ? el("table", { id: "check-counts" }, [
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: "유형" }), el("th", { scope: "col", text: "건수" })])]),
      el("tbody", {}, types.map(function (k) { return el("tr", { "data-type": k }, [el("th", { scope: "row", text: KINDS[k] || k }), el("td", { text: String(pv.counts[k]) })]); }))
    ]) : el("p", { id: "check-counts", text: "가린 개인정보가 없습니다." }));
    var d = pv.document;
    if (d) {
      parts.push(el("h3", { text: "공개될 모습" }),
        el("p", { class: "why" }, [el("mark", { class: "l1", text: "파란색" }), " 1차 가림, ", el("mark", { class: "l2", text: "노란색" }), " 2차 검증이 의심한 곳"]),
        el("p", { class: "why", text: [d.department && d.department.name, d.document_number, "공개 구분 " + (GRADES[d.disclosure && d.disclosure.grade] || "-")].filter(Boolean).join(" · ") }));
      var fields = [["title", "제목", d.title], ["body", "본문", d.body]];
      (d.attachments || []).forEach(function (a, i) { fields.push(["attachments[" + i + "].text", "붙임: " + a.name, a.text || (a.reason ? "(읽지 못함: " + a.reason + ")" : "")]); });
      fields.forEach(function (x) {
        if (x[2]) parts.push(el("section", { class: "field" }, [el("h4", { text: x[1] }), marked(x[2], x[0], pv.reasons || [], pv.marks)]));
      });
      if (d.metadata_only) parts.push(el("p", { text: "비공개 문서는 목록 정보만 공개되고 본문과 붙임은 공개되지 않습니다." }));
    }
    out.replaceChildren.apply(out, parts);
  }

  // --- routing -----------------------------------------------------------

  async function route() {
    if (!token()) { showLogin(); return; }
    $("login-view").hidden = true;
    $("console-nav").hidden = false;
    var c = claims(token()) || {};
    $("whoami").textContent = (c.email || c.sub || "") + (c["custom:department"] || c.department ? " (" + (c["custom:department"] || c.department) + ")" : "");
    var h = location.hash, m;
    try {
      if ((m = /^#\/review\/([^/]+)\/([^/]+)$/.exec(h))) await reviewItem(decodeURIComponent(m[1]), decodeURIComponent(m[2]));
      else if ((m = /^#\/inquiries\/([^/?]+)$/.exec(h))) await inquiryPage(decodeURIComponent(m[1]));
      else if ((m = /^#\/inquiries(?:\?(.*))?$/.exec(h))) await inbox(m[1]);
      else if ((m = /^#\/documents(?:\?(.*))?$/.exec(h))) await documents(m[1]);
      else if ((m = /^#\/retract\/([^/]+)\/([^/]+)$/.exec(h))) await retract(decodeURIComponent(m[1]), decodeURIComponent(m[2]));
      else if (h === "#/holds") await holds();
      else if ((m = /^#\/usage(?:\?(.*))?$/.exec(h))) await usage(m[1]);
      else if (h === "#/metrics") await metrics();
      else if (h === "#/check") check();
      else await reviewQueue();
    } catch (e) {
      if (e.message !== "signed out") say("불러오지 못했습니다: " + e.message, true);
    }
    $("main").focus();
  }
  async function start() {
    try {
      var r = await fetch("/staff/config.json", { credentials: "omit" });
      if (r.ok) cfg = await r.json();
    } catch (e) { /* the local default */ }
    $("login").addEventListener("click", startCognito);
    $("logout").addEventListener("click", logout);
    // The skip link moves the focus only: its #main would be a route,
    // which would leave the view the staff member is in.
    document.querySelector("a.skip").addEventListener("click", function (ev) { ev.preventDefault(); $("main").focus(); });
    try {
      await signIn();
    } catch (e) {
      showLogin("로그인하지 못했습니다: " + e.message);
      return;
    }
    var next = sessionStorage.getItem(NEXT);
    if (next && token()) { sessionStorage.removeItem(NEXT); history.replaceState(null, "", location.pathname + next); }
    window.addEventListener("hashchange", route);
    route();
  }
  start();
})();
