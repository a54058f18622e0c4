// Quick ways to fill the questionnaire with the mouse, for tests about what comes after it.
import { tabTo } from './keyboard.mjs';

/** Ticks modules on the Choose screen and begins. */
export async function begin(page, modules) {
  await page.getByRole('button', { name: /Start (the|a new) assessment/ }).click();
  for (const id of modules) await page.locator(`label[for="module-${id}"]`).click();
  await page.getByRole('button', { name: 'Begin' }).click();
}

/** Adds a party (B) or partner (C) by name on a subjects step. */
export async function addSubject(page, name, { tier } = {}) {
  await page.locator('#subject-name').fill(name);
  if (tier) await page.locator('#subject-tier').selectOption(tier);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

/** Picks the choice at `index` (clamped) in every radio group on screen, then presses Next. */
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
  const heading = await page.locator('#page-heading').textContent();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.waitForFunction((h) => document.querySelector('#page-heading')?.textContent !== h, heading);
}

/** Fills screens until the review, choosing `index` everywhere. */
export async function fillToReview(page, index = 1) {
  for (let i = 0; i < 40; i++) {
    const heading = (await page.locator('#page-heading').textContent()).trim();
    if (heading === 'Review your answers') return;
    await fillScreen(page, index);
  }
  throw new Error('never reached the review');
}

export { tabTo };
