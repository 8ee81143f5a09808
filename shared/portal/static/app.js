// Plaza portal. Every value from the API is inserted as text (textContent or
// text nodes); the only markup we build from data is <mark> in snippets, and
// that is made with createElement, never by parsing HTML.
(function () {
  "use strict";

  var TYPE = { approval: "결재문서", minutes: "회의록", plan: "계획", report: "보고", press: "보도자료", budget: "예산", contract: "계약", other: "기타" };
  var GRADE = { public: "공개", partial: "부분공개", closed: "비공개" };
  var FACETS = [["department", "부서"], ["type", "문서 유형"], ["grade", "공개 구분"], ["year", "결재 연도"]];
  var REASON = { cites: "이 문서가 인용", cited_by: "이 문서를 인용", keywords: "공통 주제어", department_period: "같은 부서·시기" };
  var REDACTION = { rrn: "주민등록번호", frn: "외국인등록번호", mobile: "휴대전화", landline: "전화번호", email: "전자우편", card: "신용카드", account: "계좌번호", passport: "여권번호", driver_licence: "운전면허번호", vehicle_plate: "자동차 등록번호", birth_date: "생년월일", name: "성명", address: "주소", ip: "IP 주소" };
  var MAX_DEPTH = 10000;

  function $(id) { return document.getElementById(id); }

  // el builds an element; string children become text nodes.
  function el(tag, attrs) {
    var n = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") n.textContent = attrs[k];
        else if (k === "class") n.className = attrs[k];
        else n.setAttribute(k, attrs[k]);
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      n.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return n;
  }

  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); }

  function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, function (_, e) {
      switch (e) {
        case "lt": return "<";
        case "gt": return ">";
        case "amp": return "&";
        case "quot": return "\"";
        case "apos": return "'";
      }
      var code = e.charAt(1) === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      try { return String.fromCodePoint(code); } catch (err) { return ""; }
    });
  }

  // snippet turns "text <mark>hit</mark> text" (HTML-escaped by the API)
  // into text nodes and <mark> elements.
  function snippet(s) {
    var p = el("p", { class: "snippet" });
    var marked = false;
    s.split(/(<\/?mark>)/).forEach(function (part) {
      if (part === "<mark>") { marked = true; return; }
      if (part === "</mark>") { marked = false; return; }
      if (!part) return;
      var t = document.createTextNode(decodeEntities(part));
      if (marked) { var m = el("mark"); m.appendChild(t); p.appendChild(m); } else p.appendChild(t);
    });
    return p;
  }

  function fmtDate(s) {
    if (!s) return "";
    var d = new Date(s);
    if (isNaN(d)) return "";
    try {
      return new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
    } catch (e) { return d.toISOString().slice(0, 10); }
  }

  function badge(grade) {
    return el("span", { class: "badge " + grade, text: GRADE[grade] || grade });
  }

  function status(msg) { $("status").textContent = msg || ""; }

  function api(path) {
    return fetch(path, { headers: { Accept: "application/json" } }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) {
        if (!res.ok) {
          var e = new Error((body.error && body.error.message) || ("HTTP " + res.status));
          e.status = res.status; e.code = body.error && body.error.code;
          throw e;
        }
        return body;
      });
    });
  }

  function params() { return new URLSearchParams(location.search); }

  function link(p) {
    var s = p.toString();
    return "/" + (s ? "?" + s : "");
  }

  function withParam(base, key, value) {
    var p = new URLSearchParams(base);
    p.delete("page"); p.delete("after");
    if (value === null) p.delete(key); else p.set(key, value);
    return p;
  }

  // ---- search ----

  var SEARCH_KEYS = ["q", "department", "type", "grade", "from", "to", "sort", "page", "size", "org"];

  function facetLink(p, name, f) {
    var active, next;
    if (name === "year") {
      var from = f.value + "-01-01", to = f.value + "-12-31";
      active = p.get("from") === from && p.get("to") === to;
      next = active ? withParam(withParam(p, "from", null), "to", null) : withParam(withParam(p, "from", from), "to", to);
    } else {
      active = p.get(name) === f.value;
      next = withParam(p, name, active ? null : f.value);
    }
    var label = f.label || (name === "type" ? TYPE[f.value] : name === "grade" ? GRADE[f.value] : "") || f.value;
    return el("li", null, el("a", { href: link(next), "aria-current": active ? "true" : "false" },
      el("span", { text: label }), el("span", { class: "count", text: String(f.count) })));
  }

  function renderFacets(p, facets) {
    var box = $("facets");
    clear(box);
    FACETS.forEach(function (pair) {
      var list = (facets && facets[pair[0]]) || [];
      if (!list.length) return;
      var ul = el("ul");
      list.forEach(function (f) { ul.appendChild(facetLink(p, pair[0], f)); });
      box.appendChild(el("section", { "data-facet": pair[0] }, el("h2", { text: pair[1] }), ul));
    });
  }

  // renderChips shows the filters in force, each with a link that drops it;
  // on a phone the facet that set it may be scrolled out of sight.
  function renderChips(p, facets) {
    var box = $("chips");
    clear(box);
    function label(name, value) {
      var hit = ((facets && facets[name]) || []).filter(function (f) { return f.value === value; })[0];
      return (hit && hit.label) || (name === "type" ? TYPE[value] : name === "grade" ? GRADE[value] : "") || value;
    }
    function chip(text, without) {
      box.appendChild(el("a", { class: "chip", href: link(without), "aria-label": text + " 조건 해제", text: text + " ×" }));
    }
    ["department", "type", "grade"].forEach(function (name) {
      if (p.get(name)) chip(label(name, p.get(name)), withParam(p, name, null));
    });
    if (p.get("from") || p.get("to")) {
      chip((p.get("from") || "") + " ~ " + (p.get("to") || ""), withParam(withParam(p, "from", null), "to", null));
    }
  }

  function docHref(h) {
    var p = new URLSearchParams();
    p.set("id", h.id);
    if (h.org) p.set("org", h.org);
    return link(p);
  }

  function renderHit(h) {
    var li = el("li", { class: "result" });
    li.appendChild(el("h3", null, el("a", { href: docHref(h), text: h.title })));
    li.appendChild(el("div", { class: "meta" },
      badge(h.grade),
      el("span", { text: TYPE[h.type] || h.type }),
      el("span", { text: h.department_name }),
      el("span", { text: fmtDate(h.approved_at) }),
      h.document_number ? el("span", { text: h.document_number }) : null));
    if (h.metadata_only) li.appendChild(el("p", { class: "snippet", text: "비공개 문서입니다. 목록 정보만 공개합니다." }));
    else if (h.snippet) li.appendChild(snippet(h.snippet));
    return li;
  }

  function renderPager(p, res) {
    var nav = $("pager");
    clear(nav);
    var page = res.page || 1, size = res.size || 20;
    var last = Math.max(1, Math.min(Math.ceil(res.total / size), Math.floor(MAX_DEPTH / size)));
    function btn(label, target, disabled) {
      var b = el("button", { type: "button", text: label });
      if (disabled) b.disabled = true;
      else b.addEventListener("click", function () {
        var q = new URLSearchParams(p); q.set("page", String(target)); location.assign(link(q));
      });
      return b;
    }
    nav.appendChild(btn("이전", page - 1, page <= 1));
    nav.appendChild(el("span", { class: "page", text: page + " / " + last }));
    nav.appendChild(btn("다음", page + 1, page >= last));
  }

  function showSearch(p) {
    $("results-view").hidden = false;
    $("q").value = p.get("q") || "";
    // Without words the engines list newest first, so say so.
    var sortBy = p.get("sort") || (p.get("q") ? "relevance" : "date");
    $("sort").value = sortBy === "date" ? "date" : "relevance";
    var q = new URLSearchParams();
    SEARCH_KEYS.forEach(function (k) { if (p.get(k)) q.set(k, p.get(k)); });
    status("검색 중…");
    return api("/api/documents?" + q.toString()).then(function (res) {
      status("");
      $("summary").textContent = (p.get("q") ? "‘" + p.get("q") + "’ 검색 결과 " : "전체 문서 ") + res.total.toLocaleString("ko-KR") + "건";
      renderFacets(p, res.facets);
      renderChips(p, res.facets);
      var ol = $("results");
      clear(ol);
      res.items.forEach(function (h) { ol.appendChild(renderHit(h)); });
      if (!res.items.length) ol.appendChild(el("li", { class: "empty", text: "검색 결과가 없습니다. 다른 검색어나 조건으로 찾아보세요." }));
      renderPager(p, res);
    }).catch(function (e) { status("검색하지 못했습니다: " + e.message); });
  }

  // ---- document ----

  function row(dl, label, value) {
    if (!value) return;
    dl.appendChild(el("dt", { text: label }));
    dl.appendChild(typeof value === "string" ? el("dd", { text: value }) : el("dd", null, value));
  }

  function person(x) {
    if (!x || !x.name) return "";
    return x.position ? x.name + " " + x.position : x.name;
  }

  function renderRelated(box, doc) {
    var q = "?org=" + encodeURIComponent(doc.organization.code);
    api("/api/documents/" + encodeURIComponent(doc.id) + "/related" + q).then(function (res) {
      clear(box);
      box.appendChild(el("h2", { text: "관련 문서" }));
      if (!res.items.length) { box.appendChild(el("p", { text: "관련 문서가 없습니다." })); return; }
      var ul = el("ul");
      res.items.forEach(function (l) {
        var why = REASON[l.reason] || l.reason;
        if (l.reason === "keywords" && l.keywords && l.keywords.length) why += ": " + l.keywords.join(", ");
        if (l.cited) why += ": " + l.cited;
        ul.appendChild(el("li", null, el("a", { href: docHref(l), text: l.title }), " ", el("span", { class: "why", text: "(" + why + ")" })));
      });
      box.appendChild(ul);
    }).catch(function (e) {
      clear(box);
      box.appendChild(el("h2", { text: "관련 문서" }));
      box.appendChild(el("p", { text: e.status === 501 ? "관련 문서 안내는 준비 중입니다." : "관련 문서를 불러오지 못했습니다." }));
    });
  }

  function renderDoc(doc) {
    var art = $("doc-view");
    clear(art);
    document.title = doc.title + " — 정보소통광장";
    art.appendChild(el("p", { class: "meta" }, badge(doc.disclosure.grade), el("span", { text: doc.type_label || TYPE[doc.type] || doc.type })));
    art.appendChild(el("h1", { text: doc.title }));
    var dl = el("dl");
    row(dl, "문서번호", doc.document_number);
    row(dl, "부서", doc.department.name);
    row(dl, "기관", doc.organization.name);
    row(dl, "결재일", fmtDate(doc.approved_at));
    row(dl, "기안자", person(doc.drafter));
    row(dl, "결재권자", person(doc.approver));
    row(dl, "공개 구분", doc.grade_label || GRADE[doc.disclosure.grade]);
    row(dl, "공개일", fmtDate(doc.published_at));
    if (doc.keywords && doc.keywords.length) row(dl, "주제어", doc.keywords.join(", "));
    art.appendChild(dl);

    var items = doc.exemption_items || [];
    if (doc.metadata_only) {
      var note = el("section", { class: "closed-note" },
        el("h2", { text: "비공개 문서입니다" }),
        el("p", { text: "이 문서는 「공공기관의 정보공개에 관한 법률」 제9조제1항에 따라 비공개로 결정되어 목록 정보만 공개합니다. 비공개 사유는 다음과 같습니다." }));
      var ul = el("ul");
      items.forEach(function (x) { ul.appendChild(el("li", null, el("strong", { text: "제" + x.item + "호 " + x.label }), " — " + x.summary)); });
      note.appendChild(ul);
      note.appendChild(el("p", { text: "원문이 필요하시면 아래 ‘질문하기’로 정보공개를 청구할 수 있습니다." }));
      art.appendChild(note);
    } else {
      if (doc.disclosure.grade === "partial" && items.length) {
        var pn = el("section", { class: "partial-note" }, el("h2", { text: "부분공개 문서입니다" }),
          el("p", { text: "다음 사유에 해당하는 부분을 가리고 공개합니다." }));
        var pul = el("ul");
        items.forEach(function (x) { pul.appendChild(el("li", null, el("strong", { text: "제" + x.item + "호 " + x.label }), " — " + x.summary)); });
        pn.appendChild(pul);
        art.appendChild(pn);
      }
      var red = doc.redactions || {};
      var parts = Object.keys(red).filter(function (k) { return red[k] > 0; }).map(function (k) { return (REDACTION[k] || k) + " " + red[k] + "건"; });
      if (parts.length) art.appendChild(el("p", { class: "redactions", text: "개인정보 보호를 위해 가린 항목: " + parts.join(", ") }));
      art.appendChild(el("h2", { text: "본문" }));
      art.appendChild(el("div", { class: "body", text: doc.body || "" }));
      (doc.attachments || []).forEach(function (a) {
        var sec = el("section", { class: "attachment" }, el("h2", { text: "첨부: " + a.name }));
        if (a.reason) sec.appendChild(el("p", { text: "이 파일의 내용은 글자로 읽을 수 없어 공개 목록에만 표시합니다." }));
        else sec.appendChild(el("pre", { text: a.text }));
        art.appendChild(sec);
      });
    }
    var ask = el("button", { type: "button", class: "ask", "data-document-id": doc.id, text: "질문하기" });
    var askNote = el("span", { class: "ask-note", role: "status" });
    ask.addEventListener("click", function () { askNote.textContent = "질문하기 기능은 곧 제공됩니다. 담당 부서: " + doc.department.name; });
    art.appendChild(el("div", { class: "actions" }, ask, askNote));
    var rel = el("section", { class: "related", id: "related" }, el("h2", { text: "관련 문서" }), el("p", { text: "불러오는 중…" }));
    art.appendChild(rel);
    art.appendChild(el("p", null, el("a", { href: "/", text: "← 검색으로" })));
    renderRelated(rel, doc);
  }

  function showDoc(p) {
    var art = $("doc-view");
    art.hidden = false;
    status("불러오는 중…");
    var q = p.get("org") ? "?org=" + encodeURIComponent(p.get("org")) : "";
    return api("/api/documents/" + encodeURIComponent(p.get("id")) + q).then(function (doc) {
      status("");
      renderDoc(doc);
    }).catch(function (e) {
      status(e.status === 404 ? "문서를 찾을 수 없습니다. 공개가 철회되었거나 주소가 잘못되었습니다." : "문서를 불러오지 못했습니다: " + e.message);
    });
  }

  // ---- release statistics ----

  function pct(x) { return (Math.round(x * 1000) / 10).toFixed(1) + "%"; }

  function showStats() {
    var box = $("stats-view");
    box.hidden = false;
    document.title = "공개 현황 — 정보소통광장";
    $("search").hidden = true;
    status("불러오는 중…");
    return api("/api/stats/release").then(function (st) {
      status("");
      clear(box);
      box.appendChild(el("h1", { text: "부서별 공개 현황" }));
      box.appendChild(el("p", { class: "meta", text: "공개율 = 공개(부분공개 포함) ÷ 접수. 비공개 문서는 목록만 공개합니다. 기준 시각 " + new Date(st.generated_at).toLocaleString("ko-KR", { timeZone: "Asia/Seoul" }) }));
      var cols = [["received", "접수"], ["published", "공개"], ["closed", "비공개"], ["withheld", "공개 대기"], ["review", "검토 중"], ["rejected", "반려"], ["retracted", "철회"]];
      // The ratio comes right after the name so that a phone shows it
      // without scrolling sideways.
      var head = el("tr", null, el("th", { text: "부서" }), el("th", { text: "공개율" }));
      cols.forEach(function (c) { head.appendChild(el("th", { text: c[1] })); });
      function line(name, c, cell) {
        var tr = el("tr", null, el(cell, { text: name }), el("td", null, el("span", { class: "ratio", text: pct(c.release_ratio || 0) })));
        cols.forEach(function (k) { tr.appendChild(el("td", { text: String(c[k[0]] || 0) })); });
        return tr;
      }
      var body = el("tbody");
      st.departments.forEach(function (d) { body.appendChild(line(d.name || d.code || "(부서 미상)", d, "td")); });
      box.appendChild(el("table", null, el("thead", null, head), body, el("tfoot", null, line("전체", st.total, "td"))));
    }).catch(function (e) { status("공개 현황을 불러오지 못했습니다: " + e.message); });
  }

  // ---- suggestions ----

  function suggest() {
    var input = $("q"), list = $("suggestions"), timer = null, off = false;
    input.addEventListener("input", function () {
      if (off) return;
      clearTimeout(timer);
      var v = input.value.trim();
      if (!v) return;
      timer = setTimeout(function () {
        api("/api/keywords?prefix=" + encodeURIComponent(v)).then(function (res) {
          clear(list);
          res.items.forEach(function (k) { list.appendChild(el("option", { value: k })); });
        }).catch(function (e) { if (e.status === 501) off = true; });
      }, 200);
    });
  }

  function start() {
    var p = params();
    $("sort").addEventListener("change", function () {
      location.assign(link(withParam(params(), "sort", this.value)));
    });
    suggest();
    if (p.get("id")) showDoc(p);
    else if (p.get("view") === "stats") showStats();
    else showSearch(p);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
