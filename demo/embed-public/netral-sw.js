// Netral offline cache: the first visit stores the page and the course files; later visits are
// served from the cache at once and refreshed in the background (stale-while-revalidate), so a
// learner on a costly or broken connection still opens the course. A new release is picked up
// on the next visit after it has been downloaded.
const CACHE = 'netral-v4';
// The Indonesian course and the results screen are kept from the first visit; the English course
// and UI (downloaded only by learners who switch to English) are kept the first time they are
// fetched, by the handler below.
const FILES = ['./netral.js', './netral-asn-course-id.json', './netral-results-screen.js', './contoh-intranet.html', './contoh-intranet.css', './netral-offline.js', './logo-instansi.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('netral-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: true });
      const network = fetch(request)
        .then((response) => {
          if (response.ok) void cache.put(request, response.clone());
          return response;
        })
        .catch(() => cached ?? Response.error());
      if (cached) {
        event.waitUntil(network.then(() => undefined, () => undefined));
        return cached;
      }
      return network;
    }),
  );
});
