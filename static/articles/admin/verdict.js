// The verdict editor's live preview: the explanation rendered by the public pages' own
// Markdown code on the server, a moment after the editor stops typing.
(function () {
  "use strict";
  const preview = document.getElementById("fc-verdict-preview");
  const field = document.getElementById("id_explanation");
  if (!preview || !field) {
    return;
  }
  const token = document.querySelector("input[name=csrfmiddlewaretoken]");
  let timer = null;
  let sent = field.value;

  function render() {
    const text = field.value;
    sent = text;
    const body = new URLSearchParams({ text: text });
    fetch(preview.dataset.url, {
      method: "POST",
      body: body,
      headers: { "X-CSRFToken": token ? token.value : "" },
      credentials: "same-origin",
    })
      .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
      .then((html) => {
        // The server sanitises the HTML exactly as on the public page.
        if (text === sent) {
          preview.innerHTML = html;
          preview.dataset.state = "ready";
        }
      })
      .catch(() => {
        preview.dataset.state = "failed";
      });
  }

  field.addEventListener("input", () => {
    window.clearTimeout(timer);
    preview.dataset.state = "waiting";
    timer = window.setTimeout(render, 300);
  });
  preview.dataset.state = "ready";
})();
