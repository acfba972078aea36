// The project's languages as readers and editors meet them, written once, without dependencies: how
// a language tag names one, its name, and the order lists give them. For the elements
// (src/localization.ts), the snippet builders (src/editors/, the demo), and, through the server entry
// and the WordPress plugin's data, the handout command and the plugin.

/** Canada's official languages: every list of languages gives them first. */
export const officialLanguages = ['en', 'fr'] as const;

/** `locales` in the order lists give them: Canada's official languages first, then the others as they come. */
export const inListOrder = <L extends string>(locales: readonly L[]): L[] => [
  ...locales.filter((locale) => (officialLanguages as readonly string[]).includes(locale)),
  ...locales.filter((locale) => !(officialLanguages as readonly string[]).includes(locale)),
];

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

/** Names ICU gives that readers do not use: it calls `tl` "Filipino", and Tagalog readers look for "Tagalog". */
const names: Readonly<Record<string, string>> = {tl: 'Tagalog'};

/**
 * The name of `locale` in `language` (by default in itself, as a reader looks for it in a menu:
 * "Français", "ਪੰਜਾਬੀ"), with a capital letter.
 */
export function languageName(locale: string, language: string = locale): string {
  const name = names[locale] ?? new Intl.DisplayNames([language], {type: 'language'}).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
