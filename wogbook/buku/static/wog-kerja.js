/* Buku Interaktif WoG: the reader's own tools and the reader's workbook, without a kernel.
 *
 * Each <form class="wog-form"> (written by wogbook.inti.formulir) carries a JSON spec:
 * its fields, and either the answer of every combination (precomputed by the Python
 * model: "tabel") or the name of a small browser module (wogbook/buku/static/alat/*.js,
 * registered in window.WogAlat) that computes it. What the reader enters is kept in
 * localStorage ("Buku Kerja Saya"), restored on every visit, and gathered on the workbook
 * page (<div id="wog-buku-kerja">), which exports, imports, prints and clears it. A
 * prediction's figure stays covered until the reader has made a guess.
 * Nothing leaves the device. All text is written as text (never as HTML).
 */
(function () {
  "use strict";
  var STORE = "wog-buku-kerja";
  var APP = "buku-interaktif-wog";
  var VERSION = 1;
  window.WogAlat = window.WogAlat || {};

  // ------------------------------------------------------------------ storage
  function emptyBook() { return { aplikasi: APP, versi: VERSION, entri: {} }; }

  function readBook() {
    try {
      var raw = window.localStorage.getItem(STORE);
      if (!raw) return emptyBook();
      var book = JSON.parse(raw);
      return checkBook(book) ? emptyBook() : book;
    } catch (e) { return emptyBook(); }
  }

  function writeBook(book) {
    try { window.localStorage.setItem(STORE, JSON.stringify(book)); return true; }
    catch (e) { return false; }
  }

  function isText(x) { return typeof x === "string"; }

  /* Why a workbook (from storage or an imported file) is not usable, or "" if it is. */
  function checkBook(book) {
    if (!book || typeof book !== "object" || Array.isArray(book))
      return "isinya bukan Buku Kerja (bukan objek JSON)";
    if (book.aplikasi !== APP) return "berkas ini bukan Buku Kerja dari Buku Interaktif WoG";
    if (book.versi !== VERSION) return "versi Buku Kerja " + String(book.versi) +
      " tidak dikenal (yang dikenal: " + VERSION + ")";
    if (!book.entri || typeof book.entri !== "object" || Array.isArray(book.entri))
      return "bagian 'entri' tidak ada atau rusak";
    var keys = Object.keys(book.entri);
    for (var i = 0; i < keys.length; i++) {
      var e = book.entri[keys[i]];
      var where = "entri '" + keys[i] + "'";
      if (!e || typeof e !== "object") return where + " rusak";
      if (!isText(e.judul) || !isText(e.bab)) return where + ": judul atau bab tidak ada";
      if (!e.nilai || typeof e.nilai !== "object" || Array.isArray(e.nilai))
        return where + ": isian tidak ada";
      var vals = Object.keys(e.nilai);
      for (var j = 0; j < vals.length; j++) {
        var v = e.nilai[vals[j]];
        if (v !== null && !isText(v) && typeof v !== "boolean")
          return where + ": isian '" + vals[j] + "' bukan teks atau centang";
      }
      if (e.hasil !== null && e.hasil !== undefined) {
        if (typeof e.hasil !== "object" || !isText(e.hasil.judul) || !Array.isArray(e.hasil.baris)
            || !e.hasil.baris.every(isText))
          return where + ": hasil rusak";
        // a figure's state goes to plotly: only the markup the book's own states use
        if (e.hasil.gambar !== undefined && (typeof e.hasil.gambar !== "object" ||
            !Array.isArray(e.hasil.gambar.restyle) ||
            /<(?!\/?(b|i|br)>)/.test(JSON.stringify(e.hasil.gambar))))
          return where + ": gambar hasil rusak atau memuat markah yang tidak diizinkan";
      }
    }
    return "";
  }

  // ------------------------------------------------------------------ forms
  function specOf(form) {
    return JSON.parse(form.querySelector("script.wog-form-spec").textContent);
  }

  function readValues(form, spec) {
    var values = {};
    spec.fields.forEach(function (f) {
      var els = form.querySelectorAll('[name="' + CSS.escape(f.key) + '"]');
      if (f.jenis === "pilihan") {
        values[f.key] = null;
        els.forEach(function (el) { if (el.checked) values[f.key] = el.value; });
      } else if (f.jenis === "centang") {
        values[f.key] = els.length ? els[0].checked : false;
      } else {
        values[f.key] = els.length ? els[0].value : "";
      }
    });
    return values;
  }

  function writeValues(form, spec, values) {
    spec.fields.forEach(function (f) {
      if (!(f.key in values)) return;
      var v = values[f.key];
      form.querySelectorAll('[name="' + CSS.escape(f.key) + '"]').forEach(function (el) {
        if (f.jenis === "pilihan") el.checked = v !== null && el.value === v;
        else if (f.jenis === "centang") el.checked = v === true;
        else el.value = isText(v) ? v : "";
      });
    });
  }

  /* The answer for these values: from the precomputed table, or from the tool's module. */
  function answer(spec, values) {
    var dims = spec.fields.filter(function (f) { return f.jenis !== "isian"; });
    if (spec.lengkap !== false &&
        dims.some(function (f) { return f.jenis === "pilihan" && values[f.key] === null; }))
      return null;
    if (spec.alat) {
      var tool = window.WogAlat[spec.alat];
      if (!tool) throw new Error("modul alat '" + spec.alat + "' tidak dimuat");
      return tool(values, spec.model);
    }
    var t = spec.tabel, flat = 0;
    dims.forEach(function (f, k) {
      var pos = f.jenis === "centang" ? (values[f.key] ? 1 : 0) : f.opsi.indexOf(values[f.key]);
      if (pos < 0) throw new Error("jawaban '" + values[f.key] + "' tidak dikenal");
      flat = flat * t.dims[k] + pos;
    });
    var found = t.hasil[t.index[flat]];
    var result = { judul: t.teks[found.judul],
                   baris: found.baris.map(function (i) { return t.teks[i]; }) };
    if (found.gambar) result.gambar = found.gambar;
    return result;
  }

  // ------------------------------------------------------------------ group codes
  /* The same codes as wogbook.inti.formulir.Formulir.kode / dari_kode (a test runs both). */
  var ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  function check(text) {
    var total = 0;
    for (var i = 0; i < text.length; i++) {
      var k = ALPHABET.indexOf(text[i]);
      total += (i + 1) * (k >= 0 ? k : text.charCodeAt(i));
    }
    return ALPHABET[total % 31];
  }

  function dimsOf(spec) { return spec.fields.filter(function (f) { return f.jenis !== "isian"; }); }

  function kode(spec, values) {
    var c = spec.kode, number = 0;
    dimsOf(spec).forEach(function (f, k) {
      var v = values[f.key], digit;
      if (f.jenis === "centang") digit = v ? 1 : 0;
      else if (v === null || v === undefined) {
        if (spec.lengkap !== false) throw new Error("belum semua dijawab");
        digit = f.opsi.length;
      } else digit = f.opsi.indexOf(v);
      number = number * c.radix[k] + digit;
    });
    var body = "";
    do { body = ALPHABET[number % 32] + body; number = Math.floor(number / 32); } while (number);
    while (body.length < c.panjang) body = "0" + body;
    return c.awalan + "-" + body + check(c.awalan + body);
  }

  /* {values} of a code, or {error: message naming the code}. */
  function dariKode(spec, code) {
    var c = spec.kode, shown = String(code).trim();
    var tidy = shown.toUpperCase().replace(/ /g, "");
    var dash = tidy.indexOf("-");
    var prefix = dash < 0 ? tidy : tidy.slice(0, dash);
    if (prefix !== c.awalan) return { error: "Kode '" + shown + "' bukan kode '" + spec.judul +
      "' (kodenya diawali " + c.awalan + "-)." };
    var rest = (dash < 0 ? "" : tidy.slice(dash + 1)).replace(/-/g, "")
      .replace(/O/g, "0").replace(/[IL]/g, "1");
    if (rest.length !== c.panjang + 1 || rest.split("").some(function (ch) {
      return ALPHABET.indexOf(ch) < 0; }))
      return { error: "Kode '" + shown + "' rusak: sesudah " + c.awalan + "- harus ada " +
        (c.panjang + 1) + " huruf atau angka." };
    var body = rest.slice(0, -1);
    if (check(c.awalan + body) !== rest.slice(-1))
      return { error: "Kode '" + shown + "' rusak: huruf periksanya tidak cocok (salah " +
        "ketik?). Mintalah kode itu sekali lagi." };
    var number = 0;
    for (var i = 0; i < body.length; i++) number = number * 32 + ALPHABET.indexOf(body[i]);
    var dims = dimsOf(spec), digits = [];
    for (var k = dims.length - 1; k >= 0; k--) {
      digits.unshift(number % c.radix[k]);
      number = Math.floor(number / c.radix[k]);
    }
    if (number) return { error: "Kode '" + shown + "' rusak: angkanya di luar jangkauan " +
      "formulir ini." };
    var values = {};
    spec.fields.forEach(function (f) { values[f.key] = f.jenis === "isian" ? "" : null; });
    dims.forEach(function (f, k) {
      values[f.key] = f.jenis === "centang" ? digits[k] === 1
        : digits[k] < f.opsi.length ? f.opsi[digits[k]] : null;
    });
    return { values: values };
  }

  function showAnswer(out, result, waiting) {
    out.textContent = "";
    out.classList.toggle("wog-menunggu", !result);  // not printed: a paper form waits for a pen
    if (!result) { out.textContent = waiting; return; }
    var head = document.createElement("strong");
    head.textContent = result.judul;
    var p = document.createElement("p");
    p.appendChild(head);
    out.appendChild(p);
    if (result.baris && result.baris.length) {
      var ul = document.createElement("ul");
      result.baris.forEach(function (line) {
        var li = document.createElement("li");
        li.textContent = line;
        ul.appendChild(li);
      });
      out.appendChild(ul);
    }
  }

  function showFigure(spec, result) {
    if (!spec.gambar || !result || !result.gambar || !window.wogFigures) return;
    window.wogFigures.apply(spec.gambar, result.gambar);
  }

  /* A prediction's figure is covered (blurred, inert) until the guess is made. */
  function cover(spec, open) {
    if (!spec.tutup) return;
    var plot = document.getElementById(spec.gambar);
    var fig = plot && plot.closest("figure");
    if (!fig) return;
    fig.classList.toggle("wog-tertutup", !open);
    if (open) fig.removeAttribute("inert"); else fig.setAttribute("inert", "");
  }

  function startForm(form) {
    var spec = specOf(form);
    var out = form.querySelector("output.wog-form-hasil");
    var dead = form.querySelector(".wog-form-mati");
    if (dead) dead.hidden = true;
    form.setAttribute("data-wog-siap", "memuat");

    function refresh(save) {
      var values = readValues(form, spec), result;
      try { result = answer(spec, values); }
      catch (err) { out.textContent = "Hasil tidak dapat dihitung: " + err.message; return; }
      showAnswer(out, result, spec.menunggu);
      if (result && spec.kode) {
        var line = el("p", undefined, "wog-form-kode");
        line.appendChild(document.createTextNode("Kode kelompok (untuk dibandingkan di kelas): "));
        line.appendChild(el("code", kode(spec, values)));
        out.appendChild(line);
      }
      showFigure(spec, result);
      cover(spec, !!result);
      if (!save) return;
      var book = readBook();
      book.entri[spec.key] = { bab: spec.bab, judul: spec.judul, nilai: values,
                               hasil: result || null, diubah: new Date().toISOString() };
      if (result && spec.kode) book.entri[spec.key].kode = kode(spec, values);
      if (!writeBook(book))
        out.appendChild(document.createTextNode(
          " (Tidak dapat disimpan: penyimpanan peramban penuh atau dimatikan.)"));
    }

    var saved = readBook().entri[spec.key];
    if (saved) writeValues(form, spec, saved.nilai);
    form.addEventListener("change", function () { refresh(true); });
    form.addEventListener("input", function (e) { if (e.target.type === "text") refresh(true); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.querySelector(".wog-form-kosongkan").addEventListener("click", function () {
      form.reset();
      var book = readBook();
      delete book.entri[spec.key];
      writeBook(book);
      refresh(false);
    });
    refresh(false);
    form.setAttribute("data-wog-siap", "siap");
  }

  // ------------------------------------------------------------------ quizzes
  /* A chapter's quiz (jupyterquiz, after the mark of wogbook.inti.kuis.marker): the first
   * answer to each question on this visit is recorded (many-choice: right once every right
   * option is chosen before any wrong one). */
  function startQuiz(mark) {
    var area = mark.closest(".cell_output") || mark.parentElement;
    var key = "kuis." + mark.getAttribute("data-wog-kuis");
    var done = {}, picked = {};
    area.addEventListener("click", function (e) {
      var label = e.target.closest && e.target.closest("label.MCButton");
      if (!label) return;
      var answers = Array.prototype.slice.call(area.querySelectorAll("div.Answer"));
      var q = answers.indexOf(label.parentElement);
      if (q < 0 || done[q]) return;
      var options = label.parentElement.querySelectorAll("label.MCButton");
      var rights = Array.prototype.filter.call(options, function (o) {
        return o.getAttribute("data-correct") === "true"; }).length;
      picked[q] = picked[q] || {};
      picked[q][Array.prototype.indexOf.call(options, label)] = true;
      var right = label.getAttribute("data-correct") === "true";
      if (right && Object.keys(picked[q]).length < rights) return;  // more to find
      done[q] = right ? "1" : "0";
      var book = readBook();
      var entry = book.entri[key] || { bab: mark.getAttribute("data-wog-bab"),
                                       judul: "Uji Pemahaman", nilai: {} };
      entry.nilai[String(q + 1)] = done[q];
      var numbers = Object.keys(entry.nilai).sort(function (a, b) { return a - b; });
      var good = numbers.filter(function (n) { return entry.nilai[n] === "1"; }).length;
      entry.hasil = {
        judul: good + " dari " + answers.length + " soal benar pada jawaban pertama",
        baris: numbers.map(function (n) {
          return "Soal " + n + ": " + (entry.nilai[n] === "1" ? "benar" : "belum tepat"); })
      };
      entry.diubah = new Date().toISOString();
      book.entri[key] = entry;
      writeBook(book);
    });
  }

  // ------------------------------------------------------------------ the workbook page
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function dateText(iso) {
    var d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleString("id-ID", { dateStyle: "long", timeStyle: "short" });
  }

  function renderBook(root) {
    var list = root.querySelector(".wog-kerja-isi");
    var book = readBook();
    var keys = Object.keys(book.entri).sort(function (a, b) {
      var x = book.entri[a], y = book.entri[b];
      return x.bab.localeCompare(y.bab, "id", { numeric: true }) || a.localeCompare(b);
    });
    list.textContent = "";
    if (!keys.length) {
      list.appendChild(el("p", "Buku Kerja Anda masih kosong. Isi alat-alat di setiap bab " +
        "(mis. \u201cDi mana instansi saya?\u201d di bab 6); isiannya akan terkumpul di sini.",
        "wog-kerja-kosong"));
      return;
    }
    keys.forEach(function (key) {
      var e = book.entri[key];
      var sec = el("section", undefined, "wog-kerja-entri");
      sec.setAttribute("data-wog-key", key);
      sec.appendChild(el("h3", "Bab " + e.bab + " \u2014 " + e.judul));
      if (e.diubah) sec.appendChild(el("p", "Terakhir diubah: " + dateText(e.diubah), "wog-kerja-waktu"));
      var texts = Object.keys(e.nilai).filter(function (k) {
        return isText(e.nilai[k]) && e.nilai[k] !== "" && !/^\d+$/.test(e.nilai[k]);
      });
      texts.forEach(function (k) { sec.appendChild(el("p", "\u201c" + e.nilai[k] + "\u201d", "wog-kerja-teks")); });
      var out = el("div", undefined, "wog-form-hasil");
      showAnswer(out, e.hasil, "Belum selesai diisi.");
      if (isText(e.kode)) {
        var line = el("p", "Kode kelompok: ", "wog-form-kode");
        line.appendChild(el("code", e.kode));
        out.appendChild(line);
      }
      sec.appendChild(out);
      list.appendChild(sec);
      // the tool's figure, drawn from the saved answer (the reader's own profile, …)
      var template = root.querySelector('template.wog-kerja-gambar[data-wog-key="' +
                                        CSS.escape(key) + '"]');
      if (template && e.hasil && e.hasil.gambar && window.wogFigures) {
        sec.appendChild(template.content.cloneNode(true));
        window.wogFigures.observe(sec);
        window.wogFigures.apply(template.getAttribute("data-wog-gambar"), e.hasil.gambar);
      }
    });
  }

  function say(root, text, bad) {
    var msg = root.querySelector(".wog-kerja-pesan");
    msg.textContent = text;
    msg.className = "wog-kerja-pesan" + (bad ? " wog-kerja-galat" : "");
  }

  function startBook(root) {
    renderBook(root);
    root.querySelector(".wog-kerja-ekspor").addEventListener("click", function () {
      var blob = new Blob([JSON.stringify(readBook(), null, 2)], { type: "application/json" });
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = "buku-kerja-wog.json";
      document.body.appendChild(a);
      a.click();
      a.remove();
      say(root, "Buku Kerja diekspor ke berkas buku-kerja-wog.json.");
    });
    var picker = root.querySelector(".wog-kerja-berkas");
    root.querySelector(".wog-kerja-impor").addEventListener("click", function () { picker.click(); });
    picker.addEventListener("change", function () {
      var file = picker.files && picker.files[0];
      if (!file) return;
      file.text().then(function (text) {
        var book, why;
        try { book = JSON.parse(text); } catch (e) { why = "isinya bukan JSON yang sah"; }
        why = why || checkBook(book);
        if (why) {
          say(root, "Berkas \u201c" + file.name + "\u201d tidak diimpor: " + why +
              ". Buku Kerja Anda tidak berubah.", true);
        } else {
          writeBook(book);
          renderBook(root);
          say(root, "Buku Kerja dipulihkan dari \u201c" + file.name + "\u201d (" +
              Object.keys(book.entri).length + " alat).");
        }
        picker.value = "";
      });
    });
    root.querySelector(".wog-kerja-hapus").addEventListener("click", function () {
      if (!window.confirm("Hapus semua isian Buku Kerja di perangkat ini? Ekspor dulu bila " +
                          "ingin menyimpannya.")) return;
      writeBook(emptyBook());
      renderBook(root);
      say(root, "Buku Kerja dikosongkan.");
    });
    root.querySelector(".wog-kerja-cetak").addEventListener("click", function () { window.print(); });
    root.setAttribute("data-wog-siap", "siap");
  }

  // ------------------------------------------------------------------ comparing groups
  /* The same reading as wogbook.kelas.banding.bandingkan: one code per line, optionally
   * after a group's name and a colon; each group's answer, by tool, side by side. */
  function startComparison(root) {
    var specs = JSON.parse(root.querySelector("script.wog-banding-spec").textContent);
    var byPrefix = {};
    specs.forEach(function (spec) { byPrefix[spec.kode.awalan] = spec; });
    var box = root.querySelector("textarea"), results = root.querySelector(".wog-banding-hasil");
    var messages = root.querySelector(".wog-banding-pesan");

    function compare() {
      var groups = {}, errors = [], count = 0;
      box.value.split(/\r?\n/).forEach(function (line, i) {
        if (!line.trim()) return;
        count += 1;
        var nomor = i + 1, cut = line.lastIndexOf(":"), name, code;
        if (cut < 0 || line.slice(cut + 1).indexOf("-") < 0) {
          name = "Kelompok " + count; code = line.trim();
        } else {
          name = line.slice(0, cut).trim() || "Kelompok " + count;
          code = line.slice(cut + 1).trim();
        }
        var spec = byPrefix[code.toUpperCase().split("-")[0].trim()];
        if (!spec) {
          errors.push("Baris " + nomor + ": kode '" + code + "' tidak dikenal; kode diawali " +
            Object.keys(byPrefix).map(function (p) { return p + "-"; }).join(", ") + ".");
          return;
        }
        var read = dariKode(spec, code);
        if (read.error) { errors.push("Baris " + nomor + ": " + read.error); return; }
        (groups[spec.key] = groups[spec.key] || { spec: spec, rows: [] }).rows.push(
          { name: name, result: answer(spec, read.values) });
      });
      results.textContent = "";
      specs.forEach(function (spec) {
        var g = groups[spec.key];
        if (!g) return;
        var sec = el("section", undefined, "wog-banding-alat");
        sec.setAttribute("data-wog-key", spec.key);
        sec.appendChild(el("h3", spec.judul + " (bab " + spec.bab + ")"));
        var grid = el("div", undefined, "wog-banding-kisi");
        g.rows.forEach(function (row) {
          var card = el("div", undefined, "wog-banding-kartu");
          card.appendChild(el("h4", row.name));
          var out = el("div", undefined, "wog-form-hasil");
          showAnswer(out, row.result, "Belum lengkap.");
          card.appendChild(out);
          grid.appendChild(card);
        });
        sec.appendChild(grid);
        results.appendChild(sec);
      });
      messages.textContent = "";
      messages.className = "wog-banding-pesan" + (errors.length ? " wog-kerja-galat" : "");
      if (errors.length) {
        var ul = el("ul");
        errors.forEach(function (e) { ul.appendChild(el("li", e)); });
        messages.appendChild(ul);
      } else if (count) {
        messages.textContent = count + " kode dibandingkan.";
      }
    }
    root.querySelector(".wog-banding-tombol").addEventListener("click", compare);
    root.setAttribute("data-wog-siap", "siap");
  }

  function start() {
    document.querySelectorAll("form.wog-form").forEach(function (form) {
      try { startForm(form); }
      catch (err) {
        var out = form.querySelector("output.wog-form-hasil");
        if (out) out.textContent = "Formulir tidak dapat dijalankan: " + err.message;
      }
    });
    document.querySelectorAll("div.wog-kuis").forEach(startQuiz);
    var banding = document.getElementById("wog-banding");
    if (banding) startComparison(banding);
    var root = document.getElementById("wog-buku-kerja");
    if (root) startBook(root);
  }

  window.wogKerja = { read: readBook, check: checkBook, answer: answer, kode: kode,
                      dariKode: dariKode };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
