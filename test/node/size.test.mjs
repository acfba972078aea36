// The size budget: dist/trp-widgets.js, every element and both languages, gzipped at level 9, stays
// within the budget set in scripts/size.mjs. Size is deterministic, so this is a plain check of the
// built file. `npm run size` shows what the bundle is made of.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {budget} from '../../scripts/size.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url));
const grouped = (n) => n.toLocaleString('en-US');

test(`dist/trp-widgets.js is at most ${grouped(budget)} bytes gzipped, every element and both languages`, () => {
  const gzipped = gzipSync(read('dist/trp-widgets.js'), {level: 9}).length;
  assert.ok(
    gzipped <= budget,
    `dist/trp-widgets.js is ${grouped(gzipped)} bytes gzipped, over the budget of ${grouped(budget)} by ${gzipped - budget}: run \`npm run size\` to see what weighs`
  );
});

test('the README states the same budget', () => {
  const section = String(read('README.md')).split(/^## /m).find((s) => s.startsWith('Size'));
  assert.ok(section, 'the README has no "Size" section');
  assert.ok(section.includes(`The budget is **${grouped(budget)} bytes gzipped**`), 'the README states another budget');
});

test('the bundle numbers its messages instead of carrying 17-character hash ids (scripts/short-message-ids.mjs)', () => {
  const bundle = String(read('dist/trp-widgets.js'));
  assert.deepEqual(bundle.match(/["'`][hs][0-9a-f]{16}["'`]/g) ?? [], []);
  assert.match(bundle, /\{id:0\}/);
  // The French translations are one array, indexed by those numbers, not an object keyed by hashes.
  assert.match(bundle, /\[[^\]]*`IRCC gère le PFSI\. Croix Bleue Medavie/);
});
