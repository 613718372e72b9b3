// On a phone the tracker's filter panel starts closed, so the first claims are in view;
// the summary of active filters and the panel's own heading open it with one tap.
(function () {
  "use strict";
  const panel = document.querySelector("details[data-close-on-phones]");
  if (panel && window.matchMedia("(max-width: 700px)").matches) {
    panel.open = false;
  }
})();
