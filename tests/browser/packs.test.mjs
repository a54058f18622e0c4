// Each module's content is a pack fetched when it is needed: the first load fetches none, the
// choose screen starts fetching the chosen modules' packs, and a pack that cannot be fetched
// or read says so, keeps the answers, and loads on Try again.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { begin, fillScreen } from './fill.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

// Every attempt asks under a fresh address (`?attempt=n`), so the pattern takes a query too.
const HEALTH_PACK = /\/pack-en-health-[0-9a-f]+\.postcard(\?[^/]*)?$/;
const ANY_PACK = /\/pack-[a-z]+-[a-z_]+-[0-9a-f]+\.postcard(\?[^/]*)?$/;

const storage = (page) => page.evaluate(() => Object.entries(localStorage).sort());

/** Breaks the health pack with `answer` until the returned function mends it. */
async function breakHealthPack(context, answer) {
  let broken = true;
  await context.route(HEALTH_PACK, (route) => (broken ? answer(route) : route.continue()));
  return () => { broken = false; };
}

/** Answers the first screen of module D after a pack failure's Try again. */
async function tryAgainAndAnswer(page) {
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('fieldset.question').first().waitFor();
  assert.ok(await fillScreen(page) > 0, 'the questions are there');
}

test('the first load fetches no pack; the choose screen fetches the chosen ones before Next', async () => {
  const app = await openApp(server);
  const { page } = app;
  const packs = [];
  page.on('request', (r) => { if (ANY_PACK.test(new URL(r.url()).pathname)) packs.push(new URL(r.url()).pathname); });
  // The welcome's estimates come from the catalog compiled in.
  assert.match(await page.locator('.module-list').textContent(), /about \d+ min/);
  assert.deepEqual(packs, [], 'no pack on the welcome screen');
  await page.getByRole('button', { name: /Start (the|a new) full assessment/ }).click();
  await page.waitForURL(/#\/choose/);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /pack-en-health/.test(e.name)));
  assert.ok(packs.some((p) => HEALTH_PACK.test(p)), `the packs are fetched on the choose screen: ${packs}`);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreign, []);
  await app.close();
});

test('a pack that 404s says so, keeps the answers, and loads on Try again', async () => {
  const app = await openApp(server);
  const { page, context } = app;
  const mend = await breakHealthPack(context, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await begin(page, ['health']);
  await page.getByRole('heading', { name: 'The questions could not be loaded' }).waitFor();
  assert.match(await page.getByRole('alert').textContent(), /server answered 404/);
  assert.match(await page.locator('main').textContent(), /Your answers are kept/);
  const stored = await storage(page);
  assert.ok(stored.length > 0, 'the size answered is saved');
  assert.deepEqual(await axe(page), []);
  mend();
  await tryAgainAndAnswer(page);
  const errors = app.errors.filter((e) => !/404/.test(e));
  assert.deepEqual(errors, []);
  await app.close();
});

test('a corrupt pack is refused as damaged; saved progress is untouched', async () => {
  const app = await openApp(server);
  const { page, context } = app;
  const mend = await breakHealthPack(context, (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from([1, 2, 3, 255, 255, 255, 7]) }));
  await begin(page, ['health']);
  await page.getByRole('heading', { name: 'The questions could not be loaded' }).waitFor();
  assert.match(await page.getByRole('alert').textContent(), /damaged/);
  const stored = await storage(page);
  // A reload while the pack is still corrupt: the saved progress needs the pack before it is
  // read, so the failure comes first and nothing is saved over it.
  await page.reload();
  await page.getByRole('heading', { name: 'The questions could not be loaded' }).waitFor();
  assert.deepEqual(await storage(page), stored, 'saved progress is untouched');
  assert.deepEqual(await axe(page), []);
  mend();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('fieldset.question').first().waitFor();
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a slow pack shows a short loading state, then the question', async () => {
  const app = await openApp(server);
  const { page, context } = app;
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(HEALTH_PACK, async (route) => { await held; await route.continue(); });
  await begin(page, ['health']);
  const loading = page.getByRole('status').filter({ hasText: 'on their way' });
  await loading.waitFor();
  assert.equal(await page.locator('#page-heading').textContent(), 'Loading the questions…');
  assert.deepEqual(await axe(page), []);
  release();
  await page.locator('fieldset.question').first().waitFor();
  assert.equal(await loading.count(), 0, 'the loading state is gone');
  assert.deepEqual(app.errors, []);
  await app.close();
});
