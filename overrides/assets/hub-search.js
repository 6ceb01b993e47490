/* Site search: queries the prebuilt, sharded index under search/ (built by hub.index.static with the
   same Dutch analysis as `hub search`). Only the shards of the typed words are fetched. A query is
   planned as hub.index.planning plans it for `hub search`: folded words without stop words; words
   naming a theme, rubriek or level without published items answered by a message; an unknown word
   of five letters or more replaced by the most frequent word one edit away ("Bedoelde je ...?");
   synonym and alias phrases; compounds matched by their parts and parts by their compounds. It is
   scored like the editors' search: every query unit counts, documents matching more units rank
   higher, a level or role next to a topic less, and results far below the best are left out.
   The last word also matches as a prefix while it is being typed. On /zoek/ the filters of
   /materialen/ (same URL parameters) narrow the results. Untrusted text is only ever set as text. */
(function () {
  "use strict";

  var widgets = document.querySelectorAll("[data-hub-search]");
  var source = document.querySelector("[data-hub-search], [data-hub-search-index]");
  if (!source || !window.fetch) return;

  var PREFIX_FACTOR = 0.8; // a word that only starts with what is being typed counts a little less
  // ... and much less when what is typed is already a word of the index: 'gedrag' is more likely
  // meant than 'gedragen'; the longer words still come, after the word itself.
  var PREFIX_FACTOR_KNOWN = 0.3;
  var PREFIX_MIN = 3; // letters typed before a word is completed as a prefix
  var PREFIX_TERMS = 40; // at most this many completions of a prefix
  var MIN_PART = 4; // as hub.index.compounds: letters of a compound's head or tail at least
  var LINKS = ["s", "en"]; // linking morphemes: beleid-s-plan, leerling-en-zorg
  var QUIET_BELOW = 3; // as-you-type queries shorter than this stay quiet: 'z' matches nothing useful
  var KIND_CODES = { m: "material", q: "qa", t: "training" };
  var KIND_PARAM = "toon"; // /zoek/?toon=qa; 'soort' is the material type, as on /materialen/
  var KINDS = ["material", "qa", "training"];

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
        manifest.phraseStems = new Set();
        manifest.longest = 1;
        data.phrases.forEach(function (entry) {
          manifest.phraseMap.set(entry[0].join(" "), entry[1]);
          entry[0].forEach(function (part) { manifest.phraseStems.add(part); });
          manifest.longest = Math.max(manifest.longest, entry[0].length);
        });
        manifest.absentMap = new Map();
        manifest.absentLongest = 0;
        (data.absent || []).forEach(function (entry) {
          var shown = { message: entry[1], nearby: entry[2] };
          entry[0].forEach(function (phrase) {
            if (!manifest.absentMap.has(phrase.join(" "))) manifest.absentMap.set(phrase.join(" "), shown);
            manifest.absentLongest = Math.max(manifest.absentLongest, phrase.length);
          });
        });
        return manifest;
      });
    }
    return manifestLoad;
  }

  // The same folding as hub.index.analysis.fold/words: lowercase, accents dropped, [a-z0-9]+ runs.
  function fold(text) {
    return text.normalize("NFKD").toLowerCase().replace(/\p{M}/gu, "");
  }

  function words(text) {
    return fold(text).match(/[a-z0-9]+/g) || [];
  }

  // -- the term shards ---------------------------------------------------------------------------

  function shardKey(term) {
    for (var length = term.length; length > 0; length--) {
      if (manifest.keySet.has(term.slice(0, length))) return term.slice(0, length);
    }
    return null;
  }

  function shardOf(term) {
    var key = shardKey(term);
    if (key === null) return Promise.resolve({});
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
    return shardOf(word).then(function (shard) { return (shard.f && shard.f[word]) || word; });
  }

  function postings(term) {
    return shardOf(term).then(function (shard) {
      var encoded = shard.p && shard.p[term];
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

  function knows(term) {
    return postings(term).then(function (scores) { return scores.size > 0; });
  }

  var completed = {};
  function completions(prefix) {
    if (!completed[prefix]) {
      completed[prefix] = findCompletions(prefix);
      completed[prefix].catch(function () { delete completed[prefix]; });
    }
    return completed[prefix];
  }

  function findCompletions(prefix) {
    return Promise.all(prefixShards(prefix).map(function (key) {
      return getJson("t/" + key.replace(/~/g, "_") + ".json");
    })).then(function (shards) {
      var stems = new Set();
      shards.forEach(function (shard) {
        Object.keys(shard.f || {}).forEach(function (form) {
          if (form.indexOf(prefix) === 0) stems.add(shard.f[form]);
        });
        Object.keys(shard.p || {}).forEach(function (term) {
          if (term.indexOf(prefix) === 0) stems.add(term);
        });
      });
      // The shortest completions first: 'lee' means leerling sooner than leerlijnenoverzicht.
      return Array.from(stems).sort(function (a, b) {
        return a.length - b.length || (a < b ? -1 : 1);
      }).slice(0, PREFIX_TERMS);
    });
  }

  // -- the vocabulary: spelling and compounds (hub.index.spelling, hub.index.compounds) ------------

  // 32-bit FNV-1a over the key's characters, as hub.index.spelling.bucket_of.
  function bucketOf(key, buckets) {
    var value = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      value = Math.imul(value ^ key.charCodeAt(i), 0x01000193) >>> 0;
    }
    return value % buckets;
  }

  function spellingKeys(word) {
    var size = manifest.spelling.key;
    var keys = new Set([word.slice(0, size)]);
    for (var at = 0; at < Math.min(size, word.length); at++) {
      keys.add((word.slice(0, at) + word.slice(at + 1)).slice(0, size));
    }
    return Array.from(keys);
  }

  function vocabularyEntry(key) {
    var path = "v/" + bucketOf(key, manifest.spelling.buckets) + ".json";
    return getJson(path).then(function (bucket) { return bucket[key] || {}; });
  }

  function tailEntry(key) {
    var path = "e/" + bucketOf(key, manifest.tails) + ".json";
    return getJson(path).then(function (bucket) { return bucket[key] || {}; });
  }

  // One insertion, deletion, substitution or transposition apart (hub.index.spelling.one_edit_apart).
  function oneEditApart(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i;
    if (a.length === b.length) {
      var diffs = [];
      for (i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
      if (diffs.length === 1) return true;
      return diffs.length === 2 && diffs[1] === diffs[0] + 1 &&
        a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]];
    }
    var short = a.length < b.length ? a : b;
    var long = a.length < b.length ? b : a;
    for (i = 0; i < short.length && short[i] === long[i]; i++);
    return short.slice(i) === long.slice(i + 1);
  }

  // The most frequent word of the vocabulary one edit away, or null (Vocabulary.corrections), as
  // {word: folded, shown: with its accents}.
  function correction(word) {
    if (word.length < manifest.spelling.min) return Promise.resolve(null);
    return Promise.all(spellingKeys(word).map(vocabularyEntry)).then(function (entries) {
      var best = null;
      var bestCount = -1;
      entries.forEach(function (entry) {
        Object.keys(entry.w || {}).forEach(function (candidate) {
          var count = entry.w[candidate];
          if (!oneEditApart(word, candidate)) return;
          if (count > bestCount || (count === bestCount && candidate < best.word)) {
            best = { word: candidate, shown: (entry.a && entry.a[candidate]) || candidate };
            bestCount = count;
          }
        });
      });
      return best;
    });
  }

  // The stems of a compound's two parts, or null (hub.index.compounds.split_compound): from the
  // build for a word of the index, else split here against the vocabulary's heads and tails.
  function splitWord(word) {
    var size = manifest.spelling.key;
    if (word.length < 2 * MIN_PART) return Promise.resolve(null);
    return shardOf(word).then(function (shard) {
      if ((shard.f && shard.f[word]) || (shard.p && shard.p[word])) return (shard.x && shard.x[word]) || null;
      return Promise.all([vocabularyEntry(word.slice(0, size)), tailEntry(word.slice(-size))]).then(function (found) {
        var heads = found[0].h || {};
        var tails = found[1];
        var best = null;
        for (var at = MIN_PART; at <= word.length - MIN_PART; at++) {
          var tail = tails[word.slice(at)];
          if (!tail) continue;
          var raw = word.slice(0, at);
          var forms = [raw];
          LINKS.forEach(function (link) {
            if (raw.length > link.length && raw.slice(-link.length) === link) forms.push(raw.slice(0, -link.length));
          });
          forms.forEach(function (form) {
            var head = form.length >= MIN_PART ? heads[form] : null;
            if (!head) return;
            var score = head[1] * tail[1];
            if (!best || score > best.score || (score === best.score && at > best.at)) {
              best = { score: score, at: at, parts: [head[0], tail[0]] };
            }
          });
        }
        return best ? best.parts : null;
      });
    });
  }

  // Compounds of the index whose two parts are both among STEMS (Vocabulary.compounds_of).
  function compoundsOf(stems) {
    var wanted = new Set(stems);
    return Promise.all(Array.from(wanted).map(shardOf)).then(function (shards) {
      var found = {};
      Array.from(wanted).forEach(function (part, index) {
        ((shards[index].c || {})[part] || []).forEach(function (entry) {
          if (wanted.has(entry[1]) && wanted.has(entry[2]) && entry[1] !== entry[2] && !wanted.has(entry[0])) {
            found[entry[0]] = [entry[1], entry[2]];
          }
        });
      });
      return found;
    });
  }

  // -- planning a query (hub.index.planning.plan_query) -------------------------------------------

  // Stems -> the absent entries their phrases name (longest first) and the positions left over.
  function namedAbsent(stems) {
    var named = [];
    var kept = [];
    var start = 0;
    while (start < stems.length) {
      var size = Math.min(manifest.absentLongest, stems.length - start);
      for (; size > 0; size--) {
        var entry = manifest.absentMap.get(stems.slice(start, start + size).join(" "));
        if (entry) {
          if (named.indexOf(entry) === -1) named.push(entry);
          break;
        }
      }
      if (size > 0) {
        start += size;
      } else {
        kept.push(start);
        start += 1;
      }
    }
    return { named: named, kept: kept };
  }

  // Query words -> units, as hub.index.analysis.Thesaurus.query_units: longest known phrase first.
  function units(stems, forms) {
    var found = [];
    var start = 0;
    while (start < stems.length) {
      var size = Math.min(manifest.longest, stems.length - start);
      var concepts = null;
      for (; size > 0; size--) {
        concepts = manifest.phraseMap.get(stems.slice(start, start + size).join(" "));
        if (concepts) break;
      }
      if (size === 0) size = 1;
      found.push({
        words: stems.slice(start, start + size),
        forms: forms.slice(start, start + size),
        concepts: concepts || [],
        prefixes: [],
        split: null,
      });
      start += size;
    }
    return found;
  }

  // TEXT with the words whose folded form has a correction replaced by it (planning.corrected_text).
  function correctedText(text, corrections) {
    return text.replace(/[\p{L}\p{N}\p{M}]+/gu, function (token) {
      if (!Object.prototype.hasOwnProperty.call(corrections, fold(token))) return token;
      var fixed = corrections[fold(token)];
      var upper = token[0] !== token[0].toLowerCase();
      return upper ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
    });
  }

  // A word is kept as typed when the index knows it, when it belongs to a synonym or alias phrase,
  // when it splits into known words, or (the last word, while typed) when words start with it.
  function fixWord(word, typingLast) {
    return stemOf(word).then(function (stem) {
      if (manifest.phraseStems.has(stem)) return null;
      return knows(stem).then(function (known) {
        if (known) return null;
        // Unknown words are mostly typos: look for the correction while the split is looked for.
        var fix = correction(word);
        return splitWord(word).then(function (parts) {
          if (parts) return null;
          var started = typingLast ? completions(word) : Promise.resolve([]);
          return started.then(function (terms) { return terms.length ? null : fix; });
        });
      });
    });
  }

  function plan(query) {
    var typed = words(query);
    var typing = typed.length > 0 && !/\s$/.test(query);
    var last = typing ? typed[typed.length - 1] : null;
    var lastIsStop = last !== null && manifest.stopSet.has(last);
    var content = typed.filter(function (word) { return !manifest.stopSet.has(word); });
    var result = { units: [], joins: {}, corrections: {}, suggestion: null, absent: [] };
    if (last !== null && last.length >= PREFIX_MIN) completions(last); // fetched meanwhile
    return Promise.all(content.map(stemOf)).then(function (stems) {
      var absent = namedAbsent(stems);
      result.absent = absent.named;
      var kept = absent.kept.map(function (position) { return content[position]; });
      var lastKept = !lastIsStop && last !== null && absent.kept.indexOf(content.length - 1) !== -1;
      return Promise.all(kept.map(function (word, index) {
        return fixWord(word, lastKept && index === kept.length - 1);
      })).then(function (fixes) {
        var forms = kept.map(function (word, index) {
          if (!fixes[index]) return word;
          result.corrections[word] = fixes[index].shown;
          return fixes[index].word;
        });
        if (Object.keys(result.corrections).length) result.suggestion = correctedText(query, result.corrections);
        return Promise.all(forms.map(stemOf)).then(function (formStems) {
          result.units = units(formStems, forms);
          return Promise.all(result.units.map(function (unit) {
            return unit.forms.length === 1 ? splitWord(unit.forms[0]) : null;
          }));
        }).then(function (splits) {
          result.units.forEach(function (unit, index) { unit.split = splits[index] || null; });
          var single = result.units.filter(function (unit) { return unit.words.length === 1; })
            .map(function (unit) { return unit.words[0]; });
          return compoundsOf(single);
        }).then(function (joins) {
          result.joins = joins;
          // While the last word is typed it also stands for the words that start with it.
          if (last === null || last.length < PREFIX_MIN || (!lastIsStop && !lastKept)) return result;
          return completions(last).then(function (terms) {
            if (!terms.length) return;
            if (lastIsStop || !result.units.length || result.corrections[last]) {
              if (!result.corrections[last]) result.units.push({ words: [], forms: [], concepts: [], prefixes: terms, split: null });
            } else {
              result.units[result.units.length - 1].prefixes = terms;
            }
          }).then(function () { return result; });
        });
      });
    });
  }

  // -- scoring (hub.index.query) -------------------------------------------------------------------

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

  // Every document matching a unit, with the unit's score: all its words and its concepts; a
  // compound's parts and a compound of its words where they score more (query.plan_scores); while
  // the last word is being typed, the best of its completions if that is more.
  function scoreUnit(unit, joins) {
    var factors = manifest.factors;
    var joined = Object.keys(joins).sort().filter(function (whole) {
      return unit.words.length === 1 && joins[whole].indexOf(unit.words[0]) !== -1;
    });
    var split = unit.split || [];
    // A compound's part is its stem or a synonym of it, whichever scores more (query._part_scores).
    var partConcepts = split.map(function (part) { return manifest.phraseMap.get(part) || []; });
    var splitTerms = [];
    split.forEach(function (part, index) { splitTerms = splitTerms.concat([part], partConcepts[index]); });
    var wanted = unit.words.concat(unit.concepts, unit.prefixes, splitTerms, joined);
    return Promise.all(wanted.map(postings)).then(function (lists) {
      var at = 0;
      function take(count) { var part = lists.slice(at, at + count); at += count; return part; }
      var wordLists = take(unit.words.length);
      var conceptLists = take(unit.concepts.length);
      var prefixLists = take(unit.prefixes.length);
      var splitLists = split.map(function (part, index) {
        var own = take(1)[0];
        var best = new Map(own);
        take(partConcepts[index].length).forEach(function (list) { maxInto(best, list, factors.concept); });
        return best;
      });
      var joinLists = take(joined.length);
      var scores = new Map();
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
      conceptLists.forEach(function (list) {
        list.forEach(function (score, doc) {
          scores.set(doc, (scores.get(doc) || 0) + score * factors.concept);
        });
      });
      var known = wordLists.length > 0 && wordLists[wordLists.length - 1].size > 0;
      prefixLists.forEach(function (list) {
        maxInto(scores, list, known ? PREFIX_FACTOR_KNOWN : PREFIX_FACTOR);
      });
      if (splitLists.length === 2) {
        var parts = new Map();
        splitLists[0].forEach(function (score, doc) {
          // The parts stand for one word: their mean counts, as a match of the word would.
          if (splitLists[1].has(doc)) parts.set(doc, (score + splitLists[1].get(doc)) / 2);
        });
        maxInto(scores, parts, factors.compound);
      }
      joinLists.forEach(function (list) { maxInto(scores, list, factors.compound); });
      return scores;
    });
  }

  // Documents best first, those far below the best left out (query.rank).
  function combine(perUnit) {
    var factors = manifest.factors;
    var useful = perUnit.filter(function (unit) { return unit.scores.size; });
    var mixed = !useful.every(function (unit) { return unit.facet; }); // only levels/roles: the topic
    var totals = new Map();
    var matched = new Map();
    var whole = 0;
    useful.forEach(function (unit) {
      var lighter = unit.facet && mixed;
      var factor = lighter ? factors.facet : 1;
      var share = lighter ? factors.facetCoverage : 1;
      whole += share;
      unit.scores.forEach(function (score, doc) {
        totals.set(doc, (totals.get(doc) || 0) + score * factor);
        matched.set(doc, (matched.get(doc) || 0) + share);
      });
    });
    var ranked = [];
    var best = 0;
    totals.forEach(function (score, doc) {
      var coverage = matched.get(doc) / whole;
      var value = score * coverage * coverage;
      best = Math.max(best, value);
      ranked.push({ doc: doc, score: value, kind: KIND_CODES[manifest.kinds[doc]] });
    });
    ranked = ranked.filter(function (hit) { return hit.score > 0 && hit.score >= best * factors.cut; });
    ranked.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return ranked;
  }

  function rank(query) {
    return loadManifest().then(function () { return plan(query); }).then(function (planned) {
      return Promise.all(planned.units.map(function (unit) {
        return scoreUnit(unit, planned.joins).then(function (scores) { return { scores: scores, facet: isFacet(unit) }; });
      })).then(function (perUnit) {
        planned.ranked = combine(perUnit);
        return planned;
      });
    });
  }

  // -- filters (the same options as /materialen/: search/f/<name>.json) ----------------------------

  function decodeDocs(encoded) {
    if (typeof encoded === "string") {
      var bytes = atob(encoded);
      return function (doc) { return ((bytes.charCodeAt(doc >> 3) >> (doc & 7)) & 1) === 1; };
    }
    var members = new Set();
    var doc = 0;
    encoded.forEach(function (delta) { doc += delta; members.add(doc); });
    return function (number) { return members.has(number); };
  }

  var filterFiles = {};
  function filterOptions(name) {
    if (!filterFiles[name]) {
      filterFiles[name] = getJson("f/" + name + ".json").then(function (data) {
        var options = {};
        Object.keys(data).forEach(function (option) { options[option] = decodeDocs(data[option]); });
        return options;
      });
    }
    return filterFiles[name];
  }

  // CHOICE: filter name -> chosen option ids. Resolves to name -> (doc -> whether it passes).
  function filterTests(choice) {
    var names = Object.keys(choice).filter(function (name) {
      return choice[name].length && (manifest.filters || []).indexOf(name) !== -1;
    });
    return Promise.all(names.map(filterOptions)).then(function (loaded) {
      var tests = {};
      names.forEach(function (name, index) {
        var options = choice[name].map(function (id) { return loaded[index][id]; }).filter(Boolean);
        tests[name] = function (doc) { return options.some(function (has) { return has(doc); }); };
      });
      return tests;
    });
  }

  function passes(doc, tests, except) {
    return Object.keys(tests).every(function (name) { return name === except || tests[name](doc); });
  }

  function describe(hits) {
    return Promise.all(hits.map(function (hit) {
      return getJson("d/" + Math.floor(hit.doc / manifest.bucket) + ".json").then(function (bucket) {
        var meta = bucket[hit.doc % manifest.bucket];
        return { url: meta[0], title: meta[1], kind: meta[2], type: meta[3], levels: meta[4], snippet: meta[5] };
      });
    }));
  }

  function absolute(path) {
    return new URL(path, siteRoot).href;
  }

  // The search as a function for other scripts (the ask box on /helpdesk/) and the widgets: the same
  // index and scoring as the search box. OPTIONS: kinds (a list), limit, filters (name -> option ids).
  // Resolves to {total, counts, results, ranked, suggestion, absent}: results carry an absolute
  // href; absent: [{message, nearby: [{label, href}]}].
  function query(text, options) {
    var kinds = (options && options.kinds) || null;
    var limit = (options && options.limit) || 8;
    var choice = (options && options.filters) || {};
    return rank(text).then(function (planned) {
      return filterTests(choice).then(function (tests) {
        var inFilters = planned.ranked.filter(function (hit) { return passes(hit.doc, tests); });
        var counts = { "": inFilters.length, material: 0, qa: 0, training: 0 };
        inFilters.forEach(function (hit) { counts[hit.kind] += 1; });
        var shown = inFilters.filter(function (hit) { return !kinds || kinds.indexOf(hit.kind) !== -1; });
        return describe(shown.slice(0, limit)).then(function (results) {
          results.forEach(function (result) { result.href = absolute(result.url); });
          return {
            total: shown.length,
            counts: counts,
            results: results,
            ranked: planned.ranked,
            suggestion: planned.suggestion,
            absent: planned.absent.map(function (entry) {
              return {
                message: entry.message,
                nearby: entry.nearby.map(function (pair) { return { label: pair[0], href: absolute(pair[1]) }; }),
              };
            }),
          };
        });
      });
    });
  }

  window.hubSearch = {
    query: query, words: words, quietBelow: QUIET_BELOW, load: loadManifest,
    // For tests that hold the browser's analysis against `hub search`'s.
    plan: function (text) { return loadManifest().then(function () { return plan(text); }); },
  };

  // -- the widgets ---------------------------------------------------------------------------------

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

  // The filter panel of /zoek/ (hub/partials/filters.html): its choice lives in the URL as on
  // /materialen/ (?niveau=a,b&thema=c), counts follow the results.
  function Filters(widget, form) {
    var self = this;
    this.widget = widget;
    this.form = form;
    this.inputs = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
    this.names = Array.prototype.map.call(form.querySelectorAll("fieldset[data-facet]"), function (fieldset) {
      return fieldset.getAttribute("data-facet");
    });
    this.builtCounts = this.inputs.map(function (input) {
      return input.parentNode.querySelector(".hub-facet__count").textContent;
    });
    var listing = form.closest(".hub-listing");
    this.listing = listing;
    this.toggle = listing.querySelector(".hub-filter-toggle");
    this.toggleCount = this.toggle.querySelector(".hub-filter-toggle__count");
    this.narrow = window.matchMedia("(max-width: 59.9375em)");
    this.toggle.addEventListener("click", function () {
      self.setOpen(self.toggle.getAttribute("aria-expanded") !== "true");
    });
    form.addEventListener("change", function (event) {
      if (event.target.type !== "checkbox") return;
      widget.go(true);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function (event) {
      event.preventDefault();
      self.set(self.empty());
      widget.go(true);
    });
    Array.prototype.forEach.call(form.querySelectorAll("details.hub-facet"), function (details) {
      details.open = false;
      details.addEventListener("toggle", function () { if (details.open) self.recount(); });
    });
    form.hidden = false;
  }

  Filters.prototype.setOpen = function (open) {
    this.toggle.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) this.listing.setAttribute("data-filters-open", ""); else this.listing.removeAttribute("data-filters-open");
  };

  Filters.prototype.empty = function () {
    var choice = {};
    this.names.forEach(function (name) { choice[name] = []; });
    return choice;
  };

  Filters.prototype.fromParams = function (params) {
    var choice = this.empty();
    this.names.forEach(function (name) {
      params.getAll(name).forEach(function (value) {
        value.split(",").forEach(function (id) {
          id = id.trim();
          // 'soort' once chose materials, questions or offerings here; now it is the material type.
          if (id && KINDS.indexOf(id) === -1 && choice[name].indexOf(id) < 0) choice[name].push(id);
        });
      });
    });
    return choice;
  };

  Filters.prototype.current = function () {
    var choice = this.empty();
    this.inputs.forEach(function (input) {
      if (input.checked) choice[input.name].push(input.value);
    });
    return choice;
  };

  Filters.prototype.set = function (choice) {
    this.inputs.forEach(function (input) {
      input.checked = choice[input.name].indexOf(input.value) >= 0;
      if (input.checked && input.parentNode.hasAttribute("data-deep")) input.parentNode.hidden = false;
    });
    var chosen = 0;
    var form = this.form;
    this.names.forEach(function (name) {
      chosen += choice[name].length;
      var label = form.querySelector('[data-chosen="' + name + '"]');
      if (label) label.textContent = choice[name].length ? "(" + choice[name].length + " gekozen)" : "";
      if (choice[name].length) form.querySelector('fieldset[data-facet="' + name + '"]').closest("details").open = true;
    });
    this.toggleCount.textContent = chosen ? "(" + chosen + ")" : "";
    this.drawn();
  };

  // hub-filters.js draws the chips and the phone's "Toon N resultaten" from this.
  Filters.prototype.drawn = function () {
    var shown = this.widget.ranked ? this.widget.total : null;
    this.form.dispatchEvent(new CustomEvent("hub-filters-drawn", { detail: { shown: shown } }));
  };

  Filters.prototype.active = function (choice) {
    return this.names.some(function (name) { return choice[name].length > 0; });
  };

  // Counts within the results for the groups on show (their files load when a group opens).
  Filters.prototype.recount = function () {
    var self = this;
    var ranked = this.widget.ranked;
    var choice = this.current();
    var kind = this.widget.kind();
    if (!ranked) {
      this.inputs.forEach(function (input, index) {
        input.disabled = false;
        input.parentNode.querySelector(".hub-facet__count").textContent = self.builtCounts[index];
      });
      return Promise.resolve();
    }
    var open = this.names.filter(function (name) {
      return self.form.querySelector('fieldset[data-facet="' + name + '"]').closest("details").open;
    });
    return Promise.all([filterTests(choice), Promise.all(open.map(filterOptions))]).then(function (loaded) {
      var tests = loaded[0];
      open.forEach(function (name, index) {
        var options = loaded[1][index];
        var pool = ranked.filter(function (hit) {
          return (!kind || hit.kind === kind) && passes(hit.doc, tests, name);
        });
        self.inputs.forEach(function (input) {
          if (input.name !== name) return;
          var has = options[input.value];
          var count = has ? pool.filter(function (hit) { return has(hit.doc); }).length : 0;
          input.parentNode.querySelector(".hub-facet__count").textContent = "(" + count + ")";
          // An option that would add nothing and empty the list is switched off, never hidden.
          input.disabled = count === 0 && !input.checked;
        });
      });
    });
  };

  function Widget(root) {
    this.root = root;
    this.limit = parseInt(root.getAttribute("data-limit"), 10) || 8;
    this.isPage = root.hasAttribute("data-page");
    this.input = root.querySelector(".hub-search__input");
    this.panel = root.querySelector(".hub-search__panel");
    this.status = root.querySelector(".hub-search__status");
    this.notices = root.querySelector(".hub-search__notices");
    this.list = root.querySelector(".hub-search__results");
    this.more = root.querySelector(".hub-search__more a");
    this.moreButton = root.querySelector(".hub-search__show-more");
    this.pageSize = this.limit;
    this.kinds = Array.prototype.slice.call(root.querySelectorAll(".hub-search__kinds input"));
    this.sequence = 0;
    this.ranked = null;
    var facets = this.isPage && root.querySelector("#hub-facets");
    this.filters = facets ? new Filters(this, facets) : null;
    this.bind();
  }

  Widget.prototype.kind = function () {
    var chosen = this.kinds.filter(function (radio) { return radio.checked; })[0];
    return chosen ? chosen.value : "";
  };

  Widget.prototype.choice = function () {
    return this.filters ? this.filters.current() : {};
  };

  // The page's state as a URL: ?q=...&toon=...&niveau=a,b (the filters as /materialen/ writes them).
  Widget.prototype.search = function () {
    var parts = [];
    var query = this.input.value.trim();
    if (query) parts.push("q=" + encodeURIComponent(query));
    if (this.kind()) parts.push(KIND_PARAM + "=" + this.kind());
    var choice = this.choice();
    Object.keys(choice).forEach(function (name) {
      if (choice[name].length) parts.push(name + "=" + choice[name].map(encodeURIComponent).join(","));
    });
    return parts.length ? "?" + parts.join("&") : "";
  };

  // Read the page's state from the URL (on load and on back/forward).
  Widget.prototype.restore = function () {
    var params = new URLSearchParams(window.location.search);
    var legacy = params.get("soort");
    var kind = params.get(KIND_PARAM) || (KINDS.indexOf(legacy) !== -1 ? legacy : "");
    this.kinds.forEach(function (radio) { radio.checked = radio.value === kind; });
    if (this.filters) this.filters.set(this.filters.fromParams(params));
    this.input.value = params.get("q") || "";
  };

  // Apply a change of the page's state: PUSH records it as a step back (a filter), else it replaces.
  Widget.prototype.go = function (push) {
    if (this.filters) this.filters.set(this.choice());
    var url = window.location.pathname + this.search();
    if (push) window.history.pushState({ hubSearch: true }, "", url);
    else window.history.replaceState(null, "", url);
    this.limit = this.pageSize;
    return this.update(true, true);
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
      // On a filtered list (/materialen/?niveau=...) a search keeps the filters.
      this.root.querySelector(".hub-search__form").addEventListener("submit", function (event) {
        keepFilters(event.target);
      });
      return;
    }
    this.notices.addEventListener("click", function (event) {
      var link = event.target.closest("a[data-query]");
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      self.input.value = link.getAttribute("data-query");
      self.go(true);
      self.input.focus();
    });
    this.root.querySelector(".hub-search__form").addEventListener("submit", function (event) {
      event.preventDefault();
      self.go(true);
    });
    window.addEventListener("popstate", function () {
      self.restore();
      self.limit = self.pageSize;
      self.update(true, true);
    });
    if (this.filters) {
      if (this.filters.narrow.addEventListener) {
        this.filters.narrow.addEventListener("change", function () { self.filters.setOpen(false); });
      }
    }
    this.restore();
    var tidy = window.location.pathname + this.search();
    if (tidy !== window.location.pathname + window.location.search) window.history.replaceState(null, "", tidy);
    if (this.input.value) {
      this.update(true, true);
    } else {
      this.render(null, "");
      this.input.focus(); // opened to search (the phone's search icon): bring up the keyboard
    }
  };

  Widget.prototype.links = function () {
    return Array.prototype.slice.call(this.list.querySelectorAll("a"));
  };

  Widget.prototype.keydown = function (event) {
    var links = this.links();
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && links.length && (at >= 0 || event.target === this.input)) {
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

  // The /zoek/ address of a query with the kind and filters of this page (or, in the header box,
  // those of the filtered list it stands on).
  Widget.prototype.searchUrl = function (text) {
    var url = new URL("zoek/", siteRoot);
    if (text.trim()) url.searchParams.set("q", text.trim());
    if (this.isPage) {
      var search = this.search().replace(/^\?/, "").split("&").filter(function (part) {
        return part && part.indexOf("q=") !== 0;
      });
      return url.href + (search.length ? (text.trim() ? "&" : "?") + search.join("&") : "");
    }
    pageFilters().forEach(function (pair) { url.searchParams.set(pair[0], pair[1]); });
    return url.href;
  };

  // FORCE: search even a query shorter than QUIET_BELOW (it was submitted, not just typed);
  // KEEP_URL: the caller has already written the URL.
  Widget.prototype.update = function (force, keepUrl) {
    var self = this;
    var text = this.input.value;
    var kind = this.kind();
    var sequence = ++this.sequence;
    this.dismissed = false;
    if (this.more) this.more.href = this.searchUrl(text);
    if (this.isPage && !keepUrl) window.history.replaceState(null, "", window.location.pathname + this.search());
    var quiet = !text.trim() || (!force && text.trim().length < QUIET_BELOW);
    if (quiet) {
      this.ranked = null;
      this.render(null, "");
      if (!this.isPage) this.panel.hidden = true;
      if (this.filters) this.filters.recount();
      return Promise.resolve();
    }
    var options = { kinds: kind ? [kind] : null, limit: self.limit, filters: this.choice() };
    return query(text, options).then(function (found) {
      if (sequence !== self.sequence) return;
      self.ranked = found.ranked;
      self.render(found, text);
      if (self.filters) return self.filters.recount();
    }).catch(function () {
      if (sequence !== self.sequence) return;
      self.status.textContent = "Zoeken lukt nu niet. Blader via Materialen, Vragen of Aanbod.";
    });
  };

  Widget.prototype.renderNotices = function (found) {
    var self = this;
    this.notices.textContent = "";
    if (!found) return;
    if (found.suggestion) {
      var mean = element("p", "hub-search__suggestion", "Bedoelde je ");
      var link = element("a", null, found.suggestion);
      link.href = this.searchUrl(found.suggestion);
      link.setAttribute("data-query", found.suggestion);
      mean.appendChild(link);
      mean.appendChild(document.createTextNode("?"));
      this.notices.appendChild(mean);
    }
    found.absent.forEach(function (entry) {
      var box = element("div", "hub-search__absent");
      box.appendChild(element("p", "hub-search__absent-message", entry.message));
      if (entry.nearby.length) {
        var near = element("p", "hub-search__nearby", "Kijk ook bij: ");
        entry.nearby.forEach(function (item, index) {
          if (index) near.appendChild(document.createTextNode(", "));
          var link = element("a", null, item.label);
          link.href = item.href;
          near.appendChild(link);
        });
        box.appendChild(near);
      }
      self.notices.appendChild(box);
    });
  };

  Widget.prototype.render = function (found, query) {
    var self = this;
    var results = found ? found.results : [];
    var total = found ? found.total : 0;
    var counts = found ? found.counts : {};
    var queryWords = words(query);
    if (found && found.suggestion) queryWords = queryWords.concat(words(found.suggestion));
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
    this.renderNotices(found);
    this.root.querySelectorAll("[data-kind-count]").forEach(function (node) {
      var count = counts[node.getAttribute("data-kind-count")];
      node.textContent = found && count !== undefined ? "(" + count + ")" : "";
    });
    this.status.textContent = found ? this.statusText(found, query.trim()) : "";
    this.total = total;
    if (this.filters) this.filters.drawn();
    if (this.moreButton) this.moreButton.hidden = results.length >= total;
    if (!this.isPage) this.panel.hidden = false;
    this.root.setAttribute("data-state", "ready");
    this.root.setAttribute("data-shown", found ? query.trim() : ""); // what the results are for
  };

  Widget.prototype.statusText = function (found, query) {
    var filtered = this.filters && this.filters.active(this.choice());
    var within = filtered ? " binnen je filters" : "";
    var parts = [];
    found.absent.forEach(function (entry) { parts.push(entry.message); });
    if (found.total) {
      var noun = found.total === 1 ? " resultaat" : " resultaten";
      var visible = found.results.length < found.total ? " (de eerste " + found.results.length + ")" : "";
      parts.push(found.total + noun + " voor \u2018" + query + "\u2019" + within + visible + ".");
    } else if (!found.absent.length) {
      parts.push("Geen resultaten voor \u2018" + query + "\u2019" + within + "." +
        (filtered ? " Haal een filter weg of probeer een ander woord." : " Probeer een ander woord of blader."));
    }
    if (found.suggestion) parts.push("Bedoelde je \u2018" + found.suggestion + "\u2019?");
    return parts.join(" ");
  };

  // The filters of the list page this script runs on (hub-browse.js keeps them in the URL), as
  // [name, value] pairs: a search from here keeps them.
  function pageFilters() {
    var facets = document.getElementById("hub-facets");
    if (!facets || document.querySelector("[data-hub-search][data-page]")) return [];
    var params = new URLSearchParams(window.location.search);
    var pairs = [];
    Array.prototype.forEach.call(facets.querySelectorAll("fieldset[data-facet]"), function (fieldset) {
      var name = fieldset.getAttribute("data-facet");
      var values = params.getAll(name).join(",").split(",").filter(Boolean);
      if (values.length) pairs.push([name, values.join(",")]);
    });
    return pairs;
  }

  // Before a search form of a filtered list goes to /zoek/, add the list's filters to it.
  function keepFilters(form) {
    Array.prototype.forEach.call(form.querySelectorAll("input[data-hub-kept]"), function (input) {
      input.remove();
    });
    pageFilters().forEach(function (pair) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = pair[0];
      input.value = pair[1];
      input.setAttribute("data-hub-kept", "");
      form.appendChild(input);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[role=search]"), function (form) {
    if (!form.closest("[data-hub-search]") && /\/zoek\/$/.test(form.getAttribute("action") || "")) {
      form.addEventListener("submit", function () { keepFilters(form); });
    }
  });

  Array.prototype.forEach.call(widgets, function (root) { new Widget(root); });
})();
