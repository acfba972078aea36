/**
 * How an element finds its language, and how `msg()` is wired so that elements in different
 * languages can render side by side on one page.
 *
 * `@lit/localize` keeps one global locale by default. We configure it in reentrant mode instead:
 * `msg()` asks {@link activeLocale}, which each element sets only while it renders.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {sourceLocale, targetLocales, allLocales} from './generated/locale-codes.js';
import {localeModules} from './generated/locale-modules.js';

/** A language the widgets are written in. */
export type Locale = (typeof allLocales)[number];

let activeLocale: Locale = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => activeLocale,
  loadLocaleSync: (locale) => localeModules[locale as keyof typeof localeModules],
});

/** Runs `render` with `msg()` answering in `locale`, and restores the previous locale after. */
export function withLocale<T>(locale: Locale, render: () => T): T {
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return render();
  } finally {
    activeLocale = previous;
  }
}

/**
 * The supported locale for a BCP 47 language tag, ignoring case and region (`fr-CA` → `fr`),
 * or `undefined` when the language is not supported.
 */
export function supportedLocale(tag: string): Locale | undefined {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (allLocales as readonly string[]).includes(language) ? (language as Locale) : undefined;
}

/** The element's parent, stepping from a shadow root to its host. */
function parentAcrossShadow(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** The elements from `element`'s parent up to the document element, crossing shadow roots. */
export function ancestorsAcrossShadow(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    chain.push(node);
  }
  return chain;
}

/** The trimmed `lang` attribute of an element, or `undefined` when it is absent or empty. */
export function langOf(element: Element): string | undefined {
  const value = element.getAttribute('lang')?.trim();
  return value ? value : undefined;
}

/**
 * The language `element` inherits from above it: the nearest non-empty `lang` among its ancestors
 * (crossing shadow roots, the document element last), mapped to a supported locale;
 * the source locale when there is none or it is not supported.
 */
export function inheritedLocale(element: Element): Locale {
  for (const ancestor of ancestorsAcrossShadow(element)) {
    const lang = langOf(ancestor);
    if (lang) return supportedLocale(lang) ?? sourceLocale;
  }
  return sourceLocale;
}

export {sourceLocale, allLocales};
