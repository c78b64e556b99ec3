/// `editor.js`: the translator's editor. The active segment's panel shows memory suggestions
/// (click or Ctrl+1…5 inserts one), glossary terms, QA findings, history and a concordance
/// search; Ctrl+Enter saves and moves to the next segment; a stale save shows both texts.
enum EditorScript {
    static let text = #"""
"use strict";
(() => {
  const H = window.Hexaglot;
  const body = document.body;
  const base = body.dataset.api;
  const mayWrite = body.dataset.mayWrite === "true";
  const targetLang = body.dataset.language;
  const rtl = body.dataset.rtl === "true";
  let active = null;
  let suggestions = [];
  let dragged = null;

  const rows = () => [...document.querySelectorAll("li.seg")];
  const target = (li) => li.querySelector(".tgt");
  const segPath = (li) => `${base}/segments/${li.dataset.number}`;
  const langAttrs = (lang) => ({ lang, dir: lang === "ar" || lang.startsWith("ar-") ? "rtl" : "ltr" });
  const sourceLang = body.dataset.sourceLanguage;

  function activate(li, focus) {
    if (active === li) return;
    if (active) active.classList.remove("active");
    active = li;
    li.classList.add("active");
    document.getElementById("active-number").textContent = li.dataset.number;
    document.getElementById("conflict").hidden = true;
    if (focus) target(li).focus();
    li.scrollIntoView({ block: "nearest" });
    suggestions = [];
    for (const id of ["suggestions", "terms", "findings", "history"]) {
      document.getElementById(id).replaceChildren(H.el("li", { class: "loading" }, "…"));
    }
    loadAids(li);
  }

  async function loadAids(li) {
    const [s, t, f, h] = await Promise.all([
      H.api("GET", `${segPath(li)}/suggestions`), H.api("GET", `${segPath(li)}/terms`),
      H.api("GET", `${segPath(li)}/findings`), H.api("GET", `${segPath(li)}/history`)]);
    if (active !== li) return;
    showSuggestions(s.ok ? s.data.suggestions : []);
    showTerms(t.ok ? t.data.terms : []);
    showFindings(f.ok ? f.data.findings : []);
    showHistory(h.ok ? h.data.history : []);
  }

  function showSuggestions(list) {
    suggestions = list;
    const ol = document.getElementById("suggestions");
    ol.replaceChildren();
    if (!list.length) { ol.append(H.el("li", { class: "none" }, "No match at 70% or more.")); return; }
    list.forEach((s, i) => {
      const diff = H.el("div", { class: "diff", ...langAttrs(sourceLang) });
      for (const p of s.diff) diff.append(p.kind === "equal" ? document.createTextNode(p.text) : H.el(p.kind === "inserted" ? "ins" : "del", {}, p.text));
      const text = H.el("div", { class: "suggestion-target", ...langAttrs(targetLang) });
      H.renderContent(text, s.targetContent);
      const li = H.el("li", { "data-rank": s.rank, title: `Insert (Ctrl+${i + 1})` },
        H.el("span", { class: "score" }, `${s.score}%`), H.el("span", { class: "kind" }, s.kind), text, diff);
      if (s.adaptations.length) li.append(H.el("div", { class: "adapted" }, "adapted: " + s.adaptations.map(a => `${a.from} → ${a.to}`).join(", ")));
      if (s.unadapted.length) li.append(H.el("div", { class: "adapted" }, "not adapted: " + s.unadapted.join(", ")));
      li.append(H.el("div", { class: "origin" }, [s.document ? `${s.document} §${s.segment}` : s.origin, s.author].filter(Boolean).join(" · ")));
      li.addEventListener("click", () => insert(i));
      ol.append(li);
    });
  }

  function insert(i) {
    const s = suggestions[i];
    if (!active || !s || !mayWrite) return;
    H.renderContent(target(active), s.targetContent);
    target(active).focus();
    H.say(`Inserted the ${s.score}% suggestion into segment ${active.dataset.number}; Ctrl+Enter saves.`, true);
  }

  function showTerms(list) {
    const ul = document.getElementById("terms");
    ul.replaceChildren();
    if (!list.length) { ul.append(H.el("li", { class: "none" }, "No glossary term in this segment.")); return; }
    for (const t of list) {
      const li = H.el("li", {}, H.el("span", langAttrs(sourceLang), t.source), " → ");
      if (t.approved.length) t.approved.forEach((a, k) => { if (k) li.append(", "); li.append(H.el("b", langAttrs(targetLang), a)); });
      else li.append(H.el("i", {}, "no approved rendering"));
      if (t.deprecatedInSource) li.append(H.el("span", { class: "sev-warning" }, " (deprecated in the source)"));
      ul.append(li);
    }
  }

  function showFindings(list) {
    const ul = document.getElementById("findings");
    ul.replaceChildren();
    if (!list.length) { ul.append(H.el("li", { class: "none" }, "No finding.")); return; }
    for (const f of list) ul.append(H.el("li", { class: `sev-${f.severity}` }, f.message));
  }

  function showHistory(list) {
    const ol = document.getElementById("history");
    ol.replaceChildren();
    if (!list.length) { ol.append(H.el("li", { class: "none" }, "No change yet.")); return; }
    for (const c of list) {
      const li = H.el("li", {}, H.el("span", { class: "when" }, new Date(c.at).toLocaleString()), " ",
        H.el("b", { dir: "auto" }, c.author || "?"), ` ${c.from || "new"} → ${c.to}`);
      if (c.comment) li.append(H.el("div", { dir: "auto" }, `“${c.comment}”`));
      if (c.textAfter) li.append(H.el("div", langAttrs(targetLang), c.textAfter));
      ol.append(li);
    }
  }

  async function save(li, status) {
    if (!mayWrite) { H.say("You may not translate into this language.", false); return; }
    const tgt = target(li);
    const text = H.serialize(tgt).trim();
    if (!text) { H.say(`Segment ${li.dataset.number}: the translation is empty; nothing saved.`, false); return; }
    const bad = H.checkCodes(li.querySelector(".src"), tgt);
    if (bad) { H.say(`Segment ${li.dataset.number}: ${bad}`, false); return; }
    const r = await H.api("PUT", segPath(li), { text, status, expectedVersion: Number(li.dataset.version) });
    if (r.ok) {
      H.updateRow(li, r.data.segment, r.data.findings);
      H.renderContent(tgt, r.data.segment.targetContent);
      H.markSaved(li);
      li.classList.remove("stale");
      H.say(`Segment ${li.dataset.number} saved as ${r.data.segment.status}` + (r.data.findings.length ? ` with ${r.data.findings.length} QA finding(s).` : "."), true);
      showFindings(r.data.findings);
      const next = rows().slice(rows().indexOf(li) + 1).find(x => !x.hidden);
      if (next) { activate(next, true); } else { loadAids(li); }
    } else if (r.status === 409) {
      conflict(li, text, r.data);
    } else {
      H.say(`Segment ${li.dataset.number} not saved: ${r.data && r.data.error ? r.data.error : "error " + r.status}`, false);
    }
  }

  /** A stale save: shows yours and theirs; nothing is overwritten. */
  async function conflict(li, yours, data) {
    H.say(`Segment ${li.dataset.number} not saved: ${data.error}`, false);
    const box = document.getElementById("conflict");
    box.hidden = false;
    const y = document.getElementById("conflict-yours");
    y.textContent = yours; y.setAttribute("lang", targetLang); y.setAttribute("dir", rtl ? "rtl" : "ltr");
    const t = document.getElementById("conflict-theirs");
    t.textContent = data.theirs || ""; t.setAttribute("lang", targetLang); t.setAttribute("dir", rtl ? "rtl" : "ltr");
    document.getElementById("conflict-who").textContent = `${data.theirsAuthor || "?"}, ${data.theirsStatus}, version ${data.theirsVersion}`;
    document.getElementById("conflict-take").onclick = async () => {
      const r = await H.api("GET", segPath(li));
      if (!r.ok) return;
      H.renderContent(target(li), r.data.targetContent);
      H.updateRow(li, r.data, []);
      H.markSaved(li);
      li.classList.remove("stale");
      box.hidden = true;
      target(li).focus();
      H.say(`Segment ${li.dataset.number}: now editing their version ${r.data.version}; your text is still shown above until you save.`, true);
    };
  }

  async function concordance(ev) {
    ev.preventDefault();
    const q = document.getElementById("concordance-q").value.trim();
    const ul = document.getElementById("concordance");
    ul.replaceChildren();
    if (!q) return;
    const r = await H.api("GET", `/api/concordance?q=${encodeURIComponent(q)}&limit=20`);
    if (!r.ok) { ul.append(H.el("li", { class: "sev-error" }, r.data ? r.data.error : "search failed")); return; }
    if (!r.data.hits.length) { ul.append(H.el("li", { class: "none" }, "Not in the memory.")); return; }
    for (const hit of r.data.hits) {
      const li = H.el("li", {}, H.el("div", langAttrs(hit.language), hit.text));
      const mine = hit.translations.find(t => t.language.split("-")[0] === targetLang.split("-")[0]);
      if (mine) li.append(H.el("div", { ...langAttrs(mine.language), class: "adapted" }, mine.text));
      ul.append(li);
    }
  }

  // Chips move by drag and drop inside their own segment; they are never copied.
  function dropChip(ev) {
    if (!dragged) return;
    const tgt = ev.target.closest && ev.target.closest(".tgt");
    ev.preventDefault();
    if (!tgt || !tgt.contains(dragged)) { dragged = null; return; }
    const range = document.caretRangeFromPoint ? document.caretRangeFromPoint(ev.clientX, ev.clientY) : null;
    if (range && tgt.contains(range.startContainer) && !dragged.contains(range.startContainer)) range.insertNode(dragged);
    dragged = null;
  }

  for (const li of rows()) {
    const tgt = target(li);
    li.addEventListener("click", () => activate(li, false));
    tgt.addEventListener("focus", () => activate(li, false));
    tgt.addEventListener("paste", (ev) => {
      ev.preventDefault();
      const text = (ev.clipboardData || window.clipboardData).getData("text/plain").replace(/[\r\n]+/g, " ");
      document.execCommand("insertText", false, text);
    });
    tgt.addEventListener("dragstart", (ev) => {
      const c = ev.target.closest && ev.target.closest(".chip");
      if (!c) { ev.preventDefault(); return; }
      dragged = c;
      ev.dataTransfer.effectAllowed = "move";
      ev.dataTransfer.setData("text/plain", "");
    });
    tgt.addEventListener("dragover", (ev) => { if (dragged) ev.preventDefault(); });
    tgt.addEventListener("drop", dropChip);
  }

  document.addEventListener("keydown", (ev) => {
    if (!active) return;
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter") { ev.preventDefault(); save(active, "translated"); return; }
    if ((ev.ctrlKey || ev.metaKey) && /^[1-5]$/.test(ev.key)) { ev.preventDefault(); insert(Number(ev.key) - 1); return; }
    if (ev.key === "Enter" && ev.target.classList && ev.target.classList.contains("tgt")) ev.preventDefault();
  });
  document.getElementById("save").addEventListener("click", () => active && save(active, "translated"));
  document.getElementById("save-draft").addEventListener("click", () => active && save(active, "draft"));
  document.getElementById("concordance-form").addEventListener("submit", concordance);
  H.setUpFilters();
  // A row being edited here is one whose text differs from what was stored.
  H.follow((li) => H.serialize(target(li)).trim() !== li.dataset.saved, (li) => { if (li === active) loadAids(li); });
  const first = rows().find(li => !li.hidden && li.dataset.status !== "approved") || rows()[0];
  if (first) activate(first, false);
})();
"""#
}
