/* Buku Interaktif WoG: draw the book's plotly figures without a kernel or internet.
 *
 * Each figure is a <div class="wog-plot"> plus a <script type="application/json"
 * data-for=ID> holding {data, layout, config} (written by wogbook.tampil.BookFigure).
 * plotly.min.js is loaded from this book's own _static folder, only on pages that
 * have a figure, and each figure is drawn when it scrolls into view (all of them
 * before printing). A figure whose layout.meta.wog_lookup is set gets its outcome
 * from a table that the Python model precomputed for every slider position.
 * layout.meta.wog_variants holds the phone and print layout variants (made by
 * wogbook.inti.varian): a figure narrower than PHONE_PX is drawn as the phone
 * variant; every drawn figure switches to the print variant before printing.
 * wogFigures.apply(id, state) shows the answer of a reader's form (wog-kerja.js) on its
 * figure. Sliders are made keyboard-operable (Tab, arrows, Home/End), menu buttons too
 * (Tab, Enter/Space), and a click on a point whose customdata holds text shows
 * that text in the figure's detail pane.
 */
(function () {
  "use strict";
  var self = document.currentScript && document.currentScript.src;
  var base = self ? self.slice(0, self.lastIndexOf("/") + 1) : "_static/";
  var loading = null;
  var PHONE_PX = 520;

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

  /* The plain text of a figure's (escaped) text, e.g. a point's customdata for the detail
   * pane: an inert document decodes the references; nothing in it runs or loads. */
  function plain(text) {
    return new DOMParser().parseFromString(String(text), "text/html").documentElement.textContent;
  }

  function applyState(gd, Plotly, state) {
    var chain = Promise.resolve();
    state.restyle.forEach(function (group) {
      chain = chain.then(function () { return Plotly.restyle(gd, group[0], group[1]); });
    });
    return chain.then(function () { return Plotly.relayout(gd, state.relayout); });
  }

  /* Outcome of the current slider positions, from the table the Python model precomputed. */
  function applyLookup(gd, Plotly) {
    var lookup = gd.layout.meta && gd.layout.meta.wog_lookup;
    if (!lookup) return Promise.resolve();
    var flat = 0;
    lookup.sliders.forEach(function (s, k) {
      flat = flat * lookup.dims[k] + (gd.layout.sliders[s].active || 0);
    });
    return applyState(gd, Plotly, lookup.states[lookup.index[flat]]);
  }

  /* Keyboard: every plotly slider becomes a focusable ARIA slider driven by the arrow keys. */
  function setStep(gd, Plotly, k, idx) {
    var slider = gd.layout.sliders[k];
    var step = slider.steps[idx];
    var change = {};
    change["sliders[" + k + "].active"] = idx;
    var run = step.method && step.method !== "skip"
      ? Plotly[step.method].apply(null, [gd].concat(step.args || []))
      : Promise.resolve();
    return Promise.resolve(run)
      .then(function () { return Plotly.relayout(gd, change); })
      .then(function () { return applyLookup(gd, Plotly); })
      .then(function () { decorateSliders(gd); });
  }

  function decorateSliders(gd) {
    var groups = gd.querySelectorAll("g.slider-group");
    Array.prototype.forEach.call(groups, function (g, k) {
      var slider = gd.layout.sliders[k];
      if (!slider) return;
      var prefix = (slider.currentvalue && slider.currentvalue.prefix) || slider.name || "";
      var step = slider.steps[slider.active || 0];
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "slider");
      g.setAttribute("aria-label", plain(prefix).replace(/[:\s]+$/, ""));
      g.setAttribute("aria-valuemin", "0");
      g.setAttribute("aria-valuemax", String(slider.steps.length - 1));
      g.setAttribute("aria-valuenow", String(slider.active || 0));
      g.setAttribute("aria-valuetext", step ? plain(step.label) : "");
      g.setAttribute("data-wog-slider", String(k));
    });
  }

  /* Keyboard: plotly's menu buttons and dropdowns become focusable buttons (Enter/Space). */
  var MENU = "g.updatemenu-header-group, g.updatemenu-button, g.updatemenu-dropdown-button";

  function decorateMenus(gd) {
    gd.querySelectorAll(MENU).forEach(function (g) {
      var text = g.querySelector("text");
      if (g.querySelector("g.updatemenu-button")) {
        // a row of buttons: plotly puts them inside the group; only the buttons are controls
        g.removeAttribute("tabindex");
        g.removeAttribute("role");
        g.removeAttribute("aria-label");
        return;
      }
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      if (text) g.setAttribute("aria-label", text.textContent);
    });
  }

  function pressMenu(gd, g) {
    var opensList = g.matches("g.updatemenu-header-group");
    // plotly listens on an inner group: send the click from the innermost shape up
    (g.querySelector("rect") || g).dispatchEvent(new MouseEvent("click", { bubbles: true }));
    if (!opensList) return;
    setTimeout(function () {
      decorateMenus(gd);
      var first = gd.querySelector("g.updatemenu-dropdown-button");
      if (first) first.focus();
    }, 0);
  }

  function attachControls(gd, Plotly) {
    gd.on("plotly_sliderchange", function () {
      applyLookup(gd, Plotly).then(function () { decorateSliders(gd); });
    });
    decorateSliders(gd);
    decorateMenus(gd);
    gd.on("plotly_afterplot", function () {
      decorateSliders(gd); decorateMenus(gd); fitPhone(gd, Plotly);
    });
    fitPhone(gd, Plotly);
    gd.addEventListener("keydown", function (e) {
      var menu = e.target.closest && e.target.closest(MENU);
      if (menu && (e.key === "Enter" || e.key === " ")) {
        e.preventDefault();
        pressMenu(gd, menu);
        return;
      }
      var g = e.target.closest && e.target.closest("g.slider-group[data-wog-slider]");
      if (!g) return;
      var k = Number(g.getAttribute("data-wog-slider"));
      var slider = gd.layout.sliders[k];
      var last = slider.steps.length - 1;
      var now = slider.active || 0;
      var next = { ArrowLeft: now - 1, ArrowDown: now - 1, ArrowRight: now + 1, ArrowUp: now + 1,
                   Home: 0, End: last, PageDown: now - 3, PageUp: now + 3 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      next = Math.max(0, Math.min(last, next));
      if (next === now) return;
      setStep(gd, Plotly, k, next).then(function () {
        var again = gd.querySelector('g.slider-group[data-wog-slider="' + k + '"]');
        if (again) again.focus();
      });
    });
    var detail = document.getElementById(gd.id + "-detail");
    if (detail) {
      gd.on("plotly_click", function (ev) {
        var p = ev && ev.points && ev.points[0];
        if (!p || p.customdata === undefined || p.customdata === null) return;
        var text = Array.isArray(p.customdata) ? p.customdata[0] : p.customdata;
        if (!text) return;
        detail.textContent = plain(text);
        // on a tall figure the pane may lie below the screen: bring it into view
        var r = detail.getBoundingClientRect();
        if (r.top < 0 || r.bottom > window.innerHeight) {
          detail.scrollIntoView({ block: "nearest" });
        }
      });
    }
  }

  /* A title wider than the figure (a phone) is broken at spaces, outside tags, to fit. */
  function wrapTitle(html, width) {
    var out = "", line = 0;
    html.split(/(<[^>]*>|\s+)/).forEach(function (part) {
      if (!part) return;
      if (part.charAt(0) === "<") {
        if (/^<br\s*\/?>$/i.test(part)) line = 0;
        out += part;
      } else if (/^\s+$/.test(part)) {
        out += " ";
      } else {
        var n = part.replace(/&[a-z#0-9]+;/gi, "x").length;
        if (line > 0 && line + 1 + n > width) { out = out.replace(/ $/, "") + "<br>"; line = 0; }
        else if (line > 0) line += 1;
        out += part;
        line += n;
      }
    });
    return out;
  }

  function lineCount(html) { return html.split(/<br\s*\/?>/i).length; }

  /* On a phone: a title wider than the figure wraps (the top margin grows by its new lines),
   * and menus wider than the plot move left so they stay inside the figure. */
  function fitPhone(gd, Plotly, pass) {
    pass = pass || 0;
    if (gd.getAttribute("data-wog-variant") !== "phone" || pass > 4) return;
    var frame = gd.querySelector(".main-svg");
    if (!frame) return;
    var edge = frame.getBoundingClientRect(), change = {};
    var margin = gd.layout.margin || {};
    if (!gd.hasAttribute("data-wog-top")) {
      gd.setAttribute("data-wog-top", String(margin.t === undefined ? 100 : margin.t));
      gd.setAttribute("data-wog-lines", String(lineCount(
        (gd.layout.title && gd.layout.title.text) || "")));
    }
    var title = gd.querySelector(".gtitle"), text = gd.layout.title && gd.layout.title.text;
    var bar = gd.querySelector(".modebar");  // the title row ends where the modebar begins
    var right = edge.right - 4 - (bar ? bar.getBoundingClientRect().width : 0);
    if (title && text) {
      var box = title.getBoundingClientRect();
      if (box.right > right) {
        var perChar = box.width / Math.max(1, title.textContent.length / lineCount(text));
        var wrapped = wrapTitle(text, Math.max(10, Math.floor((right - box.left) / perChar)));
        if (wrapped !== text) {
          var size = parseFloat(getComputedStyle(title).fontSize) || 16;
          var top = Number(gd.getAttribute("data-wog-top")) + Math.ceil(size * 1.3) *
            Math.max(0, lineCount(wrapped) - Number(gd.getAttribute("data-wog-lines")));
          change["title.text"] = wrapped;
          change["margin.t"] = top;   // the plot keeps its height: the figure grows instead
          change.height = (gd.layout.height || edge.height) + top - (margin.t || 100);
        }
      }
    }
    var menus = gd.querySelector(".updatemenu-container");
    if (menus && (gd.layout.updatemenus || []).length) {
      var span = menus.getBoundingClientRect(), room = edge.width - 4;
      var left = margin.l === undefined ? 80 : margin.l;
      var plot = edge.width - left - (margin.r === undefined ? 80 : margin.r);
      var over = span.right - (edge.right - 2);
      if (plot > 0 && span.width > room + 1) {
        // wider than the screen: a smaller font (never under 10 px), from the left edge
        gd.layout.updatemenus.forEach(function (m, i) {
          var size = (m.font && m.font.size) || 12;
          change["updatemenus[" + i + "].font.size"] =
            Math.max(10, Math.min(size - 1, Math.floor(size * room / span.width)));
          change["updatemenus[" + i + "].x"] = (2 - left) / plot;
        });
      } else if (plot > 0 && over > 1) {
        gd.layout.updatemenus.forEach(function (m, i) {
          change["updatemenus[" + i + "].x"] = (m.x === undefined ? -0.05 : m.x) - over / plot;
        });
      }
    }
    // what plotly would fit by shrinking the plot (legend, slider labels below it) is fitted
    // by growing the figure instead
    var lowest = edge.bottom;
    gd.querySelectorAll(".main-svg text, .main-svg .legend rect.bg").forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (r.height && r.bottom > lowest) lowest = r.bottom;
    });
    if (lowest > edge.bottom + 1 && change.height === undefined) {
      var more = Math.ceil(lowest - edge.bottom) + 8;
      change.height = (gd.layout.height || edge.height) + more;
      change["margin.b"] = (margin.b === undefined ? 80 : margin.b) + more;
    }
    if (Object.keys(change).length) {
      // a change may leave something else to fit (a menu redraws without "afterplot")
      Plotly.relayout(gd, change).then(function () { fitPhone(gd, Plotly, pass + 1); });
    }
  }

  /* The layout variant a figure should show now: print, phone or desktop. */
  function variantOf(gd, printing) {
    if (printing) return "print";
    return gd.getBoundingClientRect().width < PHONE_PX ? "phone" : "desktop";
  }

  function showVariant(gd, Plotly, name) {
    var variants = gd.layout.meta && gd.layout.meta.wog_variants;
    if (!variants || gd.getAttribute("data-wog-variant") === name) return Promise.resolve();
    var steps = name === "desktop" ? ["desktop"] : ["desktop", name];
    var chain = Promise.resolve();
    steps.forEach(function (v) {
      chain = chain.then(function () { return applyState(gd, Plotly, variants[v]); });
    });
    return chain.then(function () { gd.setAttribute("data-wog-variant", name); });
  }

  var drawing = {}, drawnElement = {};

  function draw(el) {
    if (!drawing[el.id] || drawnElement[el.id] !== el) {  // a new copy of a figure: draw it
      drawnElement[el.id] = el;
      drawing[el.id] = drawOnce(el);
    }
    return drawing[el.id];
  }

  function drawOnce(el) {
    el.setAttribute("data-wog-state", "memuat");
    var holder = document.querySelector('script.wog-plot-data[data-for="' + el.id + '"]');
    return loadPlotly().then(function (Plotly) {
      var spec = JSON.parse(holder.textContent);
      el.innerHTML = "";
      return Plotly.newPlot(el, spec.data, spec.layout, spec.config).then(function (gd) {
        el.setAttribute("data-wog-variant", "desktop");
        return showVariant(gd, Plotly, variantOf(gd, printing)).then(function () {
          attachControls(gd, Plotly);
          el.setAttribute("data-wog-state", "siap");
          return applyPending(el);
        });
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

  var printing = false;

  function switchAll(toPrint) {
    printing = toPrint;
    if (!window.Plotly) return Promise.resolve();
    return Promise.all(Array.prototype.map.call(
      document.querySelectorAll('.wog-plot[data-wog-state="siap"]'),
      function (gd) { return showVariant(gd, window.Plotly, variantOf(gd, toPrint)); }));
  }

  var seen = null;

  /* Draw each figure under ``root`` when it scrolls into view (also figures added later,
   * e.g. by the reader's workbook). */
  function observe(root) {
    var plots = root.querySelectorAll(".wog-plot");
    if (!plots.length) return;
    if (!("IntersectionObserver" in window)) {
      Array.prototype.forEach.call(plots, draw);
      return;
    }
    if (!seen) {
      seen = new IntersectionObserver(function (entries) {
        entries.forEach(function (e) {
          if (e.isIntersecting) { seen.unobserve(e.target); draw(e.target); }
        });
      }, { rootMargin: "300px 0px" });
    }
    Array.prototype.forEach.call(plots, function (p) { seen.observe(p); });
  }

  function start() {
    observe(document);
    window.addEventListener("beforeprint", function () { printing = true; drawAll(); switchAll(true); });
    window.addEventListener("afterprint", function () { switchAll(false); });
  }

  /* A reader's form (wog-kerja.js) shows its answer on a figure: the newest state is applied
   * once the figure is drawn (a figure out of view is not drawn early for it). */
  var pending = {};

  function applyTo(id, state) {
    var el = document.getElementById(id);
    if (!el) return Promise.resolve();
    pending[id] = state;
    return drawing[id] ? drawing[id].then(function () { return applyPending(el); })
      : Promise.resolve();
  }

  function applyPending(el) {
    var state = pending[el.id];
    if (!state || el.getAttribute("data-wog-state") !== "siap") return Promise.resolve();
    delete pending[el.id];
    return applyState(el, window.Plotly, state);
  }

  /* drawAll: every figure drawn; forPrint(true/false): the print variant on or off;
   * apply(id, state): a figure drawn with a new state (restyle groups and relayout);
   * observe(root): figures added to the page later are drawn as they come into view. */
  window.wogFigures = { drawAll: drawAll, apply: applyTo, observe: observe, forPrint: function (on) {
    printing = on;
    return drawAll().then(function () { return switchAll(on); });
  } };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
