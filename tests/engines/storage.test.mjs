// Saved data when things go wrong, in each engine (as tests/e2e/storage.test.mjs does in
// Chromium, but with each engine's own storage failing for real where it can): a damaged stored
// value, storage turned off in the browser's own settings, and a really full storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { eachEngine, FAMILY_KEY, NICKNAME, openGrownUps, storedIncludes } from './journeys.mjs';

// Not anything the app wrote, nor JSON at all: what a broken disk or a hand edit leaves.
const GARBAGE = 'this is not what Calm Together wrote {"nickname":"Mi';

/** Fills localStorage with junk until not one more character fits; returns how many it holds. */
function fillStorage() {
  let chunk = 'x'.repeat(1 << 20);
  let index = 0;
  let held = 0;
  while (chunk.length > 0) {
    try {
      localStorage.setItem(`engines-junk-${index}`, chunk);
      index += 1;
      held += chunk.length;
    } catch (error) {
      if (error.name !== 'QuotaExceededError' && error.name !== 'NS_ERROR_DOM_QUOTA_REACHED') throw error;
      chunk = chunk.slice(0, Math.floor(chunk.length / 2));
    }
  }
  return held;
}

eachEngine((session) => {
  /** A damaged family key, and the app reloaded over it. */
  async function damaged(tab) {
    await tab.go('/');
    await tab.run((k, v) => localStorage.setItem(k, v), FAMILY_KEY, GARBAGE);
    await tab.reload();
  }

  test('a damaged stored value: the app starts, says so calmly, keeps the raw text, and saves it to a file', () => session.tab(async (tab) => {
    await damaged(tab);
    assert.equal(await tab.h1(), 'Hello, friend!', 'the app still starts');
    const [notice] = await tab.notices();
    assert.match(notice, /could not be read\. We kept a copy of it safe/);
    assert.equal(await tab.stored(FAMILY_KEY), GARBAGE, 'the original text is untouched');
    const aside = (await tab.storedKeys()).filter((k) => k.startsWith('calm-together.set-aside.family.'));
    assert.equal(aside.length, 1);
    assert.equal(JSON.parse(await tab.stored(aside[0])).raw, GARBAGE);

    await tab.click('Save it to a file', { role: 'button' });
    const file = await tab.downloaded(/^calm-together-family-kept-\d{4}-\d\d-\d\d\.txt$/);
    assert.equal(await readFile(file.path, 'utf8'), GARBAGE);

    await tab.click('Hide this message', { role: 'button' });
    assert.deepEqual(await tab.notices(), []);
    await tab.reload();
    assert.deepEqual(await tab.notices(), [], 'a hidden notice stays hidden');
    assert.equal(JSON.parse(await tab.stored(aside[0])).raw, GARBAGE, 'the copy stays');

    // A new name can be saved now that the copy is safe.
    await openGrownUps(tab);
    await tab.type(NICKNAME, 'Mia');
    await storedIncludes(tab, FAMILY_KEY, '"Mia"');
  }));

  test('after "Save it to a file", the words saying where to look stay while the app goes on saving', () => session.tab(async (tab) => {
    await damaged(tab);
    await tab.click('Save it to a file', { role: 'button' });
    await tab.downloaded(/^calm-together-family-kept-/);
    // The app writes when the page is hidden (as when a grown-up goes to look in Files), a
    // moment after any change, and once soon after it starts.
    await tab.flush();
    assert.match((await tab.notices())[0] ?? '', /Your browser should now save the file\. Look for it in your downloads/,
      'the notice still says the browser should now save the file, and where to look');
  }));

  test('storage turned off in the browser: the app runs in memory and says nothing will be kept', () => session.tab({ storage: false }, async (tab) => {
    await tab.go('/');
    // Both engines then give the page no localStorage at all; Firefox's pref takes
    // sessionStorage away too, WebKit's setting leaves it.
    assert.equal(await tab.run(() => window.localStorage), null, 'the engine keeps no storage for the page');
    assert.match((await tab.notices())[0] ?? '', /not letting Calm Together keep anything/);
    await tab.type('What shall we call your child? (You can leave this empty.)', 'Ana');
    await tab.click("Let's begin", { role: 'button' });
    assert.equal(await tab.h1(), 'Hello, Ana!');
    await tab.flush();
    assert.equal(await tab.h1(), 'Hello, Ana!', 'it still works, in memory');
    assert.match((await tab.notices())[0] ?? '', /not letting Calm Together keep anything/);
  }));

  test('storage turned off in the browser: one right answer at the gate opens Grown-ups, which works in memory', () => session.tab({ storage: false }, async (tab) => {
    await openGrownUps(tab);
    await tab.type(NICKNAME, 'Mia');
    await tab.flush();
    assert.equal(await tab.valueOf(NICKNAME), 'Mia', 'it still works, in memory, within this part');
    assert.match((await tab.notices())[0] ?? '', /not letting Calm Together keep anything/);
  }));

  test('a full storage: the save fails visibly, the screen keeps the change, nothing stored is damaged', () => session.tab(async (tab) => {
    await openGrownUps(tab);
    await tab.type(NICKNAME, 'Mia');
    await storedIncludes(tab, FAMILY_KEY, '"Mia"');
    const before = await tab.stored(FAMILY_KEY);

    const held = await tab.run(fillStorage);
    assert.ok(held > 1_000_000, `the engine's storage filled up (${held} characters of junk)`);
    await tab.type(NICKNAME, ' Rose');
    await tab.flush();
    await tab.waitFor(() => document.body.innerText.includes('storage is full'), [], 'the notice that the storage is full');
    assert.match((await tab.notices())[0], /This tablet's storage is full, so your latest changes are not saved yet/);
    assert.equal(await tab.valueOf(NICKNAME), 'Mia Rose', 'the change stays on screen');
    assert.equal(await tab.stored(FAMILY_KEY), before, 'what was stored is untouched');

    // Room again: the next save goes through and the notice goes away.
    await tab.run(() => Object.keys(localStorage).filter((k) => k.startsWith('engines-junk-')).forEach((k) => localStorage.removeItem(k)));
    await tab.flush();
    await storedIncludes(tab, FAMILY_KEY, '"Mia Rose"');
    await tab.waitFor(() => !document.body.innerText.includes('storage is full'), [], 'the notice to go');
  }));
});
