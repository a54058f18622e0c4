// The report in real Chromium: the share link reopens the same report in a fresh browser,
// damaged links explain themselves, printing gives a clean PDF, hostile names stay inert.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { begin, addSubject, fillScreen, fillToReview, fillToScreen } from './fill.mjs';

const HOSTILE = ['<img src=x onerror=alert(1)>', 'Partner 🤝🚀 GmbH', 'شركة الشريك'];
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
  // All four modules, as a consultancy's client would take them, with hostile names among the partners.
  await begin(page, ['collaboration', 'serious_partner', 'tiering', 'health']);
  await fillScreen(page, 1);
  await fillToScreen(page, 'Whom are you assessing?', 2);
  await addSubject(page, HOSTILE[2], { own: true });
  await addSubject(page, HOSTILE[0]);
  await page.getByRole('button', { name: 'Next' }).click();
  await fillToScreen(page, HOSTILE[0], 2);
  await fillToScreen(page, 'Your go-to-market partners', 1);
  await addSubject(page, HOSTILE[1], { tier: 'Strategic' });
  await addSubject(page, 'Northwind Traders', { tier: 'Tactical' });
  await page.getByRole('button', { name: 'Next' }).click();
  await fillToReview(page, 2);
  await page.getByRole('button', { name: 'See my report' }).first().click();
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

const unescapeXml = (text) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]);

/**
 * Each page of a PDF as laid out: its text, and how far down the page its lowest text reaches
 * (0 to 1), read from pdftotext's bounding boxes.
 */
function pdfPages(file) {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, , height, page]) => {
    const words = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map(([, top, bottom, word]) => ({ top: Number(top) / Number(height), bottom: Number(bottom) / Number(height), word: unescapeXml(word) }));
    // The running header and the page number sit in the margins; the body is what fills a page.
    const body = words.filter((w) => w.top > 0.06 && w.bottom < 0.94);
    return {
      text: words.map((w) => w.word).join(' '),
      reach: Math.max(0, ...body.map((w) => w.bottom)),
    };
  });
}

test('printing gives at most six full pages: the summary alone on page one, every module, inert names', async () => {
  const app = await openApp(server, { hash: shareUrl.slice(shareUrl.indexOf('#')) });
  await app.page.locator('.report').waitFor();
  await app.page.emulateMedia({ media: 'print' });
  assert.equal(await app.page.locator('button:visible').count(), 0, 'no buttons in print');
  const dir = mkdtempSync(join(tmpdir(), 'pm-pdf-'));
  // All four modules fit six A4 pages; US Letter is shorter, so it may take one more.
  for (const [format, most] of [['A4', 6], ['Letter', 7]]) {
    const file = join(dir, `${format}.pdf`);
    writeFileSync(file, await app.page.pdf({ format, printBackground: true }));
    const pages = pdfPages(file);
    assert.ok(pages.length >= 2 && pages.length <= most, `${format}: ${pages.length} pages`);
    pages.slice(0, -1).forEach((page, i) => {
      assert.ok(page.reach >= 0.5, `${format} page ${i + 1} is at least half full (text reaches ${Math.round(page.reach * 100)}%)`);
    });
    assert.ok(pages.at(-1).text.length > 40, `${format}: the last page is not blank`);
    assert.ok(pages.at(-1).reach >= 0.25, `${format}: the last page is at least a quarter full (${Math.round(pages.at(-1).reach * 100)}%)`);
    const [first, ...rest] = pages.map((p) => p.text);
    assert.ok(/executive summary/i.test(first) && first.includes('most valuable next steps'), `${format}: page one is the summary`);
    assert.ok(!first.includes('Scores by dimension'), `${format}: page one holds the summary alone`);
    const text = pages.map((p) => p.text).join(' ');
    for (const title of ['A. Partner-organization collaboration', 'B. The six signs of a serious partner', 'C. Go-to-market partner tiering', 'D. Alliance health and trust']) {
      assert.ok(rest.join(' ').includes(title), `${format} PDF has the section ${title}`);
    }
    for (const field of ['Owner', 'Produces', 'Cadence', 'Measure']) {
      assert.ok(text.includes(field), `${format}: the action plan prints its ${field}`);
    }
    assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'the hostile name prints as text');
    assert.ok(!text.includes(shareUrl.slice(20, 60)), 'no raw share link is printed: the QR code on page one opens the report');
    assert.ok(first.includes('Scan for the live report'), `${format}: the QR code to the live report is on page one`);
  }
  const layout = execFileSync('pdftotext', ['-layout', join(dir, 'A4.pdf'), '-']).toString();
  assert.ok(layout.includes('Partnering maturity report'), 'the page header names the report');
  assert.deepEqual(app.errors, []);
  await app.close();
});

// Modules B, C and D for a company whose answers contradict each other: B claims a plan for
// every alliance, C and D deny one for Anchor (persona 8 of the practitioner digest).
const CONTRADICTORY = '#/r/AgMAAwECAwEBAlVzAQAGQW5jaG9yBQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGBgYGBgYGBgYHBgYGBgYGBgYGBwYGBgYDBgYGBgYGBgYGBgYGBgYGBgYGBgYDBgZgiJ8a';

test('a summary with answers to reconcile, a hold and a partner line still ends on page one', async () => {
  const app = await openApp(server, { hash: CONTRADICTORY });
  await app.page.locator('.report').waitFor();
  assert.equal(await app.page.locator('.contradictions li').count(), 2, 'two contradictions to reconcile');
  await app.page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'pm-pdf-'));
  for (const format of ['A4', 'Letter']) {
    const file = join(dir, `${format}.pdf`);
    writeFileSync(file, await app.page.pdf({ format, printBackground: true }));
    const [first, second] = pdfPages(file).map((p) => p.text);
    for (const words of ['Answers to reconcile', 'Partner assessments', 'Anchor: treated as strategic', 'most valuable next steps']) {
      assert.ok(first.includes(words), `${format}: page one carries "${words}"`);
    }
    assert.ok(!second.includes('Partner assessments') && !second.includes('Answers to reconcile'), `${format}: nothing of the summary runs onto page two: ${second.slice(0, 300)}`);
  }
  assert.deepEqual(app.errors, []);
  await app.close();
});

/** The four modules through to one's own report, in full or as the quick check. */
async function fourModules(page, quick) {
  await begin(page, ['collaboration', 'serious_partner', 'tiering', 'health'], { quick });
  await fillScreen(page, 1);
  await fillToScreen(page, 'Whom are you assessing?', 2);
  await addSubject(page, 'Our company', { own: true });
  await page.getByRole('button', { name: 'Next' }).click();
  await fillToScreen(page, 'Your go-to-market partners', 2);
  await addSubject(page, 'Globex', { tier: 'Strategic' });
  await page.getByRole('button', { name: 'Next' }).click();
  await fillToReview(page, 2);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.locator('.summary').waitFor();
}

/** Where the result's parts end, in page pixels from the top. */
async function heroBottoms(page) {
  await page.evaluate(() => scrollTo(0, 0));
  return page.evaluate(() => {
    const bottom = (e) => (e ? Math.round(e.getBoundingClientRect().bottom + scrollY) : null);
    const top = (e) => (e ? Math.round(e.getBoundingClientRect().top + scrollY) : null);
    const summary = document.querySelector('.summary');
    return {
      level: bottom(summary.querySelector('.overall .level')),
      verdict: bottom(summary.querySelector('.verdict')),
      actions: [...summary.querySelectorAll('.top-actions > li')].map(bottom),
      nextStep: bottom(summary.querySelector('.cta .primary')),
      summaryEnd: bottom(summary),
      menu: top(document.querySelector('.report-menu')),
      buttonsBeforeSummary: [...document.querySelectorAll('.report button, .report a.button')]
        .filter((b) => b.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).length,
    };
  });
}

for (const quick of [false, true]) {
  test(`the result comes first after a ${quick ? 'quick' : 'full'} journey: level, verdict, actions and next step on the first screen, one menu after`, async (t) => {
    const app = await openApp(server, { contextOptions: { viewport: { width: 1280, height: 800 } } });
    const { page } = app;
    await fourModules(page, quick);
    const label = quick ? 'Continue to the full assessment' : 'Make my 90-day plan';
    assert.equal(await page.locator('.summary .cta .primary').textContent(), label, 'the next step is the product\'s own');
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      await page.setViewportSize({ width, height });
      const at = await heroBottoms(page);
      t.diagnostic(`${quick ? 'quick' : 'full'} ${width}×${height}: ${JSON.stringify(at)}`);
      assert.equal(at.actions.length, 3, 'three top actions');
      assert.equal(at.buttonsBeforeSummary, 0, 'nothing to press stands above the result');
      assert.ok(at.menu > at.summaryEnd, 'share, print and downloads follow the summary');
      const fold = [at.level, at.verdict, at.nextStep, ...(width > 1000 ? at.actions : at.actions.slice(0, 1))];
      for (const bottom of fold) assert.ok(bottom <= height, `${width}px: ${JSON.stringify(at)} all end within ${height} px`);
      assert.ok(at.actions[2] <= 1300, `${width}px: the third action ends at ${at.actions[2]} px, within 1,300`);
    }
    // One menu holds sharing, printing and the downloads; it opens, reads well and closes.
    const toggle = page.getByRole('button', { name: 'Share, print or download' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('button', { name: 'Download answers (JSON)' }).count(), 0, 'closed, its items are hidden');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    for (const item of ['Copy link to this report', 'Print or PDF', 'Download answers (JSON)', 'Download spreadsheet (CSV)']) {
      assert.ok(await page.locator('.report-menu').getByRole('button', { name: item }).isVisible(), item);
    }
    assert.deepEqual(await axe(page), []);
    await page.keyboard.press('Escape');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(app.errors, []);
    await app.close();
  });
}

test('a configured call to action leads the result, returns at the end, and prints with its contact on page one beside both names', async (t) => {
  const query = '?name=Acme+Advisory&cta_label=Book+a+call&cta_text=Talk+your+result+through+with+Acme.&cta_url=https%3A%2F%2Facme.example%2Fbook%3Ffrom%3Dreport';
  const app = await openApp(server, { hash: query, contextOptions: { viewport: { width: 390, height: 844 } } });
  const { page } = app;
  await fourModules(page, false);
  const cta = page.locator('.summary .cta a.button.primary');
  assert.equal(await cta.textContent(), 'Book a call');
  assert.ok((await cta.boundingBox()).y + (await cta.boundingBox()).height <= 844, 'the call to action is on a phone\'s first screen');
  assert.ok(await page.locator('.summary .cta').getByRole('button', { name: 'Make my 90-day plan' }).isVisible(), 'the product\'s own step stays beside it');
  assert.equal(await page.locator('.closing-cta a', { hasText: 'Book a call' }).count(), 1, 'repeated where the reading ends');
  assert.deepEqual(await axe(page), []);
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'pm-pdf-'));
  const file = join(dir, 'cta.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const pages = pdfPages(file);
  t.diagnostic(`A4: ${pages.length} pages, text reaching ${pages.map((p) => `${Math.round(p.reach * 100)}%`).join(', ')}`);
  const [first] = pages.map((p) => p.text);
  for (const words of ['Our company', 'Acme Advisory', 'Level', 'Talk your result through with Acme.', 'Book a call:', 'acme.example/book']) {
    assert.ok(first.includes(words), `page one carries "${words}": ${first.slice(0, 400)}`);
  }
  assert.ok(!first.includes('from=report'), 'the contact is printed as one can type it');
  assert.ok(pages.length <= 6);
  pages.slice(0, -1).forEach((p, i) => assert.ok(p.reach >= 0.4, `page ${i + 1} is at least 40% full`));
  assert.ok(pages.at(-1).reach >= 0.25, 'the last page is at least a quarter full');
  assert.deepEqual(app.errors, []);
  await app.close();
});
