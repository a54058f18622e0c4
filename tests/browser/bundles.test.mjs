// The two bundles in real Chromium: the journey fetches the report bundle in the background, so
// the report appears without touching the network; a shared link starts the report bundle alone;
// a bundle that cannot be fetched says so, keeps the answers, and can be tried again.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, openApp, browser, closeBrowser, axe } from './harness.mjs';
import { begin, fillScreen, fillToReview } from './fill.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

const REPORT_WASM = /\/report-[0-9a-f]+_bg\.wasm$/;
const JOURNEY_WASM = /\/partnering-maturity-[0-9a-f]+_bg\.wasm$/;

/** Records the path of every request the page makes from now on. */
function record(page) {
  const paths = [];
  const listener = (request) => paths.push(new URL(request.url()).pathname);
  page.on('request', listener);
  return { paths, stop: () => page.off('request', listener) };
}

test('once the report bundle is fetched in the background, the report appears without a request', async () => {
  const app = await openApp(server);
  const { page } = app;
  const prefetched = page.waitForResponse((r) => REPORT_WASM.test(new URL(r.url()).pathname));
  await begin(page, ['health']);
  await prefetched;
  await fillToReview(page, 3);
  const requests = record(page);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.locator('.report').waitFor();
  await page.locator('#page-heading:focus').waitFor();
  requests.stop();
  // The tab's icon is the browser's own request, made whenever it gets round to it.
  const fetched = requests.paths.filter((p) => !/\/favicon-[0-9a-f]+\.svg$/.test(p));
  assert.deepEqual(fetched, [], 'nothing was fetched between the click and the report');
  assert.match(await page.locator('.overall').textContent(), /\d/);
  // Back to the journey, in the same page: the answers are all there.
  await page.getByRole('button', { name: 'Change answers' }).click();
  await page.locator('.review-module').first().waitFor();
  assert.match(await page.locator('.review-module').first().textContent(), /all 20 answered/, 'every answer came back to the journey');
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreign, []);
  await app.close();
});

test('a shared link in a fresh browser loads the report bundle alone', async () => {
  const app = await openApp(server);
  await begin(app.page, ['health']);
  await fillToReview(app.page, 2);
  await app.page.getByRole('button', { name: 'See my report' }).first().click();
  const href = await app.page.locator('.share-url a').getAttribute('href');
  const figures = await app.page.locator('.overall').textContent();
  await app.close();

  const context = await (await browser()).newContext();
  const page = await context.newPage();
  const requests = record(page);
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await page.goto(href);
  await page.locator('.report').waitFor();
  assert.equal(await page.locator('.overall').textContent(), figures, 'the same figures');
  assert.ok(requests.paths.some((p) => REPORT_WASM.test(p)), `the report bundle was fetched: ${requests.paths}`);
  // The journey is fetched only later, in the background, once the report is up.
  const beforeReport = requests.paths.slice(0, requests.paths.findIndex((p) => REPORT_WASM.test(p)) + 1);
  assert.ok(!beforeReport.some((p) => JOURNEY_WASM.test(p)), `no journey bundle before the report: ${beforeReport}`);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a report bundle that cannot be fetched says so, keeps the answers, and loads on Try again', async () => {
  const app = await openApp(server);
  const { page, context } = app;
  // The network drops for the report bundle's files only.
  let offline = true;
  await context.route(/\/report-[0-9a-f]+(_bg\.wasm|\.js)$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await begin(page, ['health']);
  await fillToReview(page, 3);
  const stored = await page.evaluate(() => Object.entries(localStorage));
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.getByRole('heading', { name: 'The report could not be loaded' }).waitFor();
  assert.match(await page.getByRole('alert').textContent(), /Your answers are kept in this browser/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-heading', 'focus is on the message');
  assert.deepEqual(await page.evaluate(() => Object.entries(localStorage)), stored, 'saved progress is untouched');
  assert.deepEqual(await axe(page), []);
  offline = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.report').waitFor();
  assert.match(await page.locator('.overall').textContent(), /\d/);
  const errors = app.errors.filter((e) => !/report bundle did not load|net::ERR_INTERNET_DISCONNECTED/.test(e));
  assert.deepEqual(errors, []);
  await app.close();
});

test('a trap in the wasm (a panic, built as an abort) replaces the page with a plain message', async () => {
  const keepExports = () => addEventListener('TrunkApplicationStarted', (e) => { window.__exports = e.detail.wasm; });
  const app = await openApp(server, { initScript: keepExports });
  const { page } = app;
  await begin(page, ['health']);
  // An allocation no program could satisfy: Rust's allocation-failure path aborts, as a panic does.
  await page.evaluate(() => setTimeout(() => window.__exports.__wbindgen_malloc(0xfffffff0, 8)));
  await page.getByRole('heading', { name: 'Something went wrong — reload' }).waitFor();
  assert.match(await page.getByRole('alert').textContent(), /Your saved progress is kept in this browser/);
  assert.ok(await page.getByRole('link', { name: 'Reload' }).isVisible());
  assert.ok(app.errors.some((e) => /RuntimeError/.test(e)), `the trap itself is in the console: ${app.errors}`);
  assert.deepEqual(await axe(page), []);
  await app.close();
});

test('the loader starts the bundle the Rust routes say, for every route', async () => {
  const source = readFileSync(new URL('../../core/src/route.rs', import.meta.url), 'utf8');
  const list = source.match(/pub const REPORT_ROUTES: \[&str; \d+\] = \[([^\]]*)\]/);
  assert.ok(list, 'core/src/route.rs declares REPORT_ROUTES');
  const reportRoutes = [...list[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const app = await openApp(server);
  const pick = (hash) => app.page.evaluate((h) => window.partneringMaturity.bundle(h), hash);
  for (const first of reportRoutes) assert.equal(await pick(`#/${first}/x`), 'report', first);
  for (const hash of ['', '#/', '#/choose', '#/step/health/0', '#/edit/health/0', '#/review', '#/invite/x', '#/nowhere', '#/reports']) {
    assert.equal(await pick(hash), 'journey', hash);
  }
  await app.close();
});

test('across the hand-over, a change made in another tab is still caught, not saved over', async () => {
  const PROGRESS = 'partnering-maturity.progress';
  const app = await openApp(server);
  const { page, context } = app;
  const prefetched = page.waitForResponse((r) => REPORT_WASM.test(new URL(r.url()).pathname));
  await begin(page, ['health']);
  await prefetched;
  await fillToReview(page, 3);
  // Another tab starts over with module A: this tab hears of it and stops saving.
  const other = await context.newPage();
  await other.goto(`${server.url}#/`);
  await other.locator('#resume-heading').waitFor();
  await other.getByRole('button', { name: 'Start over' }).click();
  await other.getByRole('button', { name: 'Delete them and start over' }).click();
  await begin(other, ['collaboration']);
  await fillScreen(other, 1);
  await page.locator('.changed-elsewhere').waitFor();
  const theirs = await page.evaluate((k) => localStorage.getItem(k), PROGRESS);
  // The report bundle takes over and still asks; nothing it does saves over the other tab.
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.locator('.report').waitFor();
  await page.locator('.changed-elsewhere').waitFor();
  await page.getByRole('button', { name: 'Change answers' }).click();
  await page.locator('.review-module').first().waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), PROGRESS), theirs, "the other tab's progress is untouched");
  await page.getByRole('button', { name: 'Keep the answers in this tab' }).click();
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).answers.modules[0] === 'health', PROGRESS);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('saved progress still on offer is not saved over when the page hands over to the report bundle', async () => {
  const PROGRESS = 'partnering-maturity.progress';
  const app = await openApp(server);
  const { page } = app;
  const prefetched = page.waitForResponse((r) => REPORT_WASM.test(new URL(r.url()).pathname));
  await begin(page, ['health']);
  await prefetched;
  await fillScreen(page, 2);
  const saved = await page.evaluate((k) => localStorage.getItem(k), PROGRESS);
  assert.ok(saved, 'progress is saved');
  // Back on the welcome, the saved progress is offered and not yet taken up; then a report
  // address is opened in the same page (a bookmark, the history).
  await page.goto(`${server.url}#/`);
  await page.reload();
  await page.locator('#resume-heading').waitFor();
  await page.evaluate(() => { location.hash = '#/report'; });
  await page.getByRole('heading', { name: 'No assessment yet' }).waitFor();
  await page.locator('#page-heading:focus').waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), PROGRESS), saved, 'the saved progress is untouched');
  // Back to the welcome, now in the report bundle: the offer is still there, and it resumes.
  await page.evaluate(() => { location.hash = '#/'; });
  await page.locator('#resume-heading').waitFor();
  await page.getByRole('button', { name: 'Resume where I left off' }).click();
  await page.waitForURL(/#\/step\/health\/1$/);
  assert.equal(await page.locator('input[type=radio]:checked').count(), 0, 'the next screen is unanswered');
  assert.deepEqual(app.errors, []);
  await app.close();
});
