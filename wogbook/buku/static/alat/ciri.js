/* "Uji masalah Anda" (chapter 2) in the static book: per source, how many of its traits of a
 * wicked problem the reader ticked. The same answer as wogbook.bab2.ciri.hasil (a test runs
 * both on many inputs); model: {sumber: [{nama, ciri: [trait ids]}]} from that module. */
(function () {
  "use strict";
  window.WogAlat = window.WogAlat || {};

  /* Python's str.split() whitespace (not JavaScript's \s, which also holds U+FEFF). */
  var SPACE = /[\t\n\v\f\r \u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

  /* wogbook.bab2.ciri.problem_name: spaces tidied, at most 60 characters. */
  function problemName(text) {
    var tidy = String(text || "").split(SPACE).filter(Boolean).join(" ");
    return Array.from(tidy).slice(0, 60).join("") || "masalah Anda";
  }

  window.WogAlat.ciri = function (values, model) {
    return {
      judul: "Cocok untuk " + problemName(values.masalah) + ":",
      baris: model.sumber.map(function (s) {
        var k = s.ciri.filter(function (id) { return values[id] === true; }).length;
        return s.nama + ": " + k + " dari " + s.ciri.length + " ciri";
      })
    };
  };
})();
