// Keyboard-only helpers: every action below is a key press, as a keyboard user would do it.

/** Describes the focused element. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase(), type: el?.getAttribute('type') ?? '', name: el?.getAttribute('name') ?? '',
      id: el?.id ?? '', text: (el?.textContent ?? '').trim(), checked: !!el?.checked,
    };
  });
}

/** Presses Tab until `match(focusedInfo)` is true; fails after `limit` presses. */
export async function tabTo(page, match, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const info = await focused(page);
    if (match(info)) return info;
  }
  throw new Error('could not reach the element with Tab');
}

export const button = (label) => (f) => f.tag === 'button' && f.text === label;

/** Presses a button by tabbing to it and pressing Enter. */
export async function pressButton(page, label) {
  await tabTo(page, button(label));
  await page.keyboard.press('Enter');
}

/**
 * Answers every radio group on the screen with the keyboard: Tab into each group, Space to pick
 * the first choice, then ArrowDown `pick(name)` times; stops at the Next button, presses it and
 * waits for the next screen.
 */
export async function answerScreen(page, pick = () => 1) {
  const done = new Set();
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'button' && f.text === 'Next') {
      await page.keyboard.press('Enter');
      // The next screen moves focus to its heading once it has rendered; waiting for that keeps
      // the caller from tabbing through the old screen on a busy machine.
      await page.waitForFunction(() => document.activeElement?.id === 'page-heading', null, { timeout: 15000 });
      return done.size;
    }
    if (f.type === 'radio' && !done.has(f.name)) {
      done.add(f.name);
      if (!f.checked) await page.keyboard.press('Space');
      for (let k = 0; k < pick(f.name); k++) await page.keyboard.press('ArrowDown');
    }
  }
  throw new Error('never reached Next');
}

/** Waits for the heading of the next screen and returns its text. */
export async function heading(page) {
  await page.waitForFunction(() => document.activeElement?.id === 'page-heading' || document.querySelector('#page-heading'));
  return (await page.locator('#page-heading').textContent()).trim();
}
