/* The split view: turn selections of the article text into claims.
 *
 * Every run of text in #text-panel is an element with data-start (its offset into
 * the article body), so a DOM Selection maps back to body offsets. The body itself
 * comes from the json_script block, which is what gets posted as the quote seen.
 * Writes go through fetch() and answer with fresh HTML panels; without this
 * script the forms still post and the server redirects back.
 */
(function () {
  "use strict";

  const root = document.getElementById("content-main");
  const dataNode = document.getElementById("split-data");
  if (!root || !dataNode || !root.classList.contains("split")) {
    return;
  }
  const body = JSON.parse(dataNode.textContent).body;
  const status = document.getElementById("split-status");
  const formCard = document.getElementById("claim-form");
  const createForm = document.getElementById("create-form");
  const narrow = window.matchMedia("(max-width: 1099px)");
  const canHighlight = Boolean(window.CSS && CSS.highlights && window.Highlight);
  let selected = null; // {start, end}
  // Fields the editor changed since the selection: a late prefill must not overwrite them.
  const edited = new Set();

  // --- offsets ------------------------------------------------------------------------

  function textPanel() {
    return document.getElementById("text-panel");
  }

  function leaves() {
    return textPanel().querySelectorAll(".seg[data-start]");
  }

  function offsetAt(container, offset) {
    if (container.nodeType === Node.TEXT_NODE) {
      const leaf = container.parentElement && container.parentElement.closest(".seg[data-start]");
      if (leaf && textPanel().contains(leaf)) {
        return Number(leaf.dataset.start) + offset;
      }
    }
    // A boundary between elements: it stands where the next run of text begins.
    const point = document.createRange();
    point.setStart(container, offset);
    const all = leaves();
    for (const leaf of all) {
      if (point.comparePoint(leaf, 0) >= 0) {
        return Number(leaf.dataset.start);
      }
    }
    return all.length ? Number(all[all.length - 1].dataset.end) : 0;
  }

  function trimmed(start, end) {
    while (start < end && /\s/.test(body[start])) start += 1;
    while (end > start && /\s/.test(body[end - 1])) end -= 1;
    return end > start ? { start: start, end: end } : null;
  }

  function spanFromSelection() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    const range = selection.getRangeAt(0);
    const panel = textPanel();
    if (!range.intersectsNode(panel)) {
      return null;
    }
    const start = panel.contains(range.startContainer)
      ? offsetAt(range.startContainer, range.startOffset)
      : 0;
    const end = panel.contains(range.endContainer)
      ? offsetAt(range.endContainer, range.endOffset)
      : body.length;
    return trimmed(start, end);
  }

  function domPoint(offset, isEnd) {
    for (const leaf of leaves()) {
      const s = Number(leaf.dataset.start);
      const e = Number(leaf.dataset.end);
      if (isEnd ? offset > s && offset <= e : offset >= s && offset < e) {
        return [leaf.firstChild, offset - s];
      }
    }
    return null;
  }

  function domRange(start, end) {
    const from = domPoint(start, false);
    const to = domPoint(end, true);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    return range;
  }

  function highlight(name, start, end) {
    if (!canHighlight) return;
    const range = start === null ? null : domRange(start, end);
    if (range) {
      CSS.highlights.set(name, new Highlight(range));
    } else {
      CSS.highlights.delete(name);
    }
  }

  function sentenceAt(offset) {
    for (const sentence of textPanel().querySelectorAll(".sentence")) {
      if (offset >= Number(sentence.dataset.start) && offset < Number(sentence.dataset.end)) {
        return sentence;
      }
    }
    return null;
  }

  // --- messages -----------------------------------------------------------------------

  function announce(message) {
    status.textContent = message;
    status.classList.add("is-visible");
  }

  function showError(scope, message) {
    const box = scope && scope.querySelector(".split-error");
    if (!box) {
      announce(message);
      return;
    }
    box.textContent = message;
    box.hidden = false;
  }

  function clearErrors() {
    for (const box of document.querySelectorAll(".split-error")) {
      box.hidden = true;
      box.textContent = "";
    }
  }

  function csrfToken() {
    const input = document.querySelector("input[name=csrfmiddlewaretoken]");
    if (input) return input.value;
    const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  // --- the selected passage -------------------------------------------------------------

  function setField(name, value) {
    const field = createForm.elements.namedItem(name);
    if (field) field.value = value === null || value === undefined ? "" : value;
  }

  function showSelected(on) {
    for (const part of formCard.querySelectorAll("[data-when]")) {
      part.hidden = (part.dataset.when === "selected") !== on;
    }
  }

  function fillSpan(span) {
    const exact = body.slice(span.start, span.end);
    setField("start", span.start);
    setField("end", span.end);
    setField("exact", exact);
    document.getElementById("split-quote").textContent = exact;
    document.getElementById("split-start").textContent = span.start;
    document.getElementById("split-end").textContent = span.end;
    for (const form of document.querySelectorAll("form[data-split-form=attach]")) {
      form.elements.namedItem("start").value = span.start;
      form.elements.namedItem("end").value = span.end;
      form.elements.namedItem("exact").value = exact;
    }
  }

  function fillPrefill(prefill) {
    for (const [name, value] of Object.entries(prefill)) {
      if (name !== "start" && name !== "end" && name !== "exact" && !edited.has(name)) {
        setField(name, value);
      }
    }
    const figure = createForm.querySelector(".split-figure");
    if (figure && !figure.contains(document.activeElement)) {
      figure.open = Boolean(createForm.elements.namedItem("figure_value").value ||
        createForm.elements.namedItem("figure_low").value);
    }
  }

  createForm.addEventListener("input", function (event) {
    if (event.target.name) edited.add(event.target.name);
  });

  async function choose(span, options) {
    selected = span;
    edited.clear();
    clearErrors();
    highlight("split-selection", span.start, span.end);
    createForm.reset();
    fillSpan(span);
    setField("text", body.slice(span.start, span.end).replace(/\s+/g, " "));
    showSelected(true);
    if (options.focus) {
      document.getElementById("id_text").focus();
    } else if (narrow.matches) {
      formCard.scrollIntoView({ block: "start", behavior: "smooth" });
    }
    const url = new URL(root.dataset.spanUrl, window.location.href);
    url.searchParams.set("start", span.start);
    url.searchParams.set("end", span.end);
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      const payload = await response.json();
      if (selected !== span) return; // a newer selection won
      if (!response.ok) {
        showError(formCard, payload.error);
        return;
      }
      fillPrefill(payload.prefill);
      document.getElementById("similar-panel").outerHTML = payload.similar_html;
      fillSpan(span);
    } catch (error) {
      showError(formCard, root.dataset.msgFailed);
    }
  }

  function clearSelection() {
    selected = null;
    highlight("split-selection", null);
    createForm.reset();
    showSelected(false);
  }

  // --- panels after a write ---------------------------------------------------------------

  function replacePanels(panels) {
    for (const [id, html] of Object.entries(panels)) {
      const old = document.getElementById(id);
      if (old) old.outerHTML = html;
    }
    initSentences();
    if (selected) highlight("split-selection", selected.start, selected.end);
  }

  async function submit(form, submitter) {
    const kind = form.dataset.splitForm;
    const scope = form.closest("[data-error-scope]");
    const data = new FormData(form, submitter || undefined);
    if (kind === "create" || kind === "attach") {
      if (!selected) {
        showError(scope, root.dataset.msgNoSelection);
        return;
      }
      data.set("start", selected.start);
      data.set("end", selected.end);
      data.set("exact", body.slice(selected.start, selected.end));
    }
    const action = (submitter && submitter.getAttribute("formaction")) || form.action;
    const item = form.closest("li");
    const list = item && item.parentElement;
    const index = list ? Array.prototype.indexOf.call(list.children, item) : -1;
    const buttons = form.querySelectorAll("button");
    buttons.forEach(function (button) {
      button.disabled = true;
    });
    clearErrors();
    let response;
    let payload;
    try {
      response = await fetch(action, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json", "X-CSRFToken": csrfToken() },
      });
      payload = await response.json();
    } catch (error) {
      payload = { error: root.dataset.msgFailed };
    }
    buttons.forEach(function (button) {
      button.disabled = false;
    });
    if (!response || !response.ok || payload.error) {
      showError(scope, payload.error || root.dataset.msgFailed);
      return;
    }
    const wasSelected = selected;
    if (kind === "create" || kind === "attach") clearSelection();
    replacePanels(payload.panels);
    announce(payload.message);
    restoreFocus(kind, index, wasSelected);
  }

  function restoreFocus(kind, index, span) {
    if (kind === "decide") {
      const items = document.querySelectorAll("#suggestions-panel .split-suggestion");
      const next = items[Math.min(index, items.length - 1)];
      const target = next ? next.querySelector("button") : document.getElementById("suggestions-heading");
      if (target) target.focus();
    } else if (span) {
      const sentence = sentenceAt(span.start);
      if (sentence) focusSentence(sentence);
    }
  }

  // --- sentences: keyboard ----------------------------------------------------------------

  function sentences() {
    return Array.from(textPanel().querySelectorAll(".sentence"));
  }

  function focusSentence(sentence) {
    for (const other of sentences()) other.tabIndex = other === sentence ? 0 : -1;
    sentence.focus();
  }

  function initSentences() {
    // One tab stop for the whole text; arrows move between sentences.
    sentences().forEach(function (sentence, i) {
      sentence.tabIndex = i === 0 ? 0 : -1;
    });
  }

  document.addEventListener("keydown", function (event) {
    const sentence = event.target.closest && event.target.closest(".sentence");
    if (!sentence || !textPanel().contains(sentence)) return;
    const all = sentences();
    const i = all.indexOf(sentence);
    let next = null;
    switch (event.key) {
      case "Enter":
      case " ":
        event.preventDefault();
        choose(
          { start: Number(sentence.dataset.start), end: Number(sentence.dataset.end) },
          { focus: true },
        );
        return;
      case "ArrowDown":
      case "ArrowRight":
        next = all[i + 1];
        break;
      case "ArrowUp":
      case "ArrowLeft":
        next = all[i - 1];
        break;
      case "Home":
        next = all[0];
        break;
      case "End":
        next = all[all.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) focusSentence(next);
  });

  document.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("sentence")) {
      for (const other of sentences()) other.tabIndex = other === event.target ? 0 : -1;
    }
  });

  // --- mouse ------------------------------------------------------------------------------

  function selectionEnded() {
    // Let the browser settle the selection first.
    window.setTimeout(function () {
      const span = spanFromSelection();
      const same = span && selected && span.start === selected.start && span.end === selected.end;
      if (span && !same) choose(span, { focus: false });
    }, 0);
  }

  let pressedInText = false;
  document.addEventListener("mousedown", function (event) {
    pressedInText = textPanel().contains(event.target);
  });

  function selectionTouchesText() {
    const selection = window.getSelection();
    return Boolean(
      selection && selection.rangeCount && selection.getRangeAt(0).intersectsNode(textPanel()),
    );
  }

  document.addEventListener("mouseup", function (event) {
    // A drag that starts or ends in the text; clicks on the forms leave the selection be.
    const inText = pressedInText || textPanel().contains(event.target);
    if (event.button === 0 && inText && selectionTouchesText()) selectionEnded();
  });

  document.addEventListener("keyup", function (event) {
    // Keyboard selections (Shift + arrows in caret browsing) end here.
    if (event.key === "Shift" && selectionTouchesText()) selectionEnded();
  });

  // --- clicks and forms -------------------------------------------------------------------

  document.addEventListener("click", function (event) {
    const pick = event.target.closest("[data-select-span]");
    if (pick) {
      event.preventDefault();
      const span = { start: Number(pick.dataset.start), end: Number(pick.dataset.end) };
      const sentence = sentenceAt(span.start);
      if (sentence) sentence.scrollIntoView({ block: "center", behavior: "smooth" });
      choose(span, { focus: true });
      return;
    }
    const show = event.target.closest("[data-show-span]");
    if (show) {
      event.preventDefault();
      const sentence = sentenceAt(Number(show.dataset.start));
      highlight("split-shown", Number(show.dataset.start), Number(show.dataset.end));
      if (sentence) {
        sentence.scrollIntoView({ block: "center", behavior: "smooth" });
        focusSentence(sentence);
      }
      return;
    }
    if (event.target.closest("[data-action=clear-selection]")) {
      clearSelection();
      const sentence = textPanel().querySelector(".sentence[tabindex='0']");
      if (sentence) sentence.focus();
    }
  });

  // A confirmation to attach shows the passage selected now, which may have changed since
  // the list of similar claims was drawn.
  document.addEventListener(
    "toggle",
    function (event) {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open) return;
      const passage = details.querySelector("[data-passage]");
      if (passage && selected) passage.textContent = body.slice(selected.start, selected.end);
    },
    true,
  );

  document.addEventListener("submit", function (event) {
    const form = event.target.closest("form[data-split-form]");
    if (!form) return;
    event.preventDefault();
    if (form.dataset.splitForm === "similar") {
      search(form);
    } else {
      submit(form, event.submitter);
    }
  });

  async function search(form) {
    const url = new URL(form.action, window.location.href);
    url.searchParams.set("q", form.elements.namedItem("q").value);
    try {
      const response = await fetch(url, { headers: { Accept: "text/html" } });
      document.getElementById("similar-panel").outerHTML = await response.text();
      if (selected) fillSpan(selected);
    } catch (error) {
      showError(formCard, root.dataset.msgFailed);
    }
  }

  formCard.addEventListener("keydown", function (event) {
    // Escape leaves the form for the sentence the passage starts in.
    if (event.key === "Escape" && selected) {
      const sentence = sentenceAt(selected.start);
      if (sentence) focusSentence(sentence);
    }
  });

  initSentences();
  const start = Number(createForm.elements.namedItem("start").value);
  const end = Number(createForm.elements.namedItem("end").value);
  if (end > start) {
    selected = { start: start, end: end };
    highlight("split-selection", start, end);
  }
  // Lets scripts that drive the page (and its tests) wait until the handlers are attached.
  root.dataset.ready = "true";
})();
