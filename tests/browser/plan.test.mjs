// From report to plan, and the two-sided review, in real Chromium: pick actions, set owners
// and dates, export all three formats, reopen the link in a fresh browser with the same plan;
// an invitation opens the partner's side without our answers, and their link gives the gap
// report with the largest gap first. Nothing leaves the browser.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { begin, fillToReview } from './fill.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

async function download(page, label) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Takes module D, every answer at `index`, and opens the report. */
async function takeHealth(page, index) {
  await begin(page, ['health']);
  await fillToReview(page, index);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.locator('.summary').waitFor();
}

test('a 90-day plan: picked actions with owners and dates, three exports, and the same plan in a fresh browser', async () => {
  const app = await openApp(server, { contextOptions: { viewport: { width: 1280, height: 800 } } });
  const { page } = app;
  await takeHealth(page, 1);
  // The summary's own next step, with no call to action configured, leads to the plan.
  await page.locator('.summary .next-step').getByRole('button', { name: 'Make my 90-day plan' }).click();
  await page.locator('#page-heading', { hasText: 'Your 90-day plan' }).waitFor();
  await page.locator('.plan-action.picked').first().waitFor();
  assert.equal(await page.locator('.plan-action.picked').count(), 3, 'the three most valuable actions, picked');
  assert.deepEqual(await axe(page), []);
  const first = page.locator('.plan-action.picked').first();
  await first.locator('input[type=text]').fill('Ana Lopez');
  await first.locator('input[type=date]').fill('2027-01-15');
  await first.locator('input[type=date]').dispatchEvent('change');
  const extra = page.locator('.plan-action:not(.picked)').first();
  await extra.locator('label').first().click();
  await page.waitForFunction(() => document.querySelectorAll('.plan-action.picked').length === 4);
  await page.locator('#target-health').selectOption('5');

  const csv = await download(page, 'Download the plan as a spreadsheet (CSV)');
  assert.match(csv.name, /^partnering-plan-\d{4}-\d\d-\d\d\.csv$/);
  const rows = csv.text.replace(/^\ufeff/, '').trim().split('\r\n');
  assert.equal(rows[0], 'due,owner,action,module,dimension,produces,cadence,measure,id');
  assert.equal(rows.length, 1 + 4);
  assert.ok(rows.some((r) => r.startsWith('2027-01-15,Ana Lopez,')), rows.join('\n'));
  const md = await download(page, 'Download the plan as Markdown');
  assert.match(md.text, /^# Partnering plan: the next 90 days\n/);
  assert.equal((md.text.match(/^- \[ \] /gm) ?? []).length, 4);
  assert.match(md.text, /\| D\. Alliance health and trust \| Level \d \| Level 5 \|/);
  const ics = await download(page, 'Download the plan as a calendar file (iCalendar)');
  assert.match(ics.name, /\.ics$/);
  assert.ok(ics.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.equal((ics.text.match(/BEGIN:VEVENT/g) ?? []).length, 5, 'four actions and the reassessment');
  assert.ok(ics.text.includes('DTSTART;VALUE=DATE:20270115'));
  assert.ok(ics.text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75));

  await page.goto(`${server.url}#/report`);
  await page.locator('.summary').waitFor();
  assert.ok(await page.locator('svg.named-bars line.target-tick').count() > 0, 'targets marked on the bars');
  const link = await page.locator('.share-url a').getAttribute('href');
  const fresh = await openApp(server, { hash: link.slice(link.indexOf('#')) });
  await fresh.page.locator('.summary').waitFor();
  assert.ok(await fresh.page.locator('svg.named-bars line.target-tick').count() > 0, 'the targets travel in the link');
  await fresh.page.getByRole('button', { name: 'Edit these answers' }).click();
  await fresh.page.locator('.review-module').first().waitFor();
  await fresh.page.goto(`${server.url}#/plan`);
  await fresh.page.locator('.plan-action.picked').first().waitFor();
  assert.equal(await fresh.page.locator('.plan-action.picked').count(), 4);
  assert.equal(await fresh.page.locator('.plan-action.picked input[type=text]').first().inputValue(), 'Ana Lopez');
  assert.equal(await fresh.page.locator('#target-health').inputValue(), '5');
  assert.deepEqual(app.errors, []);
  assert.deepEqual(fresh.errors, []);
  assert.deepEqual([...app.foreign, ...fresh.foreign], []);
  await fresh.close();
  await app.close();
});

test('progress since an earlier assessment says whether each planned dimension moved', async () => {
  const app = await openApp(server);
  const { page } = app;
  await takeHealth(page, 0);
  await page.getByRole('button', { name: 'Make my 90-day plan' }).click();
  await page.locator('.plan-action.picked').first().waitFor();
  await page.goto(`${server.url}#/report`);
  await page.locator('.summary').waitFor();
  const earlier = await page.locator('.share-url a').getAttribute('href');
  // A quarter later, everything is better.
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Clear my answers and start over' }).click();
  await takeHealth(page, 3);
  await page.goto(`${server.url}#/plan`);
  await page.locator('#earlier-link').fill(earlier);
  await page.locator('.since-actions li').first().waitFor();
  const outcomes = await page.locator('.since-actions li').allTextContents();
  assert.equal(outcomes.length, 3);
  assert.ok(outcomes.every((o) => /the dimension rose \d+ points\.$/.test(o)), outcomes.join('\n'));
  assert.ok((await page.locator('.since-table td.delta').allTextContents()).every((d) => d.startsWith('+')));
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a two-sided review: the invitation carries no answers, and the partner\'s link gives the gap, largest first', async () => {
  const app = await openApp(server);
  const { page } = app;
  await takeHealth(page, 4);
  await page.getByRole('button', { name: 'Two-sided review' }).click();
  await page.locator('#page-heading', { hasText: 'Two-sided review' }).waitFor();
  const invite = await page.locator('.invitations a').first().getAttribute('href');
  assert.match(invite, /#\/invite\/[A-Za-z0-9_-]+$/);
  assert.ok(invite.length < 200, 'an invitation is short: it holds no answers');

  const partner = await openApp(server, { hash: invite.slice(invite.indexOf('#')) });
  const p = partner.page;
  await p.locator('#page-heading', { hasText: 'invites you to a two-sided review' }).waitFor();
  assert.deepEqual(await axe(p), []);
  await p.getByRole('button', { name: 'Answer from our side' }).click();
  // The invitee lands straight in the module they were invited to.
  await p.waitForURL(/#\/step\/health\/0$/);
  await fillToReview(p, 0);
  await p.getByRole('button', { name: 'See my report' }).first().click();
  await p.locator('.send-back').waitFor();
  assert.match(await p.locator('.send-back').textContent(), /Send your answers back to/);
  const theirs = await p.locator('.share-url a').getAttribute('href');

  await page.locator('#theirs-link').fill(theirs);
  await page.locator('.gap-table').waitFor();
  const gaps = await page.locator('.gap-table td.delta').allTextContents();
  const values = gaps.map((g) => Math.abs(Number(g.replace('–', '-'))));
  assert.ok(values.every((v, i) => i === 0 || v <= values[i - 1]), `largest gap first: ${gaps}`);
  assert.ok((await page.locator('.gap-table tbody tr').first().locator('td').last().textContent()).length > 20, 'a question to discuss');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual([...app.errors, ...partner.errors], []);
  assert.deepEqual([...app.foreign, ...partner.foreign], []);
  await partner.close();
  await app.close();
});

/** Types `value` into a date field as a browser would commit it (the value, then `change`). */
async function commitDate(field, value) {
  await field.evaluate((input, v) => {
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

test('a due date the plan cannot take is named beside the field, never kept silently; a past one is accepted with a note', async () => {
  const app = await openApp(server, { contextOptions: { viewport: { width: 1280, height: 800 } } });
  const { page } = app;
  await takeHealth(page, 1);
  await page.getByRole('button', { name: 'Make my 90-day plan' }).click();
  await page.locator('.plan-action.picked').first().waitFor();
  const first = page.locator('.plan-action.picked').first();
  const field = first.locator('input[type=date]');
  const kept = await field.inputValue();
  const message = async () => {
    const id = await field.getAttribute('aria-describedby');
    assert.ok(id, 'the field points at its message');
    const near = page.locator(`[id="${id}"]`);
    assert.ok(await near.evaluate((el) => !!el.closest('[aria-live], [role=alert], [role=status]')), 'announced to screen readers');
    return (await near.textContent()).trim();
  };
  for (const [typed, reason] of [['0001-01-01', /before 1970/], ['1969-12-31', /before 1970/],
    ['10000-01-01', /after 9998-12-31/], ['9999-12-31', /after 9998-12-31/]]) {
    await commitDate(field, typed);
    await page.waitForFunction((f) => f.getAttribute('aria-invalid') === 'true', await field.elementHandle());
    const text = await message();
    assert.match(text, reason, typed);
    assert.ok(text.includes(kept), `${typed}: says the plan keeps ${kept}: ${text}`);
    const csv = await download(page, 'Download the plan as a spreadsheet (CSV)');
    assert.ok(csv.text.includes(`\r\n${kept},`), `${typed}: the export keeps ${kept}, as the message says`);
  }
  assert.deepEqual(await axe(page), [], 'the refused date is accessible');

  // A date before the plan was made is taken, with a gentle note.
  await commitDate(field, '2020-01-15');
  await page.waitForFunction((f) => !f.hasAttribute('aria-invalid'), await field.elementHandle());
  assert.match(await message(), /this date has passed/i);
  const csv = await download(page, 'Download the plan as a spreadsheet (CSV)');
  assert.ok(csv.text.includes('\r\n2020-01-15,'), 'the past date is in the plan');
  assert.deepEqual(await axe(page), []);

  // The last day a calendar event can take.
  await commitDate(field, '9998-12-31');
  await page.waitForFunction((f) => !f.hasAttribute('aria-invalid') && f.getAttribute('aria-describedby') === null, await field.elementHandle());
  const ics = await download(page, 'Download the plan as a calendar file (iCalendar)');
  assert.ok(ics.text.includes('DTSTART;VALUE=DATE:99981231\r\nDTEND;VALUE=DATE:99990101\r\n'), ics.text);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('one\'s own link loaded as the partner\'s answers is named as such, not shown as a gap of zeros', async () => {
  const app = await openApp(server);
  const { page } = app;
  await takeHealth(page, 2);
  const own = await page.locator('.share-url a').getAttribute('href');
  await page.getByRole('button', { name: 'Two-sided review' }).click();
  await page.locator('#theirs-link').fill(own);
  await page.locator('.same-answers').waitFor();
  assert.match(await page.locator('.same-answers').textContent(), /your own answers/);
  assert.equal(await page.locator('.gap-table').count(), 0, 'no table of zeros');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(app.errors, []);
  await app.close();
});
