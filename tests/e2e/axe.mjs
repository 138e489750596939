// axe-core (npm) with the WCAG 2.2 A and AA rules, for any page of the app.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What axe finds on the page as it is now, one line per rule: [] when nothing. */
export async function violations(page) {
  // The Content-Security-Policy forbids page scripts, so axe runs in Playwright's isolated world.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
