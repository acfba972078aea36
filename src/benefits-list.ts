import {html, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {css} from './css.js';
import {msg} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {baseStyles} from './styles.js';
import {ifhpCoverageList} from './facts.js';
import {warnOnce} from './warn.js';

/** The codes of Canada's 13 provinces and territories. */
export const provinceCodes = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;

/** A province or territory code. */
export type ProvinceCode = (typeof provinceCodes)[number];

/** The province or territory code in `value` (any case, trimmed), or `undefined`. */
export function parseProvince(value: unknown): ProvinceCode | undefined {
  const code = String(value ?? '').trim().toUpperCase();
  return (provinceCodes as readonly string[]).includes(code) ? (code as ProvinceCode) : undefined;
}

/**
 * `income`: what a holder living in `province` can do about income assistance. Whole sentences
 * per place, so each language can write its own prepositions and articles ("en Ontario",
 * "au Québec", "aux Territoires du Nord-Ouest").
 */
function incomeAssistanceIn(province: ProvinceCode): string {
  switch (province) {
    case 'BC':
      return msg('In British Columbia, you may be able to get income assistance.');
    case 'AB':
      return msg('In Alberta, you may be able to get income assistance.');
    case 'MB':
      return msg('In Manitoba, ask the Government of Manitoba if you can get income assistance.');
    case 'NB':
      return msg(
        'In New Brunswick, ask the Government of New Brunswick if you can get income assistance.'
      );
    case 'NL':
      return msg(
        'In Newfoundland and Labrador, ask the Government of Newfoundland and Labrador if you can get income assistance.'
      );
    case 'NS':
      return msg('In Nova Scotia, ask the Government of Nova Scotia if you can get income assistance.');
    case 'NT':
      return msg(
        'In the Northwest Territories, ask the Government of the Northwest Territories if you can get income assistance.'
      );
    case 'NU':
      return msg('In Nunavut, ask the Government of Nunavut if you can get income assistance.');
    case 'ON':
      return msg('In Ontario, ask the Government of Ontario if you can get income assistance.');
    case 'PE':
      return msg(
        'In Prince Edward Island, ask the Government of Prince Edward Island if you can get income assistance.'
      );
    case 'QC':
      return msg('In Quebec, ask the Government of Quebec if you can get income assistance.');
    case 'SK':
      return msg(
        'In Saskatchewan, ask the Government of Saskatchewan if you can get income assistance.'
      );
    case 'YT':
      return msg('In Yukon, ask the Government of Yukon if you can get income assistance.');
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
  static override styles = [
    baseStyles,
    css`
      section {
        padding-inline-start: calc(var(--_space) * 0.75);
        border-inline-start: 0.25rem solid var(--_accent);
      }
      @media (forced-colors: active) {
        section {
          border-inline-start-color: CanvasText;
        }
      }
    `,
  ];

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
      warnOnce(`province="${value.slice(0, 40)}" is not a province or territory code; showing the general text.`);
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
