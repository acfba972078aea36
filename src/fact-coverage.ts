/**
 * Which element states which fact of `shared/content/FACTS.md`. `test/facts.test.ts` renders
 * each element in each language and checks that every fact listed here is on screen, and that
 * every fact is stated somewhere (and so, by composition, in `<trp-guide>`).
 */

/** The ids of `shared/content/FACTS.md`. */
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
