/* The book's partial plotly.js: only the trace types the book's figures use, with an
 * Indonesian interface. Built by `build.py` (make plotly; wogbook/buku/bundle.py) with esbuild
 * into dist/plotly.min.js (never committed); the book serves it as _static/plotly.min.js.
 *
 * The trace types are the `require("plotly.js/lib/<type>")` lines below, plus scatter,
 * which the core always holds. tests/test_plotly_bundle.py checks that they are exactly
 * the trace types of every figure of the book: a figure with a new trace type needs its
 * line here.
 */
"use strict";

var Plotly = require("plotly.js/lib/core"); // the core, with the scatter trace type

Plotly.register([
  require("plotly.js/lib/bar"),
  require("plotly.js/lib/indicator"),
  require("plotly.js/lib/sunburst"),
]);

/* plotly.js's own `id` locale has the Indonesian date formats but an empty dictionary, so
 * the modebar and tooltips would stay English: the dictionary is added here. */
var id = require("plotly.js/lib/locales/id");

Plotly.register({
  moduleType: "locale",
  name: "id",
  format: id.format,
  dictionary: Object.assign({}, id.dictionary, {
    "Autoscale": "Skala otomatis",
    "Box Select": "Pilih dengan kotak",
    "Cancel": "Batal",
    "Click to enter Colorscale title": "Klik untuk mengisi judul skala warna",
    "Click to enter Component A title": "Klik untuk mengisi judul komponen A",
    "Click to enter Component B title": "Klik untuk mengisi judul komponen B",
    "Click to enter Component C title": "Klik untuk mengisi judul komponen C",
    "Click to enter Plot subtitle": "Klik untuk mengisi subjudul grafik",
    "Click to enter Plot title": "Klik untuk mengisi judul grafik",
    "Click to enter X axis title": "Klik untuk mengisi judul sumbu X",
    "Click to enter Y axis title": "Klik untuk mengisi judul sumbu Y",
    "Click to enter radial axis title": "Klik untuk mengisi judul sumbu radial",
    "Compare data on hover": "Bandingkan data di bawah penunjuk",
    "Double-click on legend to isolate one trace": "Klik dua kali pada legenda untuk menampilkan satu seri saja",
    "Double-click to zoom back out": "Klik dua kali untuk kembali ke ukuran semula",
    "Download plot": "Unduh grafik",
    "Download plot as JSON": "Unduh grafik sebagai JSON",
    "Download plot as a PNG": "Unduh grafik sebagai PNG",
    "Draw circle": "Gambar lingkaran",
    "Draw closed freeform": "Gambar bentuk bebas tertutup",
    "Draw line": "Gambar garis",
    "Draw open freeform": "Gambar bentuk bebas terbuka",
    "Draw rectangle": "Gambar persegi panjang",
    "Erase active shape": "Hapus bentuk yang aktif",
    "Image download succeeded": "Gambar berhasil diunduh",
    "JSON download succeeded": "JSON berhasil diunduh",
    "Lasso Select": "Pilih dengan laso",
    "Orbital rotation": "Putar mengorbit",
    "Pan": "Geser",
    "Preparing image - this may take a few seconds": "Menyiapkan gambar – mungkin perlu beberapa detik",
    "Produced with Plotly.js": "Dibuat dengan Plotly.js",
    "Reset": "Kembalikan",
    "Reset axes": "Kembalikan sumbu",
    "Reset camera to default": "Kembalikan kamera ke semula",
    "Reset camera to last save": "Kembalikan kamera ke simpanan terakhir",
    "Reset view": "Kembalikan tampilan",
    "Reset views": "Kembalikan semua tampilan",
    "Share": "Bagikan",
    "Share chart": "Bagikan grafik",
    "Share chart...": "Bagikan grafik…",
    "Show closest data on hover": "Tampilkan data terdekat di bawah penunjuk",
    "Sorry, there was a problem downloading your JSON file!": "Maaf, berkas JSON gagal diunduh.",
    "Sorry, there was a problem downloading your image!": "Maaf, gambar gagal diunduh.",
    "This chart will be sent to {serverUrl}.": "Grafik ini akan dikirim ke {serverUrl}.",
    "Toggle Spike Lines": "Tampilkan/sembunyikan garis bantu",
    "Toggle show closest data on hover": "Tampilkan/sembunyikan data terdekat di bawah penunjuk",
    "Turntable rotation": "Putar seperti meja putar",
    "Zoom": "Perbesar bagian",
    "Zoom in": "Perbesar",
    "Zoom out": "Perkecil",
    "close:": "penutupan:",
    "concentration:": "konsentrasi:",
    "high:": "tertinggi:",
    "incoming flow count:": "jumlah aliran masuk:",
    "kde:": "kepadatan:",
    "lat:": "lintang:",
    "lon:": "bujur:",
    "low:": "terendah:",
    "lower fence:": "batas bawah:",
    "max:": "maks.:",
    "mean ± σ:": "rata-rata ± σ:",
    "mean:": "rata-rata:",
    "median:": "median:",
    "min:": "min.:",
    "new text": "teks baru",
    "open:": "pembukaan:",
    "outgoing flow count:": "jumlah aliran keluar:",
    "q1:": "K1:",
    "q3:": "K3:",
    "source:": "sumber:",
    "target:": "tujuan:",
    "trace": "seri",
    "upper fence:": "batas atas:",
  }),
});

/* Every figure of the book speaks Indonesian without a `locale` in its own config. */
Plotly.setPlotConfig({ locale: "id" });

module.exports = Plotly;
