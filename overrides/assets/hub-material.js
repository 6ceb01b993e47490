/* On phones a material page folds its "Over dit materiaal" panel so the material itself comes
   first; without JavaScript, or on wide screens, the panel stays open. */
(function () {
  "use strict";

  var fold = document.querySelector(".hub-panel__fold");
  if (!fold) return;
  if (window.matchMedia("(max-width: 59.9375em)").matches) fold.open = false;
  // Folded as the stylesheet showed it before this ran: from now on the fold's own state rules.
  var panel = fold.closest(".hub-panel");
  if (panel) panel.removeAttribute("data-hub-await");
  // Paper shows the metadata in full.
  window.addEventListener("beforeprint", function () { fold.open = true; });
})();
