import {css, html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {baseStyles} from './styles.js';

/**
 * Staying in Canada permanently: permanent residence on humanitarian and compassionate grounds
 * (H&C), a refugee claim, and the caution that you cannot apply on H&C grounds while a refugee
 * claim is pending — so get legal advice before choosing.
 *
 * @summary Ways to stay in Canada permanently: H&C permanent residence, or a refugee claim.
 *
 * @attr lang - The language (`en`, `fr`; `fr-CA` works). Default: inherited from the page, else English.
 * @attr heading-level - The level of the main heading, 1–6 (default 2); inner headings continue below it.
 * @attr hide-source - When present, the source line is not shown (`<trp-guide>` shows one for all).
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The main heading.
 * @csspart subheading - Each section's heading.
 * @csspart humanitarian - The section on permanent residence on humanitarian and compassionate grounds.
 * @csspart refugee - The section on a refugee claim.
 * @csspart caution - The warning to get legal advice before choosing.
 * @csspart source - The source line with the date the content was checked.
 *
 * @cssprop [--trp-color-text=#1b1b1b] - Text colour.
 * @cssprop [--trp-color-background=#ffffff] - Background colour.
 * @cssprop [--trp-color-muted=#4d4d4d] - Colour of secondary text.
 * @cssprop [--trp-color-link=#0b4fa8] - Link colour.
 * @cssprop [--trp-color-accent=#7a2362] - Accent colour (the caution's border).
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
export class TrpPathways extends TrpContentElement {
  static override styles = [
    baseStyles,
    css`
      section {
        margin-block-end: var(--_space);
      }
      .caution {
        padding: var(--_space);
        border: 2px solid var(--_accent);
        border-inline-start-width: 0.5rem;
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .caution > :last-child {
        margin-block-end: 0;
      }
    `,
  ];

  protected override renderContent(): TemplateResult {
    return html`
      ${this.heading(0, msg('Staying in Canada permanently'))}
      <p>${msg('The permit is temporary. Here are two ways to ask to stay in Canada permanently.')}</p>
      <section part="humanitarian">
        ${this.heading(1, msg('Permanent residence on humanitarian and compassionate grounds'))}
        <p>
          ${msg(
            'You can apply to IRCC for permanent residence on humanitarian and compassionate grounds (H&C).'
          )}
        </p>
        <p>${msg('H&C means that you ask to stay for humanitarian reasons, because of your personal situation.')}</p>
      </section>
      <section part="refugee">
        ${this.heading(1, msg('A refugee claim'))}
        <p>${msg('You can also make a refugee claim.')}</p>
        <p>${msg('You can do this if you fear one of these things in your home country:')}</p>
        <ul>
          <li>${msg('persecution')}</li>
          <li>${msg('torture')}</li>
          <li>${msg('a risk to your life')}</li>
          <li>${msg('cruel and unusual treatment or punishment')}</li>
        </ul>
      </section>
      <section part="caution" class="caution">
        ${this.heading(1, msg('Before you choose'))}
        <p>${msg('You cannot make an H&C application while your refugee claim is waiting for a decision.')}</p>
        <p>${msg('So get legal advice before you choose. A lawyer or a support organization can help.')}</p>
      </section>
    `;
  }
}
