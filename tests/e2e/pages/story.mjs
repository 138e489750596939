// The page object for Our stories: the shelf, the editor and the reader.
import { collectPageErrors, TABLET_LANDSCAPE } from '../browser.mjs';
import { AppPage } from './app.mjs';

/** A landscape touch tablet on the app, with its errors collected and both page objects. */
export async function openStoryTablet(app, options = {}) {
  const context = await app.browser.newContext({ ...TABLET_LANDSCAPE, ...options });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  return { context, page, errors, shell: new AppPage(page, app.url), story: new StoryPage(page) };
}

export class StoryPage {
  constructor(page) {
    this.page = page;
  }

  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  async newStory(template) {
    await this.button('New story').tap();
    await this.page.getByRole('button', { name: new RegExp(`^${template}`) }).tap();
    await this.page.waitForURL(/\/stories\/\d+$/);
  }

  canvas() {
    return this.page.getByRole('group', { name: 'The page' });
  }

  placed(name) {
    return this.canvas().getByRole('button', { name, exact: true });
  }

  async addPicture(category, name) {
    await this.page.getByRole('tab', { name: 'Pictures' }).tap();
    await this.page.getByRole('button', { name: category, exact: true }).tap();
    await this.page.locator('.tray-pictures').getByRole('button', { name, exact: true }).tap();
    await this.placed(name).waitFor();
  }

  /** Drags a placed picture with a touch pointer by (dx, dy) CSS pixels. */
  async dragBy(name, dx, dy) {
    const box = await this.placed(name).boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const touch = { pointerType: 'touch', pointerId: 7, isPrimary: true, bubbles: true };
    await this.placed(name).dispatchEvent('pointerdown', { ...touch, clientX: x, clientY: y });
    for (let step = 1; step <= 5; step += 1) {
      await this.canvas().dispatchEvent('pointermove', { ...touch, clientX: x + (dx * step) / 5, clientY: y + (dy * step) / 5 });
    }
    await this.canvas().dispatchEvent('pointerup', { ...touch, clientX: x + dx, clientY: y + dy });
  }

  /** Touches the page with one finger and moves it through `points` (fractions of the page). */
  async fingerLine(target, points, pointerId = 9) {
    const box = await target.boundingBox();
    const at = ([fx, fy]) => ({ clientX: box.x + box.width * fx, clientY: box.y + box.height * fy });
    const touch = { pointerType: 'touch', pointerId, isPrimary: true, bubbles: true };
    await target.dispatchEvent('pointerdown', { ...touch, ...at(points[0]) });
    for (const point of points.slice(1)) await target.dispatchEvent('pointermove', { ...touch, ...at(point) });
    await target.dispatchEvent('pointerup', { ...touch, ...at(points.at(-1)) });
  }

  drawingLayer() {
    return this.page.getByTestId('drawing-layer');
  }

  /** The stored story, after the app is asked to write everything now. */
  async flushed(id) {
    await this.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    return this.stored(id);
  }

  bookCard(title) {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  pageThumbs() {
    return this.page.getByRole('navigation', { name: 'Pages' }).locator('.page-thumb');
  }

  async stored(id) {
    return this.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), `calm-together.story.${id}`);
  }

  storyId() {
    return new URL(this.page.url()).pathname.split('/')[2];
  }
}
