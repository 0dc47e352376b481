// Registers netral-sw.js, which keeps this page, the Netral bundle and the course data in the
// browser's cache so the course opens without a connection after the first visit. Served from
// the same folder as the page (a service worker controls the pages in its own folder and below).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('./netral-sw.js', import.meta.url)).catch(() => {
    // No service worker (private mode, old browser): the course still works online.
  });
}
