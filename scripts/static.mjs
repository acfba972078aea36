// `npm run static` (after `npm run build`): every element in every language, server-rendered
// (declarative shadow DOM), in dist/static/<lang>/<tag>.html; and dist/static/style-hashes.txt, the
// `'sha256-…'` sources a Content-Security-Policy adds to `style-src` for the fragments' inline styles.
import {createHash} from 'node:crypto';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {allLocales} from '../build/src/generated/locale-codes.js';
import {render} from '../dist/esm/server.js';
import {elementsOf, readManifest} from '../test/support/manifest.mjs';

const out = new URL('../dist/static/', import.meta.url);

/** The `'sha256-…'` CSP source of each distinct `<style>` in `html`. */
export const styleHashes = (html) =>
  new Set([...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`));

/** Writes the fragments and the hashes; returns the fragments, by path. */
export async function writeStatic() {
  const tags = elementsOf(await readManifest()).map((element) => element.tagName).sort();
  const written = Object.fromEntries(allLocales.flatMap((lang) => tags.map((tag) => [`${lang}/${tag}.html`, `${render(tag, {lang})}\n`])));
  rmSync(out, {recursive: true, force: true});
  for (const [path, html] of Object.entries(written)) {
    mkdirSync(new URL('./', new URL(path, out)), {recursive: true});
    writeFileSync(new URL(path, out), html);
  }
  const hashes = new Set(Object.values(written).flatMap((html) => [...styleHashes(html)]));
  writeFileSync(new URL('style-hashes.txt', out), `${[...hashes].sort().join(' ')}\n`);
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = await writeStatic();
  console.log(`dist/static/: ${Object.keys(written).length} fragments and style-hashes.txt`);
}
