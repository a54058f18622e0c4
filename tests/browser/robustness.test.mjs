// Storage that fails or holds garbage, and the privacy promise: nothing leaves for another
// host during a whole journey, share, print and export.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { begin, addSubject, fillScreen, fillToReview, fillToScreen } from './fill.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

test('a full storage (quota exceeded) keeps the journey going with a quiet notice', async () => {
  const quotaExceeded = () => {
    Storage.prototype.setItem = function setItem() { throw new DOMException('full', 'QuotaExceededError'); };
  };
  const app = await openApp(server, { initScript: quotaExceeded });
  await begin(app.page, ['health']);
  await fillScreen(app.page, 2);
  assert.match(await app.page.locator('.notice').first().textContent(), /not letting the assessment save progress/);
  await fillToReview(app.page, 2);
  await app.page.getByRole('button', { name: 'See my report' }).first().click();
  await app.page.locator('.report').waitFor();
  assert.deepEqual(app.errors, []);
  await app.close();
});

for (const [name, stored] of [
  ['not JSON', '{{{ definitely not json'],
  ['JSON of the wrong shape', '{"format": 1, "answers": "everything"}'],
  ['a newer format', '{"format": 99, "content_version": 1, "answers": {}}'],
  ['hostile markup', '<img src=x onerror=alert(1)>'],
]) {
  test(`corrupt saved progress (${name}) is set aside with a message, and the app works`, async () => {
    const plant = (value) => { if (!sessionStorage.getItem('planted')) { localStorage.setItem('partnering-maturity.progress', value); sessionStorage.setItem('planted', '1'); } };
    const context = { initScript: { content: `(${plant})(${JSON.stringify(stored)})` } };
    const app = await openApp(server, context);
    const dialogs = [];
    app.page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    const notice = await app.page.locator('.notice').first().textContent();
    assert.match(notice, /could not be read|newer version/);
    // Unreadable progress is moved aside; progress from a newer version stays where it is.
    const key = name === 'a newer format' ? 'partnering-maturity.progress' : 'partnering-maturity.progress.unreadable';
    const kept = await app.page.evaluate((k) => localStorage.getItem(k), key);
    assert.equal(kept, stored, 'the stored copy is kept, not deleted');
    assert.deepEqual(await axe(app.page), []);
    await begin(app.page, ['serious_partner']);
    await addSubject(app.page, 'Initech');
    await app.page.getByRole('button', { name: 'Next' }).click();
    await fillToReview(app.page, 1);
    assert.equal((await app.page.locator('#page-heading').textContent()).trim(), 'Review your answers');
    assert.equal(await app.page.evaluate((k) => localStorage.getItem(k), key), stored, 'still kept after answering');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(app.errors, []);
    await app.close();
  });
}

test('no request leaves for another host during a journey, share, print and export', async () => {
  const requests = [];
  const app = await openApp(server, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  app.page.on('request', (r) => requests.push(r.url()));
  await begin(app.page, ['collaboration', 'tiering']);
  await fillScreen(app.page, 1);
  await fillToScreen(app.page, 'Your go-to-market partners');
  await addSubject(app.page, 'Northwind');
  await app.page.getByRole('button', { name: 'Next' }).click();
  await fillToReview(app.page, 1);
  await app.page.getByRole('button', { name: 'See my report' }).first().click();
  await app.page.locator('.report').waitFor();
  await app.page.getByRole('button', { name: 'Copy share link' }).click();
  await app.page.locator('text=Link copied to the clipboard.').waitFor();
  await app.page.getByRole('button', { name: 'Share, print or download' }).click();
  for (const label of ['Download answers (JSON)', 'Download spreadsheet (CSV)']) {
    await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: label }).click()]);
  }
  await app.page.emulateMedia({ media: 'print' });
  await app.page.pdf({ format: 'A4' });
  const link = await app.page.evaluate(() => navigator.clipboard.readText());
  await app.page.goto(link);
  await app.page.locator('.report').waitFor();
  assert.deepEqual(app.foreign, [], 'no request to any other host');
  const pages = requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.ok(pages.every((u) => u.startsWith(server.origin)), pages.join('\n'));
  assert.ok(pages.every((u) => !new URL(u).search), 'answers never travel in a query string');
  assert.deepEqual(app.errors, []);
  await app.close();
});

/** Plants `entries` in localStorage before the app's first start in a fresh context. */
function planting(entries) {
  const plant = (values) => {
    if (sessionStorage.getItem('planted')) return;
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    sessionStorage.setItem('planted', '1');
  };
  return { content: `(${plant})(${JSON.stringify(entries)})` };
}

const PROGRESS = 'partnering-maturity.progress';
const ASIDE = 'partnering-maturity.progress.unreadable';

test('unreadable progress too large to copy aside stays where it is, and nothing is saved over it', async () => {
  // Over half of Chromium's 5 M-character quota: a copy cannot fit beside it.
  const huge = `{{${'x'.repeat(3_000_000)}`;
  const app = await openApp(server, { initScript: planting({ [PROGRESS]: huge }) });
  const { page } = app;
  const notice = await page.locator('.notice').first().textContent();
  assert.match(notice, /could not be read/);
  assert.match(notice, /left where it was/);
  assert.doesNotMatch(notice, /kept aside/);
  await begin(page, ['health']);
  await fillScreen(page, 2);
  const stored = await page.evaluate(([p, a]) => [localStorage.getItem(p)?.length, localStorage.getItem(a)], [PROGRESS, ASIDE]);
  assert.deepEqual(stored, [huge.length, null], 'the original is intact and not saved over');
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a set-aside copy is identical to what was stored, and an earlier one is never overwritten', async () => {
  // Unpaired surrogates would come back as U+FFFD through a UTF-8 round trip.
  const odd = `\uD800 not progress \uDFFF{`;
  const app = await openApp(server, { initScript: planting({ [PROGRESS]: odd, [ASIDE]: 'the first unreadable copy' }) });
  const { page } = app;
  assert.match(await page.locator('.notice').first().textContent(), /kept aside/);
  const [first, second, progress] = await page.evaluate(([p, a]) => [localStorage.getItem(a), localStorage.getItem(`${a}.2`), localStorage.getItem(p)], [PROGRESS, ASIDE]);
  assert.equal(first, 'the first unreadable copy');
  assert.equal(second, odd, 'code unit for code unit');
  assert.equal(progress, null);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('two tabs never silently overwrite each other: the second save asks whose answers to keep', async () => {
  const app = await openApp(server);
  const { page, context } = app;
  await begin(page, ['health']);
  await fillScreen(page, 1);
  const other = await context.newPage();
  await other.goto(`${server.url}#/`);
  await other.locator('#resume-heading').waitFor();
  // Starting over from the welcome asks first: one click deletes nothing.
  await other.getByRole('button', { name: 'Start over' }).click();
  assert.match(await other.getByRole('alert').textContent(), /deletes the \d+ answers? saved in this browser/);
  assert.deepEqual(await other.evaluate((k) => JSON.parse(localStorage.getItem(k)).answers.modules, PROGRESS), ['health']);
  assert.deepEqual(await axe(other), []);
  await other.getByRole('button', { name: 'Keep my answers' }).click();
  await other.locator('#resume-heading').waitFor();
  await other.getByRole('button', { name: 'Start over' }).click();
  await other.getByRole('button', { name: 'Delete them and start over' }).click();
  await begin(other, ['collaboration']);
  await fillScreen(other, 1); // the other tab saves module A
  // This tab hears of it at once and stops saving; its own answers stay on screen.
  await page.locator('.changed-elsewhere').waitFor();
  await page.locator('fieldset.question').first().locator('.choice label').first().click();
  const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).answers.modules, PROGRESS);
  assert.deepEqual(saved, ['collaboration'], "the other tab's answers are not overwritten");
  assert.deepEqual(await axe(page), []);
  await page.getByRole('button', { name: 'Keep the answers in this tab' }).click();
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).answers.modules[0] === 'health', PROGRESS);
  // Now the other tab is the one that asks, and it can take these answers.
  await other.locator('.changed-elsewhere').waitFor();
  await other.getByRole('button', { name: 'Use the answers from the other tab' }).click();
  await other.goto(`${server.url}#/review`);
  await other.locator('.review-module').first().waitFor();
  assert.match(await other.locator('.review-module').first().textContent(), /D\. Alliance health and trust/);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a returning visitor with a finished assessment is offered its report, and starting over asks first', async () => {
  const app = await openApp(server);
  const { page } = app;
  await begin(page, ['health']);
  await fillToReview(page, 3);
  await page.goto(`${server.url}#/`);
  await page.reload();
  await page.locator('#resume-heading').waitFor();
  assert.match(await page.locator('.resume').textContent(), /Your finished assessment is saved in this browser \(1 module, \d+ answers\)/);
  assert.equal(await page.getByRole('button', { name: 'Resume where I left off' }).count(), 0);
  assert.deepEqual(await axe(page), []);
  await page.getByRole('button', { name: 'View my report' }).click();
  await page.locator('.summary').waitFor();
  assert.match(page.url(), /#\/report$/);
  assert.deepEqual(app.errors, []);
  await app.close();
});
