// Embedding in real Chromium across origins: the app (one port) inside a host page (another
// port) through embed.js; the frame follows its content; events reach the host and only the
// host; a third origin is ignored; the app and the host run under a strict CSP; a broken
// config.json still boots with the defaults.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve, closeBrowser } from './harness.mjs';
import { begin, chooseModules, addSubject, fillScreen, fillToReview, fillToScreen } from './fill.mjs';
import {
  DIST, SANDBOX, REQUEST_HEIGHT, APP_CSP, tempSite, distWith, hostPage, HOST_JS, openPage,
  widget, widgetFrame, frameFitsContent, received, eventsOf, waitForEvent,
} from './embed-helpers.mjs';

let app; // the widget's origin (port A)
let host; // the consultancy's page (port B)
let third; // someone else (port C)
let hostSite;
let thirdSite;
before(async () => {
  app = await serve(DIST);
  thirdSite = tempSite('pm-third-', { 'index.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Third party</title></head><body><p>Another site</p></body></html>\n' });
  third = await serve(thirdSite.dir);
  hostSite = tempSite('pm-host-', {
    'index.html': hostPage(app.url),
    'host.js': HOST_JS,
    // The same host page, with a frame from a third origin beside the widget.
    'with-third.html': hostPage(app.url, { extra: `<iframe title="Another site" src="${third.url}"></iframe>` }),
  });
  host = await serve(hostSite.dir);
});
after(async () => {
  await closeBrowser();
  for (const server of [app, host, third]) server?.close();
  hostSite?.dispose();
  thirdSite?.dispose();
});

const origins = () => [app.origin, host.origin, third.origin];
const MODULES = ['collaboration', 'serious_partner', 'tiering', 'health'];
const MODULE_B = { id: 'serious_partner', letter: 'B', title: 'The six signs of a serious partner' };

test('embed.js inserts the documented frame, reserves its height, then the frame fits its content', async () => {
  const run = await openPage(host.url, { origins: origins(), hold: '**/*_bg.wasm' });
  const { page } = run;
  const iframe = widget(page);
  await iframe.waitFor({ state: 'attached' });
  assert.equal(await iframe.getAttribute('sandbox'), SANDBOX);
  assert.equal(await iframe.getAttribute('allow'), 'clipboard-write');
  const src = new URL(await iframe.getAttribute('src'));
  assert.equal(src.origin, app.origin);
  assert.equal(src.searchParams.get('origin'), host.origin, 'events go to this page only');
  assert.equal(src.searchParams.get('name'), 'Acme Advisory');
  // The app cannot start yet (its wasm is held back): the reserved height is in place.
  await widgetFrame(page, { booted: false });
  const reserved = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(Math.abs(reserved - 700) <= 1, `reserved ${reserved}px`);
  assert.deepEqual(await received(page), [], 'nothing from the app before it runs');
  run.release();

  const frame = await widgetFrame(page);
  await waitForEvent(page, 'ready');
  assert.equal((await frame.locator('header.brand > span').textContent()).trim(), 'Acme Advisory');
  const seen = {};
  seen.welcome = await frameFitsContent(page, frame, 'welcome');
  assert.notEqual(seen.welcome.frame, 700, 'the reserved height gave way to the content');
  await frame.getByRole('button', { name: 'Start the full assessment' }).click();
  await frame.locator('#page-heading', { hasText: 'About your company' }).waitFor();
  seen.choose = await frameFitsContent(page, frame, 'choose');
  await chooseModules(frame, ['health']);
  await frame.locator('fieldset.question').first().waitFor();
  seen.Design = await frameFitsContent(page, frame, 'Design');
  for (let i = 0; i < 4; i++) {
    await fillScreen(frame, 1);
    const heading = (await frame.locator('#page-heading').textContent()).trim();
    seen[heading] = await frameFitsContent(page, frame, heading);
  }
  const long = seen['Trust principles · Value beyond sales'];
  const short = seen['Shared direction'];
  assert.ok(long && short, `screens seen: ${Object.keys(seen)}`);
  assert.ok(short.frame < long.frame - 500, `shrinks for a shorter screen: ${long.frame} → ${short.frame}`);
  // Back to the longer screen, then a narrow host page: the content reflows taller.
  await frame.getByRole('button', { name: 'Back' }).click();
  await frame.locator('#page-heading', { hasText: 'Trust principles · Value beyond sales' }).waitFor();
  const back = await frameFitsContent(page, frame, 'back to Trust principles');
  assert.ok(back.frame > short.frame + 500, `grows again: ${short.frame} → ${back.frame}`);
  assert.ok(Math.abs(back.frame - long.frame) <= 3);
  await page.setViewportSize({ width: 360, height: 800 });
  const narrow = await frameFitsContent(page, frame, 'Trust principles at 360 px');
  assert.ok(narrow.frame > back.frame, `taller when narrow: ${back.frame} → ${narrow.frame}`);
  const last = (await eventsOf(page, 'height')).at(-1);
  assert.equal(`${last.height}px`, narrow.style, 'the frame takes the last reported height');
  assert.deepEqual(run.errors(), []);
  assert.deepEqual(await run.violations(), []);
  assert.deepEqual(run.foreign, []);
  await run.close();
});

test('the host receives ready, started, module_completed and report_ready (scores, no answers), all version 1', async () => {
  const run = await openPage(host.url, { origins: origins() });
  const { page } = run;
  const frame = await widgetFrame(page);
  await waitForEvent(page, 'ready');
  await begin(frame, ['serious_partner']);
  assert.deepEqual((await waitForEvent(page, 'started')).modules, ['serious_partner']);
  await addSubject(frame, 'Initech', { own: true });
  await frame.getByRole('button', { name: 'Next' }).click();
  assert.deepEqual(await eventsOf(page, 'module_completed'), [], 'not before the module is done');
  await fillToReview(frame, 2);
  assert.deepEqual((await waitForEvent(page, 'module_completed')).module, MODULE_B);
  await frame.getByRole('button', { name: 'See my report' }).first().click();
  await frame.locator('.report').waitFor();
  const report = await waitForEvent(page, 'report_ready');
  await frameFitsContent(page, frame, 'report');

  assert.equal(report.version, 1);
  assert.equal(report.content_version, 3);
  assert.equal(report.modules.length, 1);
  const [b] = report.modules;
  assert.deepEqual({ id: b.id, letter: b.letter, title: b.title }, MODULE_B);
  assert.ok(Number.isInteger(b.score) && b.score >= 0 && b.score <= 100, `score ${b.score}`);
  assert.ok(Number.isInteger(b.level) && b.level >= 1 && b.level <= 5, `level ${b.level}`);
  assert.deepEqual(report.overall, { score: b.score, level: b.level, capped: false }, 'one module: overall is that module');
  assert.ok(!('share_token' in report), 'no answers unless configured');
  assert.ok(!JSON.stringify(report).includes('Initech'), 'no party names either');
  const shown = await frame.locator('.report .overall').textContent();
  assert.ok(shown.startsWith(`Level ${b.level} · `) && shown.endsWith(`${b.score} / 100`), `the report shows ${shown}`);

  const all = await received(page);
  const events = all.filter((r) => r.kind === 'event').map((r) => r.data);
  const messages = all.filter((r) => r.kind === 'message');
  assert.deepEqual(events.map((e) => e.type).filter((t) => !t.endsWith(':height')),
    ['ready', 'started', 'module_completed', 'report_ready'].map((t) => `partnering-maturity:${t}`));
  for (const e of events) assert.equal(e.version, 1, JSON.stringify(e));
  for (const e of events.filter((x) => x.type.endsWith(':height'))) assert.ok(Number.isInteger(e.height) && e.height > 0);
  assert.ok(messages.every((m) => m.origin === app.origin), 'every message came from the app');
  assert.deepEqual(messages.map((m) => m.data), events, 'each accepted message is re-dispatched once');
  assert.deepEqual(run.errors(), []);
  assert.deepEqual(run.foreign, []);
  await run.close();
});

test('messages from a third origin change nothing; the same request from the host is answered', async () => {
  const run = await openPage(`${host.url}with-third.html`, { origins: origins() });
  const { page } = run;
  const frame = await widgetFrame(page);
  await waitForEvent(page, 'height');
  const before = await frameFitsContent(page, frame, 'welcome');
  const other = page.frames().find((f) => f.url() === third.url);
  await other.locator('p').waitFor();
  // The widget's own record of what reaches it (after the app's listener, in the same task).
  await frame.evaluate(() => { window.seen = []; addEventListener('message', (e) => window.seen.push(e.origin)); });
  const index = await widget(page).evaluate((f) => [...Array(frames.length).keys()].find((i) => frames[i] === f.contentWindow));
  const heightsBefore = (await eventsOf(page, 'height')).length;

  // The third origin asks the widget for its height, in every form the host itself may use.
  await other.evaluate(([i, type]) => {
    const target = parent.frames[i];
    target.postMessage({ type }, '*');
    target.postMessage({ type, version: 1 }, '*');
    target.postMessage(JSON.stringify({ type }), '*');
  }, [index, REQUEST_HEIGHT]);
  await frame.waitForFunction((o) => window.seen.filter((x) => x === o).length === 3, third.origin, { timeout: 5000 });
  // The host's request, after those: it alone is answered.
  await widget(page).evaluate((f, [type, origin]) => f.contentWindow.postMessage({ type }, origin), [REQUEST_HEIGHT, app.origin]);
  await frame.waitForFunction((o) => window.seen.includes(o), host.origin, { timeout: 5000 });
  // A marker from the widget's window, posted after any reply, arrives after it too.
  await frame.evaluate(() => parent.postMessage('marker', '*'));
  await page.waitForFunction(() => window.received.some((r) => r.kind === 'message' && r.data === 'marker'), null, { timeout: 5000 });
  const replies = (await eventsOf(page, 'height')).slice(heightsBefore);
  assert.equal(replies.length, 1, `one height reply (to the host's request), got ${JSON.stringify(replies)}`);
  assert.equal(replies[0].height, Math.ceil(before.app));

  // The third origin pretends to be the widget: embed.js ignores it.
  await other.evaluate(() => {
    parent.postMessage({ type: 'partnering-maturity:height', version: 1, height: 5 }, '*');
    parent.postMessage({ type: 'partnering-maturity:report_ready', version: 1, overall: { score: 1, level: 1 }, modules: [] }, '*');
  });
  await page.waitForFunction((o) => window.received.filter((r) => r.origin === o).length === 2, third.origin, { timeout: 5000 });
  assert.deepEqual(await eventsOf(page, 'report_ready'), []);
  assert.equal((await eventsOf(page, 'height')).length, heightsBefore + 1);
  await frameFitsContent(page, frame, 'welcome, after the fake height');
  assert.deepEqual(run.errors(), []);
  await run.close();
});

test('one huge message from any window, even the host, leaves the widget responsive and its memory as it was', async () => {
  const run = await openPage(`${host.url}with-third.html`, { origins: origins() });
  const { page } = run;
  const frame = await widgetFrame(page);
  await waitForEvent(page, 'height');
  await frame.waitForFunction(() => window.__wasmMemory instanceof WebAssembly.Memory);
  const memory = () => frame.evaluate(() => window.__wasmMemory.buffer.byteLength);
  const before = await memory();
  const other = page.frames().find((f) => f.url() === third.url);
  const index = await widget(page).evaluate((f) => [...Array(frames.length).keys()].find((i) => frames[i] === f.contentWindow));
  // About 40 million characters each: an object from a third origin, the same object and a
  // long string from the host's own origin, and the host's request right after them.
  await other.evaluate((i) => {
    parent.frames[i].postMessage({ type: 'x', pad: Array(40).fill('€'.repeat(1 << 20)) }, '*');
  }, index);
  const heightsBefore = (await eventsOf(page, 'height')).length;
  await widget(page).evaluate(async (f, [type, origin]) => {
    const huge = Array(40).fill('€'.repeat(1 << 20));
    const text = JSON.stringify({ type, pad: huge.join('') });
    f.contentWindow.postMessage({ type: 'x', pad: huge }, origin);
    f.contentWindow.postMessage(text, origin);
    f.contentWindow.postMessage({ type }, origin);
    await new Promise((resolve) => {
      const seen = (e) => { if (e.data?.type === 'partnering-maturity:height') { removeEventListener('message', seen); resolve(); } };
      addEventListener('message', seen);
    });
  }, [REQUEST_HEIGHT, app.origin]);
  assert.equal((await eventsOf(page, 'height')).length, heightsBefore + 1, 'only the real request is answered');
  const grown = (await memory()) - before;
  assert.ok(grown <= 4 * 1024 * 1024, `wasm memory grew by ${grown} bytes`);
  await frame.getByRole('button', { name: 'Start the full assessment' }).click();
  await frame.locator('#page-heading', { hasText: 'About your company' }).waitFor();
  assert.deepEqual(run.errors(), []);
  await run.close();
});

test('under the strict CSP the app completes a journey and prints with no violation', async (t) => {
  // A logo on another https host that config.json allows (answered here, nothing goes out):
  // allowed by img-src https:.
  const logo = 'https://logo.example/acme.svg';
  const site = distWith(JSON.stringify({ logo_url: logo, logo_hosts: ['https://logo.example'] }));
  const strict = await serve(site.dir, { 'Content-Security-Policy': APP_CSP });
  t.after(() => { strict.close(); site.dispose(); });
  assert.equal((await fetch(strict.url)).headers.get('content-security-policy'), APP_CSP);
  const run = await openPage(strict.url, {
    origins: [strict.origin], waitFor: '#page-heading',
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    fake: { [logo]: { contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0b7a5a"/></svg>' } },
  });
  const { page } = run;
  await page.waitForFunction(() => document.querySelector('header.brand img')?.naturalWidth === 40, null, { timeout: 5000 });
  await begin(page, ['serious_partner', 'tiering']);
  await addSubject(page, 'Initech');
  await page.getByRole('button', { name: 'Next' }).click();
  await fillToScreen(page, 'Your go-to-market partners', 2);
  await addSubject(page, 'Northwind', { tier: 'Strategic' });
  await page.getByRole('button', { name: 'Next' }).click();
  await fillToReview(page, 1);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.locator('.report svg.chart').first().waitFor();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.locator('text=Link copied to the clipboard.').waitFor();
  await page.getByRole('button', { name: 'Share, print or download' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download answers (JSON)' }).click()]);
  await page.emulateMedia({ media: 'print' });
  assert.ok((await page.pdf({ format: 'A4' })).length > 10_000);
  assert.deepEqual(await run.violations(), []);
  assert.deepEqual(run.errors(), []);
  assert.deepEqual(run.foreign, []);

  // The recorder does see violations under this policy: an inline script and style are refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { color: red }';
    document.head.append(style);
  });
  await page.waitForFunction(() => window.__violations.length >= 2, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.inlineRan), undefined);
  assert.deepEqual((await run.violations()).map((v) => v.split(' ')[0]).sort(), ['script-src-elem', 'style-src-elem']);
  await run.close();
});

test('embed.js and the app work on a host page with a strict CSP of its own', async (t) => {
  const strict = await serve(DIST, { 'Content-Security-Policy': APP_CSP });
  const site = tempSite('pm-strict-host-', { 'index.html': hostPage(strict.url), 'host.js': HOST_JS });
  const hostCsp = `default-src 'self'; script-src 'self' ${strict.origin}; frame-src ${strict.origin}; `
    + "style-src 'self'; object-src 'none'; base-uri 'none'";
  const strictHost = await serve(site.dir, { 'Content-Security-Policy': hostCsp });
  t.after(() => { strictHost.close(); strict.close(); site.dispose(); });
  const run = await openPage(strictHost.url, { origins: [strict.origin, strictHost.origin] });
  const { page } = run;
  const frame = await widgetFrame(page);
  await waitForEvent(page, 'ready');
  assert.equal((await frame.locator('header.brand > span').textContent()).trim(), 'Acme Advisory');
  await frameFitsContent(page, frame, 'welcome, strict host');
  await begin(frame, ['health']);
  await waitForEvent(page, 'started');
  await frameFitsContent(page, frame, 'first step, strict host');
  assert.deepEqual(await run.violations(), []);
  assert.deepEqual(run.errors(), []);
  assert.deepEqual(run.foreign, []);
  await run.close();
});

/** Boots a copy of the app with this config.json (null: none) and reads the first screens. */
async function bootWith(t, config) {
  const site = distWith(config);
  const server = await serve(site.dir);
  t.after(() => { server.close(); site.dispose(); });
  const run = await openPage(server.url, { origins: [server.origin], waitFor: '#page-heading' });
  t.after(() => run.close());
  const { page } = run;
  const first = (await page.locator('#page-heading').textContent()).trim();
  const name = (await page.locator('header.brand > span').textContent()).trim();
  const accent = await page.evaluate(() => document.documentElement.style.getPropertyValue('--pm-accent'));
  if (first !== 'About your company') await page.getByRole('button', { name: 'Start the full assessment' }).click();
  await page.locator('#page-heading', { hasText: 'About your company' }).waitFor();
  const offered = await page.locator('input[id^="module-"]').evaluateAll((l) => l.map((e) => e.id.replace('module-', '')));
  const warnings = run.warnings().filter((w) => w.startsWith('config: '));
  const missing = (m) => m.type === 'error' && m.text.includes('status of 404') && m.url === `${server.url}config.json`;
  const errors = [...run.errors().filter((e) => !run.logs.some((m) => missing(m) && e.startsWith(m.text))), ...run.foreign];
  return { first, name, accent, offered, warnings, errors, notFound: run.logs.filter(missing).length, page };
}

const DEFAULT_NAME = 'Partnering maturity self-assessment';
const WELCOME = 'How mature is your partnering?';
const HOSTILE = JSON.stringify({
  consultancy_name: 42,
  accent: 'red; background:url(x)',
  cta_url: 'javascript:alert(1)',
  modules: ['nope'],
  parent_origin: '*',
  show_welcome: 'no',
});
for (const [name, config, keys] of [
  ['malformed JSON', '{ "consultancy_name": "Acme", ', ['config.json']],
  ['an HTML page', '<!doctype html><html><body><h1>Not found</h1></body></html>', ['config.json']],
  ['wrong types and hostile values', HOSTILE, ['consultancy_name', 'accent', 'cta_url', 'modules', 'parent_origin', 'show_welcome']],
  ['missing (404)', null, []],
]) {
  test(`a config.json that is ${name} boots to the welcome screen with the defaults`, async (t) => {
    const boot = await bootWith(t, config);
    assert.equal(boot.first, WELCOME);
    assert.equal(boot.name, DEFAULT_NAME);
    assert.equal(boot.accent, '');
    assert.deepEqual(boot.offered, MODULES);
    for (const key of keys) {
      assert.ok(boot.warnings.some((w) => w.startsWith(`config: \`${key}\` ignored: `)), `a warning names ${key}: ${boot.warnings.join('\n')}`);
    }
    assert.equal(boot.warnings.length, keys.length, boot.warnings.join('\n'));
    assert.equal(boot.notFound, config === null ? 1 : 0, 'the missing file is the only error, once');
    assert.deepEqual(boot.errors, []);
  });
}

test('a valid config.json chooses the modules and their order, skips the welcome, sets the accent', async (t) => {
  const modules = await bootWith(t, JSON.stringify({ modules: ['health', 'serious_partner'] }));
  assert.equal(modules.first, WELCOME);
  assert.deepEqual(modules.offered, ['health', 'serious_partner']);
  assert.deepEqual([...modules.warnings, ...modules.errors], []);

  const noWelcome = await bootWith(t, JSON.stringify({ show_welcome: false, consultancy_name: 'Acme Advisory' }));
  assert.equal(noWelcome.first, 'About your company');
  assert.equal(noWelcome.name, 'Acme Advisory');
  assert.deepEqual(noWelcome.offered, MODULES);
  assert.deepEqual([...noWelcome.warnings, ...noWelcome.errors], []);

  const accent = await bootWith(t, JSON.stringify({ accent: '#aa3300' }));
  assert.equal(accent.accent, '#aa3300');
  const primary = await accent.page.getByRole('button', { name: 'Next' }).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(primary, 'rgb(170, 51, 0)', 'the primary button takes the accent');
  assert.deepEqual([...accent.warnings, ...accent.errors], []);
});
