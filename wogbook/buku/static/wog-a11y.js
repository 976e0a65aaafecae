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
  }
  // 3. a table wider than a phone scrolls inside its box: keyboard users must reach it
  //    (axe scrollable-region-focusable); it is announced by its caption. Measured once the
  //    page has loaded and been laid out: measuring earlier makes the browser lay the page out
  //    ahead of time (Lighthouse counted 300-440 ms of a phone's main thread for it), and
  //    every box is measured before any is marked, so one layout serves them all
  function markScrollable() {
    var wide = Array.prototype.filter.call(document.querySelectorAll(".wog-table-wrap"),
      function (box) { return box.scrollWidth > box.clientWidth + 1; });
    wide.forEach(function (box) {
      if (box.hasAttribute("tabindex")) return;
      var caption = box.querySelector("caption");
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      if (caption) box.setAttribute("aria-label", caption.textContent.trim());
    });
  }
  if (document.readyState === "complete") markScrollable();
  else window.addEventListener("load", markScrollable);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", repair);
  else repair();
})();
