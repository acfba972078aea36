// `npm run static` (after `npm run build`): every element in every language as a ready HTML fragment,
// server-rendered (declarative shadow DOM), in dist/static/<lang>/<tag>.html; and
// dist/static/style-hashes.txt, the `'sha256-…'` sources a page's Content-Security-Policy adds to
// `style-src` so that the fragments' inline styles apply under a policy without 'unsafe-inline'.
import {createHash} from 'node:crypto';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {allLocales} from '../build/src/generated/locale-codes.js';
import {render} from '../dist/esm/server.js';
import {elementsOf, readManifest} from '../test/support/manifest.mjs';

const out = new URL('../dist/static/', import.meta.url);

/** The `'sha256-…'` CSP source of each distinct `<style>` in `html`. */
export function styleHashes(html) {
  const hashes = new Set();
  for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  }
  return hashes;
}

/** Writes the fragments and the hashes; returns what it wrote, by path. */
export async function writeStatic() {
  const tags = elementsOf(await readManifest()).map((element) => element.tagName).sort();
  rmSync(out, {recursive: true, force: true});
  const written = {};
  const hashes = new Set();
  for (const lang of allLocales) {
    mkdirSync(new URL(`${lang}/`, out), {recursive: true});
    for (const tag of tags) {
      const html = `${render(tag, {lang})}\n`;
      writeFileSync(new URL(`${lang}/${tag}.html`, out), html);
      written[`${lang}/${tag}.html`] = html;
      for (const hash of styleHashes(html)) hashes.add(hash);
    }
  }
  writeFileSync(new URL('style-hashes.txt', out), `${[...hashes].sort().join(' ')}\n`);
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = await writeStatic();
  console.log(`dist/static/: ${Object.keys(written).length} fragments and style-hashes.txt`);
}
