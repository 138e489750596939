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

/** Two tabs of one browser: A has named the child Mia and saved it; B has Grown-ups open. */
async function twoTabsWithMia() {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const [pageA, pageB] = [await context.newPage(), await context.newPage()];
  const [a, b] = [new AppPage(pageA, app.url), new AppPage(pageB, app.url)];
  await a.openGrownUps();
  await a.nicknameField().fill('Mia');
  await pageA.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await b.openGrownUps();
  return { context, pageA, pageB, a, b };
}

/** Whether a set-aside copy holds `text`. */
async function keptAside(shell, text) {
  const kept = (await shell.storedKeys()).filter((k) => k.startsWith('calm-together.set-aside.'));
  const keptTexts = await Promise.all(kept.map((k) => shell.stored(k)));
  return keptTexts.some((t) => t.includes(text));
}

/** Makes B's delayed write wait for ever (its 600 ms timer never fires). */
async function holdBackDelayedWrites(page) {
  await page.evaluate(() => {
    const realSetTimeout = window.setTimeout.bind(window);
    window.setTimeout = (callback, delay, ...rest) => (delay === 600 ? 0 : realSetTimeout(callback, delay, ...rest));
  });
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
  // The app writes when the grown-up switches away to look for the file: the line stays.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.waitForTimeout(800);
  assert.match(await notice.textContent(), /Your browser should now save the file\./);

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

test('data saved by a newer version is shown as far as this version knows it, and never written over', async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.open('/');
  // A later build's family: a field this build has never heard of, beside ones it knows.
  const newer = JSON.stringify({
    schema: 9, revision: 1, saved_at: 1, writer: 'x',
    data: { children: [{ id: 'c1', nickname: 'Mia' }], current_child: 'c1', safety_plan: { steps: ['call'] } },
  });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [FAMILY_KEY, newer]);
  await shell.reload();
  assert.equal(await shell.heading().textContent(), 'Hello, Mia!', 'shown, not an empty tablet');
  const notice = shell.notices().first();
  assert.match(await notice.textContent(), /saved by a newer version/);
  assert.equal(await notice.getByRole('button', { name: 'Hide this message' }).count(), 0, 'it stays while it is true');
  await notice.getByRole('button', { name: 'Reload' }).waitFor();
  await shell.openGrownUps();
  await shell.nicknameField().fill('Mia Rose');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await shell.stored(FAMILY_KEY), newer);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a story saved by a newer version opens, and a change to it says "Not kept" instead of "Saved"', async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.open('/');
  const id = 1764115200000;
  const now = Date.now();
  const fixture = JSON.parse(await readFile('tests/fixtures/story/v2.json', 'utf8'));
  const newerStory = JSON.stringify({ ...fixture, schema: 9, data: { ...fixture.data, child: null, sticker_sheet: 3 } });
  const index = JSON.stringify({ schema: 2, revision: 1, saved_at: now, writer: 'x', data: { stories: [{ id, title: 'Our story', child: null, cover: 'teddy-bear', changed_at: now, pages: 3 }] } });
  await page.evaluate(([a, b, c, d]) => { localStorage.setItem(a, b); localStorage.setItem(c, d); },
    [`calm-together.story.${id}`, newerStory, 'calm-together.story-index', index]);
  await shell.open(`/stories/${id}`);
  await page.getByRole('group', { name: 'The page' }).getByRole('button', { name: 'Teddy bear', exact: true }).waitFor();
  await page.getByRole('tab', { name: 'Words' }).tap();
  await page.getByRole('textbox', { name: 'Words for this page' }).fill('A change');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.getByTestId('saved-word').filter({ hasText: 'Not kept' }).waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), `calm-together.story.${id}`), newerStory);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a value this version does not know (an exercise added later) is a newer version\'s data, not damage', async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.open('/');
  const log = JSON.stringify({ schema: 2, revision: 7, saved_at: 1, writer: 'x', data: { practices: [
    { id: 'p1', exercise: 'ocean-waves', started_at: 1, ended_at: 2, ending: 'completed' }] } });
  await page.evaluate((v) => localStorage.setItem('calm-together.practice-log', v), log);
  await shell.open('/progress');
  assert.match(await shell.notices().first().textContent(), /saved by a newer version/);
  const keys = await shell.storedKeys();
  assert.deepEqual(keys.filter((k) => k.startsWith('calm-together.set-aside.')), [], 'not set aside as damaged');
  assert.equal(await page.evaluate(() => localStorage.getItem('calm-together.practice-log')), log);
  assert.deepEqual(errors, []);
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
  await holdBackDelayedWrites(pageB);
  await b.nicknameField().fill('Mia from B');
  await a.nicknameField().fill('Mia from A');
  await pageA.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await pageB.waitForFunction(() => document.querySelector('.notice'));
  assert.match(await b.notices().first().textContent(), /open in another window too/);
  assert.match(await a.stored(FAMILY_KEY), /Mia from A/, "A's data was not overwritten");
  assert.equal(await b.nicknameField().inputValue(), 'Mia from A', 'B now shows the newest saved version');
  assert.ok(await keptAside(b, 'Mia from B'), "B's version is kept aside");
  await context.close();
});

test('two tabs and a full storage: the change that could not be saved is never replaced, and both are kept', async () => {
  const { context, pageA, pageB, a, b } = await twoTabsWithMia();
  // Only B's writes fail, as they would if B's change came when the storage was full.
  await pageB.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await b.nicknameField().fill('Mia from B');
  await pageB.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await pageB.getByText(/storage is full/).waitFor();
  await a.nicknameField().fill('Mia from A');
  await pageA.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await pageB.waitForTimeout(500);
  assert.equal(await b.nicknameField().inputValue(), 'Mia from B', "B's unsaved change is still on screen");
  await pageB.getByText(/storage is full/).waitFor();
  // Room again: B's next try keeps its version aside and shows the newest saved one.
  await pageB.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await pageB.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await pageB.getByText(/open in another window too/).waitFor();
  assert.match(await a.stored(FAMILY_KEY), /Mia from A/);
  assert.ok(await keptAside(b, 'Mia from B'), "B's version is kept aside");
  await context.close();
});

test('"Delete everything" in one tab: another open tab starts afresh and brings nothing back', async () => {
  const { context, pageA, pageB, a, b } = await twoTabsWithMia();
  // B has a change its delayed write has not made yet.
  await holdBackDelayedWrites(pageB);
  await b.nicknameField().fill('Mia from B');
  await pageA.getByRole('button', { name: 'Delete everything on this tablet' }).tap();
  await pageA.getByRole('button', { name: 'Yes, delete everything' }).tap();
  await pageA.waitForURL(app.url + '/');
  await a.waitUntilReady();
  // B reloads on its own: the gate is closed again and its field is gone.
  await b.nicknameField().waitFor({ state: 'detached' });
  await b.waitUntilReady();
  await pageB.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const left = (await a.storedKeys()).filter((k) => k.startsWith('calm-together.'));
  assert.deepEqual(left, [], 'nothing came back, not even as a set-aside copy');
  assert.equal(await a.heading().textContent(), 'Hello, friend!');
  await context.close();
});
