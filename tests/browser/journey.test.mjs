// A person's whole journey in real Chromium: the first question one click from the welcome, all
// four modules by keyboard alone, the quick check and continuing it, the progress indicator
// (minutes left never rising), reloads that keep the route and the answers, Change landing on
// the question, and a browser that refuses storage.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';
import { tabTo, pressButton, answerScreen, focused } from './keyboard.mjs';
import { begin, addSubject, fillScreen, fillToReview, fillToScreen } from './fill.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

/** No screen asks more than this many questions. */
const MAX_PER_SCREEN = 6;

async function expectHeading(page, text) {
  await page.waitForFunction((t) => document.querySelector('#page-heading')?.textContent.trim() === t, text);
  // Give a busy machine a moment to move the focus, then check where it is.
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading', null, { timeout: 5000 }).catch(() => {});
  const f = await focused(page);
  assert.equal(f.id, 'page-heading', `focus moves to the heading "${text}"`);
}

/** Minutes left as read on every screen of the keyboard journey, in order, with what was added. */
const minutesSeen = [];

/** The progress indicator as shown: [screen in the module, its screens, minutes left, bar percent]; records the minutes. */
async function progress(page) {
  const text = await page.locator('.progress-count').textContent();
  const match = text.match(/^(?:Screen (\d+) of (\d+) · )?(?:about (\d+) minutes? left|almost done)$/);
  assert.ok(match, `progress reads "${text}"`);
  const percent = Number(await page.locator('[role=progressbar]').getAttribute('aria-valuenow'));
  const added = await page.locator('.progress-added').count() ? await page.locator('.progress-added').textContent() : '';
  minutesSeen.push([Number(match[3] ?? 0), added]);
  return [Number(match[1] ?? 0), Number(match[2] ?? 0), Number(match[3] ?? 0), percent];
}

/** On the first screen, by keyboard: the company's size, then (under "Choose modules") only `keep` left ticked. */
async function chooseWithKeyboard(page, keep) {
  await expectHeading(page, 'About your company');
  await progress(page);
  await tabTo(page, (f) => f.name === 'org.size-0');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown'); // 100 to 1,000 people
  const untick = ['collaboration', 'serious_partner', 'tiering', 'health'].filter((id) => !keep.includes(id));
  if (untick.length) {
    await tabTo(page, (f) => f.tag === 'summary' && f.text.startsWith('Choose modules'));
    await page.keyboard.press('Enter');
  }
  for (const id of untick) {
    await tabTo(page, (f) => f.id === `module-${id}`);
    await page.keyboard.press('Space');
  }
  await pressButton(page, 'Next');
}

async function beginWithKeyboard(page, modules, way = 'Start the full assessment') {
  await pressButton(page, way);
  await chooseWithKeyboard(page, modules);
}

/** Types a name in "Your company" (`own`) or "Partners to assess" and presses Enter. */
async function addName(page, name, { own = false } = {}) {
  await tabTo(page, (f) => f.id === (own ? 'own-name' : 'subject-name'));
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.locator('.subject-name', { hasText: name.trim().slice(0, 20) }).first().waitFor();
}

const violations = [];
async function check(app, screen) {
  for (const v of await axe(app.page)) violations.push(`${screen}: ${v}`);
}

/** Answers question screens by keyboard until the URL leaves `module`; returns questions per screen. */
async function answerModule(page, module, pick) {
  const counts = [];
  while (new RegExp(`#/step/${module}/`).test(page.url())) {
    await page.locator('.question').first().waitFor();
    await progress(page);
    const url = page.url();
    counts.push(await answerScreen(page, pick));
    await page.waitForFunction((u) => location.href !== u, url);
  }
  return counts;
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);

async function moduleA(app) {
  const { page } = app;
  await expectHeading(page, 'Your partner functions');
  const [screen, screens, minutes, percent] = await progress(page);
  assert.equal(screen, 1);
  assert.ok(percent < 3, `only the size question is behind: ${percent}%`);
  assert.ok(screens > 3, `A's screens are counted at their most before the functions are ticked: ${screens}`);
  assert.ok(minutes > 20, `minutes left for the whole assessment: ${minutes}`);
  const stepper = await page.locator('.stepper li').evaluateAll((els) => els.map((e) => e.querySelector('[aria-hidden]').textContent));
  assert.deepEqual(stepper, ['A ●', 'B', 'C', 'D']);
  await check(app, 'A profile');
  await pressButton(page, 'Next');
  assert.match(await page.locator('[role=alert]').textContent(), /Tick at least one partner function/);
  for (const fn of ['channel', 'technology', 'mna', 'venture', 'alliances']) {
    await tabTo(page, (f) => f.id === `a.functions-0-${fn}`);
    await page.keyboard.press('Space');
  }
  await page.waitForFunction(() => !document.querySelector('[role=alert]'), null, { timeout: 5000 });
  await pressButton(page, 'Next');
  await page.locator('.question').first().waitFor();
  const [second, , , secondPercent] = await progress(page);
  assert.equal(second, 2);
  assert.ok(secondPercent > 0 && secondPercent < 10, `a little way in: ${secondPercent}%`);
  const counts = await answerModule(page, 'collaboration', () => 2);
  // Five functions: 3 + 2 + 2 + 1 + 3 questions, ten seams and 3 on working across functions.
  assert.equal(sum(counts), 24, `A's screens: ${counts}`);
  assert.ok(Math.max(...counts) <= MAX_PER_SCREEN, `A's screens: ${counts}`);
}

async function moduleB(app) {
  const { page } = app;
  await expectHeading(page, 'Whom are you assessing?');
  await progress(page);
  const stepper = await page.locator('.stepper li').evaluateAll((els) => els.map((e) => e.querySelector('[aria-hidden]').textContent));
  assert.deepEqual(stepper, ['A ✓', 'B ●', 'C', 'D']);
  await pressButton(page, 'Next');
  assert.match(await page.locator('[role=alert]').textContent(), /Add your own company/);
  await addName(page, 'Our company', { own: true });
  // The message clears as soon as it no longer applies.
  await page.waitForFunction(() => !document.querySelector('p.blocker'), null, { timeout: 5000 });
  await addName(page, '  Acme   Systems ');
  await addName(page, 'acme systems');
  assert.match(await page.locator('#subject-error').textContent(), /already on the list/);
  await check(app, 'B parties');
  assert.match(await page.locator('.subject', { hasText: 'Acme Systems' }).textContent(), /\+\d+ min/, 'a partner says what it adds');
  await progress(page);
  // The refused name is still in its field: Next says why rather than dropping it.
  await pressButton(page, 'Next');
  await page.locator('p.blocker', { hasText: 'already on the list' }).waitFor();
  await tabTo(page, (f) => f.id === 'subject-name');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await pressButton(page, 'Next');
  await expectHeading(page, 'Our company');
  const ours = [];
  while ((await page.locator('#page-heading').textContent()).trim() === 'Our company') {
    const url = page.url();
    ours.push(await answerScreen(page, () => 2));
    await page.waitForFunction((u) => location.href !== u, url);
  }
  await expectHeading(page, 'Acme Systems');
  const theirs = await answerModule(page, 'serious_partner', () => 0);
  assert.equal(sum(ours), 12, `B about our company: ${ours}`);
  assert.equal(sum(theirs), 12, `B about Acme: ${theirs}`);
  assert.ok(Math.max(...ours, ...theirs) <= MAX_PER_SCREEN);
}

async function moduleC(app) {
  const { page } = app;
  await expectHeading(page, 'Your go-to-market partners');
  // Companies named in module B are offered here; one click adds one.
  await page.getByRole('button', { name: 'Add Acme Systems' }).click();
  await page.locator('.subject-name', { hasText: 'Acme Systems' }).waitFor();
  for (const name of ['Northwind', 'Contoso']) {
    await tabTo(page, (f) => f.id === 'subject-name');
    await page.keyboard.type(name);
    await tabTo(page, (f) => f.id === 'subject-tier');
    await page.keyboard.press('ArrowUp'); // Tactical -> Strategic
    if (name === 'Contoso') break; // typed and not added: Next adds it
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Add partner');
    await page.keyboard.press('Enter');
    await page.locator('.subject-name', { hasText: name }).waitFor();
  }
  await check(app, 'C partners');
  await progress(page);
  await pressButton(page, 'Next');
  await page.waitForURL(/#\/step\/tiering\/1$/);
  await page.goBack();
  await page.locator('.subject-name', { hasText: 'Contoso' }).waitFor();
  assert.match(await page.locator('.subject', { hasText: 'Contoso' }).locator('select').inputValue(), /Strategic/);
  await page.goForward();
  await page.waitForURL(/#\/step\/tiering\/1$/);
  const counts = await answerModule(page, 'tiering', () => 1);
  // The portfolio's own practice (6) and 10 questions about each of the three partners.
  assert.equal(sum(counts), 6 + 3 * 10, `C's screens: ${counts}`);
  assert.ok(Math.max(...counts) <= MAX_PER_SCREEN, `C's screens: ${counts}`);
}

async function moduleD(app) {
  const { page } = app;
  const counts = [];
  // D's first screen asks which alliance it is about, among the partners named in C and B;
  // two are strategic, so none is assumed.
  const alliance = page.getByLabel('Which alliance are these answers about?');
  assert.deepEqual(await alliance.locator('option').allTextContents(), ['Not one of these', 'Acme Systems', 'Northwind', 'Contoso', 'Another partner']);
  // Another partner is typed by name; a name that is only spaces is refused beside the field.
  await alliance.selectOption({ label: 'Another partner' });
  const name = page.getByLabel("The partner's name");
  await name.fill('   ');
  await page.getByRole('button', { name: 'Use this name' }).click();
  await page.locator('#alliance-error', { hasText: 'Enter a name first.' }).waitFor();
  await name.fill('  Fabrikam\tLabs ');
  await page.getByRole('button', { name: 'Use this name' }).click();
  await page.locator('.alliance-named', { hasText: 'These answers are about the alliance with Fabrikam Labs.' }).waitFor();
  await page.locator('legend', { hasText: 'your company and Fabrikam Labs agreed' }).waitFor();
  await check(app, 'D typed partner');
  await alliance.selectOption({ label: 'Northwind' });
  await page.locator('#alliance option', { hasText: 'Not one of these' }).waitFor({ state: 'detached' });
  assert.equal(await alliance.locator('option:checked').textContent(), 'Northwind');
  await check(app, 'D alliance');
  for (;;) {
    await page.locator('.question').first().waitFor();
    const [screen, screens, , percent] = await progress(page);
    const last = screen === screens;
    const url = page.url();
    counts.push(await answerScreen(page, () => 1));
    if (last) {
      assert.ok(percent >= 90 && percent < 100, `the last screen is nearly done: ${percent}%`);
      break;
    }
    await page.waitForFunction((u) => location.href !== u, url);
  }
  assert.equal(sum(counts), 20, `D's screens: ${counts}`);
  assert.ok(Math.max(...counts) <= MAX_PER_SCREEN, `D's screens: ${counts}`);
}

test('the first question is one click from the welcome, at both widths, with module choice behind a link', async () => {
  for (const [width, height] of [[390, 844], [1280, 800]]) {
    const app = await openApp(server, { contextOptions: { viewport: { width, height } } });
    const { page } = app;
    await page.locator('.way').first().waitFor();
    const main = page.locator('main button.primary');
    assert.deepEqual(await main.allTextContents(), ['Start the quick check'], 'the quick check is the main way on a first visit');
    let clicks = 0;
    const questionInView = () => page.evaluate(() => {
      const q = document.querySelector('fieldset.question');
      return !!q && q.getBoundingClientRect().top < innerHeight && q.getBoundingClientRect().bottom > 0;
    });
    while (!(await questionInView()) && clicks < 5) {
      await main.first().click();
      clicks += 1;
      await page.locator('fieldset.question').first().waitFor({ timeout: 5000 }).catch(() => {});
    }
    assert.equal(clicks, 1, `clicks from the welcome to the first question at ${width}px`);
    assert.match(await page.locator('fieldset.question legend').first().textContent(), /How many people/);
    assert.match(await page.locator('.progress-count').textContent(), /^about \d+ minutes left$/);
    assert.deepEqual(await axe(page), [], `first screen at ${width}px`);
    await page.locator('details.choose-modules summary').click();
    assert.equal(await page.locator('input[id^="module-"]:checked').count(), 4, 'every module is ticked');
    assert.ok(await page.locator('#mode-quick').isChecked());
    assert.deepEqual(await axe(page), [], `module choice open at ${width}px`);
    assert.deepEqual(app.errors, []);
    await app.close();
  }
});

test('a keyboard-only journey through all four modules reaches a full report', async () => {
  const app = await openApp(server, { contextOptions: { viewport: { width: 1280, height: 800 } } });
  const { page } = app;
  await check(app, 'welcome');
  await pressButton(page, 'Start the full assessment');
  await check(app, 'choose');
  await chooseWithKeyboard(page, ['collaboration', 'serious_partner', 'tiering', 'health']);
  await moduleA(app);
  await moduleB(app);
  await moduleC(app);
  await moduleD(app);
  await expectHeading(page, 'Review your answers');
  // Minutes left never rose, though two parties and three partners were added midway; what they
  // add is shown apart.
  const left = minutesSeen.map(([m]) => m);
  assert.ok(left.length > 8, `read on the screens of every module: ${left.length}`);
  assert.ok(left.every((m, i) => i === 0 || m <= left[i - 1]), `minutes left: ${left.join(' ')}`);
  assert.ok(minutesSeen.some(([, added]) => /^\+\d+ min for Acme Systems$/.test(added)), JSON.stringify(minutesSeen));
  await check(app, 'review');
  assert.equal(await page.locator('.review-list li').count(), 1 + 24 + 2 * 12 + 6 + 3 * 10 + 20);
  await page.goBack();
  await page.waitForURL(/#\/step\/health\/\d+$/);
  await page.goForward();
  await page.waitForURL(/#\/review$/);
  await page.locator('.review-module').first().waitFor();
  await pressButton(page, 'See my report');
  await expectHeading(page, 'Your partnering maturity report');
  await check(app, 'report');
  for (const title of ['A. Partner-organization collaboration', 'B. The six signs of a serious partner', 'C. Go-to-market partner tiering', 'D. Alliance health and trust']) {
    assert.ok(await page.getByRole('heading', { name: title }).isVisible(), title);
  }
  assert.match(await page.locator('.overall').textContent(), /Level \d · [A-Z][a-z]+.*\d+ \/ 100/);
  assert.ok(await page.locator('svg.named-bars').count() >= 1, 'scores by dimension as named bars');
  assert.equal(await page.locator('.top-actions li').count(), 3);
  assert.match(await page.locator('.flags').textContent(), /Hidden agendas/);
  assert.match(await page.locator('.partner-assessments').textContent(), /Acme Systems: \d of the 6 signs of a serious partner/);
  assert.deepEqual(violations, []);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreign, []);
  await app.close();
});

test('a quick check of at most 16 questions reaches an indicative report that continues into the full assessment', async () => {
  const app = await openApp(server);
  const { page } = app;
  const welcome = await page.locator('.way.quick .way-time').textContent();
  assert.match(welcome, /^About \d minutes for all 4 modules$/);
  await begin(page, ['collaboration', 'serious_partner', 'tiering', 'health'], { quick: true });
  const asked = [1]; // the size question on the choose screen
  asked.push(await fillScreen(page, 1)); // A's partner functions
  asked.push(...await fillToScreen(page, 'Whom are you assessing?', 2));
  await addSubject(page, 'Our company', { own: true });
  await page.getByRole('button', { name: 'Next' }).click();
  asked.push(...await fillToScreen(page, 'Your go-to-market partners', 2));
  await addSubject(page, 'Globex', { tier: 'Strategic' });
  await page.getByRole('button', { name: 'Next' }).click();
  asked.push(...await fillToReview(page, 3));
  assert.ok(sum(asked) <= 16, `the quick check asked ${sum(asked)} questions: ${asked}`);
  assert.ok(sum(asked) >= 12, `and enough to say something: ${asked}`);
  await page.getByRole('button', { name: 'See my report' }).first().click();
  await page.locator('.summary').waitFor();
  assert.match(await page.locator('.indicative').textContent(), /^Indicative: a quick check/);
  assert.equal(await page.locator('.module-lines li').count(), 4);
  assert.deepEqual(await axe(page), []);
  // With no call to action configured, the summary ends with the product's next step, never a
  // sentence with nowhere to go; continuing keeps every answer and asks only what was skipped.
  assert.match(await page.locator('.summary .next-step').textContent(), /full assessment checks what the quick check could not/);
  await page.locator('.summary .next-step').getByRole('button', { name: 'Continue to the full assessment' }).click();
  await page.waitForURL(/#\/step\//);
  // It goes on at the first unanswered question, not back at A's first screen (answered).
  assert.doesNotMatch(page.url(), /#\/step\/collaboration\/0$/);
  await page.locator('fieldset.question').first().waitFor();
  const unanswered = await page.locator('fieldset.question').evaluateAll((els) => els.filter((e) => !e.querySelector('input:checked')).length);
  assert.ok(unanswered > 0, `the screen continued on has questions to answer: ${page.url()}`);
  await page.goto(`${server.url}#/review`);
  await page.locator('.review-module').first().waitFor();
  const lead = await page.locator('.lead').textContent();
  const open = Number(lead.match(/^(\d+) questions are not answered yet/)?.[1]);
  assert.ok(open > 30, `the full assessment's other questions are now open: ${lead}`);
  const answered = await page.locator('.review-answer').evaluateAll((els) => els.filter((e) => e.textContent !== 'Not answered').length);
  assert.equal(answered, sum(asked) - 1, 'every quick answer is kept (the size question is not on the review)');
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('reloading a step, the review or the report keeps the route and the answers; only the welcome offers to resume', async () => {
  const app = await openApp(server);
  const { page } = app;
  await begin(page, ['health']);
  await fillScreen(page, 3);
  const step = page.url();
  assert.match(step, /#\/step\/health\/1$/);
  // Two questions answered, then a reload: back at the third, not at the top of the screen.
  for (const group of (await page.locator('fieldset.question').all()).slice(0, 2)) await group.locator('.choice label').first().click();
  const third = await page.locator('fieldset.question').nth(2).getAttribute('id');
  await page.reload();
  await page.locator('.question').first().waitFor();
  assert.equal(page.url(), step, 'still on the same step');
  await page.waitForFunction((id) => document.activeElement?.id === id, third, { timeout: 5000 });
  assert.ok(await page.locator(`[id="${third}"]`).isVisible());
  assert.equal(await page.locator('#resume-heading').count(), 0, 'no offer away from the welcome');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.waitForURL(/#\/step\/health\/0$/);
  await page.waitForFunction(() => document.querySelectorAll('input[type=radio]:checked').length === 4, null, { timeout: 5000 });
  await page.goto(`${server.url}#/review`);
  await page.reload();
  await page.locator('.review-module').first().waitFor();
  assert.match(await page.locator('.review-module').first().textContent(), /6 of \d+ answered/, 'the first screen and two on the second');
  await page.goto(`${server.url}#/report`);
  await page.reload();
  await page.locator('.module-lines').waitFor();
  assert.match(await page.locator('.module-lines').textContent(), /Not scored: too few answers/);
  assert.equal(await page.locator('#resume-heading').count(), 0);
  await page.goto(`${server.url}#/`);
  await page.reload();
  await page.locator('#resume-heading').waitFor();
  assert.match(await page.locator('.resume').textContent(), /1 module, 7 answers/);
  await page.getByRole('button', { name: 'Start a new full assessment' }).click();
  assert.match(await page.getByRole('alert').textContent(), /replaces the one saved/);
  await page.getByRole('button', { name: 'Resume where I left off' }).click();
  await page.locator('.review-module').first().waitFor();
  assert.match(page.url(), /#\/review$/, 'resumes at the review, which this person had reached');
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
  await beginWithKeyboard(page, ['serious_partner']);
  await addName(page, 'Initech', { own: true });
  await pressButton(page, 'Next');
  await expectHeading(page, 'Initech');
  await answerModule(page, 'serious_partner', () => 4);
  await expectHeading(page, 'Review your answers');
  await pressButton(page, 'See my report');
  await expectHeading(page, 'Your partnering maturity report');
  assert.match(await page.locator('.signs').textContent(), /6 present, 0 partial, 0 absent/);
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

test('Change on the review opens the question and one press returns to the review', async () => {
  const app = await openApp(server);
  const { page } = app;
  await begin(page, ['health']);
  await fillToReview(page, 0);
  await page.getByRole('button', { name: /D\. Alliance health and trust/ }).click();
  const row = page.locator('.review-list li', { hasText: 'Stable ownership' });
  const before = await row.locator('.review-answer').textContent();
  await row.getByRole('link').click();
  await page.waitForURL(/#\/edit\/health\/\d+\/q-[^/]+$/);
  const question = page.locator('fieldset.question', { hasText: 'has responsibility for the alliance moved' });
  // Change lands on the question itself: focused, and in view below the sticky progress.
  await page.waitForFunction(() => document.activeElement?.matches('fieldset.question'));
  assert.equal(await page.evaluate(() => document.activeElement.id), await question.getAttribute('id'));
  const [top, below, height] = await question.evaluate((q) => [
    q.getBoundingClientRect().top, document.querySelector('.progress').getBoundingClientRect().bottom, innerHeight]);
  assert.ok(top >= below - 1 && top < height / 2, `the question starts at ${top}px, the progress ends at ${below}px`);
  assert.deepEqual(await axe(page), [], 'the question landed on');
  await question.locator('.choice label').last().click();
  await page.getByRole('button', { name: 'Save and return to the review' }).click();
  await expectHeading(page, 'Review your answers');
  await page.getByRole('button', { name: /D\. Alliance health and trust/ }).click();
  const after = await page.locator('.review-list li', { hasText: 'Stable ownership' }).locator('.review-answer').textContent();
  assert.notEqual(after, before, 'the changed answer shows in the review');
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('an unanswered question is named as shown, highlighted and focused, and the message clears once answered', async () => {
  const app = await openApp(server);
  const { page } = app;
  await begin(page, ['health']);
  await page.locator('fieldset.question').first().waitFor();
  for (const group of (await page.locator('fieldset.question').all()).slice(0, 2)) {
    await group.locator('.choice label').first().click();
  }
  await page.getByRole('button', { name: 'Next' }).click();
  assert.match(await page.locator('p.blocker').textContent(), /^Questions 3 and 4 still need an answer/);
  assert.equal(await page.locator('fieldset.question.missing').count(), 2);
  await page.waitForFunction(() => document.activeElement?.closest('fieldset')?.querySelector('.number')?.textContent === '3. ');
  const missing = await page.locator('fieldset.question.missing').evaluateAll((els) => els.map((e) => e.id));
  for (const id of missing) await page.locator(`[id="${id}"] .choice label`).first().click();
  await page.waitForFunction(() => !document.querySelector('p.blocker') && !document.querySelector('fieldset.missing'));
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a module chosen before the configuration stopped offering it stays listed, and unticking it can be undone', async () => {
  const app = await openApp(server);
  const { page } = app;
  await begin(page, ['health']);
  await fillScreen(page, 1);
  // The consultancy now offers module A only; the saved progress has D.
  const onlyA = `${server.url}?modules=collaboration`;
  await page.goto(`${onlyA}#/`);
  await page.locator('#resume-heading').waitFor();
  await pressButton(page, 'Resume where I left off');
  await page.locator('.question').first().waitFor();
  await page.goto(`${onlyA}#/choose`);
  await expectHeading(page, 'About your company');
  await page.locator('details.choose-modules summary').click();
  const boxes = () => page.locator('input[id^="module-"]').evaluateAll((els) => els.map((e) => [e.id, e.checked]));
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

test('a typed company is added by Next, and removing one with answers asks first', async () => {
  const app = await openApp(server);
  const { page } = app;
  await begin(page, ['serious_partner']);
  await page.locator('#subject-name').fill('Acme');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#page-heading', { hasText: 'Acme' }).waitFor();
  await fillScreen(page, 1);
  await page.goto(`${server.url}#/step/serious_partner/0`);
  await page.getByRole('button', { name: 'Remove Acme' }).click();
  const asked = await page.getByRole('alert').textContent();
  assert.match(asked, /^Remove Acme and its \d+ answers\?$/);
  assert.equal((await focused(page)).text, 'Keep', 'the focus waits on Keep');
  assert.deepEqual(await axe(page), []);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Remove Acme' }).waitFor();
  assert.equal(await page.locator('.subject-name', { hasText: 'Acme' }).count(), 1, 'kept, with its answers');
  await page.getByRole('button', { name: 'Remove Acme' }).click();
  await page.getByRole('button', { name: 'Yes, remove Acme and its answers' }).click();
  await page.waitForFunction(() => !document.querySelector('.subject-name'));
  assert.equal((await focused(page)).id, 'subject-name');
  assert.deepEqual(app.errors, []);
  await app.close();
});
