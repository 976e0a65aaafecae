/* The sandbox of section 1.1 in the static book: coordination and collaboration month by
 * month, with the rules of wogbook.bab1.simulasi and the same random draws (the model
 * carries Python's stream for each seed). The same answer as simulasi.hasil_kotak (a test
 * runs both on many inputs); the arithmetic keeps Python's order, so the numbers agree. */
(function () {
  "use strict";
  window.WogAlat = window.WogAlat || {};
  var MODES = ["koordinasi", "kolaborasi"];
  var TRACES = [["koordinasi", "persen"], ["kolaborasi", "persen"],
                ["koordinasi", "takEfektif"], ["kolaborasi", "takEfektif"]];

  /* Python's round(): half to even. */
  function pct(x) {
    var r = Math.round(x);
    if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
    return r;
  }

  function rules(mode, p, K) {
    var n = p.instansi, m = (n - 1) / n, e = p.ego * (1 - p.insentif / 2);
    if (mode === "koordinasi")
      return { m: m, fokus: 1 - e * m, info: K.INFO_KOORD * p.berbagi_data * (1 - e),
               waktu: 1 - K.MEETING * (n - 1) };
    return { m: m, fokus: 1.0, info: p.berbagi_data, waktu: 1 - K.JOINT * (n - 1) * (1 + e) };
  }

  function run(mode, p, model) {
    var K = model.konstanta, r = rules(mode, p, K), n = p.instansi;
    var draws = model.acak[String(p.seed)];
    var prot = 0.0, spent = 0.0, dup = 0.0, over = 0.0, own = 0.0, months = [];
    for (var t = 0; t < p.bulan; t++) {
      var sum = 0;
      for (var k = 0; k < n; k++) sum += draws[t * n + k];
      var z = sum / n;
      var share = prot / K.COHORT;
      var ganda = r.m * (1 - r.info) * share;
      var work = z * r.waktu * r.fokus * (1 - ganda);
      prot += K.REACH * work * (K.COHORT - prot);
      spent += n;
      over += n * (1 - r.waktu);
      dup += n * r.waktu * r.fokus * ganda;
      own += n * r.waktu * (1 - r.fokus);
      months.push({ bulan: t + 1, persen: 100 * prot / K.COHORT,
                    takEfektif: 100 * (dup + over + own) / spent });
    }
    return months;
  }

  window.WogAlat.simulasi = function (values, model) {
    var p = { instansi: parseInt(values.instansi, 10), ego: parseFloat(values.ego),
              berbagi_data: parseFloat(values.berbagi_data), insentif: parseFloat(values.insentif),
              bulan: parseInt(values.bulan, 10), seed: parseInt(values.seed, 10) };
    var runs = {};
    MODES.forEach(function (mode) { runs[mode] = run(mode, p, model); });
    var k = runs.koordinasi[p.bulan - 1], c = runs.kolaborasi[p.bulan - 1];
    var restyle = TRACES.map(function (tr, i) {
      return [{ y: [runs[tr[0]].map(function (mo) { return pct(mo[tr[1]]); })] }, [i]];
    });
    return {
      judul: "Setelah " + k.bulan + " bulan: kolaborasi " + pct(c.persen) + "% \u00b7 koordinasi " +
        pct(k.persen) + "% bayi terlindungi.",
      baris: ["Anggaran yang tidak menjadi hasil bersama: kolaborasi " + pct(c.takEfektif) +
              "%, koordinasi " + pct(k.takEfektif) + "%.",
              "Instansi yang terlibat: " + model.instansi.slice(0, p.instansi).join(", ") + "."],
      gambar: { restyle: restyle, relayout: { "title.text": "Setelah " + k.bulan +
        " bulan, bayi yang terlindungi:<br>kolaborasi <b>" + pct(c.persen) +
        "%</b> \u00b7 koordinasi <b>" + pct(k.persen) + "%</b>" } }
    };
  };
})();
