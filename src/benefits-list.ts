import {html, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {css} from './css.js';
import {msg, str} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {ifhpCoverageList} from './facts.js';
import {warnValue} from './warn.js';
import {parseProvince, type ProvinceCode} from './provinces.js';

/**
 * `income`: what a holder living in `province` can do about income assistance. British Columbia
 * and Alberta are known to allow it; anywhere else, one sentence names the government to ask.
 */
function incomeAssistanceIn(province: ProvinceCode): string {
  switch (province) {
    case 'BC':
      return msg('In British Columbia, you may be able to get income assistance.');
    case 'AB':
      return msg('In Alberta, you may be able to get income assistance.');
    default:
      return msg(str`Ask ${governmentOf(province)} if you can get income assistance.`);
  }
}

/**
 * The government of `province` (not British Columbia or Alberta), for the sentence "Ask … if you
 * can get income assistance": one message per place, so each language writes the name with the
 * article its sentence needs (French « gouvernement de l’Ontario », Spanish «Gobierno de la Isla
 * del Príncipe Eduardo»).
 */
function governmentOf(province: Exclude<ProvinceCode, 'BC' | 'AB'>): string {
  switch (province) {
    case 'MB':
      return msg('the Government of Manitoba');
    case 'NB':
      return msg('the Government of New Brunswick');
    case 'NL':
      return msg('the Government of Newfoundland and Labrador');
    case 'NS':
      return msg('the Government of Nova Scotia');
    case 'NT':
      return msg('the Government of the Northwest Territories');
    case 'NU':
      return msg('the Government of Nunavut');
    case 'ON':
      return msg('the Government of Ontario');
    case 'PE':
      return msg('the Government of Prince Edward Island');
    case 'QC':
      return msg('the Government of Quebec');
    case 'SK':
      return msg('the Government of Saskatchewan');
    case 'YT':
      return msg('the Government of Yukon');
  }
}

/**
 * What the permit gives: health care through the Interim Federal Health Program (counselling
 * included; the medical exam; the link to the full list of covered care), the open work permit
 * and the study permit (and that they are free), and income assistance (tailored by `province`).
 *
 * @summary What the permit gives you: health care, work and study, income assistance, no fees.
 *
 * @csspart health - Health care through the IFHP, the medical exam and the link to the list of covered care.
 * @csspart work-study - The open work permit and the study permit, and that they are free.
 * @csspart income - Income assistance.
 */
export class TrpBenefitsList extends TrpContentElement {
  static override styles = css`
    section {
      padding-inline-start: calc(var(--_space) * 0.75);
      border-inline-start: 0.25rem solid var(--_accent);
    }
    @media (forced-colors: active) {
      section {
        border-inline-start-color: CanvasText;
      }
    }
  `;

  static override properties: PropertyDeclarations = {province: {}};

  /**
   * The reader's province or territory, as a two-letter code, in any case: `AB`, `BC`, `MB`,
   * `NB`, `NL`, `NS`, `NT`, `NU`, `ON`, `PE`, `QC`, `SK` or `YT`. It tailors the income-assistance
   * text; an unknown code gives the general text, with one console warning. Without it (or
   * after removing the attribute, which makes it `null`) the general text shows.
   */
  province: string | null = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const value = String(this.province ?? '').trim();
    if (changed.has('province') && value && !parseProvince(value)) {
      warnValue('province', value, 'showing the general text');
    }
  }

  #renderIncome(): TemplateResult {
    const province = parseProvince(this.province);
    return html`<section part="income">
      ${this.heading(1, msg('Income assistance'))}
      <p>${msg('Income assistance is money from the government to help pay for basic needs.')}</p>
      ${province
        ? html`<p>${incomeAssistanceIn(province)}</p>`
        : html`<p>${msg('In some provinces and territories, you may get income assistance.')}</p>
            <p>${msg('In British Columbia and Alberta, you may be able to get it.')}</p>
            <p>${msg('Elsewhere, check with the government of your province or territory.')}</p>`}
    </section>`;
  }

  protected override renderContent(): TemplateResult {
    return html`
      ${this.heading(0, msg('What the permit gives you'))}
      <section part="health">
        ${this.heading(1, msg('Health care'))}
        <p>
          ${msg(html`You get health care through the <span lang="en">Interim Federal Health Program</span> (IFHP).`)}
        </p>
        <ul>
          <li>${msg('It includes counselling (talking to a professional about how you feel).')}</li>
          <li>${msg('It covers you for as long as your permit lasts, if no other plan covers you.')}</li>
          <li>${msg('You may need to have an immigration medical exam (a health check by a doctor).')}</li>
        </ul>
        <p>
          ${msg(
            html`<span lang="en">Medavie Blue Cross</span> manages the IFHP. <a href=${ifhpCoverageList}>See the full list of covered care</a> on its website.`
          )}
        </p>
      </section>
      <section part="work-study">
        ${this.heading(1, msg('Work and study'))}
        <ul>
          <li>
            ${msg(
              html`You can apply for an <span lang="en">open work permit</span>. With it, you can work for almost any employer in Canada.`
            )}
          </li>
          <li>${msg('You can apply for a study permit, so you can go to school in Canada.')}</li>
        </ul>
        <p>${msg('You do not pay any fee for these permits.')}</p>
      </section>
      ${this.#renderIncome()}
    `;
  }
}
