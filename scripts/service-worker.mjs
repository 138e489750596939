// Run by scripts/modules.mjs at the end of Trunk's post-build hook: writes sw.js from public/service-worker.js with
// the list of every file in the build (hashed parts, styles, pictures, icons, the page) and a
// version made from their contents, so the list is learned from the build, never kept by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { filesUnder, stagingDir } from './files.mjs';

const stage = stagingDir('service-worker');
const base = process.env.TRUNK_PUBLIC_URL ?? '/';

// The service worker itself is not kept by itself (the browser checks it for updates), nor
// the compressed copies (the browser keeps what they decode to).
const files = filesUnder(stage)
  .map((path) => relative(stage, path).split('\\').join('/'))
  .filter((file) => file !== 'sw.js' && !file.endsWith('.br'))
  .sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(join(stage, file)));
const version = hash.digest('hex').slice(0, 16);

const template = readFileSync('public/service-worker.js', 'utf8');
const worker = template
  .replace("const VERSION = 'development';", `const VERSION = '${version}';`)
  .replace('const FILES = [];', `const FILES = ${JSON.stringify(files.map((file) => base + file))};`);
if (worker === template) {
  console.error('service-worker: the template lines to fill in were not found');
  process.exit(1);
}
writeFileSync(join(stage, 'sw.js'), worker);
console.log(`service-worker: ${files.length} files, version ${version}`);
