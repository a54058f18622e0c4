// A returning visitor with a finished assessment: offered as its report, View report, Start a
// new one asks first, the previous assessment stays recoverable, and a report address typed
// into the same page shows the report.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { begin, fillToReview } from './fill.mjs';

const PROGRESS = 'partnering-maturity.progress';
const PREVIOUS = 'partnering-maturity.previous';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

/** A finished module D whose report was seen, then the welcome after a reload: a returning
 * visitor. (The report bundle records the level; the journey bundle does not score.) */
async function returning() {
  const app = await openApp(server);
  await begin(app.page, ['health']);
  await fillToReview(app.page, 3);
  await app.page.getByRole('button', { name: 'See my report' }).first().click();
  await app.page.locator('.summary').waitFor();
  await app.page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? '{}').level !== undefined, PROGRESS);
  await app.page.goto(`${server.url}#/`);
  await app.page.reload();
  await app.page.locator('#resume-heading').waitFor();
  return app;
}

test('a finished assessment is offered as its report of a day and level, and View report opens it', async () => {
  const app = await returning();
  const { page } = app;
  assert.match(await page.locator('.resume').textContent(), /Your report of \d{1,2} [A-Z][a-z]+ \d{4} \(level \d, [^)]+\)\./);
  for (const name of ['View my report', 'Continue answering', 'Start over with a new one']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
  }
  assert.deepEqual(await axe(page), []);
  await page.getByRole('button', { name: 'View my report' }).click();
  await page.locator('.summary').waitFor();
  assert.match(page.url(), /#\/report$/);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('Start over with a new one asks first, and the previous report stays recoverable', async () => {
  const app = await returning();
  const { page } = app;
  const stored = await page.evaluate((k) => localStorage.getItem(k), PROGRESS);
  await page.getByRole('button', { name: 'Start over with a new one' }).click();
  assert.match(await page.getByRole('alert').textContent(), /Keep it, and your report of .* can be restored from this screen/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), PROGRESS), stored, 'asking deletes nothing');
  assert.deepEqual(await axe(page), []);
  await page.getByRole('button', { name: 'Keep my report and start a new one' }).click();
  await page.locator('#previous-heading').waitFor();
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, PREVIOUS);
  const kept = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).answers, PREVIOUS);
  assert.deepEqual(kept.modules, ['health']);
  assert.deepEqual(await axe(page), []);
  // After a reload it is still offered, and restoring it opens its report.
  await page.reload();
  const restore = page.getByRole('button', { name: /^Restore your report of .* \(level \d, / });
  await restore.waitFor();
  await restore.click();
  await page.locator('.summary').waitFor();
  assert.match(page.url(), /#\/report$/);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('#/report typed into the address on the welcome shows the report, without a reload', async () => {
  const app = await returning();
  const { page } = app;
  await page.evaluate(() => { location.hash = '#/report'; });
  await page.locator('.summary').waitFor();
  assert.equal(await page.getByRole('heading', { name: 'No assessment yet' }).count(), 0);
  assert.deepEqual(await axe(page), []);
  // And back on the welcome, in the report bundle now, the report is there again.
  await page.evaluate(() => { location.hash = '#/'; });
  await page.locator('#page-heading').waitFor();
  await page.evaluate(() => { location.hash = '#/report'; });
  await page.locator('.summary').waitFor();
  assert.deepEqual(app.errors, []);
  await app.close();
});
