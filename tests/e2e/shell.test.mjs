// Journeys through the app shell on a tablet with touch: every screen by tapping, reloads,
// names kept, and the layout big enough for small fingers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, collectPageErrors, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.mjs';
import { AppPage, SCREENS } from './pages/app.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function openTablet(options = TABLET_LANDSCAPE) {
  const context = await app.browser.newContext(options);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const foreign = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(app.url) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) {
      foreign.push(request.url());
    }
  });
  return { context, page, errors, foreign, shell: new AppPage(page, app.url) };
}

test('home greets a friend and offers four big picture cards', async () => {
  const { context, errors, foreign, shell } = await openTablet();
  await shell.open('/');
  assert.equal(await shell.heading().textContent(), 'Hello, friend!');
  for (const { card } of SCREENS) {
    assert.ok(await shell.homeCard(card).isVisible(), `${card} card is visible`);
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, [], 'no request leaves the app');
  await context.close();
});

test("Home loads only the app's start; its parts come later, quietly, once", async () => {
  const { context, page, shell } = await openTablet();
  const wasm = [];
  // The context sees the service worker's requests too.
  context.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname);
  });
  await page.clock.install();
  await shell.open('/');
  assert.deepEqual(wasm.map((path) => path.replace(/^\/app-[0-9a-f]{16}\//, '')), ['app_bg.wasm']);
  await page.clock.runFor(3_500);
  for (let waited = 0; !wasm.some((path) => path.endsWith('/split_calm.wasm')); waited += 50) {
    assert.ok(waited < 10_000, 'the calm part is fetched after a few seconds');
    await new Promise((done) => setTimeout(done, 50));
  }
  // Every file is fetched, and only once: the service worker's install is the quiet fetch.
  await page.evaluate(() => navigator.serviceWorker.ready);
  for (const part of ['calm', 'shelf', 'story', 'progress', 'family']) {
    assert.equal(wasm.filter((path) => path.endsWith(`/split_${part}.wasm`)).length, 1, `${part} fetched once`);
  }
  // (The start, app_bg.wasm, is fetched by the page and again by the worker's install, as before.)
  const rest = wasm.filter((path) => !path.endsWith('/app_bg.wasm'));
  assert.equal(new Set(rest).size, rest.length, 'no part or shared file fetched twice');
  await context.close();
});

test('every screen opens by tapping its card, and Home brings you back', async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.open('/');
  for (const { card, path } of SCREENS) {
    await shell.homeCard(card).tap();
    await page.waitForURL(app.url + path);
    await shell.waitUntilReady();
    assert.equal((await shell.heading().textContent()).trim(), card);
    assert.match(await page.title(), new RegExp(`^${card} · Calm Together$`));
    await shell.homeButton().tap();
    await page.waitForURL(app.url + '/');
    await shell.waitUntilReady();
    assert.equal(await shell.heading().textContent(), 'Hello, friend!');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("the browser's Back and Forward move between screens", async () => {
  const { context, page, shell } = await openTablet();
  await shell.open('/');
  await shell.homeCard('Our stories').tap();
  await page.waitForURL(app.url + '/stories');
  await shell.waitUntilReady();
  await page.goBack();
  await page.getByRole('heading', { name: 'Hello, friend!' }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { name: 'Our stories' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/stories');
  await context.close();
});

test('reloading keeps you on the same screen', async () => {
  const { context, page, shell } = await openTablet();
  for (const { card, path } of SCREENS) {
    await shell.open(path);
    await shell.reload();
    assert.equal(new URL(page.url()).pathname, path);
    assert.equal((await shell.heading().textContent()).trim(), card);
  }
  await context.close();
});

test('an unknown address gets a gentle page with a way home', async () => {
  const { context, page, shell } = await openTablet();
  await shell.open('/no-such-place');
  assert.equal((await shell.heading().textContent()).trim(), "We couldn't find that page");
  await shell.homeButton().tap();
  await page.waitForURL(app.url + '/');
  await shell.waitUntilReady();
  await context.close();
});

test("the child's name typed by a grown-up is kept across reloads", async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.openGrownUps();
  await shell.nicknameField().tap();
  await shell.nicknameField().pressSequentially('Mia Rose');
  assert.equal(await shell.nicknameField().inputValue(), 'Mia Rose', 'a space can be typed between names');
  await shell.nicknameField().fill('Mia');
  await page.waitForFunction(() => (localStorage.getItem('calm-together.family') ?? '').includes('"Mia"'));
  const stored = JSON.parse(await shell.stored('calm-together.family'));
  assert.equal(stored.schema, 3, "the schema version today's build writes");
  // Counts the writes: one, or more if the typing was slower than the wait before a write.
  assert.ok(Number.isInteger(stored.revision) && stored.revision >= 1, `revision ${stored.revision}`);
  assert.ok(stored.saved_at > 0);
  await shell.reload();
  await shell.passGate();
  assert.equal(await shell.nicknameField().inputValue(), 'Mia');
  await shell.homeButton().tap();
  await page.waitForURL(app.url + '/');
  await shell.waitUntilReady();
  assert.equal(await shell.heading().textContent(), 'Hello, Mia!');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a change is written straight away when the page is hidden', async () => {
  const { context, page, shell } = await openTablet();
  await shell.openGrownUps();
  await shell.nicknameField().fill('Leo');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.match(await shell.stored('calm-together.family'), /Leo/);
  await context.close();
});

test('a keyboard user reaches and opens a card with Tab and Enter', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.open('/');
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent?.startsWith('Our stories'))) break;
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(app.url + '/stories');
  await shell.waitUntilReady();
  await context.close();
});

for (const [name, options] of [
  ['landscape tablet', TABLET_LANDSCAPE],
  ['portrait tablet', TABLET_PORTRAIT],
  ['small phone', { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true }],
]) {
  test(`on a ${name}, targets are at least 48 px, text at least 18 px, nothing scrolls sideways`, async () => {
    const { context, page, shell } = await openTablet(options);
    for (const path of ['/', '/calm', '/calm/balloon', '/grown-ups']) {
      if (path === '/grown-ups') await shell.openGrownUps();
      else await shell.open(path);
      const report = await page.evaluate(() => {
        const small = [...document.querySelectorAll('a, button, input')]
          // A checkbox's target is its whole label line.
          .map((el) => ({ el, box: (el.closest('label') ?? el).getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 48 || box.height < 48))
          .map(({ el, box }) => `${el.textContent.trim() || el.id}: ${Math.round(box.width)}×${Math.round(box.height)}`);
        const tinyText = [...document.querySelectorAll('p, span, label, a, button, h1, h2')]
          .filter((el) => el.textContent.trim() && parseFloat(getComputedStyle(el).fontSize) < 18)
          .map((el) => el.textContent.trim().slice(0, 30));
        const overflow = document.documentElement.scrollWidth - window.innerWidth;
        return { small, tinyText, overflow };
      });
      assert.deepEqual(report.small, [], `${path}: small targets`);
      assert.deepEqual(report.tinyText, [], `${path}: text under 18 px`);
      assert.ok(report.overflow <= 0, `${path}: scrolls sideways by ${report.overflow}px`);
    }
    await context.close();
  });
}

test('Grown-ups opens only for a 2-second hold or a grown-up answer, never a quick tap', async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.open('/grown-ups');
  const hold = page.getByRole('button', { name: 'Hold to open' });
  assert.equal(await hold.getAttribute('aria-describedby') !== null, true);
  await hold.tap();
  await page.waitForTimeout(2_300);
  assert.equal(await shell.nicknameField().count(), 0, 'a quick tap does not open it');

  const label = await page.getByText(/^Or answer: what is/).textContent();
  await page.getByRole('textbox', { name: label }).fill('3');
  await page.getByRole('button', { name: 'Open', exact: true }).tap();
  await page.getByText('Not quite. Try again, or hold the button.').waitFor();
  assert.equal(await shell.nicknameField().count(), 0, 'a wrong answer does not open it');

  await hold.dispatchEvent('pointerdown', { pointerType: 'touch', bubbles: true });
  await page.waitForTimeout(1_000);
  await hold.dispatchEvent('pointerup', { pointerType: 'touch', bubbles: true });
  await page.waitForTimeout(1_500);
  assert.equal(await shell.nicknameField().count(), 0, 'letting go early does not open it');

  await hold.dispatchEvent('pointerdown', { pointerType: 'touch', bubbles: true });
  await shell.nicknameField().waitFor({ timeout: 4_000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a keyboard user opens Grown-ups by holding Enter', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const shell = new AppPage(page, app.url);
  await shell.open('/grown-ups');
  await page.getByRole('button', { name: 'Hold to open' }).focus();
  await page.keyboard.down('Enter');
  await shell.nicknameField().waitFor({ timeout: 4_000 });
  await page.keyboard.up('Enter');
  await context.close();
});

test('at 200% zoom on a landscape tablet (a 512×384 CSS-pixel view) every screen reflows without sideways scrolling', async () => {
  const { context, page, shell } = await openTablet({ ...TABLET_LANDSCAPE, viewport: { width: 512, height: 384 } });
  for (const path of ['/', '/calm', '/calm/balloon', '/stories', '/progress', '/grown-ups']) {
    await shell.open(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path}: scrolls sideways by ${overflow}px`);
    assert.ok(await shell.heading().isVisible(), `${path}: the heading shows`);
  }
  await context.close();
});
