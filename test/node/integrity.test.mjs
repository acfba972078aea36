// The Subresource Integrity values that `npm run build` writes beside the bundle and beside each
// language module, and that docs/embedding.md tells partners to pin, must be the files' own.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {separateLanguages} from '../../scripts/locale-modules.mjs';

test('dist/trp-widgets.js.sha384 holds the sha384 integrity value of dist/trp-widgets.js', () => {
  const bundle = readFileSync(new URL('../../dist/trp-widgets.js', import.meta.url));
  const written = readFileSync(new URL('../../dist/trp-widgets.js.sha384', import.meta.url), 'utf8').trim();
  assert.equal(written, `sha384-${createHash('sha384').update(bundle).digest('base64')}`);
});

test('dist/locales/<code>.js.sha384 holds the sha384 integrity value of each language module beside the bundle', () => {
  assert.ok(separateLanguages.includes('es'));
  for (const locale of separateLanguages) {
    const module = readFileSync(new URL(`../../dist/locales/${locale}.js`, import.meta.url));
    const written = readFileSync(new URL(`../../dist/locales/${locale}.js.sha384`, import.meta.url), 'utf8');
    assert.equal(written, `sha384-${createHash('sha384').update(module).digest('base64')}\n`, `dist/locales/${locale}.js.sha384`);
  }
});
