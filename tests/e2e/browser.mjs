// Starts the system Chromium (never a downloaded one) and the built app, for every journey.
import { chromium, devices } from 'playwright-core';
import { serveDist } from '../../scripts/serve-dist.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A tablet held in landscape (1024×768) with touch, as a family uses it. */
export const TABLET_LANDSCAPE = {
  viewport: { width: 1024, height: 768 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: devices['iPad (gen 7)']?.userAgent,
};

/** The same tablet in portrait (768×1024). */
export const TABLET_PORTRAIT = { ...TABLET_LANDSCAPE, viewport: { width: 768, height: 1024 } };

/** Serves dist/ and opens Chromium; `close` stops both. */
export async function startApp() {
  const server = await serveDist({ dir: 'dist' });
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    replace: server.replace,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Fails the test on anything the page reports as an error (CSP violations included). */
export function collectPageErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  return errors;
}
