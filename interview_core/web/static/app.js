// Small behaviours around htmx; no inline scripts, so the page's CSP can forbid them.
(function () {
  "use strict";

  // A successful answer clears the box; a failed one keeps it, so sending again retries.
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (event.detail.successful && form.matches && form.matches("form[data-reset-on-success]")) {
      form.reset();
      var box = form.querySelector("textarea");
      if (box) { box.focus(); }
    }
  });

  // No response at all (server down, network gone): say so where errors go.
  document.addEventListener("htmx:sendError", function () {
    var box = document.getElementById("errors");
    if (box) {
      box.innerHTML = "";
      var div = document.createElement("div");
      div.className = "alert alert-error";
      div.textContent = "The server could not be reached; your answer is still in the box, so try again.";
      box.appendChild(div);
    }
  });

  // Ctrl+Enter (or Cmd+Enter) sends the answer.
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      var form = event.target.closest && event.target.closest("form[data-reset-on-success]");
      if (form) {
        event.preventDefault();
        form.requestSubmit();
      }
    }
  });
})();
