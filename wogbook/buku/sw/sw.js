// The book's service worker: every file of the built book kept on the device (Workbox
// precaching). wogbook/buku/luring.py puts the list of files, each with the hash of its
// content, in front of this code as self.__WB_MANIFEST, and the build's version and size
// as self.WOG_BUKU; a new build changes the list, so the browser installs the new worker,
// which fetches only the changed files and deletes what the build no longer has.
import { cacheNames, clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, getCacheKeyForURL, precacheAndRoute } from "workbox-precaching";

self.skipWaiting();  // the new book takes over at once; wog-luring.js reloads the page
clientsClaim();
cleanupOutdatedCaches();
// pages ask for "book/intro.html" and "../_static/wog.css?v=…": the query is the
// theme's cache-buster, the precache's hash does that job here
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

// wog-luring.js asks how much of the book is on the device
self.addEventListener("message", (event) => {
  if (!event.data || event.data.type !== "WOG_STATUS" || !event.ports[0]) return;
  event.waitUntil((async () => {
    const cache = await caches.open(cacheNames.precache);
    const kept = new Set((await cache.keys()).map((r) => r.url));
    const saved = self.__WB_MANIFEST.filter(
      (e) => kept.has(getCacheKeyForURL(new URL(e.url, self.location).href))).length;
    event.ports[0].postMessage({ ...self.WOG_BUKU, disimpan: saved,
                                 jumlah: self.__WB_MANIFEST.length });
  })());
});
