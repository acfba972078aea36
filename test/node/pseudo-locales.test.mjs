// The pseudo-locales (test/pseudo-locales.ts: `qaa`, longer, and `qab`, right to left) are for the
// tests only: nothing the package ships names them, so no reader can ever be shown one.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);

const pseudo = /\bqa[ab]\b/;

test('no built file is, or names, the pseudo-locales qaa or qab', () => {
  const files = readdirSync(dist, {recursive: true});
  assert.ok(files.includes('trp-widgets.js') && files.some((file) => file.startsWith('locales')), 'run npm run build first');
  // The scripts and their types: the integrity files are base64, where three letters can be anything.
  const naming = files.filter((file) => pseudo.test(file) || (/\.(js|ts)$/.test(file) && pseudo.test(readFileSync(new URL(file, dist), 'utf8'))));
  assert.deepEqual(naming, []);
});
