// French follows the Translation Bureau's Canadian usage (Le guide du rédacteur), checked on every
// translation in xliff/fr.xlf: a no-break space before a colon and none before ? ! ;, the typographic
// apostrophe, no comma before « et » / « ou », and one term for each notion.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const xml = readFileSync(new URL('../../xliff/fr.xlf', import.meta.url), 'utf8');
/** Each French translation as a reader sees it: placeholders (links, numbers) become one word. */
const targets = [...xml.matchAll(/<target>([\s\S]*?)<\/target>/g)].map(([, text]) =>
  text.replace(/<x [^>]*\/>/g, '0').replace(/&amp;/g, '&').replace(/&[a-z]+;/g, '')
);

const offending = (pattern) => targets.filter((text) => pattern.test(text));

test('French has translations to check', () => {
  assert.ok(targets.length > 100);
});

test('French puts a no-break space before every colon, so a colon never starts a line', () => {
  assert.deepEqual(offending(/(?<!\u00a0):/), []);
});

test('French has no space before ? ! ;', () => {
  assert.deepEqual(offending(/[\s\u00a0\u202f][?!;]/), []);
});

test('French uses the typographic apostrophe', () => {
  assert.deepEqual(offending(/'/), []);
});

test('French puts no comma before « et » or « ou »', () => {
  assert.deepEqual(offending(/, (et|ou) /), []);
});

test('French says « statut juridique », never « statut légal »', () => {
  assert.deepEqual(offending(/statut légal/), []);
  assert.ok(targets.some((text) => text.includes('statut juridique')));
});

test('French names H&C one way: « fondée sur des considérations d’ordre humanitaire » (CH)', () => {
  assert.deepEqual(offending(/raisons d’ordre humanitaire|pour considérations d’ordre humanitaire/), []);
  const mentions = targets.filter((text) => text.includes('considérations d’ordre humanitaire'));
  assert.ok(mentions.length >= 3);
  for (const text of mentions) assert.match(text, /fondée sur des considérations d’ordre humanitaire/);
});
