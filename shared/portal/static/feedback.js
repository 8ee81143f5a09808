// Plaza portal: citizens' feedback and subscriptions. Apart from app.js so
// that each stays readable; it adds, without touching app.js's pages:
//   - "was this useful?" under a document (?id=…), with an optional
//     comment (redacted by the API before it is stored, never published);
//   - the rating page of a closed inquiry (?rate=<id>#token=…);
//   - the confirmation and unsubscribe pages of the weekly mail
//     (?subscription=confirm|unsubscribe#token=…): a button, so that a
//     mail scanner following the link confirms or unsubscribes nothing;
//   - the subscription form under the search page.
// Tokens travel in the fragment, which browsers never send to a server.
(function () {
  "use strict";

  // The interface language (i18n.js): t translates a Korean literal.
  var t = window.PlazaI18n.t;

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") n.textContent = attrs[k];
      else if (k === "class") n.className = attrs[k];
      else n.setAttribute(k, attrs[k]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c) n.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return n;
  }

  function post(path, body) {
    return fetch(path, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (j) {
          if (!r.ok) { var e = new Error((j.error && j.error.message) || r.statusText); e.status = r.status; e.code = j.error && j.error.code; throw e; }
          return j;
        });
      });
  }

  function token() { return new URLSearchParams(location.hash.replace(/^#/, "")).get("token") || ""; }

  // A page of its own, in place of the search page app.js shows.
  function page(id, title) {
    var s = $("search"), r = $("results-view");
    if (s) s.hidden = true;
    if (r) r.hidden = true;
    var box = el("section", { id: id, class: "doc feedback-page" }, el("h1", { text: title }));
    $("main").appendChild(box);
    document.title = title + t(" — 정보소통광장");
    return box;
  }

  function usefulBox(p) {
    var doc = $("doc-view");
    if (!doc || $("useful-box")) return;
    var q = p.get("org") ? "?org=" + encodeURIComponent(p.get("org")) : "";
    var msg = el("p", { id: "useful-msg", role: "status" });
    var comment = el("textarea", { id: "useful-comment", maxlength: "1000", rows: "3",
      placeholder: t("더 하실 말씀이 있으면 적어 주세요 (선택). 개인정보는 적지 마십시오. 의견은 공개되지 않습니다.") });
    function send(useful) {
      post("/api/documents/" + encodeURIComponent(p.get("id")) + "/feedback" + q, { useful: useful, comment: comment.value })
        .then(function () {
          form.hidden = true;
          msg.textContent = t("의견을 보내 주셔서 감사합니다. / Thank you for your feedback.");
        }, function (e) {
          msg.textContent = e.status === 429 ? t("잠시 후 다시 시도해 주세요.") : t("보내지 못했습니다: ") + e.message;
        });
    }
    var yes = el("button", { type: "button", id: "useful-yes", text: t("예") });
    var no = el("button", { type: "button", id: "useful-no", text: t("아니요") });
    yes.addEventListener("click", function () { send(true); });
    no.addEventListener("click", function () { send(false); });
    var form = el("div", { class: "useful-form" },
      el("label", { for: "useful-comment", text: t("의견 (선택)") }), comment, el("p", null, yes, " ", no));
    var box = el("aside", { id: "useful-box", class: "useful", "aria-labelledby": "useful-title" },
      el("h2", { id: "useful-title", text: t("이 정보가 도움이 되었나요? / Was this useful?") }), form, msg);
    doc.parentNode.insertBefore(box, doc.nextSibling);
  }

  function ratePage(p) {
    var box = page("rate-view", t("답변 만족도 평가"));
    box.appendChild(el("p", { text: t("질문 ") + p.get("rate") + t("의 답변과 처리에 얼마나 만족하셨나요? 1점(매우 불만족)부터 5점(매우 만족)까지 골라 주세요.") }));
    var msg = el("p", { id: "rate-msg", role: "status" });
    var row = el("p", { class: "rate-scores" });
    [1, 2, 3, 4, 5].forEach(function (n) {
      var b = el("button", { type: "button", id: "rate-" + n, text: n + t("점") });
      b.addEventListener("click", function () {
        post("/api/ratings", { token: token(), score: n }).then(function (r) {
          msg.textContent = r.score + t("점으로 평가해 주셔서 감사합니다. 다시 고르면 평가가 바뀝니다.");
        }, function (e) {
          msg.textContent = e.status === 400 && e.code === "feedback.bad_token" ? t("평가 링크가 올바르지 않거나 만료되었습니다.") : t("보내지 못했습니다: ") + e.message;
        });
      });
      row.appendChild(b);
      row.appendChild(document.createTextNode(" "));
    });
    box.appendChild(row);
    box.appendChild(msg);
  }

  function subscriptionPage(kind) {
    var confirm = kind === "confirm";
    var box = page("subscription-view", confirm ? t("구독 확인") : t("구독 해지"));
    box.appendChild(el("p", { text: confirm ? t("아래 단추를 누르면 주간 새 문서 메일 구독이 시작됩니다.") : t("아래 단추를 누르면 구독을 해지하고 전자우편 주소를 삭제합니다.") }));
    var msg = el("p", { id: "subscription-msg", role: "status" });
    var b = el("button", { type: "button", id: "subscription-go", text: confirm ? t("구독 확인") : t("구독 해지") });
    b.addEventListener("click", function () {
      post(confirm ? "/api/subscriptions/confirm" : "/api/subscriptions/unsubscribe", { token: token() }).then(function () {
        b.hidden = true;
        msg.textContent = confirm ? t("구독이 시작되었습니다. 매주 새 문서를 알려 드립니다.") : t("구독을 해지하고 주소를 삭제했습니다.");
      }, function (e) {
        msg.textContent = e.code === "subscription.bad_token" ? t("링크가 올바르지 않거나 만료되었습니다.") : t("처리하지 못했습니다: ") + e.message;
      });
    });
    box.appendChild(el("p", null, b));
    box.appendChild(msg);
  }

  function subscribeForm() {
    var view = $("results-view");
    if (!view || $("subscribe-box")) return;
    var email = el("input", { id: "subscribe-email", type: "email", maxlength: "254", required: "", autocomplete: "email" });
    var words = el("input", { id: "subscribe-keywords", type: "text", maxlength: "200", placeholder: t("예: 정보공개, 도로 보수") });
    // Departments and whole organizations too: the organization chosen
    // lists its departments (several may be chosen), and the box follows
    // all its new documents.
    var org = el("select", { id: "subscribe-org" }, el("option", { value: "", text: t("기관 선택 (선택 사항)") }));
    var depts = el("select", { id: "subscribe-departments", multiple: "", size: "4", disabled: "" });
    var wholeOrg = el("input", { id: "subscribe-whole-org", type: "checkbox", disabled: "" });
    fetch("/api/organizations").then(function (r) { return r.json(); }).then(function (res) {
      (res.items || []).forEach(function (o) { org.appendChild(el("option", { value: o.code, text: o.name || o.code })); });
    }).catch(function () {});
    org.addEventListener("change", function () {
      while (depts.firstChild) depts.removeChild(depts.firstChild);
      depts.disabled = wholeOrg.disabled = !org.value;
      if (!org.value) { wholeOrg.checked = false; return; }
      var code = org.value;
      fetch("/api/departments?org=" + encodeURIComponent(code)).then(function (r) { return r.json(); }).then(function (res) {
        if (org.value !== code) return; // another organization was chosen meanwhile
        (res.items || []).forEach(function (d) { depts.appendChild(el("option", { value: d.code, text: d.name || d.code })); });
        depts.setAttribute("data-org", code);
      }).catch(function () {});
    });
    var consent = el("input", { id: "subscribe-consent", type: "checkbox", required: "" });
    var consentText = el("span", { id: "subscribe-consent-text", text: t("개인정보 수집·이용에 동의합니다.") });
    var msg = el("p", { id: "subscribe-msg", role: "status" });
    var version = "";
    fetch("/api/subscriptions/consent").then(function (r) { return r.json(); }).then(function (c) {
      version = c.version;
      consentText.textContent = c.text;
    }).catch(function () {});
    var form = el("form", { id: "subscribe-form" },
      el("label", { for: "subscribe-keywords", text: t("주제어 (쉼표로 구분) ") }), words, " ",
      el("label", { for: "subscribe-org", text: t("기관 ") }), org, " ",
      el("label", { for: "subscribe-departments", text: t("부서 (여럿 선택 가능) ") }), depts, " ",
      el("label", null, wholeOrg, t(" 이 기관의 모든 새 문서")), " ",
      el("label", { for: "subscribe-email", text: t("전자우편 ") }), email, " ",
      el("label", null, consent, " ", consentText), " ",
      el("button", { type: "submit", text: t("구독 신청") }));
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var kw = words.value.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
      var criteria = { keywords: kw, departments: [], organizations: [] };
      Array.prototype.forEach.call(depts.selectedOptions || [], function (o) {
        criteria.departments.push({ organization: depts.getAttribute("data-org") || org.value, code: o.value });
      });
      if (wholeOrg.checked && org.value) criteria.organizations.push(org.value);
      if (!kw.length && !criteria.departments.length && !criteria.organizations.length) {
        msg.textContent = t("주제어, 부서 또는 기관을 하나 이상 고르십시오.");
        return;
      }
      post("/api/subscriptions", { email: email.value.trim(), criteria: criteria, consent_version: consent.checked ? version : "" })
        .then(function () {
          form.reset();
          org.dispatchEvent(new Event("change"));
          msg.textContent = t("확인 메일을 보냈습니다. 메일의 링크로 확인하시면 구독이 시작됩니다.");
        }, function (e) {
          msg.textContent = e.status === 429 ? t("잠시 후 다시 시도해 주세요.") : t("신청하지 못했습니다: ") + e.message;
        });
    });
    view.appendChild(el("aside", { id: "subscribe-box", class: "subscribe" },
      el("h2", { text: t("주간 새 문서 메일 받기") }), form, msg));
  }

  function start() {
    var p = new URLSearchParams(location.search);
    if (p.get("rate")) ratePage(p);
    else if (p.get("subscription") === "confirm" || p.get("subscription") === "unsubscribe") subscriptionPage(p.get("subscription"));
    else if (p.get("id") && !p.get("report")) usefulBox(p);
    else if (!p.get("inquiry") && !p.get("view")) subscribeForm();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
