/**
 * The bundle's entry: importing it registers every element, then upgrades CMS placeholders
 * (`<div data-trp="…">`, see placeholders.ts) now and whenever they are added.
 */
import {define} from './define.js';
import {TrpContactCard} from './contact-card.js';
import {TrpPermitExplainer} from './permit-explainer.js';
import {TrpBenefitsList} from './benefits-list.js';
import {TrpInterviewGuide} from './interview-guide.js';
import {TrpQuickExit} from './quick-exit.js';
import {upgradePlaceholders, watchPlaceholders} from './placeholders.js';

export {
  TrpContactCard,
  TrpPermitExplainer,
  TrpBenefitsList,
  TrpInterviewGuide,
  TrpQuickExit,
  upgradePlaceholders,
};

define('trp-contact-card', TrpContactCard);
define('trp-permit-explainer', TrpPermitExplainer);
define('trp-benefits-list', TrpBenefitsList);
define('trp-interview-guide', TrpInterviewGuide);
define('trp-quick-exit', TrpQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'trp-contact-card': TrpContactCard;
    'trp-permit-explainer': TrpPermitExplainer;
    'trp-benefits-list': TrpBenefitsList;
    'trp-interview-guide': TrpInterviewGuide;
    'trp-quick-exit': TrpQuickExit;
  }
}

// Last, so that every element above is defined before the first placeholder is upgraded.
watchPlaceholders(document);
