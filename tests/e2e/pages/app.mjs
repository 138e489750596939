// The page object for the app shell: home, the four screens, the notices.
import assert from 'node:assert/strict';
import { collectPageErrors } from '../browser.mjs';

export const SCREENS = [
  { card: 'Calm together', path: '/calm' },
  { card: 'Our stories', path: '/stories' },
  { card: 'Progress', path: '/progress' },
  { card: 'Grown-ups', path: '/grown-ups' },
];

/** A screen of every part of the app, by its address, with its heading: for the offline walks. */
export const SCREEN_HEADINGS = [
  ['/calm', 'Calm together'],
  ['/calm/balloon', 'Balloon breathing'],
  ['/stories', 'Our stories'],
  ['/progress', 'Progress'],
  ['/grown-ups', 'Grown-ups'],
  ['/grown-ups/open', 'Grown-ups'],
  ['/stories/books/safe-with-you', 'Safe with you'],
  ['/plan', 'A plan from your therapist'],
];

/** The pictures on the page that did not load. */
export function brokenPictures(page) {
  return page.evaluate(() => [...document.images].filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src));
}

/** What the Grown-ups gate says, and the field it opens onto, in each language. */
const GATE = {
  en: { question: /^Or answer: what is \d+ \+ \d+\?$/, open: 'Open', nickname: "Your child's name on the home screen" },
  es: { question: /^O responda: ¿cuánto es \d+ \+ \d+\?$/, open: 'Abrir', nickname: 'El nombre de su niño o niña en la pantalla de inicio' },
};

export class AppPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open(path = '/') {
    await this.page.goto(this.baseUrl + path);
    await this.waitUntilReady();
  }

  async waitUntilReady() {
    await this.page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  }

  /** Takes the network away, reloads Home, then opens each of SCREEN_HEADINGS, checks its
   *  heading and calls `check(path)`; resolves to the page errors seen meanwhile. */
  async openEachScreenOffline(context, check) {
    await context.setOffline(true);
    const errors = collectPageErrors(this.page);
    await this.reload();
    assert.equal(await this.heading().textContent(), 'Hello, friend!');
    for (const [path, heading] of SCREEN_HEADINGS) {
      await this.open(path);
      assert.equal(await this.heading().textContent(), heading, path);
      await check(path);
    }
    return errors;
  }

  async reload() {
    await this.page.reload();
    await this.waitUntilReady();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  homeCard(name) {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: new RegExp(`^${name}`) });
  }

  homeButton() {
    return this.page.getByRole('link', { name: 'Home', exact: true });
  }

  /** Opens Grown-ups and comes in through the gate by answering its grown-up question. */
  async openGrownUps() {
    await this.open('/grown-ups');
    await this.passGate();
  }

  /** Answers the gate's sum, in the language the app speaks ('en' or 'es'). */
  async passGate(language = 'en') {
    const words = GATE[language];
    const label = await this.page.getByText(words.question).textContent();
    const [, a, b] = label.match(/(\d+) \+ (\d+)/);
    await this.page.getByRole('textbox', { name: label }).fill(String(Number(a) + Number(b)));
    await this.page.getByRole('button', { name: words.open, exact: true }).click();
    await this.nicknameField(language).waitFor();
  }

  notices() {
    return this.page.getByRole('region', { name: 'Messages about saved information' }).getByRole('status');
  }

  nicknameField(language = 'en') {
    return this.page.getByRole('textbox', { name: GATE[language].nickname });
  }

  async storedKeys() {
    return this.page.evaluate(() => Object.keys(localStorage).sort());
  }

  async stored(key) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }
}
