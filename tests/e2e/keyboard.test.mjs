// Every main journey with a keyboard alone (Tab, Shift+Tab, Enter, Space, Escape, the arrow
// keys; no clicks, no taps): a visible focus at every stop, no trap outside an open dialog,
// focus moved to the new screen's heading, and Escape closing a dialog back to its opener.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, collectPageErrors, TABLET_LANDSCAPE } from './browser.mjs';
import { AppPage } from './pages/app.mjs';
import { seedFamily } from './pages/family.mjs';
import { Keyboard, assertVisibleFocus } from './pages/keyboard.mjs';
import { ProgressPage } from './pages/progress.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const MIA = { family: { children: [{ id: 'mia', nickname: 'Mia' }], current_child: 'mia' } };

async function openTablet({ family = MIA } = {}) {
  const context = await app.browser.newContext(TABLET_LANDSCAPE);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const shell = new AppPage(page, app.url);
  if (family) {
    await shell.open('/');
    await seedFamily(page, family);
  }
  return { context, page, errors, shell, keys: new Keyboard(page) };
}

/** After a move to another screen: focus on its main heading, and the tab's title says where. */
async function assertOnScreen(page, keys, heading, title) {
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  const at = await keys.waitForFocusOn('h1');
  assert.ok(at.heading, 'the screen heading takes focus without a ring');
  assert.match(at.name, heading);
  assert.match(await page.title(), title);
}

test('Calm together by keyboard: the welcome, an exercise, grown-up first, Start, Pause, Stop, the check-ins, and Home again', async () => {
  const { context, page, errors, shell, keys } = await openTablet({ family: null });
  await shell.open('/');
  await assertOnScreen(page, keys, /^Hello, friend!$/, /^Home · Calm Together$/);
  await keys.tabTo(page.getByRole('button', { name: 'Skip for now' }));
  await keys.press('Enter');
  // The welcome has gone with the button that had focus: focus is on the greeting again.
  await keys.waitForFocusOn('h1');
  await keys.tabAround();

  await keys.tabTo(shell.homeCard('Calm together'));
  await keys.press('Enter');
  await page.waitForURL(app.url + '/calm');
  await assertOnScreen(page, keys, /Calm together/, /^Calm together · Calm Together$/);
  await keys.tabAround();
  await keys.tabTo(page.getByRole('link', { name: /^Balloon breathing/ }));
  await keys.press('Enter');
  await page.waitForURL(app.url + '/calm/balloon');
  await assertOnScreen(page, keys, /Balloon breathing/, /^Balloon breathing · Calm Together$/);

  // Grown-up first: Start, then Pause and Keep going take its place, and focus goes with them.
  await page.getByRole('heading', { name: 'Grown-up first' }).waitFor();
  await keys.tabAround();
  await keys.tabTo(page.getByRole('button', { name: 'Start', exact: true }));
  await keys.press('Enter');
  assertVisibleFocus(await keys.waitForFocusOnText('Pause'));
  await keys.press('Space');
  assertVisibleFocus(await keys.waitForFocusOnText('Keep going'));
  await keys.press('Enter');
  assertVisibleFocus(await keys.waitForFocusOnText('Pause'));
  await keys.tabTo(page.getByRole('button', { name: 'Stop', exact: true }));
  await keys.press('Enter');

  // The check-in before: its heading has focus; a face, a size and the grown-up's calm.
  const before = await keys.waitForFocusOn('h2');
  assert.equal(before.name, 'Before we start');
  await keys.tabTo(page.getByRole('button', { name: 'Worried' }));
  await keys.press('Space');
  assert.equal(await page.getByRole('button', { name: 'Worried' }).getAttribute('aria-pressed'), 'true');
  await keys.tabTo(page.getByRole('group', { name: 'How big is the feeling?' }).getByRole('button').nth(2));
  await keys.press('Enter');
  await keys.tabTo(page.getByRole('button', { name: 'Next', exact: true }));
  await keys.press('Enter');

  // The exercise: focus waits on Start.
  await keys.waitForFocusOnText('Start');
  await keys.press('Enter');
  await keys.waitForFocusOnText('Pause');
  await keys.tabTo(page.getByRole('button', { name: 'Stop', exact: true }));
  await keys.press('Enter');
  assert.equal((await keys.waitForFocusOn('h2')).name, 'How are we now?');
  await keys.tabTo(page.getByRole('button', { name: 'Skip', exact: true }));
  await keys.press('Enter');
  assert.match((await keys.waitForFocusOn('h2')).name, /^We stopped when we needed to/, 'the gentle ending says itself');

  await keys.tabTo(page.getByRole('button', { name: 'Done', exact: true }));
  await keys.press('Enter');
  await page.waitForURL(app.url + '/calm');
  await assertOnScreen(page, keys, /Calm together/, /^Calm together · Calm Together$/);
  await keys.tabTo(page.getByRole('link', { name: 'Home', exact: true }), { back: true });
  await keys.press('Enter');
  await page.waitForURL(app.url + '/');
  await assertOnScreen(page, keys, /^Hello, friend!$/, /^Home · Calm Together$/);
  const log = JSON.parse(await shell.stored('calm-together.practice-log')).data.practices;
  assert.deepEqual(log.map((p) => [p.exercise, p.ending, p.before?.feeling]), [['balloon', 'stopped-early', 'worried']]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Our stories by keyboard: a new story, a picture placed, moved and resized, words, a feeling, the next page, then read to the end', async () => {
  const { context, page, errors, shell, keys } = await openTablet();
  await shell.open('/');
  await keys.tabTo(shell.homeCard('Our stories'));
  await keys.press('Enter');
  await page.waitForURL(app.url + '/stories');
  await assertOnScreen(page, keys, /Our stories/, /^Our stories · Calm Together$/);

  const newStory = page.getByRole('button', { name: 'New story' });
  await keys.tabTo(newStory);
  await keys.press('Enter');
  assert.equal(await newStory.getAttribute('aria-expanded'), 'true');
  await keys.tabTo(page.getByRole('button', { name: /^Our story/ }));
  await keys.press('Escape');
  assert.ok(await keys.has(newStory), 'Escape closes the choice, back on New story');
  assert.equal(await newStory.getAttribute('aria-expanded'), 'false');
  await keys.press('Enter');
  await keys.tabTo(page.getByRole('button', { name: /^Our story/ }));
  await keys.press('Enter');
  await page.waitForURL(/\/stories\/\d+$/);
  await assertOnScreen(page, keys, /^Our story$/, /^Our story · Our stories · Calm Together$/);
  const id = new URL(page.url()).pathname.split('/')[2];
  await keys.tabAround();

  // A picture from the tray: it lands on the page, chosen, and focus goes to it there.
  const firstInTray = page.locator('.tray-pictures button').first();
  const name = await firstInTray.getAttribute('aria-label');
  await keys.tabTo(firstInTray);
  await keys.press('Enter');
  const placed = page.getByRole('group', { name: 'The page' }).getByRole('button', { name, exact: true });
  await page.waitForFunction((n) => document.activeElement?.matches(`.placed-button[aria-label="${n}"]`), name);
  assert.equal(await placed.getAttribute('aria-pressed'), 'true');
  const at = async () => placed.evaluate((e) => [e.style.left, e.style.top, e.style.width].map(parseFloat));
  const [x, y, width] = await at();
  await keys.press('ArrowRight');
  await keys.press('ArrowRight');
  await keys.press('Shift+ArrowDown');
  await keys.press('+');
  const [x2, y2, width2] = await at();
  assert.ok(Math.abs(x2 - (x + 2)) < 0.01, `two steps right: ${x} → ${x2}`);
  assert.ok(Math.abs(y2 - (y + 5)) < 0.01, `one long step down: ${y} → ${y2}`);
  assert.ok(width2 > width, `+ makes it bigger: ${width} → ${width2}`);
  await keys.press('-');
  assert.ok((await at())[2] < width2, '- makes it smaller');
  assert.equal(await page.getByRole('button', { name: 'Undo' }).isEnabled(), true);
  // Bigger, Smaller and the rest are there for the chosen picture, in the Tab order after it.
  await keys.tabTo(page.getByRole('button', { name: 'Bigger' }));
  await keys.press('Enter');

  // The side panels are a tab list: arrow keys go from tab to tab.
  const picturesTab = page.getByRole('tab', { name: 'Pictures' });
  await keys.tabTo(picturesTab);
  for (let i = 0; i < 3; i += 1) await keys.press('ArrowRight');
  const wordsTab = page.getByRole('tab', { name: 'Words' });
  assert.ok(await keys.has(wordsTab));
  assert.equal(await wordsTab.getAttribute('aria-selected'), 'true');
  await keys.tabTo(page.getByRole('textbox', { name: 'Words for this page' }));
  await page.keyboard.type('We were scared.');
  await keys.tabTo(wordsTab, { back: true });
  await keys.press('ArrowRight');
  await keys.tabTo(page.getByRole('button', { name: 'Worried' }));
  await keys.press('Enter');
  assert.equal(await page.getByRole('button', { name: 'Worried' }).getAttribute('aria-pressed'), 'true');

  // The next page, from the strip of pages.
  const second = page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Page 2' });
  await keys.tabTo(second);
  await keys.press('Enter');
  assert.equal(await second.getAttribute('aria-current'), 'page');
  const story = async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    return JSON.parse(await shell.stored(`calm-together.story.${id}`)).data;
  };
  const first = (await story()).pages[0];
  assert.equal(first.words, 'We were scared.');
  assert.equal(first.feeling.feeling, 'worried');
  assert.equal(first.pics.length, 1);

  // Read together: the reader's heading, then Next to the end, where focus goes on to the way out.
  await keys.tabTo(page.getByRole('link', { name: 'Read together' }), { back: true });
  await keys.press('Enter');
  await page.waitForURL(/\/read$/);
  await assertOnScreen(page, keys, /^Our story$/, /^Our story · Read together · Calm Together$/);
  const pages = (await story()).pages.length;
  await keys.tabTo(page.getByRole('button', { name: 'Next page' }));
  for (let turned = 1; turned < pages; turned += 1) {
    await keys.press('Enter');
    await page.getByRole('status').filter({ hasText: `Page ${turned + 1} of ${pages}` }).waitFor({ state: 'attached' });
  }
  await keys.press('Enter');
  const out = await keys.waitForFocusOn('.reader-ending a');
  assert.equal(out.name, 'Our stories', 'the way back to the shelf');
  assertVisibleFocus(out);
  await keys.press('Enter');
  await page.waitForURL(app.url + '/stories');
  await assertOnScreen(page, keys, /Our stories/, /^Our stories · Calm Together$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in the editor, Escape closes the quick-hide cover and the remove-page question, back on the button that opened them', async () => {
  const { context, page, errors, shell, keys } = await openTablet();
  await shell.open('/stories');
  await keys.tabTo(page.getByRole('button', { name: 'New story' }));
  await keys.press('Enter');
  await keys.tabTo(page.getByRole('button', { name: /^A blank book/ }));
  await keys.press('Enter');
  await page.waitForURL(/\/stories\/\d+$/);
  await keys.waitForFocusOn('h1');

  const hide = page.getByRole('button', { name: 'Quick hide' });
  await keys.tabTo(hide, { back: true });
  await keys.press('Enter');
  const cover = page.getByRole('dialog', { name: 'Quick hide' });
  await cover.waitFor();
  const onCover = await keys.waitForFocusOn('dialog[open] button');
  assert.equal(onCover.name, 'Hold here for a moment to see the story again');
  assertVisibleFocus(onCover);
  assert.equal(await keys.tabAround(), 1, 'nothing behind the cover can be reached');
  await keys.press('Escape');
  await cover.waitFor({ state: 'hidden' });
  assert.ok(await keys.has(hide), 'focus is back on Quick hide');
  // Enter on the cover brings the story back too.
  await keys.press('Enter');
  await cover.waitFor();
  await keys.press('Enter');
  await cover.waitFor({ state: 'hidden' });
  assert.ok(await keys.has(hide));

  const addPage = page.getByRole('button', { name: 'Add a page' });
  await keys.tabTo(addPage);
  await keys.press('Enter');
  const remove = page.getByRole('button', { name: 'Remove this page' });
  await keys.tabTo(remove);
  await keys.press('Enter');
  const question = page.getByRole('alertdialog', { name: 'Remove this page' });
  await question.waitFor();
  assert.equal((await keys.waitForFocusOn('dialog[open] button')).name, 'Keep it', 'the safe choice has focus');
  assert.equal(await keys.tabAround(), 2);
  await keys.press('Escape');
  await question.waitFor({ state: 'hidden' });
  assert.ok(await keys.has(remove), 'focus is back on Remove this page');
  assert.equal(await page.getByRole('navigation', { name: 'Pages' }).locator('.page-thumb').count(), 2, 'nothing removed');
  await keys.press('Enter');
  await keys.tabTo(page.getByRole('button', { name: 'Yes, remove it' }), { back: true });
  await keys.press('Enter');
  await question.waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('navigation', { name: 'Pages' }).locator('.page-thumb').count(), 1);
  // Remove this page is disabled now (one page left): focus goes to the screen's heading.
  await keys.waitForFocusOn('h1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Grown-ups by keyboard: a quick Enter does nothing, holding Enter opens the gate, a setting changes, and Home again', async () => {
  const { context, page, errors, shell, keys } = await openTablet();
  await shell.open('/');
  await keys.tabTo(shell.homeCard('Grown-ups'));
  await keys.press('Enter');
  await page.waitForURL(app.url + '/grown-ups');
  await assertOnScreen(page, keys, /Grown-ups/, /^Grown-ups · Calm Together$/);
  const hold = page.getByRole('button', { name: /^Hold to open/ });
  await keys.tabTo(hold);
  await keys.press('Enter');
  await page.waitForTimeout(2_300);
  assert.equal(await shell.nicknameField().count(), 0, 'a quick press does not open it');
  await page.keyboard.down('Enter');
  await page.waitForTimeout(2_300);
  await page.keyboard.up('Enter');
  await shell.nicknameField().waitFor();
  // The gate gave way: focus is on the screen's heading, and Tab goes on into what it kept.
  assert.match((await keys.waitForFocusOn('h1')).name, /Grown-ups/);
  await keys.tabAround();

  const larger = page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Larger' });
  await keys.tabTo(larger);
  await keys.press('Space');
  assert.equal(await larger.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getAttribute('html', 'data-text-size'), 'larger');

  // Delete everything asks in a dialog: Cancel has focus, Escape goes back to the button.
  const deleteAll = page.getByRole('button', { name: 'Delete everything on this tablet' });
  await keys.tabTo(deleteAll);
  await keys.press('Enter');
  const question = page.getByRole('alertdialog', { name: 'Delete everything on this tablet' });
  await question.waitFor();
  assert.equal((await keys.waitForFocusOn('dialog[open] button')).name, 'Cancel');
  assert.equal(await keys.tabAround(), 3);
  await keys.press('Escape');
  await question.waitFor({ state: 'hidden' });
  assert.ok(await keys.has(deleteAll));

  await keys.tabTo(page.getByRole('link', { name: 'Home', exact: true }), { back: true, max: 200 });
  await keys.press('Enter');
  await page.waitForURL(app.url + '/');
  await assertOnScreen(page, keys, /^Hello, Mia!$/, /^Home · Calm Together$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Grown-ups by keyboard, the other way in: the grown-up sum, typed and sent with Enter', async () => {
  const { context, page, shell, keys } = await openTablet();
  await shell.open('/grown-ups');
  const label = await page.getByText(/^Or answer: what is \d+ \+ \d+\?$/).textContent();
  const [, a, b] = label.match(/(\d+) \+ (\d+)/);
  await keys.tabTo(page.getByRole('textbox', { name: label }));
  await page.keyboard.type(String(Number(a) + Number(b)));
  await keys.press('Enter');
  await shell.nicknameField().waitFor();
  assert.match((await keys.waitForFocusOn('h1')).name, /Grown-ups/);
  await context.close();
});

test('Progress by keyboard: the screen, and its chart shown as a table', async () => {
  const { context, page, errors, shell, keys } = await openTablet();
  await shell.open('/');
  await new ProgressPage(page).seedWeeksOfCheckIns();
  await shell.reload();
  await keys.tabTo(shell.homeCard('Progress'));
  await keys.press('Enter');
  await page.waitForURL(app.url + '/progress');
  await assertOnScreen(page, keys, /Progress/, /^Progress · Calm Together$/);
  await keys.tabAround();
  await keys.tabTo(page.getByText('Show as a table', { exact: true }));
  await keys.press('Enter');
  await page.getByRole('table', { name: 'The check-ins, week by week: averages from 1 to 5' }).waitFor();
  await keys.tabTo(page.getByRole('link', { name: 'Home', exact: true }), { back: true });
  await keys.press('Enter');
  await page.waitForURL(app.url + '/');
  await assertOnScreen(page, keys, /^Hello, Mia!$/, /^Home · Calm Together$/);
  assert.deepEqual(errors, []);
  await context.close();
});
