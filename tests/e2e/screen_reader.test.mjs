// What a screen reader is given: every move to another screen puts focus on its heading and
// names the tab; every dialog is a named modal dialog that takes focus and gives it back; the
// breathing words are a polite live region that changes only when the words do; and notices
// about saved data speak through a status that was there before they came.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { seedFamily } from './pages/family.mjs';
import { StoryPage } from './pages/story.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function openTablet(options = {}) {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, ...options });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  return { context, page, errors, shell: new AppPage(page, app.url), story: new StoryPage(page) };
}

/** Waits for the new screen: its h1 has focus (and says `heading`), the tab's title is `title`. */
async function assertScreen(page, heading, title) {
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 5_000 });
  const h1 = page.locator('h1');
  assert.equal(await h1.getAttribute('tabindex'), '-1');
  assert.match(await h1.textContent(), heading);
  assert.equal(await page.title(), `${title} · Calm Together`);
}

/** The names a screen reader can reach now: Chromium's own accessibility tree, ignored nodes
 * (hidden, or inert behind a modal dialog) left out. */
async function namesReadOut(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((node) => !node.ignored).map((node) => node.name?.value).filter(Boolean);
}

/** Checks an open dialog: its role, modal, its name, and focus inside it. */
async function assertOpenDialog(page, role, name) {
  const dialog = page.getByRole(role, { name, exact: true });
  await dialog.waitFor();
  assert.equal(await dialog.getAttribute('aria-modal'), 'true');
  assert.ok(await dialog.evaluate((d) => d.matches(':modal')), 'it is modal: the page behind is inert');
  await page.waitForFunction((r) => document.activeElement?.closest(`[role="${r}"], dialog`), role === 'dialog' ? 'dialog' : role);
  return dialog;
}

test('every move to another screen, by link, by Back and by address, focuses its heading and names the tab', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  await shell.open('/');
  await seedFamily(page, { family: { children: [{ id: 'mia', nickname: 'Mia' }], current_child: 'mia' } });
  await shell.reload();
  await assertScreen(page, /^Hello, Mia!$/, 'Home');
  for (const [card, heading] of [['Calm together', /Calm together/], ['Our stories', /Our stories/], ['Progress', /Progress/], ['Grown-ups', /Grown-ups/]]) {
    await shell.open('/');
    await shell.homeCard(card).tap();
    await assertScreen(page, heading, card);
  }

  // Within Calm together: no page load, and still the heading and the title.
  await shell.open('/calm');
  await page.getByRole('link', { name: /^Bubble/ }).tap();
  await page.waitForURL(/\/calm\/bubble$/);
  await assertScreen(page, /Bubble breathing/, 'Bubble breathing');
  await page.getByRole('link', { name: 'All exercises' }).tap();
  await assertScreen(page, /Calm together/, 'Calm together');
  await page.goBack();
  await assertScreen(page, /Bubble breathing/, 'Bubble breathing');

  // Our stories: shelf, editor, reader, print and back.
  await shell.open('/stories');
  await story.newStory('A blank book');
  await assertScreen(page, /^A blank book$/, 'A blank book · Our stories');
  await page.getByRole('link', { name: 'Read together' }).tap();
  await assertScreen(page, /^A blank book$/, 'A blank book · Read together');
  await page.getByRole('link', { name: 'Print' }).tap();
  await assertScreen(page, /^A blank book$/, 'A blank book · Print');
  await page.goBack();
  await assertScreen(page, /^A blank book$/, 'A blank book · Read together');
  await page.getByRole('link', { name: 'Our stories' }).first().tap();
  await assertScreen(page, /Our stories/, 'Our stories');

  await shell.open('/nowhere');
  await assertScreen(page, /We couldn't find that page/, "We couldn't find that page");
  assert.deepEqual(errors, []);
  await context.close();
});

test('the quick-hide cover and the remove-page question are named modal dialogs that give focus back', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  await shell.open('/stories');
  await story.newStory('Our story');
  await shell.waitUntilReady();
  await story.addPicture('Animals', 'Dog');

  const hide = story.button('Quick hide');
  await hide.focus();
  await hide.press('Enter');
  const cover = await assertOpenDialog(page, 'dialog', 'Quick hide');
  const readable = await namesReadOut(page);
  assert.ok(readable.includes('Hold here for a moment to see the story again'));
  assert.ok(!readable.includes('Dog'), 'nothing of the story can be read out behind the cover');
  await page.keyboard.press('Escape');
  await cover.waitFor({ state: 'hidden' });
  assert.ok(await hide.evaluate((b) => b === document.activeElement));

  const remove = story.button('Remove this page');
  await remove.focus();
  await remove.press('Enter');
  const question = await assertOpenDialog(page, 'alertdialog', 'Remove this page');
  assert.equal(await question.getByRole('button', { name: 'Keep it' }).evaluate((b) => b === document.activeElement), true);
  await question.getByRole('button', { name: 'Keep it' }).press('Enter');
  await question.waitFor({ state: 'hidden' });
  assert.ok(await remove.evaluate((b) => b === document.activeElement));

  // In the reader too, the cover is the same dialog.
  await page.getByRole('link', { name: 'Read together' }).tap();
  await shell.waitUntilReady();
  await story.button('Quick hide').tap();
  await assertOpenDialog(page, 'dialog', 'Quick hide');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the restore summary, the replace question and delete everything are named modal dialogs', async () => {
  const { context, page, errors, shell } = await openTablet({ acceptDownloads: true });
  await shell.openGrownUps();
  await shell.nicknameField().fill('Mia');
  // Kept on the tablet (a moment after typing), so the end can tell nothing was deleted.
  await page.waitForFunction(() => localStorage.getItem('calm-together.family')?.includes('Mia'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup', exact: true }).tap(),
  ]);
  const file = join(await mkdtemp(join(tmpdir(), 'backup-')), download.suggestedFilename());
  await download.saveAs(file);

  const picker = page.getByLabel('Bring back a backup: choose the file');
  await picker.focus();
  await picker.setInputFiles(file);
  const summary = await assertOpenDialog(page, 'dialog', (await page.locator('#restore-title').textContent()).trim());
  assert.match(await summary.textContent(), /1 child: Mia/);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Cancel', 'the safe choice has focus');
  const replace = summary.getByRole('button', { name: 'Replace what is here' });
  await replace.press('Enter');
  const asking = await assertOpenDialog(page, 'alertdialog', 'Replace what is here');
  assert.equal(await asking.getAttribute('aria-describedby'), 'replace-warning');
  await page.keyboard.press('Escape');
  await asking.waitFor({ state: 'hidden' });
  assert.ok(await summary.isVisible(), 'the summary is still open beneath');
  assert.ok(await replace.evaluate((b) => b === document.activeElement), 'back on Replace');
  await page.keyboard.press('Escape');
  await summary.waitFor({ state: 'hidden' });
  assert.ok(await picker.evaluate((b) => b === document.activeElement), 'back on the file picker');

  const deleteAll = page.getByRole('button', { name: 'Delete everything on this tablet' });
  await deleteAll.focus();
  await deleteAll.press('Enter');
  const question = await assertOpenDialog(page, 'alertdialog', 'Delete everything on this tablet');
  assert.equal(await question.getAttribute('aria-describedby'), 'delete-everything-warning');
  await question.getByRole('button', { name: 'Cancel' }).press('Enter');
  await question.waitFor({ state: 'hidden' });
  assert.ok(await deleteAll.evaluate((b) => b === document.activeElement));
  assert.match(await shell.stored('calm-together.family'), /Mia/, 'nothing was deleted');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the breathing words are a polite live region that changes only when the words change; counts are not live', async () => {
  const { context, page, shell } = await openTablet();
  await page.clock.install();
  await shell.open('/');
  await seedFamily(page, { 'calm-settings': { grown_up_first: false, chime: false } });
  await shell.open('/calm/balloon');
  await page.getByRole('button', { name: 'Skip', exact: true }).tap();
  await page.getByRole('button', { name: 'Start', exact: true }).tap();
  const cue = page.getByTestId('cue');
  assert.equal(await cue.getAttribute('aria-live'), 'polite');
  const live = await page.evaluate(() => ({
    assertive: document.querySelectorAll('[aria-live="assertive"], [role="alert"]').length,
    countIsLive: Boolean(document.querySelector('.cue-count').closest('[aria-live], [role="status"], [role="timer"], [role="log"]')),
    pacerIsLive: Boolean(document.querySelector('[data-testid="pacer"]').closest('[aria-live], [role="status"]')),
    pacerHidden: document.querySelector('[data-testid="pacer"]').getAttribute('aria-hidden'),
  }));
  assert.deepEqual(live, { assertive: 0, countIsLive: false, pacerIsLive: false, pacerHidden: 'true' });
  await page.evaluate(() => {
    const cue = document.querySelector('[data-testid="cue"]');
    window.cueSaid = [cue.textContent];
    new MutationObserver(() => window.cueSaid.push(cue.textContent))
      .observe(cue, { childList: true, subtree: true, characterData: true });
  });
  await page.clock.runFor(20_000);
  const said = await page.evaluate(() => window.cueSaid);
  assert.ok(said.length >= 4, `the words changed with the breaths: ${said.join(' / ')}`);
  assert.ok(said.length <= 20, `about one change a step, not one a frame: ${said.length} changes in 20 s`);
  for (let i = 1; i < said.length; i += 1) {
    assert.notEqual(said[i], said[i - 1], 'every change to the live region is a change of words');
  }
  await context.close();
});

test('a full storage speaks through the notices\' polite region, which was there before it; the update notice too', async () => {
  const { context, page, shell, story } = await openTablet();
  await shell.open('/stories');
  await story.newStory('A blank book');
  await shell.waitUntilReady();
  // The region is shown only with a notice in it; the polite live region around it is always there.
  const live = page.locator('[aria-live="polite"]:has(> .notices)');
  await live.evaluate((r) => { r.dataset.before = 'yes'; });
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('tab', { name: 'Words' }).tap();
  await page.getByRole('textbox', { name: 'Words for this page' }).fill('Still here.');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const notice = shell.notices().first();
  assert.match(await notice.textContent(), /storage is full/);
  assert.equal(await notice.evaluate((n) => n.closest('[aria-live="polite"]')?.dataset.before), 'yes');
  assert.equal(await page.getByTestId('saved-word').textContent(), 'Not saved yet');

  const statuses = await page.getByRole('status').count();
  await page.evaluate(() => window.dispatchEvent(new Event('calm-together-update-ready')));
  const update = page.getByRole('status').filter({ hasText: 'A new version of Calm Together is ready.' });
  await update.waitFor();
  assert.equal(await page.getByRole('status').count(), statuses, 'the words came into a status that was already there');
  await context.close();
});
