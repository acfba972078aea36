// Punjabi in Gurmukhi (xliff/pa.xlf), for Punjabi speakers in Canada:
// "ਮਨੁੱਖੀ ਤਸਕਰੀ" for trafficking (ਤਸਕਰੀ alone reads as smuggling), the official English names in
// brackets, the respectful "ਤੁਸੀਂ", sentences ending with the danda, text in Unicode NFC. Shahmukhi
// (pa-Arab) is not this translation. The terms and their sources: xliff/glossary.md.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {assertSaysEach, placeholders, readXliff, readerText, units} from '../support/xliff.mjs';

// That every message has a translation, current with the code and with its placeholders, is
// test/node/translations.test.mjs's, for every language of lit-localize.json.

const punjabi = units(readXliff('pa'));
const texts = punjabi.map((u) => readerText(u.target ?? ''));
const all = texts.join('\n');

test('Punjabi never writes ਤਸਕਰੀ without ਮਨੁੱਖੀ, nor ਤਸਕਰ (smuggler) for the trafficker', () => {
  assert.ok(all.includes('ਮਨੁੱਖੀ ਤਸਕਰੀ'));
  assert.deepEqual(texts.filter((text) => /(?<!ਮਨੁੱਖੀ )ਤਸਕਰੀ|ਤਸਕਰ(?!ੀ)/u.test(text)), []);
  assert.ok(all.includes('ਮਨੁੱਖੀ ਤਸਕਰੀ ਕਰਨ ਵਾਲੇ'), 'the trafficker: ਮਨੁੱਖੀ ਤਸਕਰੀ ਕਰਨ ਵਾਲਾ');
});

test('Punjabi gives the official English name of each program in brackets, so the reader can match documents', () => {
  assertSaysEach(texts, [
    'ਅਸਥਾਈ ਨਿਵਾਸੀ ਪਰਮਿਟ (Temporary Resident Permit, TRP)',
    'ਇਮੀਗ੍ਰੇਸ਼ਨ, ਸ਼ਰਨਾਰਥੀ ਅਤੇ ਨਾਗਰਿਕਤਾ ਕੈਨੇਡਾ (IRCC)',
    'ਆਰਜ਼ੀ ਫ਼ੈਡਰਲ ਸਿਹਤ ਪ੍ਰੋਗਰਾਮ (Interim Federal Health Program, IFHP)',
    'ਓਪਨ ਵਰਕ ਪਰਮਿਟ (open work permit)',
    'ਸਟੱਡੀ ਪਰਮਿਟ',
    "ਮਨੁੱਖਤਾ ਅਤੇ ਹਮਦਰਦੀ ਦੇ ਆਧਾਰ 'ਤੇ (humanitarian and compassionate, H&C)",
    'ਸ਼ਰਨਾਰਥੀ ਦਾਅਵਾ (refugee claim)',
    'ਮਨੁੱਖੀ ਤਸਕਰੀ ਵਿਰੁੱਧ ਕੈਨੇਡੀਅਨ ਹੈਲਪਲਾਈਨ (Canadian Human Trafficking Hotline)',
    'ਮਨੁੱਖੀ ਤਸਕਰੀ (human trafficking)',
  ]);
});

test('Punjabi speaks to the reader as "ਤੁਸੀਂ", never "ਤੂੰ"', () => {
  assert.deepEqual(texts.filter((text) => /(?<![\p{L}\p{M}])(ਤੂੰ|ਤੈਨੂੰ|ਤੇਰਾ|ਤੇਰੀ|ਤੇਰੇ|ਤੈਥੋਂ)(?![\p{L}\p{M}])/u.test(text)), []);
});

test('Punjabi is Gurmukhi in Unicode NFC, its sentences end with the danda (।), never a full stop', () => {
  assert.deepEqual(texts.filter((text) => text !== text.normalize('NFC')), []);
  assert.deepEqual(texts.filter((text) => /[\u0600-\u06ff]/u.test(text)), [], 'no Shahmukhi (Arabic script)');
  assert.deepEqual(texts.filter((text) => /[\u0a00-\u0a7f]\.(\s|$)/u.test(text)), []);
});

test('Punjabi says how to ask the hotline for an interpreter: say the English name of the language', () => {
  const request = punjabi.find((u) => u.id === 'interpreter-request');
  const [name] = placeholders(request.source);
  assert.ok(request.target.includes(`ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਕਹੋ: “${name}”`), request.target);
});

test('Punjabi names the Shift key "Shift (⇧)" in every message about it', () => {
  const shift = punjabi.filter((u) => /\bShift\b/.test(u.source));
  assert.ok(shift.length >= 3);
  assert.deepEqual(shift.filter((u) => !u.target?.includes('Shift (⇧) ਬਟਨ')).map((u) => u.target), []);
});
