/* Buku Interaktif WoG: draw the book's plotly figures without a kernel or internet.
 *
 * Each figure is a <div class="wog-plot"> plus a <script type="application/json"
 * data-for=ID> holding {data, layout, config} (written by wogbook.tampil.BookFigure).
 * plotly.min.js is loaded from this book's own _static folder, only on pages that
 * have a figure, and each figure is drawn when it scrolls into view (all of them
 * before printing). A figure whose layout.meta.wog_lookup is set gets its outcome
 * from a table that the Python model precomputed for every slider position.
 */
(function () {
  "use strict";
  var self = document.currentScript && document.currentScript.src;
  var base = self ? self.slice(0, self.lastIndexOf("/") + 1) : "_static/";
  var loading = null;

  function loadPlotly() {
    if (window.Plotly) return Promise.resolve(window.Plotly);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = base + "plotly.min.js";
        s.async = true;
        s.onload = function () { resolve(window.Plotly); };
        s.onerror = function () { reject(new Error("plotly.js tidak dapat dimuat")); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function applyState(gd, Plotly, state) {
    var chain = Promise.resolve();
    state.restyle.forEach(function (group) {
      chain = chain.then(function () { return Plotly.restyle(gd, group[0], group[1]); });
    });
    return chain.then(function () { return Plotly.relayout(gd, state.relayout); });
  }

  function attachLookup(gd, Plotly) {
    var meta = gd.layout.meta;
    var lookup = meta && meta.wog_lookup;
    if (!lookup) return;
    gd.on("plotly_sliderchange", function () {
      var flat = 0;
      lookup.sliders.forEach(function (s, k) {
        flat = flat * lookup.dims[k] + (gd.layout.sliders[s].active || 0);
      });
      applyState(gd, Plotly, lookup.states[lookup.index[flat]]);
    });
  }

  function draw(el) {
    if (el.getAttribute("data-wog-state")) return Promise.resolve();
    el.setAttribute("data-wog-state", "memuat");
    var holder = document.querySelector('script.wog-plot-data[data-for="' + el.id + '"]');
    return loadPlotly().then(function (Plotly) {
      var spec = JSON.parse(holder.textContent);
      el.innerHTML = "";
      return Plotly.newPlot(el, spec.data, spec.layout, spec.config).then(function (gd) {
        attachLookup(gd, Plotly);
        el.setAttribute("data-wog-state", "siap");
      });
    }).catch(function (err) {
      el.setAttribute("data-wog-state", "galat");
      el.textContent = "Gambar tidak dapat ditampilkan: " + err.message +
        ". Keterangan gambar tetap tersedia di bawah ini.";
    });
  }

  function drawAll() {
    return Promise.all(Array.prototype.map.call(document.querySelectorAll(".wog-plot"), draw));
  }

  function start() {
    var plots = document.querySelectorAll(".wog-plot");
    if (!plots.length) return;
    if (!("IntersectionObserver" in window)) { drawAll(); return; }
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { seen.unobserve(e.target); draw(e.target); }
      });
    }, { rootMargin: "300px 0px" });
    Array.prototype.forEach.call(plots, function (p) { seen.observe(p); });
    window.addEventListener("beforeprint", drawAll);
  }

  window.wogFigures = { drawAll: drawAll };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
