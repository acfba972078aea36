/**
 * How the browser bundle gets a language that is not inside it: from its module beside the bundle,
 * `locales/<code>.js`, fetched once per page when an element first needs it, or from the page's
 * own script tag for it (loaded before or after the bundle, with any version or query string).
 *
 * A language module defines the custom element `trp-locale-<code>`, whose class carries the
 * translations (`static templates`), their direction (`static dir`) and, for a language whose
 * dates some browsers lack, its long date (`static date`). The custom element
 * registry is how the module and any copy of the bundle find each other, whatever the URLs they
 * were loaded from: no global of our own, nothing to load in a given order.
 */
import {failLocale, localeStatus, registerLocale, setLocaleLoader, type Direction, type Locale, type LongDate} from './localization.js';
import {warnOnce} from './warn.js';

/** How long an element waits for its language before it shows English. */
export const localeTimeoutMs = 3000;

/** What a language module defines: the class of `trp-locale-<code>`. */
interface LanguageModule {
  readonly templates: object;
  readonly dir?: Direction;
  readonly date?: LongDate;
}

/**
 * Fetches the languages not in the bundle from `locales/` beside `bundleUrl` (the bundle's own URL).
 * A module the page loads itself (a script tag, before or after the bundle) is waited for, and one
 * it preloads (`<link rel="modulepreload">`) is imported from the address the page gave, so that
 * the browser uses what it preloaded: never a second request for the same file.
 */
export function loadLocalesBeside(bundleUrl: string): void {
  setLocaleLoader((locale: Locale) => {
    const tag = `trp-locale-${locale}`;
    let file = `locales/${locale}.js`;
    let beside = true;
    try {
      file = new URL(file, bundleUrl).href;
    } catch {
      // A bundle whose address has no folder (loaded from a blob: or data: URL): nothing is beside
      // it, and only the page's own tag for the language can bring it.
      beside = false;
    }
    const register = () => {
      const language = customElements.get(tag) as unknown as LanguageModule;
      registerLocale(locale, language.templates, language.dir, language.date);
    };
    // Already defined (the page's own script tag ran first): registered before anything renders.
    if (customElements.get(tag)) return register();
    const fail = () => {
      // Come after all, from its module or by other means (an entry that includes it).
      if (localeStatus(locale) === 'ready') return;
      warnOnce(`${file} not loaded in ${localeTimeoutMs / 1000} s; showing English.`);
      failLocale(locale);
    };
    setTimeout(fail, localeTimeoutMs);
    void customElements.whenDefined(tag).then(register);
    // The page's own tag for this very file (with a query string of its own, maybe); another
    // library's locales/es.js is not it.
    const own = (url: string) => url.split(/[?#]/)[0] === file;
    if (!beside || [...document.scripts].some((script) => own(script.src))) return;
    const preload = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].find((link) => own(link.href));
    import(preload ? preload.href : file).catch(fail);
  });
}
