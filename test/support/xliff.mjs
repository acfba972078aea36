// What the Node checks of one translation read from its XLIFF file (xliff/<locale>.xlf): the
// trans-units, and each target as the reader sees it, in sentences and words.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

/** The raw XML of `xliff/<locale>.xlf`. */
export const readXliff = (locale) => readFileSync(new URL(`../../xliff/${locale}.xlf`, import.meta.url), 'utf8');

/** The trans-units of an XLIFF file: id, source and target as raw XML. */
export const units = (xml) =>
  [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '',
    target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));

const decode = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * A message as the reader sees it: markup placeholders (links, bold) vanish, a value from code
 * (a number, a phone number, a date) becomes the word "0".
 */
export const readerText = (xml) =>
  decode(xml.replace(/<x id="\d+" equiv-text="([^"]*)"\/>/g, (_, equiv) => (equiv.startsWith('&lt;') ? '' : ' 0 ')))
    .replace(/\s+/g, ' ')
    .trim();

/** The placeholders of a message, sorted. */
export const placeholders = (xml) => [...xml.matchAll(/<x [^>]*\/>/g)].map(([tag]) => tag).sort();

/** The sentences of a text: they end with . ! ? : or the Gurmukhi danda (।). */
export const sentences = (text) => text.split(/(?<=[.!?:।])\s+/).filter((s) => /[\p{L}\d]/u.test(s));

/** The words of a sentence: what has a letter or a digit between spaces. */
export const words = (sentence) => sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));

/**
 * Asserts that the translations (`texts`, as {@link readerText} gives them) say each of `terms`,
 * word for word, in one message or across two: a glossary term, an official name.
 */
export function assertSaysEach(texts, terms) {
  const all = texts.join('\n');
  for (const term of terms) assert.ok(all.includes(term), `no translation says "${term}"`);
}
