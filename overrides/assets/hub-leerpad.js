/* Tick off the steps of a leerpad. The ticks are kept in this browser only (localStorage), under
   one key per leerpad; nothing is sent anywhere. Without storage the boxes still work for the visit.
   The leerpad page has a box per step; a step's own page has one in its "Stap n van m" banner,
   sharing the same key, so a tick on either shows on both. */
(function () {
  "use strict";

  function keyOf(slug) {
    return "hub:leerpad:" + slug;
  }

  function load(key) {
    try {
      var stored = JSON.parse(window.localStorage.getItem(key) || "[]");
      return Array.isArray(stored) ? stored : [];
    } catch (error) {
      return [];
    }
  }

  function save(key, done) {
    try {
      if (done.length) window.localStorage.setItem(key, JSON.stringify(done));
      else window.localStorage.removeItem(key);
    } catch (error) {
      /* private mode or storage switched off: the ticks last for this visit only */
    }
  }

  function setupRoute(route) {
    var key = keyOf(route.getAttribute("data-leerpad"));
    var steps = Array.prototype.slice.call(route.querySelectorAll(".hub-step[data-step]"));
    var tools = route.querySelector(".hub-leerpad__tools");
    var progress = route.querySelector(".hub-leerpad__progress");
    var reset = route.querySelector(".hub-leerpad__reset");

    function boxOf(step) {
      return step.querySelector(".hub-step__done input[type=checkbox]");
    }

    function update() {
      var done = steps.filter(function (step) { return boxOf(step).checked; });
      steps.forEach(function (step) { step.classList.toggle("hub-step--done", boxOf(step).checked); });
      progress.textContent = done.length === steps.length
        ? "Alle " + steps.length + " stappen gedaan. Goed bezig!"
        : done.length + " van " + steps.length + " stappen gedaan.";
      reset.hidden = done.length === 0;
      return done.map(function (step) { return step.getAttribute("data-step"); });
    }

    var remembered = load(key);
    steps.forEach(function (step) {
      var box = boxOf(step);
      box.checked = remembered.indexOf(step.getAttribute("data-step")) >= 0;
      box.parentNode.hidden = false;
      box.addEventListener("change", function () { save(key, update()); });
    });
    reset.addEventListener("click", function () {
      steps.forEach(function (step) { boxOf(step).checked = false; });
      save(key, update());
      boxOf(steps[0]).focus();
    });
    tools.hidden = false;
    update();
    route.removeAttribute("data-hub-await"); // drawn as the stylesheet showed it before this ran
  }

  function setupBanner(banner) {
    var key = keyOf(banner.getAttribute("data-leerpad"));
    var step = banner.getAttribute("data-step");
    var box = banner.querySelector("input[type=checkbox]");
    box.checked = load(key).indexOf(step) >= 0;
    box.addEventListener("change", function () {
      // Read the stored ticks again: another tab may have changed them since this page loaded.
      var done = load(key).filter(function (id) { return id !== step; });
      if (box.checked) done.push(step);
      save(key, done);
    });
    banner.hidden = false;
    var nav = banner.closest(".hub-route");
    if (nav) nav.removeAttribute("data-hub-await"); // drawn as the stylesheet showed it before this ran
  }

  Array.prototype.forEach.call(document.querySelectorAll(".hub-leerpad[data-leerpad]"), setupRoute);
  Array.prototype.forEach.call(document.querySelectorAll(".hub-route__done[data-leerpad]"), setupBanner);
})();
