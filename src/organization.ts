import {html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {TrpContentElement} from './trp-content-element.js';
import {hotline} from './facts.js';
import {languageName} from './localization.js';

/**
 * A content element that takes the embedding organisation's contact, declared once for the two
 * elements that take it: `<trp-contact-card>` shows it, and `<trp-guide>` passes it on to its
 * contact section.
 */
export class TrpOrganizationElement extends TrpContentElement {
  static override properties: PropertyDeclarations = {
    orgName: {attribute: 'org-name'},
    phone: {},
    email: {},
    url: {},
    hours: {},
    address: {},
  };

  /** Your organisation's name: the heading of the contact section. */
  orgName = '';

  /**
   * Your organisation's phone number: a `tel:` link when it is a phone number, else text. A North
   * American number (`613-555-0100`, or `1-613-555-0100`) dials with `+1`, so that it works from a
   * phone roaming abroad; one written with `+` keeps its own country code.
   */
  phone = '';

  /** Your organisation's e-mail address: a `mailto:` link when it is an address, else text. */
  email = '';

  /** Your organisation's web site: an `http(s):` link, or left out when it is not a web address. */
  url = '';

  /** Your organisation's opening hours, as text; line breaks are kept. */
  hours = '';

  /** Your organisation's address, as text; line breaks are kept. */
  address = '';

  /**
   * What a reader needs to know about the hotline (`hotline`, `hotline-free`, `hotline-privacy`,
   * `hotline-languages`), in one order for both lists of it: the guide's "Need help now?" block
   * shows the first five, `all` (the contact card) every one.
   */
  protected hotlineFacts(all: boolean): TemplateResult {
    const items: unknown[] = [
      msg('Open 24 hours a day, 7 days a week.'),
      msg('The call is free.'),
      msg('Confidential: it does not share anything about you without your permission, unless the law requires it.'),
      html`${msg('It is not part of the police or the government.')}
      ${msg('It puts you in touch with the police only if you want.')}`,
      html`${msg(str`Calls are answered in English or French. You can ask for an interpreter in more than ${hotline.languages} languages.`)}
      ${this.official ? nothing : this.#howToAskForAnInterpreter()}`,
    ];
    if (all) {
      items.push(
        msg('TTY available for people who are deaf or hard of hearing.'),
        msg('It can connect you with local help: a shelter, social and legal support, emergency services.')
      );
    }
    return html`<ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  }

  /**
   * In a language that is not official, how to ask for an interpreter: say the language's name in
   * English (marked as English, so a screen reader says it as the reader must). Its text comes with
   * the language's own module.
   */
  #howToAskForAnInterpreter(): TemplateResult {
    const name = languageName(this.locale, 'en');
    return msg(html`To ask for one, say the name of your language in English: <span lang="en">${name}</span>.`, {
      id: 'interpreter-request',
    });
  }
}
