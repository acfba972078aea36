// French follows the Translation Bureau's Canadian usage (Le guide du rédacteur), checked on every
// translation in xliff/fr.xlf and on the WordPress plugin's French editor strings
// (wordpress/plugin/languages/trp-widgets-fr.po): a no-break space before a colon and none before
// ? ! ;, the typographic apostrophe, no comma before « et » / « ou », and one term for each notion.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const xml = readFileSync(new URL('../../xliff/fr.xlf', import.meta.url), 'utf8');
/** Each French translation as a reader sees it: placeholders (links, numbers) become one word. */
const targets = [...xml.matchAll(/<target>([\s\S]*?)<\/target>/g)].map(([, text]) =>
  text.replace(/<x [^>]*\/>/g, '0').replace(/&amp;/g, '&').replace(/&[a-z]+;/g, '')
);

/**
 * Each translation (`msgstr`) of a gettext `.po` file, its continuation lines joined and its
 * escapes read, without the header (the translation of the empty `msgid`); placeholders (`%d`)
 * become one word.
 */
function poTranslations(po) {
  const unquote = (line) => JSON.parse(line.trim().replace(/^(msgctxt|msgid|msgstr)\s+/, ''));
  const translations = [];
  for (const entry of po.split(/\n\s*\n/)) {
    const lines = entry.split('\n').filter((line) => /^\s*(msg|")/.test(line));
    const field = (keyword) => {
      const start = lines.findIndex((line) => line.startsWith(`${keyword} `));
      if (start < 0) return undefined;
      const end = lines.findIndex((line, i) => i > start && line.startsWith('msg'));
      return lines.slice(start, end < 0 ? undefined : end).map(unquote).join('');
    };
    const text = field('msgstr');
    if (text !== undefined && field('msgid') !== '') translations.push(text.replace(/%\d?\$?[sd]/g, '0'));
  }
  return translations;
}

const po = readFileSync(new URL('../../wordpress/plugin/languages/trp-widgets-fr.po', import.meta.url), 'utf8');
/** The WordPress plugin's French: its editor's labels and help, its blocks' titles and descriptions. */
const editor = poTranslations(po);

const offending = (pattern) => [...targets, ...editor].filter((text) => pattern.test(text));

test('French has translations to check, in the elements and in the WordPress editor', () => {
  assert.ok(targets.length > 100);
  assert.ok(editor.length > 60);
  // Every translation of the .po is read, a long one on several lines as one text, the header left out.
  assert.equal(editor.length, [...po.matchAll(/^msgstr /gm)].length - 1);
  assert.deepEqual(
    poTranslations('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgctxt "block title"\nmsgid "Who"\nmsgstr ""\n"Qui "\n"appeler, et quand : %d \\"x\\""\n'),
    ['Qui appeler, et quand : 0 "x"']
  );
});

test('French puts a no-break space before every colon, so a colon never starts a line', () => {
  assert.deepEqual(offending(/(?<!\u00a0):(?!\/\/)/), []);
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
  const mentions = [...targets, ...editor].filter((text) => text.includes('considérations d’ordre humanitaire'));
  assert.ok(mentions.length >= 3);
  for (const text of mentions) assert.match(text, /fondée sur des considérations d’ordre humanitaire/);
});

test('The WordPress editor speaks as the elements do: « aide au revenu », « considérations d’ordre humanitaire », « de façon permanente », « la personne qui lit », « Les personnes qui contribuent »', () => {
  assert.deepEqual(offending(/aide sociale|motifs d’ordre humanitaire|pour de bon|\blect(eur|rice)s?\b|contributeur/i), []);
  for (const term of ['aide au revenu', 'considérations d’ordre humanitaire', 'de façon permanente', 'la personne qui lit', 'Les personnes qui contribuent']) {
    assert.ok(editor.some((text) => text.includes(term)), `the editor never says « ${term} »`);
  }
});
