// The page's side of the book kept on the device (bundled with workbox-window into
// _static/wog-luring.js): registers the service worker where it can work (https or
// 127.0.0.1, never file://), tells the reader what is saved, and reloads once when a new
// build takes over. The reader's workbook lives in localStorage, apart from this cache.
import { Workbox } from "workbox-window";

const UPDATED = "wog-buku-diperbarui";  // sessionStorage: the reload after an update
const SAVED = "wog-buku-tersimpan";     // localStorage: the version the reader was told of
const script = document.currentScript;
const root = script ? new URL("../", script.src) : null;  // _static/ sits in the book's root

let told = false;  // one message at a time: "updated" already says the book is here
const mb = (bytes) => (bytes / 1e6).toFixed(1).replace(".", ",") + " MB";

function toast(text) {
  const box = document.createElement("div");
  box.className = "wog-luring-pesan";
  box.setAttribute("role", "status");
  const p = document.createElement("p");
  p.textContent = text;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Tutup";
  close.addEventListener("click", () => box.remove());
  box.append(p, close);
  document.body.appendChild(box);
  setTimeout(() => box.remove(), 10000);
}

function panel() {
  const section = document.getElementById("wog-luring");
  if (!section) return null;
  section.hidden = false;
  return { status: section.querySelector(".wog-luring-status"),
           button: section.querySelector(".wog-luring-simpan"), section };
}

async function status(wb) {
  try {
    return await wb.messageSW({ type: "WOG_STATUS" });
  } catch (err) {
    return null;
  }
}

function show(ui, s) {
  document.documentElement.dataset.wogLuring = !s ? "menunggu" :
    s.disimpan === s.jumlah ? "tersimpan" : "menyimpan";
  if (!ui) return;
  if (!s) {
    ui.status.textContent = "Menyiapkan penyimpanan buku di perangkat ini…";
  } else if (s.disimpan === s.jumlah) {
    ui.section.dataset.versi = s.versi;
    ui.status.textContent = `Buku ini tersimpan di perangkat Anda (${mb(s.ukuran)}, ` +
      `${s.jumlah} berkas): semua bab, gambar interaktif dan PDF dapat ` +
      "dibuka tanpa sinyal. Isian Buku Kerja Anda disimpan terpisah dan tetap ada saat buku " +
      "diperbarui.";
    ui.button.textContent = "Periksa versi terbaru";
  } else {
    ui.status.textContent = `Menyimpan buku di perangkat Anda: ${s.disimpan} dari ` +
      `${s.jumlah} berkas (seluruhnya ${mb(s.ukuran)}).`;
    ui.button.textContent = `Simpan seluruh buku sekarang (${mb(s.ukuran)})`;
  }
}

async function watch(wb, ui, tries) {
  const s = await status(wb);
  show(ui, s);
  if (s && s.disimpan === s.jumlah) {
    if (localStorage.getItem(SAVED) !== s.versi && !ui && !told) {
      toast(`Buku ini tersimpan di perangkat Anda (${mb(s.ukuran)}): bab lain dapat dibuka ` +
            "tanpa sinyal.");
    }
    try { localStorage.setItem(SAVED, s.versi); } catch (err) { /* private mode */ }
    return;
  }
  if (tries > 0) setTimeout(() => watch(wb, ui, tries - 1), 1000);
  else if (ui) ui.status.textContent = "Penyimpanan belum selesai (sinyal terputus?). Tekan " +
    "tombol di bawah untuk melanjutkan saat sinyal ada.";
}

function start() {
  if (!root || !("serviceWorker" in navigator) || !window.isSecureContext ||
      location.protocol === "file:") return;  // the book works as a plain web site
  const ui = panel();
  if (sessionStorage.getItem(UPDATED)) {
    sessionStorage.removeItem(UPDATED);
    toast("Buku diperbarui ke versi terbaru.");
    told = true;
  }
  const wb = new Workbox(new URL("sw.js", root).href, { scope: root.href });
  wb.addEventListener("controlling", (event) => {
    if (!event.isUpdate) return;
    sessionStorage.setItem(UPDATED, "1");
    location.reload();  // the new build's pages, styles and scripts together
  });
  wb.register().then(() => watch(wb, ui, 120)).catch(() => {
    if (ui) ui.status.textContent = "Peramban ini tidak dapat menyimpan buku untuk dibaca " +
      "tanpa sinyal; buku tetap dapat dibaca selagi tersambung.";
  });
  if (ui) {
    show(ui, null);
    ui.button.addEventListener("click", async () => {
      ui.status.textContent = "Memeriksa…";
      try { await wb.update(); } catch (err) { /* offline: the saved book stays */ }
      watch(wb, ui, 120);
    });
  }
}

start();
