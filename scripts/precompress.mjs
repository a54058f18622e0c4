// Run by scripts/bundles.mjs (a Trunk post-build hook) once every file is final: writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy
// beside every text and wasm asset, so hosts that serve precompressed files (Netlify,
// Cloudflare, nginx's gzip_static/brotli_static) send them without compressing on the fly.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('precompress: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const COMPRESSIBLE = /\.(wasm|js|mjs|css|html|svg|json|postcard)$/;
let count = 0;
for (const name of readdirSync(dir, { recursive: true })) {
  const file = join(dir, name.toString());
  if (!COMPRESSIBLE.test(file) || !statSync(file).isFile()) continue;
  const body = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
  count += 1;
}
console.log(`precompress: wrote .br and .gz beside ${count} files`);
