/* Kwaliteitsfiche: the response-norm calculator (N participants -> answers needed) and a print
   button. Both read what the page already shows; without this script the norm table suffices. */
(function () {
  "use strict";

  // "0.35" -> {units: 35, scale: 100}: integer arithmetic, so 100 x 0.07 gives 7 and not 8.
  function parseRate(text) {
    var parts = String(text).split(".");
    var decimals = parts[1] || "";
    return { units: parseInt(parts[0] + decimals, 10), scale: Math.pow(10, decimals.length) };
  }

  function needed(groupSize, rateText) {
    var rate = parseRate(rateText);
    return Math.floor((groupSize * rate.units + rate.scale - 1) / rate.scale);
  }

  function percent(rateText) {
    var rate = parseRate(rateText);
    return String((rate.units * 100) / rate.scale).replace(".", ",") + "%";
  }

  function setUpCalculator(box) {
    var input = box.querySelector("input");
    var output = box.querySelector("output");
    var rows = Array.prototype.slice.call(document.querySelectorAll(".hub-norms tr[data-participants]"));
    var norms = rows.map(function (row) {
      return { row: row, participants: parseInt(row.getAttribute("data-participants"), 10), rate: row.getAttribute("data-rate") };
    });

    function update() {
      rows.forEach(function (row) { row.classList.remove("hub-norm--active"); });
      box.classList.remove("hub-calc--answered");
      var text = input.value.trim();
      var size = Number(text);
      if (!text) {
        output.textContent = "Vul het aantal deelnemers in.";
        return;
      }
      if (!Number.isInteger(size) || size < 1) {
        output.textContent = "Vul een geheel aantal deelnemers in, vanaf 1.";
        return;
      }
      var norm = null;
      norms.forEach(function (candidate) {
        if (candidate.participants <= size && (!norm || candidate.participants > norm.participants)) norm = candidate;
      });
      if (!norm) {
        output.textContent = "Voor een groep van minder dan " + box.getAttribute("data-smallest") +
          " deelnemers geldt geen norm: vraag iedereen om de bevraging in te vullen.";
        box.classList.add("hub-calc--answered");
        return;
      }
      var answers = needed(size, norm.rate);
      norm.row.classList.add("hub-norm--active");
      output.textContent = "Bij " + size + " deelnemers heb je minstens " + answers + " " +
        (answers === 1 ? "antwoord" : "antwoorden") + " nodig (" + percent(norm.rate) + ").";
      box.classList.add("hub-calc--answered"); // printed with the fiche
    }

    input.addEventListener("input", update);
    box.hidden = false;
    update();
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-hub-calc]"), setUpCalculator);

  // The printed line "Afgedrukt van <URL> op <date>": the address the page was opened at and today's
  // date, filled now and again just before printing (a tab may stay open for days).
  function stampPrint() {
    var where = window.location.origin + window.location.pathname;
    var today = new Date().toLocaleDateString("nl-BE", { day: "numeric", month: "long", year: "numeric" });
    Array.prototype.forEach.call(document.querySelectorAll("[data-hub-print-url]"), function (span) {
      if (/^https?:/.test(where)) span.textContent = where;
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-hub-print-date]"), function (span) {
      span.textContent = " op " + today;
    });
  }
  stampPrint();
  window.addEventListener("beforeprint", stampPrint);

  Array.prototype.forEach.call(document.querySelectorAll("[data-hub-print]"), function (button) {
    button.addEventListener("click", function () { window.print(); });
    button.parentNode.hidden = false;
  });
  // Drawn as the stylesheet showed it before this ran: from now on this script's state rules.
  Array.prototype.forEach.call(document.querySelectorAll(".hub-fiche[data-hub-await]"), function (fiche) {
    fiche.removeAttribute("data-hub-await");
  });
})();
