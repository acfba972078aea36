// The Subresource Integrity value that `npm run build` writes beside the bundle, and that the
// README tells partners to pin, must be the bundle's own.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

test('dist/trp-widgets.js.sha384 holds the sha384 integrity value of dist/trp-widgets.js', () => {
  const bundle = readFileSync(new URL('../../dist/trp-widgets.js', import.meta.url));
  const written = readFileSync(new URL('../../dist/trp-widgets.js.sha384', import.meta.url), 'utf8').trim();
  assert.equal(written, `sha384-${createHash('sha384').update(bundle).digest('base64')}`);
});
