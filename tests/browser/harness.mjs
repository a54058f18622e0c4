// Shared set-up for browser tests: serves the release dist/ on 127.0.0.1 and drives Debian's
// headless Chromium through playwright-core. A new journey test imports `openApp` and `axe`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

/**
 * Serves `dir` on an ephemeral 127.0.0.1 port; `headers` are added to every response. With
 * `compress`, it answers a request that accepts brotli as a static host would: with the `.br`
 * file beside the asset, or compressed once at quality 11 where there is none.
 */
export async function serve(dir = DIST, headers = {}, { compress = false } = {}) {
  const compressed = new Map();
  const brotli = async (file, body) => {
    if (!compressed.has(file)) {
      compressed.set(file, await readFile(`${file}.br`).catch(() => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })));
    }
    return compressed.get(file);
  };
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run \`make build\` first`);
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (compress && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = await brotli(file, body);
        Object.assign(type, { 'content-encoding': 'br', vary: 'accept-encoding' });
      }
      res.writeHead(200, { ...type, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browserPromise;
/** One Chromium per test file; each `openApp` gets a fresh context (empty storage). */
export function browser() {
  browserPromise ??= chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  return browserPromise;
}

export async function closeBrowser() {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = undefined;
}

/**
 * Opens the app in a fresh browser context. Records console errors, page errors and any
 * request to a host other than the local server (those are aborted, never sent).
 */
export async function openApp(server, { hash = '', contextOptions = {}, initScript } = {}) {
  const context = await (await browser()).newContext({ viewport: { width: 1000, height: 800 }, ...contextOptions });
  const errors = [];
  const foreign = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === server.origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(server.url + hash);
  await page.locator('#page-heading').waitFor();
  return { page, context, errors, foreign, close: () => context.close() };
}

/** Runs axe-core with the WCAG 2.2 AA rule tags; returns the violations. */
export async function axe(page) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
