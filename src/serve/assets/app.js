// nengji serve: the page's few lines of script. Edits and forms are posted
// with the CSRF token; the answer replaces the parts of the page it names, or
// shows its error. Without script the forms still post and the page reloads.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="csrf"]');
  var csrf = meta ? meta.content : "";
  // The page's words, in its language (the body carries them).
  var words = document.body ? document.body.dataset : {};

  function post(url, data) {
    return fetch(url, {
      method: "POST",
      headers: { "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(data)
    }).then(function (r) {
      return r.json().then(function (j) { return { ok: r.ok, j: j }; },
        function () { return { ok: false, j: { error: (words.status || "") + " " + r.status } }; });
    }, function () { return { ok: false, j: { error: words.offline || "" } }; });
  }

  function show(message) {
    var box = document.getElementById("error");
    if (!box) { return; }
    box.textContent = message || "";
    box.hidden = !message;
  }

  function answer(a) {
    if (!a.ok) { show(a.j.error); return; }
    show("");
    if (a.j.reload) { window.location.reload(); return; }
    var active = document.activeElement;
    var field = active && active.dataset ? active.dataset.field : null;
    var card = active && active.closest ? active.closest("[data-edit]") : null;
    var parts = a.j.parts || {};
    Object.keys(parts).forEach(function (id) {
      var el = document.getElementById(id);
      if (el) { el.outerHTML = parts[id]; }
    });
    if (field && card) {
      var again = document.querySelector('#' + card.id + ' [data-field="' + field + '"]');
      if (again) { again.focus(); }
    }
    var charts = document.getElementById("charts");
    if (charts && charts.contentWindow) { charts.contentWindow.location.reload(); }
  }

  document.addEventListener("change", function (e) {
    var input = e.target;
    if (!input.dataset || !input.dataset.field) { return; }
    var card = input.closest("[data-edit]");
    post(card.dataset.edit, { field: input.dataset.field, value: input.value }).then(answer);
  });

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.hasAttribute("data-post")) { return; }
    e.preventDefault();
    post(form.action, new FormData(form)).then(answer);
  });

  // The big screen follows the vote as representatives check in and vote.
  setInterval(function () {
    var panel = document.getElementById("ballot");
    if (!panel || panel.dataset.open !== "true") { return; }
    fetch("/ballot").then(function (r) { return r.ok ? r.text() : null; }).then(function (html) {
      if (html) { document.getElementById("ballot").outerHTML = html; }
    });
  }, 2000);
})();
