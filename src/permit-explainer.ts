import {html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {firstPermitMonths, firstPermitRuleChanged, formatDate, oldFirstPermitDays} from './facts.js';

/**
 * What the temporary resident permit for victims of human trafficking is: who can ask for it
 * (family members too), that no one has to help the police or testify, how long it lasts and
 * that a new one may follow, that it is free, and which department gives it.
 *
 * @summary What the permit is, who can ask, how long it lasts, and that it is free.
 *
 * @csspart about - What the permit is, and which department gives it.
 * @csspart who - Who can ask for it.
 * @csspart no-testimony - You do not have to help the police or testify (a highlighted block).
 * @csspart length - How long the permit lasts, and that a new one may follow.
 * @csspart free - What you pay no fee for.
 */
export class TrpPermitExplainer extends TrpContentElement {
  protected override renderContent(): TemplateResult {
    const ruleChanged = formatDate(firstPermitRuleChanged, this.locale);
    return html`
      ${this.heading(0, msg('The temporary resident permit'))}
      <section part="about">
        ${this.heading(1, msg('What the permit is'))}
        <p>${msg('Canada has a special permit for people who may be victims of human trafficking.')}</p>
        <p>${msg('Human trafficking means that someone controls you and makes you work or have sex, for their gain.')}</p>
        <p>
          ${msg(html`Its official name is the <span lang="en">temporary resident permit</span> (TRP) for victims of human trafficking.`)}
        </p>
        <p>${msg('The permit gives you legal status in Canada, or lets you keep the status you have.')}</p>
        <p>${msg('Legal status means that you are allowed to be in Canada.')}</p>
        <p>${this.irccIs()}</p>
        <p>${msg('IRCC gives this permit. It used to be called Citizenship and Immigration Canada (CIC).')}</p>
      </section>
      <section part="who">
        ${this.heading(1, msg('Who can ask for it'))}
        <ul>
          <li>${msg('You can ask for this permit if you may be a victim of human trafficking.')}</li>
          <li>${msg('You must be in Canada, and not be a Canadian citizen or permanent resident.')}</li>
          <li>${msg('Family members who depend on you (your dependants) can be included, if they are in Canada.')}</li>
        </ul>
        <p>
          ${msg('The police or a support organization often refers people to IRCC. You can also ask IRCC yourself.')}
        </p>
      </section>
      <section part="no-testimony" class="highlight">
        ${this.heading(1, msg('You do not have to help the police'))}
        <p>${msg('To get this permit, or any other immigration status, you do not have to:')}</p>
        <ul>
          <li>${msg('help the police')}</li>
          <li>${msg('take part in an investigation')}</li>
          <li>${msg('testify against the trafficker (speak against them in court)')}</li>
        </ul>
      </section>
      <section part="length">
        ${this.heading(1, msg('How long it lasts'))}
        <p>${msg(str`The first permit usually lasts at least ${firstPermitMonths} months.`)}</p>
        <p>${msg(str`Before ${ruleChanged}, the first permit lasted up to ${oldFirstPermitDays} days.`)}</p>
        <p>${msg('When your permit ends, IRCC may give you a new one.')}</p>
      </section>
      <section part="free">
        ${this.heading(1, msg('It is free'))}
        <p>${msg('You do not pay any fee for:')}</p>
        <ul>
          <li>${msg('the first permit')}</li>
          <li>${msg('a new permit')}</li>
          <li>${msg('a work permit and a study permit (you need to apply for them)')}</li>
          <li>${msg('biometrics (your fingerprints and photo)')}</li>
        </ul>
      </section>
    `;
  }
}
