// Transfer sizes of the first load (HTML, CSS, JS, wasm) in dist/: raw, gzip -9 and brotli.
// `node tests/bench/sizes.mjs [--budget-kb N]` exits non-zero when the gzip total is over N KB.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../../dist');
const firstLoad = readdirSync(dist).filter((f) => /\.(html|css|js|wasm|json|svg)$/.test(f) && !/^(embed|example-host)/.test(f));
export function sizes() {
  return firstLoad.map((file) => {
    const body = readFileSync(join(dist, file));
    return {
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
export function printSizes(rows) {
  console.log('file'.padEnd(48), '    raw KB', '   gzip KB', ' brotli KB');
  for (const r of rows) console.log(r.file.padEnd(48), kb(r.raw), '   ', kb(r.gzip), '   ', kb(r.brotli));
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log('total first load'.padEnd(48), kb(total.raw), '   ', kb(total.gzip), '   ', kb(total.brotli));
  return total;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const total = printSizes(sizes());
  const at = process.argv.indexOf('--budget-kb');
  if (at > 0) {
    const budget = Number(process.argv[at + 1]) * 1024;
    if (total.gzip > budget) {
      console.error(`over budget: ${kb(total.gzip)} KB gzip > ${kb(budget)} KB`);
      process.exit(1);
    }
    console.log(`within budget: ${kb(total.gzip)} KB gzip <= ${kb(budget)} KB`);
  }
}
