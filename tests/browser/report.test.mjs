// The report in real Chromium: the share link reopens the same report in a fresh browser,
// damaged links explain themselves, printing gives a clean PDF, hostile names stay inert.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { begin, addSubject, fillScreen, fillToReview } from './fill.mjs';

const HOSTILE = ['<img src=x onerror=alert(1)>', `${'Ω'.repeat(4990)}tail`, 'Partner 🤝🚀 GmbH', 'شركة الشريك'];
let server;
let shareUrl;
let reportFigures;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

async function figures(page) {
  return page.evaluate(() => [...document.querySelectorAll('.overall, .score-line, .dimensions td:nth-child(2)')].map((e) => e.textContent.trim()));
}

test('a completed report shares by link and reopens identically in a fresh browser', async () => {
  const app = await openApp(server, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  const { page } = app;
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await begin(page, ['serious_partner', 'tiering', 'health']);
  await addSubject(page, HOSTILE[0]);
  await addSubject(page, HOSTILE[3]);
  await page.getByRole('button', { name: 'Next' }).click();
  await fillScreen(page, 2);
  await fillScreen(page, 0);
  await addSubject(page, HOSTILE[1], { tier: 'Strategic' });
  await addSubject(page, HOSTILE[2], { tier: 'Tactical' });
  await page.getByRole('button', { name: 'Next' }).click();
  await fillToReview(page, 1);
  await page.getByRole('button', { name: 'See my report' }).click();
  await page.locator('.report').waitFor();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.locator('text=Link copied to the clipboard.').waitFor();
  shareUrl = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(shareUrl, /^http:\/\/127\.0\.0\.1:\d+\/#\/r\/[A-Za-z0-9_-]+$/, 'answers travel in the fragment only');
  assert.equal(shareUrl, await page.locator('.share-url a').getAttribute('href'));
  reportFigures = await figures(page);
  assert.ok(reportFigures.length > 10);
  // Hostile names are text: no injected image, no script ran.
  assert.equal(await page.locator('.report img').count(), 0);
  assert.ok((await page.locator('.signs').textContent()).includes(HOSTILE[0]));
  assert.deepEqual(dialogs, []);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreign, []);

  const fresh = await openApp(server, { hash: shareUrl.slice(shareUrl.indexOf('#')) });
  await fresh.page.locator('.report').waitFor();
  assert.deepEqual(await figures(fresh.page), reportFigures);
  assert.ok(await fresh.page.getByRole('button', { name: 'Take this assessment yourself' }).isVisible());
  assert.ok(await fresh.page.getByRole('button', { name: 'Edit these answers' }).isVisible());
  assert.deepEqual(await axe(fresh.page), []);
  assert.deepEqual(fresh.errors, []);
  await fresh.close();
  await app.close();
});

test('damaged, truncated and tampered links show a specific alert and a way to start fresh', async () => {
  const token = shareUrl.slice(shareUrl.indexOf('#/r/') + 4);
  const middle = Math.floor(token.length / 2);
  const flipped = token.slice(0, middle) + (token[middle] === 'A' ? 'B' : 'A') + token.slice(middle + 1);
  const cases = [
    [flipped, /changed or damaged/],
    [token.slice(0, 12), /incomplete|changed or damaged/],
    ['not*a*link', /characters a report link never has/],
    ['', /empty/],
  ];
  for (const [bad, message] of cases) {
    const app = await openApp(server, { hash: `#/r/${bad}` });
    const alert = app.page.getByRole('alert');
    assert.match(await alert.textContent(), message, bad);
    assert.equal(await app.page.locator('.report').count(), 0, 'no half-rendered report');
    assert.ok(await app.page.getByRole('button', { name: 'Start a new assessment' }).isVisible());
    assert.deepEqual(await axe(app.page), []);
    assert.deepEqual(app.errors, []);
    await app.close();
  }
});

test('printing gives a clean PDF with every module, no blank page, and inert names', async () => {
  const app = await openApp(server, { hash: shareUrl.slice(shareUrl.indexOf('#')) });
  await app.page.locator('.report').waitFor();
  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await app.page.locator('button:visible').count(), 0, 'no buttons in print');
  const dir = mkdtempSync(join(tmpdir(), 'pm-pdf-'));
  for (const format of ['A4', 'Letter']) {
    const file = join(dir, `${format}.pdf`);
    writeFileSync(file, await app.page.pdf({ format, printBackground: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())[1]);
    assert.ok(pages >= 3 && pages <= 12, `${format}: ${pages} pages`);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const title of ['B. Six signs of a serious partner', 'C. Go-to-market partner tiering', 'D. Alliance health and trust', 'Executive summary']) {
      assert.ok(text.includes(title), `${format} PDF has ${title}`);
    }
    assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'the hostile name prints as text');
    assert.ok(text.includes('Partnering maturity report'), 'page header');
    const perPage = text.split('\f').slice(0, pages);
    perPage.forEach((page, i) => assert.ok(page.trim().length > 40, `${format} page ${i + 1} is not blank`));
  }
  assert.deepEqual(app.errors, []);
  await app.close();
});
