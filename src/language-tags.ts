// How a language tag names a language of the project, written once, without dependencies: for the
// elements (src/localization.ts), the snippet builders (src/editors/placeholder.ts), and, through the
// server entry and the WordPress plugin's data, the handout command and the plugin.

/**
 * ICU's code for a language of the project, where it is another: ICU keeps Tagalog under Filipino
 * (`fil`; WebKit's ICU knows no `tl`). Read both ways: a date in `tl` is formatted as `fil`, and a
 * `fil` tag is read in the Tagalog translation. The one table of such codes.
 */
export const icuCodes: Readonly<Record<string, string>> = {tl: 'fil'};

/**
 * Subtags that make a tag another written language than the project's: Punjabi here is written in
 * Gurmukhi, and Shahmukhi (`pa-Arab`, or `pa-PK`, where it is written) is not this translation.
 */
export const otherScripts: Readonly<Record<string, readonly string[]>> = {pa: ['arab', 'pk']};

/**
 * The locale of `known` a BCP 47 language tag names, ignoring case and region (`fr-CA` → `fr`,
 * `fil-PH` → `tl`), or `undefined` when its language (or its script) is not one of them.
 */
export function localeOf<L extends string>(tag: string, known: readonly L[]): L | undefined {
  const [code, ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  if (subtags.some((subtag) => otherScripts[code]?.includes(subtag))) return undefined;
  return known.find((locale) => locale === code || icuCodes[locale] === code);
}
