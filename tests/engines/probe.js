// Put first in every page the other engines' journeys open (a same-origin script, so the app's
// Content-Security-Policy allows it as it is): it notes what the page reports as an error from its
// very start, where a plain WebDriver cannot listen, and keeps every file the page offers for
// download (URL.createObjectURL), so a backup can be read where the browser's download cannot be
// caught. It changes nothing the app does.
(() => {
  const probe = { errors: [], blobs: [] };
  Object.defineProperty(window, '__engines', { value: probe });
  const note = (text) => probe.errors.push(String(text));

  window.addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window && (target.src || target.href)) {
      note(`failed to load: ${target.src || target.href}`);
    } else {
      note(`pageerror: ${event.message} (${event.filename}:${event.lineno})`);
    }
  }, true);
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    note(`unhandled rejection: ${reason && reason.stack ? reason.stack : reason}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    note(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`);
  });
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    note(`console: ${args.map((a) => (a && a.stack ? a.stack : String(a))).join(' ')}`);
    consoleError(...args);
  };

  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) probe.blobs.push({ url, blob: object });
    return url;
  };
})();
