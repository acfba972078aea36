// Plain language, measured on every message the widgets show (the XLIFF sources are the English,
// the targets each translation): no sentence over 25 words (Tagalog: 20, as its readers need), and
// English at grade 8 or lower.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {readXliff, readerText, sentences, units, words} from '../support/xliff.mjs';

const root = resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

/** The text of each message as the reader sees it: a value from code (a number, a link) counts as one word, markup as none. */
const messages = (locale, kind) => units(readXliff(locale)).map((unit) => readerText(unit[kind] ?? ''));

/** A rough English syllable count: groups of vowels, less a silent final e. */
const syllables = (word) => {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '').replace(/e$/, '');
  return Math.max(1, (letters.match(/[aeiouy]+/g) ?? []).length);
};

/** The longest sentence, in words: 25, and 20 in the languages whose readers need shorter ones. */
const longestIn = {tl: 20};
const longest = (locale) => longestIn[locale] ?? 25;
const texts = [['en', 'en (source)', messages(config.targetLocales[0], 'source')]];
for (const locale of config.targetLocales) texts.push([locale, locale, messages(locale, 'target')]);

for (const [locale, name, list] of texts) {
  test(`${name}: no sentence is longer than ${longest(locale)} words`, () => {
    const long = list.flatMap(sentences).filter((s) => words(s).length > longest(locale));
    assert.deepEqual(long, []);
  });
}

test('English reads at grade 8 or lower (Flesch–Kincaid, over every sentence of three words or more)', () => {
  const all = messages(config.targetLocales[0], 'source').flatMap(sentences).filter((s) => words(s).length >= 3);
  const allWords = all.flatMap(words).filter((w) => /\p{L}/u.test(w));
  const grade = 0.39 * (allWords.length / all.length) + 11.8 * (allWords.reduce((n, w) => n + syllables(w), 0) / allWords.length) - 15.59;
  assert.ok(grade <= 8, `grade ${grade.toFixed(1)}`);
});
