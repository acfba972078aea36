/**
 * The languages: which ones exist, which ones are here (registered), and how `msg()` answers in
 * each element's own language, so that elements in different languages render side by side.
 *
 * Importing this module does nothing: no DOM, no listeners. A language's translations arrive
 * through {@link registerLocale} (each generated locale module calls it); the first render
 * configures `@lit/localize` in reentrant mode, where `msg()` asks which locale is rendering now.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {sourceLocale, allLocales} from './generated/locale-codes.js';

/** A language the widgets are written in, whether or not its translations are here yet. */
export type Locale = (typeof allLocales)[number];

/** A language's translations, as lit-localize generates them (`templates` of a locale module). */
export type LocaleTemplates = object;

/** Something that renders again when asked: an element waiting for its language. */
export interface LocaleListener {
  requestUpdate(): void;
}

const registered = new Map<string, LocaleTemplates>();
/** For each language not registered yet, what waits for it. */
const waiting = new Map<string, Set<LocaleListener>>();

let activeLocale: Locale = sourceLocale;
let configured = false;

/**
 * Adds a language's translations and re-renders the elements waiting for it. Registering a
 * language again replaces its translations.
 */
export function registerLocale(code: string, templates: LocaleTemplates): void {
  registered.set(code, templates);
  const listeners = waiting.get(code);
  waiting.delete(code);
  for (const listener of listeners ?? []) listener.requestUpdate();
}

/**
 * Whether `locale` can render now (English always can). When it cannot, `listener` renders again
 * once the language is registered; {@link stopWaiting} forgets it.
 */
export function localeReady(locale: Locale, listener?: LocaleListener): boolean {
  if (locale === sourceLocale || registered.has(locale)) return true;
  if (listener) {
    let listeners = waiting.get(locale);
    if (!listeners) waiting.set(locale, (listeners = new Set()));
    listeners.add(listener);
  }
  return false;
}

/** Forgets `listener` (an element that left the page) for every language it waited for. */
export function stopWaiting(listener: LocaleListener): void {
  for (const listeners of waiting.values()) listeners.delete(listener);
}

/** Runs `render` with `msg()` answering in `locale`, and restores the previous locale after. */
export function withLocale<T>(locale: Locale, render: () => T): T {
  if (!configured) {
    configured = true;
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: allLocales.filter((locale) => locale !== sourceLocale),
      getLocale: () => activeLocale,
      loadLocaleSync: (locale) => {
        const templates = registered.get(locale);
        return templates ? ({templates} as never) : undefined;
      },
    });
  }
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
  if (parent && parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return parent && parent.nodeType === 1 ? (parent as Element) : null;
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

/** The nearest non-empty `lang` above `element` (crossing shadow roots), if any. */
export function inheritedLang(element: Element): string | undefined {
  for (const ancestor of ancestorsAcrossShadow(element)) {
    const lang = langOf(ancestor);
    if (lang) return lang;
  }
  return undefined;
}

export {sourceLocale, allLocales};
