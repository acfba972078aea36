// Tagalog (xliff/tl.xlf), for Filipino workers in Canada: "human
// trafficking" (never a word for smuggling), the English names of documents and programs that
// Filipinos meet on their papers, "ikaw" throughout, and sentences of at most 20 words (the plain-
// language check, test/node/plain-language.test.mjs). The terms and their sources: xliff/glossary.md.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {assertSaysEach, placeholders, readXliff, readerText, units} from '../support/xliff.mjs';

// That every message has a translation, current with the code and with its placeholders, is
// test/node/translations.test.mjs's, for every language of lit-localize.json.

const tagalog = units(readXliff('tl'));
const texts = tagalog.map((u) => readerText(u.target ?? ''));
const all = texts.join('\n');

test('Tagalog says "human trafficking", never a word for smuggling ("puslit", "palusot") or road traffic ("trapiko")', () => {
  assert.ok(all.includes('human trafficking'));
  assert.deepEqual(texts.filter((text) => /puslit|palusot|trapiko|smuggl|ismagel/iu.test(text)), []);
});

test('Tagalog says "maaaring biktima" wherever the English says someone may be a victim', () => {
  const wrong = tagalog.filter((u) => /may be (a )?victims?/.test(u.source) && !/maaaring biktima/.test(u.target ?? ''));
  assert.deepEqual(wrong.map((u) => `${u.id}: ${u.target}`), []);
});

test('Tagalog keeps the official English names, so the reader can match documents', () => {
  assertSaysEach(texts, [
    'temporary resident permit (TRP)',
    'Immigration, Refugees and Citizenship Canada (IRCC)',
    'Interim Federal Health Program (IFHP)',
    'open work permit',
    'study permit',
    'humanitarian and compassionate grounds (H&C)',
    'refugee claim',
    'Canadian Human Trafficking Hotline',
    'Tulong-pinansyal (income assistance)',
  ]);
});

test('Tagalog speaks to the reader as "ikaw", never the formal or plural "kayo", "ninyo", "po"', () => {
  assert.deepEqual(texts.filter((text) => /(?<!\p{L})(po|kayo|ninyo|inyo|niyo|nyo)(?!\p{L})/iu.test(text)), []);
});

test('Tagalog names the languages "Ingles" and "French", and says how to ask the hotline for an interpreter', () => {
  assert.deepEqual(texts.filter((text) => /(?<!\p{L})(English|Pranses)(?!\p{L})/u.test(text)), []);
  const request = tagalog.find((u) => u.id === 'interpreter-request');
  const [name] = placeholders(request.source);
  assert.ok(request.target.includes(`sabihin sa Ingles: "${name}"`), request.target);
});

test('Tagalog keeps the English names of the provinces and territories, and says "Gobyerno ng …"', () => {
  const provinces = ['British Columbia', 'Alberta', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Northwest Territories', 'Nunavut', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Yukon'];
  const count = (text, name) => text.split(name).length - 1;
  const wrong = tagalog.flatMap((u) => provinces.filter((name) => count(u.source, name) !== count(u.target ?? '', name)).map((name) => `${name}: ${u.target}`));
  assert.deepEqual(wrong, []);
  const governments = tagalog.filter((u) => /the Government of/.test(u.source));
  assert.ok(governments.length >= 11);
  assert.deepEqual(governments.filter((u) => !/Gobyerno ng/.test(u.target ?? '')).map((u) => u.target), []);
});

test('Tagalog names the Shift key "Shift (⇧)" in every message about it', () => {
  const shift = tagalog.filter((u) => /\bShift\b/.test(u.source));
  assert.ok(shift.length >= 3);
  assert.deepEqual(shift.filter((u) => !u.target?.includes('Shift (⇧)')).map((u) => u.target), []);
});
