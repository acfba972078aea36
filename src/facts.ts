/**
 * Every number, phone number, link and date the widgets state, once, language-neutral.
 * Ids in comments are the fact ids that `test/facts.test.ts` checks on screen. Translations never copy
 * these values: messages take them as placeholders.
 */
import {icuCodes, longDateOf} from './localization.js';
import type {officialLanguages} from './language-tags.js';

/** A phone number as people read it, and as a `tel:` link dials it. */
export interface PhoneNumber {
  /** How the number is written on screen. */
  readonly display: string;
  /** The `tel:` URL that dials it. */
  readonly href: string;
}

const phone = (display: string, dial: string): PhoneNumber => ({display, href: `tel:${dial}`});

/** `hotline`: the Canadian Human Trafficking Hotline. */
export const hotline = {
  phone: phone('1-833-900-1010', '+18339001010'),
  /** It answers in more than this many languages. */
  languages: 200,
} as const;

/** `emergency`: the emergency number. */
export const emergencyPhone = phone('911', '911');

/** `ircc-phone`: IRCC's client support centre, reachable from within Canada. */
export const irccPhone = phone('1-888-242-2100', '+18882422100');

/** `first-permit`: the first permit is usually issued for at least this many months. */
export const firstPermitMonths = 12;

/** `first-permit`: before {@link firstPermitRuleChanged}, the first permit lasted up to this many days. */
export const oldFirstPermitDays = 180;

/** `first-permit`: the day the first permit's length changed (ISO date). */
export const firstPermitRuleChanged = '2025-02-04';

/** `bring`: how many passport-size photos you may be asked to bring. */
export const photosToBring = 3;

/** `reviewed`: the day the content was checked against the sources (ISO date). */
export const reviewedOn = '2026-11-28';

/** Canada's official languages: IRCC publishes this information in them only. */
export type OfficialLanguage = (typeof officialLanguages)[number];

/**
 * Source A: IRCC's official page on the permit, in each official language. Any other language is
 * an unofficial translation, which says so and links to these.
 */
export const officialPage: Readonly<Record<OfficialLanguage, string>> = {
  en: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html',
  fr: 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/formulaires-demande-guides/protection-aide-victimes-trafic-personnes.html',
};

/** `ifhp-list`: the IFHP administrator (Medavie Blue Cross), which lists all covered care. */
export const ifhpCoverageList = 'https://provider.medavie.bluecross.ca/';

/** One date formatter per locale: creating an `Intl.DateTimeFormat` costs more than a whole render. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an ISO date (`YYYY-MM-DD`) as a long date in the given locale, in UTC so that
 * the day never shifts with the reader's time zone; with the language's own long date when its
 * module brings one (see `LongDate`).
 */
export function formatDate(isoDate: string, locale: string): string {
  const own = longDateOf(locale);
  if (own) return own(isoDate);
  let format = dateFormats.get(locale);
  if (!format) {
    // ICU's code for the language (`icuCodes`): WebKit's ICU knows no `tl`, and writes its dates in English.
    format = new Intl.DateTimeFormat(icuCodes[locale] ?? locale, {dateStyle: 'long', timeZone: 'UTC'});
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
