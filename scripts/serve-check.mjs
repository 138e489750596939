// Proves the README's serve command works on this clone, as a newcomer runs it: starts it,
// waits for it to answer, opens `/`, `/calm/balloon` and `/stories` in Chromium until each is
// ready with its heading, then stops it by its own process id. Run by .ci/run after `make test`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { launchChromium, collectPageErrors, TABLET_LANDSCAPE } from '../tests/e2e/browser.mjs';

const ADDRESS = 'http://127.0.0.1:8080';
const PATHS = ['/', '/calm/balloon', '/stories'];
// A cold first build on two cores takes minutes; the tools are already installed by now.
const READY_WITHIN_MS = 20 * 60_000;

/** The serve command of the README's "Two commands" block, exactly as a newcomer reads it. */
function readmeServeCommand() {
  const block = readFileSync('README.md', 'utf8').match(/## Two commands[\s\S]*?```sh\n([\s\S]*?)```/);
  const line = block?.[1].split('\n').find((l) => /\bserve\b/.test(l));
  if (!line) throw new Error('serve-check: the README has no serve command under "Two commands"');
  return line.replace(/#.*/, '').trim();
}

async function answers(url) {
  try {
    const response = await fetch(url);
    return response.ok && (await response.text()).includes('calm-together-app');
  } catch {
    return false;
  }
}

const command = readmeServeCommand();
const started = Date.now();
console.log(`serve-check: starting \`${command}\``);
// Its own process group, so stopping it stops Trunk and everything it started too.
const server = spawn('bash', ['-c', command], { detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
let exited = null;
server.on('exit', (code, signal) => { exited = { code, signal }; });
const stop = () => {
  if (exited) return;
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
};
process.on('exit', stop);

let failure = null;
try {
  while (!(await answers(`${ADDRESS}/`))) {
    if (exited) throw new Error(`\`${command}\` stopped before serving (exit ${exited.code ?? exited.signal})`);
    if (Date.now() - started > READY_WITHIN_MS) throw new Error(`\`${command}\` did not answer within ${READY_WITHIN_MS / 60_000} minutes`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  console.log(`serve-check: answering after ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const browser = await launchChromium();
  try {
    for (const path of PATHS) {
      const response = await fetch(ADDRESS + path);
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      const context = await browser.newContext(TABLET_LANDSCAPE);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(ADDRESS + path);
      await page.locator('html[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
      const heading = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
      if (!heading) throw new Error(`${path}: no heading`);
      if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
      console.log(`serve-check: ${path} ready, heading "${heading}"`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
} catch (error) {
  failure = error;
} finally {
  stop();
}
// Stopped means stopped: nothing is left answering on the port.
const deadline = Date.now() + 30_000;
while (!exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
if (!exited) failure ??= new Error(`\`${command}\` (process ${server.pid}) did not stop`);
if (await fetch(`${ADDRESS}/`).then(() => true, () => false)) failure ??= new Error(`something still answers on ${ADDRESS} after stopping`);
if (failure) {
  console.error(`serve-check: FAILED: ${failure.message}`);
  process.exit(1);
}
console.log(`serve-check: \`${command}\` served every address and stopped (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
