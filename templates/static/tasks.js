/* Acta task tracker: filter and sort the table in place, the filter kept in the URL's query
   (?status=overdue&assignee=x&event=y&sort=due) so a filtered view can be shared. Without
   this script the page still lists every task and links to the static views. */
(function () {
  "use strict";
  var form = document.getElementById("task-filter");
  var body = document.querySelector("table.tracker tbody");
  if (!form || !body || !window.URLSearchParams || !window.history) {
    return;
  }
  var rows = Array.prototype.slice.call(body.querySelectorAll("tr.task-row"));
  var keys = ["status", "assignee", "event", "sort"];
  var output = form.querySelector("output");
  var collator = window.Intl ? new Intl.Collator(document.documentElement.lang || undefined) : null;

  function title(row) {
    return row.cells[0].textContent.trim();
  }

  function compare(sort) {
    if (sort === "due") {
      return function (a, b) {
        var x = a.getAttribute("data-due"), y = b.getAttribute("data-due");
        if (x !== y) {
          if (!x) { return 1; }
          if (!y) { return -1; }
          return x < y ? -1 : 1;
        }
        return a.getAttribute("data-order") - b.getAttribute("data-order");
      };
    }
    if (sort === "title") {
      return function (a, b) {
        var c = collator ? collator.compare(title(a), title(b)) : (title(a) < title(b) ? -1 : 1);
        return c || a.getAttribute("data-order") - b.getAttribute("data-order");
      };
    }
    return function (a, b) {
      return a.getAttribute("data-order") - b.getAttribute("data-order");
    };
  }

  function apply(push) {
    var shown = 0;
    var wanted = {};
    keys.forEach(function (k) { wanted[k] = form.elements[k].value; });
    rows.sort(compare(wanted.sort)).forEach(function (row) {
      var match = ["status", "assignee", "event"].every(function (k) {
        return !wanted[k] || row.getAttribute("data-" + k) === wanted[k];
      });
      row.hidden = !match;
      if (match) { shown++; }
      body.appendChild(row);
    });
    if (output) {
      output.textContent = form.getAttribute("data-shown")
        .replace("{n}", shown).replace("{total}", rows.length);
    }
    if (push) {
      var query = new URLSearchParams();
      keys.forEach(function (k) { if (wanted[k]) { query.set(k, wanted[k]); } });
      var text = query.toString();
      try {
        history.replaceState(null, "", location.pathname + (text ? "?" + text : "") + location.hash);
      } catch (e) {
        /* a page opened from disk may not change its address; the filter still applies */
      }
    }
  }

  function readQuery() {
    var query = new URLSearchParams(location.search);
    keys.forEach(function (k) {
      var select = form.elements[k];
      var value = query.get(k) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      select.value = known ? value : "";
    });
  }

  form.hidden = false;
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  /* a click on a count filters in place instead of leaving the page */
  Array.prototype.forEach.call(document.querySelectorAll(".counts a[data-status]"), function (a) {
    a.addEventListener("click", function (e) {
      var status = a.getAttribute("data-status");
      var select = form.elements.status;
      if (!Array.prototype.some.call(select.options, function (o) { return o.value === status; })) { return; }
      e.preventDefault();
      select.value = select.value === status ? "" : status;
      apply(true);
    });
  });
  readQuery();
  apply(false);
})();
