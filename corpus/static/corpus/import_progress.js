/* An import run's page while the run is queued or running: asks the server
   for the run's progress every few seconds and updates the numbers in place.
   When the run ends the page is reloaded once, to show the new drafts.
   Without JavaScript the page refreshes itself (<noscript> meta refresh). */
(function () {
  "use strict";
  var panel = document.getElementById("nd-import-progress");
  if (!panel || panel.getAttribute("data-active") !== "1") {
    return;
  }
  var url = panel.getAttribute("data-url");
  var interval = parseInt(panel.getAttribute("data-interval"), 10) || 2000;

  function field(name) {
    return panel.querySelector('[data-field="' + name + '"]');
  }

  function failureItem(failure) {
    var item = document.createElement("li");
    var file = document.createElement("code");
    var why = document.createElement("span");
    file.textContent = failure.file;
    why.className = "nd-import-why";
    why.textContent = failure.error;
    item.appendChild(file);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(why);
    return item;
  }

  function update(data) {
    var status = field("status");
    status.textContent = data.status_display;
    status.className = "nd-import-status nd-import-" + data.status;
    field("done_text").textContent = data.done_text;
    var bar = field("bar");
    bar.max = Math.max(data.total, 1);
    bar.value = data.done;
    bar.textContent = data.done + " / " + data.total;
    Object.keys(data.counts).forEach(function (key) {
      var cell = panel.querySelector('[data-count="' + key + '"]');
      if (cell) {
        cell.textContent = data.counts[key];
        cell.classList.toggle("nd-nonzero", data.counts[key] > 0);
      }
    });
    var list = field("failures");
    if (list.children.length !== data.failures.length) {
      list.replaceChildren.apply(list, data.failures.map(failureItem));
    }
    field("failures-box").hidden = data.failures.length === 0;
    panel.querySelectorAll("[data-show]").forEach(function (form) {
      form.hidden = !data[form.getAttribute("data-show")];
    });
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" }, cache: "no-store" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        update(data);
        if (data.active) {
          window.setTimeout(poll, interval);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        // The server may be restarting: try again, less often.
        window.setTimeout(poll, interval * 4);
      });
  }

  window.setTimeout(poll, interval);
})();
