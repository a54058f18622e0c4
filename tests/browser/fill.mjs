// Quick ways to fill the questionnaire with the mouse, for tests about what comes after it.
// Buttons are found by their English or German names, so a journey can be walked in either.
import { tabTo } from './keyboard.mjs';

const NEXT = /^(Next|Weiter)$/;

/**
 * From the welcome screen: starts the full assessment (or the quick check), answers the size
 * question, leaves exactly `modules` ticked, and goes on to the first module.
 */
export async function begin(page, modules, { quick = false, size = 'large' } = {}) {
  const way = quick
    ? /Start (the|a new) quick check|^(Neuen )?Schnellcheck starten$/
    : /Start (the|a new) full assessment|^(Neue )?[Vv]ollständige Bewertung starten$/;
  await page.getByRole('button', { name: way }).click();
  await chooseModules(page, modules, { size });
}

/** On the first screen: answers the size question, ticks exactly `modules` (under "Choose modules"), and goes on. */
export async function chooseModules(page, modules, { size = 'large' } = {}) {
  await page.locator(`label[for="org.size-0-${size}"]`).click();
  for (const box of await page.locator('input[id^="module-"]').all()) {
    const id = (await box.getAttribute('id')).slice('module-'.length);
    if ((await box.isChecked()) === modules.includes(id)) continue;
    // The module list folds away under "Choose modules" (builds before it, such as the
    // benchmark's baseline, list the modules openly on a screen of their own).
    const choice = page.locator('details.choose-modules');
    if ((await choice.count()) && !(await choice.evaluate((d) => d.open))) await choice.locator('summary').click();
    await page.locator(`label[for="module-${id}"]`).click();
  }
  await page.getByRole('button', { name: /^(Next|Begin|Weiter)$/ }).click();
  await page.waitForURL(/#\/step\//);
}

/** Adds a party (B) or partner (C) by name on a subjects step: typed, then Enter. */
export async function addSubject(page, name, { tier, own = false } = {}) {
  const field = page.locator(own ? '#own-name' : '#subject-name');
  await field.fill(name);
  if (tier) await page.locator('#subject-tier').selectOption(tier);
  await field.press('Enter');
  await page.locator('.subject-name', { hasText: name.trim().slice(0, 20) }).first().waitFor();
}

/**
 * Picks the choice at `index` (clamped) in every radio group on screen, ticks every box of a
 * tick-box question, then presses Next; returns how many questions the screen asked.
 */
export async function fillScreen(page, index = 1) {
  await page.locator('fieldset.question').first().waitFor();
  const groups = await page.locator('fieldset.question').all();
  for (const group of groups) {
    const labels = group.locator('.choices .choice label');
    const count = await labels.count();
    if ((await group.locator('input[type=checkbox]').count()) > 0) {
      for (let i = 0; i < count; i++) await labels.nth(i).click();
    } else {
      await labels.nth(Math.min(index, count - 1)).click();
    }
  }
  const url = page.url();
  await page.getByRole('button', { name: NEXT }).click();
  await page.waitForFunction((u) => location.href !== u, url);
  await page.locator('#page-heading').waitFor();
  return groups.length;
}

/** Fills screens until the review, choosing `index` everywhere; returns questions per screen. */
export async function fillToReview(page, index = 1) {
  const asked = [];
  for (let i = 0; i < 60; i++) {
    await page.locator('#page-heading').waitFor();
    if (/#\/review$/.test(page.url())) return asked;
    asked.push(await fillScreen(page, index));
  }
  throw new Error('never reached the review');
}

/** Fills question screens until one whose heading `matches` (a string or a RegExp); returns the questions per screen. */
export async function fillToScreen(page, matches, index = 1) {
  const asked = [];
  for (let i = 0; i < 60; i++) {
    const heading = (await page.locator('#page-heading').textContent()).trim();
    if (typeof matches === 'string' ? heading === matches : matches.test(heading)) return asked;
    asked.push(await fillScreen(page, index));
  }
  throw new Error(`never reached "${matches}"`);
}

export { tabTo };
