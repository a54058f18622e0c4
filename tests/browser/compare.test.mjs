// Export, import, compare and team views in real Chromium, all without a server.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { begin, fillToReview } from './fill.mjs';

let server;
const reports = []; // { link, json, csv } for answers at choice index 0 (worst), 4 (best) and 1
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

/** Downloads from the report's menu, opening it first when it is closed. */
async function download(page, label) {
  const menu = page.getByRole('button', { name: 'Share, print or download' });
  if (await menu.count() && await menu.getAttribute('aria-expanded') === 'false') await menu.click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('reports export as JSON and CSV and import back to the same report', async () => {
  for (const index of [0, 4, 1]) {
    const app = await openApp(server);
    await begin(app.page, ['health']);
    await fillToReview(app.page, index);
    await app.page.getByRole('button', { name: 'See my report' }).first().click();
    await app.page.locator('.report').waitFor();
    const link = await app.page.locator('.share-url a').getAttribute('href');
    const json = await download(app.page, 'Download answers (JSON)');
    const csv = await download(app.page, 'Download spreadsheet (CSV)');
    assert.match(json.name, /^partnering-maturity-\d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(JSON.parse(json.text).kind, 'partnering-maturity-assessment');
    assert.equal(csv.text.split('\r\n')[0], '\ufeffmodule,dimension,question_id,question,subject,answer_id,answer,score');
    // The header, the company's size, and module D's 20 questions.
    assert.equal(csv.text.trim().split('\r\n').length, 1 + 1 + 20);
    reports.push({ link, json: json.text, overall: await app.page.locator('.overall').textContent() });
    assert.deepEqual(app.errors, []);
    await app.close();
  }
  const app = await openApp(server);
  await app.page.locator('#import-file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(reports[1].json) });
  await app.page.locator('.report').waitFor();
  assert.equal(await app.page.locator('.overall').textContent(), reports[1].overall);
  await app.page.goto(server.url);
  await app.page.locator('#import-file').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\x89PNG not json') });
  assert.match(await app.page.getByRole('alert').textContent(), /^photo\.json: .*not/);
  assert.deepEqual(await axe(app.page), []);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('two pasted links compare side by side, and the comparison has its own link', async () => {
  const app = await openApp(server, { hash: '#/compare' });
  const { page } = app;
  // A secondary view always has a way back: to the start when this browser holds no answers.
  assert.equal(await page.locator('.back-link a').textContent(), '\u2190 Back to the start');
  assert.equal(await page.locator('.back-link a').getAttribute('href'), '#/');
  await page.locator('#side-0-label').fill('Us');
  await page.locator('#side-1-label').fill('Partner X');
  await page.locator('#side-0-link').fill(reports[0].link);
  await page.locator('#side-1-link').fill(reports[1].link);
  await page.locator('.compare-table').waitFor();
  assert.equal(await page.locator('#comparison-heading').textContent(), 'Us compared with Partner X');
  const bars = await page.locator('svg.named-bars rect.bar:not(.second)').count();
  assert.ok(bars > 0 && await page.locator('svg.named-bars rect.bar.second').count() === bars, 'both series are drawn, each dimension named');
  const deltas = await page.locator('.compare-table td.delta').allTextContents();
  assert.equal(deltas.length, 6);
  assert.ok(deltas.every((d) => d === '+100'), `all-worst vs all-best differ by 100: ${deltas}`);
  assert.deepEqual(await axe(page), []);
  const link = await page.locator('.comparison .share-url a').getAttribute('href');
  const fresh = await openApp(server, { hash: link.slice(link.indexOf('#')) });
  await fresh.page.locator('.compare-table').waitFor();
  assert.deepEqual(await fresh.page.locator('.compare-table td.delta').allTextContents(), deltas);
  assert.equal(await fresh.page.locator('#comparison-heading').textContent(), 'Us compared with Partner X');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('button:visible, textarea:visible, input:visible').count(), 0, 'print shows the comparison only');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000);
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#side-1-link').fill(reports[1].link.slice(0, -6));
  assert.match(await page.getByRole('alert').textContent(), /link/);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(fresh.errors, []);
  await fresh.close();
  await app.close();
});

test('three dropped files combine into mean and spread with the disagreement flagged', async () => {
  const app = await openApp(server, { hash: '#/team' });
  const { page } = app;
  const files = [...reports.map((r, i) => ({ name: `respondent-${i + 1}.json`, text: r.json })),
    { name: 'duplicate.json', text: reports[0].json }, { name: 'broken.json', text: '{"kind": "something-else"}' }];
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
    const zone = document.querySelector('.file-drop');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  await page.locator('.team-table').waitFor();
  await page.waitForFunction(() => document.querySelector('#team-heading')?.textContent === '3 respondents');
  assert.match(await page.locator('.skipped').textContent(), /broken\.json/);
  assert.match(await page.locator('.team').textContent(), /Counted once/);
  const flagged = await page.locator('.team-table tr.flagged').count();
  assert.equal(flagged, 6, 'worst vs best disagree on every dimension');
  assert.match(await page.locator('.rule').textContent(), /25 points/);
  const csv = await download(page, 'Download team view (CSV)');
  assert.equal(csv.text.split('\r\n')[0], '\ufeffmodule,dimension,respondents,mean,min,max,spread,flagged');
  const json = await download(page, 'Download team view (JSON)');
  assert.equal(JSON.parse(json.text).respondents, 3);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreign, []);
  await app.close();
});

/** Puts `text` in a box as a paste would (one input event) and waits for the next paint. */
function paste(box, text) {
  return box.evaluate(async (area, value) => {
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }, text);
}

/** The message a box points at with aria-describedby, checked to be announced. */
async function messageOf(page, box) {
  const id = await box.getAttribute('aria-describedby');
  assert.ok(id, 'the box points at its message');
  const message = page.locator(`[id="${id}"]`);
  assert.ok(await message.evaluate((el) => !!el.closest('[aria-live], [role=alert], [role=status]')), 'announced');
  return message.textContent();
}

test('a paste larger than a box takes is refused before it is read: the limit and what to do are said, and nothing is lost', async () => {
  const app = await openApp(server, { hash: '#/team' });
  const { page } = app;
  const box = page.locator('#team-links');
  await box.fill(`${reports[0].link}\n${reports[1].link}`);
  await page.waitForFunction(() => document.querySelector('#team-heading')?.textContent === '2 respondents');
  const had = await box.inputValue();
  const huge = {
    '5,000 lines': Array(5000).fill(reports[2].link).join('\n'),
    '20 MB': `${reports[2].link}\n`.repeat(Math.ceil(20e6 / (reports[2].link.length + 1))),
  };
  for (const [what, text] of Object.entries(huge)) {
    await paste(box, text);
    assert.match(await messageOf(page, box), /at most 100 links/, what);
    assert.equal(await box.getAttribute('aria-invalid'), 'true');
    assert.equal(await box.inputValue(), had, `${what}: the box keeps what it had`);
    assert.equal(await page.locator('#team-heading').textContent(), '2 respondents', `${what}: the view stays`);
    assert.equal(await page.locator('.skipped').count(), 0, 'nothing was read');
  }
  assert.deepEqual(await axe(page), [], 'the refusal is accessible');
  await box.fill(`${had}\n${reports[2].link}`);
  await page.waitForFunction(() => document.querySelector('#team-heading')?.textContent === '3 respondents');
  assert.equal(await box.getAttribute('aria-invalid'), null);

  // A comparison's box takes one report: at most 1 MB.
  await page.goto(`${server.url}#/compare`);
  const side = page.locator('#side-0-link');
  await side.fill(reports[0].link);
  await paste(side, huge['20 MB']);
  assert.match(await messageOf(page, side), /at most 1 MB/);
  assert.equal(await side.inputValue(), reports[0].link, 'the box keeps the link it had');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(app.errors, []);
  await app.close();
});
