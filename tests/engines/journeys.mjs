// What every journey file shares: one browser of each engine (per file), a fresh tab (empty
// storage) per test, closed even when the test fails, and the app's own steps in words a family
// reads on the screen (the same words as tests/e2e/pages/).
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, launch, startApp } from './driver.mjs';

export const FAMILY_KEY = 'calm-together.family';

/** The four cards on Home and where each leads. */
export const SCREENS = [
  { card: 'Calm together', path: '/calm' },
  { card: 'Our stories', path: '/stories' },
  { card: 'Progress', path: '/progress' },
  { card: 'Grown-ups', path: '/grown-ups' },
];

/**
 * Runs `body(session)` once per engine in ENGINES, inside a `describe` named after the engine.
 * `session.tab(options, fn)` opens a fresh tab (options go to `browser.open`), runs `fn(tab)`,
 * fails on any error the page reported, and always closes the tab.
 */
export function eachEngine(body) {
  for (const engine of ENGINES) {
    describe(engine, () => {
      const session = { engine };
      before(async () => {
        session.app = await startApp();
        session.browser = await launch(engine, session.app);
      });
      after(async () => {
        await session.browser?.close();
        await session.app?.close();
      });
      session.tab = async (options, fn) => {
        if (typeof options === 'function') [options, fn] = [{}, options];
        const tab = await session.browser.open(options);
        try {
          await fn(tab);
          assert.deepEqual(await tab.errors(), [], `${engine}: the page reported errors`);
        } finally {
          await tab.close();
        }
      };
      body(session);
    });
  }
}

/** Opens Grown-ups and comes in through the gate by answering its sum. */
export async function openGrownUps(tab) {
  await tab.go('/grown-ups');
  await passGate(tab);
}

export async function passGate(tab) {
  const text = await tab.waitForText(/Or answer: what is \d+ \+ \d+\?/);
  const [question, a, b] = text.match(/Or answer: what is (\d+) \+ (\d+)\?/);
  await tab.type(question, String(Number(a) + Number(b)));
  await tab.click('Open', { role: 'button' });
  await tab.ready('/grown-ups/open');
  const opened = await tab.waitFor((name) => {
    const asked = /Or answer: what is \d+ \+ \d+\?/.test(document.body.innerText);
    const field = [...document.querySelectorAll('input')].some((i) => [...i.labels].some((l) => l.textContent.trim() === name));
    return (asked || field) && { asked, field };
  }, [NICKNAME], 'the grown-ups side or its gate');
  assert.ok(!opened.asked, 'a right answer opens the grown-ups side: the gate does not ask again');
}

export const NICKNAME = "Your child's name on the home screen";

/** Waits until the stored value of `key` contains `text`. */
export function storedIncludes(tab, key, text) {
  return tab.waitFor((k, t) => (localStorage.getItem(k) ?? '').includes(t), [key, text], `${key} to hold ${text}`);
}

/** Every key the app keeps, with the data part of each (stamps differ after a restore). */
export function storedData(tab) {
  return tab.run(() => Object.fromEntries(Object.keys(localStorage)
    .filter((k) => k.startsWith('calm-together.'))
    .sort()
    .map((k) => [k, JSON.stringify(JSON.parse(localStorage.getItem(k)).data)])));
}

/** The number of page thumbnails in the story editor. */
export function pageCount(tab) {
  return tab.run(() => document.querySelectorAll('nav[aria-label="Pages"] .page-thumb').length);
}

/** The stored story (after asking the app to write everything now). */
export async function storedStory(tab) {
  await tab.flush();
  const id = (await tab.path()).split('/')[2];
  return JSON.parse(await tab.stored(`calm-together.story.${id}`));
}

/** Starts a new story from the shelf with the template named `template`. */
export async function newStory(tab, template) {
  await tab.click('New story', { role: 'button' });
  await tab.click(template, { role: 'button', starts: true });
  await tab.ready(/^\/stories\/\d+$/);
}

/** Puts a picture from the tray on the page; resolves when it is on the page. */
export async function addPicture(tab, category, name) {
  await tab.click('Pictures', { role: 'tab' });
  await tab.click(category, { role: 'button' });
  await tab.click(name, { role: 'button', within: '.tray-pictures' });
  await tab.see(name, { role: 'button', within: { role: 'group', name: 'The page' } });
}

/** A placed picture's box on the page, in CSS pixels. */
export function placedBox(tab, name) {
  return tab.run((n) => {
    const page = [...document.querySelectorAll('[role=group]')].find((g) => g.getAttribute('aria-label') === 'The page');
    const picture = [...page.querySelectorAll('[role=button], button')].find((b) => b.getAttribute('aria-label') === n);
    // Where it sits on the page (a notice appearing above the page moves both on the screen).
    const box = picture.getBoundingClientRect();
    const on = page.getBoundingClientRect();
    return { x: box.x - on.x, y: box.y - on.y, width: box.width, height: box.height };
  }, name);
}
