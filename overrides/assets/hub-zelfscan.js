/* The zelfscan as a self-assessment: after the last answer it shows the average per dimension and
   the recommended materials of the weakest dimensions. Answers stay in the page: nothing is sent
   or stored. Without JavaScript the page lists the statements and recommendations instead. */
(function () {
  "use strict";

  var scan = document.querySelector(".hub-scan");
  if (!scan) return;
  var form = scan.querySelector(".hub-scan__form");
  var result = scan.querySelector(".hub-scan__result");
  var progress = form.querySelector(".hub-scan__progress");
  var total = Number(progress.getAttribute("data-total"));
  var dimensions = Array.prototype.slice.call(form.querySelectorAll(".hub-scan__dimension"));
  var WEAKEST = 2; // how many dimensions to advise on (more when they tie)
  var HIGHEST = 4;

  function number(value) {
    return value.toLocaleString("nl-BE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }

  function answers() {
    return dimensions.map(function (dimension) {
      var statements = dimension.querySelectorAll(".hub-scan__statement");
      var values = [];
      Array.prototype.forEach.call(statements, function (statement) {
        var checked = statement.querySelector("input[type=radio]:checked");
        if (checked) values.push(Number(checked.value));
      });
      return { index: dimension.getAttribute("data-dimension"), values: values, size: statements.length };
    });
  }

  function answeredCount(all) {
    return all.reduce(function (sum, dimension) { return sum + dimension.values.length; }, 0);
  }

  function titleOf(index) {
    return result.querySelector('.hub-scan__advice[data-dimension="' + index + '"]').getAttribute("data-title");
  }

  function showResult(all, moveFocus) {
    var scored = all.map(function (dimension) {
      var sum = dimension.values.reduce(function (a, b) { return a + b; }, 0);
      return { index: dimension.index, average: sum / dimension.values.length };
    });
    scored.forEach(function (dimension) {
      var selector = '[data-dimension="' + dimension.index + '"] ';
      result.querySelector("tr" + selector + ".hub-scan__score").textContent = number(dimension.average);
      var bar = result.querySelector(".hub-scan__bar" + selector);
      bar.querySelector(".hub-scan__bar-fill").style.width = (dimension.average / HIGHEST) * 100 + "%";
      bar.querySelector(".hub-scan__bar-value").textContent = number(dimension.average);
    });
    // The WEAKEST lowest averages; on equal averages the dimension that comes first in the scan.
    var ranked = scored
      .filter(function (dimension) { return dimension.average < HIGHEST; })
      .sort(function (a, b) { return a.average - b.average || Number(a.index) - Number(b.index); });
    var weak = ranked.slice(0, WEAKEST);
    var tied = ranked.length > WEAKEST && ranked[WEAKEST].average === weak[WEAKEST - 1].average;
    var weakIndexes = weak.map(function (dimension) { return dimension.index; });
    Array.prototype.forEach.call(result.querySelectorAll(".hub-scan__advice"), function (advice) {
      advice.hidden = weakIndexes.indexOf(advice.getAttribute("data-dimension")) < 0;
    });
    // Show the advice in order of weakness, each recommended material once.
    var seen = {};
    weak.forEach(function (dimension) {
      var advice = result.querySelector('.hub-scan__advice[data-dimension="' + dimension.index + '"]');
      result.appendChild(advice);
      var cards = advice.querySelectorAll(".hub-cards > li");
      var fresh = 0;
      Array.prototype.forEach.call(cards, function (card) {
        var link = card.querySelector("a[href]");
        var key = link ? link.getAttribute("href") : "";
        card.hidden = Boolean(seen[key]);
        if (!card.hidden) fresh += 1;
        seen[key] = true;
      });
      var same = advice.querySelector(".hub-scan__same");
      if (same) same.hidden = fresh > 0 || cards.length === 0;
    });
    result.appendChild(result.querySelector(".hub-scan__print"));
    result.appendChild(result.querySelector(".hub-scan__all-good"));
    result.querySelector(".hub-scan__all-good").hidden = weak.length > 0;
    result.querySelector(".hub-scan__summary").textContent = weak.length
      ? "Je laagste scores: " + weak.map(function (dimension) {
          return titleOf(dimension.index) + " (" + number(dimension.average) + ")";
        }).join(", ") + "." +
        (tied ? " Andere onderdelen scoren even laag; bij gelijke scores tonen we het onderdeel dat eerst in de scan staat." : "") +
        " Hieronder vind je materialen om mee verder te gaan."
      : "Je scoort op elk onderdeel de hoogste waarde.";
    result.hidden = false;
    if (moveFocus) result.querySelector("#hub-scan-result-title").focus();
  }

  function onChange() {
    var all = answers();
    var count = answeredCount(all);
    if (count === total) {
      progress.textContent = "Alle " + total + " stellingen beantwoord. Je resultaat staat onder de vragenlijst.";
      showResult(all, false);
    } else {
      progress.textContent = count + " van " + total + " stellingen beantwoord.";
    }
  }

  form.addEventListener("change", onChange);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var all = answers();
    var count = answeredCount(all);
    if (count === total) {
      showResult(all, true);
      return;
    }
    progress.textContent = "Nog " + (total - count) + " van " + total + " stellingen te beantwoorden.";
    var statements = form.querySelectorAll(".hub-scan__statement");
    for (var i = 0; i < statements.length; i += 1) {
      if (!statements[i].querySelector("input:checked")) {
        statements[i].querySelector("input").focus();
        break;
      }
    }
  });
  form.addEventListener("reset", function () {
    result.hidden = true;
    window.setTimeout(onChange, 0);
  });

  // Print only the result (print stylesheet in hub.css); the browser's dialog also saves a PDF.
  var printButton = result.querySelector(".hub-scan__print-button");
  function endPrint() {
    scan.classList.remove("hub-scan--printing");
    document.body.classList.remove("hub-printing-scan");
  }
  printButton.addEventListener("click", function () {
    scan.classList.add("hub-scan--printing");
    document.body.classList.add("hub-printing-scan");
    window.print();
  });
  window.addEventListener("afterprint", endPrint);

  scan.querySelector(".hub-scan__static").hidden = true;
  form.hidden = false;
  scan.removeAttribute("data-hub-await"); // drawn as the stylesheet showed it before this ran
})();
