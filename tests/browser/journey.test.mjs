// A person's whole journey in real Chromium, by keyboard alone: all four modules, review,
// report; resuming after a reload; and a browser that refuses storage.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { tabTo, pressButton, answerScreen, focused } from './keyboard.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

async function expectHeading(page, text) {
  await page.waitForFunction((t) => document.querySelector('#page-heading')?.textContent.trim() === t, text);
  // Give a busy machine a moment to move the focus, then check where it is.
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading', null, { timeout: 5000 }).catch(() => {});
  const f = await focused(page);
  assert.equal(f.id, 'page-heading', `focus moves to the heading "${text}"`);
}

/** From the welcome screen, ticks one module and begins, by keyboard. */
async function beginWithKeyboard(page, module) {
  await pressButton(page, 'Start the assessment');
  await tabTo(page, (f) => f.id === `module-${module}`);
  await page.keyboard.press('Space');
  await pressButton(page, 'Begin');
}

/** Begins module D and answers its first screen, which saves progress with D chosen. */
async function saveProgressInModuleD(page, pick) {
  await beginWithKeyboard(page, 'health');
  await page.locator('.question').first().waitFor();
  await answerScreen(page, pick);
}

async function chooseAllModules(page) {
  await pressButton(page, 'Start the assessment');
  await expectHeading(page, 'Choose your modules');
  for (const id of ['collaboration', 'serious_partner', 'tiering', 'health']) {
    await tabTo(page, (f) => f.id === `module-${id}`);
    await page.keyboard.press('Space');
  }
  await pressButton(page, 'Begin');
}

async function addName(page, name, { own = false } = {}) {
  await tabTo(page, (f) => f.id === 'subject-name');
  await page.keyboard.type(name);
  if (own) {
    await tabTo(page, (f) => f.id === 'subject-own');
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Add');
  }
  await page.keyboard.press('Enter');
  await page.locator('.subject-name', { hasText: name.trim().slice(0, 20) }).first().waitFor();
}

const violations = [];
async function check(app, screen) {
  for (const v of await axe(app.page)) violations.push(`${screen}: ${v}`);
}

async function moduleA(app) {
  const { page } = app;
  await expectHeading(page, 'Your partner functions');
  await check(app, 'A profile');
  await pressButton(page, 'Next');
  assert.match(await page.locator('[role=alert]').textContent(), /Tick at least one partner function/);
  for (const fn of ['channel', 'technology', 'mna', 'venture', 'alliances']) {
    await tabTo(page, (f) => f.id === `a.functions-0-${fn}`);
    await page.keyboard.press('Space');
  }
  await pressButton(page, 'Next');
  const counts = [];
  for (let i = 0; i < 6; i++) {
    await page.locator('.question').first().waitFor();
    if (i === 5) await check(app, 'A seams');
    counts.push(await answerScreen(page, () => 2));
  }
  assert.deepEqual(counts, [3, 3, 3, 2, 3, 10]);
}

async function moduleB(app) {
  const { page } = app;
  await expectHeading(page, 'Whom are you assessing?');
  await pressButton(page, 'Next');
  assert.match(await page.locator('[role=alert]').textContent(), /Add your own company/);
  await addName(page, 'Our company', { own: true });
  await addName(page, '  Acme   Systems ');
  await addName(page, 'acme systems');
  assert.match(await page.locator('#subject-error').textContent(), /already on the list/);
  await check(app, 'B parties');
  await pressButton(page, 'Next');
  await expectHeading(page, 'Our company');
  assert.equal(await answerScreen(page, () => 2), 6);
  await expectHeading(page, 'Acme Systems');
  assert.equal(await answerScreen(page, () => 0), 6);
}

async function moduleC(app) {
  const { page } = app;
  await expectHeading(page, 'Your go-to-market partners');
  for (const name of ['Northwind', 'Contoso', 'Globex']) {
    await tabTo(page, (f) => f.id === 'subject-name');
    await page.keyboard.type(name);
    await tabTo(page, (f) => f.id === 'subject-tier');
    await page.keyboard.press('ArrowUp'); // Tactical -> Strategic
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Add');
    await page.keyboard.press('Enter');
    await page.locator('.subject-name', { hasText: name }).waitFor();
  }
  await check(app, 'C partners');
  await pressButton(page, 'Next');
  for (const name of ['Northwind', 'Contoso', 'Globex']) {
    await expectHeading(page, name);
    assert.equal(await answerScreen(page, () => 1), 9);
  }
}

async function moduleD(app) {
  const { page } = app;
  const counts = [];
  for (let i = 0; i < 5; i++) {
    await page.locator('.question').first().waitFor();
    counts.push(await answerScreen(page, () => 1));
  }
  assert.deepEqual(counts, [4, 5, 2, 12, 4]);
}

test('a keyboard-only journey through all four modules reaches a full report', async () => {
  const app = await openApp(server);
  const { page } = app;
  await check(app, 'welcome');
  await chooseAllModules(page);
  await moduleA(app);
  await moduleB(app);
  await moduleC(app);
  await moduleD(app);
  await expectHeading(page, 'Review your answers');
  await check(app, 'review');
  assert.equal(await page.locator('.review-list li').count(), 1 + 24 + 12 + 27 + 27);
  await page.goBack();
  await page.waitForURL(/#\/step\/health\/4$/);
  await page.goForward();
  await page.waitForURL(/#\/review$/);
  await page.locator('.review-list').first().waitFor();
  await pressButton(page, 'See my report');
  await expectHeading(page, 'Your partnering maturity report');
  await check(app, 'report');
  for (const title of ['A. Partner-organization collaboration', 'B. Six signs of a serious partner', 'C. Go-to-market partner tiering', 'D. Alliance health and trust']) {
    assert.ok(await page.getByRole('heading', { name: title }).isVisible(), title);
  }
  assert.match(await page.locator('.overall').textContent(), /\d+ \/ 100 · Level \d/);
  assert.equal(await page.locator('svg.radar').count(), 1);
  assert.equal(await page.locator('.top-actions li').count(), 3);
  assert.match(await page.locator('.flags').textContent(), /Everyone is strategic/);
  assert.deepEqual(violations, []);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreign, []);
  await app.close();
});

test('reloading mid-way offers to resume at the same question with answers intact', async () => {
  const app = await openApp(server);
  const { page } = app;
  await saveProgressInModuleD(page, () => 3);
  const url = page.url();
  assert.match(url, /#\/step\/health\/1$/);
  await page.reload();
  await page.locator('#resume-heading').waitFor();
  await check(app, 'resume offer');
  await page.goto(`${server.url}#/`);
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  assert.match(await page.getByRole('alert').textContent(), /replaces the one saved/);
  await page.goto(url);
  await page.locator('#resume-heading').waitFor();
  await pressButton(page, 'Resume where I left off');
  await page.locator('.question').first().waitFor();
  assert.equal(page.url(), url, 'still on the same step');
  await pressButton(page, 'Back');
  await page.waitForURL(/#\/step\/health\/0$/);
  await page.locator('#page-heading', { hasText: 'Design' }).waitFor();
  // Wait for the screen to settle rather than read it mid-render on a busy machine.
  const checked = await page.waitForFunction(() => document.querySelectorAll('input[type=radio]:checked').length === 4, null, { timeout: 5000 })
    .then(() => 4, () => page.locator('input[type=radio]:checked').count());
  assert.equal(checked, 4, 'the four design answers are intact');
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a browser that refuses storage still completes a module, with a quiet notice', async () => {
  const blockStorage = () => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  };
  const app = await openApp(server, { initScript: blockStorage });
  const { page } = app;
  assert.match(await page.locator('.notice').first().textContent(), /not letting the assessment save progress/);
  await beginWithKeyboard(page, 'serious_partner');
  await addName(page, 'Initech');
  await pressButton(page, 'Next');
  await expectHeading(page, 'Initech');
  await answerScreen(page, () => 2);
  await pressButton(page, 'See my report');
  await expectHeading(page, 'Your partnering maturity report');
  assert.match(await page.locator('.signs').textContent(), /6 of 6/);
  // Starting over asks first, and keeping the answers keeps the report.
  await page.getByRole('button', { name: 'Start over' }).click();
  assert.match(await page.getByRole('alert').textContent(), /clears these answers/);
  assert.deepEqual(await axe(page), []);
  await page.getByRole('button', { name: 'Keep my answers' }).click();
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Clear my answers and start over' }).click();
  await expectHeading(page, 'How mature is your partnering?');
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('changing an answer from the review leads straight back to the review', async () => {
  const app = await openApp(server);
  const { page } = app;
  await beginWithKeyboard(page, 'health');
  for (let i = 0; i < 5; i++) {
    await page.locator('.question').first().waitFor();
    await answerScreen(page, () => 0);
  }
  await expectHeading(page, 'Review your answers');
  const row = page.locator('.review-list li').first();
  const before = await row.locator('.review-answer').textContent();
  await row.getByRole('link').click();
  await page.locator('.question').first().waitFor();
  await page.locator('fieldset.question').first().locator('.choice label').last().click();
  await page.getByRole('link', { name: 'Back to the review of all answers' }).click();
  await expectHeading(page, 'Review your answers');
  const after = await page.locator('.review-list li').first().locator('.review-answer').textContent();
  assert.notEqual(after, before, 'the changed answer shows in the review');
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a module chosen before the configuration stopped offering it stays listed, and unticking it can be undone', async () => {
  const app = await openApp(server);
  const { page } = app;
  await saveProgressInModuleD(page, () => 1);
  // The consultancy now offers module A only; the saved progress has D.
  const onlyA = `${server.url}?modules=collaboration`;
  await page.goto(`${onlyA}#/`);
  await page.locator('#resume-heading').waitFor();
  await pressButton(page, 'Resume where I left off');
  await page.locator('.question').first().waitFor();
  await page.goto(`${onlyA}#/choose`);
  await expectHeading(page, 'Choose your modules');
  const boxes = () => page.locator('.choices input[type=checkbox]').evaluateAll((els) => els.map((e) => [e.id, e.checked]));
  assert.deepEqual(await boxes(), [['module-collaboration', false], ['module-health', true]]);
  assert.match(await page.locator('label[for="module-health"]').textContent(), /No longer offered here/);
  await tabTo(page, (f) => f.id === 'module-health');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('#module-health')?.checked === false);
  assert.equal((await focused(page)).id, 'module-health', 'the unticked box stays, with the focus');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('#module-health')?.checked === true);
  assert.deepEqual(await boxes(), [['module-collaboration', false], ['module-health', true]]);
  assert.deepEqual(app.errors, []);
  await app.close();
});
