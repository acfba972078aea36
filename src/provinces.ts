// Canada's provinces and territories, written once: the codes `<trp-benefits-list province>` takes and
// their English names, for the elements, the handout, the demo and the WordPress plugin. The names are a
// separate export so that the browser bundle, which needs only the codes, leaves them out.

/** The codes of Canada's 13 provinces and territories, in alphabetical order. */
export const provinceCodes = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;

/** A province or territory code. */
export type ProvinceCode = (typeof provinceCodes)[number];

/** The English name of each province and territory (the compiler checks that none is missing). */
export const provinceNames: Readonly<Record<ProvinceCode, string>> = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};

/** The province or territory code in `value` (any case, trimmed), or `undefined`. */
export function parseProvince(value: unknown): ProvinceCode | undefined {
  const code = String(value ?? '').trim().toUpperCase();
  return (provinceCodes as readonly string[]).includes(code) ? (code as ProvinceCode) : undefined;
}
