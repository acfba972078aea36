/**
 * Pseudo-locales, for tests only (never in the bundle): every message of the widgets, made from its
 * English source in the XLIFF files, in two made-up languages whose codes ISO 639 reserves for local
 * use.
 *
 * - `qaa`, longer: each text about 40% longer, every letter accented, each message in brackets
 *   (`[Ŵĥöö ţöö çååļļ]`), as German or Finnish may be, with letters that reach higher and lower.
 * - `qab`, right to left: each Latin letter becomes a Hebrew one (`שחו תו כאלל`), so the text runs
 *   right to left as Hebrew or Arabic would, numbers and links included; registered as `rtl`.
 *
 * Placeholders (facts, phone links) and the markup of HTML messages are kept as they are: only the
 * text between them changes. Messages are keyed by lit-localize's ids (the XLIFF `trans-unit` ids),
 * which is how `msg()` finds them in the source modules the browser tests import (the bundle
 * numbers them instead). Each message has the form lit-localize gives it: a string, a `str`
 * template or an `html` template, as in the generated French module.
 */
import {html} from 'lit';
import {str} from '@lit/localize';
import {registerLocale, type LocaleTemplates} from '../../src/localization.js';
import {templates as french} from '../../src/generated/locales/fr.js';

/** A message's text, and its placeholders: the placeholder's source text, `${…}` expressions in it. */
export type Part = string | {placeholder: string};

/** A message as lit-localize extracted it from the sources. */
export interface SourceMessage {
  readonly id: string;
  /** How `msg()` was called: with a plain string, a `str` template or an `html` template. */
  readonly kind: 'string' | 'str' | 'html';
  readonly parts: readonly Part[];
}

/** The XLIFF file the English sources are read from (every language's file holds them all). */
const sourceFile = new URL('../../../xliff/fr.xlf', import.meta.url);

/** The kind of each message, as lit-localize generated it for French. */
function kindOf(template: unknown): SourceMessage['kind'] {
  if (typeof template === 'string') return 'string';
  return template && typeof template === 'object' && 'strTag' in template ? 'str' : 'html';
}

/** Every message of the widgets, in English, from the `<source>` of each XLIFF `trans-unit`. */
export async function sourceMessages(): Promise<SourceMessage[]> {
  const response = await fetch(sourceFile);
  if (!response.ok) throw new Error(`${sourceFile}: ${response.status}`);
  const xliff = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const kinds = french as Record<string, unknown>;
  return [...xliff.getElementsByTagName('trans-unit')].map((unit) => {
    const id = unit.getAttribute('id')!;
    if (!(id in kinds)) throw new Error(`${id} is in ${sourceFile} but not in the French module: run npm run build`);
    const source = unit.getElementsByTagName('source')[0];
    const parts: Part[] = [...source.childNodes].map((node) =>
      node.nodeType === Node.ELEMENT_NODE ? {placeholder: (node as Element).getAttribute('equiv-text') ?? ''} : node.textContent ?? ''
    );
    return {id, kind: kindOf(kinds[id]), parts};
  });
}

/** The `${…}` expressions in a placeholder's text, braces inside them included. */
function splitExpressions(text: string): {literals: string[]; expressions: number} {
  const literals = [''];
  let expressions = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('${', i)) {
      let depth = 1;
      for (i += 2; i < text.length && depth > 0; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
      i--;
      expressions++;
      literals.push('');
    } else {
      literals[literals.length - 1] += text[i];
    }
  }
  return {literals, expressions};
}

/** A real template strings array (Lit accepts no other), as a tagged template literal passes. */
function templateStrings(strings: string[]): TemplateStringsArray {
  return Object.freeze(Object.assign([...strings], {raw: Object.freeze([...strings])})) as unknown as TemplateStringsArray;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How a pseudo-locale writes a message's text: each piece of text, and around the whole message. */
export interface PseudoWriting {
  text(text: string): string;
  before?: string;
  after?: string;
}

/**
 * The message in a pseudo-locale, in the form lit-localize generates: a string, or a `str`/`html`
 * template whose values are the indices of the source's values (`${0}`), in the source's order.
 */
export function pseudoTemplate(message: SourceMessage, writing: PseudoWriting): unknown {
  const strings = [writing.before ?? ''];
  const values: number[] = [];
  for (const part of message.parts) {
    if (typeof part === 'string') {
      const text = writing.text(part);
      strings[strings.length - 1] += message.kind === 'html' ? escapeHtml(text) : text;
      continue;
    }
    // A placeholder: its markup as it is, each expression a value, numbered in order.
    const {literals, expressions} = splitExpressions(part.placeholder);
    strings[strings.length - 1] += literals[0];
    for (let i = 1; i <= expressions; i++) {
      values.push(values.length);
      strings.push(literals[i]);
    }
  }
  strings[strings.length - 1] += writing.after ?? '';
  if (message.kind === 'string') return strings[0];
  return message.kind === 'str' ? str(templateStrings(strings), ...values) : html(templateStrings(strings), ...values);
}

/** The messages in a pseudo-locale, keyed by id: what `registerLocale()` takes. */
export function pseudoTemplates(messages: readonly SourceMessage[], writing: PseudoWriting): LocaleTemplates {
  return Object.fromEntries(messages.map((message) => [message.id, pseudoTemplate(message, writing)]));
}

const accented: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊÝŽ'][i],
  ])
);

/**
 * `qaa`'s text: about 40% longer, every letter accented. The extra letters repeat each word's
 * vowels (its last letter, without vowels), spread over the words by their length, so long words
 * grow longest, as in the languages that make long compounds.
 */
export function lengthen(text: string): string {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const extra = Math.round(text.length * 0.4);
  let owed = 0;
  return text.replace(/\p{L}+/gu, (word) => {
    owed += (word.length * extra) / letters;
    const add = Math.round(owed);
    owed -= add;
    const vowels = [...word].flatMap((letter, i) => (/[aeiouy]/i.test(letter) ? [i] : []));
    const grow = vowels.length ? vowels : [word.length - 1];
    const repeats = new Array<number>(word.length).fill(1);
    for (let i = 0; i < add; i++) repeats[grow[i % grow.length]]++;
    return [...word].map((letter, i) => (accented[letter] ?? letter).repeat(repeats[i])).join('');
  });
}

const hebrew: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].map((letter, i) => [letter, [...'אבכדהפגחיךקלמנוףץרסתעטשצםז'][i]])
);

/** `qab`'s text: each Latin letter a Hebrew one, so that it runs right to left. */
export function rightToLeft(text: string): string {
  return text.replace(/[a-z]/gi, (letter) => hebrew[letter.toLowerCase()]);
}

/** How each pseudo-locale writes: `qaa` longer and accented, in brackets; `qab` right to left. */
export const pseudoWritings = {
  qaa: {text: lengthen, before: '[', after: ']'},
  qab: {text: rightToLeft},
} satisfies Record<string, PseudoWriting>;

let registered: Promise<void> | undefined;

/**
 * Registers `qaa` (left to right) and `qab` (right to left) with the widgets' language registry,
 * once: an element with `lang="qaa"` or `lang="qab"` then renders in it.
 */
export function registerPseudoLocales(): Promise<void> {
  registered ??= sourceMessages().then((messages) => {
    registerLocale('qaa', pseudoTemplates(messages, pseudoWritings.qaa));
    registerLocale('qab', pseudoTemplates(messages, pseudoWritings.qab), 'rtl');
  });
  return registered;
}
