import {html, nothing, type TemplateResult} from 'lit';
import {css} from './css.js';
import {msg} from '@lit/localize';
import {TrpOrganizationElement} from './organization.js';
import {emergencyPhone, hotline, irccPhone} from './facts.js';
import {emailHref, phoneHref, webHref} from './links.js';

/**
 * Whom to call: the Canadian Human Trafficking Hotline, 911 in an emergency, IRCC's client
 * support centre, and the embedding organisation's own contact details.
 *
 * @summary Phone numbers for help, and the embedding organisation's contact.
 *
 * @csspart hotline - The hotline section.
 * @csspart emergency - The emergency section.
 * @csspart ircc - The IRCC client support section.
 * @csspart organization - The embedding organisation's section.
 * @csspart phone-link - Each prominent phone number link.
 */
export class TrpContactCard extends TrpOrganizationElement {
  static override styles = css`
    .phone {
      font-size: 1.5em;
    }
    dl {
      display: grid;
      grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
      gap: 0.25em var(--_space);
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
      min-inline-size: 0;
      white-space: pre-line;
    }
    dd a {
      display: inline-block;
      min-block-size: 24px;
    }
    @media (max-width: 22rem) {
      dl {
        grid-template-columns: minmax(0, 1fr);
      }
      dd + dt {
        margin-block-start: 0.5em;
      }
    }
  `;

  /**
   * A link when `href` is safe, else the text as text; either way, the text in its own direction
   * (an English address in an Arabic card reads left to right), where the card's lines start.
   */
  #linkOrText(text: string, href?: string): TemplateResult {
    const value = html`<bdi>${text}</bdi>`;
    return href ? html`<a href=${href}>${value}</a>` : value;
  }

  #renderOrganization(): TemplateResult | typeof nothing {
    const name = this.orgName.trim();
    const phone = this.phone.trim();
    const email = this.email.trim();
    const url = this.url.trim();
    const site = url ? webHref(url) : undefined;
    const hours = this.hours.trim();
    const address = this.address.trim();
    const rows: TemplateResult[] = [];
    const row = (label: string, value: TemplateResult) => rows.push(html`<dt>${label}</dt><dd>${value}</dd>`);
    if (phone) row(msg('Phone'), this.#linkOrText(phone, phoneHref(phone)));
    if (email) row(msg('Email'), this.#linkOrText(email, emailHref(email)));
    if (site) row(msg('Website'), this.#linkOrText(url, site));
    if (hours) row(msg('Hours'), this.#linkOrText(hours));
    if (address) row(msg('Address'), this.#linkOrText(address));
    if (!name && rows.length === 0) return nothing;
    return html`<section part="organization" class="organization">
      ${this.heading(1, name || msg('Local support'))}
      ${rows.length ? html`<dl>${rows}</dl>` : nothing}
    </section>`;
  }

  protected override renderContent(): TemplateResult {
    return html`
      ${this.heading(0, msg('Who to call'))}
      <section part="hotline" class="box">
        ${this.heading(1, msg(html`<span lang="en">Canadian Human Trafficking Hotline</span>`))}
        <p>${this.phoneLink(hotline.phone)}</p>
        ${this.hotlineFacts(true)}
      </section>
      <section part="emergency">
        ${this.heading(1, msg('In an emergency'))}
        <p>${msg(html`Call ${this.phoneLink(emergencyPhone)}`)}</p>
      </section>
      <section part="ircc">
        ${this.heading(1, msg('Questions about your immigration file'))}
        <p>${this.irccIs()}</p>
        <p>${msg('Call the IRCC client support centre:')}</p>
        <p>${this.phoneLink(irccPhone)}</p>
        <p>${msg('This number works only from within Canada. You can also contact a local IRCC office.')}</p>
      </section>
      ${this.#renderOrganization()}
    `;
  }
}
