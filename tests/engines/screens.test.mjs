// Every main screen reached and working in each engine: Home's four cards, every exercise's
// address, the books that come with the app, Progress, and the grown-ups' side through its gate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachEngine, FAMILY_KEY, NICKNAME, openGrownUps, SCREENS, storedIncludes } from './journeys.mjs';

const EXERCISES = [
  ['balloon', 'Balloon breathing'], ['flower-and-candle', 'Flower and candle'], ['bubble', 'Bubble breathing'],
  ['starfish-hand', 'Starfish hand'], ['birthday-candles', 'Birthday candles'], ['box-breathing', 'Box breathing'],
  ['spaghetti-body', 'Spaghetti body'], ['turtle-time', 'Turtle time'], ['butterfly-hug', 'Butterfly hug'],
  ['five-senses', '5-4-3-2-1 senses'],
  // Done holding a baby: with no age given, listed last.
  ['chest-to-chest', 'Chest to chest'], ['rock-and-sway', 'Rock and sway'], ['hum-a-lullaby', 'Hum a lullaby'],
  ['say-what-they-feel', 'Say what your baby feels'],
];

const BOOKS = [
  ['when-something-scary-happens', 'When something scary happens'],
  ['my-bodys-alarm', "My body's alarm"],
  ['safe-with-you', 'Safe with you'],
];

eachEngine((session) => {
  test('Home opens each main screen by its card, with its heading, and Home brings you back', () => session.tab(async (tab) => {
    await tab.go('/');
    assert.equal(await tab.h1(), 'Hello, friend!');
    for (const { card, path } of SCREENS) {
      await tab.click(card, { role: 'link', starts: true, within: { role: 'navigation', name: 'Main' } });
      await tab.ready(path);
      assert.equal(await tab.h1(), card);
      assert.equal(await tab.run(() => document.title), `${card} · Calm Together`);
      await tab.click('Home', { role: 'link' });
      await tab.ready('/');
      assert.equal(await tab.h1(), 'Hello, friend!');
    }
  }));

  test('Calm together lists the fourteen exercises, and each one opens at its own address', () => session.tab(async (tab) => {
    await tab.go('/calm');
    for (const [, name] of EXERCISES) await tab.see(name, { role: 'link', starts: true });
    await tab.click('Balloon breathing', { role: 'link', starts: true });
    await tab.ready('/calm/balloon');
    assert.equal(await tab.h1(), 'Balloon breathing');
    for (const [slug, name] of EXERCISES) {
      await tab.go(`/calm/${slug}`);
      assert.equal(await tab.h1(), name);
      await tab.see('Grown-up first', { role: 'heading' });
    }
  }));

  test('the books that come with the app are on the shelf and read page by page', () => session.tab(async (tab) => {
    await tab.go('/stories');
    await tab.waitForText('No stories yet.');
    const shelf = await tab.run(() => [...document.querySelectorAll('[aria-labelledby="built-in-title"] article')].map((a) => a.getAttribute('aria-label')));
    assert.deepEqual([...shelf].sort(), BOOKS.map(([, title]) => title).sort());
    await tab.click('Read together', { role: 'link', within: { role: 'article', name: "My body's alarm" } });
    await tab.ready('/stories/books/my-bodys-alarm');
    for (const [id, title] of BOOKS) {
      await tab.go(`/stories/books/${id}`);
      assert.equal(await tab.h1(), title);
      const first = await tab.run(() => document.querySelector('.reader-words')?.textContent);
      assert.ok(first && first.length > 10, `${title} shows its first page's words`);
      await tab.click('Next page', { role: 'button' });
      await tab.waitFor((before) => document.querySelector('.reader-words')?.textContent !== before, [first], `${title} to turn a page`);
    }
  }));

  test('Progress starts empty; the gate opens Grown-ups; a name given there greets on Home', () => session.tab(async (tab) => {
    await tab.go('/progress');
    assert.equal(await tab.h1(), 'Progress');
    await tab.waitForText('Nothing here yet.');
    await openGrownUps(tab);
    assert.equal(await tab.h1(), 'Grown-ups');
    await tab.type(NICKNAME, 'Mia');
    await storedIncludes(tab, FAMILY_KEY, '"Mia"');
    await tab.go('/');
    assert.equal(await tab.h1(), 'Hello, Mia!');
  }));
});
