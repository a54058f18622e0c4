// The interface in German: chosen by the lang URL parameter, config.json, data-config-lang on
// the host element and the browser's languages; the pack fetched before the first screen (no
// English shown first); the language menu; <html lang>; 360 and 1280 px without horizontal
// scroll and axe clean; a German pack that cannot be fetched leaves English with a notice.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { distWith, hostPage, openPage, tempSite, widgetFrame } from './embed-helpers.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

const WELCOME_DE = 'Wie reif ist Ihr Partnering?';
const WELCOME_EN = 'How mature is your partnering?';
const heading = (page) => page.locator('#page-heading').textContent();
const lang = (page) => page.evaluate(() => document.documentElement.lang);

/** Every heading the page showed, recorded from the first paint: no English before German. */
const HEADINGS = () => {
  window.__headings = [];
  new MutationObserver(() => {
    const text = document.querySelector('#page-heading')?.textContent;
    if (text && window.__headings.at(-1) !== text) window.__headings.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

/** At `width` px: no horizontal scroll, axe clean; a screenshot kept for a person to look at. */
async function fitsAndPasses(page, width, name) {
  await page.setViewportSize({ width, height: 900 });
  await page.waitForTimeout(100);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${name} at ${width} px scrolls sideways by ${overflow} px`);
  assert.deepEqual(await axe(page), [], `${name} at ${width} px`);
  if (process.env.PM_SHOTS) await page.screenshot({ path: join(process.env.PM_SHOTS, `${name}-${width}.png`), fullPage: true });
}

test('lang=de opens the welcome and a question screen in German, at 360 and 1280 px', async () => {
  const { page, errors, close } = await openApp(server, { hash: '?lang=de#/', initScript: HEADINGS });
  assert.equal(await heading(page), WELCOME_DE);
  assert.equal(await lang(page), 'de');
  assert.deepEqual(await page.evaluate(() => window.__headings), [WELCOME_DE], 'no English heading came first');
  assert.equal(await page.locator('#language-select').inputValue(), 'de');
  for (const width of [360, 390, 1280]) await fitsAndPasses(page, width, 'welcome-de');
  await page.getByRole('button', { name: 'Schnellcheck starten' }).click();
  await page.waitForFunction(() => document.querySelector('#page-heading')?.textContent === 'Über Ihr Unternehmen');
  await page.locator('label[for="org.size-0-large"]').click();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.waitForURL(/#\/step\//);
  await page.locator('.progress-count').waitFor();
  assert.match(await page.locator('.progress-count').textContent(), /^(Seite \d+ von \d+ · )?(noch etwa \d+ Minuten?|fast geschafft)$/);
  assert.equal(await page.getByRole('button', { name: 'Zurück' }).count(), 1);
  for (const width of [360, 390, 1280]) await fitsAndPasses(page, width, 'step-de');
  assert.deepEqual(errors, []);
  await close();
});

test('the language menu switches at once and back; <html lang> follows', async () => {
  const { page, errors, close } = await openApp(server);
  assert.equal(await heading(page), WELCOME_EN);
  assert.equal(await lang(page), 'en');
  await page.getByLabel('Language').selectOption('de');
  await page.waitForFunction((t) => document.querySelector('#page-heading')?.textContent === t, WELCOME_DE);
  assert.equal(await lang(page), 'de');
  await page.getByLabel('Sprache').selectOption('en');
  await page.waitForFunction((t) => document.querySelector('#page-heading')?.textContent === t, WELCOME_EN);
  assert.equal(await lang(page), 'en');
  assert.deepEqual(errors, []);
  await close();
});

test('config.json, the browser\'s languages and the languages list choose the language', async (t) => {
  const german = distWith('{"language": "de"}');
  const englishOnly = distWith('{"languages": ["en"]}');
  const fromGerman = await serve(german.dir);
  const fromEnglishOnly = await serve(englishOnly.dir);
  t.after(() => { fromGerman.close(); fromEnglishOnly.close(); german.dispose(); englishOnly.dispose(); });
  let run = await openApp(fromGerman);
  assert.equal(await heading(run.page), WELCOME_DE, 'config.json language');
  await run.close();
  run = await openApp(fromGerman, { hash: '?lang=en#/' });
  assert.equal(await heading(run.page), WELCOME_EN, 'the URL over config.json');
  await run.close();
  run = await openApp(server, { contextOptions: { locale: 'de-DE' } });
  assert.equal(await heading(run.page), WELCOME_DE, 'a German browser');
  await run.close();
  run = await openApp(fromEnglishOnly, { contextOptions: { locale: 'de-DE' } });
  assert.equal(await heading(run.page), WELCOME_EN, 'only English offered');
  assert.equal(await run.page.locator('#language-select').count(), 0, 'no menu for one language');
  await run.close();
});

test('data-config-lang on the host element opens the widget in German', async (t) => {
  const site = tempSite('pm-lang-host-', {
    'index.html': hostPage(server.url, { attributes: 'data-min-height="700" data-config-lang="de"' }),
    'host.js': '',
  });
  const host = await serve(site.dir);
  t.after(() => { host.close(); site.dispose(); });
  const run = await openPage(host.url, { origins: [server.origin, host.origin] });
  const frame = await widgetFrame(run.page);
  await frame.waitForFunction((t) => document.querySelector('#page-heading')?.textContent === t, WELCOME_DE);
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de');
  await run.close();
});

test('a German pack that cannot be fetched leaves English, with a notice, and the journey goes on', async (t) => {
  const site = distWith('{"language": "de"}');
  for (const name of readdirSync(site.dir).filter((n) => n.startsWith('ui-de-'))) rmSync(join(site.dir, name));
  const broken = await serve(site.dir);
  t.after(() => { broken.close(); site.dispose(); });
  const { page, close } = await openApp(broken);
  assert.equal(await heading(page), WELCOME_EN);
  assert.equal(await lang(page), 'en');
  assert.match(await page.locator('.notices').textContent(), /could not be loaded, so the assessment is shown in English/);
  await page.getByRole('button', { name: 'Start the quick check' }).click();
  await page.waitForFunction(() => document.querySelector('#page-heading')?.textContent === 'About your company');
  await close();
});
