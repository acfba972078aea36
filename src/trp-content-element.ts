import {html, nothing, type TemplateResult, type PropertyDeclarations} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import {TrpElement} from './trp-element.js';
import {formatDate, officialPage, reviewedOn, type OfficialLanguage, type PhoneNumber} from './facts.js';
import {warnValue} from './warn.js';

type Heading = (part: string, id: string | undefined, tabindex: number | undefined, content: unknown) => TemplateResult;

/**
 * A template per heading level. Six plain templates cost less than `lit/static-html.js` (which
 * a dynamic tag name would need) and render as fast as any other template.
 */
const headings: readonly Heading[] = [
  (part, id, tabindex, content) => html`<h1 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h1>`,
  (part, id, tabindex, content) => html`<h2 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h2>`,
  (part, id, tabindex, content) => html`<h3 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h3>`,
  (part, id, tabindex, content) => html`<h4 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h4>`,
  (part, id, tabindex, content) => html`<h5 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h5>`,
  (part, id, tabindex, content) => html`<h6 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h6>`,
];

/** The default `heading-level`. */
export const defaultHeadingLevel = 2;

/**
 * Reads a `heading-level` attribute: a whole number (the property clamps it to 1–6). Anything
 * else keeps the default, with one console warning.
 */
export function parseHeadingLevel(value: string | null): number {
  if (value === null) return defaultHeadingLevel;
  if (!/^\s*[+-]?\d+\s*$/.test(value)) {
    warnValue('heading-level', value, `using ${defaultHeadingLevel}`);
    return defaultHeadingLevel;
  }
  return Number.parseInt(value, 10);
}

/**
 * What every content element shares: its language (from {@link TrpElement}), a heading level
 * that fits the host page's outline, the source footer, and, in a language that is not official
 * in Canada, a notice that the translation is unofficial.
 *
 * @csspart base - The element's wrapper.
 * @csspart notice - In a language other than English and French: that this is an unofficial translation, with links to the official page in both.
 * @csspart heading - The main heading.
 * @csspart subheading - Each section's heading.
 * @csspart source - The source line with the date the content was checked.
 *
 * @cssprop [--trp-color-accent=#7a2362] - Accent colour in the light scheme: the border that marks a highlighted block or section, and the checklist's checkboxes.
 * @cssprop [--trp-color-surface=#f4f1f6] - Background of highlighted blocks (and of the guide's table of contents) in the light scheme.
 * @cssprop [--trp-color-border=#8c8c99] - Colour of thin borders (around the checklist and the outcomes, between the guide's sections) in the light scheme.
 * @cssprop [--trp-dark-color-accent=#f0a3d8] - Accent colour in the dark scheme.
 * @cssprop [--trp-dark-color-surface=#26242d] - Background of highlighted blocks in the dark scheme.
 * @cssprop [--trp-dark-color-border=#8e8e9c] - Colour of thin borders in the dark scheme.
 * @cssprop [--trp-padding=var(--trp-space)] - Inner spacing between the element's edge and its text (none for the sections inside `<trp-guide>`, whose own padding holds them, nor in print). Set `0` with a transparent background to line the text up with your page's.
 */
export class TrpContentElement extends TrpElement {
  static override properties: PropertyDeclarations = {
    headingLevel: {attribute: 'heading-level', converter: parseHeadingLevel},
    hideSource: {attribute: 'hide-source', type: Boolean},
  };

  #headingLevel = defaultHeadingLevel;

  /**
   * The level of the element's main heading, 1–6 (default 2). Inner headings continue below it.
   * Out-of-range values are clamped; non-numeric values are ignored.
   * @default 2
   */
  get headingLevel(): number {
    return this.#headingLevel;
  }
  set headingLevel(value: number) {
    const level = Math.round(Number(value));
    if (Number.isFinite(level)) this.#headingLevel = Math.min(6, Math.max(1, level));
  }

  /**
   * Leaves out the source line, for a page (or `<trp-guide>`) that shows it once for several
   * elements. Only hide it when the page shows the source elsewhere.
   */
  hideSource = false;

  /**
   * Moves keyboard focus to the element's main heading, as a link to it would; the heading is
   * focusable by script only (`tabindex="-1"`). Does nothing before the element has rendered.
   */
  focusHeading(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('[part="heading"]')?.focus(options);
  }

  /**
   * A heading `depth` levels below the element's main heading (0 is the main heading), never
   * deeper than `h6`. The main heading, and headings with an `id`, can take focus from a link
   * to them ({@link focusHeading}).
   */
  protected heading(depth: number, content: unknown, id?: string): TemplateResult {
    const heading = headings[Math.min(6, this.headingLevel + depth) - 1];
    return heading(depth === 0 ? 'heading' : 'subheading', id, id || depth === 0 ? -1 : undefined, content);
  }

  /** `dept`: IRCC in full, and what it is, where an element first names it. */
  protected irccIs(): string {
    return msg('Immigration, Refugees and Citizenship Canada (IRCC) is the Government of Canada department for immigration.');
  }

  /** Whether the element's language is one of Canada's official languages, in which IRCC publishes. */
  protected get official(): boolean {
    return this.locale in officialPage;
  }

  /** A phone number as a link that dials it, styled to be easy to tap (`.phone` in the base styles). */
  protected phoneLink(number: PhoneNumber): TemplateResult {
    return html`<a class="phone" part="phone-link" href=${number.href}>${number.display}</a>`;
  }

  /**
   * "Source: IRCC — checked <date>", linking the official page in the element's language (in
   * English for a language that is not official).
   */
  protected renderSource(): TemplateResult {
    const page = officialPage[this.locale as OfficialLanguage] ?? officialPage.en;
    const checked = formatDate(reviewedOn, this.locale);
    return html`<p class="source" part="source">
      ${msg(
        html`Source: <a href=${page}>Immigration, Refugees and Citizenship Canada</a> — checked ${checked}`
      )}
    </p>`;
  }

  /** The element's own content, under its main heading. */
  protected renderContent(): unknown {
    return '';
  }

  /**
   * In a language that is not official in Canada, a notice that this is an unofficial translation,
   * with links to the official page in English and in French.
   */
  protected renderNotice(): TemplateResult | typeof nothing {
    if (this.hideSource || this.official) return nothing;
    // Its text comes with the language's own module: the bundle, in English and French, never shows it.
    return html`<p class="notice" part="notice">
      ${msg(
        html`This translation is not official. The official information is in <a href=${officialPage.en} hreflang="en">English</a> and <a href=${officialPage.fr} hreflang="fr">French</a>.`,
        {id: 'unofficial-translation'}
      )}
    </p>`;
  }

  /**
   * The notice (in a language that is not official) and the source line go together: shown once,
   * on the element, unless the page shows them elsewhere (`hide-source`, as `<trp-guide>` does for
   * its sections).
   */
  protected override renderLocalized(): TemplateResult {
    return html`<div part="base" class="content" lang=${this.locale} dir=${this.direction}>
      ${this.renderNotice()} ${this.renderContent()}
      ${this.hideSource ? nothing : this.renderSource()}
    </div>`;
  }
}
