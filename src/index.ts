/**
 * The bundle's entry: importing it registers every element.
 */
import {define} from './define.js';
import {TrpContactCard} from './contact-card.js';
import {TrpQuickExit} from './quick-exit.js';

export {TrpContactCard, TrpQuickExit};

define('trp-contact-card', TrpContactCard);
define('trp-quick-exit', TrpQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'trp-contact-card': TrpContactCard;
    'trp-quick-exit': TrpQuickExit;
  }
}
