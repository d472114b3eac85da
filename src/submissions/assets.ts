/**
 * The workspace's own stylesheet and its one script. The script only saves sooner: every form
 * works without it (the page posts and comes back), and it sends the same form with the same
 * CSRF field, asking for a short answer instead of a page.
 */
export const submissionsCss = `.audience { margin-inline-start: 0.35rem; }
.audience-public { background: #e8f4ec; color: #1e4d2b; }
.audience-expert { background: #fdecea; color: #7a1d16; }
.audience-coalition { background: #e8eefb; color: #1d3a7a; }
.audience-organisation { background: #f1ecf9; color: #4b2a7a; }
.countdown { font-size: 1.1rem; }
.countdown.overdue strong { color: #8f1d22; }
.part { border-block-start: 1px solid var(--line, #d5d9de); padding-block: 0.75rem; }
.part h3 { margin-block: 0.25rem; }
.part-form textarea { min-block-size: 10rem; }
.person { border-block-start: 1px solid var(--line, #d5d9de); padding-block: 0.5rem; }
.consents { border-collapse: collapse; margin-block: 0.5rem; }
.consents th, .consents td { border: 1px solid var(--line, #d5d9de); padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
.blocking { color: #7a1d16; }
.side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.side { border: 1px solid var(--line, #d5d9de); border-radius: 6px; padding: 0 0.75rem 0.5rem; }
.doc-preview { border: 1px solid var(--line, #d5d9de); border-radius: 6px; padding: 1rem 1.5rem; background: #fff; max-inline-size: 48rem; }
.doc-title { font-size: 1.5rem; font-weight: 700; margin-block-end: 0.25rem; }
.doc-subtitle { font-size: 1.1rem; margin-block-start: 0; }
.doc-footer { border-block-start: 1px solid var(--line, #d5d9de); padding-block-start: 0.5rem; font-size: 0.85rem; color: #4f5660; }
.share textarea { inline-size: 100%; max-inline-size: 40rem; }
`;

export const autosaveJs = `(function () {
  var forms = document.querySelectorAll("form[data-autosave]");
  Array.prototype.forEach.call(forms, function (form) {
    var timer = null;
    var status = form.querySelector(".autosave-status");
    var say = function (text) { if (status) status.textContent = text; };
    var save = function () {
      timer = null;
      say(status ? status.getAttribute("data-saving") : "");
      fetch(form.action, { method: "POST", body: new FormData(form), headers: { "X-Autosave": "1" }, credentials: "same-origin" })
        .then(function (res) { return res.json().then(function (body) { say(body.message || ""); }); })
        .catch(function () { say(""); });
    };
    form.addEventListener("input", function () {
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, 4000);
    });
    form.addEventListener("submit", function () { if (timer) clearTimeout(timer); });
  });
})();
`;
