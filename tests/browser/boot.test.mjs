// The built app boots in real Chromium, shows its first screen, and talks to no other host.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openApp, closeBrowser, axe } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await closeBrowser(); server.close(); });

test('the app boots to the welcome screen with no console errors', async () => {
  const app = await openApp(server);
  const heading = await app.page.locator('h1').textContent();
  assert.equal(heading, 'How mature is your partnering?');
  assert.equal(await app.page.locator('#boot').count(), 0, 'the static skeleton is replaced');
  assert.ok(await app.page.getByRole('button', { name: 'Start the full assessment' }).isVisible());
  assert.ok(await app.page.getByRole('button', { name: 'Start the quick check' }).isVisible());
  assert.deepEqual(app.errors, []);
  assert.deepEqual(app.foreign, []);
  await app.close();
});

test('the welcome screen has no axe violations', async () => {
  const app = await openApp(server);
  assert.deepEqual(await axe(app.page), []);
  await app.close();
});

test('an unknown address explains itself instead of showing a blank page', async () => {
  const app = await openApp(server, { hash: '#/no/such/place' });
  assert.equal(await app.page.locator('h1').textContent(), 'There is nothing at this address');
  assert.deepEqual(app.errors, []);
  await app.close();
});
