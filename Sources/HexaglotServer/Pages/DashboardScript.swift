/// `dashboard.js`: the coordinator's import form. Sends the chosen file's bytes to
/// `POST /api/documents` with its name and options, lists what was imported (and the warnings),
/// then refreshes the heat map and the bars in place.
enum DashboardScript {
    static let text = #"""
"use strict";
(() => {
  const H = window.Hexaglot;
  const form = document.getElementById("import-form");
  if (!form) return;
  const message = document.getElementById("import-message");
  const results = document.getElementById("import-results");
  const say = (text, good) => { message.textContent = text; message.className = "message " + (good ? "good" : "bad"); };
  const value = id => document.getElementById(id).value.trim();

  function describe(f) {
    const counts = ["segments", "added", "updated", "unchanged", "untranslated"]
      .filter(k => typeof f[k] === "number").map(k => `${f[k]} ${k}`).join(", ");
    return `${f.file}: ${f.role} ${f.reference} (${f.language}), ${f.outcome}` + (counts ? ` — ${counts}` : "");
  }

  /** Replaces the coverage part of the page with the server's new one. */
  async function refresh() {
    const res = await fetch(location.href, { credentials: "same-origin" });
    if (!res.ok) return;
    const page = new DOMParser().parseFromString(await res.text(), "text/html");
    const fresh = page.getElementById("coverage");
    if (fresh) document.getElementById("coverage").replaceWith(document.adoptNode(fresh));
  }

  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const file = document.getElementById("import-file").files[0];
    if (!file) { say("Choose a file first.", false); return; }
    const limit = Number(form.dataset.uploadLimit || 0);
    if (limit && file.size > limit) { say(`${file.name} is ${file.size} bytes, over the limit of ${limit}; nothing imported.`, false); return; }
    if (file.size === 0) { say(`${file.name} is empty; nothing imported.`, false); return; }
    const query = new URLSearchParams({ filename: file.name });
    for (const [id, key] of [["import-lang", "lang"], ["import-kind", "kind"], ["import-status", "status"], ["import-of", "translation-of"]]) {
      if (value(id)) query.set(key, value(id));
    }
    const button = document.getElementById("import-submit");
    button.disabled = true;
    say(`Importing ${file.name}…`, true);
    const r = await H.api("POST", `/api/documents?${query}`, file);
    button.disabled = false;
    results.replaceChildren();
    if (!r.ok) { say(`${file.name} not imported: ${r.data && r.data.error ? r.data.error : "error " + r.status}`, false); return; }
    for (const f of r.data.files) results.append(H.el("li", { dir: "auto" }, describe(f)));
    for (const w of r.data.warnings) results.append(H.el("li", { class: "sev-warning", dir: "auto" }, w));
    say(`Imported ${file.name}` + (r.data.warnings.length ? ` with ${r.data.warnings.length} warning(s).` : "."), true);
    form.reset();
    await refresh();
  });
})();
"""#
}
