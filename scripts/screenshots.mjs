// Takes screenshots of the main screens at phone and desktop widths into ./screenshots/
// (not committed): `node scripts/screenshots.mjs` after `make build`.
import { mkdir } from 'node:fs/promises';
import { serve, openApp, closeBrowser } from '../tests/browser/harness.mjs';

const server = await serve();
await mkdir('screenshots', { recursive: true });
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['#/', '#/choose'];
for (const [label, width] of [['phone', 360], ['desktop', 1100]]) {
  for (const hash of routes) {
    const app = await openApp(server, { hash, contextOptions: { viewport: { width, height: 900 } } });
    const name = hash.replace(/[^a-z0-9]+/gi, '_') || 'home';
    await app.page.screenshot({ path: `screenshots/${label}${name}.png`, fullPage: true });
    await app.close();
  }
}
await closeBrowser();
server.close();
