import {html, type TemplateResult} from 'lit';
import {css} from './css.js';
import {msg} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {hotline} from './facts.js';

/**
 * What happens after the officer decides: if the permit is granted (legal status and the
 * benefits, for as long as the permit lasts; income assistance in some provinces), and if it is
 * refused (you may be asked to leave; talk to a lawyer or a support organization; the hotline
 * connects you with local services).
 *
 * @summary If the permit is granted, and if it is refused.
 *
 * @csspart granted - The section on what you get if the permit is granted.
 * @csspart refused - The section on what to do if the permit is refused.
 * @csspart phone-link - The hotline's phone number link.
 */
export class TrpOutcomes extends TrpContentElement {
  static override styles = css`
    section {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
  `;

  protected override renderContent(): TemplateResult {
    return html`
      ${this.heading(0, msg('After the decision'))}
      <p>${msg('An immigration officer decides if you get the permit.')}</p>
      <section part="granted" class="granted">
        ${this.heading(1, msg('If you get the permit'))}
        <p>${msg('You have legal status in Canada for as long as the permit lasts.')}</p>
        <p>${msg('Legal status means that you are allowed to be in Canada.')}</p>
        <p>${msg('You also get these benefits, for as long as the permit lasts:')}</p>
        <ul>
          <li>${msg('health care')}</li>
          <li>${msg('counselling (talking to a professional about how you feel)')}</li>
          <li>${msg('a work permit and a study permit (you need to apply for them)')}</li>
        </ul>
        <p>${msg('In some provinces and territories, you may get income assistance.')}</p>
      </section>
      <section part="refused" class="box">
        ${this.heading(1, msg('If you do not get the permit'))}
        <p>${msg('You may be asked to leave Canada.')}</p>
        <p>${msg('Talk to a lawyer or a support organization. Do it as soon as you can.')}</p>
        <p>
          ${msg(
            html`The <span lang="en">Canadian Human Trafficking Hotline</span> can connect you with local services, such as legal support: ${this.phoneLink(hotline.phone)}`
          )}
        </p>
      </section>
    `;
  }
}
