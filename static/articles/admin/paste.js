// The paste page proposes the article's title as the editor pastes its text: the whole
// first sentence, cut by the server's own sentence splitter (the one the split view and
// the importer use). The proposal stays editable; once the editor types a title of their
// own, later changes to the text leave it alone.
(function () {
  "use strict";
  const script = document.getElementById("fc-paste-script");
  const body = document.getElementById("id_body");
  const title = document.getElementById("id_title");
  if (!script || !body || !title) {
    return;
  }
  const token = document.querySelector("input[name=csrfmiddlewaretoken]");
  let proposed = title.value === "" ? "" : null;
  let timer = null;

  function propose() {
    const text = body.value;
    fetch(script.dataset.titleUrl, {
      method: "POST",
      body: new URLSearchParams({ body: text }),
      headers: { "X-CSRFToken": token ? token.value : "" },
      credentials: "same-origin",
    })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((data) => {
        // Only while the field still holds our own proposal (or nothing).
        if (proposed !== null && title.value === proposed && body.value === text) {
          title.value = data.title;
          proposed = data.title;
          title.dataset.proposed = "true";
        }
      })
      .catch(() => {});
  }

  title.addEventListener("input", () => {
    proposed = title.value === "" ? "" : null;
    delete title.dataset.proposed;
  });
  body.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(propose, 250);
  });
})();
