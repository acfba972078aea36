import {css, html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {baseStyles} from './styles.js';
import {hotline} from './facts.js';

/**
 * What happens after the officer decides: if the permit is granted (legal status and the
 * benefits, for as long as the permit lasts; income assistance in some provinces), and if it is
 * refused (you may be asked to leave; talk to a lawyer or a support organization; the hotline
 * connects you with local services).
 *
 * @summary If the permit is granted, and if it is refused.
 *
 * @attr lang - The language (`en`, `fr`; `fr-CA` works). Default: inherited from the page, else English.
 * @attr heading-level - The level of the main heading, 1–6 (default 2); inner headings continue below it.
 * @attr hide-source - When present, the source line is not shown (`<trp-guide>` shows one for all).
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The main heading.
 * @csspart subheading - Each section's heading.
 * @csspart granted - The section on what you get if the permit is granted.
 * @csspart refused - The section on what to do if the permit is refused.
 * @csspart phone-link - The hotline's phone number link.
 * @csspart source - The source line with the date the content was checked.
 *
 * @cssprop [--trp-color-text=#1b1b1b] - Text colour.
 * @cssprop [--trp-color-background=#ffffff] - Background colour.
 * @cssprop [--trp-color-muted=#4d4d4d] - Colour of secondary text.
 * @cssprop [--trp-color-link=#0b4fa8] - Link colour.
 * @cssprop [--trp-color-accent=#7a2362] - Accent colour (the border of the "refused" section).
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
export class TrpOutcomes extends TrpContentElement {
  static override styles = [
    baseStyles,
    css`
      section {
        margin-block-end: var(--_space);
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .refused {
        border: 2px solid var(--_accent);
        background: var(--_surface);
      }
      section > :last-child {
        margin-block-end: 0;
      }
      .phone {
        white-space: nowrap;
      }
    `,
  ];

  protected override renderContent(): TemplateResult {
    return html`
      ${this.heading(0, msg('After the decision'))}
      <p>${msg('An immigration officer decides if you get the permit.')}</p>
      <section part="granted" class="granted">
        ${this.heading(1, msg('If you get the permit'))}
        <p>${msg('You have legal status in Canada.')}</p>
        <p>${msg('Legal status means that you are allowed to be in Canada.')}</p>
        <p>${msg('You also get these benefits, for as long as the permit lasts:')}</p>
        <ul>
          <li>${msg('health care')}</li>
          <li>${msg('counselling')}</li>
          <li>${msg('a work permit (you need to apply for it)')}</li>
        </ul>
        <p>${msg('In some provinces and territories, you may get income assistance.')}</p>
      </section>
      <section part="refused" class="refused">
        ${this.heading(1, msg('If you do not get the permit'))}
        <p>${msg('You may be asked to leave Canada.')}</p>
        <p>${msg('Talk to a lawyer or a support organization. Do it as soon as you can.')}</p>
        <p>
          ${msg(
            html`The Canadian Human Trafficking Hotline can connect you with local services, such as legal support: ${this.phoneLink(hotline.phone)}`
          )}
        </p>
      </section>
    `;
  }
}
