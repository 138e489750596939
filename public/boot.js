// Starts Calm Together (put inline in the page by scripts/modules.mjs): fetches the app's
// .wasm while its JavaScript loads (the build lists them in <meta name="calm-together-app">),
// and shows a calm message if this browser cannot run it. The app itself fetches the part of
// its code each screen needs (src/parts.rs).

// A page brought back by Back or Forward from the browser's memory (the back/forward cache)
// could show the grown-ups' side with its gate open, or data another tab has changed since:
// it is hidden as it is put away, and starts afresh when it comes back.
addEventListener('pagehide', (event) => {
  if (event.persisted) document.documentElement.style.visibility = 'hidden';
});
addEventListener('pageshow', (event) => {
  if (event.persisted) location.reload();
});

// The first install takes control without a reload. A new version taking over, asked for
// here, reloads now; asked for in another tab or window, this page is running the old
// version's code beside the new one's data: the app saves and reloads at a calm moment (never
// mid-practice), told by the event below. Listened for from the start, so no page misses it.
let updatingHere = false;
if ('serviceWorker' in navigator) {
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updatingHere) {
      location.reload();
    } else if (hadController) {
      document.documentElement.dataset.newVersionActive = 'true';
      window.dispatchEvent(new Event('calm-together-new-version-active'));
    }
  });
}

// The app may live under a sub-path (`/calm-together/`): the build writes it into the page.
const base = document.querySelector('meta[name="calm-together-base"]')?.content ?? '/';

try {
  const [js, wasm, ...rest] = document.querySelector('meta[name="calm-together-app"]').content.split(' ');
  const code = fetch(wasm);
  fetchPartEarly();
  // The same URL the loader of the app's parts imports: one module, one running app.
  const app = await import(js);
  await app.default({ module_or_path: code });
  // Once the app is running, keep all of it for use with no network: installing the service
  // worker fetches every file. Only a browser without one fetches the app's parts here (doing
  // both would download everything twice).
  setTimeout(async () => {
    if (await keepForOffline()) return;
    for (const file of rest) fetch(file, { priority: 'low' }).catch(() => {});
    for (const link of document.querySelectorAll('link[rel="stylesheet"][disabled]')) {
      fetch(link.href, { priority: 'low' }).catch(() => {});
    }
  }, 3000);
} catch (error) {
  console.error('Calm Together could not start', error);
  if (!document.querySelector('main')) {
    const message = document.createElement('p');
    message.className = 'boot-message';
    message.textContent =
      'Calm Together could not start in this browser. Please reload, or try an up-to-date browser. ' +
      '· Calm Together no pudo iniciarse. Vuelva a cargar la página o use un navegador actualizado.';
    document.body.append(message);
  }
}

// A screen opened by its address: its part of the code and its style sheets are fetched beside
// the start, not after it (the build lists them by address in <meta name="calm-together-early">).
function fetchPartEarly() {
  const table = document.querySelector('meta[name="calm-together-early"]')?.content ?? '';
  const inApp = location.pathname.startsWith(base) ? `/${location.pathname.slice(base.length)}` : location.pathname;
  const path = inApp.replace(/\/+$/, '');
  for (const row of table.split(';')) {
    const [addresses, files, styles] = row.split('|').map((field) => field.split(' ').filter(Boolean));
    const here = addresses.some((address) => (address.endsWith('*')
      ? path.startsWith(address.slice(0, -1)) && path.length > address.length - 1
      : path === address));
    if (!here) continue;
    // The loader's fetch() (CORS mode, same-origin credentials) takes these over.
    for (const file of files) preload(file, 'fetch');
    for (const id of styles) {
      const sheet = document.getElementById(id);
      if (sheet) preload(sheet.href, 'style');
    }
    return;
  }
}

function preload(href, as) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = as;
  link.href = href;
  if (as === 'fetch') link.crossOrigin = 'anonymous';
  document.head.append(link);
}

// The service worker keeps every file of this version. A new version waits until the family
// taps "Update" in the app (the app says so with the event below, and never mid-exercise).
// Says whether the service worker is registered.
async function keepForOffline() {
  if (!('serviceWorker' in navigator)) return false;
  try {
    const registration = await navigator.serviceWorker.register(`${base}sw.js`);
    // The first time, the app says when every file is kept (the worker keeps all or nothing);
    // a keeping cut short by the network is tried again when the connection comes back.
    if (!navigator.serviceWorker.controller) {
      navigator.serviceWorker.ready.then(() => {
        document.documentElement.dataset.offlineReady = 'true';
        window.dispatchEvent(new Event('calm-together-offline-ready'));
      });
      window.addEventListener('online', () => {
        if (!registration.active) registration.update().catch(() => {});
      });
    }
    const announce = () => {
      if (registration.waiting && navigator.serviceWorker.controller) {
        document.documentElement.dataset.updateReady = 'true';
        window.dispatchEvent(new Event('calm-together-update-ready'));
      }
    };
    announce();
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') announce();
      });
    });
    window.addEventListener('calm-together-update-now', () => {
      updatingHere = true;
      registration.waiting?.postMessage('update-now');
    });
    return true;
  } catch (error) {
    console.warn('Calm Together will need the network next time', error);
    window.addEventListener('online', () => keepForOffline(), { once: true });
    return false;
  }
}
