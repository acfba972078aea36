/**
 * Which element states which fact, each fact named by a short id. `test/facts.test.ts` renders
 * each element in each language and checks that every fact listed here is on screen, and that
 * every fact is stated somewhere (and so, by composition, in `<trp-guide>`).
 */

/** Every fact the widgets state, by id. */
export const factIds = [
  'dept',
  'who',
  'no-testimony',
  'first-permit',
  'new-permit',
  'possible-vs-is',
  'free',
  'ifhp',
  'medical',
  'ifhp-list',
  'work-study',
  'income',
  'interview',
  'bring',
  'granted',
  'refused',
  'pr-hc',
  'refugee',
  'hotline',
  'emergency',
  'ircc-phone',
  'reviewed',
] as const;

export type FactId = (typeof factIds)[number];

/** For each content element's tag, the facts it states. */
export const factCoverage: Readonly<Record<string, readonly FactId[]>> = {
  'trp-permit-explainer': ['dept', 'who', 'no-testimony', 'first-permit', 'new-permit', 'free'],
  'trp-benefits-list': ['ifhp', 'medical', 'ifhp-list', 'work-study', 'income', 'free'],
  'trp-interview-guide': ['interview', 'possible-vs-is', 'bring'],
  'trp-outcomes': ['granted', 'refused', 'reviewed'],
  'trp-pathways': ['pr-hc', 'refugee', 'reviewed'],
  'trp-contact-card': ['hotline', 'emergency', 'ircc-phone', 'reviewed'],
  /** The guide composes every element above, so it states every fact. */
  'trp-guide': factIds,
};
