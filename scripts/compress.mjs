// Run by scripts/modules.mjs at the end of Trunk's post-build hook, in release builds: writes a
// Brotli copy (`name.br`, best quality) beside every text file and .wasm of the build, for hosts
// that send precompressed files (nginx brotli_static, Caddy `precompressed br`, and the test
// server). Brotli sends the .wasm parts about a fifth smaller than gzip -9.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname } from 'node:path';
import { COMPRESSIBLE, filesUnder, stagingDir } from './files.mjs';

const stage = stagingDir('compress');
// A debug build (trunk serve without --release) is not worth the seconds.
if (process.env.TRUNK_PROFILE !== 'release') {
  console.log('compress: skipped (not a release build)');
} else {
  let plain = 0;
  let compressed = 0;
  for (const file of filesUnder(stage).filter((path) => COMPRESSIBLE.has(extname(path)))) {
    const body = readFileSync(file);
    const brotli = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    // Only where it helps: tiny files can come out larger.
    if (brotli.length < body.length) {
      writeFileSync(`${file}.br`, brotli);
      plain += body.length;
      compressed += brotli.length;
    }
  }
  console.log(`compress: ${Math.round(plain / 1024)} KiB of text and .wasm as ${Math.round(compressed / 1024)} KiB Brotli`);
}
