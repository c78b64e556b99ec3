/// `common.js`: what the editor and the review page share: calls to the JSON API with the
/// CSRF token, segment content as text and chips, the check that every inline code of the
/// source is in the target once, the segment filters and the status line.
enum CommonScript {
    static let text = #"""
"use strict";
window.Hexaglot = (() => {
  const csrf = () => (document.querySelector('meta[name="csrf-token"]') || {}).content || "";

  /** Calls the API; answers {ok, status, data} and never throws on an HTTP error. A file (a
   *  Blob) goes as the raw body; anything else as JSON. */
  async function api(method, path, body) {
    const init = { method, credentials: "same-origin", headers: { "Accept": "application/json", "X-CSRF-Token": csrf() } };
    if (body instanceof Blob) { init.headers["Content-Type"] = "application/octet-stream"; init.body = body; }
    else if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    let res;
    try { res = await fetch(path, init); } catch (e) { return { ok: false, status: 0, data: { error: "the server cannot be reached" } }; }
    let data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    return { ok: res.ok, status: res.status, data };
  }

  /** An element with text (never parsed as HTML) and attributes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null) continue;
      if (k === "class") e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }

  /** A chip for an inline code, as the server renders them. */
  function chip(code) {
    const label = code.kind === "open" ? `{${code.id}}` : code.kind === "close" ? `{/${code.id}}` : `{${code.id}/}`;
    const c = el("span", { class: `chip chip-${code.kind}`, contenteditable: "false", draggable: "true",
      "data-id": code.id, "data-kind": code.kind, "data-can-delete": String(!!code.canDelete), "data-markup": code.data,
      title: `${code.role}: ${code.data}` }, label);
    return c;
  }

  /** Fills `target` with content runs: a string is text, an object a code. */
  function renderContent(target, runs) {
    target.replaceChildren();
    for (const run of runs || []) target.append(typeof run === "string" ? document.createTextNode(run) : chip(run));
  }

  /** The markup of an edited text: its text, and each chip's original markup. */
  function serialize(node) {
    let s = "";
    for (const n of node.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) s += n.nodeValue;
      else if (n.nodeType === Node.ELEMENT_NODE) {
        if (n.classList.contains("chip")) s += n.dataset.markup;
        else if (n.tagName === "BR") s += " ";
        else s += serialize(n);
      }
    }
    return s.replace(/\u00a0/g, " ");
  }

  function chips(node) {
    return [...node.querySelectorAll(".chip")].map(c => ({ key: `${c.dataset.kind}:${c.dataset.id}`, label: c.textContent, canDelete: c.dataset.canDelete === "true" }));
  }

  /** Why the target's codes do not match the source's (missing, doubled, foreign), or null. */
  function checkCodes(source, target) {
    const want = new Map(), have = new Map();
    for (const c of chips(source)) want.set(c.key, c);
    for (const c of chips(target)) have.set(c.key, (have.get(c.key) || 0) + 1);
    const problems = [];
    for (const [key, c] of want) {
      const n = have.get(key) || 0;
      if (n === 0 && !c.canDelete) problems.push(`code ${c.label} is missing`);
      if (n > 1) problems.push(`code ${c.label} is there ${n} times`);
    }
    for (const c of chips(target)) if (!want.has(c.key)) problems.push(`code ${c.label} is not in the source`);
    return problems.length ? `Not saved: ${[...new Set(problems)].join("; ")}. Every code of the source must be in the translation once (drag the chips to move them).` : null;
  }

  function say(text, good) {
    const m = document.getElementById("message");
    if (!m) return;
    m.textContent = text;
    m.className = "message " + (good ? "good" : "bad");
  }

  /** Updates a segment row after the server answered with the segment as stored. */
  function updateRow(li, segment, findings) {
    li.dataset.version = segment.version;
    li.dataset.status = segment.status;
    li.dataset.findings = findings.length;
    const badge = li.querySelector(".status");
    badge.textContent = segment.status;
    badge.className = `status s-${segment.status}`;
    let author = li.querySelector(".author");
    if (segment.author) {
      if (!author) { author = el("span", { class: "author", dir: "auto" }); badge.after(author); }
      author.textContent = segment.author;
    }
    let qa = li.querySelector(".qa");
    if (findings.length) {
      if (!qa) { qa = el("span", { class: "qa" }); (author || badge).after(qa); }
      qa.textContent = `QA ${findings.length}`;
    } else if (qa) qa.remove();
    let list = li.querySelector("ul.findings");
    if (list) list.remove();
    if (findings.length) li.append(el("ul", { class: "findings" }, ...findings.map(f => el("li", { class: `sev-${f.severity}` }, f.message))));
  }

  /** The segment filters: all, a status, or the segments with QA findings. */
  function setUpFilters() {
    const buttons = [...document.querySelectorAll("#segment-filters button")];
    const apply = (value) => {
      for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.filter === value));
      for (const li of document.querySelectorAll("li.seg")) {
        li.hidden = !(value === "all" || (value === "findings" ? Number(li.dataset.findings) > 0 : li.dataset.status === value));
      }
    };
    for (const b of buttons) b.addEventListener("click", () => apply(b.dataset.filter));
    const initial = document.body.dataset.filter || "all";
    apply(buttons.some(b => b.dataset.filter === initial) ? initial : "all");
  }

  /** A row's target text as stored, to tell a text being edited here from what others stored. */
  function markSaved(li) { li.dataset.saved = serialize(li.querySelector(".tgt")).trim(); }

  /**
   * Follows what others store, here or through another server (the /api/events stream): a row
   * whose version moved is redrawn with its text, status and findings, unless `editing(li)` says
   * it is being edited here, which is marked instead (saving it then shows both texts).
   * `redrawn(li)` is told of each row redrawn.
   */
  function follow(editing, redrawn) {
    const body = document.body, base = body.dataset.api, reference = body.dataset.reference;
    const lang = body.dataset.language.split("-")[0];
    for (const li of document.querySelectorAll("li.seg")) markSaved(li);
    let busy = false, again = false, opened = false;
    async function refresh() {
      if (busy) { again = true; return; }
      busy = true;
      try {
        const r = await api("GET", `${base}/segments`);
        if (!r.ok) return;
        for (const seg of r.data.segments) {
          const li = document.getElementById(`seg-${seg.number}`);
          if (!li || Number(li.dataset.version) === seg.version) continue;
          if (editing(li)) {
            li.classList.add("stale");
            say(`Segment ${seg.number} was changed by ${seg.author || "someone"} meanwhile (version ${seg.version}); saving yours will show both texts.`, false);
            continue;
          }
          const f = await api("GET", `${base}/segments/${seg.number}/findings`);
          const tgt = li.querySelector(".tgt");
          if (seg.targetContent) renderContent(tgt, seg.targetContent); else tgt.replaceChildren();
          updateRow(li, seg, f.ok ? f.data.findings : []);
          markSaved(li);
          li.classList.remove("stale");
          li.classList.add("changed-elsewhere");
          setTimeout(() => li.classList.remove("changed-elsewhere"), 4000);
          say(`Segment ${seg.number}: ${seg.author || "someone"} stored a new version (${seg.status}).`, true);
          if (redrawn) redrawn(li);
        }
      } finally {
        busy = false;
        if (again) { again = false; refresh(); }
      }
    }
    const events = new EventSource("/api/events");
    events.addEventListener("change", (ev) => {
      const c = JSON.parse(ev.data);
      if (c.reference !== null && c.reference !== reference) return;
      if (c.language !== null && c.language !== lang) return;
      if (c.reference !== null && c.language === null) {
        say("The source of this document was changed (a new revision): reload the page to see its segments.", false);
      }
      refresh();
    });
    // After a lost stream, what was missed meanwhile is read again.
    events.addEventListener("open", () => { if (opened) refresh(); opened = true; });
    window.addEventListener("pagehide", () => events.close());
  }

  return { api, el, chip, renderContent, serialize, checkCodes, say, updateRow, setUpFilters, markSaved, follow };
})();
"""#
}
