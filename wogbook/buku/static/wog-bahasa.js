/* Buku Interaktif WoG: Indonesian for the strings that three scripts of the page write
 * themselves, without a message catalog (the theme's strings come from wogbook/buku/locale).
 * Loaded deferred, right after those scripts (which, deferred, add their buttons at once).
 * 1. sphinx-copybutton: its `messages` table has no "id" entry, so it falls back to English
 *    ("Copy", "Copy to clipboard", "Copied!"): add one and choose it.
 * 2. sphinx-togglebutton: its buttons carry aria-label="Toggle hidden content" while they
 *    show the hint text ("Klik untuk menampilkan", set in the book's configuration): their
 *    accessible name becomes the hint they show, kept current as it changes.
 * 3. Sphinx's search page: "Search finished, found N page(s)…" is untranslated in Sphinx's
 *    Indonesian catalog.
 */
(function () {
  "use strict";
  var SALIN = {
    copy: "Salin",
    copy_to_clipboard: "Salin ke papan klip",
    copy_success: "Tersalin!",
    copy_failure: "Gagal menyalin",
  };
  /* global messages, locale, iconCheck, iconCopy, Documentation */
  if (typeof messages === "object" && messages && !messages.id) {
    messages.id = SALIN;
    if (document.documentElement.lang === "id") {
      locale = "id";
      // the two icons were written (with their English titles) when the script ran
      var title = /<title>[^<]*<\/title>/;
      if (typeof iconCheck === "string") iconCheck = iconCheck.replace(title, "<title>" + SALIN.copy_success + "</title>");
      if (typeof iconCopy === "string") iconCopy = iconCopy.replace(title, "<title>" + SALIN.copy_to_clipboard + "</title>");
      // deferred, sphinx-copybutton adds its buttons as soon as it runs: name those
      document.querySelectorAll("button.copybtn").forEach(function (button) {
        button.setAttribute("data-tooltip", SALIN.copy);
        var t = button.querySelector("svg title");
        if (t) t.textContent = SALIN.copy_to_clipboard;
      });
    }
  }

  if (typeof Documentation === "object" && Documentation && Documentation.addTranslations) {
    Documentation.addTranslations({
      locale: "id",
      plural_expr: "0",
      messages: {
        "Search finished, found ${resultCount} page(s) matching the search query.":
          "Pencarian selesai: ${resultCount} halaman cocok dengan kata yang dicari.",
      },
    });
  }

  function nameToggles() {
    document.querySelectorAll("button.toggle-button").forEach(function (button) {
      var sync = function () {
        var hint = button.getAttribute("data-toggle-hint");
        if (hint && button.getAttribute("aria-label") !== hint) button.setAttribute("aria-label", hint);
      };
      sync();
      new MutationObserver(sync).observe(button, { attributes: true, attributeFilter: ["data-toggle-hint"] });
    });
  }
  // after sphinx-togglebutton's own DOMContentLoaded handler, which adds the buttons
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", nameToggles);
  else nameToggles();
})();
