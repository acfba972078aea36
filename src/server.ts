/**
 * The server entry, for rendering the elements to HTML in Node with Lit's server renderer
 * (`@lit-labs/ssr`): every language registered and every element defined on import, since the
 * renderer looks elements up by tag; and {@link render}, which gives an element's HTML. It
 * touches no browser API.
 */
import './generated/languages/all.js';
import {render as renderLit} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
// Named apart from Lit's `html`: a tag made of values, which the build's template minifier cannot read.
import {html as markup, unsafeStatic} from 'lit/static-html.js';
import {defineAll} from './elements.js';
import {isLibraryTag} from './define.js';

export * from './elements.js';
export {provinceCodes, provinceNames, type ProvinceCode} from './provinces.js';
/**
 * How the elements read a language tag (`supportedLocale('fil-PH')` is `tl`), for tools that choose
 * a language as an element would: the handout command, the WordPress plugin's build. `icuCodes`
 * and `otherScripts` are its rules, as data.
 */
export {supportedLocale, icuCodes, otherScripts} from './localization.js';
/** The order lists give languages in (Canada's official languages first), for the same tools. */
export {inListOrder, languageName} from './language-tags.js';

defineAll();

/** How {@link render} writes an element. */
export interface RenderOptions {
  /**
   * A Content-Security-Policy nonce for the `<style>` elements of the shadow roots, so that a page
   * whose policy has no `'unsafe-inline'` for styles shows the element styled from its first paint.
   */
  nonce?: string;
}

/** An attribute's value, written inside double quotes. */
const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML of `<tag>` with `attributes`, its content inside (declarative shadow DOM, in the
 * language of its `lang`), as Lit's server renderer writes it, with the markers that let the
 * browser bundle hydrate it.
 *
 * `attributes` are the element's own (`lang`, `heading-level`, `province`, `org-name`…): a value
 * is text, escaped; `true` writes a boolean attribute and `false` or `undefined` leaves it out.
 * An unknown tag or attribute is a `TypeError` naming what the element takes.
 */
export function render(
  tag: string,
  attributes: Readonly<Record<string, string | number | boolean | undefined>> = {},
  {nonce}: RenderOptions = {}
): string {
  const element = isLibraryTag(tag) ? (customElements.get(tag) as unknown as {observedAttributes: string[]}) : undefined;
  if (!element) throw new TypeError(`${tag} is not a trp-widgets element`);
  const accepted = element.observedAttributes;
  let written = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!accepted.includes(name)) throw new TypeError(`<${tag}> has no attribute ${name}; it takes ${accepted.join(', ')}`);
    if (value === true) written += ` ${name}`;
    else if (value !== false && value !== undefined) written += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  const name = unsafeStatic(tag);
  const result = collectResultSync(renderLit(markup`<${name}${unsafeStatic(written)}></${name}>`));
  return nonce ? result.replace(/<style>/g, `<style nonce="${escapeAttribute(nonce)}">`) : result;
}
