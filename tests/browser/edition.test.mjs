// A consultancy edition in real Chromium: config.json names an edition file beside it (both
// served here by a playwright route); the journey shows the edition's words and skips the
// question it hides, the report and the plan offer its own action with its link, three invalid
// entries are logged by id and rule while the rest applies, and the share link opened without
// the edition shows the standard wording under a notice naming it.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, closeBrowser, axe } from './harness.mjs';
import { chooseModules, fillToReview } from './fill.mjs';

const RENAMED = 'Where exactly does your alliance with {partner} start and stop, as both sides wrote it down?';
const RENAMED_SHOWN = 'start and stop, as both sides wrote it down?';
const HIDDEN = 'For how long has your company committed the people and budget this alliance needs';
const LINK = 'https://acme.example/workshop?from=widget&size=large';
// Quotes, an ampersand and an apostrophe: text to show as written, never markup.
const ACTION = 'Book our seam workshop: "two hours" & a map of who\'s who';
const EDITION = {
  id: 'acme-partners',
  version: '2',
  texts: {
    en: {
      'dimensions/d.design/questions/d.design.scope/prompt': RENAMED,
      // Invalid: a scoring field, and markup.
      'dimensions/d.design/questions/d.design.scope/weight': '9',
      'dimensions/d.design/questions/d.design.feedback/prompt': '<img src=x onerror=alert(1)>',
    },
  },
  // The second is a knock-out cap's question: it stays.
  hide: ['d.design.resources', 'd.stability.resources'],
  actions: [{
    id: 'acme.seam_workshop', dimension: 'd.design', when: { below: 101 },
    text: ACTION, owner: 'Head of alliances', artefact: 'a seam map', cadence: 'once',
    measure: 'every seam has a named owner', horizon: 'quarter', impact: 3, link: LINK,
  }],
};
const INVALID = [
  ['dimensions/d.design/questions/d.design.scope/weight', 'cannot change scoring'],
  ['dimensions/d.design/questions/d.design.feedback/prompt', 'markup'],
  ['d.stability.resources', 'cannot be hidden'],
];

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

/** Opens the app with config.json naming the edition (or, with `edition: null`, the build's own config.json). */
async function open(hash = '', { edition = EDITION } = {}) {
  const context = await (await browser()).newContext({
    viewport: { width: 1000, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'],
  });
  const foreign = [];
  const warnings = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === server.origin) return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  if (edition) {
    const json = (body) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    await context.route(/\/config\.json$/, (route) => route.fulfill(json({ edition: 'acme-edition.json' })));
    await context.route(/\/acme-edition\.json$/, (route) => route.fulfill(json(edition)));
  }
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(server.url + hash);
  await page.locator('#page-heading').waitFor();
  return { page, foreign, warnings, errors, close: () => context.close() };
}

let shareHash;

test('an edition renames a question, hides one, adds its action with a link, and logs each invalid entry', async () => {
  const app = await open();
  const { page } = app;
  await page.getByRole('button', { name: 'Start the full assessment' }).click();
  await chooseModules(page, ['health']);
  await page.locator('#page-heading', { hasText: 'Design' }).waitFor();
  const prompts = await page.locator('fieldset.question legend').allTextContents();
  assert.ok(prompts.some((p) => p.includes(RENAMED_SHOWN) && !p.includes('{')), `the edition's words: ${prompts.join(' | ')}`);
  assert.ok(!prompts.some((p) => p.includes(HIDDEN)), 'the hidden question is not asked');
  assert.equal(prompts.length, 3, 'three of Design\'s four questions');
  assert.ok(prompts.some((p) => p.includes('How quickly does your company learn of changes')), 'the refused text keeps the standard words');
  for (const [id, rule] of INVALID) {
    const line = app.warnings.find((w) => w.startsWith(`edition: \`${id}\` ignored: `));
    assert.ok(line && line.includes(rule), `logged with its rule: ${id}\n${app.warnings.join('\n')}`);
  }
  assert.equal(app.warnings.filter((w) => w.startsWith('edition: ')).length, INVALID.length, app.warnings.join('\n'));

  await fillToReview(page, 0);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.locator('.report').waitFor();
  const added = page.locator('li.action', { hasText: 'Book our seam workshop' }).first();
  assert.equal((await added.locator('.action-text').textContent()).includes(ACTION), true, 'the action as written');
  const link = added.locator('.action-link a');
  assert.equal(await link.getAttribute('href'), LINK);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.getAttribute('rel'), /\bnoopener\b/);
  assert.ok((await link.textContent()).includes(LINK), 'the address is shown as text');
  assert.equal(await page.locator('.report img').count(), 0, 'no markup from the edition');
  assert.deepEqual(await axe(page), []);

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.locator('text=Link copied to the clipboard.').waitFor();
  const shareUrl = await page.evaluate(() => navigator.clipboard.readText());
  shareHash = shareUrl.slice(shareUrl.indexOf('#'));

  await page.locator('.summary .next-step').getByRole('button', { name: 'Make my 90-day plan' }).click();
  await page.locator('#page-heading', { hasText: 'Your 90-day plan' }).waitFor();
  const planned = page.locator('.plan-action', { hasText: 'Book our seam workshop' });
  assert.equal(await planned.locator('.action-link a').getAttribute('href'), LINK);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreign, [], 'the link is offered, never fetched');
  await app.close();
});

test('the share link opened without the edition shows the standard wording and a notice naming it', async () => {
  assert.ok(shareHash, 'the first test made a link');
  const reader = await open(shareHash, { edition: null });
  await reader.page.locator('.report').waitFor();
  const notice = (await reader.page.locator('.edition-notice').textContent()).trim();
  assert.equal(notice, 'This report was made with acme-partners v2; shown here with the standard wording.');
  assert.equal(await reader.page.locator('li.action', { hasText: 'Book our seam workshop' }).count(), 0);
  assert.deepEqual(await axe(reader.page), []);
  assert.deepEqual(reader.errors, []);
  await reader.close();

  // The reader with the same edition: no notice.
  const same = await open(shareHash);
  await same.page.locator('.report').waitFor();
  assert.equal(await same.page.locator('.edition-notice').count(), 0);
  await same.close();
});
