/* "Over dit materiaal" (who the material is for) stays open on every screen, phones included: a
   reader may fold it, and paper shows it in full again. */
(function () {
  "use strict";

  var fold = document.querySelector(".hub-panel__fold");
  if (!fold) return;
  window.addEventListener("beforeprint", function () { fold.open = true; });
})();
