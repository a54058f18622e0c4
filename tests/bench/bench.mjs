// The performance benchmark: `node tests/bench/bench.mjs --baseline DIR` against an existing
// release dist/ and the dist/ of a baseline build (`make bench` builds both: the baseline from a
// git worktree of BASELINE, so timings are compared on the same machine in the same run).
// In one run it reports
//   1. the transfer size of the first load (the journey bundle and what the page needs with it)
//      and, separately, of the report bundle; per file and total (raw, gzip -9, brotli 11);
//   2. first contentful paint and time to interactive in headless Chromium on 127.0.0.1,
//      unthrottled and with 4x CPU throttling, median of --runs fresh browser contexts,
//      this build and the baseline taking turns;
//   3. answer click -> next paint on a question screen;
//   4. "See my report" click -> full four-module report rendered and painted (for this build,
//      the hand-over to the report bundle, fetched in the background long before, included);
//   5. JS heap and wasm linear memory after the full journey;
//   6. what the journey wasm is made of (twiggy on a names-preserving copy of the same build);
//   7. the budgets, PASS/FAIL, and writes every figure to target/bench.json.
// It exits non-zero when a budget fails or a figure could not be measured, after printing all.
//
// Options: --baseline DIR (a baseline build's dist/; without it the relative budgets fail)
//          --runs N (page loads per setting, 9)  --clicks N (answer clicks, 20)
//          --report-runs N (report renders, 9)  --quick (size breakdown from Trunk's own build,
//          whose legacy symbol names hide which component a Yew view belongs to)
//          --no-breakdown (skip section 6)  --json PATH (target/bench.json)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, homedir, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DIST, serve, browser, closeBrowser } from '../browser/harness.mjs';
import { begin, addSubject, fillScreen } from '../browser/fill.mjs';
import { sizes, printSizes, total as sumSizes } from './sizes.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
// Sizes are absolute; timings are relative to the baseline measured in the same run, since
// absolute times differ between machines. "No slower" allows 10% for run-to-run noise.
const BUDGET = { firstLoadGzipKB: 160, firstLoadBrotliKB: 135, interactive4xFaster: 0.30, noSlowerMargin: 0.10 };
const MODULES = ['collaboration', 'serious_partner', 'tiering', 'health'];
const PARTIES = ['Northwind Traders', 'Contoso Partners'];
const PARTNERS = [['Fabrikam', 'Strategic'], ['Tailspin Toys', 'Tactical'], ['Litware Inc', 'Opportunistic'], ['Adventure Works', 'Under review / winding down']];
const VIEWPORT = { width: 1000, height: 800 };
const TIMEOUT = 30_000;

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
};
const RUNS = option('--runs', 9);
const CLICKS = option('--clicks', 20);
const REPORT_RUNS = option('--report-runs', 9);
const QUICK = argv.includes('--quick');
const BREAKDOWN = !argv.includes('--no-breakdown');
const BASELINE = argv.includes('--baseline') ? resolve(argv[argv.indexOf('--baseline') + 1]) : null;
const JSON_PATH = argv.includes('--json') ? resolve(argv[argv.indexOf('--json') + 1]) : join(ROOT, 'target/bench.json');

const problems = [];
const started = Date.now();
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return { median: median(s), min: s.length ? Math.min(...s) : null, max: s.length ? Math.max(...s) : null, n: s.length, runs: s.map((x) => Math.round(x * 10) / 10) };
};
const ms = (x) => (x == null ? 'n/a' : `${x.toFixed(1)} ms`);
const range = (s) => (s.median == null ? 'not measured' : `${ms(s.median).padStart(9)}  (${s.min.toFixed(1)}–${s.max.toFixed(1)}, n=${s.n})`);
const kb = (n) => (n == null ? 'n/a' : `${(n / 1024).toFixed(1)} KB`);
const mib = (n) => (n == null ? 'n/a' : `${(n / 1048576).toFixed(2)} MiB`);
const heading = (text) => console.log(`\n== ${text} ${'='.repeat(Math.max(3, 92 - text.length))}`);
const withTimeout = (promise, what, limit = TIMEOUT) => Promise.race([promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${limit / 1000} s`)), limit).unref())]);

// ---------------------------------------------------------------------------------------------
// In-page instrumentation. Times are performance.now(), i.e. milliseconds since navigation start.

/** Init script for every page: FCP, app start, the first interactive screen, wasm memory. */
function loadProbe() {
  const b = (window.__bench = {});
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch { /* no paint timing: fcp stays undefined */ }
  // Trunk's loader: `const wasm = await init(...); dispatchEvent(new CustomEvent(
  // "TrunkApplicationStarted", {detail: {wasm}}))`, where `wasm` is the instance's exports.
  addEventListener('TrunkApplicationStarted', (e) => {
    b.started = performance.now();
    if (e.detail?.wasm?.memory instanceof WebAssembly.Memory) window.__benchMemory = e.detail.wasm.memory;
  });
  // Interactive: the app's first real screen is in #app with its primary button enabled and laid out.
  const ready = () => {
    const app = document.getElementById('app');
    const button = app?.querySelector('button.primary') ?? app?.querySelector('button');
    return !!(app?.querySelector('#page-heading') && button && !button.disabled && button.getClientRects().length);
  };
  const observer = new MutationObserver(() => {
    if (b.interactive !== undefined || !ready()) return;
    b.interactive = performance.now();
    observer.disconnect();
    // The frame that shows it: the task right after the next rendering update.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { b.painted = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Journey-only fallback: catch the wasm instance's memory however the loader instantiates it. */
function memoryProbe() {
  const keep = (result) => {
    const exports = (result?.instance ?? result)?.exports;
    if (exports?.memory instanceof WebAssembly.Memory) window.__benchMemory ??= exports.memory;
    return result;
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original === 'function') WebAssembly[name] = function (...args) { return original.apply(this, args).then(keep); };
  }
}

/**
 * Clicks radio labels on the current question screen, one at a time, each at a random point of
 * the frame like a person would, and measures from just before `label.click()`:
 *   work   - until the click's handler and Yew's re-render are done (the next task);
 *   paint  - until the frame that shows it has been rendered (rAF, then the next task);
 *   double - until the requestAnimationFrame after that frame (the double-rAF figure).
 */
async function clickProbe(count) {
  const rafThen = (fn) => new Promise((resolve) => requestAnimationFrame(() => resolve(fn?.())));
  const nextTask = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now()); c.port2.postMessage(0); });
  const groups = [...document.querySelectorAll('#app fieldset.question')].filter((g) => g.querySelector('input[type=radio]'));
  if (!groups.length) throw new Error('no radio group on this screen');
  const out = { work: [], paint: [], double: [], unchecked: 0 };
  for (let i = 0; i < count; i++) {
    const group = groups[i % groups.length];
    const choices = [...group.querySelectorAll('.choice')].filter((c) => c.querySelector('input[type=radio]') && c.querySelector('label'));
    let k = (Math.floor(i / groups.length) + 1) % choices.length;
    if (choices[k].querySelector('input').checked) k = (k + 1) % choices.length;
    const input = choices[k].querySelector('input');
    const label = choices[k].querySelector('label');
    await rafThen(nextTask);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
    const t0 = performance.now();
    label.click();
    const tWork = await nextTask();
    if (!input.checked) out.unchecked++;
    const [tPaint, tDouble] = await new Promise((resolve) => requestAnimationFrame(() => {
      const paint = nextTask();
      requestAnimationFrame(async () => { const d = performance.now(); resolve([await paint, d]); });
    }));
    out.work.push(tWork - t0);
    out.paint.push(tPaint - t0);
    out.double.push(tDouble - t0);
  }
  return out;
}

/** On the review screen: clicks "See my report" and times the report's arrival and paint. */
async function reportProbe() {
  const nextTask = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now()); c.port2.postMessage(0); });
  const app = document.getElementById('app');
  const button = [...app.querySelectorAll('button')].find((b) => b.textContent.trim() === 'See my report');
  if (!button) throw new Error('no "See my report" button on this screen');
  if (app.querySelector('.report')) throw new Error('a report is already on screen');
  await new Promise((resolve) => requestAnimationFrame(() => nextTask().then(resolve)));
  let tDom;
  const inDom = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!app.querySelector('.report')) return;
      tDom = performance.now();
      observer.disconnect();
      resolve();
    });
    observer.observe(app, { childList: true, subtree: true });
    setTimeout(() => { observer.disconnect(); reject(new Error('no .report within 10 s of the click')); }, 10_000);
  });
  const t0 = performance.now();
  button.click();
  await inDom;
  const [tPaint, tDouble] = await new Promise((resolve) => requestAnimationFrame(() => {
    const paint = nextTask();
    requestAnimationFrame(async () => { const d = performance.now(); resolve([await paint, d]); });
  }));
  return { dom: tDom - t0, paint: tPaint - t0, double: tDouble - t0, nodes: app.querySelectorAll('*').length };
}

// ---------------------------------------------------------------------------------------------
// Browser measurements

async function newPage(withMemoryProbe = false) {
  const context = await (await browser()).newContext({ viewport: VIEWPORT });
  await context.addInitScript(loadProbe);
  if (withMemoryProbe) await context.addInitScript(memoryProbe);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Failed requests are reported by URL below; Chromium's own /favicon.ico probe is not the app's.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`); });
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, errors };
}

// A phone on a middling mobile connection, as Chromium's DevTools "Fast 3G" preset describes it.
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

async function loadOnce(server, rate, network = false) {
  const { context, page, cdp, errors } = await newPage();
  try {
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    }
    const limit = TIMEOUT * rate * (network ? 3 : 1);
    await page.goto(server.url, { waitUntil: 'load', timeout: limit });
    await page.waitForFunction(() => window.__bench?.painted !== undefined && window.__bench?.fcp !== undefined, null, { timeout: limit });
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { ...window.__bench, domContentLoaded: nav?.domContentLoadedEventEnd, load: nav?.loadEventEnd };
    });
    if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
    return r;
  } finally {
    await context.close();
  }
}

/** Page loads of each build in `servers` ({ name: server }), taking turns so drift hits all alike. */
async function measureLoads(servers) {
  const keys = ['fcp', 'domContentLoaded', 'load', 'started', 'interactive', 'painted'];
  const settings = { unthrottled: [1, false], cpu4x: [4, false], cpu4xFast3g: [4, true] };
  const runs = Object.fromEntries(Object.keys(servers).map((name) => [name, Object.fromEntries(Object.keys(settings).map((s) => [s, []]))]));
  for (let i = 0; i < RUNS; i++) {
    for (const [setting, [rate, network]] of Object.entries(settings)) {
      for (const [name, server] of Object.entries(servers)) {
        try { runs[name][setting].push(await loadOnce(server, rate, network)); } catch (e) { problems.push(`page load, ${name} (${setting}): ${e.message}`); }
      }
    }
  }
  const summary = {};
  for (const name of Object.keys(servers)) {
    summary[name] = {};
    for (const setting of Object.keys(settings)) summary[name][setting] = Object.fromEntries(keys.map((k) => [k, stats(runs[name][setting].map((r) => r[k]))]));
  }
  return summary;
}

async function heapAndWasm(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const heap = await cdp.send('Runtime.getHeapUsage').catch(() => null);
  const wasm = await page.evaluate(() => window.__benchMemory?.buffer.byteLength ?? null);
  return { jsHeapUsed: heap?.usedSize ?? null, jsHeapTotal: heap?.totalSize ?? null, wasmMemory: wasm };
}

async function screenHeading(page) {
  return (await page.locator('#page-heading').textContent()).trim();
}

/** Full four-module journey; measures answer clicks on the first radio screen on the way. */
async function journey(server, name) {
  const out = { clicks: null, clicks4x: null, report: null, report4x: null, memoryBoot: null, memoryAfter: null, screens: 0 };
  const { context, page, cdp, errors } = await newPage(true);
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => window.__bench?.painted !== undefined, null, { timeout: TIMEOUT });
    out.memoryBoot = await heapAndWasm(page, cdp);
    await begin(page, MODULES);
    for (let i = 0; ; i++) {
      if (i > 80) throw new Error('the journey never reached the review');
      await page.locator('#app #page-heading').waitFor();
      const title = await screenHeading(page);
      if (title === 'Review your answers') break;
      out.screens++;
      if (await page.locator('#subject-name').count()) {
        const tiered = (await page.locator('#subject-tier').count()) > 0;
        for (const [name, tier] of tiered ? PARTNERS : PARTIES.map((p) => [p])) await addSubject(page, name, tier ? { tier } : {});
        await page.getByRole('button', { name: 'Next' }).click();
        await page.waitForFunction((h) => document.querySelector('#page-heading')?.textContent.trim() !== h, title);
        continue;
      }
      if (!out.clicks && (await page.locator('#app fieldset.question input[type=radio]').count())) {
        out.clicks = await withTimeout(page.evaluate(clickProbe, CLICKS), 'answer clicks', 60_000);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        try { out.clicks4x = await withTimeout(page.evaluate(clickProbe, Math.min(CLICKS, 10)), 'answer clicks (4x)', 60_000); } finally {
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        }
      }
      await fillScreen(page, 1);
    }
    const reviewOnce = async () => {
      const r = await withTimeout(page.evaluate(reportProbe), 'report render', 20_000);
      await page.locator('#app .report').waitFor();
      await page.evaluate(() => { location.hash = '#/review'; });
      await page.waitForFunction(() => document.querySelector('#page-heading')?.textContent.trim() === 'Review your answers' && !document.querySelector('#app .report'));
      return r;
    };
    // The first report of the session: for this build, the hand-over to the report bundle (which
    // then keeps the page); for both, the first use of the report code paths.
    out.reportFirst = await reviewOnce();
    const runs = [];
    for (let i = 0; i < REPORT_RUNS; i++) runs.push(await reviewOnce());
    out.report = { dom: stats(runs.map((r) => r.dom)), paint: stats(runs.map((r) => r.paint)), double: stats(runs.map((r) => r.double)), elements: runs[0]?.nodes };
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      const slow = [];
      for (let i = 0; i < Math.min(REPORT_RUNS, 5); i++) slow.push(await reviewOnce());
      out.report4x = { dom: stats(slow.map((r) => r.dom)), paint: stats(slow.map((r) => r.paint)), double: stats(slow.map((r) => r.double)) };
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    // End on the report: the whole journey has happened once more, then measure memory.
    await page.getByRole('button', { name: 'See my report' }).first().click();
    await page.locator('#app .report').waitFor();
    out.memoryAfter = await heapAndWasm(page, cdp);
    if (errors.length) problems.push(`page errors during the journey (${name}): ${errors.join(' | ')}`);
  } catch (e) {
    problems.push(`journey (${name}): ${e.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Wasm size breakdown

const TOOL_PATH = [join(ROOT, 'node_modules/.bin'), join(homedir(), '.cargo/bin'), process.env.PATH].join(':');
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: ROOT, env: { ...process.env, PATH: TOOL_PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20 }).toString();
const which = (cmd) => TOOL_PATH.split(':').map((d) => join(d, cmd)).find((p) => existsSync(p));
const tail = (e) => String(e.stderr ?? e.message).trim().split('\n').slice(-3).join(' / ');

/** Drops crate disambiguators and legacy hashes: `yew[97828f]::x::h0123…` -> `yew::x`. */
const clean = (name) => name.replace(/\[[0-9a-f]{8,}\]/g, '').replace(/::h[0-9a-f]{16}$/, '');

/** For display: drops module paths, keeping our crate's modules: `<yew::a::VNode as yew::b::Reconcilable>` -> `<VNode as Reconcilable>`. */
const short = (name) => clean(name)
  .replace(/(?<=^|[<(\[&,; ])(?:[a-z_][a-z0-9_]*::(?!<))+/g, (path) => (path.startsWith('partnering_maturity::') ? path.slice('partnering_maturity::'.length) : ''));

const CRATE_GROUPS = [
  [/^(yew|yew_macro|implicit_clone|prokell|slab|indexmap|hashbrown|bumpalo|pin_project)$/, 'yew (and its helpers)'],
  [/^(serde|serde_core|serde_json|serde_derive|postcard|ryu|zmij|itoa|memchr|cobs)$/, 'serde, serde_json, postcard'],
  [/^(core|alloc|std|dlmalloc|compiler_builtins|panic_abort|__rustc)$/, 'Rust std (core, alloc, dlmalloc)'],
  [/^(wasm_bindgen|wasm_bindgen_futures|js_sys|web_sys|gloo|gloo_\w+|once_cell)$/, 'wasm-bindgen, js-sys, web-sys, gloo'],
];

function classify(name) {
  if (/subsection"?$|^custom section/.test(name)) return 'names and custom sections (not counted)';
  if (name.startsWith('data segment')) return 'data segments (content and string constants)';
  if (name.includes('CompStateInner<')) return 'our components (Yew CompStateInner<COMP> monomorphizations)';
  const n = clean(name).replace(/^(<|&|mut |dyn |\*const |\*mut |\[|\()+/, '');
  if (n.startsWith('partnering_maturity::')) return 'our crate (partnering_maturity::…)';
  const crate = n.match(/^([a-z_][a-z0-9_]*)::/)?.[1] ?? clean(name).match(/ as ([a-z_][a-z0-9_]*)::/)?.[1];
  if (!crate) return 'wasm-bindgen glue, tables and unnamed code';
  for (const [re, group] of CRATE_GROUPS) if (re.test(crate)) return group;
  return `${crate}`;
}

/** The COMP of the first `CompStateInner<COMP>` in a name, generics included, without our crate's prefix. */
function componentOf(name) {
  const start = name.indexOf('CompStateInner<');
  if (start < 0) return null;
  let depth = 0;
  for (let i = start + 'CompStateInner'.length; i < name.length; i++) {
    if (name[i] === '<') depth++;
    else if (name[i] === '>' && --depth === 0) return name.slice(start + 'CompStateInner<'.length, i).replaceAll('partnering_maturity::', '');
  }
  return null;
}

function parseCsv(text) {
  const rows = [];
  for (const line of text.trim().split('\n').slice(1)) {
    const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    if (!m) continue;
    const name = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
    rows.push({ name, bytes: Number(m[2]) });
  }
  return rows;
}

function newestContentBlob(targetDir) {
  const build = join(targetDir, 'wasm32-unknown-unknown/release/build');
  if (!existsSync(build)) return null;
  const blobs = readdirSync(build).filter((d) => d.startsWith('partnering-maturity-'))
    .map((d) => join(build, d, 'out/content.postcard')).filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return blobs[0] ?? null;
}

/** The first load's bundle, as index.html asks Trunk to build it. */
const JOURNEY_FEATURES = ['--no-default-features', '--features', 'journey'];

function breakdown(distWasmBytes) {
  const result = { tool: null, source: null, groups: [], components: [], top: [], notes: [] };
  const twiggy = which('twiggy');
  if (!twiggy) {
    console.log('twiggy is not installed, so there is no wasm breakdown. Install it with `scripts/setup.sh bench`');
    console.log('(or `cargo install twiggy --version 0.8.0 --locked`), then run this again.');
    result.notes.push('twiggy missing');
    return result;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'bench-wasm-'));
  try {
    let targetDir = join(ROOT, 'target');
    let mangling = 'legacy';
    if (!QUICK) {
      // Same source and profile as Trunk's build, in its own target dir so the main build's
      // cache stays valid, with v0 symbol names: they spell out CompStateInner<our::Component>.
      const t = Date.now();
      try {
        run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'partnering-maturity', '--offline', ...JOURNEY_FEATURES],
          { CARGO_TARGET_DIR: join(ROOT, 'target/bench-names'), RUSTFLAGS: `${process.env.RUSTFLAGS ?? ''} -C symbol-mangling-version=v0`.trim() });
        targetDir = join(ROOT, 'target/bench-names');
        mangling = 'v0';
        result.notes.push(`v0-names build took ${((Date.now() - t) / 1000).toFixed(0)} s`);
      } catch (e) {
        console.log(`(the v0-names build failed: ${tail(e)}; using Trunk's build with legacy names)`);
      }
    }
    if (mangling === 'legacy') {
      try {
        run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'partnering-maturity', '--offline', ...JOURNEY_FEATURES]);
      } catch (e) {
        console.log(`(cargo build failed: ${tail(e)}; using the last successful build, which may not match dist/)`);
      }
    }
    const raw = join(targetDir, 'wasm32-unknown-unknown/release/partnering-maturity.wasm');
    if (!existsSync(raw)) throw new Error(`${raw} is missing`);
    run('wasm-bindgen', ['--keep-debug', '--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', 'app', raw]);
    run('wasm-opt', ['-Oz', '-g', join(tmp, 'app_bg.wasm'), '-o', join(tmp, 'named.wasm')]);
    const named = readFileSync(join(tmp, 'named.wasm'));
    const rows = parseCsv(run(twiggy, ['top', '-f', 'csv', join(tmp, 'named.wasm')]));
    result.tool = run(twiggy, ['--version']).trim();
    result.source = `${mangling} symbol names, ${raw.replace(`${ROOT}/`, '')}`;

    const groups = new Map();
    let ours = 0;
    for (const r of rows) {
      r.group = classify(r.name);
      groups.set(r.group, (groups.get(r.group) ?? 0) + r.bytes);
      if (!/^our |^names/.test(r.group) && r.name.includes('partnering_maturity')) ours += r.bytes;
    }
    const shipped = rows.filter((r) => !r.group.startsWith('names')).reduce((t, r) => t + r.bytes, 0);
    const pct = (b) => `${((100 * b) / shipped).toFixed(1).padStart(5)}%`;
    console.log(`Names-preserving copy of the build (${result.source}; wasm-bindgen --keep-debug, wasm-opt -Oz -g),`);
    console.log(`measured with ${result.tool}. Without its name section it is ${kb(shipped)}; dist/ ships ${kb(distWasmBytes)}.`);
    const drift = distWasmBytes ? Math.abs(shipped - distWasmBytes) / distWasmBytes : 0;
    if (drift > 0.02) {
      console.log(`NOTE: that is ${(100 * drift).toFixed(1)}% off dist/: the source changed since dist/ was built, so this breakdown describes the newer source.`);
      result.notes.push('source newer than dist/');
    }
    console.log('Percentages are of the former.\n');

    console.log('By origin:');
    const ordered = [...groups.entries()].sort((a, b) => b[1] - a[1]);
    for (const [group, bytes] of ordered) {
      if (group.startsWith('names')) continue;
      console.log(`  ${group.padEnd(62)} ${kb(bytes).padStart(10)} ${pct(bytes)}`);
      result.groups.push({ group, bytes });
    }
    const blobPath = newestContentBlob(targetDir);
    if (blobPath) {
      const blob = readFileSync(blobPath);
      const found = named.indexOf(blob) >= 0;
      console.log(`    of the data: the content (postcard blob) ${kb(blob.length).padStart(10)} ${pct(blob.length)}${found ? '' : '  (not found verbatim in the wasm: check)'}`);
      result.contentBlob = { bytes: blob.length, foundInWasm: found };
    }
    console.log(`    generic code of other crates instantiated for our types: ${kb(ours)} (${pct(ours).trim()}), counted above under its crate`);
    result.instantiatedForOurTypes = ours;
    const names = groups.get('names and custom sections (not counted)') ?? 0;
    console.log(`  (name section and custom sections of this copy, not shipped: ${kb(names)})`);

    const comps = new Map();
    for (const r of mangling === 'v0' ? rows : []) {
      const c = componentOf(clean(r.name));
      if (c) comps.set(c, (comps.get(c) ?? 0) + r.bytes);
    }
    if (comps.size) {
      console.log('\nOur components (every CompStateInner<…> function of each, view included):');
      for (const [c, bytes] of [...comps.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
        console.log(`  ${c.padEnd(62)} ${kb(bytes).padStart(10)} ${pct(bytes)}`);
        result.components.push({ component: c, bytes });
      }
      if (comps.size > 15) console.log(`  … and ${comps.size - 15} more`);
    } else {
      console.log('\n(legacy symbol names do not say which component each CompStateInner<COMP> is; the v0-names build does)');
    }

    console.log('\nTop 25 items (twiggy top -n 25 without the name section; module paths dropped):');
    const top = rows.filter((r) => !r.group.startsWith('names')).slice(0, 25);
    for (const r of top) {
      let name = short(r.name);
      if (name.length > 118) name = `${name.slice(0, 117)}…`;
      console.log(`  ${kb(r.bytes).padStart(9)} ${pct(r.bytes)}  ${name}`);
      result.top.push({ name: clean(r.name), bytes: r.bytes });
    }
    result.itemCount = rows.length;
    result.shippedEquivalent = shipped;
  } catch (e) {
    problems.push(`wasm breakdown: ${tail(e)}`);
    console.log(`wasm breakdown failed: ${tail(e)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const report = { when: new Date().toISOString(), commit: null, baseline: BASELINE, machine: { cpus: cpus().length, loadavg: loadavg().map((x) => +x.toFixed(2)) } };
  try { report.commit = run('git', ['rev-parse', '--short', 'HEAD']).trim(); } catch { /* not a checkout */ }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `make build` first');
  if (BASELINE && !existsSync(join(BASELINE, 'index.html'))) throw new Error(`${BASELINE}/index.html is missing: build the baseline first (scripts/bench-baseline.sh)`);
  const distBuilt = statSync(join(DIST, 'index.html')).mtime;
  console.log(`Benchmark of dist/ (built ${distBuilt.toISOString()}, commit ${report.commit ?? '?'}, working tree may differ)`);
  console.log(BASELINE ? `Baseline: ${BASELINE.replace(`${ROOT}/`, '')}, measured in the same run` : 'No --baseline: the relative budgets cannot be checked and fail.');
  console.log(`Machine: ${report.machine.cpus} CPUs, load average ${report.machine.loadavg.join(' ')}; Chromium ${execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}`);

  heading('1. Transfer size');
  const built = sizes();
  console.log('First load (what the page fetches before its first screen is interactive):');
  const firstLoad = printSizes(built.firstLoad, 'total first load');
  let reportBundle = null;
  if (built.report.length) {
    console.log('\nReport bundle (fetched in the background once the first screen is up; first for a shared link):');
    reportBundle = printSizes(built.report, 'total report bundle');
  }
  report.sizes = { files: built.firstLoad, total: firstLoad, reportBundle: { files: built.report, total: reportBundle } };
  if (BASELINE) {
    const base = sizes(BASELINE);
    // A baseline of one bundle loads all of it first; one of two bundles, its first only.
    const all = sumSizes(base.firstLoad);
    const cut = (now, then) => `${kb(now)} (${(((now - then) / then) * 100).toFixed(0)}%)`;
    console.log(`\nBaseline first load: ${kb(all.gzip)} gzip, ${kb(all.brotli)} brotli; this build: ${cut(firstLoad.gzip, all.gzip)} gzip, ${cut(firstLoad.brotli, all.brotli)} brotli.`);
    report.sizes.baseline = all;
  }
  const distWasm = built.firstLoad.find((r) => r.file.endsWith('.wasm'));

  // Both builds are served brotli-compressed, as a static host serves them.
  const servers = { build: await serve(DIST, {}, { compress: true }) };
  if (BASELINE) servers.baseline = await serve(BASELINE, {}, { compress: true });
  const names = Object.keys(servers);
  const journeys = {};
  try {
    heading(`2. Page load in headless Chromium, median of ${RUNS} fresh contexts (min–max)`);
    console.log('Times from navigation start. "Interactive" = #page-heading inside #app and its primary button');
    console.log('enabled and laid out (MutationObserver in an init script); "painted" = after the next frame.');
    console.log(`The builds take turns (${names.join(', ')}), so drift in the machine's speed hits both alike.\n`);
    report.load = await measureLoads(servers);
    const rowsLoad = [
      ['first contentful paint (static boot screen)', 'fcp'],
      ['DOMContentLoaded', 'domContentLoaded'],
      ['load event', 'load'],
      ['wasm started (TrunkApplicationStarted)', 'started'],
      ['interactive: first screen, button clickable', 'interactive'],
      ['interactive screen painted', 'painted'],
    ];
    const cell = (s) => (s.median == null ? 'not measured' : `${ms(s.median).padStart(9)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`);
    for (const name of names) {
      console.log(`${name.padEnd(46)}${'unthrottled'.padEnd(26)}${'4x CPU'.padEnd(26)}4x CPU + "Fast 3G" network`);
      for (const [label, key] of rowsLoad) {
        const l = report.load[name];
        console.log(`  ${label.padEnd(44)}${cell(l.unthrottled[key]).padEnd(26)}${cell(l.cpu4x[key]).padEnd(26)}${cell(l.cpu4xFast3g[key])}`);
      }
    }
    console.log('\n"Fast 3G" is DevTools\' preset (1.44 Mbit/s down, 562.5 ms latency), emulated through CDP. Both builds are');
    console.log('served brotli-compressed (the .br files beside the assets, or compressed once at quality 11).');

    for (const name of names) journeys[name] = await journey(servers[name], name);
    heading(`3. Answer click -> next paint (question screen, ${CLICKS} clicks on radio labels)`);
    report.answerClick = {};
    for (const name of names) {
      const j = journeys[name];
      console.log(name);
      if (!j.clicks) { console.log('  not measured (see the problems below)'); continue; }
      const line = (label, c) => console.log(`  ${label.padEnd(56)}${range(stats(c))}`);
      line('click -> handler and re-render done', j.clicks.work);
      line('click -> next paint (rAF, then the next task)', j.clicks.paint);
      line('click -> double rAF', j.clicks.double);
      if (j.clicks4x) line(`4x CPU: click -> next paint (${j.clicks4x.paint.length} clicks)`, j.clicks4x.paint);
      if (j.clicks.unchecked) problems.push(`${name}: ${j.clicks.unchecked} answer clicks left the input unchecked`);
      report.answerClick[name] = { work: stats(j.clicks.work), paint: stats(j.clicks.paint), double: stats(j.clicks.double), paint4x: j.clicks4x ? stats(j.clicks4x.paint) : null };
    }

    heading(`4. Full four-module report: "See my report" click -> rendered (median of ${REPORT_RUNS})`);
    console.log(`Four modules, all five A functions, ${PARTIES.length} parties, ${PARTNERS.length} partners. Each run goes back to #/review and`);
    console.log('re-enters, so the report is scored anew. The first report of the session is timed apart: for this build it is');
    console.log('the hand-over from the journey bundle to the report bundle, fetched in the background long before.\n');
    report.reportRender = {};
    report.reportRender4x = {};
    for (const name of names) {
      const j = journeys[name];
      console.log(`${name}${j.report ? ` (${j.screens} question screens; the report has ${j.report.elements} elements)` : ''}`);
      if (!j.report) { console.log('  not measured (see the problems below)'); continue; }
      console.log(`  ${'click -> .report in the DOM (scored and rendered)'.padEnd(56)}${range(j.report.dom)}`);
      console.log(`  ${'click -> next paint (rAF, then the next task)'.padEnd(56)}${range(j.report.paint)}`);
      console.log(`  ${'click -> double rAF'.padEnd(56)}${range(j.report.double)}`);
      if (j.report4x) console.log(`  ${`4x CPU: click -> next paint (n=${j.report4x.paint.n})`.padEnd(56)}${range(j.report4x.paint)}`);
      if (j.reportFirst) console.log(`  ${'first report of the session: click -> next paint'.padEnd(56)}${ms(j.reportFirst.paint).padStart(9)}  (one run, not in the medians)`);
      report.reportRender[name] = { ...j.report, first: j.reportFirst };
      report.reportRender4x[name] = j.report4x;
    }

    heading('5. Memory (after a forced GC)');
    const memLine = (label, m) => console.log(`  ${label.padEnd(38)}JS heap used ${mib(m?.jsHeapUsed).padStart(10)} (of ${mib(m?.jsHeapTotal)})   wasm memory ${mib(m?.wasmMemory).padStart(10)}`);
    report.memory = {};
    for (const name of names) {
      const j = journeys[name];
      console.log(name);
      memLine('after boot (welcome screen)', j.memoryBoot);
      memLine('after the full journey, on the report', j.memoryAfter);
      if (j.memoryAfter && j.memoryAfter.wasmMemory == null) problems.push(`${name}: wasm memory was not measurable: the instance's memory was not exposed`);
      report.memory[name] = { boot: j.memoryBoot, afterJourney: j.memoryAfter };
    }
    console.log('JS heap: CDP Runtime.getHeapUsage. Wasm memory: byte length of the running instance\'s memory export,');
    console.log('from the TrunkApplicationStarted event\'s detail.wasm (linear memory only grows; for this build, on the');
    console.log('report, that is the report bundle\'s instance; the journey\'s stays alive beside it).');
  } finally {
    await closeBrowser();
    for (const server of Object.values(servers)) server.close();
  }

  heading('6. What the journey wasm is made of');
  report.wasmBreakdown = BREAKDOWN ? breakdown(distWasm?.raw) : null;
  if (!BREAKDOWN) console.log('skipped (--no-breakdown)');

  heading('7. Budgets');
  const median4x = (name) => report.load?.[name]?.cpu4x.interactive.median ?? null;
  const median3g = (name) => report.load?.[name]?.cpu4xFast3g.interactive.median ?? null;
  const relative = (name, now, then, limit, shown) => ({
    name, limit, value: now, shown,
    pass: now != null && then != null && limit(now, then),
  });
  const pct = (now, then) => (now == null || then == null ? 'n/a' : `${(((now - then) / then) * 100).toFixed(0)}% vs baseline`);
  const noSlower = (now, then) => now <= then * (1 + BUDGET.noSlowerMargin);
  const clickNow = report.answerClick?.build?.paint.median ?? null;
  const clickThen = report.answerClick?.baseline?.paint.median ?? null;
  const reportNow = report.reportRender?.build?.paint.median ?? null;
  const reportThen = report.reportRender?.baseline?.paint.median ?? null;
  const budgets = [
    { name: 'first load, gzip total', limit: `≤ ${BUDGET.firstLoadGzipKB} KB`, value: firstLoad.gzip, shown: kb(firstLoad.gzip), pass: firstLoad.gzip <= BUDGET.firstLoadGzipKB * 1024 },
    { name: 'first load, brotli total', limit: `≤ ${BUDGET.firstLoadBrotliKB} KB`, value: firstLoad.brotli, shown: kb(firstLoad.brotli), pass: firstLoad.brotli <= BUDGET.firstLoadBrotliKB * 1024 },
    relative('interactive at 4x CPU, median', median4x('build'), median4x('baseline'), (now, then) => now <= then * (1 - BUDGET.interactive4xFaster),
      `${ms(median4x('build'))}, ${pct(median4x('build'), median4x('baseline'))}`),
    { name: 'interactive at 4x CPU on "Fast 3G", median (reported)', limit: 'none', value: median3g('build'), shown: `${ms(median3g('build'))}, ${pct(median3g('build'), median3g('baseline'))}`, pass: true, info: true },
    relative('answer click -> next paint, median', clickNow, clickThen, noSlower, `${ms(clickNow)}, ${pct(clickNow, clickThen)}`),
    relative('full report render, click -> next paint, median', reportNow, reportThen, noSlower, `${ms(reportNow)}, ${pct(reportNow, reportThen)}`),
  ];
  budgets[2].limit = `≥ ${BUDGET.interactive4xFaster * 100}% faster than baseline`;
  budgets[4].limit = budgets[5].limit = `no slower than baseline (+${BUDGET.noSlowerMargin * 100}% noise)`;
  for (const b of budgets) console.log(`${b.info ? 'INFO' : b.pass ? 'PASS' : 'FAIL'}  ${b.name.padEnd(50)} ${b.shown.padStart(26)}  (budget ${b.limit})`);
  report.budgets = budgets.map(({ name, limit, value, pass }) => ({ name, limit, value: value == null ? null : Math.round(value * 10) / 10, pass }));
  if (problems.length) {
    console.log('\nProblems:');
    for (const p of problems) console.log(`  - ${p}`);
  }
  report.problems = problems;
  report.seconds = Math.round((Date.now() - started) / 1000);
  mkdirSync(dirname(JSON_PATH), { recursive: true });
  writeFileSync(JSON_PATH, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nFigures written to ${JSON_PATH.replace(`${ROOT}/`, '')}; the benchmark took ${report.seconds} s.`);
  const failed = budgets.filter((b) => !b.pass).length;
  if (failed || problems.length) {
    console.log(`${failed} budget(s) failed${problems.length ? `, ${problems.length} problem(s)` : ''}.`);
    process.exitCode = 1;
  }
}

main().catch(async (e) => {
  console.error(`benchmark failed: ${e.stack ?? e}`);
  await closeBrowser().catch(() => {});
  process.exitCode = 2;
});
