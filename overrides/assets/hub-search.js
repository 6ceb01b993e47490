/* Site search: queries the prebuilt, sharded index under search/ (built by hub.index.static with the
   same Dutch analysis as `hub search`). Only the shards of the typed words are fetched. The words
   of a query are looked up as the build saw them (folded, stop words dropped, stems from the
   index), grouped into synonym and alias phrases, and scored like the editors' search: every query
   unit counts, documents matching more units rank higher, a level or role next to a topic less.
   The last word also matches as a prefix while it is being typed. Untrusted text is only ever set as text, never as HTML. */
(function () {
  "use strict";

  var widgets = document.querySelectorAll("[data-hub-search]");
  var source = document.querySelector("[data-hub-search], [data-hub-search-index]");
  if (!source || !window.fetch) return;

  var CONCEPT_FACTOR = 0.85; // a synonym or alias match counts a little less than the word itself
  var PREFIX_FACTOR = 0.8; // so does a word that only starts with what is being typed
  // ... and much less when what is typed is already a word of the index: 'gedrag' is more likely
  // meant than 'gedragen'; the longer words still come, after the word itself.
  var PREFIX_FACTOR_KNOWN = 0.3;
  var PREFIX_MIN = 3; // letters typed before a word is completed as a prefix
  var PREFIX_TERMS = 40; // at most this many completions of a prefix
  // As hub.index.query: next to a topic, a level or role unit scores less and counts less as a unit.
  var FACET_FACTOR = 0.3;
  var FACET_COVERAGE = 0.5;
  var QUIET_BELOW = 3; // as-you-type queries shorter than this stay quiet: 'z' matches nothing useful
  var KIND_NAMES = { material: "materiaal", qa: "vraag", training: "aanbod" };
  var KIND_CODES = { m: "material", q: "qa", t: "training" };

  var indexUrl = source.getAttribute("data-index") || source.getAttribute("data-hub-search-index");
  var siteRoot = new URL("../", new URL(indexUrl, document.baseURI)); // the index lives in <site>/search/
  var manifest = null;
  var manifestLoad = null;
  var files = {};

  function getJson(path) {
    if (!files[path]) {
      files[path] = fetch(indexUrl + path).then(function (response) {
        if (!response.ok) throw new Error(path + ": " + response.status);
        return response.json();
      });
      files[path].catch(function () { delete files[path]; });
    }
    return files[path];
  }

  function loadManifest() {
    if (!manifestLoad) {
      manifestLoad = getJson("index.json").then(function (data) {
        manifest = data;
        manifest.keySet = new Set(data.keys);
        manifest.stopSet = new Set(data.stop);
        manifest.facetSet = new Set(data.facets || []);
        manifest.phraseMap = new Map();
        manifest.longest = 1;
        data.phrases.forEach(function (entry) {
          manifest.phraseMap.set(entry[0].join(" "), entry[1]);
          manifest.longest = Math.max(manifest.longest, entry[0].length);
        });
        return manifest;
      });
    }
    return manifestLoad;
  }

  // The same folding as hub.index.analysis.fold/words: lowercase, accents dropped, [a-z0-9]+ runs.
  function words(text) {
    return text.normalize("NFKD").toLowerCase().replace(/\p{M}/gu, "").match(/[a-z0-9]+/g) || [];
  }

  function shardKey(term) {
    for (var length = term.length; length > 0; length--) {
      if (manifest.keySet.has(term.slice(0, length))) return term.slice(0, length);
    }
    return null;
  }

  function shardOf(term) {
    var key = shardKey(term);
    if (key === null) return Promise.resolve({ f: {}, p: {} });
    return getJson("t/" + key.replace(/~/g, "_") + ".json");
  }

  // Shards whose words may start with PREFIX: the one holding it, and any split below it.
  function prefixShards(prefix) {
    var keys = manifest.keys.filter(function (key) { return key.indexOf(prefix) === 0; });
    var own = shardKey(prefix);
    if (own !== null && keys.indexOf(own) === -1) keys.push(own);
    return keys.length > 4 ? [] : keys;
  }

  function stemOf(word) {
    return shardOf(word).then(function (shard) { return shard.f[word] || word; });
  }

  function postings(term) {
    return shardOf(term).then(function (shard) {
      var encoded = shard.p[term];
      var scores = new Map();
      if (!encoded) return scores;
      var doc = 0;
      for (var i = 0; i < encoded.length; i += 2) {
        doc += encoded[i];
        scores.set(doc, encoded[i + 1] / manifest.scale);
      }
      return scores;
    });
  }

  function completions(prefix) {
    return Promise.all(prefixShards(prefix).map(function (key) {
      return getJson("t/" + key.replace(/~/g, "_") + ".json");
    })).then(function (shards) {
      var stems = new Set();
      shards.forEach(function (shard) {
        Object.keys(shard.f).forEach(function (form) {
          if (form.indexOf(prefix) === 0) stems.add(shard.f[form]);
        });
        Object.keys(shard.p).forEach(function (term) {
          if (term.indexOf(prefix) === 0) stems.add(term);
        });
      });
      // The shortest completions first: 'lee' means leerling sooner than leerlijnenoverzicht.
      return Array.from(stems).sort(function (a, b) {
        return a.length - b.length || (a < b ? -1 : 1);
      }).slice(0, PREFIX_TERMS);
    });
  }

  // Query words -> units, as hub.index.analysis.Thesaurus.query_units: longest known phrase first.
  function units(stems) {
    var found = [];
    var start = 0;
    while (start < stems.length) {
      var size = Math.min(manifest.longest, stems.length - start);
      for (; size > 0; size--) {
        var concepts = manifest.phraseMap.get(stems.slice(start, start + size).join(" "));
        if (concepts) break;
      }
      if (size > 0) {
        found.push({ words: stems.slice(start, start + size), concepts: concepts, prefixes: [] });
        start += size;
      } else {
        found.push({ words: [stems[start]], concepts: [], prefixes: [] });
        start += 1;
      }
    }
    return found;
  }

  // A unit of only level or role concepts, as hub.index.analysis.QueryUnit.is_facet.
  function isFacet(unit) {
    return unit.concepts.length > 0 && unit.concepts.every(function (concept) { return manifest.facetSet.has(concept); });
  }

  function maxInto(target, scores, factor) {
    scores.forEach(function (score, doc) {
      var value = score * factor;
      if (!(target.get(doc) >= value)) target.set(doc, value);
    });
  }

  // Every document matching a unit, with the unit's score: all its words and its concepts; while
  // the last word is being typed, the best of its completions if that is more.
  function scoreUnit(unit) {
    var wanted = unit.words.concat(unit.concepts, unit.prefixes);
    return Promise.all(wanted.map(postings)).then(function (lists) {
      var scores = new Map();
      var wordLists = lists.slice(0, unit.words.length);
      if (wordLists.length && wordLists.every(function (list) { return list.size; })) {
        wordLists[0].forEach(function (score, doc) {
          var total = score;
          for (var i = 1; i < wordLists.length; i++) {
            if (!wordLists[i].has(doc)) return;
            total += wordLists[i].get(doc);
          }
          scores.set(doc, total);
        });
      }
      // Summed as `hub search` does: a document with the word itself also earns its concept.
      lists.slice(unit.words.length, unit.words.length + unit.concepts.length).forEach(function (list) {
        list.forEach(function (score, doc) {
          scores.set(doc, (scores.get(doc) || 0) + score * CONCEPT_FACTOR);
        });
      });
      var known = wordLists.length > 0 && wordLists[wordLists.length - 1].size > 0;
      lists.slice(unit.words.length + unit.concepts.length).forEach(function (list) {
        maxInto(scores, list, known ? PREFIX_FACTOR_KNOWN : PREFIX_FACTOR);
      });
      return scores;
    });
  }

  function rank(query) {
    return loadManifest().then(function () {
      var typed = words(query);
      var typing = typed.length > 0 && !/\s$/.test(query);
      var last = typing ? typed[typed.length - 1] : null;
      var content = typed.filter(function (word, index) {
        return !manifest.stopSet.has(word) || (typing && index === typed.length - 1);
      });
      return Promise.all(content.map(stemOf)).then(function (stems) {
        var lastIsStop = last !== null && manifest.stopSet.has(last);
        var found = units(lastIsStop ? stems.slice(0, -1) : stems);
        var prefixWork = Promise.resolve();
        if (last !== null && last.length >= PREFIX_MIN) {
          prefixWork = completions(last).then(function (terms) {
            if (lastIsStop || !found.length) {
              if (terms.length) found.push({ words: [], concepts: [], prefixes: terms });
            } else {
              found[found.length - 1].prefixes = terms;
            }
          });
        }
        return prefixWork.then(function () {
          return Promise.all(found.map(function (unit) {
            return scoreUnit(unit).then(function (scores) { return { scores: scores, facet: isFacet(unit) }; });
          }));
        });
      });
    }).then(function (perUnit) {
      var useful = perUnit.filter(function (unit) { return unit.scores.size; });
      var mixed = !useful.every(function (unit) { return unit.facet; }); // only levels/roles: the topic
      var totals = new Map();
      var matched = new Map();
      var whole = 0;
      useful.forEach(function (unit) {
        var lighter = unit.facet && mixed;
        var factor = lighter ? FACET_FACTOR : 1;
        var share = lighter ? FACET_COVERAGE : 1;
        whole += share;
        unit.scores.forEach(function (score, doc) {
          totals.set(doc, (totals.get(doc) || 0) + score * factor);
          matched.set(doc, (matched.get(doc) || 0) + share);
        });
      });
      var ranked = [];
      totals.forEach(function (score, doc) {
        var coverage = matched.get(doc) / whole;
        ranked.push({ doc: doc, score: score * coverage * coverage, kind: KIND_CODES[manifest.kinds[doc]] });
      });
      ranked.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return ranked;
    });
  }

  function describe(hits) {
    return Promise.all(hits.map(function (hit) {
      return getJson("d/" + Math.floor(hit.doc / manifest.bucket) + ".json").then(function (bucket) {
        var meta = bucket[hit.doc % manifest.bucket];
        return { url: meta[0], title: meta[1], kind: meta[2], type: meta[3], levels: meta[4], snippet: meta[5] };
      });
    }));
  }

  // The search as a function for other scripts (the ask box on /helpdesk/): the same index and
  // scoring as the search box. Resolves to {total, counts, results}; results carry an absolute href.
  function query(text, options) {
    var kinds = (options && options.kinds) || null;
    var limit = (options && options.limit) || 8;
    return rank(text).then(function (ranked) {
      var counts = { "": ranked.length, material: 0, qa: 0, training: 0 };
      ranked.forEach(function (hit) { counts[hit.kind] += 1; });
      var shown = ranked.filter(function (hit) { return !kinds || kinds.indexOf(hit.kind) !== -1; });
      return describe(shown.slice(0, limit)).then(function (results) {
        results.forEach(function (result) { result.href = new URL(result.url, siteRoot).href; });
        return { total: shown.length, counts: counts, results: results };
      });
    });
  }

  window.hubSearch = { query: query, words: words, quietBelow: QUIET_BELOW, load: loadManifest };

  // Text with the words that start like a query word marked; built from text nodes only.
  function marked(text, queryWords) {
    var fragment = document.createDocumentFragment();
    text.split(/(\s+)/).forEach(function (part) {
      var folded = words(part)[0] || "";
      var hit = folded.length > 2 && queryWords.some(function (word) {
        return word.length > 2 && (folded.indexOf(word) === 0 || word.indexOf(folded) === 0);
      });
      if (hit) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    return fragment;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function Widget(root) {
    this.root = root;
    this.limit = parseInt(root.getAttribute("data-limit"), 10) || 8;
    this.isPage = root.hasAttribute("data-page");
    this.input = root.querySelector(".hub-search__input");
    this.panel = root.querySelector(".hub-search__panel");
    this.status = root.querySelector(".hub-search__status");
    this.list = root.querySelector(".hub-search__results");
    this.more = root.querySelector(".hub-search__more a");
    this.moreButton = root.querySelector(".hub-search__show-more");
    this.pageSize = this.limit;
    this.kinds = Array.prototype.slice.call(root.querySelectorAll(".hub-search__kinds input"));
    this.sequence = 0;
    this.bind();
  }

  Widget.prototype.kind = function () {
    var chosen = this.kinds.filter(function (radio) { return radio.checked; })[0];
    return chosen ? chosen.value : "";
  };

  Widget.prototype.bind = function () {
    var self = this;
    this.input.addEventListener("focus", loadManifest);
    this.input.addEventListener("input", function () { self.limit = self.pageSize; self.update(); });
    if (this.moreButton) {
      this.moreButton.addEventListener("click", function () {
        var first = self.list.children.length;
        self.limit += self.pageSize;
        self.update().then(function () {
          var next = self.links()[first];
          if (next) next.focus();  // keyboard users continue where the new results start
        });
      });
    }
    this.kinds.forEach(function (radio) {
      radio.addEventListener("change", function () { self.limit = self.pageSize; self.update(); });
    });
    this.root.addEventListener("keydown", function (event) { self.keydown(event); });
    if (!this.isPage) {
      this.root.addEventListener("focusout", function (event) {
        if (!self.root.contains(event.relatedTarget)) self.panel.hidden = true;
      });
      this.input.addEventListener("focus", function () {
        if (self.input.value.trim() && !self.dismissed) self.panel.hidden = false;
      });
    } else {
      var params = new URLSearchParams(window.location.search);
      var kind = params.get("soort") || "";
      this.kinds.forEach(function (radio) { radio.checked = radio.value === kind; });
      var root = this.root; // what follows the results waits for them (hub-first-paint.html)
      if (params.get("q")) {
        this.input.value = params.get("q");
        root.setAttribute("data-hub-await", "query started");
        this.update(true).then(function () { root.removeAttribute("data-hub-await"); });
      } else {
        root.removeAttribute("data-hub-await");
        this.input.focus(); // opened to search (the phone's search icon): bring up the keyboard
      }
    }
  };

  Widget.prototype.links = function () {
    return Array.prototype.slice.call(this.list.querySelectorAll("a"));
  };

  Widget.prototype.keydown = function (event) {
    var links = this.links();
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      if (at === 0) this.input.focus(); else links[at - 1].focus();
    } else if (event.key === "Escape" && !this.isPage) {
      this.panel.hidden = true;
      this.dismissed = true; // until the next keystroke in the box
      this.input.focus();
    }
  };

  // FORCE: search even a query shorter than QUIET_BELOW (it was submitted, not just typed).
  Widget.prototype.update = function (force) {
    var self = this;
    var query = this.input.value;
    var kind = this.kind();
    var sequence = ++this.sequence;
    this.dismissed = false;
    if (this.more) this.more.href = new URL("zoek/?q=" + encodeURIComponent(query.trim()), siteRoot).href;
    if (this.isPage) {
      var params = new URLSearchParams();
      if (query.trim()) params.set("q", query.trim());
      if (kind) params.set("soort", kind);
      var search = params.toString();
      window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }
    if (!query.trim()) {
      this.render([], [], {}, "");
      if (!this.isPage) this.panel.hidden = true;
      return Promise.resolve();
    }
    if (!force && query.trim().length < QUIET_BELOW) {
      this.render([], [], {}, "");
      if (!this.isPage) this.panel.hidden = true;
      return Promise.resolve();
    }
    return window.hubSearch.query(query, { kinds: kind ? [kind] : null, limit: self.limit }).then(function (found) {
      if (sequence !== self.sequence) return;
      self.render(found.results, found.total, found.counts, query);
    }).catch(function () {
      if (sequence !== self.sequence) return;
      self.status.textContent = "Zoeken lukt nu niet. Blader via Materialen, Vragen of Aanbod.";
    });
  };

  Widget.prototype.render = function (results, total, counts, query) {
    var self = this;
    var queryWords = words(query);
    this.list.textContent = "";
    results.forEach(function (result) {
      var item = element("li", "hub-search__hit hub-search__hit--" + result.kind);
      var link = element("a", "hub-search__link");
      link.href = result.href;
      link.appendChild(element("span", "hub-search__type", result.type));
      link.appendChild(element("span", "hub-search__title", result.title));
      item.appendChild(link);
      if (result.levels) {
        var levels = element("p", "hub-search__levels");
        levels.appendChild(element("span", "hub-search__sr", "Onderwijsniveau: "));
        levels.appendChild(document.createTextNode(result.levels));
        item.appendChild(levels);
      }
      if (result.snippet) {
        var snippet = element("p", "hub-search__snippet");
        snippet.appendChild(marked(result.snippet, queryWords));
        item.appendChild(snippet);
      }
      self.list.appendChild(item);
    });
    this.root.querySelectorAll("[data-kind-count]").forEach(function (node) {
      var count = counts[node.getAttribute("data-kind-count")];
      node.textContent = query.trim() && count !== undefined ? "(" + count + ")" : "";
    });
    if (!query.trim()) {
      this.status.textContent = "";
    } else if (!total) {
      this.status.textContent = "Geen resultaten voor \u2018" + query.trim() + "\u2019. Probeer een ander woord of blader.";
    } else {
      var noun = total === 1 ? " resultaat" : " resultaten";
      var visible = results.length < total ? " (de eerste " + results.length + ")" : "";
      this.status.textContent = total + noun + " voor \u2018" + query.trim() + "\u2019" + visible;
    }
    if (this.moreButton) this.moreButton.hidden = results.length >= total;
    if (!this.isPage) this.panel.hidden = false;
    this.root.setAttribute("data-state", "ready");
  };

  Array.prototype.forEach.call(widgets, function (root) { new Widget(root); });
})();
