// One small driver over two engines, for the journeys every family's browser must get through:
// WebKit (WebKitGTK's MiniBrowser, Safari's engine, over plain W3C WebDriver) and Firefox ESR
// (puppeteer-core over WebDriver BiDi). Both come from Debian; nothing is downloaded.
//
//   const app = await startApp();                 // serves ENGINES_DIST (default dist/)
//   const browser = await launch('webkit', app);  // or 'firefox'
//   const tab = await browser.open();             // a fresh profile: nothing stored
//   await tab.go('/calm'); await tab.click('Balloon breathing', { role: 'link', starts: true });
//
// Every wait is on a condition; every process started here is killed as a process group when
// the browser is closed, and again when this Node process exits for any reason.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locate } from './page-helpers.mjs';
import { startServer } from './server.mjs';

export { startServer as startApp };

/** The engines to run, from ENGINES (comma separated), both by default. */
export const ENGINES = (process.env.ENGINES || 'webkit,firefox').split(',').map((e) => e.trim()).filter(Boolean);

const LOCATE = locate.toString();
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const FIREFOX = '/usr/bin/firefox-esr';
export const VIEWPORT = { width: 1024, height: 768 };
const WAIT_MS = 15_000;

// Process groups and folders made here: killed and removed on any exit (a failed test, an
// exception, Ctrl-C), as well as when their tab or browser is closed.
const groups = new Set();
const folders = new Set();
function killGroup(pid, signal = 'SIGKILL') {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
process.on('exit', () => {
  groups.forEach((pid) => killGroup(pid));
  folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => process.exit(130));
}

async function newFolder(prefix) {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.add(folder);
  return folder;
}

async function removeFolder(folder) {
  await rm(folder, { recursive: true, force: true });
  folders.delete(folder);
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
/** `promise`, or nothing after `ms` (a timer that never keeps Node running on its own). */
const atMost = (ms, promise) => Promise.race([promise, new Promise((done) => setTimeout(done, ms).unref())]);

/** Polls `check` until it returns something truthy; errors while a page loads count as "not yet". */
export async function until(check, what, timeout = WAIT_MS) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = undefined;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for ${what}${last ? `: ${last.message}` : ''}`);
    await sleep(100);
  }
}

/** Starts a browser of `engine` for the app at `app.url`. */
export function launch(engine, app) {
  if (engine === 'webkit') return WebKit.launch(app);
  if (engine === 'firefox') return Firefox.launch(app);
  throw new Error(`unknown engine ${engine}`);
}

/** What both engines' tabs share: everything but the few primitives each engine defines. */
class Tab {
  constructor(engine, app) {
    this.engine = engine;
    this.app = app;
  }

  /** Opens `path` of the app and waits until the app is ready on it. */
  async go(path) {
    await this.harvest();
    await this.navigate(this.app.url + path);
    await this.ready(path);
  }

  /** Waits until the page at `path` (a string or RegExp for the pathname; any if none) is ready. */
  async ready(path) {
    const wanted = path === undefined ? null : path instanceof RegExp ? { re: path.source } : path.split(/[?#]/)[0];
    await until(async () => {
      const at = await this.run(() => [location.pathname, document.documentElement.dataset.ready === 'true']);
      const [pathname, isReady] = at;
      const here = wanted === null || (typeof wanted === 'string' ? pathname === wanted : new RegExp(wanted.re).test(pathname));
      return here && isReady;
    }, `html[data-ready="true"] at ${path ?? 'this page'}`);
  }

  async reload() {
    await this.harvest();
    const path = await this.path();
    await this.refresh();
    await this.ready(path);
  }

  path() {
    return this.run(() => location.pathname);
  }

  /** Runs `fn(...args)` in the page (it may return a promise); returns its JSON value (no elements). */
  run(fn, ...args) {
    return this.evaluate(`(${fn})`, args);
  }

  /** Waits until `fn(...args)` in the page returns something truthy; returns it. */
  waitFor(fn, args = [], what = String(fn), timeout = WAIT_MS) {
    return until(() => this.run(fn, ...args), what, timeout);
  }

  /** Clicks the one visible control named `name` (see page-helpers.mjs): a real pointer click. */
  async click(name, { role = 'clickable', within, nth, starts = false } = {}) {
    await this.harvest();
    const spec = { role, name: starts ? { re: `^${escape(name)}`, flags: '' } : name, within, nth };
    const element = await until(() => this.find(spec), `${role} "${name}"`);
    await this.clickElement(element);
  }

  /** Presses the one visible `role` named `name`, moves it by (dx, dy) CSS pixels in steps, lets go. */
  async drag(name, dx, dy, { role = 'button', within } = {}) {
    await this.harvest();
    const element = await until(() => this.find({ role, name, within }), `${role} "${name}"`);
    await this.dragElement(element, dx, dy);
  }

  /** Types `text` into the field labelled `label` with real key presses (after emptying it, with `replace`). */
  async type(label, text, { replace = false, within } = {}) {
    const spec = { role: 'textbox', name: label, within };
    const element = await until(() => this.find(spec), `field "${label}"`);
    if (replace) {
      await this.evaluate(`((el) => { el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true })); })`, [element]);
    }
    await this.typeInto(element, text);
  }

  /** Gives the file input labelled `label` the file at `path` (as a person choosing it would). */
  async chooseFile(label, path) {
    const element = await until(() => this.find({ role: 'file', name: label }), `file input "${label}"`);
    await this.setFile(element, path);
  }

  /** The value of the field labelled `label`. */
  async valueOf(label) {
    const element = await until(() => this.find({ role: 'textbox', name: label }), `field "${label}"`);
    return this.evaluate('((el) => el.value)', [element]);
  }

  /** Whether one element of `role` named `name` (or starting so) is on screen now. */
  async has(name, { role = 'clickable', within, starts = false } = {}) {
    try {
      await this.find({ role, name: starts ? { re: `^${escape(name)}`, flags: '' } : name, within });
      return true;
    } catch {
      return false;
    }
  }

  /** Waits until one element of `role` named `name` (or starting so) is on screen. */
  see(name, { timeout = WAIT_MS, ...options } = {}) {
    return until(() => this.has(name, options), `${options.role ?? 'clickable'} "${name}"`, timeout);
  }

  /** The text of the screen's h1. */
  h1() {
    return this.run(() => document.querySelector('h1')?.textContent.trim() ?? null);
  }

  /** The page's visible text. */
  text() {
    return this.run(() => document.body.innerText);
  }

  /** Waits until the page's visible text contains `wanted` (string or RegExp); returns the text. */
  waitForText(wanted, timeout = WAIT_MS) {
    const pattern = wanted instanceof RegExp ? { re: wanted.source, flags: wanted.flags } : null;
    return this.waitFor((text, pattern) => {
      const body = document.body.innerText.replace(/\s+/g, ' ');
      const found = pattern ? new RegExp(pattern.re, pattern.flags).test(body) : body.includes(text);
      return found ? body : false;
    }, [typeof wanted === 'string' ? wanted : null, pattern], `text ${wanted}`, timeout);
  }

  /** The text of every notice about saved information, as the app shows them. */
  notices() {
    return this.run(() => [...document.querySelectorAll('[aria-label="Messages about saved information"] [role=status]')]
      .map((n) => n.textContent.replace(/\s+/g, ' ').trim())
      .filter(Boolean));
  }

  /** Asks the app to write everything now, as the page being hidden would. */
  flush() {
    return this.run(() => window.dispatchEvent(new Event('pagehide')));
  }

  stored(key) {
    return this.run((k) => localStorage.getItem(k), key);
  }

  storedKeys() {
    return this.run(() => Object.keys(localStorage).sort());
  }

  /** The texts of every file the page offered for download so far (see probe.js). */
  offeredFiles() {
    return this.run(() => Promise.all(window.__engines.blobs.map(async ({ blob }) => ({ type: blob.type, text: await blob.text() }))));
  }

  /** Errors the page reported since the last call; each engine adds what it can see. */
  async errors() {
    await this.harvest();
    const found = this.seenErrors;
    this.seenErrors = [];
    return found;
  }

  /**
   * Waits for a finished download whose name matches `pattern`: no partial file left beside it
   * (Firefox writes `name.part` and an empty `name` first) and its size the same twice running.
   * Returns its name and path.
   */
  async downloaded(pattern) {
    let last = null;
    return until(async () => {
      const names = await readdir(this.downloads);
      const name = names.find((n) => pattern.test(n));
      if (!name || names.some((n) => /\.(part|download|wkdownload)$/.test(n))) return false;
      const { size } = await stat(join(this.downloads, name));
      const settled = last === `${name}:${size}`;
      last = `${name}:${size}`;
      return settled && { name, path: join(this.downloads, name) };
    }, `a finished download matching ${pattern}`);
  }

  find(spec) {
    return this.handle(`(${LOCATE})(${JSON.stringify(spec)})`);
  }
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// WebKit: WebKitWebDriver starts MiniBrowser (--automation) for each session, under X (xvfb-run).

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

class WebKit {
  static async launch(app) {
    if (!process.env.DISPLAY) throw new Error('WebKit needs an X display: run this under `xvfb-run -a`');
    return new WebKit(app);
  }

  constructor(app) {
    this.app = app;
    this.engine = 'webkit';
    this.tabs = new Set();
  }

  /**
   * A new MiniBrowser, from a WebKitWebDriver of its own with a home folder of its own: empty
   * storage, and its downloads land in `tab.downloads` (MiniBrowser saves a download without
   * asking, into the user's download folder). `storage: false` turns HTML5 local storage off in
   * WebKit's own settings (MiniBrowser's --enable-html5-local-storage=false).
   */
  async open({ storage = true } = {}) {
    const home = await newFolder('engines-webkit-');
    const downloads = join(home, 'Downloads');
    await mkdir(join(home, '.config'), { recursive: true });
    await mkdir(downloads);
    await writeFile(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
    const port = await freePort();
    const env = {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local', 'share'),
      XDG_CACHE_HOME: join(home, '.cache'),
    };
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', detached: true, env });
    groups.add(driver.pid);
    const base = `http://127.0.0.1:${port}`;
    const tab = new WebKitTab(this, base, driver, home, downloads);
    this.tabs.add(tab);
    try {
      await until(() => fetch(`${base}/status`).then((r) => r.ok), 'WebKitWebDriver to answer', 10_000);
      const args = ['--automation'];
      if (!storage) args.push('--enable-html5-local-storage=false');
      const session = await call(base, 'POST', '/session', {
        capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } } },
      });
      tab.id = session.sessionId;
      await tab.call('POST', '/window/rect', { ...VIEWPORT, x: 0, y: 0 });
    } catch (error) {
      await tab.close();
      throw error;
    }
    return tab;
  }

  async close() {
    for (const tab of this.tabs) await tab.close();
  }
}

async function call(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (!response.ok) {
    const error = new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    error.webdriver = value?.error;
    throw error;
  }
  return value;
}

class WebKitTab extends Tab {
  constructor(browser, base, driver, home, downloads) {
    super('webkit', browser.app);
    this.browser = browser;
    this.base = base;
    this.driver = driver;
    this.home = home;
    this.downloads = downloads;
    this.seenErrors = [];
  }

  call(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  navigate(url) {
    return this.call('POST', '/url', { url });
  }

  refresh() {
    return this.call('POST', '/refresh', {});
  }

  /** Runs `source` (a function's text) with `args` (element handles allowed); awaits a promise. */
  async evaluate(source, args = []) {
    const script = `const done = arguments[arguments.length - 1];
      const args = Array.prototype.slice.call(arguments, 0, -1);
      Promise.resolve().then(() => (${source}).apply(null, args))
        .then((value) => done({ value: value === undefined ? null : value }),
              (error) => done({ error: String(error && error.message || error) }));`;
    const result = await this.call('POST', '/execute/async', { script, args });
    if (result?.error !== undefined) throw new Error(result.error);
    return result?.value;
  }

  handle(expression) {
    return this.evaluate(`() => ${expression}`);
  }

  clickElement(element) {
    return this.call('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  typeInto(element, text) {
    return this.call('POST', `/element/${element[ELEMENT]}/value`, { text });
  }

  async dragElement(element, dx, dy) {
    const steps = [1, 2, 3, 4, 5].map(() => ({ type: 'pointerMove', origin: 'pointer', x: Math.round(dx / 5), y: Math.round(dy / 5), duration: 20 }));
    await this.call('POST', '/actions', {
      actions: [{
        type: 'pointer',
        id: 'finger',
        // WebKitGTK's driver sends a mouse even when asked for 'touch': say what it does.
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', origin: element, x: 0, y: 0 },
          { type: 'pointerDown', button: 0 },
          ...steps,
          { type: 'pointerUp', button: 0 },
        ],
      }],
    });
    await this.call('DELETE', '/actions');
  }

  setFile(element, path) {
    return this.call('POST', `/element/${element[ELEMENT]}/value`, { text: path });
  }

  /** Moves what the probe noted on this page into the list (lost if the page already went). */
  async harvest() {
    try {
      const found = await this.call('POST', '/execute/sync', {
        script: 'const p = window.__engines; if (!p) return []; return p.errors.splice(0);',
        args: [],
      });
      this.seenErrors.push(...(found ?? []));
    } catch {
      // Between pages: nothing to read.
    }
  }

  async close() {
    if (!this.browser.tabs.delete(this)) return;
    if (this.id) await atMost(5_000, this.call('DELETE', '')).catch(() => {});
    killGroup(this.driver.pid, 'SIGTERM');
    await until(() => this.driver.exitCode !== null || this.driver.signalCode !== null, 'WebKitWebDriver to stop', 5_000)
      .catch(() => killGroup(this.driver.pid));
    killGroup(this.driver.pid);
    groups.delete(this.driver.pid);
    await removeFolder(this.home);
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox ESR over WebDriver BiDi (puppeteer-core; it never downloads a browser).

class Firefox {
  static async launch(app, { prefs = {} } = {}) {
    const { default: puppeteer } = await import('puppeteer-core');
    // A profile folder of our own, so it is removed even when this process is stopped.
    const profile = await newFolder('engines-firefox-profile-');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      userDataDir: profile,
      headless: true,
      defaultViewport: VIEWPORT,
      extraPrefsFirefox: { 'intl.accept_languages': 'en-US', ...prefs },
      handleSIGINT: false,
      handleSIGTERM: false,
    });
    const pid = browser.process()?.pid;
    if (pid) groups.add(pid);
    return new Firefox(app, browser, pid, profile);
  }

  constructor(app, browser, pid, profile) {
    this.app = app;
    this.browser = browser;
    this.pid = pid;
    this.profile = profile;
    this.engine = 'firefox';
    this.tabs = new Set();
    this.extra = new Set();
  }

  /**
   * A new user context (its own empty storage) with downloads going to a fresh folder
   * (`tab.downloads`). `storage: false` starts a Firefox of its own with dom.storage.enabled
   * off (a pref is the whole profile's), closed with the tab; `fakeMicrophone: true` one whose
   * microphone is Firefox's fake one, allowed without asking.
   */
  async open({ storage = true, fakeMicrophone = false } = {}) {
    if (!storage || fakeMicrophone) {
      // A pref is the whole profile's: a Firefox of its own, with storage off or a fake
      // microphone (a steady tone) allowed without asking.
      const prefs = fakeMicrophone
        ? { 'media.navigator.streams.fake': true, 'media.navigator.permission.disabled': true }
        : { 'dom.storage.enabled': false };
      const own = await Firefox.launch(this.app, { prefs });
      this.extra.add(own);
      const tab = await own.open();
      const closeTab = tab.close.bind(tab);
      tab.close = async () => {
        await closeTab();
        await own.close();
        this.extra.delete(own);
      };
      return tab;
    }
    const downloads = await newFolder('engines-firefox-downloads-');
    const context = await this.browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const tab = new FirefoxTab(this, context, page, downloads);
    this.tabs.add(tab);
    return tab;
  }

  async close() {
    for (const tab of this.tabs) await tab.close();
    for (const own of this.extra) await own.close();
    await atMost(10_000, this.browser.close()).catch(() => {});
    if (this.pid) {
      killGroup(this.pid);
      groups.delete(this.pid);
    }
    await removeFolder(this.profile);
  }
}

/** Firefox's page error for a picture whose load stopped while the service worker answered it. */
const PICTURE_LEFT_BEHIND = /^Failed to load ‘[^’]*\/pictures\/[a-z0-9-]+\.svg’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/;

class FirefoxTab extends Tab {
  constructor(browser, context, page, downloads) {
    super('firefox', browser.app);
    this.browser = browser;
    this.context = context;
    this.page = page;
    this.downloads = downloads;
    this.seenErrors = [];
    page.on('pageerror', (error) => {
      // Firefox words a picture load cut off by leaving the page, while the service worker
      // answered it, as an error of the worker's; Chromium's journeys check every picture loads.
      if (!PICTURE_LEFT_BEHIND.test(error.message)) this.seenErrors.push(`pageerror: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') this.seenErrors.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (request) => {
      // A picture the page stopped wanting (removed, or the page left) is cancelled, not failed.
      const why = request.failure()?.errorText ?? '';
      if (!/ABORTED/i.test(why)) this.seenErrors.push(`request failed: ${request.url()} ${why}`);
    });
  }

  navigate(url) {
    return this.page.goto(url);
  }

  refresh() {
    return this.page.reload();
  }

  /** Runs `source` (a function's text) with `args` (element handles allowed); awaits a promise. */
  evaluate(source, args = []) {
    // eslint-disable-next-line no-new-func -- the text goes to the page, where puppeteer sends it as text.
    return this.page.evaluate(new Function('...args', `return (${source})(...args);`), ...args);
  }

  async handle(expression) {
    const handle = await this.page.evaluateHandle(expression);
    const element = handle.asElement();
    if (!element) throw new Error(`not an element: ${expression.slice(-80)}`);
    return element;
  }

  clickElement(element) {
    return element.click();
  }

  typeInto(element, text) {
    return element.type(text);
  }

  async dragElement(element, dx, dy) {
    const box = await element.boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const mouse = this.page.mouse;
    await mouse.move(x, y);
    await mouse.down();
    for (let step = 1; step <= 5; step += 1) await mouse.move(x + (dx * step) / 5, y + (dy * step) / 5);
    await mouse.up();
  }

  setFile(element, path) {
    return element.uploadFile(path);
  }

  harvest() {}

  async close() {
    if (!this.browser.tabs.delete(this)) return;
    await this.context.close().catch(() => {});
    await removeFolder(this.downloads);
  }
}
