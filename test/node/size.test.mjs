// The size budgets, on the built files, as `gzip -9` measures them: dist/trp-widgets.js (every element,
// English, the language loader) within the budget set in scripts/size.mjs; the hydrating bundle within
// what hydration may add to it; each language module beside it within its own budget.
// Size is deterministic, so these are plain checks of the built files. `npm run size` shows what weighs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {budget, gzippedFile, hydrationBudget, languageBudget, languageBudgetOf, nonLatinLanguages} from '../../scripts/size.mjs';
import {separateLanguages} from '../../scripts/locale-modules.mjs';

const path = (file) => new URL(`../../${file}`, import.meta.url).pathname;
const read = (file) => readFileSync(path(file));
const grouped = (n) => n.toLocaleString('en-US');

test(`dist/trp-widgets.js is at most ${grouped(budget)} bytes gzipped, every element and English`, () => {
  const gzipped = gzippedFile(path('dist/trp-widgets.js'));
  assert.ok(
    gzipped <= budget,
    `dist/trp-widgets.js is ${grouped(gzipped)} bytes gzipped, over the budget of ${grouped(budget)} by ${gzipped - budget}: run \`npm run size\` to see what weighs`
  );
});

test(`dist/trp-widgets-ssr.js is at most ${grouped(hydrationBudget)} bytes gzipped more than dist/trp-widgets.js`, () => {
  const added = gzippedFile(path('dist/trp-widgets-ssr.js')) - gzippedFile(path('dist/trp-widgets.js'));
  assert.ok(added <= hydrationBudget, `Lit's hydration support adds ${added} bytes gzipped, over ${hydrationBudget}`);
});

test(`each language module beside the bundle is at most ${grouped(languageBudget)} bytes gzipped, one in a non-Latin script at most twice the Spanish module`, () => {
  // Every language of the build but English is a module of its own, Tagalog and Punjabi among them.
  assert.deepEqual([...separateLanguages].sort(), ['es', 'fr', 'pa', 'tl']);
  assert.deepEqual(nonLatinLanguages, ['pa']);
  const spanish = gzippedFile(path('dist/locales/es.js'));
  for (const locale of separateLanguages) {
    const gzipped = gzippedFile(path(`dist/locales/${locale}.js`));
    const limit = languageBudgetOf(locale, spanish);
    assert.ok(gzipped <= limit, `dist/locales/${locale}.js is ${grouped(gzipped)} bytes gzipped, over ${grouped(limit)}`);
  }
});

test('`npm run size` lists every language module with its budget', () => {
  const output = execFileSync(process.execPath, [path('scripts/size.mjs')], {encoding: 'utf8'});
  const spanish = gzippedFile(path('dist/locales/es.js'));
  for (const locale of separateLanguages) {
    const row = output.split('\n').find((line) => line.includes(`dist/locales/${locale}.js`));
    assert.ok(row, `${locale} is listed`);
    assert.match(row, new RegExp(`│\\s*${languageBudgetOf(locale, spanish)}\\s*│`), `${locale}'s budget`);
  }
});

test('the bundle numbers its messages instead of carrying 17-character hash ids (scripts/short-message-ids.mjs)', () => {
  const bundle = String(read('dist/trp-widgets.js'));
  assert.deepEqual(bundle.match(/["'`][hs][0-9a-f]{16}["'`]/g) ?? [], []);
  assert.match(bundle, /\{id:0\}/);
  // Each language module's translations are one array, indexed by those numbers, not an object keyed by hashes.
  for (const locale of separateLanguages) {
    const module = String(read(`dist/locales/${locale}.js`));
    assert.deepEqual(module.match(/["'`][hs][0-9a-f]{16}["'`]/g) ?? [], [], locale);
    const [, name] = module.match(/static templates=(\w+)/) ?? [];
    assert.match(module, new RegExp(`\\b${name}=\\[`), `${locale}: the translations are an array`);
  }
});
