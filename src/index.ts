/**
 * The bundle's entry: importing it registers every element.
 */
import {define} from './define.js';
import {TrpContactCard} from './contact-card.js';
import {TrpPermitExplainer} from './permit-explainer.js';
import {TrpBenefitsList} from './benefits-list.js';
import {TrpInterviewGuide} from './interview-guide.js';

export {TrpContactCard, TrpPermitExplainer, TrpBenefitsList, TrpInterviewGuide};

define('trp-contact-card', TrpContactCard);
define('trp-permit-explainer', TrpPermitExplainer);
define('trp-benefits-list', TrpBenefitsList);
define('trp-interview-guide', TrpInterviewGuide);

declare global {
  interface HTMLElementTagNameMap {
    'trp-contact-card': TrpContactCard;
    'trp-permit-explainer': TrpPermitExplainer;
    'trp-benefits-list': TrpBenefitsList;
    'trp-interview-guide': TrpInterviewGuide;
  }
}
