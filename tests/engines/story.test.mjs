// A story made, changed, kept over a reload and read together, in each engine (as
// tests/e2e/stories.test.mjs does in Chromium).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addPicture, eachEngine, newStory, pageCount, placedBox, storedStory } from './journeys.mjs';

eachEngine((session) => {
  test('make "Our story": a picture placed and dragged, words, a page added, undo, redo; kept after reload; read to the end', () => session.tab(async (tab) => {
    await tab.go('/stories');
    await tab.waitForText('No stories yet.');
    await newStory(tab, 'Our story');
    await tab.waitForText('This is us');
    assert.equal(await pageCount(tab), 5);

    await addPicture(tab, 'Helpers and comfort', 'Teddy bear');
    const before = await placedBox(tab, 'Teddy bear');
    await tab.drag('Teddy bear', 120, -60, { within: { role: 'group', name: 'The page' } });
    const after = await tab.waitFor((b) => {
      const page = [...document.querySelectorAll('[role=group]')].find((g) => g.getAttribute('aria-label') === 'The page');
      const box = [...page.querySelectorAll('button')].find((p) => p.getAttribute('aria-label') === 'Teddy bear').getBoundingClientRect();
      const on = page.getBoundingClientRect();
      return Math.abs(box.x - on.x - b.x) > 1 ? { x: box.x - on.x, y: box.y - on.y } : false;
    }, [before], 'the teddy to move');
    assert.ok(Math.abs(after.x - before.x - 120) < 8 && Math.abs(after.y - before.y + 60) < 8,
      `the teddy moved with the pointer: from ${JSON.stringify(before)} to ${JSON.stringify(after)}`);

    await tab.click('Words', { role: 'tab' });
    await tab.type('Words for this page', 'This is us: Mama, me and Teddy.');
    await tab.click("The child's words", { role: 'button' });
    let saved = await storedStory(tab);
    assert.equal(saved.data.pages.length, 5);
    assert.equal(saved.data.pages[0].pics.length, 1);
    assert.equal(saved.data.pages[0].words, 'This is us: Mama, me and Teddy.');

    // Changed: a page added, taken back, put back; the words rewritten.
    await tab.click('Add a page', { role: 'button' });
    assert.equal(await pageCount(tab), 6);
    await tab.click('Undo', { role: 'button' });
    assert.equal(await pageCount(tab), 5);
    await tab.click('Redo', { role: 'button' });
    assert.equal(await pageCount(tab), 6);
    await tab.click('Page 1', { role: 'button', within: 'nav[aria-label="Pages"]' });
    await tab.click('Words', { role: 'tab' });
    await tab.type('Words for this page', 'Mama, me and Teddy at home.', { replace: true });
    saved = await storedStory(tab);
    assert.equal(saved.data.pages.length, 6);
    assert.equal(saved.data.pages[0].words, 'Mama, me and Teddy at home.');

    await tab.reload();
    await tab.waitFor(() => Boolean(document.querySelector('.placed[aria-label="Teddy bear"]')), [], 'the teddy after the reload');
    assert.equal(await pageCount(tab), 6);
    await tab.click('Words', { role: 'tab' });
    assert.equal(await tab.valueOf('Words for this page'), 'Mama, me and Teddy at home.');

    await tab.click('Read together', { role: 'link' });
    await tab.ready(/^\/stories\/\d+\/read$/);
    assert.equal(await tab.run(() => document.querySelector('.reader-words')?.textContent), 'Mama, me and Teddy at home.');
    for (let turned = 0; !(await tab.has('The end', { role: 'heading' })); turned += 1) {
      assert.ok(turned < 6, 'six pages end on "The end"');
      await tab.click('Next page', { role: 'button' });
    }
  }));
});
