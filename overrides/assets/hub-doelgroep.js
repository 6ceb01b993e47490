/* "Stel je doelgroep in" (hub/partials/doelgroep.html): set, change and clear the reader's level and
   role, kept in this browser only (localStorage "hub-doelgroep": {"niveau": id, "rol": id}; no cookie,
   nothing sent). partials/hub-doelgroep-head.html applies the kept choice to a page's URL before its
   first paint; here a new choice is applied to the page on show at once: its niveau and rol filters
   are replaced in the URL and the list's own script (hub-browse.js, hub-search.js) redraws as it
   does on the back button. */
(function () {
  "use strict";

  var box = document.querySelector(".hub-doelgroep");
  if (!box || !document.documentElement.hasAttribute("data-hub-store")) return;
  var KEY = "hub-doelgroep";
  var NAMES = ["niveau", "rol"];
  var root = document.documentElement;
  var form = box.querySelector(".hub-doelgroep__form");
  var openers = box.querySelectorAll("[aria-controls=hub-doelgroep-form]");

  function stored() {
    try {
      return JSON.parse(window.localStorage.getItem(KEY) || "null") || {};
    } catch (error) {
      return {};
    }
  }

  function setOpen(open) {
    form.hidden = !open;
    Array.prototype.forEach.call(openers, function (button) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // Show CHOICE (name -> id) in the page's filters: the URL's niveau and rol replaced, the rest kept.
  function apply(choice) {
    var params = new URLSearchParams(window.location.search);
    NAMES.forEach(function (name) {
      params.delete(name);
      if (choice[name]) params.set(name, choice[name]);
    });
    var query = params.toString();
    if (window.hubDoelgroepPrivate && Object.keys(choice).length) window.hubDoelgroepPrivate();
    window.history.pushState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    window.dispatchEvent(new PopStateEvent("popstate", { state: null }));
  }

  Array.prototype.forEach.call(openers, function (button) {
    button.addEventListener("click", function () {
      var open = form.hidden;
      if (open) {
        var kept = stored();
        NAMES.forEach(function (name) {
          var select = form.querySelector('select[name="' + name + '"]');
          if (select) select.value = kept[name] || "";
        });
      }
      setOpen(open);
      if (open) form.querySelector("select").focus();
    });
  });

  form.querySelector(".hub-doelgroep__cancel").addEventListener("click", function () {
    setOpen(false);
    box.querySelector(root.hasAttribute("data-hub-doelgroep") ? ".hub-doelgroep__change" : ".hub-doelgroep__open").focus();
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var choice = {};
    NAMES.forEach(function (name) {
      var select = form.querySelector('select[name="' + name + '"]');
      if (select && select.value) choice[name] = select.value;
    });
    setOpen(false);
    if (!Object.keys(choice).length) {
      clear();
      return;
    }
    window.localStorage.setItem(KEY, JSON.stringify(choice));
    root.setAttribute("data-hub-doelgroep", "");
    window.hubDoelgroepLabels();
    apply(choice);
    box.querySelector(".hub-doelgroep__change").focus();
  });

  // Forget the choice, and take its filters off the page on show if they are still the ones it set.
  function clear() {
    var kept = stored();
    window.localStorage.removeItem(KEY);
    root.removeAttribute("data-hub-doelgroep");
    window.hubDoelgroepLabels();
    var params = new URLSearchParams(window.location.search);
    var same = NAMES.every(function (name) { return (params.get(name) || "") === (kept[name] || ""); });
    if (same && NAMES.some(function (name) { return kept[name]; })) apply({});
    box.querySelector(".hub-doelgroep__open").focus();
  }

  box.querySelector(".hub-doelgroep__clear").addEventListener("click", clear);
})();
