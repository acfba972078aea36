import {html, type TemplateResult} from 'lit';
import {css} from './css.js';
import {msg, str} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
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
 * @csspart about - What the interview is like.
 * @csspart proof - What you do not have to prove (a highlighted block).
 * @csspart representative - That a lawyer or representative may come, and what a representative is.
 * @csspart bring - What to bring: the checklist and its note.
 * @csspart checklist - The group of checkboxes (a `fieldset`).
 * @csspart checklist-item - Each checklist item's label, the checkbox inside it.
 * @csspart checkbox - Each checkbox.
 */
export class TrpInterviewGuide extends TrpContentElement {
  static override styles = css`
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
      /* On paper, ticks are made with a pen: nothing there could be saved. */
      .unsaved {
        display: none;
      }
    }
  `;

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
        <p>${msg('A representative helps you with your immigration file. You do not need one to apply.')}</p>
        <p>${msg('Anyone who charges you must be a lawyer, a licensed paralegal, a Quebec notary or a licensed consultant.')}</p>
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
        <p class="note">
          ${msg('Tick each item you have.')} <span class="unsaved">${msg('This list is not saved anywhere.')}</span>
        </p>
      </section>
    `;
  }

  /** A checklist item: a native checkbox inside its label, so the whole line toggles it. */
  #item(text: string): TemplateResult {
    return html`<label part="checklist-item"><input type="checkbox" part="checkbox" /><span>${text}</span></label>`;
  }
}
