import {html, type TemplateResult} from 'lit';
import {css} from './css.js';
import {msg} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';

/**
 * Staying in Canada permanently: permanent residence on humanitarian and compassionate grounds
 * (H&C), a refugee claim, and the caution that you cannot apply on H&C grounds while a refugee
 * claim is pending — so get legal advice before choosing.
 *
 * @summary Ways to stay in Canada permanently: H&C permanent residence, or a refugee claim.
 *
 * @csspart humanitarian - The section on permanent residence on humanitarian and compassionate grounds.
 * @csspart refugee - The section on a refugee claim.
 * @csspart caution - The warning to get legal advice before choosing.
 */
export class TrpPathways extends TrpContentElement {
  static override styles = css`
    .caution {
      border-inline-start-width: 0.5rem;
    }
  `;

  protected override renderContent(): TemplateResult {
    return html`
      ${this.heading(0, msg('Staying in Canada permanently'))}
      <p>${msg('The permit is temporary. Here are two ways to ask to stay in Canada permanently.')}</p>
      <section part="humanitarian">
        ${this.heading(1, msg('Permanent residence on humanitarian and compassionate grounds'))}
        <p>${this.irccIs()}</p>
        <p>
          ${msg(
            html`You can apply to IRCC for permanent residence on <span lang="en">humanitarian and compassionate</span> grounds (H&C).`
          )}
        </p>
        <p>${msg('H&C means that you ask to stay for humanitarian reasons, because of your personal situation.')}</p>
      </section>
      <section part="refugee">
        ${this.heading(1, msg('A refugee claim'))}
        <p>${msg(html`You can also make a <span lang="en">refugee claim</span>.`)}</p>
        <p>${msg('You can do this if you fear one of these things if you go back to your country:')}</p>
        <ul>
          <li>${msg('persecution (being hurt or threatened because of who you are or what you believe)')}</li>
          <li>${msg('torture')}</li>
          <li>${msg('a risk to your life')}</li>
          <li>${msg('cruel and unusual treatment or punishment')}</li>
        </ul>
      </section>
      <section part="caution" class="box caution">
        ${this.heading(1, msg('Before you choose'))}
        <p>${msg('You cannot make an H&C application while your refugee claim is waiting for a decision.')}</p>
        <p>${msg('So get legal advice before you choose. A lawyer or a support organization can help.')}</p>
      </section>
    `;
  }
}
