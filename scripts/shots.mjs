// Screenshots for looking at the app (not committed output): node scripts/shots.mjs <progress.json> <out-dir> <hash>...
import { mkdir, readFile } from 'node:fs/promises';
import { serve, openApp, closeBrowser } from '../tests/browser/harness.mjs';
const [progressFile, out, ...hashes] = process.argv.slice(2);
const progress = progressFile === '-' ? null : await readFile(progressFile, 'utf8');
const server = await serve();
await mkdir(out, { recursive: true });
for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 800]]) {
  for (const hash of hashes) {
    const initScript = progress ? `try { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('partnering-maturity.progress', ${JSON.stringify(progress)}); sessionStorage.setItem('seeded', '1'); } } catch (e) {}` : undefined;
    const app = await openApp(server, { hash, initScript, contextOptions: { viewport: { width, height } } });
    await app.page.waitForTimeout(300);
    const name = hash.replace(/[^a-z0-9]+/gi, '_') || 'home';
    await app.page.screenshot({ path: `${out}/${label}${name}.png`, fullPage: true });
    const h = await app.page.evaluate(() => document.documentElement.scrollHeight);
    console.log(label, hash, 'height', h, 'errors', JSON.stringify(app.errors));
    await app.close();
  }
}
await closeBrowser();
server.close();
