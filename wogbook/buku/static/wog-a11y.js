/* Buku Interaktif WoG: accessibility repairs of the theme's, bibliography's and tables' markup.
 * 1. The sidebar's expand/collapse toggles are <summary> elements with only an icon:
 *    give each a name screen readers can announce.
 * 2. sphinxcontrib-bibtex marks references role="doc-biblioentry" (deprecated in ARIA 1.2)
 *    inside role="list": announce them as plain list items instead.
 * 3. A data table that scrolls sideways in its box (on a phone) gets keyboard focus.
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
    // 3. a table wider than a phone scrolls inside its box: keyboard users must reach it
    //    (axe scrollable-region-focusable); it is announced by its caption
    document.querySelectorAll(".wog-table-wrap").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1 && !box.hasAttribute("tabindex")) {
        var caption = box.querySelector("caption");
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        if (caption) box.setAttribute("aria-label", caption.textContent.trim());
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", repair);
  else repair();
})();
