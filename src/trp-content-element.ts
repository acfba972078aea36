import {html, nothing, type CSSResultGroup, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {html as staticHtml, literal} from 'lit/static-html.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import {TrpElement} from './trp-element.js';
import {formatDate, officialPage, reviewedOn} from './facts.js';
import {baseStyles} from './styles.js';
import {warnOnce} from './warn.js';

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The default `heading-level`. */
export const defaultHeadingLevel = 2;

/**
 * Reads a `heading-level` attribute: a whole number, clamped to 1–6. Anything else keeps the
 * default, with one console warning.
 */
export function parseHeadingLevel(value: string | null): number {
  if (value === null) return defaultHeadingLevel;
  if (!/^\s*[+-]?\d+\s*$/.test(value)) {
    warnOnce(`heading-level="${value.slice(0, 40)}" is not a number from 1 to 6; using ${defaultHeadingLevel}.`);
    return defaultHeadingLevel;
  }
  return Math.min(6, Math.max(1, Number.parseInt(value, 10)));
}

/**
 * What every content element shares: its language (from {@link TrpElement}), a heading level
 * that fits the host page's outline, and the source footer.
 */
export class TrpContentElement extends TrpElement {
  static override styles: CSSResultGroup = baseStyles;

  /**
   * The level of the element's main heading, 1–6 (default 2). Inner headings continue below it.
   * Out-of-range values are clamped; non-numeric values are ignored.
   */
  @property({attribute: 'heading-level', converter: parseHeadingLevel, reflect: false})
  headingLevel = defaultHeadingLevel;

  /**
   * Leaves out the source line, for a page (or `<trp-guide>`) that shows it once for several
   * elements. Only hide it when the page shows the source elsewhere.
   */
  @property({attribute: 'hide-source', type: Boolean}) hideSource = false;

  /**
   * Moves keyboard focus to the element's main heading, as a link to it would; the heading is
   * focusable by script only (`tabindex="-1"`). Does nothing before the element has rendered.
   */
  focusHeading(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus(options);
  }

  /** The main heading's level, clamped even when the property was set from script. */
  protected get level(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : defaultHeadingLevel;
  }

  /**
   * A heading `depth` levels below the element's main heading (0 is the main heading), never
   * deeper than `h6`. The main heading, and headings with an `id`, can take focus from a link
   * to them ({@link focusHeading}).
   */
  protected heading(depth: number, content: unknown, id?: string): TemplateResult {
    const tag = headingTags[Math.min(6, this.level + depth) - 1];
    const part = depth === 0 ? 'heading' : 'subheading';
    return staticHtml`<${tag} part=${part} id=${ifDefined(id)} tabindex=${ifDefined(
      id || depth === 0 ? '-1' : undefined
    )}>${content}</${tag}>`;
  }

  /** "Source: IRCC — checked <date>", linking the official page in the element's language. */
  protected renderSource(): TemplateResult {
    const page = officialPage[this.locale as keyof typeof officialPage] ?? officialPage.en;
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

  protected override render(): TemplateResult {
    return html`<div part="base" lang=${this.locale}>
      ${this.renderContent()} ${this.hideSource ? nothing : this.renderSource()}
    </div>`;
  }
}
