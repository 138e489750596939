// Making a story together on a tablet with touch, and reading it together.
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

test('make "Our story": pictures by tapping, a touch drag, words, a new page, undo and redo, kept after reload', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  await shell.open('/stories');
  await page.getByText('No stories yet.').waitFor();
  await story.newStory('Our story');
  await shell.waitUntilReady();
  await page.getByText('This is us', { exact: true }).waitFor();
  assert.equal(await story.pageThumbs().count(), 5);

  await story.addPicture('People and family', 'Woman, medium-dark skin');
  await story.addPicture('Helpers and comfort', 'Teddy bear');
  const before = await story.placed('Teddy bear').boundingBox();
  await story.dragBy('Teddy bear', 120, -60);
  const after = await story.placed('Teddy bear').boundingBox();
  assert.ok(Math.abs(after.x - before.x - 120) < 6 && Math.abs(after.y - before.y + 60) < 6, 'the teddy moved with the finger');

  await page.getByRole('tab', { name: 'Words' }).tap();
  await page.getByRole('textbox', { name: 'Words for this page' }).fill('This is us: Mama, me and Teddy. <b>not bold</b>');
  await story.button("The child's words").tap();

  await story.button('Add a page').tap();
  assert.equal(await story.pageThumbs().count(), 6);
  await story.button('Undo').tap();
  assert.equal(await story.pageThumbs().count(), 5);
  await story.button('Redo').tap();
  assert.equal(await story.pageThumbs().count(), 6);

  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const id = story.storyId();
  const saved = await story.stored(id);
  assert.equal(saved.data.pages.length, 6);
  assert.equal(saved.data.pages[0].pics.length, 2);

  await shell.reload();
  await story.placed('Teddy bear').waitFor();
  assert.ok(await story.placed('Woman, medium-dark skin').isVisible());
  await page.getByRole('tab', { name: 'Words' }).tap();
  assert.match(await page.getByRole('textbox', { name: 'Words for this page' }).inputValue(), /Mama, me and Teddy/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('read it together to the end, which is safe; words are shown as plain text', async () => {
  const { context, page, shell, story } = await openTablet();
  await shell.open('/stories');
  await story.newStory('Our story');
  await shell.waitUntilReady();
  await page.getByRole('tab', { name: 'Words' }).tap();
  await page.getByRole('textbox', { name: 'Words for this page' }).fill('<script>alert(1)</script> we are home');
  await page.getByRole('link', { name: 'Read together' }).tap();
  await page.waitForURL(/\/read$/);
  assert.equal(await page.locator('.reader-words').textContent(), '<script>alert(1)</script> we are home');
  for (let i = 0; i < 5; i += 1) await story.button('Next page').tap();
  await page.getByRole('heading', { name: 'The end' }).waitFor();
  await context.close();
});

test('a story ending on a hard page invites a "Now we are safe" page', async () => {
  const { context, page, shell, story } = await openTablet();
  await shell.open('/stories');
  await story.newStory('A blank book');
  await shell.waitUntilReady();
  await page.getByRole('tab', { name: 'Feeling' }).tap();
  await story.button('Scared').tap();
  await story.button('Huge').tap();
  await page.getByRole('link', { name: 'Read together' }).tap();
  await story.button('Next page').tap();
  await page.getByRole('heading', { name: "Let's end somewhere safe" }).waitFor();
  await story.button('Add a "Now we are safe" page').tap();
  await page.waitForURL(/\/stories\/\d+$/);
  await shell.waitUntilReady();
  assert.equal(await story.pageThumbs().count(), 2);
  await context.close();
});

test('the shelf lists the stories made, newest first', async () => {
  const { context, page, shell, story } = await openTablet();
  await shell.open('/stories');
  await story.newStory('All about me');
  await shell.waitUntilReady();
  await page.getByRole('link', { name: 'Our stories' }).tap();
  await page.getByRole('link', { name: /^All about me/ }).waitFor();
  await story.newStory('Our story');
  await shell.waitUntilReady();
  await page.getByRole('link', { name: 'Our stories' }).tap();
  // The family's own shelf; the books that come with the app follow it in their own section.
  const titles = await page.locator('.shelf-books').first().locator('.book-title').allTextContents();
  assert.deepEqual(titles, ['Our story', 'All about me']);
  // Covers are given their picture after the shelf's first paint, and then show it.
  const covers = page.locator('.shelf-books').first().locator('img.book-cover');
  await page.waitForFunction(
    () => [...document.querySelectorAll('.shelf-books')[0].querySelectorAll('img.book-cover')]
      .every((img) => img.getAttribute('src')?.endsWith('.svg') && img.complete && img.naturalWidth > 0),
  );
  assert.equal(await covers.count(), 2);
  await context.close();
});

test('a calm break comes back to the same page and picture; quick hide covers and a hold brings it back', async () => {
  const { context, page, errors, shell, story } = await openTablet();
  await shell.open('/stories');
  await story.newStory('Our story');
  await shell.waitUntilReady();
  await story.pageThumbs().nth(2).tap();
  await story.addPicture('Animals', 'Dog');
  await page.getByRole('link', { name: 'Calm break' }).tap();
  await page.waitForURL(/\/calm\/balloon\?back=/);
  await shell.waitUntilReady();
  await page.getByRole('link', { name: 'Back to our story' }).tap();
  await page.waitForURL(/\/stories\/\d+\?page=2&picture=1$/);
  await shell.waitUntilReady();
  assert.equal(await story.pageThumbs().nth(2).getAttribute('aria-current'), 'page');
  assert.equal(await story.placed('Dog').getAttribute('aria-pressed'), 'true');

  await story.button('Quick hide').tap();
  const cover = page.getByRole('button', { name: 'Hold here for a moment to see the story again' });
  assert.ok(await cover.isVisible());
  await cover.tap();
  assert.ok(await cover.isVisible(), 'a quick tap does not uncover it');
  await cover.dispatchEvent('pointerdown', { pointerType: 'touch', bubbles: true });
  await page.waitForTimeout(1_100);
  await cover.dispatchEvent('pointerup', { pointerType: 'touch', bubbles: true });
  assert.ok(!(await cover.isVisible()), 'a hold brings the story back');
  assert.deepEqual(errors, []);
  await context.close();
});
