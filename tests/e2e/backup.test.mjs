// Backups on a touch tablet: save one, delete everything, bring it back exactly; add a backup
// to what is here; a bad file says why and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from './browser.mjs';
import { openStoryTablet } from './pages/story.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

function openTablet() {
  return openStoryTablet(app, { acceptDownloads: true });
}

/** Every key the app keeps, with the data part of each (stamps differ after a restore). */
async function storedData(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
    .filter((k) => k.startsWith('calm-together.'))
    .sort()
    .map((k) => [k, JSON.stringify(JSON.parse(localStorage.getItem(k)).data)])));
}

/** A family with a name and a story with a picture and words. */
async function makeFamily(shell, story, page) {
  await shell.openGrownUps();
  await shell.nicknameField().fill('Mia');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await shell.open('/stories');
  await story.newStory('Our story');
  await shell.waitUntilReady();
  await story.addPicture('Helpers and comfort', 'Teddy bear');
  await page.getByRole('tab', { name: 'Words' }).tap();
  await page.getByRole('textbox', { name: 'Words for this page' }).fill('This is us.');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
}

async function saveBackup(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup', exact: true }).tap(),
  ]);
  const dir = await mkdtemp(join(tmpdir(), 'backup-'));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  // The grown-up looks, sees the file, and says so: only then does the backup count.
  await page.getByRole('button', { name: 'I can see the file' }).tap();
  return { name: download.suggestedFilename(), path };
}

test('save a backup, delete everything, bring it back: the same data, exactly', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  await makeFamily(shell, story, page);
  const before = await storedData(page);
  assert.ok(Object.keys(before).some((k) => k.startsWith('calm-together.story.')));

  await shell.openGrownUps();
  const file = await saveBackup(page);
  assert.match(file.name, /^calm-together-backup-\d{4}-\d\d-\d\d\.json$/);
  const saved = JSON.parse(await readFile(file.path, 'utf8'));
  assert.equal(saved.format, 'calm-together-backup');
  assert.equal(saved.stories.length, 1);
  await page.getByText('Thank you. This backup counts from today; Home will remind you again in two weeks.').waitFor();

  await page.getByRole('button', { name: 'Delete everything on this tablet' }).tap();
  await page.getByRole('button', { name: 'Yes, delete everything' }).tap();
  await page.waitForURL(app.url + '/');
  await shell.waitUntilReady();
  assert.equal(await shell.heading().textContent(), 'Hello, friend!');
  // Only the note that tells other open windows to start afresh (no data of the family's).
  assert.deepEqual(await shell.storedKeys(), ['calm-together-everything-deleted'], 'nothing is left on the tablet');

  await shell.openGrownUps();
  await page.getByLabel('Bring back a backup: choose the file').setInputFiles(file.path);
  await page.getByText('1 child: Mia').waitFor();
  await page.getByText('1 story (5 pages)').waitFor();
  await page.getByRole('button', { name: 'Replace what is here' }).tap();
  await page.getByRole('button', { name: 'Yes, replace everything' }).tap();
  await page.getByText('Done. This tablet now holds what was in the backup.').waitFor();
  assert.deepEqual(await storedData(page), before, 'every key holds exactly what it held');

  await shell.open('/stories');
  await page.getByRole('link', { name: /^Our story/ }).first().tap();
  await shell.waitUntilReady();
  await story.placed('Teddy bear').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('adding a backup to what is here keeps both families\' stories', async () => {
  const { context, page, shell, story } = await openTablet();
  await makeFamily(shell, story, page);
  await shell.openGrownUps();
  const file = await saveBackup(page);

  const other = await openTablet();
  await other.shell.open('/stories');
  await other.story.newStory('A blank book');
  await other.shell.waitUntilReady();
  await other.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await other.shell.openGrownUps();
  await other.page.getByLabel('Bring back a backup: choose the file').setInputFiles(file.path);
  await other.page.getByRole('button', { name: 'Add to what is here' }).tap();
  await other.page.getByText(/^Added 1 child, 1 story and 0 practices\./).waitFor();
  await other.shell.open('/stories');
  const titles = await other.page.locator('.shelf-books').first().locator('.book-title').allTextContents();
  assert.deepEqual([...titles].sort(), ['A blank book', 'Our story']);
  await other.context.close();
  await context.close();
});

test('a damaged, foreign or empty file says why and changes nothing', async () => {
  const { context, page, shell, story } = await openTablet();
  await makeFamily(shell, story, page);
  await shell.openGrownUps();
  const file = await saveBackup(page);
  // Saving notes the day of the backup a moment later: write it now, so "before" holds it.
  await page.getByText('Last backup: today.').waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const before = await storedData(page);
  const text = await readFile(file.path, 'utf8');
  const dir = await mkdtemp(join(tmpdir(), 'bad-'));
  const cases = [
    ['cut-short.json', text.slice(0, text.length / 2), 'This file is not a backup the app can read. It may be cut short or damaged.'],
    ['other-app.json', '{"hello":"world"}', 'This file is not a Calm Together backup.'],
    ['empty.json', '', 'This file is not a backup the app can read. It may be cut short or damaged.'],
    ['hostile.json', text.replace('"teddy-bear"', '"../../secret"'), 'Something inside this backup is damaged, so the app will not use it.'],
    ['newer.json', text.replace('"version":1', '"version":7'), 'This backup was made by a newer version of Calm Together. Please update the app first.'],
  ];
  for (const [name, content, message] of cases) {
    const path = join(dir, name);
    await writeFile(path, content);
    await page.getByLabel('Bring back a backup: choose the file').setInputFiles(path);
    await page.getByText(message).waitFor();
    await page.getByText('Nothing on this tablet has changed.').waitFor();
    assert.deepEqual(await storedData(page), before, name);
  }
  await context.close();
});

test('Grown-ups says when the last backup was; Home reminds kindly after two weeks', async () => {
  const { context, page, shell } = await openTablet();
  await shell.openGrownUps();
  await page.getByText('You have not saved a backup on this tablet yet.').waitFor();
  await page.getByText(/This browser (has agreed to keep|may clear)/).waitFor();
  // A download offered is not yet a backup kept: the date waits for "I can see the file".
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup', exact: true }).tap()]);
  await page.getByText(/When you can see it there, tap "I can see the file"\./).waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(JSON.parse(await shell.stored('calm-together.family') ?? '{"data":{}}').data.last_backup_at, undefined);
  await page.getByText('You have not saved a backup on this tablet yet.').waitFor();
  await page.getByRole('button', { name: 'I can see the file' }).tap();
  await page.getByText('Thank you. This backup counts from today; Home will remind you again in two weeks.').waitFor();
  await page.getByText('Last backup: today.').waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

  const longAgo = Date.now() - 20 * 24 * 60 * 60 * 1000;
  await page.evaluate((at) => {
    const key = 'calm-together.family';
    const stored = JSON.parse(localStorage.getItem(key));
    stored.data.last_backup_at = at;
    localStorage.setItem(key, JSON.stringify(stored));
  }, longAgo);
  await shell.open('/');
  await page.getByText('For grown-ups: it has been a while since your last backup. You can save one in Grown-ups.').waitFor();
  await context.close();
});

test('adding a backup whose story changed later keeps this tablet\'s version among the stories deleted lately', async () => {
  const { context, page, shell, story } = await openTablet();
  await makeFamily(shell, story, page);
  await shell.openGrownUps();
  const file = await saveBackup(page);
  // The same story, changed later on another tablet.
  const saved = JSON.parse(await readFile(file.path, 'utf8'));
  saved.stories[0].data.changed_at += 60_000;
  saved.stories[0].data.pages[0].words = 'Changed on the other tablet.';
  const later = join(await mkdtemp(join(tmpdir(), 'backup-')), file.name);
  await writeFile(later, JSON.stringify(saved));

  await page.getByLabel('Bring back a backup: choose the file').setInputFiles(later);
  await page.getByRole('button', { name: 'Add to what is here' }).tap();
  await page.getByText(/1 story had newer changes in the backup and was brought up to date; this tablet's earlier version waits in "Stories deleted lately" for 30 days\./).waitFor();
  const deletedLately = page.getByRole('region', { name: 'Stories deleted lately' });
  await deletedLately.getByRole('button', { name: 'Bring back "Our story"' }).waitFor();
  const keys = (await shell.storedKeys()).filter((k) => k.startsWith('calm-together.story.'));
  const texts = await Promise.all(keys.map((k) => shell.stored(k)));
  assert.ok(texts.some((t) => t.includes('Changed on the other tablet.')), "the backup's version is on the shelf");
  assert.ok(texts.some((t) => t.includes('This is us.')), "this tablet's version is kept");
  await context.close();
});

test('a backup that does not fit is put back whole: the browser full halfway changes nothing', async () => {
  const { context, page, shell, story } = await openTablet();
  await makeFamily(shell, story, page);
  await shell.openGrownUps();
  const file = await saveBackup(page);
  // Another family's tablet, where the storage fills up halfway: the stories, the list and
  // the practices fit, the family (written last) does not.
  const other = await openTablet();
  await other.shell.openGrownUps();
  await other.shell.nicknameField().fill('Leo');
  await other.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await other.page.evaluate(() => {
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'calm-together.family') throw new DOMException('full', 'QuotaExceededError');
      return realSetItem.call(this, key, value);
    };
  });
  const before = await storedData(other.page);
  await other.page.getByLabel('Bring back a backup: choose the file').setInputFiles(file.path);
  await other.page.getByRole('button', { name: 'Replace what is here' }).tap();
  await other.page.getByRole('button', { name: 'Yes, replace everything' }).tap();
  await other.page.getByText(/ran out of room partway through, so the app put back everything as it was before/).waitFor();
  await other.page.getByText('Nothing on this tablet has changed.').waitFor();
  assert.deepEqual(await storedData(other.page), before, 'every key exactly as it was');
  await other.context.close();
  await context.close();
});

test('where the browser has a share sheet (an iPad), the backup can be shared, and counts once it was handed over', async () => {
  const { context, page, shell } = await openTablet();
  // Chromium on Linux has no share sheet: this one stands in for Safari's, first closed unused.
  await page.addInitScript(() => {
    window.shareAnswers = ['cancel', 'save'];
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length === 1;
    navigator.share = async (data) => {
      if (window.shareAnswers.shift() === 'cancel') throw new DOMException('closed', 'AbortError');
      window.sharedText = await data.files[0].text();
      window.sharedName = data.files[0].name;
    };
  });
  await shell.openGrownUps();
  const share = page.getByRole('button', { name: 'Share or save to Files' });
  await share.tap();
  await page.getByText('The backup was not shared. Nothing has changed.').waitFor();
  await page.getByText('You have not saved a backup on this tablet yet.').waitFor();
  await share.tap();
  await page.getByText('Done: the backup went where you chose. It counts from today.').waitFor();
  await page.getByText('Last backup: today.').waitFor();
  const shared = await page.evaluate(() => ({ name: window.sharedName, text: window.sharedText }));
  assert.match(shared.name, /^calm-together-backup-\d{4}-\d\d-\d\d\.json$/);
  assert.equal(JSON.parse(shared.text).format, 'calm-together-backup');
  await context.close();
});
