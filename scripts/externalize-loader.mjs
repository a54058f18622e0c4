// Trunk post-build hook: moves Trunk's inline module loader out of index.html into its own
// hashed file, so the app runs under a Content-Security-Policy without 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = inline.exec(html);
if (!match) {
  console.error('externalize-loader: no inline module script found in index.html');
  process.exit(1);
}
const body = match[1].trim() + '\n';
const hash = createHash('sha384').update(body).digest();
const name = `loader-${hash.subarray(0, 8).toString('hex')}.js`;
writeFileSync(join(dir, name), body);
const integrity = `sha384-${hash.toString('base64')}`;
writeFileSync(file, html.replace(inline, `<script type="module" src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`));
console.log(`externalize-loader: index.html now loads ./${name}`);
