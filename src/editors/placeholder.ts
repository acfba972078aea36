/**
 * The snippets an editor pastes or inserts, written once: for the demo's snippet builder and for the
 * insert buttons of the CKEditor 5 and TinyMCE plugins (src/editors/ckeditor5.ts, tinymce.ts). It
 * imports nothing from the elements (only their rules for web addresses and language tags), so the
 * plugins stay small and define nothing.
 */
import {webHref} from '../links.js';
import {localeOf} from '../language-tags.js';

/** One attribute an element takes, as the snippet builders offer it. */
export interface AttributeChoice {
  name: string;
  /** An on/off attribute: present or absent. */
  boolean?: boolean;
  /** The value the element has without the attribute: never written out. */
  default?: string;
}

/** The chosen element and its attributes as `[name, value]`, `value === true` for an on/off one. */
export interface Choice {
  tag: string;
  attributes: Array<[string, string | true]>;
}

/** The quick exit's plain link, which works before the script runs. */
export interface Fallback {
  href: string;
  text: string;
}

/** The quick exit's link text in each language (the element's own, for readers without the script). */
export const quickExitText: Readonly<Record<string, string>> = {
  en: 'Exit this page',
  fr: 'Quitter cette page',
  es: 'Salir de esta página',
  tl: 'Lumabas sa pahinang ito',
  pa: 'ਇਸ ਪੰਨੇ ਤੋਂ ਬਾਹਰ ਜਾਓ',
};

/**
 * The codes of a language menu (`en fr es`), each once as the elements read it (`es-MX` and `ES`
 * are `es`, `fil` is `tl`, `pa-Arab` none of them: src/language-tags.ts), among `supported`, and
 * those left out.
 */
export function menuLanguages(value: string, supported: readonly string[]): {kept: string[]; leftOut: string[]} {
  const codes = value.match(/[^\s,]+/g) ?? [];
  return {
    kept: [...new Set(codes.map((code) => localeOf(code, supported)).filter((code) => code !== undefined))],
    leftOut: codes.filter((code) => localeOf(code, supported) === undefined),
  };
}

/**
 * The choice for `tag` from the values of a form's fields (`values[name]`: text, or `true`/`false`
 * for an on/off attribute), in the order of `offered`. Empty values, and values the element has
 * anyway without the attribute, are left out; a language menu keeps only `languages`.
 */
export function choiceOf(
  tag: string,
  offered: readonly AttributeChoice[],
  values: Readonly<Record<string, string | boolean | undefined>>,
  languages: readonly string[]
): Choice {
  const attributes: Choice['attributes'] = [];
  for (const attribute of offered) {
    const field = values[attribute.name];
    if (field === undefined) continue;
    if (attribute.boolean) {
      if (field === true) attributes.push([attribute.name, true]);
      continue;
    }
    const text = String(field === true || field === false ? '' : field);
    const value = attribute.name === 'languages' ? menuLanguages(text, languages).kept.join(' ') : text.trim();
    if (value && value !== attribute.default) attributes.push([attribute.name, value]);
  }
  return {tag, attributes};
}

/**
 * The quick exit's plain link for `choice`: as the element leaves, to its `href` when that is a web
 * address, else to `defaultHref`.
 */
export function fallbackFor({tag, attributes}: Choice, defaultHref: string): Fallback | undefined {
  if (tag !== 'trp-quick-exit') return undefined;
  const values = Object.fromEntries(attributes) as Record<string, string | true | undefined>;
  const lang = typeof values.lang === 'string' && values.lang in quickExitText ? values.lang : 'en';
  return {href: (typeof values.href === 'string' && webHref(values.href)) || defaultHref, text: quickExitText[lang]};
}

/** Attribute text, safe between double quotes: markup and quotes stay text. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function markup(tag: string, attributes: Choice['attributes'], fallback: Fallback | undefined): string {
  const attributeText = attributes
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const inner = fallback ? `<a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.text)}</a>` : '';
  return `<${tag}${attributeText}>${inner}</${tag}>`;
}

/** The element itself: `<trp-contact-card lang="fr" …></trp-contact-card>`. */
export function elementSnippet(choice: Choice, exitHref: string): string {
  return markup(choice.tag, choice.attributes, fallbackFor(choice, exitHref));
}

/** The placeholder for editors that remove unknown tags: `<div data-trp="contact-card" data-lang="fr" …></div>`. */
export function placeholderSnippet(choice: Choice, exitHref: string): string {
  const data: Choice['attributes'] = [
    ['data-trp', choice.tag.replace(/^trp-/, '')],
    ...choice.attributes.map(([name, value]): [string, string] => [`data-${name}`, value === true ? '' : value]),
  ];
  return markup('div', data, fallbackFor(choice, exitHref));
}

/**
 * The choice a placeholder holds, to edit it again: its element (`data-trp`, with or without `trp-`)
 * and the values of its `data-*` attributes among `offered` (`true` for an on/off one that is present).
 * `undefined` when `data-trp` names none of `tags`.
 */
export function choiceFromPlaceholder(
  attribute: (name: string) => string | null | undefined,
  elements: ReadonlyArray<{tag: string; attributes: readonly AttributeChoice[]}>
): {tag: string; values: Record<string, string | boolean>} | undefined {
  const name = (attribute('data-trp') ?? '').trim().toLowerCase();
  const element = elements.find(({tag}) => tag === name || tag === `trp-${name}`);
  if (!element) return undefined;
  const values: Record<string, string | boolean> = {};
  for (const {name: attributeName, boolean} of element.attributes) {
    const value = attribute(`data-${attributeName}`);
    if (value === null || value === undefined) continue;
    values[attributeName] = boolean ? true : value;
  }
  return {tag: element.tag, values};
}
