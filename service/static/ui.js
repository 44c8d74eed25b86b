// The editor pages' script: sign in/out, highlighting, keyboard shortcuts, inline edit, approve,
// override and reject. Plain DOM, no framework. Data is only ever put in the page with textContent
// (never innerHTML), so text from a trial record cannot become markup.
"use strict";

(function () {
  const UI_HEADER = "X-Trialplain-UI";

  // ------------------------------------------------------------ talking to the server

  async function call(method, url, body, version) {
    const headers = { "Content-Type": "application/json", [UI_HEADER]: "1" };
    if (version !== undefined && version !== null) headers["If-Match"] = '"' + version + '"';
    let response;
    try {
      response = await fetch(url, {
        method: method,
        headers: headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "same-origin",
      });
    } catch (error) {
      return { ok: false, status: 0, data: { detail: "The server could not be reached: " + error } };
    }
    let data = null;
    if (response.status !== 204) {
      try {
        data = await response.json();
      } catch (error) {
        data = null;
      }
    }
    return { ok: response.ok, status: response.status, data: data };
  }

  function detail(result) {
    if (result.data && typeof result.data.detail === "string") return result.data.detail;
    return "The server answered " + result.status + ".";
  }

  const notice = document.getElementById("notice");

  // Show a message at the top of the page; `action` adds a button (e.g. Reload).
  function tell(kind, message, action) {
    if (!notice) return;
    notice.replaceChildren();
    notice.className = "notice notice-" + kind;
    const text = document.createElement("span");
    text.textContent = message;
    notice.appendChild(text);
    if (action) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = action.label;
      button.addEventListener("click", action.run);
      notice.appendChild(button);
    }
    notice.hidden = false;
  }

  // ------------------------------------------------------------ signing in and out

  const signIn = document.getElementById("sign-in");
  if (signIn) {
    signIn.addEventListener("submit", async function (event) {
      event.preventDefault();
      const error = document.getElementById("sign-in-error");
      const token = document.getElementById("token").value.trim();
      if (!token) {
        error.textContent = "Paste your API token first.";
        error.hidden = false;
        return;
      }
      const result = await call("POST", "/review/session", { token: token });
      if (result.ok) {
        window.location.assign(signIn.dataset.next || "/review");
      } else {
        error.textContent = detail(result);
        error.hidden = false;
      }
    });
  }

  // The review page sets this: signing out first would leave its unsaved edit unsavable.
  let holdsAnEdit = () => false;

  const signOut = document.getElementById("sign-out");
  if (signOut) {
    signOut.addEventListener("click", async function () {
      if (holdsAnEdit()) return;
      await call("DELETE", "/review/session");
      window.location.assign("/review/sign-in");
    });
  }

  // ------------------------------------------------------------ the review page

  // Tells tests (and anyone watching) that every handler is wired.
  function ready() {
    document.documentElement.dataset.ready = "true";
  }

  const review = document.getElementById("review");
  if (!review) {
    // The queue page: "n" opens its riskiest trial, as it opens the next one from a review page.
    const start = document.getElementById("start-review");
    if (start) {
      document.addEventListener("keydown", function (event) {
        if (event.key !== "n" || event.ctrlKey || event.metaKey || event.altKey) return;
        if (event.target.closest("input, textarea, select, [contenteditable]")) return;
        event.preventDefault();
        window.location.assign(start.href);
      });
    }
    ready();
    return;
  }

  const translationId = review.dataset.translationId;
  const version = review.dataset.version;
  const can = {
    edit: review.dataset.canEdit === "true",
    approve: review.dataset.canApprove === "true",
    override: review.dataset.canOverride === "true",
    reject: review.dataset.canReject === "true",
  };
  const base = "/review/api/translations/" + translationId;
  const bullets = Array.from(document.querySelectorAll(".bullet"));
  const criteria = Array.from(document.querySelectorAll("#source .crit"));
  const sectionsData = document.getElementById("sections-data");
  const sections = sectionsData ? JSON.parse(sectionsData.textContent) : [];

  // Highlighting: a criterion id set lights up the criteria's source spans and every bullet citing them.
  function sourcesOf(element) {
    return (element.dataset.sources || "").split(" ").filter(Boolean);
  }

  function highlight(ids) {
    const wanted = new Set(ids);
    for (const criterion of criteria) criterion.classList.toggle("lit", wanted.has(criterion.dataset.cid));
    for (const bullet of bullets) bullet.classList.toggle("lit", sourcesOf(bullet).some((id) => wanted.has(id)));
  }

  // The keyboard cursor: j/k walk the bullets, or the criteria of the original text once the
  // editor has clicked one (clicking a bullet walks the bullets again).
  let items = bullets.length ? bullets : criteria;
  let cursor = -1;

  function idsOf(element) {
    return element.classList.contains("crit") ? [element.dataset.cid] : sourcesOf(element);
  }

  function moveTo(index, list) {
    if (list && list !== items) {
      for (const item of items) item.classList.remove("current");
      items = list;
    }
    if (!items.length) return;
    cursor = Math.max(0, Math.min(items.length - 1, index));
    items.forEach((item, at) => item.classList.toggle("current", at === cursor));
    const item = items[cursor];
    if (!item.hasAttribute("tabindex")) item.setAttribute("tabindex", "-1");
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
    pointerIdle = true;
    highlight(idsOf(item));
    // Bring the other side's counterpart into view too (each column scrolls on its own).
    const other = (items === bullets ? criteria : bullets).find((element) => element.classList.contains("lit"));
    if (other) other.scrollIntoView({ block: "nearest" });
    if (item.id) history.replaceState(null, "", "#" + item.id);
  }

  function restoreHighlight() {
    highlight(cursor >= 0 ? idsOf(items[cursor]) : []);
  }

  // After the cursor moves by keyboard, the columns scroll under a pointer that has not moved, and
  // the browser sends mouseover for whatever is now beneath it. Hover highlighting waits until the
  // pointer really moves, so the cursor's highlight stands.
  let pointerIdle = false;
  let lastX = null;
  let lastY = null;
  const HOVERABLE = ".crit, .bullet, [data-sources]";

  document.addEventListener("mousemove", function (event) {
    if (event.clientX === lastX && event.clientY === lastY) return;
    lastX = event.clientX;
    lastY = event.clientY;
    if (!pointerIdle) return;
    pointerIdle = false;
    const target = event.target.closest(HOVERABLE);
    if (target) highlight(idsOf(target));
  });
  document.addEventListener("mouseover", function (event) {
    if (pointerIdle) return;
    const target = event.target.closest(HOVERABLE);
    if (target) highlight(idsOf(target));
  });
  document.addEventListener("mouseout", function (event) {
    if (pointerIdle) return;
    const from = event.target.closest(".crit, .bullet, [data-sources]");
    const to = event.relatedTarget && event.relatedTarget.closest ? event.relatedTarget.closest(".crit, .bullet, [data-sources]") : null;
    if (from && !to) restoreHighlight();
  });
  for (const list of [bullets, criteria]) {
    for (const item of list) {
      item.addEventListener("click", function (event) {
        if (event.target.closest("button, textarea")) return;
        moveTo(list.indexOf(item), list);
      });
    }
  }

  // ------------------------------------------------------------ inline edit

  let editing = null; // {bullet, editor, area, original}
  let leaving = false; // set by our own reloads, which keep what matters (see keepDraft)

  function bulletData(index) {
    let flat = 0;
    for (const section of sections) {
      for (const bullet of section.bullets) {
        if (flat === index) return bullet;
        flat += 1;
      }
    }
    return null;
  }

  function startEdit(bullet) {
    if (!can.edit) {
      tell("info", "This translation cannot be edited in its current state.");
      return;
    }
    if (editing) {
      editing.editor.querySelector("textarea").focus();
      return;
    }
    const index = Number(bullet.dataset.index);
    const data = bulletData(index);
    if (!data) return;
    const editor = document.createElement("form");
    editor.className = "bullet-editor";
    const area = document.createElement("textarea");
    area.rows = 3;
    area.value = data.text;
    area.setAttribute("aria-label", "Bullet " + (index + 1) + " text");
    const save = document.createElement("button");
    save.type = "submit";
    save.textContent = "Save";
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.textContent = "Cancel";
    const hint = document.createElement("span");
    hint.className = "hint";
    hint.textContent = "Ctrl+Enter saves, Esc cancels";
    editor.append(area, save, cancel, hint);
    bullet.querySelector(".text").after(editor);
    bullet.classList.add("editing");
    editing = { bullet: bullet, editor: editor, area: area, original: data.text };
    cancel.addEventListener("click", stopEdit);
    area.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        stopEdit();
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        editor.requestSubmit();
      }
    });
    editor.addEventListener("submit", function (event) {
      event.preventDefault();
      saveEdit(index, area.value, save);
    });
    area.focus();
  }

  // An open edit whose text differs from the bullet's: leaving the page or deciding now would drop it.
  function unsaved() {
    return editing !== null && editing.area.value !== editing.original;
  }

  // Refuse an action that would reload or leave the page while an edit is unsaved; true when refused.
  function holdForEdit() {
    if (!unsaved()) return false;
    const number = Number(editing.bullet.dataset.index) + 1;
    tell("error", "Bullet " + number + " has an unsaved edit: save it (Ctrl+Enter) or cancel it (Esc) first.");
    editing.area.focus();
    return true;
  }

  holdsAnEdit = holdForEdit;

  // The browser asks before a link, the back button or closing the tab drops an unsaved edit.
  window.addEventListener("beforeunload", function (event) {
    if (leaving || !unsaved()) return;
    event.preventDefault();
    event.returnValue = "";
  });

  function stopEdit() {
    if (!editing) return;
    editing.editor.remove();
    editing.bullet.classList.remove("editing");
    editing.bullet.focus({ preventScroll: true });
    editing = null;
  }

  async function saveEdit(index, text, button) {
    if (!text.trim()) {
      tell("error", "A bullet cannot be empty.");
      return;
    }
    if (editing && text === editing.original) {
      // Nothing changed: nothing to send (the API answers such an edit with the same version anyway).
      stopEdit();
      tell("info", "Nothing to save: the text is unchanged.");
      return;
    }
    const edited = JSON.parse(JSON.stringify(sections));
    let flat = 0;
    for (const section of edited) {
      for (const bullet of section.bullets) {
        if (flat === index) bullet.text = text;
        flat += 1;
      }
    }
    button.disabled = true;
    const result = await call("PATCH", base, { sections: edited }, version);
    button.disabled = false;
    if (result.ok) {
      reloadAt("b" + index);
    } else if (result.status === 409 && result.data && result.data.type === "version_conflict") {
      const now = result.data.data ? result.data.data.current_version : "newer";
      tell(
        "conflict",
        "Not saved: someone else changed this translation while you were editing (you edited version " +
          version + ", it is now version " + now + "). Reload to see their change: your text comes back in the editor.",
        { label: "Reload", run: () => keepDraft(index, editing ? editing.area.value : text) }
      );
    } else {
      tell("error", "Not saved: " + detail(result));
    }
  }

  function reloadAt(anchor) {
    leaving = true;
    history.replaceState(null, "", window.location.pathname + window.location.search + (anchor ? "#" + anchor : ""));
    window.location.reload();
  }

  // After a conflict the editor reloads to see the other change; what they typed comes back in the
  // editor of the same bullet (sessionStorage: this tab only, gone when it closes).
  const DRAFT = "trialplain-draft-" + translationId;

  function keepDraft(index, text) {
    const data = bulletData(index);
    const draft = { index: index, text: text, sources: data ? data.source_ids : [] };
    try {
      sessionStorage.setItem(DRAFT, JSON.stringify(draft));
    } catch (error) {
      tell("error", "Could not keep your text for the reload: copy it first.");
      return;
    }
    reloadAt("b" + index);
  }

  function restoreDraft() {
    let draft = null;
    try {
      draft = JSON.parse(sessionStorage.getItem(DRAFT) || "null");
      sessionStorage.removeItem(DRAFT);
    } catch (error) {
      return;
    }
    if (!draft || typeof draft.text !== "string") return;
    const data = bulletData(draft.index);
    const bullet = bullets[draft.index];
    // Only into the same bullet: another edit may have added or removed bullets meanwhile.
    const same = data && bullet && JSON.stringify(data.source_ids) === JSON.stringify(draft.sources);
    if (!can.edit || !same) {
      tell("conflict", "Your unsaved wording could not be put back (the translation changed too much, or cannot " +
        "be edited now); here it is to copy: " + draft.text);
      return;
    }
    moveTo(draft.index, bullets);
    startEdit(bullet);
    editing.area.value = draft.text;
    tell("info", "Your unsaved wording of bullet " + (draft.index + 1) + " is back in its editor; the bullet shows " +
      "the current text. Save to replace it, or Esc to drop yours.");
  }

  for (const button of document.querySelectorAll(".bullet .edit")) {
    button.addEventListener("click", function () {
      const bullet = button.closest(".bullet");
      moveTo(bullets.indexOf(bullet), bullets);
      startEdit(bullet);
    });
  }

  // ------------------------------------------------------------ approve, override, reject

  async function decide(path, body, failure) {
    if (holdForEdit()) return;
    const result = await call("POST", base + "/" + path, body, version);
    if (result.ok) {
      reloadAt("");
    } else if (result.status === 409 && result.data && result.data.type === "version_conflict") {
      tell("conflict", failure + ": someone changed this translation meanwhile. Reload and review it again.", {
        label: "Reload",
        run: () => reloadAt(""),
      });
    } else {
      tell("error", failure + ": " + detail(result));
    }
  }

  // Where the keyboard was before a panel opened: closing it (Cancel, Esc) goes back there, not to
  // the top of the page.
  let beforePanel = null;

  function panel(id, open) {
    const form = document.getElementById(id);
    if (!form) return null;
    const wasOpen = !form.hidden;
    form.hidden = !open;
    if (open) {
      if (!wasOpen) beforePanel = document.activeElement;
      form.querySelector("textarea").focus();
    } else if (wasOpen && beforePanel && beforePanel !== document.body && document.contains(beforePanel)) {
      beforePanel.focus({ preventScroll: true });
    }
    return form;
  }

  function wirePanel(id, path, failure, makeBody) {
    const form = document.getElementById(id);
    if (!form) return;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      const reason = form.querySelector("textarea").value.trim();
      if (!reason) {
        tell("error", failure + ": a reason is required.");
        form.querySelector("textarea").focus();
        return;
      }
      decide(path, makeBody(reason), failure);
    });
    form.querySelector(".cancel").addEventListener("click", () => panel(id, false));
    form.querySelector("textarea").addEventListener("keydown", function (event) {
      if (event.key === "Escape") panel(id, false);
    });
  }

  wirePanel("override-panel", "approve", "Not published", (reason) => ({ override: true, reason: reason }));
  wirePanel("reject-panel", "reject", "Not rejected", (reason) => ({ reason: reason }));

  function approve() {
    if (holdForEdit()) return;
    if (can.approve) decide("approve", {}, "Not published");
    else if (can.override) panel("override-panel", true);
    else tell("info", "This translation cannot be approved in its current state.");
  }

  function reject() {
    if (holdForEdit()) return;
    if (can.reject) panel("reject-panel", true);
    else tell("info", "This translation cannot be rejected in its current state.");
  }

  const translateButton = document.getElementById("translate");
  if (translateButton) {
    translateButton.addEventListener("click", async function () {
      if (holdForEdit()) return;
      translateButton.disabled = true;
      const result = await call("POST", "/review/api/studies/" + review.dataset.nctId + "/translate", {});
      translateButton.disabled = false;
      if (result.ok) reloadAt("");
      else tell("error", "Not translated: " + detail(result));
    });
  }

  const approveButton = document.getElementById("approve");
  if (approveButton) approveButton.addEventListener("click", approve);
  const overrideButton = document.getElementById("override-open");
  if (overrideButton) overrideButton.addEventListener("click", () => panel("override-panel", true));
  const rejectButton = document.getElementById("reject-open");
  if (rejectButton) rejectButton.addEventListener("click", reject);

  // ------------------------------------------------------------ keyboard shortcuts

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const typing = event.target.closest("input, textarea, select, [contenteditable]");
    if (typing) return;
    const keys = {
      j: () => moveTo(cursor + 1),
      k: () => moveTo(cursor < 0 ? 0 : cursor - 1),
      e: () => {
        if (items === criteria && cursor >= 0) {
          // On a criterion: edit the first bullet that renders it.
          const cid = criteria[cursor].dataset.cid;
          const citing = bullets.findIndex((bullet) => sourcesOf(bullet).includes(cid));
          if (citing < 0) {
            tell("info", "No bullet renders " + cid + ".");
            return;
          }
          moveTo(citing, bullets);
        } else if (cursor < 0) {
          moveTo(0, bullets);
        }
        if (cursor >= 0 && items === bullets) startEdit(bullets[cursor]);
      },
      a: approve,
      r: reject,
      n: () => {
        const next = document.getElementById("next-in-queue");
        if (next && !holdForEdit()) window.location.assign(next.href);
      },
    };
    const run = keys[event.key];
    if (run) {
      event.preventDefault();
      run();
    }
  });

  // Back where the editor was before a reload (the anchor names a bullet).
  const anchored = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
  if (anchored && bullets.includes(anchored)) moveTo(bullets.indexOf(anchored), bullets);
  restoreDraft();
  ready();
})();
