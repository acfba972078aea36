/**
 * The bundle's entry: importing it registers every element.
 */
import {define} from './define.js';
import {TrpContactCard} from './contact-card.js';
import {TrpOutcomes} from './outcomes.js';
import {TrpPathways} from './pathways.js';
import {TrpGuide} from './guide.js';

export {TrpContactCard, TrpOutcomes, TrpPathways, TrpGuide};

define('trp-contact-card', TrpContactCard);
define('trp-outcomes', TrpOutcomes);
define('trp-pathways', TrpPathways);
define('trp-guide', TrpGuide);

declare global {
  interface HTMLElementTagNameMap {
    'trp-contact-card': TrpContactCard;
    'trp-outcomes': TrpOutcomes;
    'trp-pathways': TrpPathways;
    'trp-guide': TrpGuide;
  }
}
