// Calm Together's service worker: keeps this version of the app (every file the build made,
// pictures included) so it opens with no network after the first visit. A new version waits
// until the family taps "Update" (never mid-exercise), then takes over.
// scripts/service-worker.mjs fills in the two lines below from the build output.
const VERSION = 'development';
const FILES = [];

// The app's base on this host (`/` or `/calm-together/`): the worker sits at its top. Caches
// are shared by the whole site, so each base keeps (and clears) only caches named after it.
const BASE = new URL('./', self.location).pathname;
const PREFIX = BASE === '/' ? 'calm-together-' : `calm-together-${BASE}`;
const CACHE = `${PREFIX}${VERSION}`;
const isThisBasesCache = (name) => name.startsWith(PREFIX) && !name.slice(PREFIX.length).includes('/');

self.addEventListener('install', (event) => {
  // Fetched fresh, past any HTTP cache, so the kept copy is exactly this build. All or nothing:
  // a file the network lost fails the install, and nothing of it is left (the page tries again
  // when the connection comes back).
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))))
    .catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => isThisBasesCache(name) && name !== CACHE).map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'update-now') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every address of a screen is the app: the kept page, which loads the kept parts of the same
  // version. A file (anything with an extension, such as pictures/LICENSE.txt, the picture
  // credits) is always itself, opened directly or not.
  const isFile = /\.[A-Za-z0-9]+$/.test(new URL(request.url).pathname);
  const kept = request.mode === 'navigate' && !isFile
    ? caches.match(`${BASE}index.html`, { cacheName: CACHE })
    : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(kept.then((response) => response ?? fetch(request)));
});
