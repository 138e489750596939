// A keyboard, and nothing else: Tab, Shift+Tab, Enter, Space, Escape and the arrow keys, with
// every stop checked for a focus a sighted grown-up can see.
import assert from 'node:assert/strict';

/** What has focus, enough to name it in a failure, and whether its focus ring shows. */
export async function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { lost: true, name: '(the page itself)' };
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      lost: false,
      tag: element.tagName.toLowerCase(),
      name: (element.getAttribute('aria-label') || element.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      focusVisible: element.matches(':focus-visible'),
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
      // A screen's or a stage's heading: focus goes there on purpose, with no ring (base.css).
      heading: /^H[1-6]$/.test(element.tagName) && element.getAttribute('tabindex') === '-1',
      inDialog: Boolean(element.closest('dialog[open]')),
    };
  });
}

/** Fails unless focus is on something, on screen, with its focus ring showing. */
export function assertVisibleFocus(stop, where = '') {
  assert.ok(!stop.lost, `focus was lost ${where}`);
  assert.ok(stop.onScreen, `"${stop.name}" (${stop.tag}) has focus off screen ${where}`);
  assert.ok(stop.ring && stop.focusVisible, `"${stop.name}" (${stop.tag}) has focus but no visible ring ${where}`);
}

export class Keyboard {
  constructor(page) {
    this.page = page;
  }

  async press(key) {
    await this.page.keyboard.press(key);
  }

  /** Whether `target` (a locator) has focus now. */
  async has(target) {
    return target.evaluate((element) => element === document.activeElement, undefined, { timeout: 5_000 });
  }

  /** Where focus is now. */
  focused() {
    return focused(this.page);
  }

  /**
   * Tabs (or Shift+Tabs, with `back`) until `target` has focus; every stop on the way must show
   * its focus. Stepping off the page to the browser's own controls is allowed: it is no trap.
   */
  async tabTo(target, { back = false, max = 120 } = {}) {
    const handle = await target.elementHandle({ timeout: 5_000 });
    for (let step = 0; step < max; step += 1) {
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      const stop = await focused(this.page);
      if (!stop.lost) assertVisibleFocus(stop, `on the way to ${target}`);
      if (await this.page.evaluate((element) => element === document.activeElement, handle)) return stop;
    }
    assert.fail(`${target} was not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
  }

  /**
   * Tabs all the way round the screen: every control that can take focus is reached, each with
   * a visible ring, and focus comes back to where it began (no trap). While a modal dialog is
   * open, only its own controls are reached, and focus never leaves it for the page behind.
   * Returns how many stops there were.
   */
  async tabAround() {
    const expected = await this.page.evaluate(() => {
      const modal = document.querySelector('dialog:modal');
      const controls = [...(modal ?? document).querySelectorAll('a[href], button, input, textarea, select, summary, [tabindex]')]
        .filter((e) => !e.disabled && e.tabIndex >= 0 && e.checkVisibility({ visibilityProperty: true }));
      controls.forEach((control, index) => { control.dataset.keyboardStop = String(index); });
      return controls.length;
    });
    assert.ok(expected > 0, 'something on this screen takes focus');
    const seen = new Set();
    for (let step = 0; step < expected * 2 + 6 && seen.size < expected; step += 1) {
      await this.page.keyboard.press('Tab');
      const stop = await this.page.evaluate(() => {
        const element = document.activeElement;
        return {
          index: element?.dataset?.keyboardStop ?? null,
          outsideModal: Boolean(document.querySelector('dialog:modal')) && element !== document.body && !element?.closest('dialog:modal'),
        };
      });
      assert.ok(!stop.outsideModal, 'focus left an open dialog for the page behind it');
      if (stop.index === null) continue;
      assertVisibleFocus(await focused(this.page), 'while tabbing round the screen');
      seen.add(stop.index);
    }
    assert.equal(seen.size, expected, `Tab reached ${seen.size} of the ${expected} controls: a trap, or a control out of reach`);
    await this.page.evaluate(() => document.querySelectorAll('[data-keyboard-stop]').forEach((e) => delete e.dataset.keyboardStop));
    return expected;
  }

  /** Waits until the focus is on a control whose words are `text`, then returns what has it. */
  async waitForFocusOnText(text) {
    await this.page.waitForFunction((t) => document.activeElement?.textContent.trim() === t, text, { timeout: 5_000 });
    return focused(this.page);
  }

  /** Waits until the focus is on an element matching `selector`, then returns what has it. */
  async waitForFocusOn(selector) {
    await this.page.waitForFunction((s) => document.activeElement?.matches(s), selector, { timeout: 5_000 });
    return focused(this.page);
  }
}
