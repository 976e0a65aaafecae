/* "Nilai instansi Anda" (chapter 3) in the static book: the reader's profile of drivers and
 * barriers, its summary lines and its bars. The same answer as wogbook.bab3.profil.hasil (a
 * test runs both on many inputs); model: {kategori, skala, butir} from that module. */
(function () {
  "use strict";
  window.WogAlat = window.WogAlat || {};

  /* Python's round(sum / n, 2) then "%.1f" (both round half to even on the exact binary
   * value), with a decimal comma: the numbers here are whole sums over fewer than 40. */
  function oneDecimal(sum, n) {
    var num = sum * 100, q = Math.floor(num / n), rem = num - q * n;
    if (2 * rem > n || (2 * rem === n && q % 2 === 1)) q += 1;
    var text;
    if (q % 50 === 25) {  // an exact quarter: x.25 or x.75
      var t = Math.floor(q / 10);
      if (t % 2 === 1) t += 1;
      text = (t / 10).toFixed(1);
    } else {
      text = (q / 100).toFixed(1);
    }
    return text.replace(".", ",");
  }

  function and(words) {
    return words.length === 1 ? words[0]
      : words.slice(0, -1).join(", ") + " dan " + words[words.length - 1];
  }

  window.WogAlat.profil = function (values, model) {
    var items = model.butir.map(function (b) {
      var v = values[b.nama];
      return { b: b, s: v === null || v === undefined ? 0 : parseInt(v, 10) };
    });
    function of(cat) { return items.filter(function (i) { return i.b.kategori === cat; }); }
    function top(group, n) {
      var pool = items.filter(function (i) {
        return i.s > 0 && (i.b.kelompok === group || i.b.kategori === group);
      });
      // a stable sort, highest score first (ties keep the data's order)
      return pool.map(function (i, k) { return [i, k]; })
        .sort(function (x, y) { return y[0].s - x[0].s || x[1] - y[1]; })
        .map(function (p) { return p[0]; }).slice(0, n);
    }
    function named(list) {
      return list.map(function (i) { return i.b.nama + " (" + i.s + ")"; }).join("; ");
    }
    var strong = top("pendorong", 3), worst = top("hambatan", 2);
    var lines = [
      "Rata-rata: " + model.kategori.map(function (c) {
        var sum = of(c.kunci).reduce(function (a, i) { return a + i.s; }, 0);
        return c.label.toLowerCase() + " " + oneDecimal(sum, of(c.kunci).length);
      }).join(" \u00b7 ") + ".",
      strong.length ? "Pendorong terkuat: " + named(strong) + "."
        : "Belum ada pendorong yang dinilai terasa.",
      worst.length ? "Hambatan terberat: " + named(worst) + "."
        : "Belum ada hambatan yang dinilai terasa."
    ];
    of("hambatan").forEach(function (h) {
      if (h.s < 2) return;
      var hit = strong.filter(function (i) { return i.b.kaitan.indexOf(h.b.nama) >= 0; })
        .map(function (i) { return "\u201c" + i.b.nama + "\u201d"; });
      if (hit.length) lines.push("Waspadai: hambatan \u201c" + h.b.nama +
        "\u201d biasa menghadang pendorong " + and(hit) + ".");
    });
    var restyle = model.kategori.map(function (c, k) {
      var scores = of(c.kunci).map(function (i) { return i.s; });
      return [{ x: [scores], text: [scores.map(function (s) {
        return s + " \u00b7 " + model.skala[s]; })] }, [k]];
    });
    return { judul: "Profil instansi Anda", baris: lines,
             gambar: { restyle: restyle, relayout: {} } };
  };
  window.WogAlat.profil.oneDecimal = oneDecimal;  // for the tests: every (sum, n)
})();
