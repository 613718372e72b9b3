// Names for the admin's autocomplete boxes. Select2 draws its own combobox and search
// field beside each hidden <select>, and neither carries the field's label, so a screen
// reader announces an unnamed box. Each gets the label of the <select> it stands for,
// now and whenever Select2 draws one again (inline rows added, choices changed).
(function () {
  "use strict";

  function labelOf(select) {
    const label = select.id ? document.querySelector(`label[for="${select.id}"]`) : null;
    return label ? label.textContent.replace(/:\s*$/, "").trim() : "";
  }

  function name(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach((select) => {
      const box = select.nextElementSibling;
      const text = labelOf(select);
      if (!text || !box || !box.classList.contains("select2")) {
        return;
      }
      box.querySelectorAll(
        ".select2-selection, .select2-selection__rendered, .select2-search__field",
      ).forEach((el) => {
        if (el.getAttribute("aria-label") !== text) {
          el.setAttribute("aria-label", text);
        }
      });
    });
  }

  function start() {
    // Inline rows are added from an empty form already in the page: a page without an
    // autocomplete box now never gets one.
    if (!document.querySelector("select.admin-autocomplete")) {
      return;
    }
    name(document);
    new MutationObserver(() => name(document)).observe(document.body, {
      childList: true,
      subtree: true,
    });
  }

  if (document.readyState === "complete") {
    start();
  } else {
    window.addEventListener("load", start);
  }
})();
