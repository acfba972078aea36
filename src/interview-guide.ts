import {css, html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {baseStyles} from './styles.js';
import {photosToBring} from './facts.js';

/**
 * The interview with an immigration officer: what it is like, that you need not prove you are a
 * victim, that a lawyer or representative may come (and what a representative is), and a
 * checklist of what to bring.
 *
 * The checklist is made of native checkboxes. What you tick stays in the page only: nothing is
 * stored (no storage, no cookies), so it is gone when the page closes.
 *
 * @summary What the interview is like, what you do not have to prove, who may come, and what to bring.
 *
 * @attr lang - The language (`en`, `fr`; `fr-CA` works). Default: inherited from the page, else English.
 * @attr heading-level - The level of the main heading, 1–6 (default 2); inner headings continue below it.
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The main heading.
 * @csspart subheading - Each section's heading.
 * @csspart about - What the interview is like.
 * @csspart proof - What you do not have to prove (a highlighted block).
 * @csspart representative - That a lawyer or representative may come, and what a representative is.
 * @csspart bring - What to bring: the checklist and its note.
 * @csspart checklist - The group of checkboxes (a `fieldset`).
 * @csspart checklist-item - Each checklist item's label, the checkbox inside it.
 * @csspart checkbox - Each checkbox.
 * @csspart source - The source line with the date the content was checked.
 *
 * @cssprop [--trp-color-text=#1b1b1b] - Text colour.
 * @cssprop [--trp-color-background=#ffffff] - Background colour.
 * @cssprop [--trp-color-muted=#4d4d4d] - Colour of secondary text.
 * @cssprop [--trp-color-link=#0b4fa8] - Link colour.
 * @cssprop [--trp-color-accent=#7a2362] - Accent colour (the highlighted block's border, the checkboxes).
 * @cssprop [--trp-color-surface=#f4f1f6] - Background of highlighted blocks.
 * @cssprop [--trp-color-border=#8c8c99] - Border colour.
 * @cssprop [--trp-color-focus=#0b4fa8] - Focus outline colour.
 * @cssprop [--trp-dark-color-text=#f2f2f2] - Text colour in the dark scheme.
 * @cssprop [--trp-dark-color-background=#17171c] - Background colour in the dark scheme.
 * @cssprop [--trp-dark-color-muted=#c8c8d0] - Colour of secondary text in the dark scheme.
 * @cssprop [--trp-dark-color-link=#9cc3ff] - Link colour in the dark scheme.
 * @cssprop [--trp-dark-color-accent=#f0a3d8] - Accent colour in the dark scheme.
 * @cssprop [--trp-dark-color-surface=#26242d] - Background of highlighted blocks in the dark scheme.
 * @cssprop [--trp-dark-color-border=#8e8e9c] - Border colour in the dark scheme.
 * @cssprop [--trp-dark-color-focus=#9cc3ff] - Focus outline colour in the dark scheme.
 * @cssprop --trp-color-scheme - `light`, `dark`, or `light dark` (follows the reader) to choose the scheme. Unset (the default), the page's own `color-scheme` decides (CSS or `<meta name="color-scheme">`): the light scheme unless the page supports dark.
 * @cssprop [--trp-font-family=inherit] - Font family; the host's by default.
 * @cssprop [--trp-font-size=max(1rem, 16px)] - Base font size.
 * @cssprop [--trp-radius=0.5rem] - Corner radius of blocks.
 * @cssprop [--trp-space=1rem] - Base spacing.
 * @cssprop [--trp-padding=var(--trp-space)] - Inner spacing between the element's edge and its text (none inside `<trp-guide>`, nor in print). Set `0` with a transparent background to line the text up with your page's.
 */
export class TrpInterviewGuide extends TrpContentElement {
  static override styles = [
    baseStyles,
    css`
      section {
        margin-block-end: var(--_space);
      }
      fieldset {
        margin: 0 0 calc(var(--_space) * 0.75);
        padding: calc(var(--_space) * 0.75);
        min-inline-size: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      /* Floated, so a legend that wraps on a phone sits inside the box, not across its border. */
      legend {
        float: inline-start;
        inline-size: 100%;
        margin: 0 0 0.25em;
        padding: 0;
        font-weight: 700;
      }
      fieldset ul {
        clear: both;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      label {
        display: flex;
        align-items: center;
        gap: 0.75em;
        min-block-size: 44px;
        cursor: pointer;
      }
      input[type='checkbox'] {
        flex: none;
        inline-size: 1.5rem;
        block-size: 1.5rem;
        min-inline-size: 24px;
        min-block-size: 24px;
        margin: 0;
        accent-color: var(--_accent);
        cursor: pointer;
      }
      .note {
        font-size: 0.875em;
        color: var(--_muted);
      }
      @media print {
        fieldset {
          break-inside: avoid;
        }
      }
    `,
  ];

  protected override renderContent(): TemplateResult {
    return html`
      ${this.heading(0, msg('Your interview with an immigration officer'))}
      <section part="about">
        ${this.heading(1, msg('What it is like'))}
        <p>${msg('To get the permit, you may have an interview with an immigration officer.')}</p>
        <ul>
          <li>${msg('The interview can last a few hours.')}</li>
          <li>${msg('The officer may ask you many questions.')}</li>
        </ul>
      </section>
      <section part="proof" class="highlight">
        ${this.heading(1, msg('You do not have to prove that you are a victim'))}
        <p>
          ${msg(
            html`You only need to give enough information for the officer to believe that trafficking is <strong>possible</strong>.`
          )}
        </p>
      </section>
      <section part="representative">
        ${this.heading(1, msg('A lawyer or a representative can come with you'))}
        <p>
          ${msg('A representative is a person who helps you with your immigration file, such as a licensed immigration consultant.')}
        </p>
      </section>
      <section part="bring">
        ${this.heading(1, msg('What to bring'))}
        <fieldset part="checklist">
          <legend>${msg('You may be asked to bring:')}</legend>
          <ul>
            <li>${this.#item(msg('Identification (ID)'))}</li>
            <li>${this.#item(msg('Your passport, if you have one'))}</li>
            <li>${this.#item(msg(str`${photosToBring} passport-size photos`))}</li>
          </ul>
        </fieldset>
        <p class="note">${msg('Tick each item when it is ready. This list is not saved anywhere.')}</p>
      </section>
    `;
  }

  /** A checklist item: a native checkbox inside its label, so the whole line toggles it. */
  #item(text: string): TemplateResult {
    return html`<label part="checklist-item"><input type="checkbox" part="checkbox" /><span>${text}</span></label>`;
  }
}
