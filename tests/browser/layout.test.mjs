// Every screen fits a 360 px phone with no horizontal scrolling, and a desktop too, with
// controls large enough to hit.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { begin, chooseModules, addSubject, fillScreen, fillToReview, fillToScreen } from './fill.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      // A wide table may scroll sideways inside its own region; the region itself must fit.
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.parentElement.closest('.table-scroll'))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    // WCAG 2.5.8: controls are at least 24 by 24 CSS pixels (links inside text are exempt).
    const small = [...document.querySelectorAll('button, input, select, textarea, a.button')]
      .filter((e) => e.offsetParent !== null)
      .filter((e) => { const r = e.getBoundingClientRect(); return r.width < 24 || r.height < 24; })
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}`);
    // Words in tables wrap whole, never letter by letter.
    const split = [];
    for (const cell of document.querySelectorAll('th, td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of node.data.matchAll(/[^\s\-–—\/·]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) split.push(word[0]);
        }
      }
    }
    return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5), small: small.slice(0, 5), split: split.slice(0, 5) };
  });
}

/**
 * The report's charts as shown: which kind each visible one is, whether the page is in its
 * phone layout, the smallest label font size on screen (CSS pixels, after the SVG's scaling),
 * and whether the heatmap fits without scrolling sideways.
 */
function reportCharts(page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('svg.chart')].filter((svg) => getComputedStyle(svg).display !== 'none');
    const sizes = shown.flatMap((svg) => [...svg.querySelectorAll('text')]
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a));
    const heatmap = document.querySelector('.heatmap')?.closest('.table-scroll');
    return {
      phone: matchMedia('(max-width: 40rem)').matches,
      kinds: [...new Set(shown.map((svg) => svg.getAttribute('class')))],
      smallestLabelPx: Math.min(...sizes),
      heatmapScrolls: heatmap ? heatmap.scrollWidth > heatmap.clientWidth : null,
    };
  });
}

/** The named bars' labels: their smallest rendered size, and any that are codes ("A1") rather than names. */
function namedBars(page) {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('svg.named-bars text.bar-label')];
    const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * t.closest('svg').getScreenCTM().a);
    const codes = [...document.querySelectorAll('svg.chart text')].filter((t) => /^[A-D]\d+\b/.test(t.textContent.trim())).map((t) => t.textContent);
    return { labels: texts.map((t) => t.textContent.trim()), smallest: Math.min(...sizes), codes };
  });
}

for (const width of [360, 1280]) {
  test(`every screen fits ${width} px without horizontal scrolling`, async () => {
    const app = await openApp(server, { contextOptions: { viewport: { width, height: 800 } } });
    const { page } = app;
    const seen = {};
    const look = async (name) => { seen[name] = await overflow(page); };
    await look('welcome');
    await page.getByRole('button', { name: 'Start the full assessment' }).click();
    await page.locator('fieldset.question').waitFor();
    await look('choose');
    await chooseModules(page, ['collaboration', 'serious_partner', 'tiering', 'health']);
    await look('functions');
    await fillScreen(page, 1);
    await fillToScreen(page, /^The seams between functions/);
    await look('seams');
    await fillToScreen(page, 'Whom are you assessing?');
    await addSubject(page, 'A partner with a very long name that keeps going and going');
    await look('parties');
    await page.getByRole('button', { name: 'Next' }).click();
    await fillToScreen(page, 'Your go-to-market partners');
    await addSubject(page, 'Northwind', { tier: 'Strategic' });
    await look('partners');
    await page.getByRole('button', { name: 'Next' }).click();
    await fillToReview(page, 2);
    await look('review');
    await page.getByRole('button', { name: 'See my report' }).first().click();
    await page.locator('.report').waitFor();
    await look('report');
    const charts = await reportCharts(page);
    assert.equal(charts.phone, width === 360);
    assert.deepEqual(charts.kinds, charts.phone ? ['chart named-bars', 'chart bar-list'] : ['chart named-bars', 'chart bars'],
      'named bars for the scores at every width; the trust profile is a bar list on a phone and bars wider');
    assert.ok(charts.smallestLabelPx >= 11.95, `chart labels render at ${charts.smallestLabelPx} px`);
    assert.notEqual(charts.heatmapScrolls, true, 'the heatmap, where there is one, fits without scrolling sideways');
    const named = await namedBars(page);
    // A's seven dimensions, C's two and D's six: B here is about a partner only, beside the level.
    assert.equal(named.labels.length, 7 + 2 + 6, `a bar per dimension: ${named.labels}`);
    assert.ok(named.smallest >= 13.95, `dimension names render at ${named.smallest} px`);
    assert.deepEqual(named.codes, [], 'dimensions are named, never coded');
    if (!charts.phone) {
      const summary = await page.evaluate(() => ({
        level: document.querySelector('.summary .overall').getBoundingClientRect().bottom + scrollY,
        modules: document.querySelector('.summary .module-lines').getBoundingClientRect().bottom + scrollY,
        actions: document.querySelector('.summary .top-actions').getBoundingClientRect().bottom + scrollY,
        cta: document.querySelector('.summary .cta').getBoundingClientRect().bottom + scrollY,
      }));
      for (const [part, bottom] of Object.entries(summary)) {
        assert.ok(bottom <= 1000, `the summary's ${part} ends at ${Math.round(bottom)} px, within the first 1,000`);
      }
    }
    const link = await page.locator('.share-url a').getAttribute('href');
    await page.goto(`${server.url}#/compare`);
    // With answers in this browser, the way back leads to one's own report.
    assert.equal(await page.locator('.back-link a').getAttribute('href'), '#/report');
    await page.locator('#side-0-link').fill(link);
    await page.locator('#side-1-link').fill(link);
    await page.locator('.compare-table').waitFor();
    await look('compare');
    await page.goto(`${server.url}#/team`);
    await page.locator('#team-links').fill(`${link}\n${link}`);
    await page.locator('.team-table').waitFor();
    await look('team');
    for (const [name, result] of Object.entries(seen)) {
      assert.deepEqual(result, { scroll: 0, wide: [], small: [], split: [] }, `${name} at ${width}px`);
    }
    assert.deepEqual(app.errors, []);
    await app.close();
  });
}

test('the dark color scheme passes axe on the welcome, question and report screens', async () => {
  const app = await openApp(server, { contextOptions: { colorScheme: 'dark' } });
  const { page } = app;
  const violations = [];
  const check = async (name) => { for (const v of await axe(page)) violations.push(`${name}: ${v}`); };
  await check('welcome');
  await begin(page, ['tiering', 'health']);
  await addSubject(page, 'Northwind', { tier: 'Strategic' });
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('fieldset.question').first().waitFor();
  await check('partner step');
  await fillToReview(page, 2);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.locator('.report').waitFor();
  await check('report');
  assert.deepEqual(violations, []);
  assert.deepEqual(app.errors, []);
  await app.close();
});
