// Trunk post-build hook: the app ships as two bundles from the same code.
//   journey: what a person needs to take the assessment (Trunk builds it, `--features journey`);
//   report:  the whole app, the report and the views made from reports included (built here,
//            with the default features). Once a person reaches the report, the page stays in it:
//            going back to change an answer and returning costs no second hand-over.
// This script builds the report bundle beside Trunk's output, writes .br and .gz copies of
// every asset (scripts/precompress.mjs), and replaces Trunk's inline loader (and its preload of
// the journey) with static/loader.js and a JSON manifest it reads, so a strict Content-Security-
// Policy runs the app (no 'unsafe-inline'). The loader starts the bundle the address needs,
// before any wasm loads, and lets the journey fetch the report bundle ahead of time and hand over
// (docs/LOADER.md). The report bundle's addresses come from core/routes.json, the one list.
// Why not Trunk's own second `rel="rust"` link: Trunk 0.21 allows one `main` app; a second must
// be `data-type="worker"`, whose files Trunk names after the binary without a content hash (a
// visitor could then meet a report bundle cached from an earlier deploy), with a wasm-bindgen
// target of its own and no per-link environment, so the report bundle would also lose its
// standard (speed-built) library. Building it here is one cargo, one wasm-bindgen, one wasm-opt.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('bundles: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const root = resolve(import.meta.dirname, '..');
// The first segment of every report-bundle address: core/routes.json, which the Rust routes
// read too (include_str!), so the loader and the app agree by construction.
const REPORT_ROUTES = JSON.parse(readFileSync(join(root, 'core/routes.json'), 'utf8')).report_bundle;
if (!Array.isArray(REPORT_ROUTES) || !REPORT_ROUTES.every((r) => typeof r === 'string')) {
  console.error('bundles: core/routes.json has no list of strings named report_bundle');
  process.exit(1);
}
const run = (command, args, env = process.env) => execFileSync(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
const hashed = (prefix, body, ext) => `${prefix}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}${ext}`;
const sri = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;

// 1. The report bundle: the same binary with every page. Its own target directory keeps Trunk's
// journey build incremental. Where the release is built with a size-optimized standard library
// (scripts/release.sh), the report bundle takes the standard one: scoring and rendering a
// report is where speed shows, and it is fetched in the background (+6 KB gzip, measured 2026-11-30:
// the full report render went from 31% slower than the one-bundle baseline to 11% faster).
const reportEnv = { ...process.env };
if (reportEnv.CARGO_UNSTABLE_BUILD_STD_FEATURES) reportEnv.CARGO_UNSTABLE_BUILD_STD_FEATURES = '';
const targetDir = join(root, 'target/report-bundle');
run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'partnering-maturity',
  '--target-dir', targetDir, '--offline'], reportEnv);
const scratch = mkdtempSync(join(tmpdir(), 'pm-report-'));
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', scratch, '--out-name', 'report',
  join(targetDir, 'wasm32-unknown-unknown/release/partnering-maturity.wasm')]);
// The same optimizations as Trunk's (index.html's data-wasm-opt and data-wasm-opt-params).
run('wasm-opt', ['-Oz', '--low-memory-unused', join(scratch, 'report_bg.wasm'), '-o', join(scratch, 'report_bg.opt.wasm')]);
const reportWasm = readFileSync(join(scratch, 'report_bg.opt.wasm'));
const reportJs = readFileSync(join(scratch, 'report.js'));
const report = { js: hashed('report', reportJs, '.js'), wasm: hashed('report', reportWasm, '_bg.wasm') };
writeFileSync(join(dir, report.js), reportJs);
writeFileSync(join(dir, report.wasm), reportWasm);
rmSync(scratch, { recursive: true, force: true });

// 2. The journey bundle, as Trunk's inline loader names it.
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = inline.exec(html);
if (!match) {
  console.error('bundles: no inline module script found in index.html');
  process.exit(1);
}
const journeyJs = /from '\.\/([^']+\.js)'/.exec(match[1])?.[1];
const journeyWasm = /module_or_path: '\.\/([^']+\.wasm)'/.exec(match[1])?.[1];
if (!journeyJs || !journeyWasm) {
  console.error('bundles: the inline loader does not name the journey bundle as expected');
  process.exit(1);
}

// The interface's words in every language but English (compiled into the wasm): each language's
// core/lang/<language>/*.json as two files under hashed names, the journey's words and the
// report's (the files marked "bundle": "report"), listed in the manifest as
// `ui.<language>.journey` and `.report`. The app fetches the chosen language's before its first
// screen (src/browser/lang.rs); the journey bundle only its own. The native tests check every
// pack against English.
const ui = {};
for (const language of readdirSync(join(root, 'core/lang')).sort()) {
  if (language === 'en') continue;
  const parts = { journey: {}, report: {} };
  for (const name of readdirSync(join(root, 'core/lang', language)).filter((n) => n.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(join(root, 'core/lang', language, name), 'utf8'));
    Object.assign(parts[file.bundle === 'report' ? 'report' : 'journey'], file.texts);
  }
  ui[language] = {};
  for (const [part, texts] of Object.entries(parts)) {
    const body = JSON.stringify({ language, texts });
    const name = hashed(part === 'journey' ? `ui-${language}` : `ui-${language}-report`, body, '.json');
    writeFileSync(join(dir, name), body);
    ui[language][part] = `./${name}`;
  }
}

// 3. The content packs: each module's questions in each language, written and validated by
// build.rs (target/content-packs/<language>/<module>.postcard), copied under hashed names; the
// app finds them in the manifest (`packs.<language>.<module>`) and fetches a module's pack when
// it is needed, in the language shown. Every language but English has its catalog too
// (target/content-catalogs/<language>.postcard, `catalogs.<language>`), fetched with its words.
const packsDir = join(root, 'target/content-packs');
const packs = {};
for (const language of readdirSync(packsDir)) {
  packs[language] = {};
  for (const name of readdirSync(join(packsDir, language)).filter((n) => n.endsWith('.postcard'))) {
    const module = name.replace(/\.postcard$/, '');
    const body = readFileSync(join(packsDir, language, name));
    const file = hashed(`pack-${language}-${module}`, body, '.postcard');
    writeFileSync(join(dir, file), body);
    packs[language][module] = `./${file}`;
  }
}
const catalogs = {};
for (const name of readdirSync(join(root, 'target/content-catalogs')).filter((n) => n.endsWith('.postcard'))) {
  const language = name.replace(/\.postcard$/, '');
  const body = readFileSync(join(root, 'target/content-catalogs', name));
  const file = hashed(`catalog-${language}`, body, '.postcard');
  writeFileSync(join(dir, file), body);
  catalogs[language] = `./${file}`;
}
for (const language of Object.keys(ui).concat('en')) {
  if (!Object.keys(packs[language] ?? {}).length || (language !== 'en' && !catalogs[language])) {
    console.error(`bundles: build.rs wrote no ${language} content packs or catalog in target/`);
    process.exit(1);
  }
}

// 4. The loader (static/loader.js, a file of its own) reads what changes with each build from
// a manifest: a JSON block, which never executes, so the Content-Security-Policy is unchanged.
const manifest = {
  bundles: {
    journey: { js: `./${journeyJs}`, wasm: `./${journeyWasm}` },
    report: { js: `./${report.js}`, wasm: `./${report.wasm}` },
  },
  reportRoutes: REPORT_ROUTES,
  ui,
  packs,
  catalogs,
};
const loader = readFileSync(join(root, 'static/loader.js'));
const loaderName = hashed('loader', loader, '.js');
writeFileSync(join(dir, loaderName), loader);
// The loader goes first in <head>, as a classic script: it starts fetching the bundle at once,
// without waiting for the stylesheets (the browser still finds them ahead of the parser).
html = html.replace(inline, '');
if (!html.includes('<meta charset="utf-8">')) {
  console.error('bundles: index.html has no <meta charset="utf-8"> to put the loader after');
  process.exit(1);
}
// `<` is escaped so no file name could ever close the block early.
const block = JSON.stringify(manifest).replaceAll('<', '\\u003c');
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">
  <script type="application/json" id="pm-bundles">${block}</script>
  <script src="./${loaderName}" integrity="${sri(loader)}" crossorigin="anonymous"></script>`);
// Trunk preloads the journey bundle; the loader fetches whichever bundle the address needs.
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '');
writeFileSync(file, html);
console.log(`bundles: report bundle ${report.wasm} (${(reportWasm.length / 1024).toFixed(1)} KB), loader ./${loaderName}`);

// 5. Precompressed copies of everything, once every file is final (hooks may run in parallel).
run('node', [join(root, 'scripts/precompress.mjs')]);
