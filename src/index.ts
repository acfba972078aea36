/**
 * The bundle's entry: importing it registers every element.
 */
import {define} from './define.js';
import {TrpContactCard} from './contact-card.js';

export {TrpContactCard};

define('trp-contact-card', TrpContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'trp-contact-card': TrpContactCard;
  }
}
