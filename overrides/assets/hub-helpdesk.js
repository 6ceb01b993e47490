/* "Stel je vraag" (/helpdesk/): search-as-you-type over the published questions and materials, so a
   teacher finds an existing answer before asking. Data: a compact JSON list built with the site
   (helpdesk/vragen-en-materialen.json). Accents are folded and every typed word matches the start
   of a word. Text from the data is only ever set as text, never as HTML. Without JavaScript the
   form opens the site search. */
(function () {
  "use strict";

  var box = document.querySelector("[data-hub-ask]");
  if (!box || !window.fetch) return;

  var LIMIT = 8;
  var KIND_LABELS = { qa: "Vraag en antwoord", material: "Materiaal" };
  var form = box.querySelector("form");
  var input = box.querySelector("input[type=search]");
  var status = box.querySelector("[role=status]");
  var list = box.querySelector("ol");
  var root = new URL(box.getAttribute("data-root"), document.baseURI);
  var source = new URL(box.getAttribute("data-index"), document.baseURI);
  var loading = null;
  var timer = null;

  function words(text) {
    return (text || "").normalize("NFKD").toLowerCase().replace(/[\u0300-\u036f]/g, "").match(/[a-z0-9]+/g) || [];
  }

  function load() {
    if (!loading) {
      loading = fetch(source).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      }).then(function (rows) {
        return rows.map(function (row) {
          return { row: row, title: words(row.t), rest: words(row.d + " " + (row.w || "")) };
        });
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function startsAny(tokens, word) {
    for (var i = 0; i < tokens.length; i++) {
      if (tokens[i].lastIndexOf(word, 0) === 0) return tokens[i] === word ? 2 : 1;
    }
    return 0;
  }

  // Every query word must start a word of the entry; title words count most, whole words more.
  function score(entry, query) {
    var total = entry.row.k === "qa" ? 0.5 : 0;
    for (var i = 0; i < query.length; i++) {
      var inTitle = startsAny(entry.title, query[i]);
      var inRest = inTitle ? 0 : startsAny(entry.rest, query[i]);
      if (!inTitle && !inRest) return 0;
      total += inTitle ? 3 + inTitle : inRest;
    }
    return total;
  }

  function item(row) {
    var li = document.createElement("li");
    li.className = "hub-ask__result hub-ask__result--" + row.k;
    var kind = document.createElement("span");
    kind.className = "hub-ask__kind";
    kind.textContent = KIND_LABELS[row.k] || row.k;
    var link = document.createElement("a");
    link.href = new URL(row.u, root).href;
    link.textContent = row.t;
    var text = document.createElement("p");
    text.textContent = row.d;
    li.appendChild(kind);
    li.appendChild(link);
    li.appendChild(text);
    return li;
  }

  function show(value) {
    var query = words(value);
    if (!query.length || query.join("").length < 2) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    load().then(function (entries) {
      if (words(input.value).join(" ") !== query.join(" ")) return; // a newer query is under way
      var found = entries.map(function (entry) { return { entry: entry, score: score(entry, query) }; })
        .filter(function (hit) { return hit.score > 0; })
        .sort(function (a, b) { return b.score - a.score || a.entry.row.t.localeCompare(b.entry.row.t, "nl"); })
        .slice(0, LIMIT);
      list.replaceChildren.apply(list, found.map(function (hit) { return item(hit.entry.row); }));
      status.textContent = found.length
        ? found.length + (found.length === 1 ? " antwoord of materiaal gevonden." : " antwoorden en materialen gevonden.")
        : "Niets gevonden. Probeer andere woorden, of stel je vraag via het formulier hieronder.";
    }, function () {
      status.textContent = "Zoeken lukt nu niet. Bekijk de vragen per thema of stel je vraag via het formulier.";
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 120);
  });
  input.addEventListener("focus", load, { once: true });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    show(initial);
  }
})();
