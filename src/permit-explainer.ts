import {css, html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {baseStyles} from './styles.js';
import {firstPermitMonths, firstPermitRuleChanged, formatDate, oldFirstPermitDays} from './facts.js';

/**
 * What the temporary resident permit for victims of human trafficking is: who can ask for it
 * (family members too), that no one has to help the police or testify, how long it lasts and
 * that a new one may follow, that it is free, and which department gives it.
 *
 * @summary What the permit is, who can ask, how long it lasts, and that it is free.
 *
 * @attr lang - The language (`en`, `fr`; `fr-CA` works). Default: inherited from the page, else English.
 * @attr heading-level - The level of the main heading, 1–6 (default 2); inner headings continue below it.
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The main heading.
 * @csspart subheading - Each section's heading.
 * @csspart about - What the permit is, and which department gives it.
 * @csspart who - Who can ask for it.
 * @csspart no-testimony - You do not have to help the police or testify (a highlighted block).
 * @csspart length - How long the permit lasts, and that a new one may follow.
 * @csspart free - What you pay no fee for.
 * @csspart source - The source line with the date the content was checked.
 *
 * @cssprop [--trp-color-text=#1b1b1b] - Text colour.
 * @cssprop [--trp-color-background=#ffffff] - Background colour.
 * @cssprop [--trp-color-muted=#4d4d4d] - Colour of secondary text.
 * @cssprop [--trp-color-link=#0b4fa8] - Link colour.
 * @cssprop [--trp-color-accent=#7a2362] - Accent colour (the border of the highlighted block).
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
export class TrpPermitExplainer extends TrpContentElement {
  static override styles = [
    baseStyles,
    css`
      section {
        margin-block-end: var(--_space);
      }
    `,
  ];

  protected override renderContent(): TemplateResult {
    const ruleChanged = formatDate(firstPermitRuleChanged, this.locale);
    return html`
      ${this.heading(0, msg('The temporary resident permit'))}
      <section part="about">
        ${this.heading(1, msg('What the permit is'))}
        <p>${msg('Canada has a special permit for people who may be victims of human trafficking.')}</p>
        <p>
          ${msg('Its official name is the temporary resident permit (TRP) for victims of human trafficking.')}
        </p>
        <p>${msg('The permit gives you legal status in Canada, or lets you keep the status you have.')}</p>
        <p>${msg('Legal status means that you are allowed to be in Canada.')}</p>
        <p>${msg('Immigration, Refugees and Citizenship Canada (IRCC) gives this permit.')}</p>
        <p>${msg('IRCC used to be called Citizenship and Immigration Canada (CIC).')}</p>
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
          <li>${msg('testify against the trafficker')}</li>
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
          <li>${msg('a work permit or a study permit, if you apply for one')}</li>
          <li>${msg('biometrics (your fingerprints and photo)')}</li>
        </ul>
      </section>
    `;
  }
}
