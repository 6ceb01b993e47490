/* Catalogue filters on /aanbod/: show the cards whose data-* attributes match the chosen options,
   in the chosen order (by first date as built, or by title: ?sorteer=titel). The choice lives in the
   URL (?vorm=..&niveau=..&modus=..&maand=..&sorteer=..), so links, reload and the back button keep it.
   On phones the filters fold behind a "Filters (n)" button so the first offering is in view.
   Without this script the full list stays readable and the form stays hidden. */
(function () {
  "use strict";

  // A session is past once its end (ISO time with offset, in data-end) lies before the visitor's clock,
  // so a page built days ago still shows the right state.
  function isPast(element, now) {
    var end = Date.parse(element.getAttribute("data-end") || "");
    return !isNaN(end) && end < now;
  }

  // Offering pages: re-judge each session row and the "Afgelopen" badges against the visitor's clock.
  Array.prototype.forEach.call(document.querySelectorAll(".hub-sessions tr[data-end]"), function (row) {
    var past = isPast(row, Date.now());
    row.classList.toggle("hub-session--past", past);
    var badge = row.querySelector(".hub-session__past");
    if (badge) badge.hidden = !past;
  });

  var form = document.getElementById("hub-catalogue-filters");
  var list = document.getElementById("hub-catalogue");
  if (!form || !list) return;

  var cards = Array.prototype.slice.call(list.querySelectorAll(".hub-offering"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var status = document.getElementById("hub-catalogue-count");
  var empty = document.querySelector(".hub-catalogue__empty");
  var resetButton = form.querySelector(".hub-filters__reset");
  var sort = document.getElementById("hub-catalogue-sort");
  var byDate = cards.slice(); // as built: next session first
  var byTitle = cards.slice().sort(function (a, b) {
    return a.getAttribute("data-title").localeCompare(b.getAttribute("data-title"), "nl", { sensitivity: "base" });
  });
  var toggle = document.querySelector('.hub-filter-toggle[aria-controls="hub-catalogue-filters"]');
  var toggleCount = toggle && toggle.querySelector(".hub-filter-toggle__count");
  var narrow = window.matchMedia("(max-width: 59.9375em)");

  function words(card, name) {
    var value = card.getAttribute("data-" + name);
    return value ? value.split(" ") : [];
  }

  // The same rule as hub.render.catalogue_pages.matches: modus and maand must hold for one session.
  function matches(card, chosen) {
    for (var name in chosen) {
      if (name === "modus" || name === "maand") continue;
      if (words(card, name).indexOf(chosen[name]) === -1) return false;
    }
    if (!chosen.modus && !chosen.maand) return true;
    return words(card, "sessies").some(function (session) {
      var parts = session.split(":");
      return (!chosen.maand || parts[0] === chosen.maand) && (!chosen.modus || parts[1] === chosen.modus);
    });
  }

  // The session a card shows: the first upcoming one that fits the chosen month and mode, else the
  // last one that fits (then marked past). The card's own status follows all its sessions.
  function showSession(card, chosen, now) {
    var sessions = Array.prototype.slice.call(card.querySelectorAll(".hub-card__sessions > li"));
    var row = card.querySelector(".hub-card__when");
    if (!sessions.length || !row) return;
    var allPast = sessions.every(function (s) { return isPast(s, now); });
    card.classList.toggle("hub-offering--past", allPast);
    card.classList.toggle("hub-offering--upcoming", !allPast);
    var badge = card.querySelector(".hub-card__past");
    if (badge) badge.hidden = !allPast;
    var fits = sessions.filter(function (s) {
      return (!chosen.maand || s.getAttribute("data-maand") === chosen.maand) &&
        (!chosen.modus || s.getAttribute("data-modus") === chosen.modus);
    });
    if (!fits.length) return;
    var upcoming = fits.filter(function (s) { return !isPast(s, now); });
    var shown = upcoming.length ? upcoming[0] : fits[fits.length - 1];
    var place = shown.getAttribute("data-place");
    row.querySelector("dt").textContent = upcoming.length ? "Volgende sessie" : "Laatste sessie";
    row.querySelector("dd").textContent = shown.textContent +
      (upcoming.length ? (place ? " · " + place : "") : " (afgelopen)");
  }

  function chosenNow() {
    var chosen = {};
    selects.forEach(function (select) {
      if (select.value) chosen[select.name] = select.value;
    });
    return chosen;
  }

  function without(chosen, name) {
    var copy = {};
    for (var key in chosen) if (key !== name) copy[key] = chosen[key];
    return copy;
  }

  function optionLabel(option) {
    return option.getAttribute("data-label") || option.textContent;
  }

  function updateCounts(chosen) {
    selects.forEach(function (select) {
      Array.prototype.forEach.call(select.options, function (option) {
        if (!option.value) return;
        if (option._indent === undefined) {
          var text = option.textContent;
          option._indent = text.slice(0, Math.max(0, text.indexOf(optionLabel(option))));
        }
        var test = without(chosen, select.name);
        test[select.name] = option.value;
        var count = cards.filter(function (card) { return matches(card, test); }).length;
        option.textContent = option._indent + optionLabel(option) + " (" + count + ")";
      });
    });
  }

  function describe(chosen) {
    return selects
      .filter(function (select) { return chosen[select.name]; })
      .map(function (select) { return optionLabel(select.options[select.selectedIndex]); })
      .join(", ");
  }

  function apply() {
    var chosen = chosenNow();
    var shown = 0;
    var now = Date.now();
    cards.forEach(function (card) {
      var visible = matches(card, chosen);
      card.hidden = !visible;
      showSession(card, chosen, now);
      if (visible) shown += 1;
    });
    var noun = shown === 1 ? "aanbod" : "aanbiedingen";
    var filters = describe(chosen);
    status.textContent = filters
      ? shown + " van " + cards.length + " " + noun + " voor " + filters
      : cards.length + " " + (cards.length === 1 ? "aanbod" : "aanbiedingen");
    if (empty) empty.hidden = shown > 0;
    resetButton.hidden = !filters;
    if (toggleCount) toggleCount.textContent = Object.keys(chosen).length ? "(" + Object.keys(chosen).length + ")" : "";
    updateCounts(chosen);
    arrange();
  }

  // Put the cards in the chosen order (moving nodes that are already in place changes nothing).
  function arrange() {
    var wanted = sort && sort.value === "titel" ? byTitle : byDate;
    wanted.forEach(function (card) { list.appendChild(card); });
  }

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    form.hidden = !open;
  }

  function fitScreen() {
    toggle.hidden = !narrow.matches;
    setOpen(!narrow.matches);
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.name) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; });
      select.value = known ? wanted : "";
    });
    if (sort) sort.value = params.get("sorteer") === "titel" ? "titel" : "datum";
  }

  function writeUrl() {
    var params = new URLSearchParams();
    selects.forEach(function (select) {
      if (select.value) params.set(select.name, select.value);
    });
    if (sort && sort.value === "titel") params.set("sorteer", "titel");
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.pushState({ hubCatalogue: query }, "", url);
    }
  }

  selects.forEach(function (select) {
    select.addEventListener("change", function () {
      writeUrl();
      apply();
    });
  });
  resetButton.addEventListener("click", function () {
    selects.forEach(function (select) { select.value = ""; });
    writeUrl();
    apply();
    selects[0].focus();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  window.addEventListener("popstate", function () {
    readUrl();
    apply();
  });

  if (sort) {
    sort.addEventListener("change", function () {
      writeUrl();
      arrange();
    });
    sort.parentNode.hidden = false;
  }
  if (toggle) {
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    if (narrow.addEventListener) narrow.addEventListener("change", fitScreen);
    fitScreen();
  } else {
    form.hidden = false;
  }
  readUrl();
  apply();
  // Drawn as the stylesheet showed it before this ran: from now on this script's state rules.
  var page = form.closest(".hub-catalogue-page");
  if (page) page.removeAttribute("data-hub-await");
})();
