import {css, html, nothing, type TemplateResult, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {baseStyles} from './styles.js';
import {emergencyPhone, hotline, irccPhone} from './facts.js';
import {emailHref, phoneHref, webHref} from './links.js';

/**
 * Whom to call: the Canadian Human Trafficking Hotline, 911 in an emergency, IRCC's client
 * support centre, and the embedding organisation's own contact details.
 *
 * @summary Phone numbers for help, and the embedding organisation's contact.
 *
 * @attr lang - The language (`en`, `fr`; `fr-CA` works). Default: inherited from the page, else English.
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The main heading.
 * @csspart subheading - Each section's heading.
 * @csspart hotline - The hotline section.
 * @csspart emergency - The emergency section.
 * @csspart ircc - The IRCC client support section.
 * @csspart organization - The embedding organisation's section.
 * @csspart phone-link - Each prominent phone number link.
 * @csspart source - The source line with the date the content was checked.
 *
 * @cssprop [--trp-color-text=#1b1b1b] - Text colour (light scheme; the dark scheme has its own, below).
 * @cssprop [--trp-color-background=#ffffff] - Background colour.
 * @cssprop [--trp-color-muted=#4d4d4d] - Colour of secondary text.
 * @cssprop [--trp-color-link=#0b4fa8] - Link colour.
 * @cssprop [--trp-color-accent=#7a2362] - Accent colour (the hotline's border).
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
export class TrpContactCard extends TrpContentElement {
  static override styles = [
    baseStyles,
    css`
      section {
        margin-block-end: var(--_space);
      }
      .hotline {
        padding: var(--_space);
        border: 2px solid var(--_accent);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .phone {
        font-size: 1.5em;
        /* Wraps (at its hyphens first) only when zoomed text leaves no room on a phone. */
        overflow-wrap: anywhere;
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
      }
      .address {
        white-space: pre-line;
      }
      dd a {
        display: inline-block;
        min-block-size: 24px;
        overflow-wrap: anywhere;
      }
      @media (max-width: 22rem) {
        dl {
          grid-template-columns: minmax(0, 1fr);
        }
        dd + dt {
          margin-block-start: 0.5em;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    orgName: {attribute: 'org-name'},
    phone: {},
    email: {},
    url: {},
    hours: {},
    address: {},
  };

  /** The embedding organisation's name. */
  orgName = '';

  /** The organisation's phone number; a `tel:` link when it is a phone number, else plain text. */
  phone = '';

  /** The organisation's e-mail address; a `mailto:` link when it is an address, else plain text. */
  email = '';

  /** The organisation's web site; an `http(s):` link, or left out when it is not a web address. */
  url = '';

  /** The organisation's opening hours, as text. */
  hours = '';

  /** The organisation's address, as text; line breaks are kept. */
  address = '';

  /** A link when `href` is safe, else the text as text. */
  #linkOrText(text: string, href: string | undefined): TemplateResult {
    return href ? html`<a href=${href}>${text}</a>` : html`${text}`;
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
    if (phone) rows.push(html`<dt>${msg('Phone')}</dt><dd>${this.#linkOrText(phone, phoneHref(phone))}</dd>`);
    if (email) rows.push(html`<dt>${msg('Email')}</dt><dd>${this.#linkOrText(email, emailHref(email))}</dd>`);
    if (site) rows.push(html`<dt>${msg('Website')}</dt><dd><a href=${site}>${url}</a></dd>`);
    if (hours) rows.push(html`<dt>${msg('Hours')}</dt><dd>${hours}</dd>`);
    if (address) rows.push(html`<dt>${msg('Address')}</dt><dd class="address">${address}</dd>`);
    if (!name && rows.length === 0) return nothing;
    return html`<section part="organization" class="organization">
      ${this.heading(1, name || msg('Local support'))}
      ${rows.length ? html`<dl>${rows}</dl>` : nothing}
    </section>`;
  }

  protected override renderContent(): TemplateResult {
    return html`
      ${this.heading(0, msg('Who to call'))}
      <section part="hotline" class="hotline">
        ${this.heading(1, msg('Canadian Human Trafficking Hotline'))}
        <p>${this.phoneLink(hotline.phone)}</p>
        <ul>
          <li>${msg('Open 24 hours a day, 7 days a week.')}</li>
          <li>${msg('Confidential.')}</li>
          <li>${msg('Free.')}</li>
          <li>${msg(str`Help in more than ${hotline.languages} languages.`)}</li>
          <li>${msg('TTY available for people who are deaf or hard of hearing.')}</li>
          <li>${msg('It is not part of the police or the government.')}</li>
        </ul>
      </section>
      <section part="emergency">
        ${this.heading(1, msg('In an emergency'))}
        <p>${msg(html`Call ${this.phoneLink(emergencyPhone)}`)}</p>
      </section>
      <section part="ircc">
        ${this.heading(1, msg('Questions about your immigration file'))}
        <p>
          ${msg(
            'Call the client support centre of Immigration, Refugees and Citizenship Canada (IRCC):'
          )}
        </p>
        <p>${this.phoneLink(irccPhone)}</p>
        <p>${msg('This number works only from within Canada. You can also contact a local IRCC office.')}</p>
      </section>
      ${this.#renderOrganization()}
    `;
  }
}
