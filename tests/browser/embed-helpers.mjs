// Helpers for the embedding tests: generated host pages on their own origin, pages that log
// everything the console and the Content-Security-Policy say, and measurements across frames.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browser, DIST } from './harness.mjs';

export const TITLE = 'Partnering maturity self-assessment';
export const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups '
  + 'allow-popups-to-escape-sandbox allow-modals allow-downloads';
export { DIST };
export const REQUEST_HEIGHT = 'partnering-maturity:request-height';

/** The strict policy the docs recommend for serving the app (docs/EMBEDDING.md §6). */
export const APP_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data: https:; connect-src 'self'; font-src 'self'; object-src 'none'; "
  + "base-uri 'none'; form-action 'none'; frame-ancestors 'self' http://127.0.0.1:*";

/** Polls `check` until it returns something truthy (or `{ ok: true }`); fails after `timeout`. */
export async function until(what, check, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const last = await check();
    if (last && (typeof last !== 'object' || !('ok' in last) || last.ok)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** A fresh temporary directory holding `files` ({ name: text }); `dispose()` removes it. */
export function tempSite(prefix, files = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, write: (name, text) => writeFileSync(join(dir, name), text), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the release build whose config.json is `config` (text), or absent for `null`. */
export function distWith(config) {
  const site = tempSite('pm-config-');
  cpSync(DIST, site.dir, { recursive: true });
  if (config === null) rmSync(join(site.dir, 'config.json'));
  else writeFileSync(join(site.dir, 'config.json'), config);
  return site;
}

/** A host page embedding the widget at `appUrl` with embed.js; `extra` markup goes after it. */
export function hostPage(appUrl, { extra = '', attributes = 'data-min-height="700" data-config-name="Acme Advisory"' } = {}) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Acme Advisory: partnering</title></head>
<body>
  <h1>Acme Advisory</h1>
  <p>Text before the widget.</p>
  <div data-partnering-maturity data-src="${appUrl}" ${attributes}></div>
  <p id="after">Text after the widget.</p>
  ${extra}
  <script src="host.js" defer></script>
  <script src="${appUrl}embed.js" defer></script>
</body>
</html>
`;
}

/** The host page's own script (external, for a strict CSP): records what reaches the page. */
export const HOST_JS = `window.received = [];
document.addEventListener('partnering-maturity', function (event) {
  window.received.push({ kind: 'event', data: event.detail });
});
addEventListener('message', function (event) {
  window.received.push({ kind: 'message', origin: event.origin, data: event.data });
});
`;

/** Records CSP violations in every frame (before any page script runs) and says so loudly. */
function recordViolations() {
  window.__violations = [];
  // Trunk's loader announces the wasm instance; keep its memory to measure it.
  addEventListener('TrunkApplicationStarted', (e) => {
    if (e.detail?.wasm?.memory instanceof WebAssembly.Memory) window.__wasmMemory = e.detail.wasm.memory;
  });
  addEventListener('securitypolicyviolation', (e) => {
    const v = `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} in ${location.href}`;
    window.__violations.push(v);
    console.error(`CSP violation: ${v}`);
  }, true);
}

/**
 * Opens `url` in a fresh context that may reach only `origins` (anything else is aborted and
 * listed in `foreign`). Collects console messages of every frame, page errors, and CSP
 * violations (`violations()` reads them from every frame). `hold` (a glob) delays matching
 * requests until `release()` is called; `fake` answers the given addresses ({ url: response
 * for route.fulfill }) here, so nothing goes out.
 */
export async function openPage(url, { origins, viewport = { width: 1000, height: 800 }, hold, waitFor, contextOptions = {}, fake = {} } = {}) {
  const context = await (await browser()).newContext({ viewport, ...contextOptions });
  const foreign = [];
  const logs = [];
  const errors = [];
  let release = () => {};
  const held = hold ? new Promise((resolve) => { release = resolve; }) : null;
  await context.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (origins.includes(target.origin) || target.protocol === 'data:' || target.protocol === 'blob:') return route.continue();
    foreign.push(target.href);
    return route.abort();
  });
  if (hold) await context.route(hold, async (route) => { await held; return route.fallback(); });
  for (const [address, response] of Object.entries(fake)) await context.route(address, (route) => route.fulfill(response));
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  page.on('console', (msg) => logs.push({ type: msg.type(), text: msg.text(), url: msg.location().url }));
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url, { waitUntil: hold ? 'commit' : 'load' });
  if (waitFor) await page.locator(waitFor).waitFor();
  return {
    page, context, logs, foreign, release: () => release(),
    errors: () => [...errors, ...logs.filter((m) => m.type === 'error').map((m) => `${m.text} (${m.url})`)],
    warnings: () => logs.filter((m) => m.type === 'warning').map((m) => m.text),
    violations: async () => (await Promise.all(page.frames().map((f) => f.evaluate(() => window.__violations ?? []).catch(() => [])))).flat(),
    close: () => context.close(),
  };
}

/** The widget's iframe element on the host page. */
export const widget = (page) => page.locator(`iframe[title="${TITLE}"]`);

/** The widget's frame inside a host page, once the app shows a screen (or its boot screen). */
export async function widgetFrame(page, { booted = true } = {}) {
  const handle = await widget(page).elementHandle();
  const frame = await handle.contentFrame();
  await frame.locator(booted ? '#page-heading' : '#boot').waitFor();
  return frame;
}

/** The frame's height on the host page, and the app's content and scroll sizes inside it. */
export async function heights(page, frame) {
  const outer = await widget(page).evaluate((f) => ({ frame: f.clientHeight, style: f.style.height }));
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      app: document.getElementById('app').getBoundingClientRect().bottom + scrollY,
      scroll: root.scrollHeight,
      client: root.clientHeight,
      heading: document.getElementById('page-heading')?.textContent.trim(),
    };
  });
  return { ...outer, ...inner };
}

/** Waits until the frame's height matches the app's content (within 3 px) with no inner scroll. */
export async function frameFitsContent(page, frame, where) {
  return until(`the frame to fit its content (${where})`, async () => {
    const h = await heights(page, frame);
    return { ok: Math.abs(h.frame - h.app) <= 3 && h.scroll <= h.client + 2, ...h };
  });
}

/** What the host page recorded: `partnering-maturity` DOM events and raw messages. */
export function received(page) {
  return page.evaluate(() => window.received);
}

/** Event details of the given type (without the prefix) the host page received so far. */
export async function eventsOf(page, type) {
  return (await received(page)).filter((r) => r.kind === 'event' && r.data.type === `partnering-maturity:${type}`).map((r) => r.data);
}

/** Waits for the host page to have received an event of `type`; returns the first. */
export async function waitForEvent(page, type, count = 1) {
  const found = await until(`the ${type} event`, async () => {
    const list = await eventsOf(page, type);
    return list.length >= count ? list : null;
  });
  return found[count - 1];
}
