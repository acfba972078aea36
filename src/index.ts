/**
 * The browser bundle's entry (`dist/trp-widgets.js`): English inside, every other language
 * (French included) fetched from beside the bundle when an element needs it, every element defined on
 * import, and CMS placeholders (`<div data-trp="…">`, see placeholders.ts) upgraded now and
 * whenever they are added.
 */
import {defineAll} from './elements.js';
import {loadLocalesBeside} from './locale-loader.js';
import {watchPlaceholders} from './placeholders.js';

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
} from './elements.js';
export type {QuickExitDetail, QuickExitTrigger} from './elements.js';

loadLocalesBeside(import.meta.url);
defineAll();
// Last, so that every element is defined before the first placeholder is upgraded.
watchPlaceholders(document);
