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
  // Every attempt asks under a fresh address (`?attempt=n`), so the pattern takes a query too.
  await context.route(/\/report-[0-9a-f]+(_bg\.wasm|\.js)(\?[^/]*)?$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
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

test('the loader starts the bundle core/routes.json says, for every route', async () => {
  // core/routes.json is the one list: the Rust routes read it too (a native test checks them).
  const reportRoutes = JSON.parse(readFileSync(new URL('../../core/routes.json', import.meta.url), 'utf8')).report_bundle;
  assert.ok(reportRoutes.length > 0, 'core/routes.json lists the report routes');
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

// The report bundle on a slow or broken network. Its files are held until the test has seen the
// page wait (the running page stays up, with progress below it), then answered as each case says.
const REPORT_FILE = /\/report-[0-9a-f]+(_bg\.wasm|\.js)(\?[^/]*)?$/;
const REPORT_GLUE = /\/report-[0-9a-f]+\.js(\?[^/]*)?$/;
const REPORT_WASM_FILE = /\/report-[0-9a-f]+_bg\.wasm(\?[^/]*)?$/;
const halved = async (route) => {
  const response = await route.fetch();
  const body = await response.body();
  return route.fulfill({ response, body: body.subarray(0, body.length >> 1) });
};
const BROKEN = {
  '404 for the wasm': [REPORT_WASM_FILE, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })],
  '500 for the glue': [REPORT_GLUE, (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'server error' })],
  'a truncated glue': [REPORT_GLUE, halved],
  'a truncated wasm': [REPORT_WASM_FILE, halved],
  'the glue as text/plain': [REPORT_GLUE, async (route) => {
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain' } });
  }],
};
const LOADER_ERRORS = /report bundle did not load|Failed to load|MIME type|net::ERR_/;

/**
 * Holds the report bundle's files until `release()`. While `broken` is set, the file matching
 * `file` is then answered by `answer`; everything else, and every request after `fix()`, goes
 * through.
 */
async function network(context, file = REPORT_FILE, answer = (route) => route.continue()) {
  let release;
  const released = new Promise((ok) => { release = ok; });
  let broken = true;
  await context.route(REPORT_FILE, async (route) => {
    if (!broken) return route.continue();
    await released;
    // A request of a page already left cannot be answered; that is no failure of the test.
    const reply = broken && file.test(route.request().url()) ? answer(route) : route.continue();
    return reply.catch(() => {});
  });
  return { release, fix: () => { broken = false; } };
}

/** The page still shows the screen it had (not a blank page), with progress below it. */
async function waitsVisibly(page) {
  await page.locator('#bundle-progress progress').waitFor();
  assert.match(await page.locator('#bundle-progress [role=status]').textContent(), /Loading the report/);
  assert.ok(await page.locator('#app h1, #boot h1').first().isVisible(), 'the page is not blank while it waits');
}

test('with the report bundle slow, See my report keeps the page up with progress until the report mounts', async () => {
  const app = await openApp(server);
  const { page, context } = app;
  const { release } = await network(context);
  await begin(page, ['health']);
  await fillToReview(page, 3);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await waitsVisibly(page);
  assert.deepEqual(await axe(page), [], 'the waiting page, progress included');
  release();
  await page.locator('.report').waitFor();
  assert.equal(await page.locator('#bundle-progress').count(), 0, 'the progress is gone');
  assert.match(await page.locator('.overall').textContent(), /\d/);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('with the report bundle slow, Back after See my report returns to the review, which stays', async () => {
  const app = await openApp(server);
  const { page, context } = app;
  const { release } = await network(context);
  await begin(page, ['health']);
  await fillToReview(page, 3);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await waitsVisibly(page);
  await page.goBack();
  await page.locator('.review-module').first().waitFor();
  assert.equal(await page.locator('#bundle-progress').count(), 0, 'no progress once the person went back');
  // The bundle arrives after all: the review stays, and the report then appears at once.
  release();
  await page.evaluate(() => window.partneringMaturity.prefetch('report'));
  assert.ok(await page.locator('.review-module').first().isVisible(), 'the review is still up');
  assert.match(page.url(), /#\/review$/);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.locator('.report').waitFor();
  assert.match(await page.locator('.overall').textContent(), /\d/);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("with the report bundle slow, the welcome's Compare two reports keeps the page up with progress", async () => {
  const app = await openApp(server);
  const { page, context } = app;
  const { release } = await network(context);
  await page.getByRole('link', { name: 'Compare two reports' }).click();
  await waitsVisibly(page);
  release();
  await page.getByRole('heading', { name: 'Compare two reports' }).waitFor();
  assert.equal(await page.locator('#bundle-progress').count(), 0);
  assert.deepEqual(app.errors, []);
  await app.close();
});

for (const [kind, [file, answer]] of Object.entries(BROKEN)) {
  test(`the hand-over with ${kind}: progress, a clear message with the answers kept, and Try again loads it`, async () => {
    const app = await openApp(server);
    const { page, context } = app;
    const { release, fix } = await network(context, file, answer);
    await begin(page, ['health']);
    await fillToReview(page, 3);
    const stored = await page.evaluate(() => Object.entries(localStorage));
    await page.getByRole('button', { name: 'See my report' }).first().click();
    await waitsVisibly(page);
    release();
    await page.getByRole('heading', { name: 'The report could not be loaded' }).waitFor();
    assert.match(await page.getByRole('alert').textContent(), /Your answers are kept in this browser/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-heading', 'focus is on the message');
    assert.deepEqual(await page.evaluate(() => Object.entries(localStorage)), stored, 'saved progress is untouched');
    assert.deepEqual(await axe(page), []);
    fix();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.report').waitFor();
    assert.match(await page.locator('.overall').textContent(), /\d/);
    await page.getByRole('button', { name: 'Change answers' }).click();
    assert.match(await page.locator('.review-module').first().textContent(), /all 20 answered/, 'every answer came along');
    assert.deepEqual(app.errors.filter((e) => !LOADER_ERRORS.test(e)), []);
    await app.close();
  });
}

test('a first load of a report address with a truncated glue: progress, the message, and Try again loads it', async () => {
  const app = await openApp(server);
  const { context } = app;
  const { release, fix } = await network(context, REPORT_GLUE, halved);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(`${server.url}#/compare`);
  await waitsVisibly(page);
  release();
  await page.getByRole('heading', { name: 'The report could not be loaded' }).waitFor();
  assert.deepEqual(await axe(page), []);
  fix();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { name: 'Compare two reports' }).waitFor();
  assert.deepEqual(errors.filter((e) => !LOADER_ERRORS.test(e)), []);
  await app.close();
});

test('with config.json slower than the journey waits, the report keeps the configuration the journey went on with', async () => {
  const app = await openApp(server);
  const { page, context } = app;
  let release;
  const released = new Promise((ok) => { release = ok; });
  let answered;
  const arrived = new Promise((ok) => { answered = ok; });
  await context.route(/\/config\.json$/, async (route) => {
    await released;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ consultancy_name: 'Slow Consulting' }) }).catch(() => {});
    answered();
  });
  // A fresh visit: the journey waits for config.json, then goes on with the defaults.
  await page.reload();
  await page.locator('#page-heading').waitFor();
  const name = await page.locator('.brand > span').textContent();
  assert.notEqual(name, 'Slow Consulting');
  release();
  await arrived;
  await begin(page, ['health']);
  await fillToReview(page, 3);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.locator('.report').waitFor();
  assert.equal(await page.locator('.brand > span').textContent(), name, 'the same name on the report');
  assert.deepEqual(app.errors, []);
  await app.close();
});
