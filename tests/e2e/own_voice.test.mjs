// "Our own voice": a grown-up records a step with Chromium's fake microphone (a steady tone,
// allowed without a prompt), the recording is kept across a reload, and in the practice it
// plays instead of the tablet's voice while the step with no recording is still spoken.
// Speech is recorded by wrapping speechSynthesis.speak; played recordings by wrapping
// AudioBufferSourceNode.start (the app plays them through Web Audio).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { CHROMIUM_ARGS, collectPageErrors, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { violations } from './axe.mjs';
import { seedFamily } from './pages/family.mjs';
import { Keyboard, assertVisibleFocus } from './pages/keyboard.mjs';

const FAKE_MICROPHONE = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

let server;
let browser;
before(async () => {
  server = await serveDist({ dir: 'dist' });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...FAKE_MICROPHONE] });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Speech and played recordings, kept in the page for the test to read. */
function listen() {
  window.spoken = [];
  window.played = [];
  window.decoded = 0;
  if (window.speechSynthesis) {
    window.speechSynthesis.speak = (utterance) => window.spoken.push(utterance.text);
  }
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args) {
    window.played.push(this.buffer?.duration ?? 0);
    return start.apply(this, args);
  };
  const decode = BaseAudioContext.prototype.decodeAudioData;
  BaseAudioContext.prototype.decodeAudioData = function (...args) {
    return decode.apply(this, args).then((decoded) => { window.decoded += 1; return decoded; });
  };
}

async function openTablet(options = TABLET_LANDSCAPE, init = listen) {
  const context = await browser.newContext({ ...options, locale: 'en-US', acceptDownloads: true });
  await context.grantPermissions(['microphone']);
  await context.addInitScript(init);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  return { context, page, errors, shell: new AppPage(page, server.url) };
}

const panel = (page) => page.getByRole('region', { name: 'Our own voice' });

/** Moves a fake clock on until `heading` shows, half a second (one frame) at a time. */
async function runUntil(page, heading, limitMs = 5 * 60_000) {
  for (let ran = 0; ran < limitMs; ran += 500) {
    if (ran % 5_000 === 0 && (await heading.isVisible())) return;
    await page.clock.fastForward(500);
  }
  await heading.waitFor({ timeout: 1_000 });
}

test('a recorded step plays in the practice instead of the tablet voice, and is kept across a reload', async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.open('/grown-ups');
  await shell.passGate();
  await page.getByRole('checkbox', { name: 'Speak the steps aloud (when this tablet has a voice)' }).tap();
  const voice = panel(page);
  await voice.scrollIntoViewIfNeeded();
  await voice.getByText('No recordings yet.').waitFor();
  assert.equal(await voice.getByRole('combobox', { name: 'Which practice?' }).inputValue(), 'balloon');

  // Record: the browser is asked only now; the state is named, with the seconds left and Stop.
  await voice.getByRole('button', { name: 'Record: Fill the balloon' }).tap();
  await voice.getByText('Recording…', { exact: true }).waitFor();
  await voice.getByText(/^(10|9|8) seconds left$/).waitFor();
  const stop = voice.getByRole('button', { name: 'Stop recording' });
  await stop.waitFor();
  assert.ok(await stop.evaluate((button) => document.activeElement === button), 'focus moves to Stop');
  // Every other step waits while one records.
  assert.ok(await voice.getByRole('button', { name: 'Record: Let the air out slowly' }).isDisabled());
  assert.deepEqual(await violations(page), [], 'axe while recording');
  await page.waitForTimeout(2_000);
  await stop.tap();
  await voice.getByRole('status').filter({ hasText: 'Recorded. It plays in the practice from now on.' }).waitFor();
  await voice.getByText(/^Recorded: [2-9] seconds$/).waitFor();
  await voice.getByText(/^1 recording, 0\.\d MB of 50 MB$/).waitFor();
  await page.screenshot({ path: 'target/screenshots/own-voice-landscape.png' });

  // Listen plays it, as the practice will.
  await voice.getByRole('button', { name: 'Listen: Fill the balloon' }).tap();
  await page.waitForFunction(() => window.played.length === 1);
  const [length] = await page.evaluate(() => window.played);
  assert.ok(length > 1.5 && length < 10, `the clip plays the seconds recorded, not ${length}`);

  // Kept across a reload, in the browser's own database.
  await shell.reload();
  await shell.passGate();
  await panel(page).getByRole('button', { name: 'Record again: Fill the balloon' }).waitFor();
  await panel(page).getByText('Not recorded: the tablet\'s voice says it, if it is on.').waitFor();

  // The practice: every breath in is the recording, every breath out the tablet's voice.
  const practice = await context.newPage();
  const practiceErrors = collectPageErrors(practice);
  await practice.clock.install();
  const tablet = new AppPage(practice, server.url);
  await tablet.open('/calm/balloon');
  await practice.getByRole('button', { name: 'Skip', exact: true }).tap();
  await practice.getByRole('heading', { name: 'Before we start' }).waitFor();
  await practice.waitForFunction(() => window.decoded === 1);
  await practice.getByRole('button', { name: 'Skip', exact: true }).tap();
  await practice.getByRole('button', { name: 'Start', exact: true }).tap();
  await runUntil(practice, practice.getByRole('heading', { name: 'How are we now?' }));
  const spoken = await practice.evaluate(() => window.spoken);
  const played = await practice.evaluate(() => window.played);
  assert.equal(played.length, 3, `three breaths in, each the recording: ${JSON.stringify(played)}`);
  assert.deepEqual(spoken, ['Let the air out slowly', 'Let the air out slowly', 'Let the air out slowly'],
    'the tablet speaks only the step with no recording');

  // Deleted, the step is the tablet's again.
  await page.bringToFront();
  await panel(page).getByRole('button', { name: 'Delete: Fill the balloon' }).tap();
  await panel(page).getByRole('status').filter({ hasText: 'Recording deleted.' }).waitFor();
  await panel(page).getByText('No recordings yet.').waitFor();
  assert.deepEqual([...errors, ...practiceErrors], []);
  await context.close();
});

test('a recording stops on its own at 10 seconds', async () => {
  const { context, page, errors, shell } = await openTablet(TABLET_PORTRAIT);
  await shell.open('/grown-ups');
  await shell.passGate();
  const voice = panel(page);
  await voice.getByRole('combobox', { name: 'Which practice?' }).selectOption({ label: 'Butterfly hug' });
  await voice.getByRole('button', { name: 'Record: Tap', exact: true }).tap();
  await voice.getByText('Recording…', { exact: true }).waitFor();
  await page.screenshot({ path: 'target/screenshots/own-voice-recording-portrait.png' });
  await voice.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor({ timeout: 15_000 });
  await voice.getByText('Recorded: 10 seconds').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a refused microphone says why, records nothing, and leaves everything working', async () => {
  const refuse = () => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  };
  const { context, page, errors, shell } = await openTablet(TABLET_LANDSCAPE, refuse);
  await shell.open('/grown-ups');
  await shell.passGate();
  const voice = panel(page);
  await voice.getByRole('button', { name: 'Record: Fill the balloon' }).tap();
  await voice.getByRole('status').filter({ hasText: 'The microphone was not allowed, so nothing was recorded.' }).waitFor();
  assert.ok(await voice.getByRole('button', { name: 'Record: Fill the balloon' }).isEnabled());
  await voice.getByText('No recordings yet.').waitFor();
  await voice.getByText('Not recorded: the tablet\'s voice says it, if it is on.').first().waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Records `seconds` of the fake microphone for the step `name`, and waits until it is kept. */
async function recordStep(page, name, seconds) {
  const voice = panel(page);
  await voice.getByRole('button', { name: `Record: ${name}`, exact: true }).tap();
  await voice.getByRole('button', { name: 'Stop recording' }).waitFor();
  await page.waitForTimeout(seconds * 1000);
  await voice.getByRole('button', { name: 'Stop recording' }).tap();
  await voice.getByRole('button', { name: `Record again: ${name}`, exact: true }).waitFor();
}

async function saveBackup(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup', exact: true }).tap(),
  ]);
  const path = join(await mkdtemp(join(tmpdir(), 'backup-')), download.suggestedFilename());
  await download.saveAs(path);
  return { path, file: JSON.parse(await readFile(path, 'utf8')) };
}

test('a backup with our recordings brings them back exactly; without them, it is the first file version', async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.open('/grown-ups');
  await shell.passGate();
  await shell.nicknameField().fill('Mia');
  await recordStep(page, 'Fill the balloon', 2);
  await panel(page).getByRole('combobox', { name: 'Which practice?' }).selectOption({ label: 'Spaghetti body' });
  await recordStep(page, 'Squeeze like a robot', 1);
  await panel(page).getByText(/^2 recordings, 0\.\d MB of 50 MB$/).waitFor();
  const kept = await page.evaluate(readAllRecordings);
  assert.equal(kept.length, 2);

  // Left out by the grown-up: the file is version 1, which older builds read.
  const include = page.getByRole('checkbox', { name: /^Put our own voice's recordings in the file too \(2, 0\.\d MB: a larger file\)$/ });
  assert.ok(await include.isChecked(), 'recordings go in the file unless the grown-up takes them out');
  await include.tap();
  const without = await saveBackup(page);
  assert.equal(without.file.version, 1);
  assert.equal(without.file.recordings, undefined);
  await include.tap();
  const withRecordings = await saveBackup(page);
  assert.equal(withRecordings.file.version, 2);
  assert.deepEqual(withRecordings.file.recordings.map((r) => r.key).sort(), ['step/balloon/breathe-in', 'step/spaghetti-body/squeeze']);

  await page.getByRole('button', { name: 'Delete everything on this tablet' }).tap();
  await page.getByRole('button', { name: 'Yes, delete everything' }).tap();
  await page.waitForURL(server.url + '/');
  await shell.waitUntilReady();
  assert.deepEqual(await page.evaluate(readAllRecordings), [], 'delete everything deletes the recordings too');

  await shell.open('/grown-ups');
  await shell.passGate();
  await page.getByLabel('Bring back a backup: choose the file').setInputFiles(withRecordings.path);
  await page.getByText('2 recordings of our own voice').waitFor();
  await page.getByRole('button', { name: 'Replace what is here' }).tap();
  await page.getByRole('button', { name: 'Yes, replace everything' }).tap();
  await page.getByText('2 recordings of our own voice came back too.').waitFor();
  assert.deepEqual(await page.evaluate(readAllRecordings), kept, 'every recording back, byte for byte');
  await panel(page).getByRole('button', { name: 'Record again: Fill the balloon' }).waitFor();
  await panel(page).getByRole('button', { name: 'Listen: Fill the balloon' }).tap();
  await page.waitForFunction(() => window.played.length === 1);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Every recording in the app's database, as [key, info, sound bytes as text], sorted. */
async function readAllRecordings() {
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open('calm-together-recordings');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  if (!database.objectStoreNames.contains('info')) return [];
  const all = (store) => new Promise((resolve) => {
    const request = database.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
  });
  const infos = await all('info');
  const sounds = await all('sound');
  database.close();
  return infos.map((info, at) => [info, Array.from(new Uint8Array(sounds[at])).join(',')]).sort();
}

/** A story of two pages with words, as the app stores it. */
function twoPageStory(id) {
  const page = (pageId, words) => ({ id: pageId, bg: 'home-inside', pics: [{ i: 1, p: 'dog', x: 5000, y: 5000, s: 2500 }], words });
  return {
    id, title: 'Our walk', child: null, template: 'blank', created_at: id, changed_at: id,
    pages: [page(1, 'We went for a walk.'), page(2, 'Now we are safe.')],
  };
}

test('a story page recorded while reading together is read in our voice, and can be turned off', async () => {
  const { context, page, errors, shell } = await openTablet(TABLET_PORTRAIT);
  await shell.open('/');
  const id = 1764115200000;
  await seedFamily(page, {
    family: { children: [{ id: 'mia', nickname: 'Mia' }], current_child: 'mia' },
    'story-index': { stories: [{ id, title: 'Our walk', child: null, cover: 'dog', changed_at: id, pages: 2 }] },
    [`story.${id}`]: twoPageStory(id),
  });
  await shell.open(`/stories/${id}/read`);
  // Nothing recorded yet: no switch, one way to record.
  assert.equal(await page.getByRole('checkbox', { name: 'Read in our voice' }).isVisible(), false);
  await page.getByRole('button', { name: 'Record this page in our voice' }).tap();
  const stop = page.getByRole('button', { name: 'Stop recording' });
  await stop.waitFor();
  await page.getByText('Recording…', { exact: true }).waitFor();
  await page.getByText(/^(60|59|58|57) seconds left$/).waitFor();
  // The page stays while it records.
  assert.ok(await page.getByRole('button', { name: 'Next page' }).isDisabled());
  await page.waitForTimeout(1_500);
  await page.screenshot({ path: 'target/screenshots/own-voice-page-recording-portrait.png' });
  await stop.tap();
  await page.getByRole('status').filter({ hasText: 'Recorded. This page is read in our voice from now on.' }).waitFor();
  await page.getByRole('button', { name: 'Record this page again' }).waitFor();
  assert.deepEqual(await violations(page), []);

  await shell.reload();
  const ourVoice = page.getByRole('checkbox', { name: 'Read in our voice' });
  await ourVoice.waitFor();
  assert.ok(await ourVoice.isChecked());
  // Turning to the page plays its recording; the other page has none, and nothing plays there.
  await page.getByRole('button', { name: 'Next page' }).tap();
  await page.getByText('Now we are safe.').waitFor();
  await page.getByRole('button', { name: 'Previous page' }).tap();
  await page.waitForFunction(() => window.played.length === 1);
  // Read the words aloud: our voice, not the tablet's.
  await page.getByRole('button', { name: 'Read the words aloud' }).tap();
  await page.waitForFunction(() => window.played.length === 2);
  assert.deepEqual(await page.evaluate(() => window.spoken), []);
  // Turned off: the tablet's voice reads, and turning pages plays nothing.
  await ourVoice.tap();
  await page.getByRole('button', { name: 'Read the words aloud' }).tap();
  await page.waitForFunction(() => window.spoken.length === 1);
  assert.deepEqual(await page.evaluate(() => window.spoken), ['We went for a walk.']);
  assert.equal(await page.evaluate(() => window.played.length), 2);
  await page.screenshot({ path: 'target/screenshots/own-voice-page-portrait-read.png' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a restored recording this browser cannot play says so kindly, and the practice speaks that step', async () => {
  const { context, page, errors, shell } = await openTablet();
  await shell.open('/grown-ups');
  await shell.passGate();
  await page.getByRole('checkbox', { name: 'Speak the steps aloud (when this tablet has a voice)' }).tap();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  // A backup from another browser: its clip in a format this one has never heard of.
  const saved = await saveBackup(page);
  const file = { ...saved.file, version: 2, recordings: [{ key: 'step/balloon/breathe-in', kind: 'audio/x-another-browser', length_ms: 2000, recorded_at: 1, sound: 'AAECAwQFBgcICQ==' }] };
  const path = join(await mkdtemp(join(tmpdir(), 'backup-')), 'from-another-browser.json');
  await writeFile(path, JSON.stringify(file));
  await page.getByLabel('Bring back a backup: choose the file').setInputFiles(path);
  await page.getByText('1 recording of our own voice').waitFor();
  await page.getByRole('button', { name: 'Add to what is here' }).tap();
  await page.getByText('1 recording of our own voice came back too.').waitFor();
  const voice = panel(page);
  const cannot = 'This recording cannot play in this browser (it may have been made in another one). The tablet\'s voice says this step instead. Record it again to hear your voice here.';
  await voice.getByText(cannot).waitFor();
  await voice.getByRole('button', { name: 'Listen: Fill the balloon' }).tap();
  await voice.getByRole('status').filter({ hasText: cannot }).waitFor();
  assert.equal(await page.evaluate(() => window.played.length), 0);

  const practice = await context.newPage();
  const practiceErrors = collectPageErrors(practice);
  await practice.clock.install();
  await new AppPage(practice, server.url).open('/calm/balloon');
  await practice.getByRole('button', { name: 'Skip', exact: true }).tap();
  await practice.getByRole('heading', { name: 'Before we start' }).waitFor();
  await practice.getByRole('button', { name: 'Skip', exact: true }).tap();
  await practice.getByRole('button', { name: 'Start', exact: true }).tap();
  await runUntil(practice, practice.getByRole('heading', { name: 'How are we now?' }));
  assert.equal(await practice.evaluate(() => window.played.length), 0);
  assert.deepEqual(await practice.evaluate(() => window.spoken), [
    'Fill the balloon', 'Let the air out slowly', 'Fill the balloon', 'Let the air out slowly', 'Fill the balloon', 'Let the air out slowly',
  ], 'every step spoken by the tablet, the unplayable one too');
  assert.deepEqual([...errors, ...practiceErrors], []);
  await context.close();
});

test('by keyboard alone: a step recorded in Grown-ups, and a book page read in our voice; the backup is then version 3', async () => {
  const { context, page, errors, shell } = await openTablet(TABLET_PORTRAIT);
  const keys = new Keyboard(page);
  await shell.open('/grown-ups');
  await shell.passGate();
  await shell.nicknameField().fill('Mia');
  const voice = panel(page);
  await voice.getByText('You can also read our stories and the books in your voice: open one with "Read together" and tap "Record this page in our voice" on each page.').waitFor();

  // Record, then Stop, with Enter: focus goes to Stop while recording, and back after.
  await keys.tabTo(voice.getByRole('button', { name: 'Record: Fill the balloon', exact: true }));
  await keys.press('Enter');
  await keys.waitForFocusOnText('Stop recording');
  await page.waitForTimeout(1_500);
  await keys.press('Enter');
  assertVisibleFocus(await keys.waitForFocusOn('[aria-label="Record again: Fill the balloon"]'), 'after stopping');
  await keys.tabTo(voice.getByRole('button', { name: 'Listen: Fill the balloon' }));
  await keys.press('Space');
  await page.waitForFunction(() => window.played.length === 1);

  // A built-in book, read together: its second page recorded with the keyboard.
  await shell.open('/stories/books/safe-with-you');
  const next = page.getByRole('button', { name: 'Next page' });
  await keys.tabTo(next);
  await keys.press('Enter');
  await page.getByText('Keeping you safe is my big job. I work at it every day.').waitFor();
  await keys.tabTo(page.getByRole('button', { name: 'Record this page in our voice' }));
  await keys.press('Enter');
  await keys.waitForFocusOnText('Stop recording');
  assert.ok(await next.isDisabled(), 'the page stays while it records');
  await page.waitForTimeout(1_500);
  await keys.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Recorded. This page is read in our voice from now on.' }).waitFor();
  assertVisibleFocus(await keys.waitForFocusOnText('Record this page again'), 'after stopping a page');
  assert.deepEqual(await violations(page), []);

  // Turned to again, the page plays in our voice; Read the words aloud too, never the tablet's.
  await shell.reload();
  await page.getByRole('checkbox', { name: 'Read in our voice' }).waitFor();
  const played = await page.evaluate(() => window.played.length);
  await keys.tabTo(next);
  await keys.press('Enter');
  await page.waitForFunction((before) => window.played.length === before + 1, played);
  await keys.tabTo(page.getByRole('button', { name: 'Read the words aloud' }));
  await keys.press('Enter');
  await page.waitForFunction((before) => window.played.length === before + 2, played);
  assert.deepEqual(await page.evaluate(() => window.spoken), []);
  await page.screenshot({ path: 'target/screenshots/own-voice-book-page-portrait.png' });

  // A book's page is new to older builds: the backup holding it is version 3.
  await shell.open('/grown-ups');
  await shell.passGate();
  await voice.getByText(/^2 recordings, 0\.\d MB of 50 MB$/).waitFor();
  const saved = await saveBackup(page);
  assert.equal(saved.file.version, 3);
  assert.deepEqual(saved.file.recordings.map((r) => r.key).sort(), ['book/safe-with-you/2', 'step/balloon/breathe-in']);
  assert.deepEqual(errors, []);
  await context.close();
});
