// Serves the built app for the other engines' journeys: the folder in ENGINES_DIST (default
// dist/), every page with probe.js put first (see probe.js), nothing else changed.
import { readFileSync } from 'node:fs';
import { serveDist } from '../../scripts/serve-dist.mjs';

export const PROBE_PATH = '/__engines-probe.js';
const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
const TAG = `<script src="${PROBE_PATH}"></script>`;

/** Puts the probe right after the Content-Security-Policy, so the policy covers it too. */
export function withProbe(html) {
  const at = html.indexOf('<title>');
  if (at < 0) throw new Error('the page has no <title>: where would the probe go?');
  return html.slice(0, at) + TAG + html.slice(at);
}

/** Starts the server; resolves to { url, dir, close }. */
export async function startServer() {
  const dir = process.env.ENGINES_DIST || 'dist';
  const server = await serveDist({ dir, html: withProbe });
  server.replace(PROBE_PATH, PROBE);
  return { url: server.url, dir, close: server.close };
}
