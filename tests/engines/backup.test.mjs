// A backup saved and brought back in each engine (as tests/e2e/backup.test.mjs does in
// Chromium): the browser's own download is caught in a folder (Firefox: WebDriver BiDi's
// download behaviour; MiniBrowser: it saves downloads into the home folder's download folder
// without asking, and each tab has a home of its own), checked against the file the page
// offered (probe.js), and brought back through the app's file input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  addPicture, eachEngine, FAMILY_KEY, NICKNAME, newStory, openGrownUps, storedData, storedIncludes,
} from './journeys.mjs';

const CHOOSE = 'Bring back a backup: choose the file';

/** A family made through the app: a name, and "Our story" with a teddy and words. */
async function makeFamily(tab) {
  await openGrownUps(tab);
  await tab.type(NICKNAME, 'Mia');
  await storedIncludes(tab, FAMILY_KEY, '"Mia"');
  await tab.go('/stories');
  await newStory(tab, 'Our story');
  await addPicture(tab, 'Helpers and comfort', 'Teddy bear');
  await tab.click('Words', { role: 'tab' });
  await tab.type('Words for this page', 'This is us.');
  await tab.flush();
}

eachEngine((session) => {
  test('save a backup, delete everything, bring it back: the same data, exactly', () => session.tab(async (tab) => {
    await makeFamily(tab);
    const before = await storedData(tab);
    assert.ok(Object.keys(before).some((k) => k.startsWith('calm-together.story.')));
    await openGrownUps(tab);
    await tab.click('Save a backup', { role: 'button' });
    await tab.waitForText('Your browser should now save the backup file.');
    await tab.click('I can see the file', { role: 'button' });
    await tab.waitForText('Last backup: today.');

    const file = await tab.downloaded(/^calm-together-backup-\d{4}-\d\d-\d\d\.json$/);
    const text = await readFile(file.path, 'utf8');
    const offered = await tab.offeredFiles();
    assert.deepEqual(offered.map((f) => [f.type, f.text]), [['application/json', text]], 'the file saved is the file the page offered');
    const saved = JSON.parse(text);
    assert.equal(saved.format, 'calm-together-backup');
    assert.equal(saved.stories.length, 1);

    await tab.click('Delete everything on this tablet', { role: 'button' });
    await tab.click('Yes, delete everything', { role: 'button' });
    await tab.ready('/');
    assert.equal(await tab.h1(), 'Hello, friend!');
    // Only the note that tells other open windows to start afresh (no data of the family's).
    assert.deepEqual(await tab.storedKeys(), ['calm-together-everything-deleted'], 'nothing is left on the tablet');

    await openGrownUps(tab);
    // A damaged file first: it says why and changes nothing.
    const cut = join(tab.downloads, 'cut-short.json');
    await writeFile(cut, text.slice(0, text.length / 2));
    await tab.chooseFile(CHOOSE, cut);
    await tab.waitForText('This file is not a backup the app can read. It may be cut short or damaged.');
    await tab.waitForText('Nothing on this tablet has changed.');

    await tab.chooseFile(CHOOSE, file.path);
    await tab.waitForText('1 child: Mia');
    await tab.waitForText('1 story (5 pages)');
    await tab.click('Replace what is here', { role: 'button' });
    await tab.click('Yes, replace everything', { role: 'button' });
    await tab.waitForText('Done. This tablet now holds what was in the backup.');
    assert.deepEqual(await storedData(tab), before, 'every key holds exactly what it held');

    await tab.go('/stories');
    await tab.click('Our story', { role: 'link', starts: true });
    await tab.ready(/^\/stories\/\d+$/);
    await tab.see('Teddy bear', { role: 'button', within: { role: 'group', name: 'The page' } });
  }));
});
