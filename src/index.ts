/**
 * The bundle's entry: importing it registers every element.
 */
import {define} from './define.js';
import {TrpContactCard} from './contact-card.js';
import {TrpPermitExplainer} from './permit-explainer.js';
import {TrpBenefitsList} from './benefits-list.js';
import {TrpInterviewGuide} from './interview-guide.js';
import {TrpOutcomes} from './outcomes.js';
import {TrpPathways} from './pathways.js';
import {TrpGuide} from './guide.js';

export {TrpContactCard, TrpPermitExplainer, TrpBenefitsList, TrpInterviewGuide, TrpOutcomes, TrpPathways, TrpGuide};

define('trp-contact-card', TrpContactCard);
define('trp-permit-explainer', TrpPermitExplainer);
define('trp-benefits-list', TrpBenefitsList);
define('trp-interview-guide', TrpInterviewGuide);
define('trp-outcomes', TrpOutcomes);
define('trp-pathways', TrpPathways);
define('trp-guide', TrpGuide);

declare global {
  interface HTMLElementTagNameMap {
    'trp-contact-card': TrpContactCard;
    'trp-permit-explainer': TrpPermitExplainer;
    'trp-benefits-list': TrpBenefitsList;
    'trp-interview-guide': TrpInterviewGuide;
    'trp-outcomes': TrpOutcomes;
    'trp-pathways': TrpPathways;
    'trp-guide': TrpGuide;
  }
}
