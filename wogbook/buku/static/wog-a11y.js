/* Buku Interaktif WoG: two accessibility repairs of the theme's and bibliography's markup.
 * 1. The sidebar's expand/collapse toggles are <summary> elements with only an icon:
 *    give each a name screen readers can announce.
 * 2. sphinxcontrib-bibtex marks references role="doc-biblioentry" (deprecated in ARIA 1.2)
 *    inside role="list": announce them as plain list items instead.
 */
(function () {
  "use strict";
  function repair() {
    document.querySelectorAll("summary").forEach(function (s) {
      if (!s.textContent.trim() && !s.getAttribute("aria-label")) {
        s.setAttribute("aria-label", "Tampilkan atau sembunyikan subbagian");
      }
    });
    document.querySelectorAll('[role="list"] > [role="doc-biblioentry"]').forEach(function (e) {
      e.setAttribute("role", "listitem");
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", repair);
  else repair();
})();
