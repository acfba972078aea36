import {html, nothing, type TemplateResult, type PropertyDeclarations} from 'lit';
import {css} from './css.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {TrpOrganizationElement} from './organization.js';
import {emergencyPhone, hotline} from './facts.js';
import {languageName, supportedLocale} from './localization.js';
import {warnOnce} from './warn.js';

/** A section of the guide: the id its table-of-contents link points to, and the link's text. */
interface GuideSection {
  readonly id: string;
  readonly label: () => string;
}

/**
 * The guide's sections, in reading order: what the permit is, what it gives, how to get it,
 * what happens next, how to stay, and whom to call. Each label is the section's own main
 * heading, so a link's text is what the reader lands on.
 */
const sections: readonly GuideSection[] = [
  {id: 'permit', label: () => msg('The temporary resident permit')},
  {id: 'benefits', label: () => msg('What the permit gives you')},
  {id: 'interview', label: () => msg('Your interview with an immigration officer')},
  {id: 'outcomes', label: () => msg('After the decision')},
  {id: 'pathways', label: () => msg('Staying in Canada permanently')},
  {id: 'contact', label: () => msg('Who to call')},
];

/** The parts of the children that the guide exports, for theming them from outside. */
const childParts = [
  'heading: section-heading',
  'subheading: section-subheading',
  'phone-link',
  'hotline',
  'caution',
  'checklist',
  'checklist-item',
  'checkbox',
].join(', ');

/**
 * The whole guide: every content element in a sensible reading order, under one main heading,
 * with whom to call right away (the hotline and 911) before a table of contents whose links move to each section and put focus on its heading.
 * The children speak the guide's language and continue its heading outline; the guide shows
 * the source line once, at its end.
 *
 * @summary The complete guide to the permit, with a table of contents.
 *
 * @attr heading-level - The level of the guide's main heading, 1–6 (default 2). The table of contents and each section's heading are one level below; their inner headings continue below those.
 *
 * @csspart languages - The reader's language menu (with `languages`).
 * @csspart language - Each button of the language menu; the current one has `aria-current="true"`.
 * @csspart intro - The opening paragraph.
 * @csspart help - "Need help now?": the hotline and 911, before the table of contents (a highlighted block).
 * @csspart toc - The table of contents (a `nav`).
 * @csspart subheading - The titles of the help block and of the table of contents.
 * @csspart toc-link - Each link in the table of contents.
 * @csspart section - The block around each section.
 * @csspart section-heading - Each section's main heading (exported from the section's element).
 * @csspart section-subheading - The headings inside each section (exported).
 * @csspart phone-link - Each phone number link: the hotline and 911 in the help block, and those of the sections (exported).
 * @csspart hotline - The hotline block of the contact section (exported).
 * @csspart caution - The warning before choosing a way to stay (exported).
 * @csspart checklist - The interview checklist (exported).
 * @csspart checklist-item - Each item of the interview checklist (exported).
 * @csspart checkbox - Each checkbox of the interview checklist (exported).
 */
export class TrpGuide extends TrpOrganizationElement {
  static override styles = css`
    .languages {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block-end: var(--_space);
    }
    .languages button {
      min-block-size: 24px;
      padding-inline: 0.75em;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: none;
      color: var(--_link);
      font: inherit;
    }
    .languages [aria-current='true'] {
      border-color: var(--_accent);
      font-weight: 700;
    }
    nav {
      margin-block-end: calc(var(--_space) * 1.5);
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    nav ol {
      margin: 0;
    }
    .phone {
      font-size: 1.25em;
    }
    nav a {
      display: block;
      inline-size: fit-content;
      min-block-size: 24px;
      padding-block: 0.125em;
    }
    .section {
      padding-block-start: calc(var(--_space) * 1.5);
      border-block-start: 1px solid var(--_border);
      margin-block-end: calc(var(--_space) * 1.5);
      scroll-margin-block-start: var(--_space);
    }
    /* The guide's own padding holds its sections: none of their own, so no padding in padding. */
    .section > * {
      --_inset: 0;
    }
    @media (forced-colors: active) {
      nav {
        border: 1px solid CanvasText;
      }
    }
  `;

  static override properties: PropertyDeclarations = {province: {}, languages: {}};

  /** Passed to `<trp-benefits-list>`: a province or territory code that tailors the income-assistance text. */
  province = '';

  /**
   * A language menu for the reader, at the top of the guide: the language codes to offer, separated
   * by spaces (`en fr es`). Each is named in itself; choosing one switches the whole guide (its
   * `lang`) and stores nothing. Unsupported codes are left out, with one console warning. Without
   * it, there is no menu.
   */
  languages = '';

  /**
   * Follows a table-of-contents link. A link to an id inside a shadow root does nothing by
   * itself, so the guide scrolls to the section (smoothly unless the reader prefers reduced
   * motion) and moves focus to the section's heading, as a link to a page's heading would.
   * A click with a modifier key (new tab, new window) is left alone.
   */
  #followLink(event: MouseEvent): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const section = this.renderRoot.querySelector<HTMLElement>(`.section[id="${id}"]`);
    if (!section) return;
    event.preventDefault();
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    section.scrollIntoView({behavior: reduceMotion ? 'auto' : 'smooth', block: 'start'});
    const content = section.firstElementChild;
    if (content instanceof TrpContentElement) content.focusHeading({preventScroll: true});
  }

  /** The reader's language menu, when `languages` names any supported language. */
  #renderLanguages(): TemplateResult | typeof nothing {
    const locales = new Set<string>();
    for (const code of this.languages?.match(/[^\s,]+/g) ?? []) {
      const locale = supportedLocale(code);
      if (locale) locales.add(locale);
      else warnOnce(`languages: "${code.slice(0, 40)}" is not supported; left out of the menu.`);
    }
    if (locales.size === 0) return nothing;
    return html`<div part="languages" class="languages" role="group" aria-label=${msg('Language')}>
      ${[...locales].map(
        (locale) =>
          html`<button
            type="button"
            part="language"
            lang=${locale}
            aria-current=${locale === this.locale ? 'true' : 'false'}
            @click=${() => (this.lang = locale)}
          >
            ${languageName(locale)}
          </button>`
      )}
    </div>`;
  }

  /**
   * The reader's language menu comes first, before the notice of an unofficial translation: a
   * reader who cannot read this language finds the way out of it at once.
   */
  protected override renderNotice(): TemplateResult {
    return html`${this.#renderLanguages()}${super.renderNotice()}`;
  }

  /** Whom to call, before anything else: the hotline and 911, as links that dial them. */
  #renderHelpNow(): TemplateResult {
    return html`<section part="help" class="highlight" aria-labelledby="help-heading">
      ${this.heading(1, msg('Need help now?'), 'help-heading')}
      <p>
        ${msg(html`Call the <span lang="en">Canadian Human Trafficking Hotline</span>: ${this.phoneLink(hotline.phone)}`)}
      </p>
      ${this.hotlineFacts(false)}
      <p>${msg(html`In an emergency, call ${this.phoneLink(emergencyPhone)}.`)}</p>
    </section>`;
  }

  #renderToc(): TemplateResult {
    return html`<nav part="toc" aria-labelledby="toc-heading">
      ${this.heading(1, msg('On this page'), 'toc-heading')}
      <ol>
        ${sections.map(
          (section) =>
            html`<li>
              <a part="toc-link" href="#${section.id}" @click=${this.#followLink}>${section.label()}</a>
            </li>`
        )}
      </ol>
    </nav>`;
  }

  protected override renderContent(): TemplateResult {
    const lang = this.locale;
    const level = Math.min(6, this.headingLevel + 1);
    return html`
      ${this.heading(0, msg('Temporary resident permit for victims of human trafficking'))}
      <p part="intro">
        ${msg('This guide is for people in Canada who may be victims of human trafficking.')}
        ${msg('Human trafficking means that someone controls you and makes you work or have sex, for their gain.')}
        ${msg(
          html`It explains the <span lang="en">temporary resident permit</span> (TRP), which can let you stay in Canada legally for a time.`
        )}
      </p>
      ${this.#renderHelpNow()} ${this.#renderToc()}
      <section part="section" class="section" id="permit">
        <trp-permit-explainer lang=${lang} heading-level=${level} hide-source exportparts=${childParts}></trp-permit-explainer>
      </section>
      <section part="section" class="section" id="benefits">
        <trp-benefits-list
          lang=${lang}
          heading-level=${level}
          hide-source
          exportparts=${childParts}
          province=${ifDefined(this.province || undefined)}
        ></trp-benefits-list>
      </section>
      <section part="section" class="section" id="interview">
        <trp-interview-guide lang=${lang} heading-level=${level} hide-source exportparts=${childParts}></trp-interview-guide>
      </section>
      <section part="section" class="section" id="outcomes">
        <trp-outcomes lang=${lang} heading-level=${level} hide-source exportparts=${childParts}></trp-outcomes>
      </section>
      <section part="section" class="section" id="pathways">
        <trp-pathways lang=${lang} heading-level=${level} hide-source exportparts=${childParts}></trp-pathways>
      </section>
      <section part="section" class="section" id="contact">
        <trp-contact-card
          lang=${lang}
          heading-level=${level}
          hide-source
          exportparts=${childParts}
          .orgName=${this.orgName}
          .phone=${this.phone}
          .email=${this.email}
          .url=${this.url}
          .hours=${this.hours}
          .address=${this.address}
        ></trp-contact-card>
      </section>
    `;
  }
}
