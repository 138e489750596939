// Calm Together's service worker: keeps this version of the app (every file the build made,
// pictures included) so it opens with no network after the first visit. A new version waits
// until the family taps "Update" (never mid-exercise), then takes over.
// scripts/service-worker.mjs fills in the two lines below from the build output.
const VERSION = 'development';
const FILES = [];

const CACHE = `calm-together-${VERSION}`;

self.addEventListener('install', (event) => {
  // Fetched fresh, past any HTTP cache, so the kept copy is exactly this build.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('calm-together-') && name !== CACHE).map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'update-now') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every address is the app: the kept page, which loads the kept parts of the same version.
  const kept = request.mode === 'navigate'
    ? caches.match('/index.html', { cacheName: CACHE })
    : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(kept.then((response) => response ?? fetch(request)));
});
