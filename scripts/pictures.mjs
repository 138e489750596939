// Extracts the curated pictures in pictures/catalog.json from the pinned Fluent Emoji Flat
// package into public/pictures/, with the licence, copies the app's own abstract shapes
// (pictures/shapes/) and page scenes (pictures/scenes/, as scene-<name>.svg), and writes public/pictures/story.json: the story picture categories,
// fetched by the story editor when it opens (so they are not in the first load).
// Writes only files whose content changed, so `trunk serve` does not rebuild in a loop.
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const outDir = join(root, 'public', 'pictures');

const catalog = JSON.parse(readFileSync(join(root, 'pictures', 'catalog.json'), 'utf8'));
let set;
try {
  set = require(`${catalog.source}/icons.json`);
} catch {
  console.error(`pictures: ${catalog.source} is not installed; run \`make setup\` (npm ci) first.`);
  process.exit(1);
}
const info = require(`${catalog.source}/info.json`);

function svgOf(name) {
  const icon = set.icons[name] ?? (set.aliases?.[name] && set.icons[set.aliases[name].parent]);
  if (!icon) throw new Error(`pictures: "${name}" is not in ${catalog.source}`);
  const width = icon.width ?? set.width;
  const height = icon.height ?? set.height;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${icon.body}</svg>\n`;
}

function writeIfChanged(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}

mkdirSync(outDir, { recursive: true });
// A group is a list of names, or (for stories) categories of lists.
const names = (group) => (Array.isArray(group) ? group : Object.values(group).flat());
const wanted = new Set(Object.values(catalog.groups).flatMap(names));
let changed = 0;
for (const name of wanted) {
  if (writeIfChanged(join(outDir, `${name}.svg`), svgOf(name))) changed += 1;
}
for (const shape of catalog.shapes) {
  const svg = readFileSync(join(root, 'pictures', 'shapes', `${shape}.svg`), 'utf8');
  if (writeIfChanged(join(outDir, `${shape}.svg`), svg)) changed += 1;
  wanted.add(shape);
}
const scenes = readdirSync(join(root, 'pictures', 'scenes')).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4));
for (const scene of scenes) {
  const svg = readFileSync(join(root, 'pictures', 'scenes', `${scene}.svg`), 'utf8');
  if (writeIfChanged(join(outDir, `scene-${scene}.svg`), svg)) changed += 1;
  wanted.add(`scene-${scene}`);
}
for (const file of readdirSync(outDir)) {
  if (file.endsWith('.svg') && !wanted.has(file.slice(0, -4))) rmSync(join(outDir, file));
}
const storyCategories = { ...catalog.groups.story, [catalog.story_shapes_category]: catalog.shapes };
if (writeIfChanged(join(outDir, 'story.json'), JSON.stringify(storyCategories) + '\n')) changed += 1;
const licence = `Pictures: ${info.name}, by ${info.author.name} (${info.author.url}).
Licence: ${info.license.title} (${info.license.url}).
The abstract shapes (${catalog.shapes.join(', ')}) and the page scenes (${scenes.join(', ')})
are Calm Together's own, under the same MIT licence.

MIT License

Copyright (c) ${info.author.name}.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;
if (writeIfChanged(join(outDir, 'LICENSE.txt'), licence)) changed += 1;
console.log(`pictures: ${wanted.size} pictures (${catalog.shapes.length} shapes and ${scenes.length} scenes the app's own), ${changed} file(s) updated`);
