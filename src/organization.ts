import type {PropertyDeclarations} from 'lit';
import {TrpContentElement} from './trp-content-element.js';

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
}
