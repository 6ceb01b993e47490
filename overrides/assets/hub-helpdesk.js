/* "Stel je vraag" (/helpdesk/): search-as-you-type over the published questions and materials, so a
   teacher finds an existing answer before asking. It runs the site search (window.hubSearch from
   hub-search.js: the same index, synonyms, stems and scoring), limited to questions and materials.
   Text from the index is only ever set as text, never as HTML. Without JavaScript the form opens
   the site search. */
(function () {
  "use strict";

  var box = document.querySelector("[data-hub-ask]");
  if (!box || !window.fetch) return;

  var LIMIT = 8;
  var KINDS = ["qa", "material"];
  var KIND_LABELS = { qa: "Vraag en antwoord", material: "Materiaal" };
  var form = box.querySelector("form");
  var input = box.querySelector("input[type=search]");
  var status = box.querySelector("[role=status]");
  var list = box.querySelector("ol");
  var timer = null;
  var sequence = 0;

  function item(result) {
    var li = document.createElement("li");
    li.className = "hub-ask__result hub-ask__result--" + result.kind;
    var kind = document.createElement("span");
    kind.className = "hub-ask__kind";
    kind.textContent = KIND_LABELS[result.kind] || result.type;
    var link = document.createElement("a");
    link.href = result.href;
    link.textContent = result.title;
    li.appendChild(kind);
    li.appendChild(link);
    if (result.snippet) {
      var text = document.createElement("p");
      text.textContent = result.snippet;
      li.appendChild(text);
    }
    return li;
  }

  function summary(total, shown) {
    if (!total) return "Niets gevonden. Probeer andere woorden, of stel je vraag via het formulier hieronder.";
    var found = total === 1 ? "1 antwoord of materiaal gevonden" : total + " antwoorden en materialen gevonden";
    return found + (shown < total ? ", de beste " + shown + " staan hieronder." : ".");
  }

  // FORCE: search a query shorter than the site search's minimum too (it was submitted).
  function show(value, force) {
    var search = window.hubSearch;
    var current = ++sequence;
    if (!value.trim() || (!force && search && value.trim().length < search.quietBelow)) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    var failed = function () {
      if (current !== sequence) return;
      status.textContent = "Zoeken lukt nu niet. Bekijk de vragen per thema of stel je vraag via het formulier.";
    };
    if (!search) return failed();
    search.query(value, { kinds: KINDS, limit: LIMIT }).then(function (found) {
      if (current !== sequence) return; // a newer query is under way
      list.replaceChildren.apply(list, found.results.map(item));
      status.textContent = summary(found.total, found.results.length);
    }, failed);
  }

  // hub-search.js is deferred: it defines window.hubSearch before DOMContentLoaded.
  function start() {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { show(input.value); }, 120);
    });
    input.addEventListener("focus", function () { if (window.hubSearch) window.hubSearch.load(); }, { once: true });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(input.value, true);
    });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) {
      input.value = initial;
      show(initial, true);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
