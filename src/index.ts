/**
 * The bundle's entry: importing it registers every element, then upgrades CMS placeholders
 * (`<div data-trp="…">`, see placeholders.ts) now and whenever they are added.
 */
import {define} from './define.js';
import {TrpContactCard} from './contact-card.js';
import {TrpPermitExplainer} from './permit-explainer.js';
import {TrpBenefitsList} from './benefits-list.js';
import {TrpInterviewGuide} from './interview-guide.js';
import {TrpOutcomes} from './outcomes.js';
import {TrpPathways} from './pathways.js';
import {TrpGuide} from './guide.js';
import {TrpQuickExit, type QuickExitDetail} from './quick-exit.js';
import {upgradePlaceholders, watchPlaceholders} from './placeholders.js';

export {
  TrpContactCard,
  TrpPermitExplainer,
  TrpBenefitsList,
  TrpInterviewGuide,
  TrpOutcomes,
  TrpPathways,
  TrpGuide,
  TrpQuickExit,
  upgradePlaceholders,
};
export type {QuickExitDetail, QuickExitTrigger} from './quick-exit.js';

define('trp-contact-card', TrpContactCard);
define('trp-permit-explainer', TrpPermitExplainer);
define('trp-benefits-list', TrpBenefitsList);
define('trp-interview-guide', TrpInterviewGuide);
define('trp-outcomes', TrpOutcomes);
define('trp-pathways', TrpPathways);
define('trp-guide', TrpGuide);
define('trp-quick-exit', TrpQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'trp-contact-card': TrpContactCard;
    'trp-permit-explainer': TrpPermitExplainer;
    'trp-benefits-list': TrpBenefitsList;
    'trp-interview-guide': TrpInterviewGuide;
    'trp-outcomes': TrpOutcomes;
    'trp-pathways': TrpPathways;
    'trp-guide': TrpGuide;
    'trp-quick-exit': TrpQuickExit;
  }
  // The event bubbles out of shadow roots to the document and the window: typed on all of them
  // (HTMLElementEventMap, DocumentEventMap and WindowEventMap extend this map).
  interface GlobalEventHandlersEventMap {
    'trp-quick-exit': CustomEvent<QuickExitDetail>;
  }
}

// Last, so that every element above is defined before the first placeholder is upgraded.
watchPlaceholders(document);
