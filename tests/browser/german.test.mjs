// German from end to end: a quick check taken in German at 360 and 1280 px; a link made in
// English opens in German with the same figures, reads German, is axe clean and fits both
// widths, and prints within one page of the English.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { begin, addSubject, fillScreen, fillToReview, fillToScreen } from './fill.mjs';

// Three modules with contradicting plans and a strategic partner named Anchor (persona 8 of
// tests/native/persona_digest.rs): holds, a contradiction, partner lines and actions.
const TOKEN = 'AgMAAwECAwEBAlVzAQAGQW5jaG9yBQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGBgYGBgYGBgYHBgYGBgYGBgYGBwYGBgYDBgYGBgYGBgYGBgYGBgYGBgYGBgYDBgZgiJ8a';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

/** Every number the summary and the module sections show, in order. */
async function figures(page) {
  const texts = await page.evaluate(() => [...document.querySelectorAll('.overall, .module-rating, .score-line, .dimensions td:nth-child(2)')].map((e) => e.textContent));
  return texts.flatMap((text) => text.match(/\d+/g) ?? []);
}

async function report(hash, viewport = { width: 1280, height: 800 }) {
  const app = await openApp(server, { hash, contextOptions: { viewport } });
  await app.page.locator('.report').waitFor();
  return app;
}

test('a link made in English opens in German with the same figures, in German words', async () => {
  const english = await report(`#/r/${TOKEN}`);
  const englishFigures = await figures(english.page);
  assert.ok(englishFigures.length > 10, englishFigures.join(' '));
  const englishText = await english.page.locator('.summary').textContent();
  await english.close();
  const german = await report(`?lang=de#/r/${TOKEN}`);
  assert.deepEqual(await figures(german.page), englishFigures);
  assert.equal(await german.page.evaluate(() => document.documentElement.lang), 'de');
  const summary = await german.page.locator('.summary').textContent();
  assert.notEqual(summary, englishText);
  assert.match(summary, /Anchor/);
  // The English summary says each of these; the German one none of them.
  for (const english of ['Strongest', 'weakest', 'Held at', 'the answers reach', 'Look again at', 'Your three most valuable next steps']) {
    assert.ok(englishText.includes(english), `"${english}" not in the English summary: ${englishText}`);
    assert.ok(!summary.includes(english), `"${english}" in the German summary: ${summary}`);
  }
  assert.deepEqual(german.errors, []);
  assert.deepEqual(german.foreign, []);
  await german.close();
});

test('the German report is axe clean and fits 360 and 1280 px without horizontal scroll', async () => {
  for (const width of [360, 1280]) {
    const { page, errors, close } = await report(`?lang=de#/r/${TOKEN}`, { width, height: 800 });
    assert.deepEqual(await axe(page), [], `${width} px`);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${width} px: ${scroll} > ${client}`);
    assert.deepEqual(errors, []);
    await close();
  }
});

test('the German report prints within one page of the English', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-de-pdf-'));
  const pages = {};
  for (const [language, hash] of [['en', `#/r/${TOKEN}`], ['de', `?lang=de#/r/${TOKEN}`]]) {
    const { page, close } = await report(hash);
    const file = join(dir, `${language}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    const info = execFileSync('pdfinfo', [file]).toString();
    pages[language] = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    if (language === 'de') assert.match(text, /Stufe|Partner/, 'the printed report is German');
    // The page number at the foot of each page is in the reader's words too.
    assert.match(text, language === 'de' ? /Seite 1 von \d/ : /Page 1 of \d/, `${language}: the page footer`);
    if (language === 'de') assert.doesNotMatch(text, /Page \d of/, 'no English page footer in German');
    await close();
  }
  assert.ok(Math.abs(pages.de - pages.en) <= 1, JSON.stringify(pages));
});

test('a quick check taken in German, at 360 and 1280 px: German questions, no horizontal scroll, axe clean, a German report', async () => {
  for (const width of [360, 1280]) {
    const { page, errors, foreign, close } = await openApp(server, { hash: '?lang=de#/', contextOptions: { viewport: { width, height: 800 } } });
    const fits = async (where) => {
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${width} px, ${where}: ${scroll} > ${client}`);
    };
    await begin(page, ['collaboration', 'serious_partner', 'tiering', 'health'], { quick: true });
    assert.match(await page.locator('fieldset.question legend').first().textContent(), /Partnerfunktionen|Ihr Unternehmen|Ihrem Unternehmen/);
    await fits('first question');
    // Next before answering: the reason is said in German, naming the open questions.
    await page.getByRole('button', { name: 'Weiter' }).click();
    assert.match(await page.getByRole('alert').first().textContent(), /noch nicht beantwortet|mindestens eine Partnerfunktion/);
    await fillScreen(page, 1);
    await fillToScreen(page, 'Wen bewerten Sie?', 2);
    await addSubject(page, 'Unser Unternehmen', { own: true });
    await page.getByRole('button', { name: 'Weiter' }).click();
    await fillToScreen(page, 'Ihre Go-to-Market-Partner', 2);
    await addSubject(page, 'Globex', { tier: 'Strategic' });
    await fits('partners');
    assert.deepEqual(await axe(page), [], `${width} px, partners`);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await fillToReview(page, 3);
    await fits('review');
    await page.getByRole('button', { name: 'Meinen Bericht ansehen' }).first().click();
    await page.locator('.summary').waitFor();
    assert.match(await page.locator('.indicative').textContent(), /^Erste Einschätzung: ein Schnellcheck/);
    assert.match(await page.locator('.overall').textContent(), /Reifegrad \d/);
    await fits('report');
    assert.deepEqual(await axe(page), [], `${width} px, report`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await close();
  }
});
