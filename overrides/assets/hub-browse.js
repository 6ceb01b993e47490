/* Combinable, instant filters over a card list. The choice lives in the URL
   (?niveau=eerste-graad&thema=a,b) so a view can be shared and the back button restores it.
   Within a group any choice matches; across groups every group must match. Cards carry their
   tag ids, ancestors included, in data-rok, data-niveau, data-rol, data-thema and data-soort. */
(function () {
  "use strict";

  var form = document.getElementById("hub-facets");
  if (!form || !window.URLSearchParams || !window.history.pushState) return;
  var results = document.getElementById(form.getAttribute("data-results"));
  if (!results) return;

  var cards = Array.prototype.slice.call(results.querySelectorAll(".hub-cards > .hub-card"));
  var groups = results.querySelectorAll(".hub-results__group");
  var status = results.querySelector(".hub-result-count");
  var unfilteredText = status.textContent;
  var empty = results.querySelector(".hub-empty");
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
  var facets = Array.prototype.map.call(form.querySelectorAll("fieldset[data-facet]"), function (fieldset) {
    return fieldset.getAttribute("data-facet");
  });
  var tagsOf = cards.map(function (card) {
    var tags = {};
    facets.forEach(function (facet) {
      tags[facet] = (card.getAttribute("data-" + facet) || "").split(" ").filter(Boolean);
    });
    return tags;
  });

  // On phones the filters fold away behind a "Filters (n)" button so the results come first;
  // wide screens keep the panel beside the results.
  var listing = form.closest(".hub-listing");
  var toggle = listing && listing.querySelector(".hub-filter-toggle");
  var panel = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  var toggleCount = toggle && toggle.querySelector(".hub-filter-toggle__count");
  var narrow = window.matchMedia("(max-width: 59.9375em)");

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    panel.hidden = !open;
  }

  function fitScreen() {
    toggle.hidden = !narrow.matches;
    setOpen(!narrow.matches);
  }

  function emptyChoice() {
    var choice = {};
    facets.forEach(function (facet) { choice[facet] = []; });
    return choice;
  }

  function choiceFromUrl() {
    var params = new URLSearchParams(window.location.search);
    var choice = emptyChoice();
    facets.forEach(function (facet) {
      params.getAll(facet).forEach(function (value) {
        value.split(",").forEach(function (id) {
          id = id.trim();
          if (id && choice[facet].indexOf(id) < 0) choice[facet].push(id);
        });
      });
    });
    return choice;
  }

  function choiceFromForm() {
    var choice = emptyChoice();
    inputs.forEach(function (input) {
      if (input.checked) choice[input.name].push(input.value);
    });
    return choice;
  }

  function queryOf(choice) {
    var parts = [];
    facets.forEach(function (facet) {
      if (choice[facet].length) parts.push(facet + "=" + choice[facet].map(encodeURIComponent).join(","));
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  function matches(index, choice, except) {
    return facets.every(function (facet) {
      if (facet === except || !choice[facet].length) return true;
      return choice[facet].some(function (id) { return tagsOf[index][facet].indexOf(id) >= 0; });
    });
  }

  function countText(shown) {
    var noun = cards.length === 1 ? "materiaal" : "materialen";
    return shown === cards.length ? cards.length + " " + noun : shown + " van " + cards.length + " " + noun;
  }

  function render(choice) {
    var shown = 0;
    cards.forEach(function (card, index) {
      var visible = matches(index, choice);
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    inputs.forEach(function (input) {
      var facet = input.name;
      var count = 0;
      cards.forEach(function (card, index) {
        if (tagsOf[index][facet].indexOf(input.value) >= 0 && matches(index, choice, facet)) count += 1;
      });
      input.checked = choice[facet].indexOf(input.value) >= 0;
      // An option that would add nothing and empty the list is switched off, never hidden.
      input.disabled = count === 0 && !input.checked;
      var item = input.parentNode;
      item.querySelector(".hub-facet__count").textContent = "(" + count + ")";
      if (input.checked && item.hasAttribute("data-deep")) item.hidden = false;
    });
    facets.forEach(function (facet) {
      var chosen = form.querySelector('[data-chosen="' + facet + '"]');
      if (chosen) chosen.textContent = choice[facet].length ? "(" + choice[facet].length + " gekozen)" : "";
    });
    Array.prototype.forEach.call(groups, function (group) {
      group.hidden = !group.querySelector(".hub-card:not([hidden])");
    });
    var filtered = facets.some(function (facet) { return choice[facet].length > 0; });
    status.textContent = filtered ? countText(shown) : unfilteredText;
    if (toggleCount) {
      var chosenCount = facets.reduce(function (sum, facet) { return sum + choice[facet].length; }, 0);
      toggleCount.textContent = chosenCount ? "(" + chosenCount + ")" : "";
    }
    if (empty) empty.hidden = shown > 0;
    // hub-filters.js draws the chips, the empty state and the phone's "Toon N resultaten" from this.
    form.dispatchEvent(new CustomEvent("hub-filters-drawn", { detail: { shown: shown } }));
  }

  function go(choice) {
    var url = window.location.pathname + queryOf(choice) + window.location.hash;
    window.history.pushState({ hubFilters: true }, "", url);
    render(choice);
  }

  form.addEventListener("change", function () { go(choiceFromForm()); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function (event) {
    event.preventDefault();
    go(emptyChoice());
  });
  window.addEventListener("popstate", function () { render(choiceFromUrl()); });

  var initial = choiceFromUrl();
  if (queryOf(initial) !== window.location.search) {
    // Tidy URLs that came from a plain GET form (empty or repeated parameters).
    window.history.replaceState(null, "", window.location.pathname + queryOf(initial) + window.location.hash);
  }
  // Open the groups that hold a choice; on wide screens also the first two, on phones no more.
  var wide = window.matchMedia("(min-width: 60em)").matches;
  Array.prototype.forEach.call(form.querySelectorAll("details.hub-facet"), function (details, index) {
    var facet = details.querySelector("fieldset[data-facet]").getAttribute("data-facet");
    details.open = initial[facet].length > 0 || (wide && index < 2);
  });
  form.hidden = false;
  if (toggle && panel) {
    listing.classList.add("hub-listing--js");
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    if (narrow.addEventListener) narrow.addEventListener("change", fitScreen);
    fitScreen();
  }
  Array.prototype.forEach.call(document.querySelectorAll(".hub-browse details[open]"), function (details) {
    details.open = false;
  });
  render(initial);
  // Drawn as the stylesheet showed it before this ran: from now on this script's state rules.
  if (listing) listing.removeAttribute("data-hub-await");
})();
