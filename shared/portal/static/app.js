// Plaza portal. Every value from the API is inserted as text (textContent or
// text nodes); the only markup we build from data is <mark> in snippets, and
// that is made with createElement, never by parsing HTML.
(function () {
  "use strict";

  // The interface language (i18n.js): t translates a Korean literal.
  var I18N = window.PlazaI18n, t = I18N.t, LOCALE = I18N.locale, HOME = I18N.home;

  var TYPE = { approval: t("결재문서"), minutes: t("회의록"), plan: t("계획"), report: t("보고"), press: t("보도자료"), budget: t("예산"), contract: t("계약"), other: t("기타") };
  var GRADE = { public: t("공개"), partial: t("부분공개"), closed: t("비공개") };
  var FACETS = [["organization", t("기관")], ["department", t("부서")], ["type", t("문서 유형")], ["grade", t("공개 구분")], ["year", t("결재 연도")]];
  var REASON = { cites: t("이 문서가 인용"), cited_by: t("이 문서를 인용"), keywords: t("공통 주제어"), department_period: t("같은 부서·시기") };
  var REDACTION = { rrn: t("주민등록번호"), frn: t("외국인등록번호"), mobile: t("휴대전화"), landline: t("전화번호"), email: t("전자우편"), card: t("신용카드"), account: t("계좌번호"), passport: t("여권번호"), driver_licence: t("운전면허번호"), vehicle_plate: t("자동차 등록번호"), birth_date: t("생년월일"), name: t("성명"), address: t("주소"), ip: t("IP 주소") };
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
      var tn = document.createTextNode(decodeEntities(part));
      if (marked) { var m = el("mark"); m.appendChild(tn); p.appendChild(m); } else p.appendChild(tn);
    });
    return p;
  }

  function fmtDate(s) {
    if (!s) return "";
    var d = new Date(s);
    if (isNaN(d)) return "";
    try {
      return new Intl.DateTimeFormat(LOCALE, { timeZone: "Asia/Seoul", year: "numeric", month: I18N.en ? "short" : "2-digit", day: I18N.en ? "numeric" : "2-digit" }).format(d);
    } catch (e) { return d.toISOString().slice(0, 10); }
  }

  function badge(grade) {
    return el("span", { class: "badge " + grade, text: GRADE[grade] || grade });
  }

  function status(msg) { $("status").textContent = msg || ""; }

  // api fetches JSON; opts may carry method, headers and a body (sent as JSON).
  function api(path, opts) {
    opts = opts || {};
    var headers = { Accept: "application/json" };
    Object.keys(opts.headers || {}).forEach(function (k) { headers[k] = opts.headers[k]; });
    var init = { method: opts.method || "GET", headers: headers, credentials: "omit" };
    // "no-cache" revalidates a response the browser kept (a document is
    // cached for a minute), for a page that must show a change at once.
    if (opts.cache) init.cache = opts.cache;
    if (opts.body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(opts.body);
    }
    return fetch(path, init).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) {
        if (!res.ok) {
          var e = new Error((body.error && body.error.message) || ("HTTP " + res.status));
          e.status = res.status; e.code = body.error && body.error.code;
          e.retryAfter = res.headers.get("Retry-After");
          throw e;
        }
        return body;
      });
    });
  }

  function params() { return new URLSearchParams(location.search); }

  function link(p) {
    var s = p.toString();
    return HOME + (s ? "?" + s : "");
  }

  function withParam(base, key, value) {
    var p = new URLSearchParams(base);
    p.delete("page"); p.delete("after");
    if (value === null) p.delete(key); else p.set(key, value);
    return p;
  }

  // ---- organizations ----

  // loadOrgs fetches the organizations' names, branding and public contact
  // once per page (GET /api/organizations, cached at the edge) and
  // resolves to a map by code. Branding is an extra: on any failure it
  // resolves to an empty map and the page shows what the document says.
  var orgsPromise = null;
  function loadOrgs() {
    if (!orgsPromise) {
      orgsPromise = api("/api/organizations").then(function (res) {
        var m = {};
        (res.items || []).forEach(function (o) { m[o.code] = o; });
        return m;
      }).catch(function () { return {}; });
    }
    return orgsPromise;
  }

  var HEX = /^#[0-9A-Fa-f]{6}$/;

  // luminance is the WCAG 2 relative luminance of a #RRGGBB colour.
  function luminance(hex) {
    var c = [1, 3, 5].map(function (i) {
      var v = parseInt(hex.substr(i, 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  // accentColor is the branding colour the page may use as its accent: a
  // well-formed #RRGGBB (the value goes into a style property, so nothing
  // else is let through) that reaches 4.5:1 against white, because the
  // accent colours headings and links on the white document card (WCAG
  // 1.4.3). Otherwise "" and the portal's own colour stays.
  function accentColor(b) {
    var c = b && b.colors && b.colors.primary;
    if (typeof c !== "string" || !HEX.test(c)) return "";
    return 1.05 / (luminance(c) + 0.05) >= 4.5 ? c : "";
  }

  // renderOrg fills box with the document's organization: its emblem and
  // name, and its public contact (문의처), and sets the organization's
  // colour on the document card. The colour is set through the CSSOM
  // (style.setProperty), which the CSP's style-src 'self' allows, unlike a
  // style attribute in markup.
  function renderOrg(art, box, doc) {
    var code = doc.organization.code;
    art.setAttribute("data-org", code);
    loadOrgs().then(function (known) {
      var o = known[code];
      clear(box);
      box.appendChild(el("h2", { id: "org-contact-title", text: t("문의처") }));
      var name = (o && o.name) || doc.organization.name || code;
      var head = el("p", { class: "org-name" });
      var b = o && o.branding;
      if (b && typeof b.emblem_url === "string" && b.emblem_url.charAt(0) === "/" && b.emblem_url.charAt(1) !== "/") {
        var img = el("img", { class: "emblem", src: b.emblem_url, alt: "", width: "32", height: "32" });
        img.addEventListener("error", function () { img.hidden = true; });
        head.appendChild(img);
      }
      head.appendChild(el("strong", { text: name }));
      if (b && b.name && b.name !== name) head.appendChild(el("span", { class: "org-brand", text: " · " + b.name }));
      box.appendChild(head);
      var c = (b && b.contact) || {};
      var dl = el("dl");
      if (c.phone) row(dl, t("전화"), el("a", { href: "tel:" + c.phone.replace(/[^0-9+]/g, ""), text: c.phone }));
      if (c.email) row(dl, t("전자우편"), el("a", { href: "mailto:" + c.email, text: c.email }));
      row(dl, t("주소"), c.address || "");
      if (dl.firstChild) box.appendChild(dl);
      else box.appendChild(el("p", { text: t("이 기관의 대표 연락처가 등록되어 있지 않습니다. 아래 ‘질문하기’로 담당 부서에 문의해 주세요.") }));
      var color = accentColor(b);
      if (color) art.style.setProperty("--org-color", color);
      else art.style.removeProperty("--org-color");
      box.hidden = false;
    });
  }

  // ---- search ----

  var SEARCH_KEYS = ["q", "organization", "department", "subject", "type", "grade", "from", "to", "sort", "page", "size", "org"];

  // orgNames maps organization codes to names, from the organization facet,
  // else from the organizations' files (known), else the code.
  function orgNames(facets, known) {
    var m = {};
    ((facets && facets.organization) || []).forEach(function (f) {
      m[f.value] = f.label || (known && known[f.value] && known[f.value].name) || f.value;
    });
    return m;
  }

  // A department id is unique within its organization only, so a
  // department link always names both, and dropping the organization drops
  // the department with it.
  function facetLink(p, name, f, names, many) {
    var active, next, label;
    if (name === "year") {
      var from = f.value + "-01-01", to = f.value + "-12-31";
      active = p.get("from") === from && p.get("to") === to;
      next = active ? withParam(withParam(p, "from", null), "to", null) : withParam(withParam(p, "from", from), "to", to);
    } else if (name === "department") {
      active = p.get("department") === f.value && (p.get("organization") || p.get("org")) === f.org;
      next = active ? withParam(p, "department", null) : withParam(withParam(withParam(p, "org", null), "organization", f.org), "department", f.value);
    } else if (name === "organization") {
      active = (p.get("organization") || p.get("org")) === f.value;
      next = withParam(withParam(withParam(withParam(p, "department", null), "subject", null), "org", null), "organization", active ? null : f.value);
    } else {
      active = p.get(name) === f.value;
      next = withParam(p, name, active ? null : f.value);
    }
    label = f.label || (name === "type" ? TYPE[f.value] : name === "grade" ? GRADE[f.value] : name === "organization" ? names[f.value] : "") || f.value;
    // Departments of several organizations may share a name (기획조정실).
    if (name === "department" && many && names[f.org]) label += " · " + names[f.org];
    return el("li", null, el("a", { href: link(next), "aria-current": active ? "true" : "false" },
      el("span", { text: label }), el("span", { class: "count", text: String(f.count) })));
  }

  function renderFacets(p, facets, known) {
    var box = $("facets");
    clear(box);
    var names = orgNames(facets, known), many = ((facets && facets.organization) || []).length > 1;
    FACETS.forEach(function (pair) {
      var list = (facets && facets[pair[0]]) || [];
      if (list.length) {
        var ul = el("ul");
        list.forEach(function (f) { ul.appendChild(facetLink(p, pair[0], f, names, many)); });
        box.appendChild(el("section", { "data-facet": pair[0] }, el("h2", { text: pair[1] }), ul));
      }
      if (pair[0] === "organization") renderSubjects(box, p, known);
    });
  }

  // renderSubjects lists the subject areas of the organization searched
  // (its file names them), to browse by; areas have no counts.
  function renderSubjects(box, p, known) {
    var o = known && known[p.get("organization") || p.get("org")];
    var areas = (o && o.subject_areas) || [];
    if (!areas.length) return;
    var ul = el("ul");
    areas.forEach(function (a) {
      var active = p.get("subject") === a.id;
      ul.appendChild(el("li", null, el("a", { href: link(withParam(p, "subject", active ? null : a.id)), "aria-current": active ? "true" : "false" },
        el("span", { text: a.name }))));
    });
    box.appendChild(el("section", { "data-facet": "subject" }, el("h2", { text: t("분야") }), ul));
  }

  // renderChips shows the filters in force, each with a link that drops it;
  // on a phone the facet that set it may be scrolled out of sight.
  function renderChips(p, facets, known) {
    var box = $("chips");
    clear(box);
    function label(name, value) {
      var hit = ((facets && facets[name]) || []).filter(function (f) { return f.value === value; })[0];
      return (hit && hit.label) || (name === "type" ? TYPE[value] : name === "grade" ? GRADE[value] : "") || value;
    }
    function chip(text, without) {
      box.appendChild(el("a", { class: "chip", href: link(without), "aria-label": text + t(" 조건 해제"), text: text + " ×" }));
    }
    var org = p.get("organization") || p.get("org");
    if (org) chip(orgNames(facets, known)[org] || (known && known[org] && known[org].name) || org, withParam(withParam(withParam(withParam(p, "organization", null), "org", null), "department", null), "subject", null));
    if (p.get("subject")) {
      var area = ((known && known[org] && known[org].subject_areas) || []).filter(function (a) { return a.id === p.get("subject"); })[0];
      chip((area && area.name) || p.get("subject"), withParam(p, "subject", null));
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
    if (h.metadata_only) li.appendChild(el("p", { class: "snippet", text: t("비공개 문서입니다. 목록 정보만 공개합니다.") }));
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
    nav.appendChild(btn(t("이전"), page - 1, page <= 1));
    nav.appendChild(el("span", { class: "page", text: page + " / " + last }));
    nav.appendChild(btn(t("다음"), page + 1, page >= last));
  }

  function showSearch(p) {
    $("results-view").hidden = false;
    $("q").value = p.get("q") || "";
    $("intro").hidden = !!p.get("q");
    // Without words the engines list newest first, so say so.
    var sortBy = p.get("sort") || (p.get("q") ? "relevance" : "date");
    $("sort").value = sortBy === "date" || sortBy === "views" ? sortBy : "relevance";
    var q = new URLSearchParams();
    SEARCH_KEYS.forEach(function (k) { if (p.get(k)) q.set(k, p.get(k)); });
    status(t("검색 중…"));
    // The organizations load beside the search; they name an organization
    // the facet leaves unnamed (a deployment without the files' names).
    return Promise.all([api("/api/documents?" + q.toString()), loadOrgs()]).then(function (both) {
      var res = both[0], known = both[1];
      status("");
      // A query that found nothing as typed may have been answered as read
      // again (English mode, one wrong key): say which, and what was typed.
      var shown = res.did_you_mean || p.get("q");
      $("summary").textContent = (shown ? "‘" + shown + t("’ 검색 결과 ") : t("전체 문서 ")) + res.total.toLocaleString(LOCALE) + t("건");
      if (res.did_you_mean) $("summary").appendChild(el("span", { class: "did-you-mean", text: t(" · 입력하신 ‘") + p.get("q") + t("’(으)로는 찾지 못해 바꾸어 찾았습니다") }));
      // The title follows the query, for the tab, history and bookmarks.
      document.title = (p.get("q") ? "‘" + p.get("q") + t("’ 검색 결과") : t("서울시 결재문서 찾기")) + t(" — 정보소통광장");
      renderFacets(p, res.facets, known);
      renderChips(p, res.facets, known);
      var ol = $("results");
      clear(ol);
      res.items.forEach(function (h) { ol.appendChild(renderHit(h)); });
      if (!res.items.length) ol.appendChild(el("li", { class: "empty", text: t("검색 결과가 없습니다. 다른 검색어나 조건으로 찾아보세요.") }));
      $("layout").setAttribute("aria-busy", "false");
      renderPager(p, res);
    }).catch(function (e) {
      $("layout").setAttribute("aria-busy", "false");
      status(t("검색하지 못했습니다: ") + e.message);
    });
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
      box.appendChild(el("h2", { text: t("관련 문서") }));
      if (!res.items.length) { box.appendChild(el("p", { text: t("관련 문서가 없습니다.") })); return; }
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
      box.appendChild(el("h2", { text: t("관련 문서") }));
      box.appendChild(el("p", { text: e.status === 501 ? t("관련 문서 안내는 준비 중입니다.") : t("관련 문서를 불러오지 못했습니다.") }));
    });
  }

  // renderText fills box with what a published document says: the notes on
  // its masks, the body and the attachments' text. A report re-renders it.
  function renderText(box, doc) {
    clear(box);
    if (doc.reported) {
      box.appendChild(el("p", { class: "reported-note", id: "reported-note", text: t("일부 내용이 시민 신고로 가려졌습니다. 담당자가 확인한 뒤 가림을 유지하거나 원래대로 공개합니다.") }));
    }
    var red = doc.redactions || {};
    var parts = Object.keys(red).filter(function (k) { return red[k] > 0; }).map(function (k) { return (REDACTION[k] || k) + " " + red[k] + t("건"); });
    if (parts.length) box.appendChild(el("p", { class: "redactions", text: t("개인정보 보호를 위해 가린 항목: ") + parts.join(", ") }));
    box.appendChild(el("h2", { text: t("본문") }));
    box.appendChild(el("div", { class: "body", id: "doc-body", text: doc.body || "" }));
    (doc.attachments || []).forEach(function (a) {
      var sec = el("section", { class: "attachment" }, el("h2", { text: t("첨부: ") + a.name }));
      if (a.reason) sec.appendChild(el("p", { text: t("이 파일의 내용은 글자로 읽을 수 없어 공개 목록에만 표시합니다.") }));
      else sec.appendChild(el("pre", { text: a.text }));
      box.appendChild(sec);
    });
  }

  // alternate advertises the document's DCAT dataset (JSON-LD), for
  // tools that read the page after its script has run; crawlers read
  // /documents/{id}, which carries the same link without a script.
  function alternate(doc) {
    var old = document.head.querySelector("link[rel='alternate'][type='application/ld+json']");
    if (old) old.parentNode.removeChild(old);
    var org = doc.organization && doc.organization.code ? "?org=" + encodeURIComponent(doc.organization.code) : "";
    document.head.appendChild(el("link", { rel: "alternate", type: "application/ld+json", href: "/dataset/" + encodeURIComponent(doc.id) + ".jsonld" + org }));
  }

  // exemptionItem is one ground of Article 9(1), as the API explains it,
  // or in English (i18n.js) in the English interface.
  function exemptionItem(x) {
    var en = I18N.exemptions[x.item], label = en ? en[0] : x.label, summary = en ? en[1] : x.summary;
    return el("li", null, el("strong", { text: t("제") + x.item + t("호 ") + label }), " — " + summary);
  }

  function renderDoc(doc) {
    var art = $("doc-view");
    clear(art);
    document.title = doc.title + t(" — 정보소통광장");
    alternate(doc);
    art.appendChild(el("p", { class: "meta" }, badge(doc.disclosure.grade), el("span", { text: (I18N.en ? TYPE[doc.type] : doc.type_label || TYPE[doc.type]) || doc.type })));
    art.appendChild(el("h1", { text: doc.title }));
    var dl = el("dl");
    row(dl, t("문서번호"), doc.document_number);
    row(dl, t("부서"), doc.department.name);
    row(dl, t("기관"), doc.organization.name);
    row(dl, t("결재일"), fmtDate(doc.approved_at));
    row(dl, t("기안자"), person(doc.drafter));
    row(dl, t("결재권자"), person(doc.approver));
    row(dl, t("공개 구분"), (I18N.en ? GRADE[doc.disclosure.grade] : doc.grade_label || GRADE[doc.disclosure.grade]) || doc.disclosure.grade);
    row(dl, t("공개일"), fmtDate(doc.published_at));
    if (doc.keywords && doc.keywords.length) row(dl, t("주제어"), doc.keywords.join(", "));
    art.appendChild(dl);

    var items = doc.exemption_items || [];
    if (doc.metadata_only) {
      var note = el("section", { class: "closed-note" },
        el("h2", { text: t("비공개 문서입니다") }),
        el("p", { text: t("이 문서는 「공공기관의 정보공개에 관한 법률」 제9조제1항에 따라 비공개로 결정되어 목록 정보만 공개합니다. 비공개 사유는 다음과 같습니다.") }));
      var ul = el("ul");
      items.forEach(function (x) { ul.appendChild(exemptionItem(x)); });
      note.appendChild(ul);
      note.appendChild(el("p", { text: t("원문이 필요하시면 아래 ‘질문하기’로 정보공개를 청구할 수 있습니다.") }));
      art.appendChild(note);
    } else {
      if (doc.disclosure.grade === "partial" && items.length) {
        var pn = el("section", { class: "partial-note" }, el("h2", { text: t("부분공개 문서입니다") }),
          el("p", { text: t("다음 사유에 해당하는 부분을 가리고 공개합니다.") }));
        var pul = el("ul");
        items.forEach(function (x) { pul.appendChild(exemptionItem(x)); });
        pn.appendChild(pul);
        art.appendChild(pn);
      }
      var text = el("div", { id: "doc-text" });
      renderText(text, doc);
      art.appendChild(text);
      // Plaza's own PDF of the masked text, never the original file.
      if (doc.pdf) {
        art.appendChild(el("p", { class: "pdf" }, el("a", { id: "doc-pdf", href: "/api/documents/" + encodeURIComponent(doc.id) + "/pdf?org=" + encodeURIComponent(doc.organization.code),
          download: "", type: "application/pdf", text: t("PDF로 내려받기") }), " ", el("span", { class: "hint", text: t("개인정보를 가린 본문과 첨부의 사본입니다. 원본 파일이 아닙니다.") })));
      }
      addReport(art, text, doc);
    }
    var ask = el("button", { type: "button", class: "ask", "data-document-id": doc.id, "aria-expanded": "false", "aria-controls": "ask-box",
      text: doc.metadata_only ? t("질문하기 (정보공개 청구)") : t("질문하기") });
    var askBox = el("section", { class: "ask-box", id: "ask-box", hidden: "" });
    ask.addEventListener("click", function () { toggleAsk(ask, askBox, doc); });
    art.appendChild(el("div", { class: "actions" }, ask,
      el("span", { class: "ask-note", text: t("담당 부서(") + doc.department.name + t(")에 바로 전달되고, 처리 과정을 전자우편·문자로 알려 드립니다.") })));
    art.appendChild(askBox);
    var contact = el("section", { class: "org-contact", id: "org-contact", "aria-labelledby": "org-contact-title", hidden: "" });
    art.appendChild(contact);
    var qa = el("section", { class: "qa", id: "qa" }, el("h2", { text: t("묻고 답하기") }), el("p", { text: t("불러오는 중…") }));
    art.appendChild(qa);
    var rel = el("section", { class: "related", id: "related" }, el("h2", { text: t("관련 문서") }), el("p", { text: t("불러오는 중…") }));
    art.appendChild(rel);
    art.appendChild(el("p", null, el("a", { href: HOME, text: t("← 검색으로") })));
    renderQA(qa, doc);
    renderRelated(rel, doc);
    renderOrg(art, contact, doc);
    // A link may open the form directly (/?id=…&ask=1), e.g. from a notice.
    if (params().get("ask") === "1") {
      toggleAsk(ask, askBox, doc);
      askBox.scrollIntoView();
    }
  }

  // ---- asking (inquiries) ----

  var MIN_Q = 10, MAX_Q = 4000;

  // ASK_ERRORS turn the API's error codes into Korean; the API's own
  // message (English) is the fallback.
  var ASK_ERRORS = {
    "inquiry.consent_required": t("개인정보 수집·이용에 동의해야 질문을 접수할 수 있습니다."),
    "inquiry.consent_outdated": t("개인정보 수집·이용 안내가 바뀌었습니다. 페이지를 새로 고친 뒤 다시 동의해 주세요."),
    "inquiry.duplicate": t("같은 질문이 이미 접수되었습니다. 받으신 추적 링크로 처리 상황을 확인해 주세요."),
    "inquiry.rate_limited": t("짧은 시간에 질문이 너무 많습니다. 잠시 뒤에 다시 시도해 주세요."),
    "inquiry.rejected": t("요청을 처리할 수 없습니다."),
    "document.not_found": t("이 문서에는 질문할 수 없습니다. 공개가 철회되었을 수 있습니다."),
    "body.bad_field:question": t("질문은 10자 이상 4,000자 이하로 적어 주세요."),
    "body.bad_field:email": t("전자우편 주소 형식이 올바르지 않습니다."),
    "body.bad_field:phone": t("휴대전화번호 형식이 올바르지 않습니다. (예: 010-1234-5678)"),
    "body.bad_field:contact": t("전자우편 주소나 휴대전화번호 중 하나 이상을 적어 주세요."),
    "body.bad_field:name": t("성명은 한 줄로 50자 이내로 적어 주세요.")
  };

  function askError(e) {
    if (ASK_ERRORS[e.code]) return ASK_ERRORS[e.code];
    if (e.status >= 500) return t("일시적인 오류로 접수하지 못했습니다. 잠시 뒤에 다시 시도해 주세요.");
    return t("접수하지 못했습니다: ") + e.message;
  }

  function toggleAsk(button, box, doc) {
    var open = box.hidden;
    box.hidden = !open;
    button.setAttribute("aria-expanded", open ? "true" : "false");
    if (open && !box.firstChild) buildAskForm(box, doc);
    if (open) {
      var first = box.querySelector("textarea");
      if (first) first.focus();
    }
  }

  function field(id, label, input, hint) {
    var wrap = el("div", { class: "field" }, el("label", { for: id, text: label }), input);
    if (hint) wrap.appendChild(el("p", { class: "hint", id: id + "-hint", text: hint }));
    return wrap;
  }

  function runes(s) { return Array.from(s).length; }

  function buildAskForm(box, doc) {
    var closed = !!doc.metadata_only;
    box.appendChild(el("h2", { text: closed ? t("정보공개 청구") : t("이 문서에 대해 질문하기") }));
    if (closed) {
      box.appendChild(el("p", { class: "disclosure-note", text: t("이 문서는 비공개 문서이므로, 보내시는 질문은 「공공기관의 정보공개에 관한 법률」에 따른 정보공개 청구로 접수됩니다. 담당 부서가 공개 여부를 결정하여 10일 이내(한 번 10일 연장 가능)에 알려 드립니다.") }));
    } else {
      box.appendChild(el("p", { class: "hint", text: t("질문은 담당 부서(") + doc.department.name + t(")로 전달되며, 10일 이내에 답변합니다(한 번 10일 연장 가능).") }));
    }
    var form = el("form", { class: "ask-form", id: "ask-form", novalidate: "" });

    var q = el("textarea", { id: "ask-question", name: "question", rows: "6", maxlength: String(MAX_Q), required: "", "aria-describedby": "ask-question-hint ask-counter" });
    var counter = el("span", { class: "counter", id: "ask-counter", text: t("0 / 4,000자") });
    function count() {
      var n = runes(q.value.trim());
      counter.textContent = n.toLocaleString(LOCALE) + t(" / 4,000자") + (n > 0 && n < MIN_Q ? t(" (10자 이상)") : "");
      counter.classList.toggle("over", n > MAX_Q || (n > 0 && n < MIN_Q));
    }
    q.addEventListener("input", count);
    var qf = field("ask-question", closed ? t("청구 내용 (필수)") : t("질문 (필수)"), q, t("10자 이상 4,000자 이하. 주민등록번호 등 개인정보는 적지 마세요."));
    qf.appendChild(counter);
    form.appendChild(qf);

    var contact = el("fieldset", { class: "contact" }, el("legend", { text: t("답변 받을 연락처 (하나 이상 필수)") }));
    var email = el("input", { id: "ask-email", name: "email", type: "email", maxlength: "254", autocomplete: "email", inputmode: "email" });
    var phone = el("input", { id: "ask-phone", name: "phone", type: "tel", maxlength: "32", autocomplete: "tel", inputmode: "tel", placeholder: "010-1234-5678" });
    var name = el("input", { id: "ask-name", name: "name", type: "text", maxlength: "50", autocomplete: "name" });
    contact.appendChild(field("ask-email", t("전자우편"), email));
    contact.appendChild(field("ask-phone", t("휴대전화"), phone, t("문자로 접수와 처리 상황을 알려 드립니다.")));
    contact.appendChild(field("ask-name", t("성명 (선택)"), name));
    form.appendChild(contact);

    // The honeypot: off-screen and out of the tab order, so only bots fill it.
    var website = el("input", { id: "ask-website", name: "website", type: "text", tabindex: "-1", autocomplete: "off" });
    form.appendChild(el("div", { class: "hp", "aria-hidden": "true" }, el("label", { for: "ask-website", text: t("웹사이트 (비워 두세요)") }), website));

    var notice = el("div", { class: "consent-notice", id: "consent-notice" }, el("p", { text: t("개인정보 수집·이용 안내를 불러오는 중…") }));
    var agree = el("input", { id: "ask-consent", name: "consent", type: "checkbox", required: "", disabled: "" });
    var consentVersion = "";
    form.appendChild(el("fieldset", { class: "consent" }, el("legend", { text: t("개인정보 수집·이용 동의 (필수)") }), notice,
      el("label", { class: "check", for: "ask-consent" }, agree, t(" 위 내용을 읽었으며 개인정보 수집·이용에 동의합니다."))));
    api("/api/inquiries/consent").then(function (c) {
      consentVersion = c.version;
      clear(notice);
      var dl = el("dl");
      row(dl, t("수집 목적"), c.purpose);
      row(dl, t("수집 항목"), c.items);
      row(dl, t("보유·이용 기간"), c.retention);
      notice.appendChild(dl);
      notice.appendChild(el("p", { text: c.refusal }));
      notice.appendChild(el("p", { class: "hint", text: t("연락처는 암호화하여 보관하며 담당 공무원에게도 공개하지 않습니다. 질문과 답변을 공개할 때에는 개인정보를 가립니다.") }));
      agree.disabled = false;
    }).catch(function (e) {
      clear(notice);
      notice.appendChild(el("p", { class: "error", text: e.status === 404 ? t("지금은 질문을 받을 수 없습니다.") : t("개인정보 수집·이용 안내를 불러오지 못했습니다. 잠시 뒤에 다시 시도해 주세요.") }));
    });

    var optOut = el("input", { id: "ask-private", name: "private", type: "checkbox" });
    form.appendChild(el("label", { class: "check", for: "ask-private" }, optOut,
      t(" 질문과 답변을 이 문서 페이지에 공개하지 않습니다. (공개할 때에도 개인정보는 가립니다)")));

    var msg = el("p", { class: "form-error", id: "ask-error", role: "alert" });
    var submit = el("button", { type: "submit", class: "ask", text: closed ? t("정보공개 청구하기") : t("질문 보내기") });
    form.appendChild(msg);
    form.appendChild(el("div", { class: "actions" }, submit));

    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var text = q.value.trim(), n = runes(text);
      var problem = n < MIN_Q || n > MAX_Q ? ASK_ERRORS["body.bad_field:question"]
        : !email.value.trim() && !phone.value.trim() ? ASK_ERRORS["body.bad_field:contact"]
        : email.value.trim() && !email.checkValidity() ? ASK_ERRORS["body.bad_field:email"]
        : !agree.checked ? ASK_ERRORS["inquiry.consent_required"] : "";
      if (problem) { msg.textContent = problem; return; }
      msg.textContent = "";
      submit.disabled = true;
      var body = { document_id: doc.id, org: doc.organization.code, question: text, email: email.value.trim(), phone: phone.value.trim(),
        name: name.value.trim(), consent: true, consent_version: consentVersion || undefined, publish: !optOut.checked, website: website.value };
      api("/api/inquiries", { method: "POST", body: body }).then(function (res) {
        clear(box);
        renderAsked(box, res);
      }).catch(function (e) {
        submit.disabled = false;
        msg.textContent = askError(e);
      });
    });
    box.appendChild(form);
  }

  function trackHref(id, token) {
    return HOME + "?inquiry=" + encodeURIComponent(id) + "#token=" + encodeURIComponent(token);
  }

  // renderAsked shows the 201 answer: the id, the deadline and the
  // tracking link, which is shown only this once.
  function renderAsked(box, res) {
    var href = trackHref(res.id, res.token);
    box.appendChild(el("h2", { text: res.disclosure ? t("정보공개 청구가 접수되었습니다") : t("질문이 접수되었습니다") }));
    var dl = el("dl");
    row(dl, t("접수번호"), res.id);
    row(dl, t("담당 부서"), res.department_name);
    row(dl, t("처리 기한"), fmtDate(res.due));
    box.appendChild(dl);
    box.appendChild(el("p", { text: t("아래 추적 링크로 처리 상황과 답변을 확인할 수 있습니다. 이 링크는 다시 보여 드릴 수 없으니 보관해 주세요. 접수 확인 안내도 전자우편·문자로 보내 드립니다.") }));
    trackRow(box, href, "track-link");
  }

  // trackRow shows a tracking link (shown only once) to copy, and to follow.
  function trackRow(box, href, linkId) {
    var abs = location.origin + href;
    var input = el("input", { class: "track-link", type: "text", readonly: "", value: abs, "aria-label": t("추적 링크") });
    var copy = el("button", { type: "button", class: "secondary", text: t("링크 복사") });
    var copied = el("span", { class: "ask-note", role: "status" });
    copy.addEventListener("click", function () {
      input.select();
      var done = function () { copied.textContent = t("복사했습니다."); };
      if (navigator.clipboard) navigator.clipboard.writeText(abs).then(done, function () { copied.textContent = t("직접 복사해 주세요."); });
      else copied.textContent = t("직접 복사해 주세요.");
    });
    box.appendChild(el("div", { class: "track-row" }, input, copy, copied));
    box.appendChild(el("p", null, el("a", { id: linkId, href: href, text: t("처리 상황 보기 →") })));
  }

  // ---- reporting personal data in a published document ----

  var REPORT_MIN = 2, REPORT_MAX = 200;
  var REPORT_REASONS = [["my_data", t("내 개인정보")], ["someones_data", t("다른 사람의 개인정보")], ["classified", t("비공개 대상 내용")], ["error", t("오류")]];
  var REPORT_STATE = { masked: t("가림 처리됨"), pending: t("확인 중"), confirmed: t("가림 유지"), restored: t("원래대로 공개"), dismissed: t("변경 없음") };

  // REPORT_ERRORS turn the API's error codes into Korean, as ASK_ERRORS do.
  var REPORT_ERRORS = {
    "leak.bad_text": t("신고할 내용은 2자 이상 200자 이하로 적어 주세요. 비워 두면 문서 전체에 대한 신고로 접수됩니다."),
    "leak.bad_reason": t("신고 사유를 골라 주세요."),
    "leak.bad_contact": t("연락처를 확인해 주세요. 전자우편 주소나 010으로 시작하는 휴대전화번호를 적고, 개인정보 수집·이용에 동의해야 합니다."),
    "leak.closed_document": t("비공개 문서는 본문을 공개하지 않아 신고할 내용이 없습니다. ‘질문하기’로 문의해 주세요."),
    "document.not_found": t("이 문서는 신고할 수 없습니다. 공개가 철회되었을 수 있습니다."),
    "not_implemented": t("지금은 신고를 받을 수 없습니다. ‘질문하기’로 알려 주세요.")
  };

  // REPORT_WHY says why a report changed nothing at once.
  var REPORT_WHY = {
    "leak.not_personal_data": t("개인정보가 아닌 사유의 신고는 바로 가리지 않고, 담당자가 확인한 뒤 처리합니다."),
    "leak.text_not_found": t("적어 주신 내용을 문서에서 찾지 못해 바로 가리지 않았습니다. 담당자가 문서를 확인합니다."),
    "leak.whole_document": t("가릴 내용을 적지 않아 문서 전체에 대한 신고로 접수했습니다. 담당자가 확인합니다."),
    "leak.automatic_limit": t("오늘 이 문서에 신고가 많아 바로 가리지 않았습니다. 담당자가 먼저 확인합니다.")
  };

  function reportError(e) {
    if (e.status === 429) {
      var mins = Math.ceil(parseInt(e.retryAfter, 10) / 60);
      var when = !(mins > 0) ? t("잠시") : mins % 60 === 0 ? t("약 ") + mins / 60 + t("시간") : t("약 ") + mins + t("분");
      return t("짧은 시간에 신고가 너무 많이 접수되었습니다. ") + when + t(" 뒤에 다시 시도해 주세요.");
    }
    if (REPORT_ERRORS[e.code]) return REPORT_ERRORS[e.code];
    if (e.status >= 500) return t("일시적인 오류로 접수하지 못했습니다. 잠시 뒤에 다시 시도해 주세요.");
    return t("신고하지 못했습니다: ") + e.message;
  }

  // cleanReportText is the API's normalization: NFC, spaces collapsed.
  function cleanReportText(s) {
    return (s.normalize ? s.normalize("NFC") : s).split(/\s+/).filter(Boolean).join(" ");
  }

  // selectedIn returns the text selected in the body or an attachment
  // inside container, or "".
  function selectedIn(container) {
    var sel = window.getSelection && window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return "";
    var n = sel.getRangeAt(0).commonAncestorContainer;
    if (n.nodeType !== 1) n = n.parentNode;
    if (!n || !container.contains(n) || !n.closest(".body, .attachment pre")) return "";
    return cleanReportText(sel.toString());
  }

  function docPath(doc) {
    return "/api/documents/" + encodeURIComponent(doc.id) + "?org=" + encodeURIComponent(doc.organization.code);
  }

  // addReport puts the report action and its (closed) form after the text.
  function addReport(art, textBox, doc) {
    var button = el("button", { type: "button", class: "secondary report", id: "report-open", "aria-expanded": "false", "aria-controls": "report-box" },
      t("개인정보가 보이나요? 신고하기"), el("span", { class: "en", lang: "en", text: "Report personal data" }));
    var box = el("section", { class: "ask-box report-box", id: "report-box", "aria-labelledby": "report-title", hidden: "" });
    // A tap may clear the selection before the click: keep it from the press.
    var picked = "";
    button.addEventListener("pointerdown", function () { picked = selectedIn(textBox); });
    button.addEventListener("click", function () {
      var sel = selectedIn(textBox) || picked;
      picked = "";
      var open = box.hidden || !!sel;
      box.hidden = !open;
      button.setAttribute("aria-expanded", open ? "true" : "false");
      if (!open) return;
      if (!box.firstChild) buildReportForm(box, textBox, doc);
      var input = $("report-text");
      if (input && sel) {
        input.value = sel;
        input.dispatchEvent(new Event("input"));
      }
      (input || $("report-title")).focus();
    });
    art.appendChild(el("div", { class: "actions report-actions" }, button,
      el("span", { class: "ask-note", text: t("본문에서 보이는 부분을 드래그해 고른 뒤 누르면 그 내용이 신고 칸에 들어갑니다.") })));
    art.appendChild(box);
  }

  function buildReportForm(box, textBox, doc) {
    clear(box);
    box.appendChild(el("h2", { id: "report-title", tabindex: "-1", text: t("개인정보 노출 신고") }));
    var intro = el("p", { class: "hint", text: t("문서에 주민등록번호, 전화번호, 주소 같은 개인정보가 보이면 알려 주세요. 개인정보 신고이고 적어 주신 내용이 문서에 있으면 그 자리에서 바로 가리고, 담당 부서(") + doc.department.name + t(")가 확인합니다.") });
    box.appendChild(intro);
    var form = el("form", { class: "ask-form report-form", id: "report-form", novalidate: "" });

    var text = el("textarea", { id: "report-text", name: "text", rows: "3", maxlength: "1000", "aria-describedby": "report-text-hint report-counter" });
    var counter = el("span", { class: "counter", id: "report-counter", text: t("0 / 200자") });
    text.addEventListener("input", function () {
      var n = runes(cleanReportText(text.value));
      counter.textContent = n + t(" / 200자") + (n > 0 && n < REPORT_MIN ? t(" (2자 이상)") : "");
      counter.classList.toggle("over", n > REPORT_MAX || (n > 0 && n < REPORT_MIN));
    });
    var tf = field("report-text", t("문서에 보이는 내용"), text, t("보이는 그대로 적어 주세요(2자 이상 200자 이하). 비워 두면 문서 전체에 대한 신고가 됩니다."));
    tf.appendChild(counter);
    form.appendChild(tf);

    var reasons = el("fieldset", { class: "reasons", role: "radiogroup", "aria-required": "true" }, el("legend", { text: t("신고 사유 (필수)") }));
    REPORT_REASONS.forEach(function (r) {
      var id = "report-reason-" + r[0];
      reasons.appendChild(el("label", { class: "check", for: id }, el("input", { id: id, type: "radio", name: "reason", value: r[0] }), " " + r[1]));
    });
    reasons.appendChild(el("p", { class: "hint", text: t("‘내 개인정보’와 ‘다른 사람의 개인정보’는 바로 가리고, 나머지는 담당자가 확인한 뒤 처리합니다.") }));
    form.appendChild(reasons);

    var contact = el("fieldset", { class: "contact" }, el("legend", { text: t("처리 결과 받을 연락처 (선택)") }));
    var email = el("input", { id: "report-email", name: "email", type: "email", maxlength: "254", autocomplete: "email", inputmode: "email" });
    var phone = el("input", { id: "report-phone", name: "phone", type: "tel", maxlength: "32", autocomplete: "tel", inputmode: "tel", placeholder: "010-1234-5678" });
    contact.appendChild(field("report-email", t("전자우편"), email));
    contact.appendChild(field("report-phone", t("휴대전화"), phone));
    contact.appendChild(el("p", { class: "hint", text: t("연락처 없이도 신고할 수 있습니다. 결과는 접수 뒤 보여 드리는 추적 링크로 확인할 수 있습니다.") }));
    var notice = el("div", { class: "consent-notice", id: "report-consent-notice" }, el("p", { text: t("개인정보 수집·이용 안내를 불러오는 중…") }));
    var agree = el("input", { id: "report-consent", name: "consent", type: "checkbox", disabled: "", "aria-describedby": "report-consent-notice" });
    contact.appendChild(notice);
    contact.appendChild(el("label", { class: "check", for: "report-consent" }, agree, t(" 위 내용을 읽었으며 연락처 수집·이용에 동의합니다. (연락처를 적은 경우 필수)")));
    form.appendChild(contact);
    // The consent is required exactly when a contact is given.
    function given() { return !!(email.value.trim() || phone.value.trim()); }
    function requireConsent() { agree.required = given(); }
    email.addEventListener("input", requireConsent);
    phone.addEventListener("input", requireConsent);
    var consentVersion = "";
    api("/api/reports/consent").then(function (c) {
      consentVersion = c.version;
      clear(notice);
      notice.appendChild(el("p", { text: c.text }));
      notice.appendChild(el("p", { class: "hint", lang: "en", text: c.text_en }));
      agree.disabled = false;
    }).catch(function () {
      clear(notice);
      notice.appendChild(el("p", { class: "error", text: t("개인정보 수집·이용 안내를 불러오지 못했습니다. 연락처 없이 신고할 수 있습니다.") }));
    });

    var msg = el("p", { class: "form-error", id: "report-error", role: "alert" });
    var submit = el("button", { type: "submit", class: "ask", text: t("신고하기") });
    form.appendChild(msg);
    form.appendChild(el("div", { class: "actions" }, submit));
    box.appendChild(form);
    // The outcome is announced here; the region exists before it is filled.
    var result = el("div", { class: "report-result", id: "report-result", role: "status", "aria-live": "polite" });
    box.appendChild(result);

    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var said = cleanReportText(text.value), n = runes(said);
      var reason = form.querySelector("input[name=reason]:checked");
      var em = email.value.trim(), ph = phone.value.trim();
      var problem = (n > 0 && n < REPORT_MIN) || n > REPORT_MAX ? [REPORT_ERRORS["leak.bad_text"], text]
        : !reason ? [REPORT_ERRORS["leak.bad_reason"], $("report-reason-my_data")]
        : em && !email.checkValidity() ? [t("전자우편 주소 형식이 올바르지 않습니다."), email]
        : given() && !consentVersion ? [t("개인정보 수집·이용 안내를 불러오지 못해 연락처를 받을 수 없습니다. 연락처를 지우고 신고해 주세요."), email]
        : given() && !agree.checked ? [t("연락처를 남기시려면 개인정보 수집·이용에 동의해 주세요. 동의하지 않으시면 연락처를 지우고 신고할 수 있습니다."), agree] : null;
      if (problem) {
        msg.textContent = problem[0];
        problem[1].focus();
        return;
      }
      msg.textContent = "";
      submit.disabled = true;
      var body = { text: said, reason: reason.value };
      if (given()) {
        body.contact = {};
        if (em) body.contact.email = em;
        if (ph) body.contact.phone = ph;
        body.consent_version = consentVersion;
      }
      var path = "/api/documents/" + encodeURIComponent(doc.id) + "/reports?org=" + encodeURIComponent(doc.organization.code);
      api(path, { method: "POST", body: body }).then(function (res) {
        box.removeChild(intro);
        box.removeChild(form);
        renderReported(box, result, textBox, doc, res);
      }).catch(function (e) {
        submit.disabled = false;
        msg.textContent = reportError(e);
      });
    });
  }

  // reportHref is the tracking link. The token goes in the fragment, which
  // browsers never send, so that no access log records it.
  function reportHref(doc, id, token) {
    var p = new URLSearchParams();
    p.set("id", doc.id);
    p.set("org", doc.organization.code);
    p.set("report", id);
    return link(p) + "#token=" + encodeURIComponent(token);
  }

  // renderReported says what the report did, shows the tracking link once,
  // and reloads the text so that what was masked shows masked.
  function renderReported(box, result, textBox, doc, res) {
    $("report-title").textContent = t("신고가 접수되었습니다");
    $("report-title").focus();
    result.appendChild(el("p", { class: "report-done", id: "report-done", text: res.masked > 0
      ? t("신고하신 내용을 즉시 가렸습니다 (") + res.masked + t("곳). 담당자가 확인한 뒤 가림을 유지하거나, 개인정보가 아니면 원래대로 공개합니다.")
      : REPORT_WHY[res.why] || t("담당자가 신고 내용을 확인합니다.") }));
    var dl = el("dl");
    row(dl, t("접수번호"), res.id);
    row(dl, t("담당 부서"), doc.department.name);
    result.appendChild(dl);
    result.appendChild(el("p", { text: t("아래 추적 링크로 처리 결과를 확인할 수 있습니다. 이 링크는 다시 보여 드릴 수 없으니 보관해 주세요.") }));
    trackRow(result, reportHref(doc, res.id, res.token), "report-track-link");
    var again = el("button", { type: "button", class: "secondary", text: t("다른 내용 신고하기") });
    again.addEventListener("click", function () {
      buildReportForm(box, textBox, doc);
      $("report-text").focus();
    });
    result.appendChild(el("div", { class: "actions" }, again));
    if (!(res.masked > 0)) return;
    var note = el("p", { class: "hint", id: "report-reload", text: t("가린 내용을 반영해 문서를 다시 불러오는 중…") });
    result.insertBefore(note, dl);
    api(docPath(doc), { cache: "no-cache" }).then(function (fresh) {
      if (window.getSelection) window.getSelection().removeAllRanges();
      renderText(textBox, fresh);
      note.textContent = t("문서를 다시 불러왔습니다. 가린 곳은 * 로 표시됩니다.");
    }).catch(function () {
      note.textContent = t("문서를 다시 불러오지 못했습니다. 페이지를 새로 고치면 가린 내용이 보입니다.");
    });
  }

  // ---- tracking one's report ----

  function showReport(p) {
    var box = $("report-view");
    box.hidden = false;
    $("search").hidden = true;
    document.title = t("신고 처리 현황 — 정보소통광장");
    var token = new URLSearchParams(location.hash.replace(/^#/, "")).get("token") || "";
    if (!token) {
      status(t("추적 링크에 토큰이 없습니다. 신고할 때 받은 링크 전체를 열어 주세요."));
      return Promise.resolve();
    }
    status(t("불러오는 중…"));
    var q = p.get("org") ? "?org=" + encodeURIComponent(p.get("org")) : "";
    var path = "/api/documents/" + encodeURIComponent(p.get("id")) + "/reports/" + encodeURIComponent(p.get("report")) + q;
    return api(path, { headers: { "X-Report-Token": token }, cache: "no-store" }).then(function (v) {
      status("");
      renderReport(box, v, p);
    }).catch(function (e) {
      status(e.status === 404 || e.status === 401 ? t("신고를 찾을 수 없습니다. 추적 링크가 정확한지 확인해 주세요.") : t("처리 상황을 불러오지 못했습니다: ") + e.message);
    });
  }

  function renderReport(box, v, p) {
    clear(box);
    var label = REPORT_STATE[v.state] || v.state;
    box.appendChild(el("p", { class: "meta" }, el("span", { class: "badge state " + v.state, text: label }),
      el("span", { text: t("개인정보 노출 신고") }), el("span", { text: v.id })));
    box.appendChild(el("h1", { text: t("신고 처리 현황") }));
    var dl = el("dl");
    var docLink = new URLSearchParams();
    docLink.set("id", v.document);
    if (p.get("org")) docLink.set("org", p.get("org"));
    var a = el("a", { href: link(docLink), id: "report-doc-link", text: v.document });
    row(dl, t("문서"), a);
    row(dl, t("접수번호"), v.id);
    row(dl, t("처리 상태"), label);
    row(dl, t("접수 일시"), fmtDateTime(v.received_at));
    row(dl, t("처리 일시"), fmtDateTime(v.decided_at));
    box.appendChild(dl);
    box.appendChild(el("h2", { text: t("처리 결과") }));
    box.appendChild(el("p", { class: "body outcome", id: "report-outcome", text: v.outcome }));
    if (v.outcome_en) box.appendChild(el("p", { class: "hint", lang: "en", id: "report-outcome-en", text: v.outcome_en }));
    if ((v.state === "masked" || v.state === "pending") && REPORT_WHY[v.why]) box.appendChild(el("p", { class: "hint", text: REPORT_WHY[v.why] }));
    // The title makes the link readable; the id is enough if it fails.
    var q = p.get("org") ? "?org=" + encodeURIComponent(p.get("org")) : "";
    api("/api/documents/" + encodeURIComponent(v.document) + q).then(function (d) { a.textContent = d.title; }, function () {});
  }

  // ---- public Q&A ----

  function renderQA(box, doc) {
    var q = "?org=" + encodeURIComponent(doc.organization.code);
    api("/api/documents/" + encodeURIComponent(doc.id) + "/qa" + q).then(function (res) {
      clear(box);
      box.appendChild(el("h2", { text: t("묻고 답하기") }));
      if (!res.items.length) { box.appendChild(el("p", { class: "hint", text: t("아직 공개된 질문과 답변이 없습니다.") })); return; }
      var ol = el("ol", { class: "qa-list" });
      res.items.forEach(function (x) {
        ol.appendChild(el("li", { class: "qa-item" },
          el("p", { class: "qa-q" }, el("strong", { text: t("질문 ") }), el("span", { class: "text", text: x.question })),
          el("p", { class: "qa-a" }, el("strong", { text: t("답변 ") }), el("span", { class: "text", text: x.answer })),
          el("p", { class: "meta", text: x.department_name + t(" · 질문 ") + fmtDate(x.received_at) + (x.answered_at ? t(" · 답변 ") + fmtDate(x.answered_at) : "") })));
      });
      box.appendChild(ol);
      box.appendChild(el("p", { class: "hint", text: t("질문한 분의 개인정보는 가려서 공개합니다.") }));
    }).catch(function (e) {
      clear(box);
      if (e.status === 404) { box.hidden = true; return; }
      box.appendChild(el("h2", { text: t("묻고 답하기") }));
      box.appendChild(el("p", { text: t("질문과 답변을 불러오지 못했습니다.") }));
    });
  }

  // ---- tracking one's inquiry ----

  function fmtDateTime(s) {
    if (!s) return "";
    var d = new Date(s);
    if (isNaN(d)) return "";
    try {
      return new Intl.DateTimeFormat(LOCALE, { timeZone: "Asia/Seoul", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);
    } catch (e) { return d.toISOString().slice(0, 16).replace("T", " "); }
  }

  // The token travels in the fragment, which browsers never send, and
  // reaches the API in a header, which access logs do not record.
  function showInquiry(p) {
    var box = $("inquiry-view");
    box.hidden = false;
    $("search").hidden = true;
    document.title = t("질문 처리 현황 — 정보소통광장");
    var token = new URLSearchParams(location.hash.replace(/^#/, "")).get("token") || "";
    if (!token) {
      status(t("추적 링크에 토큰이 없습니다. 접수할 때 받은 링크 전체를 열어 주세요."));
      return Promise.resolve();
    }
    status(t("불러오는 중…"));
    return api("/api/inquiries/" + encodeURIComponent(p.get("inquiry")), { headers: { "X-Inquiry-Token": token } }).then(function (v) {
      status("");
      renderInquiry(box, v);
    }).catch(function (e) {
      status(e.status === 404 || e.status === 401 ? t("질문을 찾을 수 없습니다. 추적 링크가 정확한지 확인해 주세요.") : t("처리 상황을 불러오지 못했습니다: ") + e.message);
    });
  }

  function renderInquiry(box, v) {
    clear(box);
    box.appendChild(el("p", { class: "meta" }, el("span", { class: "badge state " + v.state, text: v.state_label }),
      el("span", { text: v.disclosure ? t("정보공개 청구") : t("질문") }), el("span", { text: v.id })));
    box.appendChild(el("h1", { text: v.disclosure ? t("정보공개 청구 처리 현황") : t("질문 처리 현황") }));
    var dl = el("dl");
    var docLink = new URLSearchParams();
    docLink.set("id", v.document_id);
    if (v.org) docLink.set("org", v.org);
    row(dl, t("문서"), el("a", { href: link(docLink), text: v.document_title || v.document_id }));
    row(dl, t("담당 부서"), v.department_name);
    row(dl, t("처리 상태"), v.state_label);
    row(dl, t("접수일"), fmtDate(v.received_at));
    row(dl, t("처리 기한"), fmtDate(v.due) + (v.extended ? t(" (연장됨)") : ""));
    if (v.extended) row(dl, t("연장 사유"), v.extension_reason);
    row(dl, t("답변일"), fmtDate(v.answered_at));
    row(dl, t("종결일"), fmtDate(v.closed_at));
    row(dl, t("Q&A 공개"), v.publish ? t("공개 (개인정보는 가림)") : t("공개하지 않음"));
    box.appendChild(dl);
    box.appendChild(el("h2", { text: v.disclosure ? t("청구 내용") : t("질문") }));
    box.appendChild(el("div", { class: "body", id: "inquiry-question", text: v.question }));
    box.appendChild(el("h2", { text: t("답변") }));
    if (v.answer) box.appendChild(el("div", { class: "body answer", id: "inquiry-answer", text: v.answer }));
    else box.appendChild(el("p", { class: "hint", text: t("아직 답변 전입니다. 답변이 등록되면 전자우편·문자로 알려 드립니다.") }));
    box.appendChild(el("h2", { text: t("처리 경과") }));
    var ol = el("ol", { class: "history" });
    (v.history || []).forEach(function (h) {
      ol.appendChild(el("li", null, el("span", { class: "when", text: fmtDateTime(h.at) }), " ", el("span", { text: h.label })));
    });
    box.appendChild(ol);
  }

  function showDoc(p) {
    var art = $("doc-view");
    art.hidden = false;
    // Busy, the view holds a screen, so the boxes after it stay below
    // the fold until the document is drawn (CLS).
    art.setAttribute("aria-busy", "true");
    status(t("불러오는 중…"));
    var q = p.get("org") ? "?org=" + encodeURIComponent(p.get("org")) : "";
    return api("/api/documents/" + encodeURIComponent(p.get("id")) + q).then(function (doc) {
      status("");
      renderDoc(doc);
      art.setAttribute("aria-busy", "false");
      timeOnPage(doc);
    }).catch(function (e) {
      art.setAttribute("aria-busy", "false");
      status(e.status === 404 ? t("문서를 찾을 수 없습니다. 공개가 철회되었거나 주소가 잘못되었습니다.") : t("문서를 불러오지 못했습니다: ") + e.message);
    });
  }

  // ---- time on page ----

  // timeOnPage sends how long the document's page was visible, once the
  // reader leaves it or hides the tab, as a beacon to our own origin
  // (CSP connect-src 'self'): no cookie, no identifier, no third party.
  // The figures ride in the query string, which the access log keeps.
  function timeOnPage(doc) {
    if (!navigator.sendBeacon) return;
    var shown = 0, since = document.visibilityState === "visible" ? Date.now() : 0;
    function send() {
      if (since) { shown += Date.now() - since; since = 0; }
      if (shown < 1000) return; // a glance or a bounce is no reading
      var q = new URLSearchParams({ doc: doc.id, ms: String(Math.min(shown, 7200000)) });
      if (doc.organization && doc.organization.code) q.set("org", doc.organization.code);
      navigator.sendBeacon("/api/beacon?" + q.toString());
      shown = 0;
    }
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") send();
      else since = Date.now();
    });
    window.addEventListener("pagehide", send);
  }

  // ---- release statistics ----

  function pct(x) { return (Math.round(x * 1000) / 10).toFixed(1) + "%"; }

  // ---- charts: inline SVG drawn here (no library: two simple charts) ----

  var SVGNS = "http://www.w3.org/2000/svg";

  function svg(tag, attrs) {
    var n = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
    for (var i = 2; i < arguments.length; i++) if (arguments[i]) n.appendChild(arguments[i]);
    return n;
  }

  function svgText(x, y, s, attrs) {
    var n = svg("text", attrs);
    n.setAttribute("x", String(x)); n.setAttribute("y", String(y));
    n.textContent = s;
    return n;
  }

  // chartFrame is an SVG image of the given size whose name (its label)
  // says what it shows; the table after it carries the same figures for
  // screen readers and for copying, so the image is one image to them.
  function chartFrame(id, w, h, label) {
    return svg("svg", { id: id, class: "chart-svg", viewBox: "0 0 " + w + " " + h, role: "img", "aria-label": label, focusable: "false" });
  }

  // ratioColumns draws the release ratio of each period as a column on a
  // 0–100% scale, with gridlines every 25% and as many period labels as
  // fit without overlapping.
  function ratioColumns(id, label, rows) {
    var W = 400, H = 200, L = 36, R = 6, T = 8, B = 24, pw = W - L - R, ph = H - T - B;
    var g = chartFrame(id, W, H, label);
    [0, 0.25, 0.5, 0.75, 1].forEach(function (v) {
      var y = T + ph - v * ph;
      g.appendChild(svg("line", { class: "grid", x1: L, x2: W - R, y1: y, y2: y }));
      g.appendChild(svgText(L - 4, y + 4, Math.round(v * 100) + "%", { class: "axis", "text-anchor": "end" }));
    });
    var n = Math.max(rows.length, 1), bw = pw / n, every = Math.max(1, Math.ceil(n * 46 / pw));
    rows.forEach(function (r, i) {
      var v = Math.max(0, Math.min(1, r[1] || 0)), x = L + i * bw, bh = v * ph;
      var ti = svg("title"); // the column's tooltip
      ti.textContent = r[0] + ": " + pct(v);
      var cw = Math.min(bw * 0.7, 40); // a lone period is a column, not a slab
      g.appendChild(svg("rect", { class: "bar", x: (x + (bw - cw) / 2).toFixed(1), y: (T + ph - bh).toFixed(1), width: cw.toFixed(1), height: bh.toFixed(1) }, ti));
      if (i % every === 0) g.appendChild(svgText((x + bw / 2).toFixed(1), H - 8, r[0], { class: "axis", "text-anchor": "middle" }));
    });
    return g;
  }

  // ratioBars draws one horizontal bar per row (a department), its name
  // on the left, shortened with the whole name as the bar's title, and
  // its ratio on the right.
  function ratioBars(id, label, rows) {
    var W = 400, row = 22, T = 4, L = 150, R = 48, pw = W - L - R, H = T * 2 + row * Math.max(rows.length, 1);
    var g = chartFrame(id, W, H, label);
    rows.forEach(function (r, i) {
      var v = Math.max(0, Math.min(1, r[1] || 0)), y = T + i * row, name = Array.from(r[0]);
      var short = name.length > 13 ? name.slice(0, 12).join("") + "…" : r[0];
      var ti = svg("title");
      ti.textContent = r[0] + ": " + pct(v);
      g.appendChild(svgText(L - 6, y + 15, short, { class: "label", "text-anchor": "end" }));
      g.appendChild(svg("rect", { class: "track", x: L, y: y + 4, width: pw, height: 14 }));
      g.appendChild(svg("rect", { class: "bar", x: L, y: y + 4, width: (v * pw).toFixed(1), height: 14 }, ti));
      g.appendChild(svgText(W - 2, y + 15, pct(v), { class: "value", "text-anchor": "end" }));
    });
    return g;
  }

  // scroller lets a wide table scroll sideways on a phone, in a region a
  // keyboard can reach and a screen reader can name (WCAG 2.1.1).
  function scroller(label, table) {
    return el("div", { class: "scroller", tabindex: "0", role: "region", "aria-label": label }, table);
  }

  var periodNames = { "": t("전체 기간"), year: t("연도별"), month: t("월별"), day: t("일별") };

  // statsQuery is the API query of the statistics page's own parameters
  // (period, from, to, organization), so the page's address is the
  // figures' address and the CSV link carries the same choice.
  function statsQuery(p) {
    var q = new URLSearchParams();
    ["period", "from", "to", "organization"].forEach(function (k) { if (p.get(k)) q.set(k, p.get(k)); });
    return q;
  }

  // statsForm lets a reader choose the period and the organization: a
  // plain GET form, so it works without this script's help too.
  function statsForm(p, orgs) {
    var period = el("select", { name: "period", id: "stats-period" });
    Object.keys(periodNames).forEach(function (k) {
      var o = el("option", { value: k, text: periodNames[k] });
      if ((p.get("period") || "") === k) o.setAttribute("selected", "");
      period.appendChild(o);
    });
    var org = el("select", { name: "organization", id: "stats-org" }, el("option", { value: "", text: t("모든 기관") }));
    orgs.forEach(function (o) {
      var opt = el("option", { value: o.code, text: o.name || o.code });
      if (p.get("organization") === o.code) opt.setAttribute("selected", "");
      org.appendChild(opt);
    });
    // from and to are periods written as the period is (2026-01 for a
    // month); empty, the API's default range.
    var from = el("input", { type: "text", name: "from", id: "stats-from", size: "10", maxlength: "10", placeholder: t("예: 2026-01"), value: p.get("from") || "" });
    var to = el("input", { type: "text", name: "to", id: "stats-to", size: "10", maxlength: "10", placeholder: t("예: 2026-12"), value: p.get("to") || "" });
    return el("form", { class: "stats-form", method: "get", action: HOME },
      el("input", { type: "hidden", name: "view", value: "stats" }),
      el("label", { for: "stats-period", text: t("기간 ") }), period, " ",
      el("label", { for: "stats-from", text: t("부터 ") }), from, " ",
      el("label", { for: "stats-to", text: t("까지 ") }), to, " ",
      el("label", { for: "stats-org", text: t("기관 ") }), org, " ",
      el("button", { type: "submit", text: t("보기") }));
  }

  function showStats() {
    var box = $("stats-view"), p = params(), q = statsQuery(p);
    box.hidden = false;
    document.title = t("공개 현황 — 정보소통광장");
    $("search").hidden = true;
    status(t("불러오는 중…"));
    var qs = q.toString();
    // Every organization for the form, whichever the figures are of.
    var all = api("/api/stats/organizations").then(function (c) { return c.items; }, function () { return []; });
    return Promise.all([api("/api/stats/release" + (qs ? "?" + qs : "")), all]).then(function (got) {
      var st = got[0], orgs = got[1];
      status("");
      clear(box);
      var names = {};
      st.organizations.forEach(function (o) { names[o.code] = o.name || o.code; });
      box.appendChild(el("h1", { text: t("기관별·부서별 공개 현황") }));
      box.appendChild(el("p", { class: "meta", text: t("공개율 = 공개(부분공개 포함) ÷ (접수 − 형식 오류 반려). 비공개 문서는 목록만 공개합니다. 문서는 접수한 날의 기간에 현재 상태로 셉니다. 기준 시각 ") + new Date(st.generated_at).toLocaleString(LOCALE, { timeZone: "Asia/Seoul" }) }));
      box.appendChild(statsForm(p, orgs.length ? orgs : st.organizations));
      var csv = new URLSearchParams(q);
      csv.set("format", "csv");
      box.appendChild(el("p", null, el("a", { href: "/api/stats/release?" + csv.toString(), download: "plaza-release-stats.csv", text: t("이 표를 CSV로 내려받기") })));
      var cols = [["received", t("접수")], ["published", t("공개")], ["closed", t("비공개")], ["withheld", t("공개 대기")], ["review", t("검토 중")], ["rejected", t("반려")], ["retracted", t("철회")]];
      // The ratio comes right after the name so that a phone shows it
      // without scrolling sideways.
      function table(title, first, rows, total) {
        var head = el("tr", null, el("th", { scope: "col", text: first }), el("th", { scope: "col", text: t("공개율") }));
        cols.forEach(function (c) { head.appendChild(el("th", { scope: "col", text: c[1] })); });
        var body = el("tbody");
        rows.forEach(function (r) { body.appendChild(line(r[0], r[1])); });
        box.appendChild(el("h2", { text: title }));
        box.appendChild(scroller(title, el("table", null, el("thead", null, head), body, total ? el("tfoot", null, line(t("전체"), total)) : null)));
      }
      function line(name, c) {
        var tr = el("tr", null, el("td", { text: name }), el("td", null, el("span", { class: "ratio", text: pct(c.release_ratio || 0) })));
        cols.forEach(function (k) { tr.appendChild(el("td", { text: String(c[k[0]] || 0) })); });
        return tr;
      }
      // The charts: the ratio over the periods, then by department; the
      // tables after them hold the same figures.
      if (st.periods && st.periods.length) {
        var overTime = periodNames[st.period] + t(" 공개율 (") + st.from + " ~ " + st.to + ")";
        box.appendChild(el("h2", { text: overTime }));
        box.appendChild(el("figure", { class: "chart" }, ratioColumns("chart-periods", overTime,
          st.periods.map(function (ps) { return [ps.period, ps.total.release_ratio || 0]; }))));
        table(periodNames[st.period] + t(" 공개 현황"), t("기간"), st.periods.map(function (ps) { return [ps.period, ps.total]; }), st.total);
      }
      // Records without a department (envelopes rejected before one was
      // read) are their organization's, never a department's row.
      var apart = st.organizations.filter(function (o) { return o.without_department && o.without_department.received; });
      table(t("기관별 공개 현황"), t("기관"), st.organizations.map(function (o) { return [names[o.code], o]; }), st.total);
      var many = st.organizations.length > 1;
      var deptRows = st.departments.map(function (d) {
        return [(many ? names[d.org] + " · " : "") + (d.name || d.code), d];
      });
      if (deptRows.length) {
        var byDept = t("부서별 공개율");
        box.appendChild(el("h2", { text: byDept }));
        // Highest ratio first, so the chart reads as a ranking.
        var ranked = deptRows.map(function (r) { return [r[0], r[1].release_ratio || 0]; }).sort(function (a, b) { return b[1] - a[1]; });
        box.appendChild(el("figure", { class: "chart" }, ratioBars("chart-departments", byDept, ranked)));
      }
      table(t("부서별 공개 현황"), t("부서"), deptRows, null);
      if (apart.length) table(t("부서를 알 수 없는 접수"), t("기관"), apart.map(function (o) { return [names[o.code], o.without_department]; }), null);
      // What citizens said (votes on document pages, inquiry ratings,
      // surveys), over the same range and by the same periods.
      var said = st.departments.filter(function (d) { return d.satisfaction; });
      if (said.length || st.satisfaction) {
        satisfactionTable(box, t("부서별 만족도"), t("부서"), said.map(function (d) {
          return [(many ? names[d.org] + " · " : "") + (d.name || d.code), d.satisfaction];
        }), st.satisfaction, "satisfaction");
      }
      var periodsSaid = (st.periods || []).filter(function (ps) { return ps.satisfaction; });
      if (periodsSaid.length) {
        satisfactionTable(box, periodNames[st.period] + t(" 만족도"), t("기간"), periodsSaid.map(function (ps) { return [ps.period, ps.satisfaction]; }), null, "satisfaction-periods");
      }
    }).catch(function (e) { status(t("공개 현황을 불러오지 못했습니다: ") + e.message); });
  }

  // satisfactionTable is a table of satisfaction figures: rows of a name
  // and its figures, and an optional total.
  function satisfactionTable(box, title, first, rows, total, id) {
    var heads = [first, t("유용함"), t("유용하지 않음"), t("유용 비율"), t("답변 평가"), t("평균 평가"), t("설문 응답"), t("설문 평균")];
    var mean = function (x) { return x == null ? "-" : x.toFixed(2); };
    function line(name, s) {
      var tr = el("tr", null, el("td", { text: name }));
      [String(s.useful), String(s.not_useful), s.useful_ratio == null ? "-" : pct(s.useful_ratio), String(s.ratings), mean(s.rating_mean),
        String(s.surveys), mean(s.survey_mean)].forEach(function (c) { tr.appendChild(el("td", { text: c })); });
      return tr;
    }
    var head = el("tr");
    heads.forEach(function (h) { head.appendChild(el("th", { scope: "col", text: h })); });
    var body = el("tbody");
    rows.forEach(function (r) { body.appendChild(line(r[0], r[1])); });
    box.appendChild(el("h2", { text: title }));
    box.appendChild(scroller(title, el("table", { id: id }, el("thead", null, head), body, total ? el("tfoot", null, line(t("전체"), total)) : null)));
  }

  // ---- usage ----

  var DEVICE = { mobile: t("휴대전화"), tablet: t("태블릿"), desktop: "PC", bot: t("검색 로봇 등") };

  function fmtSeconds(x) {
    var s = Math.round(x || 0);
    return s >= 60 ? Math.floor(s / 60) + t("분 ") + (s % 60) + t("초") : s + t("초");
  }

  // usageTable is a plain table of a usage list: rows of cells, the first
  // a name (text or a link), the others counts.
  function usageTable(box, title, heads, rows, empty) {
    box.appendChild(el("h2", { text: title }));
    if (!rows.length) { box.appendChild(el("p", { class: "meta", text: empty })); return; }
    var head = el("tr");
    heads.forEach(function (h) { head.appendChild(el("th", { scope: "col", text: h })); });
    var body = el("tbody");
    rows.forEach(function (r) {
      var tr = el("tr");
      r.forEach(function (c) { tr.appendChild(el("td", null, typeof c === "number" ? c.toLocaleString(LOCALE) : c)); });
      body.appendChild(tr);
    });
    box.appendChild(scroller(title, el("table", null, el("thead", null, head), body)));
  }

  // usageChart draws one <meter> bar per day, as the release chart does.
  function usageChart(box, days) {
    var max = Math.max.apply(null, days.map(function (d) { return d.page_views; }).concat([1]));
    var chart = el("tbody");
    days.forEach(function (d) {
      chart.appendChild(el("tr", null, el("th", { scope: "row", text: d.day + (d.complete ? "" : t(" (집계 중)")) }),
        el("td", { class: "bar" }, el("meter", { min: "0", max: String(max), value: String(d.page_views), title: d.page_views + t("회") })),
        el("td", { text: d.page_views.toLocaleString(LOCALE) }), el("td", { text: d.visitors.toLocaleString(LOCALE) })));
    });
    box.appendChild(el("h2", { text: t("날짜별 문서 조회") }));
    box.appendChild(el("table", { class: "chart" },
      el("thead", null, el("tr", null, el("th", { scope: "col", text: t("날짜") }), el("th", { scope: "col", text: t("막대") }),
        el("th", { scope: "col", text: t("조회") }), el("th", { scope: "col", text: t("방문자") }))), chart));
  }

  function docLink(d) {
    // Titles stay Korean on the English page.
    return el("a", { href: HOME + "?id=" + encodeURIComponent(d.id) + "&org=" + encodeURIComponent(d.org), lang: "ko", text: d.title || d.id });
  }

  function showUsage() {
    var box = $("stats-view"), p = params();
    box.hidden = false;
    document.title = t("이용 현황 — 정보소통광장");
    $("search").hidden = true;
    status(t("불러오는 중…"));
    var q = new URLSearchParams();
    ["from", "to"].forEach(function (k) { if (p.get(k)) q.set(k, p.get(k)); });
    var qs = q.toString();
    return api("/api/stats/usage" + (qs ? "?" + qs : "")).then(function (u) {
      status("");
      clear(box);
      box.appendChild(el("h1", { text: t("시민 이용 현황") }));
      box.appendChild(el("p", { class: "meta", text: u.from + " ~ " + u.to + t(". 방문자는 날마다 바뀌는 임의의 값으로 IP 주소를 가려 하루 단위로 센 수를 더한 것이며, IP 주소·쿠키는 저장하지 않습니다. 검색어는 개인정보를 가린 뒤 ") + u.k + t("명 이상이 찾은 것만 보여 줍니다.") }));
      var dl = el("dl", { class: "usage-totals" });
      row(dl, t("방문자"), u.visitors.toLocaleString(LOCALE) + t("명"));
      row(dl, t("문서 조회"), u.page_views.toLocaleString(LOCALE) + t("회"));
      row(dl, t("평균 열람 시간"), fmtSeconds(u.time_on_page.mean_seconds) + " (" + u.time_on_page.beacons.toLocaleString(LOCALE) + t("회 측정)"));
      box.appendChild(dl);
      if (u.days.length) usageChart(box, u.days);
      usageTable(box, t("많이 본 문서"), [t("문서"), t("부서"), t("조회"), t("방문자"), t("평균 열람")], u.documents.filter(function (d) { return d.views > 0; }).map(function (d) {
        return [docLink(d), d.department_name || "", d.views, d.visitors, d.beacons ? fmtSeconds(d.mean_seconds) : "-"];
      }), t("아직 집계된 조회가 없습니다."));
      usageTable(box, t("부서별 문서 조회"), [t("부서"), t("조회"), t("방문자")], u.departments.map(function (d) { return [d.name || d.code, d.views, d.visitors]; }), t("아직 집계된 조회가 없습니다."));
      usageTable(box, t("많이 찾은 검색어"), [t("검색어"), t("검색"), t("방문자")], u.searches.map(function (x) {
        return [el("a", { href: HOME + "?q=" + encodeURIComponent(x.query), text: x.query }), x.count, x.visitors];
      }), t("공개할 만큼 여러 사람이 찾은 검색어가 아직 없습니다."));
      usageTable(box, t("들어온 경로"), [t("사이트"), t("방문"), t("방문자")], u.referrers.map(function (r) { return [r.host, r.count, r.visitors]; }), t("공개할 만큼 여러 사람이 거쳐 온 사이트가 아직 없습니다."));
      usageTable(box, t("접속 기기"), [t("기기"), t("방문자")], Object.keys(DEVICE).filter(function (k) { return u.devices[k]; }).map(function (k) { return [DEVICE[k], u.devices[k]]; }), t("아직 집계된 방문이 없습니다."));
    }).catch(function (e) { status(t("이용 현황을 불러오지 못했습니다: ") + e.message); });
  }

  // glance puts the release figures of the last year on the home page in
  // one line, linking the statistics. Its line is reserved in the page
  // (min-height), so the figures arriving move nothing.
  function glance() {
    var box = $("glance");
    api("/api/stats/release?period=month").then(function (st) {
      var c = st.total || {}, n = function (x) { return (x || 0).toLocaleString(LOCALE); };
      clear(box);
      box.appendChild(el("span", { text: t("최근 1년: 접수 ") + n(c.received) + t("건 · 공개 ") + n(c.published) + t("건 · 공개율 ") }));
      box.appendChild(el("strong", { text: pct(c.release_ratio || 0) }));
      box.appendChild(document.createTextNode(" "));
      box.appendChild(el("a", { href: HOME + "?view=stats", text: t("공개 현황 보기") }));
    }).catch(function () { /* the figures are a convenience */ });
  }

  // popular lists, on the home page, what citizens searched for most and
  // the most viewed documents of the last 30 days (the usage figures,
  // which leave out queries fewer than 3 visitors used).
  function popular() {
    var box = $("popular");
    if (!box) return;
    api("/api/stats/usage").then(function (u) {
      var words = (u.searches || []).filter(function (x) { return x.query; }).slice(0, 8);
      var docs = (u.documents || []).filter(function (d) { return d.views > 0 && d.title; }).slice(0, 5);
      if (!words.length && !docs.length) return;
      clear(box);
      box.appendChild(el("h2", { id: "popular-title", text: t("많이 찾는 것") }));
      if (words.length) {
        box.appendChild(el("h3", { text: t("많이 찾은 검색어") }));
        var ul = el("ul", { class: "keywords" });
        words.forEach(function (x) { ul.appendChild(el("li", null, el("a", { href: HOME + "?q=" + encodeURIComponent(x.query), lang: "ko", text: x.query }))); });
        box.appendChild(ul);
      }
      if (docs.length) {
        box.appendChild(el("h3", { text: t("많이 본 문서") }));
        var ol = el("ol");
        docs.forEach(function (d) { ol.appendChild(el("li", null, docLink(d), el("span", { class: "meta", text: t(" 조회 ") + d.views.toLocaleString(LOCALE) + t("회") }))); });
        box.appendChild(ol);
      }
      box.appendChild(el("p", null, el("a", { href: HOME + "?sort=views", text: t("많이 본 순으로 모두 보기") }), " · ", el("a", { href: HOME + "?view=usage", text: t("이용 현황") })));
      box.hidden = false;
    }).catch(function () { /* the list is a convenience */ });
  }

  // noticeHref is a notice's link as the page may use it: a path on the
  // portal (kept in the interface's language) or an https address; the
  // organization's file is checked for this, and the page checks again.
  function noticeHref(u) {
    if (!u) return "";
    if (u.indexOf("https://") === 0) return u;
    if (u.charAt(0) !== "/" || u.charAt(1) === "/") return "";
    return u.indexOf("/en/") === 0 || u === "/en" ? u : HOME + u.slice(1);
  }

  // notices lists the organization's latest notices on the home page,
  // below the results, so their arrival moves nothing on screen.
  function notices() {
    var box = $("notices");
    if (!box) return;
    api("/api/notices").then(function (res) {
      var items = (res.items || []).slice(0, 5);
      if (!items.length) return;
      clear(box);
      box.appendChild(el("h2", { id: "notices-title", text: t("공지사항") }));
      var ul = el("ul");
      items.forEach(function (n) {
        var title = I18N.en && n.title_en ? n.title_en : n.title, href = noticeHref(n.url);
        var li = el("li", null, el("time", { datetime: n.date, text: fmtDate(n.date + "T00:00:00+09:00") }), " ");
        // An English title is English; a Korean one stays Korean on the English page.
        var lang = I18N.en && n.title_en ? "en" : "ko";
        li.appendChild(href ? el("a", { href: href, lang: lang, text: title }) : el("span", { lang: lang, text: title }));
        ul.appendChild(li);
      });
      box.appendChild(ul);
      box.hidden = false;
    }).catch(function () { /* the notices are a convenience */ });
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

  // localizePage applies the interface language to the static page: the
  // English text, links that stay in the language, the search form's
  // target (without this script it goes to the server's plain list) and
  // the switch to the other language, on the same page.
  function localizePage() {
    I18N.localize();
    $("search").setAttribute("action", HOME);
    document.querySelectorAll(".top a[href^='/']:not(#lang-switch)").forEach(function (a) {
      a.setAttribute("href", HOME + a.getAttribute("href").slice(1));
    });
    var sw = $("lang-switch"), q = params();
    q.delete("lang");
    var s = q.toString() ? "?" + q.toString() : "";
    if (I18N.en) {
      sw.setAttribute("href", "/" + s);
      sw.setAttribute("lang", "ko");
      sw.setAttribute("hreflang", "ko");
      sw.textContent = "한국어";
    } else sw.setAttribute("href", "/en/" + s);
  }

  function start() {
    var p = params();
    localizePage();
    $("sort").addEventListener("change", function () {
      location.assign(link(withParam(params(), "sort", this.value)));
    });
    suggest();
    if (p.get("report") && p.get("id")) showReport(p);
    else if (p.get("id")) showDoc(p);
    else if (p.get("inquiry")) showInquiry(p);
    else if (p.get("staff_inquiry")) {
      // Officers' notices sent before the staff console linked here: the
      // inquiry's page is the console's now.
      location.replace("/staff/#/inquiries/" + encodeURIComponent(p.get("staff_inquiry")));
    }
    else if (p.get("view") === "stats") showStats();
    else if (p.get("view") === "usage") showUsage();
    else {
      showSearch(p);
      if (!p.toString() || (p.toString() === "lang=en")) { glance(); notices(); popular(); }
      else $("glance").hidden = true;
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
