import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';

/**
 * `free`: what the reader pays no fee for, as a list. Stated by both `<trp-permit-explainer>`
 * and `<trp-benefits-list>`, in the same words. Call it while an element renders.
 */
export function renderFeeList(): TemplateResult {
  return html`<p>${msg('You do not pay any fee for:')}</p>
    <ul>
      <li>${msg('the first permit')}</li>
      <li>${msg('a new permit')}</li>
      <li>${msg('the work permit')}</li>
      <li>${msg('the study permit')}</li>
      <li>${msg('biometrics (your fingerprints and photo)')}</li>
    </ul>`;
}
