// Plain language, measured on every message the widgets show (the XLIFF sources are the English,
// the targets each translation): no sentence over 25 words, and English at grade 8 or lower.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

/** The text of each message, with placeholders (a number, a link) counted as one word. */
function messages(locale, kind) {
  const xml = readFileSync(join(root, config.interchange.xliffDir, `${locale}.xlf`), 'utf8');
  return [...xml.matchAll(new RegExp(`<${kind}>([\\s\\S]*?)</${kind}>`, 'g'))].map(([, text]) =>
    text.replace(/<x [^>]*\/>/g, ' 0 ').replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ').trim()
  );
}

const sentences = (text) => text.split(/(?<=[.!?:])\s+/).filter((s) => /\p{L}/u.test(s));
const words = (sentence) => sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));

/** A rough English syllable count: groups of vowels, less a silent final e. */
const syllables = (word) => {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '').replace(/e$/, '');
  return Math.max(1, (letters.match(/[aeiouy]+/g) ?? []).length);
};

const longest = 25;
const texts = [['en (source)', messages(config.targetLocales[0], 'source')]];
for (const locale of config.targetLocales) texts.push([locale, messages(locale, 'target')]);

for (const [name, list] of texts) {
  test(`${name}: no sentence is longer than ${longest} words`, () => {
    const long = list.flatMap(sentences).filter((s) => words(s).length > longest);
    assert.deepEqual(long, []);
  });
}

test('English reads at grade 8 or lower (Flesch–Kincaid, over every sentence of three words or more)', () => {
  const all = messages(config.targetLocales[0], 'source').flatMap(sentences).filter((s) => words(s).length >= 3);
  const allWords = all.flatMap(words).filter((w) => /\p{L}/u.test(w));
  const grade = 0.39 * (allWords.length / all.length) + 11.8 * (allWords.reduce((n, w) => n + syllables(w), 0) / allWords.length) - 15.59;
  assert.ok(grade <= 8, `grade ${grade.toFixed(1)}`);
});
