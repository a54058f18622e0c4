// Trunk post-build hook: the app ships as two bundles from the same code.
//   journey: what a person needs to take the assessment (Trunk builds it, `--features journey`);
//   report:  the whole app, the report and the views made from reports included (built here,
//            with the default features). Once a person reaches the report, the page stays in it:
//            going back to change an answer and returning costs no second hand-over.
// This script builds the report bundle beside Trunk's output, writes .br and .gz copies of
// every asset (scripts/precompress.mjs), and replaces Trunk's inline
// loader (and its preload of the journey) with a loader file, so a strict Content-Security-
// Policy runs the app (no 'unsafe-inline'). The loader starts the bundle the address needs,
// before any wasm loads, and lets the journey fetch the report bundle ahead of time and hand over.
// The report bundle's addresses are read from `partnering_core::route::REPORT_ROUTES`, the one
// list (a native test checks the Rust side of the rule; a browser test checks the loader's).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('bundles: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const root = resolve(import.meta.dirname, '..');
const routes = /pub const REPORT_ROUTES: \[&str; \d+\] = \[([^\]]*)\]/.exec(readFileSync(join(root, 'core/src/route.rs'), 'utf8'));
if (!routes) {
  console.error('bundles: core/src/route.rs does not declare REPORT_ROUTES as expected');
  process.exit(1);
}
const REPORT_ROUTES = [...routes[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
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

// 3. The loader.
const loader = `// Starts the bundle the address needs; written by scripts/bundles.mjs. A classic script at the
// top of <head>: it runs as soon as it arrives, so the bundle is fetched while the page parses.
(() => {
'use strict';
const BUNDLES = {
  journey: { js: './${journeyJs}', wasm: './${journeyWasm}' },
  report: { js: './${report.js}', wasm: './${report.wasm}' },
};
const REPORT_ROUTES = ${JSON.stringify(REPORT_ROUTES)};
const bundleFor = (hash) => (REPORT_ROUTES.includes(hash.replace(/^#\\/?/, '').split('/')[0]) ? 'report' : 'journey');
const fetched = {};

// Fetches a bundle and gets it ready without mounting it (its main() waits for mount()).
function prefetch(name) {
  const bundle = BUNDLES[name];
  if (!bundle) return undefined;
  fetched[name] ??= (async () => {
    // The glue and the wasm in parallel; the wasm compiles while it streams in.
    const [glue, response] = await Promise.all([import(bundle.js), fetch(bundle.wasm)]);
    if (!response.ok) throw new Error(\`\${bundle.wasm}: \${response.status}\`);
    const api = window.partneringMaturity;
    api.deferring = name;
    try {
      const wasm = await glue.default({ module_or_path: response });
      return { glue, wasm };
    } finally {
      delete api.deferring;
    }
  })();
  // A failed fetch is tried again when the bundle is needed.
  fetched[name].catch(() => { delete fetched[name]; });
  return fetched[name];
}

// A fetch cut short because this page is being left is not a failure to report.
let leaving = false;
addEventListener('beforeunload', () => { leaving = true; });
addEventListener('pagehide', () => { leaving = true; });
addEventListener('pageshow', () => { leaving = false; });

/** A plain page of the loader's own: a heading, a sentence read out at once, and one action. */
function plainPage(title, sentence, action) {
  const main = document.createElement('main');
  main.className = 'page';
  main.id = 'main';
  const heading = document.createElement('h1');
  heading.id = 'page-heading';
  heading.tabIndex = -1;
  heading.textContent = title;
  const text = document.createElement('p');
  text.setAttribute('role', 'alert');
  text.textContent = sentence;
  main.append(heading, text, action);
  return { main, heading };
}

/** Shows why a bundle did not start, with a way to try again; saved progress is untouched. */
function failed(name, error) {
  if (leaving) return;
  console.error(\`partnering-maturity: the \${name} bundle did not load: \${error}\`);
  const app = document.getElementById('app');
  if (!app) return;
  document.getElementById('boot')?.remove();
  const again = document.createElement('button');
  again.className = 'primary';
  again.textContent = 'Try again';
  const { main, heading } = plainPage(
    name === 'report' ? 'The report could not be loaded' : 'The assessment could not be loaded',
    'This browser could not fetch part of the assessment, perhaps because the connection dropped. Your answers are kept in this browser. Check the connection and try again.',
    again,
  );
  again.addEventListener('click', () => { main.remove(); start(name); });
  app.replaceChildren(main);
  heading.focus();
}

// The release wasm is built with panics as immediate aborts (scripts/release.sh), so a panic
// is a trap: it reaches the page as an uncaught WebAssembly.RuntimeError, and the app's own panic
// hook never runs. The app cannot go on after it; the same plain message replaces the page.
function crashed(event) {
  if (!((event.error ?? event.reason) instanceof WebAssembly.RuntimeError)) return;
  const reload = document.createElement('a');
  reload.href = '';
  reload.textContent = 'Reload';
  const line = document.createElement('p');
  line.append(reload);
  const { main } = plainPage(
    'Something went wrong \\u2014 reload',
    'The assessment hit an unexpected error. Your saved progress is kept in this browser: reload the page to carry on.',
    line,
  );
  document.body.replaceChildren(main);
}
addEventListener('error', crashed);
addEventListener('unhandledrejection', crashed);

// The loader runs before the page is parsed.
const parsed = () => (document.readyState === 'loading'
  ? new Promise((ok) => addEventListener('DOMContentLoaded', ok, { once: true }))
  : Promise.resolve());

let started = false;
async function start(name) {
  try {
    const { glue, wasm } = await prefetch(name);
    await parsed();
    window.wasmBindings = glue;
    // The second start in this page is a hand-over: the app says so to itself (no second
    // "ready" to the host; focus moves to the new screen's heading).
    window.partneringMaturity.handedOver = started;
    started = true;
    glue.mount();
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm, bundle: name } }));
  } catch (error) {
    await parsed();
    failed(name, error);
  }
}

// config.json is asked for at once, beside the bundle; whichever bundle runs reads this answer
// (null: missing or unreadable), so a hand-over does not ask again.
const config = fetch('config.json').then((r) => (r.ok ? r.text() : null)).catch(() => null);
window.partneringMaturity = { start, prefetch, bundle: bundleFor, config };
start(bundleFor(location.hash));
})();
`;
const loaderName = hashed('loader', loader, '.js');
writeFileSync(join(dir, loaderName), loader);
// The loader goes first in <head>, as a classic script: it starts fetching the bundle at once,
// without waiting for the stylesheets (the browser still finds them ahead of the parser).
html = html.replace(inline, '');
if (!html.includes('<meta charset="utf-8">')) {
  console.error('bundles: index.html has no <meta charset="utf-8"> to put the loader after');
  process.exit(1);
}
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <script src="./${loaderName}" integrity="${sri(loader)}" crossorigin="anonymous"></script>`);
// Trunk preloads the journey bundle; the loader fetches whichever bundle the address needs.
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '');
writeFileSync(file, html);
console.log(`bundles: report bundle ${report.wasm} (${(reportWasm.length / 1024).toFixed(1)} KB), loader ./${loaderName}`);

// 4. Precompressed copies of everything, once every file is final (hooks may run in parallel).
run('node', [join(root, 'scripts/precompress.mjs')]);
