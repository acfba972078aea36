/**
 * The elements without a delivery: the classes, `defineAll()` and the language registry, for
 * bundlers and editors. Importing this module defines no element, adds no listener, touches no
 * DOM and registers no language (English is always there). Another entry decides what to define,
 * which languages to include and whether to watch for CMS placeholders.
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

export {TrpContactCard, TrpPermitExplainer, TrpBenefitsList, TrpInterviewGuide, TrpOutcomes, TrpPathways, TrpGuide, TrpQuickExit};
export type {QuickExitDetail, QuickExitTrigger} from './quick-exit.js';
export {upgradePlaceholders, watchPlaceholders} from './placeholders.js';
export {registerLocale} from './localization.js';

/**
 * Defines every element under its tag. A tag the page has already taken (another copy of the
 * library, or another element) keeps its first definition, with one console warning.
 */
export function defineAll(): void {
  define('trp-contact-card', TrpContactCard);
  define('trp-permit-explainer', TrpPermitExplainer);
  define('trp-benefits-list', TrpBenefitsList);
  define('trp-interview-guide', TrpInterviewGuide);
  define('trp-outcomes', TrpOutcomes);
  define('trp-pathways', TrpPathways);
  define('trp-guide', TrpGuide);
  define('trp-quick-exit', TrpQuickExit);
}

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
