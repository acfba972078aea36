/**
 * The languages: which ones exist, which ones are here (registered), and how `msg()` answers in
 * each element's own language, so that elements in different languages render side by side.
 *
 * Importing this module does nothing: no DOM, no listeners. A language's translations arrive
 * through {@link registerLocale} (each generated locale module calls it); a delivery that can fetch
 * languages (the browser bundle) sets a {@link setLocaleLoader}. The first render installs the
 * `msg()` implementation, which answers in the locale rendering now.
 */
// Two internals of @lit/localize, and why: scripts/short-message-ids.mjs.
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {msg} from '@lit/localize';
import {sourceLocale, allLocales} from './generated/locale-codes.js';
import {localeOf} from './language-tags.js';

export {icuCodes, languageName, otherScripts} from './language-tags.js';

/** A language code the widgets can render in: English, a language of the project, or one registered. */
export type Locale = string;

/** A language's translations, as lit-localize generates them (`templates` of a locale module). */
export type LocaleTemplates = object;

/** The direction a language is written in. */
export type Direction = 'ltr' | 'rtl';

/** Something that renders again when asked: an element waiting for its language. */
export interface LocaleListener {
  requestUpdate(): void;
}

/** Whether an element can render in its language now, must wait for it, or must do without it. */
export type LocaleStatus = 'ready' | 'waiting' | 'failed';

/**
 * A language's own long date, for a language whose dates some browsers lack (Chromium has no
 * Punjabi month names, and writes "2026 M11 28"): an ISO date (`YYYY-MM-DD`) as Node's ICU writes
 * it long. Its module brings it (scripts/locale-modules.mjs).
 */
export type LongDate = (isoDate: string) => string;

const registered = new Map<string, {templates: LocaleTemplates; dir: Direction; date?: LongDate}>();
/** For each language not registered yet, what waits for it (kept after a failure: it may still come). */
const waiting = new Map<string, Set<LocaleListener>>();
/** The languages asked of the loader, once each; and those it could not bring. */
const requested = new Set<string>();
const failed = new Set<string>();
let loader: ((locale: Locale) => void) | undefined;

let activeLocale: Locale = sourceLocale;
let installed = false;

/** Re-renders what waits for `locale`; keeps listening only when it may still come. */
function wake(locale: Locale, keep: boolean): void {
  const listeners = waiting.get(locale);
  if (!keep) waiting.delete(locale);
  for (const listener of listeners ?? []) listener.requestUpdate();
}

/**
 * Adds a language's translations, written in `dir` (with its long date, when it brings its own),
 * and re-renders the elements waiting for it.
 * Registering a language again replaces its translations.
 */
export function registerLocale(code: string, templates: LocaleTemplates, dir: Direction = 'ltr', date?: LongDate): void {
  registered.set(code, {templates, dir, date});
  failed.delete(code);
  wake(code, false);
}

/** The long date `locale`'s module brought, when it brings its own. */
export const longDateOf = (locale: Locale): LongDate | undefined => registered.get(locale)?.date;

/** Tells the elements waiting for `locale` that it will not come now: they render in English. */
export function failLocale(locale: Locale): void {
  if (registered.has(locale)) return;
  failed.add(locale);
  wake(locale, true);
}

/**
 * How a delivery fetches a language that is not registered: called once per language, it calls
 * {@link registerLocale} or {@link failLocale} later, once it knows; the elements wait meanwhile.
 */
export function setLocaleLoader(load: (locale: Locale) => void): void {
  loader = load;
}

/**
 * Whether `locale` can render now (English always can). While it cannot, `listener` renders again
 * once the language is registered, or once loading it failed; {@link stopWaiting} forgets it. The
 * first element that waits for a language asks the loader for it.
 */
export function localeStatus(locale: Locale, listener?: LocaleListener): LocaleStatus {
  if (locale === sourceLocale || registered.has(locale)) return 'ready';
  if (!requested.has(locale)) {
    requested.add(locale);
    loader?.(locale);
    // A loader that has the language at hand (the page loaded its module first) registers it at once.
    if (registered.has(locale)) return 'ready';
  }
  if (listener) {
    let listeners = waiting.get(locale);
    if (!listeners) waiting.set(locale, (listeners = new Set()));
    listeners.add(listener);
  }
  return failed.has(locale) ? 'failed' : 'waiting';
}

/** The direction `locale` is written in. */
export function localeDirection(locale: Locale): Direction {
  return registered.get(locale)?.dir ?? 'ltr';
}

/** Forgets `listener` (an element that left the page) for every language it waited for. */
export function stopWaiting(listener: LocaleListener): void {
  for (const listeners of waiting.values()) listeners.delete(listener);
}

/** Runs `render` with `msg()` answering in `locale`, and restores the previous locale after. */
export function withLocale<T>(locale: Locale, render: () => T): T {
  if (!installed) {
    installed = true;
    _installMsgImplementation(((template, options) =>
      runtimeMsg(registered.get(activeLocale)?.templates as never, template, options)) as typeof msg);
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
 * The supported locale for a BCP 47 language tag, ignoring case and region (`fr-CA` → `fr`,
 * `fil-PH` → `tl`: {@link icuCodes}), or `undefined` when the language (or its script:
 * {@link otherScripts}) is not supported. The one rule: the handout command, the WordPress
 * plugin and the snippet builders read languages with it too.
 */
export const supportedLocale = (tag: string): Locale | undefined => localeOf(tag, [...allLocales, ...registered.keys()]);

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
