// What happens to saved data when things go wrong: hand-corrupted keys, no storage at all,
// a full storage, and the app open in two tabs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';

const FAMILY_KEY = 'calm-together.family';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function openTablet({ initScript } = {}) {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, acceptDownloads: true });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page), shell: new AppPage(page, app.url) };
}

test('a hand-corrupted key: the app starts, says so calmly, and keeps the raw text', async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.open('/');
  const broken = '{"schema":1,"revision":2,"data":{"children":[{"nickname":"Mi';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [FAMILY_KEY, broken]);
  await shell.reload();

  assert.equal(await shell.heading().textContent(), 'Hello, friend!', 'the app still starts');
  const notice = shell.notices().first();
  assert.match(await notice.textContent(), /could not be read\. We kept a copy of it safe/);
  assert.equal(await shell.stored(FAMILY_KEY), broken, 'the original text is untouched');
  const asideKeys = (await shell.storedKeys()).filter((k) => k.startsWith('calm-together.set-aside.family.'));
  assert.equal(asideKeys.length, 1);
  assert.equal(JSON.parse(await shell.stored(asideKeys[0])).raw, broken);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Save it to a file' }).tap(),
  ]);
  assert.match(download.suggestedFilename(), /^calm-together-family-kept-\d{4}-\d\d-\d\d\.txt$/);
  assert.equal(await readFile(await download.path(), 'utf8'), broken);
  assert.match(await notice.textContent(), /Your browser should now save the file\. Look for it in your downloads/);

  await notice.getByRole('button', { name: 'Hide this message' }).tap();
  assert.equal(await shell.notices().count(), 0);
  await shell.reload();
  assert.equal(await shell.notices().count(), 0, 'a hidden notice stays hidden');
  assert.equal(JSON.parse(await shell.stored(asideKeys[0])).raw, broken, 'the copy stays');

  // A new name can be saved now that the copy is safe.
  await shell.openGrownUps();
  await shell.nicknameField().fill('Mia');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('"Mia"'), FAMILY_KEY);
  assert.deepEqual(errors.filter((e) => !e.includes('Calm Together')), []);
  await context.close();
});

test('data saved by a newer version is shown as such and never written over', async () => {
  const { context, page, shell } = await openTablet();
  await shell.open('/');
  const newer = JSON.stringify({ schema: 9, revision: 1, saved_at: 1, writer: 'x', data: { future: true } });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [FAMILY_KEY, newer]);
  await shell.openGrownUps();
  assert.match(await shell.notices().first().textContent(), /saved by a newer version/);
  await shell.nicknameField().fill('Mia');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await shell.stored(FAMILY_KEY), newer);
  await context.close();
});

test('when the browser keeps nothing, the app runs and says nothing will be kept', async () => {
  const { context, shell } = await openTablet({
    initScript: () => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    },
  });
  await shell.open('/');
  assert.equal(await shell.heading().textContent(), 'Hello, friend!');
  assert.match(await shell.notices().first().textContent(), /not letting Calm Together keep anything/);
  await shell.openGrownUps();
  await shell.nicknameField().fill('Mia');
  await shell.page.waitForTimeout(700);
  assert.equal(await shell.nicknameField().inputValue(), 'Mia', 'it still works, in memory, within this part');
  assert.match(await shell.notices().first().textContent(), /not letting Calm Together keep anything/);
  await context.close();
});

test('a private mode whose storage holds nothing at all is treated as no storage', async () => {
  const { context, shell } = await openTablet({
    initScript: () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  });
  await shell.open('/');
  assert.match(await shell.notices().first().textContent(), /not letting Calm Together keep anything/);
  await context.close();
});

test('a full storage: the save fails visibly, the screen keeps the change, nothing stored is damaged', async () => {
  const { context, page, shell } = await openTablet();
  await shell.openGrownUps();
  await shell.nicknameField().fill('Mia');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('"Mia"'), FAMILY_KEY);
  const before = await shell.stored(FAMILY_KEY);

  await page.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await shell.nicknameField().fill('Mia Rose');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.match(await shell.notices().first().textContent(), /storage is full/);
  assert.equal(await shell.nicknameField().inputValue(), 'Mia Rose');
  assert.equal(await shell.stored(FAMILY_KEY), before, 'what was stored is untouched');

  // Room again: the next save goes through and the notice goes away.
  await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.match(await shell.stored(FAMILY_KEY), /Mia Rose/);
  assert.equal(await shell.notices().count(), 0);
  await context.close();
});

test('two tabs: a change in one shows in the other, and a clash keeps both', async () => {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const [pageA, pageB] = [await context.newPage(), await context.newPage()];
  const [a, b] = [new AppPage(pageA, app.url), new AppPage(pageB, app.url)];
  await a.openGrownUps();
  await b.open('/');

  await a.nicknameField().fill('Mia');
  await pageA.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('"Mia"'), FAMILY_KEY);
  await pageB.getByRole('heading', { name: 'Hello, Mia!' }).waitFor();

  // Both change before either saves. B's delayed write is held back (its timer never fires),
  // so A's write arrives while B still has an unsaved change: B must keep both.
  await b.openGrownUps();
  await pageB.evaluate(() => {
    const realSetTimeout = window.setTimeout.bind(window);
    window.setTimeout = (callback, delay, ...rest) => (delay === 600 ? 0 : realSetTimeout(callback, delay, ...rest));
  });
  await b.nicknameField().fill('Mia from B');
  await a.nicknameField().fill('Mia from A');
  await pageA.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await pageB.waitForFunction(() => document.querySelector('.notice'));
  assert.match(await b.notices().first().textContent(), /open in another window too/);
  assert.match(await a.stored(FAMILY_KEY), /Mia from A/, "A's data was not overwritten");
  assert.equal(await b.nicknameField().inputValue(), 'Mia from A', 'B now shows the newest saved version');
  const kept = (await b.storedKeys()).filter((k) => k.startsWith('calm-together.set-aside.'));
  const keptTexts = await Promise.all(kept.map((k) => b.stored(k)));
  assert.ok(keptTexts.some((t) => t.includes('Mia from B')), "B's version is kept aside");
  await context.close();
});
