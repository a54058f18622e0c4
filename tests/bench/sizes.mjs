// Transfer sizes of a dist/ (raw, gzip -9 and brotli 11), split into what the first load
// fetches and what the report bundle adds later (fetched in the background, or first for a
// shared link). `node tests/bench/sizes.mjs [dist]` prints both.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../../dist');
/** Files a page load can fetch: no precompressed copies, no embedding helpers for host pages. */
const served = (file) => /\.(html|css|js|wasm|json|svg)$/.test(file) && !/^(embed|example-host)/.test(file);
const isReport = (file) => /^report-[0-9a-f]+(_bg\.wasm|\.js)$/.test(file);
/** A language's UI words (`ui-de-….json`): fetched only by a reader in that language. */
const isLanguagePack = (file) => /^ui-[a-z]{2}(-report)?-[0-9a-f]+\.json$/.test(file);

function measure(dist, file) {
  const body = readFileSync(join(dist, file));
  return {
    file,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * `{ firstLoad, report, languages }`: rows of files; `report` is empty for a build of one
 * bundle, `languages` for a build with English only. English is compiled in, so the first load
 * of an English reader fetches no language pack.
 */
export function sizes(dist = DIST) {
  const files = readdirSync(dist).filter(served).sort();
  return {
    firstLoad: files.filter((f) => !isReport(f) && !isLanguagePack(f)).map((f) => measure(dist, f)),
    report: files.filter(isReport).map((f) => measure(dist, f)),
    languages: files.filter(isLanguagePack).map((f) => measure(dist, f)),
  };
}

export const total = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
export function printSizes(rows, label) {
  console.log('file'.padEnd(48), '    raw KB', '   gzip KB', ' brotli KB');
  for (const r of rows) console.log(r.file.padEnd(48), kb(r.raw), '   ', kb(r.gzip), '   ', kb(r.brotli));
  const sum = total(rows);
  console.log(label.padEnd(48), kb(sum.raw), '   ', kb(sum.gzip), '   ', kb(sum.brotli));
  return sum;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { firstLoad, report, languages } = sizes(process.argv[2] ? resolve(process.argv[2]) : DIST);
  printSizes(firstLoad, 'total first load');
  if (report.length) {
    console.log();
    printSizes(report, 'report bundle (fetched in the background)');
  }
  if (languages.length) {
    console.log();
    printSizes(languages, 'language packs (each fetched in its language only)');
  }
}
