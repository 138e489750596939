// The story editor's other tools on a touch tablet: drawing and erasing, scenes, the resize
// handle and a two-finger pinch, moving pages, the Saved word; the shelf's rename, copy and
// held-down delete; and the print view, one story page per sheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from './browser.mjs';
import { openStoryTablet } from './pages/story.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

function openTablet() {
  return openStoryTablet(app);
}

async function newBlankStory(shell, story) {
  await shell.open('/stories');
  await story.newStory('A blank book');
  await shell.waitUntilReady();
  return story.storyId();
}

test('draw with a finger, erase a line, take it all away, undo; choose a scene', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  const id = await newBlankStory(shell, story);
  await page.getByRole('tab', { name: 'Draw' }).tap();
  await story.button('Red').tap();
  await story.button('Thick').tap();
  await story.fingerLine(story.drawingLayer(), [[0.1, 0.2], [0.3, 0.25], [0.5, 0.2], [0.7, 0.3], [0.9, 0.2]]);
  await story.fingerLine(story.drawingLayer(), [[0.1, 0.8], [0.9, 0.8]]);
  assert.equal(await story.canvas().locator('polyline.stroke').count(), 2);
  let saved = await story.flushed(id);
  assert.deepEqual(saved.data.pages[0].strokes.map((s) => [s.c, s.w ?? false]), [[0, true], [0, true]]);

  await story.button('Eraser').tap();
  await story.fingerLine(story.drawingLayer(), [[0.5, 0.79], [0.5, 0.81]]);
  assert.equal(await story.canvas().locator('polyline.stroke').count(), 1, 'only the line touched is erased');
  await story.button('Take away all the drawing').tap();
  assert.equal(await story.canvas().locator('polyline.stroke').count(), 0);
  await story.button('Undo').tap();
  assert.equal(await story.canvas().locator('polyline.stroke').count(), 1);

  await page.getByRole('tab', { name: 'Scene' }).tap();
  await story.button('Night sky').tap();
  assert.match(await story.canvas().getAttribute('class'), /scene-night/);
  assert.equal(await story.button('Night sky').getAttribute('aria-pressed'), 'true');
  saved = await story.flushed(id);
  assert.equal(saved.data.pages[0].bg, 'night-sky');
  assert.equal(saved.data.pages[0].strokes.length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the corner handle and a two-finger pinch resize and turn a picture, each one undo step', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  const id = await newBlankStory(shell, story);
  await story.addPicture('Helpers and comfort', 'Teddy bear');
  const teddy = story.placed('Teddy bear');
  assert.equal(await teddy.getAttribute('aria-pressed'), 'true');
  const before = await teddy.boundingBox();

  // The handle: drag it away from the centre and round a little.
  const handle = page.getByTestId('resize-handle').filter({ visible: true });
  const h = await handle.boundingBox();
  const touch = { pointerType: 'touch', pointerId: 3, isPrimary: true, bubbles: true };
  const hx = h.x + h.width / 2;
  const hy = h.y + h.height / 2;
  await handle.dispatchEvent('pointerdown', { ...touch, clientX: hx, clientY: hy });
  for (let step = 1; step <= 4; step += 1) {
    await story.canvas().dispatchEvent('pointermove', { ...touch, clientX: hx + step * 15, clientY: hy + step * 25 });
  }
  await story.canvas().dispatchEvent('pointerup', { ...touch, clientX: hx + 60, clientY: hy + 100 });
  let saved = await story.flushed(id);
  const handled = saved.data.pages[0].pics[0];
  assert.ok(handled.s > 2000, `bigger after the handle (${handled.s})`);
  assert.ok(handled.r !== undefined && handled.r !== 0, 'turned by the handle');
  await story.button('Undo').tap();
  saved = await story.flushed(id);
  assert.equal(saved.data.pages[0].pics[0].s, 2000, 'one undo takes the whole handle gesture back');
  assert.equal(saved.data.pages[0].pics[0].r, undefined);

  // A pinch: one finger on the teddy, a second on the page, spread apart.
  const box = await teddy.boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const one = { pointerType: 'touch', pointerId: 11, isPrimary: true, bubbles: true };
  const two = { pointerType: 'touch', pointerId: 12, isPrimary: false, bubbles: true };
  await teddy.dispatchEvent('pointerdown', { ...one, clientX: cx - 20, clientY: cy });
  await story.canvas().dispatchEvent('pointerdown', { ...two, clientX: cx + 60, clientY: cy });
  for (let step = 1; step <= 4; step += 1) {
    await story.canvas().dispatchEvent('pointermove', { ...two, clientX: cx + 60 + step * 20, clientY: cy });
  }
  await story.canvas().dispatchEvent('pointerup', { ...two, clientX: cx + 140, clientY: cy });
  await story.canvas().dispatchEvent('pointerup', { ...one, clientX: cx - 20, clientY: cy });
  const after = await teddy.boundingBox();
  assert.ok(after.width > before.width * 1.5, `the pinch made it bigger (${before.width} → ${after.width})`);
  await story.button('Undo').tap();
  const undone = await teddy.boundingBox();
  assert.ok(Math.abs(undone.width - before.width) < 2, 'one undo takes the whole pinch back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('pages move earlier and later; the Saved word follows the writes', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  await shell.open('/stories');
  await story.newStory('All about me');
  await shell.waitUntilReady();
  const id = story.storyId();
  const saved = page.getByTestId('saved-word');
  // Every word it shows, kept as it changes: "Saving…" lasts only until the write (600 ms), too
  // short to be sure of catching by looking on a busy machine.
  await saved.evaluate((node) => {
    window.savedWords = [];
    new MutationObserver(() => window.savedWords.push(node.textContent.trim()))
      .observe(node, { subtree: true, childList: true, characterData: true });
  });
  await story.button('Move later').tap();
  await saved.getByText('Saved', { exact: true }).waitFor();
  await page.waitForFunction(() => window.savedWords.at(-1) === 'Saved');
  const words = await page.evaluate(() => window.savedWords);
  assert.ok(words.includes('Saving…'), `"Saving…" came before "Saved": ${JSON.stringify(words)}`);
  assert.equal(await saved.textContent(), 'Saved');
  let stored = await story.stored(id);
  assert.deepEqual(stored.data.pages.map((p) => p.chapter), ['my-family', 'me', 'what-i-like', 'my-safe-place']);
  assert.equal(await story.pageThumbs().nth(1).getAttribute('aria-current'), 'page', 'the moved page stays chosen');
  await story.button('Move earlier').tap();
  stored = await story.flushed(id);
  assert.deepEqual(stored.data.pages.map((p) => p.chapter), ['me', 'my-family', 'what-i-like', 'my-safe-place']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the shelf: rename, make a copy, and delete only by holding, with a way to bring it back', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  const id = await newBlankStory(shell, story);
  await story.addPicture('Animals', 'Dog');
  await page.getByRole('link', { name: 'Our stories' }).tap();
  await shell.waitUntilReady();

  const card = story.bookCard('A blank book');
  await card.getByRole('button', { name: 'More' }).tap();
  await card.getByRole('button', { name: 'Rename' }).tap();
  await card.getByRole('textbox', { name: 'Title' }).fill('Our dog Max');
  await card.getByRole('button', { name: 'Save the title' }).tap();
  const renamed = story.bookCard('Our dog Max');
  await renamed.waitFor();
  assert.match(await renamed.textContent(), /Changed today/);

  await renamed.getByRole('button', { name: 'More' }).tap();
  await renamed.getByRole('button', { name: 'Make a copy' }).tap();
  await page.waitForURL(/\/stories\/\d+$/);
  await shell.waitUntilReady();
  assert.notEqual(story.storyId(), id);
  assert.equal(await page.getByRole('textbox', { name: 'Title' }).inputValue(), 'Our dog Max (copy)');
  await story.placed('Dog').waitFor();
  await page.getByRole('link', { name: 'Our stories' }).tap();
  await shell.waitUntilReady();
  assert.equal(await page.locator('.book-card:not(.built-in)').count(), 2);

  const original = story.bookCard('Our dog Max');
  await original.getByRole('button', { name: 'More' }).tap();
  const remove = original.getByRole('button', { name: 'Delete this story' });
  assert.equal(await remove.getAttribute('aria-describedby') !== null, true);
  await remove.tap();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.book-card:not(.built-in)').count(), 2, 'a quick tap deletes nothing');
  await remove.dispatchEvent('pointerdown', { pointerType: 'touch', bubbles: true });
  await page.waitForTimeout(2_200);
  await page.getByText('"Our dog Max" was deleted. Grown-ups can still bring it back for 30 days.').waitFor();
  assert.equal(await page.locator('.book-card:not(.built-in)').count(), 1);
  assert.notEqual(await story.stored(id), null, 'its pages are kept for 30 days');

  await story.button('Bring it back').tap();
  await original.waitFor();
  assert.equal(await page.locator('.book-card:not(.built-in)').count(), 2);
  const back = await story.flushed(id);
  assert.equal(back.data.title, 'Our dog Max');
  assert.equal(back.data.pages[0].pics[0].p, 'dog');
  await shell.reload();
  assert.equal(await page.locator('.book-card:not(.built-in)').count(), 2, 'still there after a reload');

  // Deleted again, and the shelf left: the grown-ups can still bring it back.
  await original.getByRole('button', { name: 'More' }).tap();
  await original.getByRole('button', { name: 'Delete this story' }).dispatchEvent('pointerdown', { pointerType: 'touch', bubbles: true });
  await page.getByText('"Our dog Max" was deleted.', { exact: false }).waitFor();
  await shell.openGrownUps();
  const deletedLately = page.getByRole('region', { name: 'Stories deleted lately' });
  await deletedLately.getByText(/Deleted on \d+ \w+\. It can be brought back until \d+ \w+\./).waitFor();
  await deletedLately.getByRole('button', { name: 'Bring back "Our dog Max"' }).tap();
  await deletedLately.getByText('"Our dog Max" is back in Our stories.').waitFor();
  await deletedLately.getByText('No story has been deleted in the last 30 days.').waitFor();
  await shell.open('/stories');
  await original.waitFor();
  assert.equal(await page.locator('.book-card:not(.built-in)').count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a story deleted more than 30 days ago is gone for good, pages and all', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  await shell.open('/stories');
  await story.newStory('A blank book');
  await shell.waitUntilReady();
  const id = story.storyId();
  await page.getByRole('link', { name: 'Our stories' }).tap();
  await shell.waitUntilReady();
  const card = story.bookCard('A blank book');
  await card.getByRole('button', { name: 'More' }).tap();
  await card.getByRole('button', { name: 'Delete this story' }).dispatchEvent('pointerdown', { pointerType: 'touch', bubbles: true });
  await page.getByText('"A blank book" was deleted.', { exact: false }).waitFor();
  await story.flushed(id);
  // Thirty-one days later (the page's clock moved on, as a tablet's would).
  const later = Date.now() + 31 * 24 * 60 * 60 * 1000;
  await page.clock.setFixedTime(later);
  await shell.reload();
  await page.waitForFunction((key) => localStorage.getItem(key) === null, `calm-together.story.${id}`);
  await shell.openGrownUps();
  await page.getByRole('region', { name: 'Stories deleted lately' }).getByText('No story has been deleted in the last 30 days.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the print view shows each page on its own sheet and prints one page per sheet, no buttons', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  await shell.open('/stories');
  await story.newStory('Our story');
  await shell.waitUntilReady();
  await story.addPicture('Helpers and comfort', 'Teddy bear');
  await page.getByRole('tab', { name: 'Words' }).tap();
  await page.getByRole('textbox', { name: 'Words for this page' }).fill('This is us.');
  await page.getByRole('link', { name: 'Read together' }).tap();
  await page.getByRole('link', { name: 'Print' }).tap();
  await page.waitForURL(/\/print$/);
  await shell.waitUntilReady();
  assert.equal(await page.locator('.print-sheet').count(), 5);
  await page.getByText('This is us.', { exact: true }).waitFor();
  assert.ok(await page.locator('.print-sheet').first().getByRole('img', { name: 'Teddy bear' }).isVisible());

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false, 'no buttons on paper');
  const pdf = await page.pdf({ landscape: true, printBackground: true });
  const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert.equal(sheets.length, 5, 'five story pages, five sheets');
  assert.deepEqual(errors, []);
  await context.close();
});

test('right-to-left words, emoji and HTML in a caption are shown exactly as typed, as text', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  await newBlankStory(shell, story);
  const typed = 'שלום, אמא 🏠❤️ <img src=x onerror=alert(1)> مرحبا';
  await page.getByRole('tab', { name: 'Words' }).tap();
  await page.getByRole('textbox', { name: 'Words for this page' }).fill(typed);
  await page.getByRole('link', { name: 'Read together' }).tap();
  await page.waitForURL(/\/read$/);
  const words = page.locator('.reader-words');
  assert.equal(await words.textContent(), typed);
  assert.equal(await words.locator('img').count(), 0, 'no element was made from the text');
  assert.equal(await words.getAttribute('dir'), 'auto');
  assert.deepEqual(errors, []);
  await context.close();
});
