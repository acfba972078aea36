// The size budgets, on the built files, as `gzip -9` measures them: dist/trp-widgets.js (every element,
// English and French, the language loader) within the budget set in scripts/size.mjs, and within the
// bytes the language features may add to it; each language module beside it within its own budget.
// Size is deterministic, so these are plain checks of the built files. `npm run size` shows what weighs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {budget, gzippedFile, languageBudget, languageFeatures, sizeBeforeLanguages} from '../../scripts/size.mjs';
import {separateLanguages} from '../../scripts/locale-modules.mjs';

const path = (file) => new URL(`../../${file}`, import.meta.url).pathname;
const read = (file) => readFileSync(path(file));
const grouped = (n) => n.toLocaleString('en-US');

test(`dist/trp-widgets.js is at most ${grouped(budget)} bytes gzipped, every element, English and French`, () => {
  const gzipped = gzippedFile(path('dist/trp-widgets.js'));
  assert.ok(
    gzipped <= budget,
    `dist/trp-widgets.js is ${grouped(gzipped)} bytes gzipped, over the budget of ${grouped(budget)} by ${gzipped - budget}: run \`npm run size\` to see what weighs`
  );
});

test(`fetching languages adds at most ${languageFeatures} bytes to dist/trp-widgets.js`, () => {
  const added = gzippedFile(path('dist/trp-widgets.js')) - sizeBeforeLanguages;
  assert.ok(added <= languageFeatures, `the loader, the notice and the language menu add ${added} bytes gzipped, over ${languageFeatures}`);
});

test(`each language module beside the bundle is at most ${grouped(languageBudget)} bytes gzipped`, () => {
  assert.ok(separateLanguages.length > 0);
  for (const locale of separateLanguages) {
    const gzipped = gzippedFile(path(`dist/locales/${locale}.js`));
    assert.ok(gzipped <= languageBudget, `dist/locales/${locale}.js is ${grouped(gzipped)} bytes gzipped, over ${grouped(languageBudget)}`);
  }
});

test('the README states the same budget', () => {
  const section = String(read('README.md')).split(/^## /m).find((s) => s.startsWith('Size'));
  assert.ok(section, 'the README has no "Size" section');
  assert.ok(section.includes(`The budget is **${grouped(budget)} bytes gzipped**`), 'the README states another budget');
  // And no other figure for it, anywhere in the README: one budget, stated once.
  const stated = [...String(read('README.md')).matchAll(/budget\D{0,20}?(\d{1,3}(?:,\d{3})+|\d{4,})/gi)].map((match) => match[1]);
  assert.deepEqual(stated, [grouped(budget)], 'the README states the budget more than once, or another budget');
});

test('the bundle numbers its messages instead of carrying 17-character hash ids (scripts/short-message-ids.mjs)', () => {
  const bundle = String(read('dist/trp-widgets.js'));
  assert.deepEqual(bundle.match(/["'`][hs][0-9a-f]{16}["'`]/g) ?? [], []);
  assert.match(bundle, /\{id:0\}/);
  // The French translations are one array, indexed by those numbers, not an object keyed by hashes.
  assert.match(bundle, /\[[^\]]*`IRCC gère le PFSI\. Croix Bleue Medavie/);
});
