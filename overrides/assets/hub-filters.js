/* What the filter panels of /materialen/, the facet pages and /zoek/ share (hub/partials/filters.html):
   "Toon meer" in long groups, a skip link to the results, the active filters as chips above the
   results with "Wis alle filters", on phones a "Toon N resultaten" button that closes the panel, and
   an empty state that names the filters and offers to drop the last one.
   The script that owns the list (hub-browse.js, hub-search.js) keeps the choice and the URL. It tells
   this one after each drawing with a "hub-filters-drawn" event on the form (detail.shown: the number
   of results, or null while there is no list), and hears back through the form's own change and
   reset events. Loaded before its owner, so the chips are drawn in the same task as the list. */
(function () {
  "use strict";

  var form = document.getElementById("hub-facets");
  if (!form) return;
  var results = document.getElementById(form.getAttribute("data-results"));
  var active = document.getElementById("hub-active");
  var chips = active && active.querySelector(".hub-active__chips");
  var empty = results && results.querySelector(".hub-empty");
  var show = form.querySelector(".hub-facets__show");
  var order = []; // the chosen options, in the order they were chosen

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function labelOf(input) {
    return form.querySelector('label[for="' + input.id + '"]').firstChild.textContent.trim();
  }

  function quoted(text) {
    return "\u2018" + text + "\u2019";
  }

  function chosen() {
    return Array.prototype.filter.call(form.querySelectorAll("input[type=checkbox]"), function (input) {
      return input.checked;
    });
  }

  function toResults() {
    if (!results) return;
    results.focus();
    results.scrollIntoView({ block: "start" });
  }

  // Unchoose an option as a click would: the owner hears the change and draws again.
  function drop(input) {
    input.checked = false;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function drawChips() {
    chips.textContent = "";
    order.forEach(function (input) {
      var chip = element("button", "hub-active__chip");
      chip.type = "button";
      chip.setAttribute("data-for", input.id);
      chip.appendChild(element("span", "hub-sr", "Haal filter "));
      chip.appendChild(document.createTextNode(labelOf(input)));
      chip.appendChild(element("span", "hub-sr", " weg"));
      var cross = element("span", "hub-active__cross", "\u00d7");
      cross.setAttribute("aria-hidden", "true");
      chip.appendChild(cross);
      var item = element("li");
      item.appendChild(chip);
      chips.appendChild(item);
    });
    active.hidden = !order.length;
  }

  function drawEmpty() {
    var names = order.map(function (input) { return quoted(labelOf(input)); });
    var text = empty.querySelector(".hub-empty__text");
    if (names.length > 1) {
      text.textContent = "Geen materialen voor " + names.slice(0, -1).join(", ") + " en " + names[names.length - 1] + " samen.";
    } else if (names.length) {
      text.textContent = "Geen materialen voor " + names[0] + ".";
    }
    var last = order[order.length - 1];
    var button = empty.querySelector(".hub-empty__drop");
    button.hidden = !last;
    if (last) {
      button.textContent = "Laat " + quoted(labelOf(last)) + " weg";
      button.setAttribute("data-for", last.id);
    }
  }

  function draw(shown) {
    var now = chosen();
    order = order.filter(function (input) { return now.indexOf(input) >= 0; });
    now.forEach(function (input) { if (order.indexOf(input) < 0) order.push(input); });
    if (chips) drawChips();
    if (empty) drawEmpty();
    if (show) {
      show.textContent = typeof shown === "number"
        ? "Toon " + shown + (shown === 1 ? " resultaat" : " resultaten")
        : "Toon de resultaten";
    }
  }

  form.addEventListener("hub-filters-drawn", function (event) { draw(event.detail && event.detail.shown); });

  // "Toon meer": the rest of a long group; focus goes to the first option it reveals.
  form.addEventListener("click", function (event) {
    var button = event.target.closest(".hub-facet__more");
    if (button) {
      var list = document.getElementById(button.getAttribute("aria-controls"));
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", open ? "true" : "false");
      list.classList.toggle("hub-facet__options--all", open);
      button.querySelector(".hub-facet__more-label").textContent = open ? "Toon minder" : "Toon meer";
      button.querySelector(".hub-facet__more-count").hidden = open;
      var first = open && list.querySelector(".hub-facet__extra:not([hidden]) input:not(:disabled)");
      if (first) first.focus();
      return;
    }
    if (event.target.closest(".hub-facets__skip a")) {
      event.preventDefault();
      toResults();
      return;
    }
    if (event.target.closest(".hub-facets__show")) {
      var toggle = form.closest(".hub-listing").querySelector(".hub-filter-toggle");
      if (toggle && toggle.getAttribute("aria-expanded") === "true") toggle.click();
      toResults();
    }
  });

  if (active) {
    active.addEventListener("click", function (event) {
      var chip = event.target.closest(".hub-active__chip");
      if (chip) {
        var at = Array.prototype.indexOf.call(chips.children, chip.parentNode);
        drop(document.getElementById(chip.getAttribute("data-for")));
        // Focus stays in the row: the chip that took this one's place, else the one before, else the results.
        var next = chips.children[Math.min(at, chips.children.length - 1)];
        if (next) next.querySelector("button").focus(); else toResults();
      } else if (event.target.closest(".hub-active__clear")) {
        form.reset();
        toResults();
      }
    });
  }

  if (empty) {
    empty.querySelector(".hub-empty__drop").addEventListener("click", function (event) {
      drop(document.getElementById(event.currentTarget.getAttribute("data-for")));
      toResults();
    });
  }

  draw(null);
})();
