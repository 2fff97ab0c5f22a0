// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Leave empty fields out of the URL, so shared links stay short.
  document.querySelectorAll("form.searchbox").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input").forEach(function (input) {
        if (input.name && input.name !== "q" && input.value === "") input.disabled = true;
      });
    });
  });

  // Phone widths: the filter sidebar folds behind its "Filter" button (CSS hides it from 56rem).
  document.querySelectorAll(".facets[data-collapsible]").forEach(function (aside) {
    var button = aside.querySelector(".filter-button");
    var layout = aside.closest(".layout");
    if (!button || !layout) return;
    layout.classList.add("filterable");
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = aside.classList.toggle("open");
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });

  // Autocomplete of person and organisation names below the search box.
  var box = document.getElementById("q");
  var list = document.getElementById("vorschlaege");
  if (box && list && box.dataset.suggest && window.fetch) {
    var timer = null;
    var labels = { person: "Person", organisation: "Organisation" };

    var hide = function () { list.hidden = true; list.textContent = ""; };

    var targetUrl = function (item, rest) {
      var form = box.form;
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, key) {
        if (key !== "q" && key !== "page" && value !== "") params.append(key, value);
      });
      if (rest) params.set("q", rest);
      params.append(item.facet, item.value);
      return form.getAttribute("action") + "?" + params.toString();
    };

    var show = function (items, rest) {
      list.textContent = "";
      items.forEach(function (item) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = targetUrl(item, rest);
        var name = document.createElement("span");
        name.textContent = item.value;
        var kind = document.createElement("small");
        kind.textContent = labels[item.facet] + " · " + item.count;
        a.appendChild(name);
        a.appendChild(kind);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
    };

    box.addEventListener("input", function () {
      clearTimeout(timer);
      var words = box.value.trim().split(/\s+/);
      var typed = words.pop() || "";
      if (typed.length < 2 || /["*():]/.test(typed)) { hide(); return; }
      timer = setTimeout(function () {
        fetch(box.dataset.suggest + "?q=" + encodeURIComponent(typed), {
          headers: { Accept: "application/json" }
        })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) { show(data.suggestions || [], words.join(" ")); })
          .catch(hide);
      }, 150);
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !list.hidden) {
        var first = list.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      } else if (event.key === "Escape") {
        hide();
      }
    });
    list.addEventListener("keydown", function (event) {
      var current = document.activeElement.closest("li");
      if (!current) return;
      var next = null;
      if (event.key === "ArrowDown") next = current.nextElementSibling;
      if (event.key === "ArrowUp") next = current.previousElementSibling;
      if (event.key === "Escape") { hide(); box.focus(); return; }
      if (next) { event.preventDefault(); next.querySelector("a").focus(); }
      else if (event.key === "ArrowUp") { event.preventDefault(); box.focus(); }
    });
    document.addEventListener("click", function (event) {
      if (!list.contains(event.target) && event.target !== box) hide();
    });
  }

  // Copy-to-cite buttons on the quotes page.
  var copy = function (text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand && document.execCommand("copy");
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  };
  document.querySelectorAll("button.cite").forEach(function (button) {
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      copy(button.dataset.cite).then(function () {
        button.textContent = "Kopiert ✓";
        button.classList.add("done");
      }, function () {
        button.textContent = "Kopieren nicht möglich";
      }).then(function () {
        setTimeout(function () {
          button.textContent = label;
          button.classList.remove("done");
        }, 2000);
      });
    });
  });
})();
