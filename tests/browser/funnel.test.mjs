// A consultancy's funnel in real Chromium, across origins: the contact step and its one event
// to the host page (and nowhere else), the dataLayer bridge with the host's campaign tags,
// printing from inside the frame, and phones that keep the widget (or a full-page view whose
// events still reach the host).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { serve, closeBrowser, axe } from './harness.mjs';
import { begin, fillToReview } from './fill.mjs';
import {
  tempSite, distWith, hostPage, HOST_JS, openPage, widget, widgetFrame, frameFitsContent,
  eventsOf, waitForEvent,
} from './embed-helpers.mjs';

const servers = [];
const sites = [];
after(async () => {
  await closeBrowser();
  for (const server of servers) server.close();
  for (const site of sites) site.dispose();
});

/** Serves a copy of the app with this config.json, and a host page embedding it. */
async function setUp(config, attributes) {
  const appSite = distWith(JSON.stringify(config(null)));
  sites.push(appSite);
  const app = await serve(appSite.dir);
  servers.push(app);
  const hostSite = tempSite('pm-funnel-host-', { 'index.html': hostPage(app.url, { attributes }), 'host.js': HOST_JS });
  sites.push(hostSite);
  const host = await serve(hostSite.dir);
  servers.push(host);
  // The config may name the host's origin, known only now: write it again with it.
  writeFileSync(`${appSite.dir}/config.json`, JSON.stringify(config(host.origin)));
  return { app, host };
}

const leadConfig = (hostOrigin) => ({
  consultancy_name: 'Acme Advisory',
  parent_origin: hostOrigin ?? 'https://placeholder.example',
  lead_fields: ['name', 'email', 'company', 'phone'],
  lead_required: ['email', 'company'],
  lead_consent_text: 'I agree that Acme Advisory may contact me about these results.',
  lead_privacy_url: 'https://acme.example/privacy',
});

const PERSONAL = ['ana@acme.example', 'Ana Lopez', 'Acme Corp'];

test('the contact step: required fields, consent unticked, one lead event to the host only, dataLayer in order, nothing kept', async () => {
  const { app, host } = await setUp(leadConfig, 'data-min-height="700" data-datalayer="true"');
  const run = await openPage(`${host.url}?utm_source=newsletter&utm_campaign=q4&other=1`, { origins: [app.origin, host.origin] });
  const { page, context } = run;
  await context.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
  const frame = await widgetFrame(page);
  await waitForEvent(page, 'ready');
  await begin(frame, ['health'], { quick: true });
  await fillToReview(frame, 2);
  await frame.getByRole('button', { name: 'See my report' }).first().click();
  await frame.locator('#page-heading', { hasText: 'Your report is ready' }).waitFor();
  assert.equal(await frame.locator('.summary').count(), 0, 'the report waits for the contact step');
  assert.equal(await frame.locator('#lead-consent').isChecked(), false, 'consent starts unticked');
  assert.deepEqual(await eventsOf(page, 'report_ready'), [], 'not shown yet, so not reported yet');
  assert.deepEqual(await axe(frame), []);

  await frame.getByRole('button', { name: 'Send and show my report' }).click();
  const errors = await frame.locator('.lead-form .field-error').allTextContents();
  assert.deepEqual(errors, ['Enter your work email.', 'Enter your company.', 'Tick the box to agree, so your details can be sent.']);
  await frame.waitForFunction(() => document.activeElement?.id === 'lead-email');
  assert.equal(await frame.locator('#lead-email').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await axe(frame), [], 'errors are accessible too');
  await frame.locator('#lead-name').fill('Ana Lopez');
  await frame.locator('#lead-email').fill('ana@acme');
  await frame.locator('#lead-company').fill('Acme Corp');
  await frame.locator('label[for="lead-consent"]').click();
  await frame.getByRole('button', { name: 'Send and show my report' }).click();
  assert.deepEqual(await frame.locator('.lead-form .field-error').allTextContents(), ['Enter an email address like name@company.com.']);
  assert.deepEqual(await eventsOf(page, 'lead_submitted'), [], 'nothing sent while a field is wrong');
  // Addresses a CRM would choke on, or a page would run if it showed them unescaped.
  for (const hostile of ['javascript:alert(1)//@x.example', '"<svg/onload=alert(1)>"@x.example']) {
    await frame.locator('#lead-email').fill(hostile);
    await frame.getByRole('button', { name: 'Send and show my report' }).click();
    const [problem] = await frame.locator('.lead-form .field-error').allTextContents();
    assert.match(problem, /letters, digits/, hostile);
    assert.deepEqual(await eventsOf(page, 'lead_submitted'), [], `${hostile}: nothing sent`);
  }
  await frame.locator('#lead-email').fill('ana@acme.example');
  // Four submits in one task (two clicks and two requestSubmit calls) send once.
  await frame.locator('form.lead-form').evaluate((form) => {
    const send = form.querySelector('button[type=submit]');
    send.click();
    send.click();
    form.requestSubmit();
    form.requestSubmit();
  });
  await frame.locator('.summary').waitFor();

  const lead = await waitForEvent(page, 'lead_submitted');
  assert.deepEqual(lead.contact, { name: 'Ana Lopez', email: 'ana@acme.example', company: 'Acme Corp' });
  assert.equal(lead.consent.text, 'I agree that Acme Advisory may contact me about these results.');
  assert.match(lead.consent.given_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal(lead.modules[0].id, 'health');
  assert.ok(!('share_token' in lead), 'no answers unless configured');
  assert.deepEqual(lead.utm, { utm_source: 'newsletter', utm_campaign: 'q4' });
  await waitForEvent(page, 'report_ready');
  assert.equal((await eventsOf(page, 'lead_submitted')).length, 1, 'exactly one lead event');

  const layer = await page.evaluate(() => window.dataLayer);
  assert.deepEqual(layer.map((e) => e.event), ['pm_started', 'pm_module_completed', 'generate_lead', 'pm_report_ready']);
  assert.ok(layer.every((e) => e.utm_source === 'newsletter' && e.utm_campaign === 'q4'), JSON.stringify(layer));
  const leadEntry = layer.find((e) => e.event === 'generate_lead');
  assert.equal(leadEntry.pm_overall_level, lead.overall.level);
  assert.ok(!JSON.stringify(layer).includes('acme.example'), 'no personal data in the dataLayer');

  // Nothing personal in any address, the share link or storage; nothing to another host.
  const kept = await frame.evaluate(() => JSON.stringify([location.href, document.querySelector('.share-url a')?.href,
    Object.entries(localStorage), Object.entries(sessionStorage)]));
  const urls = [page.url(), frame.url(), kept];
  for (const value of PERSONAL) assert.ok(!urls.some((u) => u.includes(value) || u.includes(encodeURIComponent(value))), value);
  assert.deepEqual(run.foreign, []);

  // Print from inside the frame: the report opens in its own tab and prints there.
  const figures = () => (f) => f.evaluate(() => [...document.querySelectorAll('.overall, .module-lines li')].map((e) => e.textContent.trim()));
  const inFrame = await figures()(frame);
  await frame.getByRole('button', { name: 'Share, print or download' }).click();
  const [tab] = await Promise.all([context.waitForEvent('page'), frame.getByRole('button', { name: 'Print or PDF' }).click()]);
  await tab.waitForURL(/#\/print\/[A-Za-z0-9_-]+$/);
  await tab.locator('.summary').waitFor();
  assert.deepEqual(await figures()(tab), inFrame, 'the same figures in the new tab');
  await tab.waitForFunction(() => window.__printed === 1);
  assert.equal(await page.evaluate(() => window.__printed ?? 0), 0, 'the host page is not printed');
  assert.deepEqual(run.errors(), []);
  await run.close();
});

test('with no parent origin in config.json there is no contact step, and the console says why', async () => {
  const { app, host } = await setUp(() => ({ lead_fields: ['email'] }), 'data-min-height="700"');
  const run = await openPage(host.url, { origins: [app.origin, host.origin] });
  const frame = await widgetFrame(run.page);
  await begin(frame, ['health'], { quick: true });
  await fillToReview(frame, 2);
  await frame.getByRole('button', { name: 'See my report' }).first().click();
  await frame.locator('.summary').waitFor();
  assert.equal(await frame.locator('.lead-step').count(), 0);
  assert.ok(run.warnings().some((w) => w.includes('the contact step needs parent_origin set in config.json')), run.warnings().join('\n'));
  await run.close();
});

/** Takes the quick check of module D in `where` (a page or a frame) up to the report's door. */
async function quickCheck(where) {
  await begin(where, ['health'], { quick: true });
  await fillToReview(where, 2);
  await where.getByRole('button', { name: 'See my report' }).first().click();
}

test('the contact step shows only where the configured host can receive it: not at the top level, not in another origin\'s frame', async () => {
  // config.json names the host page, but the app is opened on its own, in no frame.
  const { app, host } = await setUp(leadConfig, 'data-min-height="700"');
  const alone = await openPage(app.url, { origins: [app.origin, host.origin] });
  await alone.page.locator('#page-heading').waitFor();
  await quickCheck(alone.page);
  await alone.page.locator('.summary').waitFor();
  assert.equal(await alone.page.locator('.lead-step').count(), 0, 'no step at the top level');
  assert.ok(!(await alone.page.content()).includes('Your details go only to'), 'no untrue promise');
  assert.ok(alone.warnings().some((w) => w.includes('lead_fields') && w.includes('not shown')), alone.warnings().join('\n'));
  assert.deepEqual(await axe(alone.page), []);
  assert.deepEqual(alone.errors(), []);
  await alone.close();

  // Framed by a page of another origin than the configured one.
  const other = await setUp(() => ({ ...leadConfig(null), parent_origin: 'https://acme.example' }), 'data-min-height="700"');
  const framed = await openPage(other.host.url, { origins: [other.app.origin, other.host.origin] });
  const frame = await widgetFrame(framed.page);
  await quickCheck(frame);
  await frame.locator('.summary').waitFor();
  assert.equal(await frame.locator('.lead-step').count(), 0, 'no step in a frame of another origin');
  assert.ok(!(await frame.content()).includes('Your details go only to'));
  assert.ok(framed.warnings().some((w) => w.includes('lead_fields') && w.includes(other.host.origin)), framed.warnings().join('\n'));
  await framed.close();

  // Opened full-page by the configured host page: the step shows, and its one event arrives there.
  const phone = await setUp(leadConfig, 'data-full-page-on-small-screens="true"');
  const opener = await openPage(phone.host.url, { origins: [phone.app.origin, phone.host.origin], viewport: { width: 390, height: 844 } });
  const [tab] = await Promise.all([opener.context.waitForEvent('page'), opener.page.getByRole('button', { name: 'Open the assessment' }).click()]);
  await tab.locator('#page-heading').waitFor();
  await quickCheck(tab);
  await tab.locator('.lead-step').waitFor();
  assert.match(await tab.locator('.lead-step').textContent(), /Your details go only to Acme Advisory/);
  await tab.locator('#lead-email').fill('ana@acme.example');
  await tab.locator('#lead-company').fill('Acme Corp');
  await tab.locator('label[for="lead-consent"]').click();
  await tab.getByRole('button', { name: 'Send and show my report' }).click();
  await tab.locator('.summary').waitFor();
  assert.equal((await waitForEvent(opener.page, 'lead_submitted')).contact.company, 'Acme Corp');
  assert.deepEqual(opener.errors(), []);
  await opener.close();
});

test('on a 390 px phone the widget stays inline and its events reach the host', async () => {
  const { app, host } = await setUp(() => ({ show_welcome: true }), 'data-min-height="700"');
  const run = await openPage(host.url, { origins: [app.origin, host.origin], viewport: { width: 390, height: 844 } });
  const frame = await widgetFrame(run.page);
  await waitForEvent(run.page, 'ready');
  const size = await widget(run.page).evaluate((f) => f.getBoundingClientRect().width);
  assert.ok(size > 300 && size <= 390, `an inline frame ${size}px wide`);
  await frameFitsContent(run.page, frame, 'welcome at 390 px');
  await begin(frame, ['health']);
  assert.deepEqual((await waitForEvent(run.page, 'started')).modules, ['health']);
  assert.deepEqual(run.errors(), []);
  await run.close();
});

test('where a full-page view is chosen on a phone, it opens from the host and its events still arrive there', async () => {
  const { app, host } = await setUp(() => ({ show_welcome: true }), 'data-full-page-on-small-screens="true" data-config-accent="#0b7a5a"');
  const run = await openPage(host.url, { origins: [app.origin, host.origin], viewport: { width: 390, height: 844 } });
  const { page, context } = run;
  const open = page.getByRole('button', { name: 'Open the assessment' });
  await open.waitFor();
  assert.equal(await page.locator('iframe').count(), 0);
  const [tab] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await tab.locator('#page-heading').waitFor();
  assert.equal(new URL(tab.url()).searchParams.get('origin'), host.origin, 'the full page knows where events go');
  await waitForEvent(page, 'ready');
  await begin(tab, ['health']);
  assert.deepEqual((await waitForEvent(page, 'started')).modules, ['health'], 'the host hears from the full-page view');
  assert.deepEqual(run.errors(), []);
  await run.close();
});
