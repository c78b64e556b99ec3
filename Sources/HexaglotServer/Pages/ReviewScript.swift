/// `review.js`: the reviewer's actions on each translated segment, as `hexaglot review` offers
/// them: approve, mark reviewed, edit (stored as reviewed), reject with a comment.
enum ReviewScript {
    static let text = #"""
"use strict";
(() => {
  const H = window.Hexaglot;
  const base = document.body.dataset.api;
  const segPath = (li) => `${base}/segments/${li.dataset.number}`;

  async function send(li, body) {
    const r = await H.api("POST", `${segPath(li)}/review`, { ...body, expectedVersion: Number(li.dataset.version) });
    if (r.ok) {
      H.updateRow(li, r.data.segment, r.data.findings);
      H.renderContent(li.querySelector(".tgt"), r.data.segment.targetContent);
      H.markSaved(li);
      li.classList.remove("stale");
      H.say(`Segment ${li.dataset.number}: ${r.data.segment.status}.`, true);
      return true;
    }
    if (r.status === 409) {
      H.say(`Segment ${li.dataset.number} changed meanwhile (${r.data.theirsAuthor || "?"}, ${r.data.theirsStatus}): “${r.data.theirs || ""}”; reload to review it. Your answer was not stored.`, false);
    } else {
      H.say(`Segment ${li.dataset.number}: ${r.data && r.data.error ? r.data.error : "error " + r.status}`, false);
    }
    return false;
  }

  function closeForms(li) { for (const f of li.querySelectorAll(".review-form")) f.remove(); }

  function reject(li) {
    closeForms(li);
    const input = H.el("input", { type: "text", placeholder: "why (required)", dir: "auto", "aria-label": "Reason for rejecting" });
    const ok = H.el("button", { type: "button", class: "confirm-reject" }, "Reject");
    const form = H.el("div", { class: "review-form" }, input, ok);
    ok.addEventListener("click", async () => {
      if (!input.value.trim()) { H.say("A rejection needs a comment saying why.", false); input.focus(); return; }
      if (await send(li, { action: "reject", comment: input.value })) form.remove();
    });
    li.append(form);
    input.focus();
  }

  function edit(li) {
    closeForms(li);
    const tgt = li.querySelector(".tgt");
    tgt.setAttribute("contenteditable", "true");
    tgt.focus();
    const ok = H.el("button", { type: "button" }, "Save edit");
    const form = H.el("div", { class: "review-form" }, ok);
    ok.addEventListener("click", async () => {
      const text = H.serialize(tgt).trim();
      const bad = H.checkCodes(li.querySelector(".src"), tgt);
      if (!text) { H.say("The text is empty.", false); return; }
      if (bad) { H.say(`Segment ${li.dataset.number}: ${bad}`, false); return; }
      if (await send(li, { action: "edit", text })) { form.remove(); tgt.removeAttribute("contenteditable"); }
    });
    li.append(form);
  }

  function wire(li) {
    for (const b of li.querySelectorAll(".actions button")) {
      b.addEventListener("click", () => {
        const action = b.dataset.action;
        if (action === "reject") reject(li);
        else if (action === "edit") edit(li);
        else { closeForms(li); send(li, { action }); }
      });
    }
  }

  /** A row translated meanwhile by someone else gains the actions the page gives translated rows. */
  function addActions(li) {
    if (document.body.dataset.mayWrite !== "true" || li.dataset.status === "new" || li.querySelector(".actions")) return;
    const actions = [["approve", "Approve"], ["review", "Reviewed"], ["edit", "Edit"], ["reject", "Reject…"]];
    li.querySelector(".state").append(H.el("div", { class: "actions" },
      ...actions.map(([action, label]) => H.el("button", { type: "button", "data-action": action }, label))));
    wire(li);
  }

  for (const li of document.querySelectorAll("li.seg")) wire(li);
  H.setUpFilters();
  // A row being edited or rejected here keeps what the reviewer is writing.
  H.follow((li) => li.querySelector(".review-form") !== null, addActions);
})();
"""#
}
