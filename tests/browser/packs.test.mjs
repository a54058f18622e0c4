// Each module's content is a pack fetched when it is needed: the first load fetches none, the
// choose screen starts fetching the chosen modules' packs, and a pack that cannot be fetched
// or read says so, keeps the answers, and loads on Try again.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { begin, chooseModules, fillScreen } from './fill.mjs';

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

// German content: the packs and the catalog in the interface's language, never English mixed in.
const DE_HEALTH_PACK = /\/pack-de-health-[0-9a-f]+\.postcard(\?[^/]*)?$/;
const heading = (page) => page.locator('#page-heading').textContent();

/** From the German welcome: the full assessment with only `modules` ticked, to the first step. */
async function beginInGerman(page, modules) {
  await page.getByRole('button', { name: /Vollständige Bewertung starten|Neue vollständige Bewertung starten/ }).click();
  await page.waitForFunction(() => document.querySelector('#page-heading')?.textContent === 'Über Ihr Unternehmen');
  await chooseModules(page, modules);
}

test('in German the catalog and the packs are German, and only German packs are fetched', async () => {
  const app = await openApp(server, { hash: '?lang=de#/' });
  const { page } = app;
  const packs = [];
  page.on('request', (r) => { const path = new URL(r.url()).pathname; if (ANY_PACK.test(path)) packs.push(path); });
  const list = await page.locator('.module-list').textContent();
  assert.match(list, /Zusammenarbeit der Partnerfunktionen/, 'the German catalog titles the modules');
  assert.match(list, /etwa \d+ Min/);
  assert.doesNotMatch(list, /Partner-organization collaboration/);
  await beginInGerman(page, ['health']);
  await page.locator('fieldset.question').first().waitFor();
  const step = await page.locator('main').textContent();
  assert.match(step, /Zustand und Vertrauen in der Allianz|Allianz/, 'module D in German');
  assert.doesNotMatch(step, /How quickly does your company learn/);
  assert.doesNotMatch(step, /the partner/i, 'module D\'s unnamed partner reads in German');
  assert.match(step, /der Partner/);
  assert.ok(packs.length > 0 && packs.every((p) => /\/pack-de-/.test(p)), `German packs only: ${packs}`);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreign, []);
  await app.close();
});

test('a German pack that 404s says so in German with Try again; English is not mixed in', async () => {
  const app = await openApp(server, { hash: '?lang=de#/' });
  const { page, context } = app;
  let broken = true;
  await context.route(DE_HEALTH_PACK, (route) => (broken ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue()));
  await beginInGerman(page, ['health']);
  await page.getByRole('heading', { name: 'Die Fragen konnten nicht geladen werden' }).waitFor();
  assert.match(await page.getByRole('alert').textContent(), /404/);
  assert.match(await page.locator('main').textContent(), /Ihre Antworten bleiben erhalten/);
  assert.equal(await page.locator('fieldset.question').count(), 0, 'no English questions instead');
  const stored = await storage(page);
  assert.ok(stored.length > 0, 'the size answered is saved');
  assert.deepEqual(await axe(page), []);
  broken = false;
  await page.getByRole('button', { name: 'Erneut versuchen' }).click();
  await page.locator('fieldset.question').first().waitFor();
  assert.doesNotMatch(await page.locator('main').textContent(), /How quickly does your company learn/);
  assert.deepEqual(app.errors.filter((e) => !/404/.test(e)), []);
  await app.close();
});

test('switching the language on a question screen switches the questions and keeps every answer', async () => {
  const app = await openApp(server);
  const { page } = app;
  await begin(page, ['health']);
  await fillScreen(page);
  await page.locator('fieldset.question').first().waitFor();
  const before = await storage(page);
  const englishPrompt = await page.locator('fieldset.question legend').first().textContent();
  await page.locator('#language-select').selectOption('de');
  await page.waitForFunction((p) => {
    const legend = document.querySelector('fieldset.question legend');
    return legend && legend.textContent !== p && document.documentElement.lang === 'de';
  }, englishPrompt);
  assert.equal(await page.getByRole('button', { name: 'Zurück' }).count(), 1, 'the interface is German');
  assert.deepEqual(await storage(page), before, 'every answer kept');
  await page.getByRole('button', { name: 'Zurück' }).click();
  await page.locator('fieldset.question input:checked').first().waitFor();
  assert.ok(await page.locator('fieldset.question input:checked').count() > 0, 'the earlier screen keeps its answers in German');
  await page.locator('#language-select').selectOption('en');
  await page.getByRole('button', { name: 'Next' }).waitFor();
  assert.deepEqual(app.errors, []);
  await app.close();
});
