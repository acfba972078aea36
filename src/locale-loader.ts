/**
 * How the browser bundle gets a language that is not inside it: from its module beside the bundle,
 * `locales/<code>.js`, fetched once per page when an element first needs it, or from the page's
 * own script tag for it (loaded before or after the bundle, with any version or query string).
 *
 * A language module defines the custom element `trp-locale-<code>`, whose class carries the
 * translations (`static templates`) and their direction (`static dir`). The custom element
 * registry is how the module and any copy of the bundle find each other, whatever the URLs they
 * were loaded from: no global of our own, nothing to load in a given order.
 */
import {failLocale, registerLocale, setLocaleLoader, type Direction, type Locale} from './localization.js';
import {warnOnce} from './warn.js';

/** How long an element waits for its language before it shows English. */
export const localeTimeoutMs = 3000;

/** What a language module defines: the class of `trp-locale-<code>`. */
interface LanguageModule {
  readonly templates: object;
  readonly dir?: Direction;
}

/** Fetches the languages not in the bundle from `locales/` beside `bundleUrl` (the bundle's own URL). */
export function loadLocalesBeside(bundleUrl: string): void {
  setLocaleLoader((locale: Locale) => {
    const tag = `trp-locale-${locale}`;
    const file = new URL(`locales/${locale}.js`, bundleUrl).href;
    const fail = () => {
      if (customElements.get(tag)) return;
      warnOnce(`${file} did not load within ${localeTimeoutMs / 1000} seconds; showing English.`);
      failLocale(locale);
    };
    setTimeout(fail, localeTimeoutMs);
    // Already defined (the page loaded it first), it is registered before anything renders.
    void customElements.whenDefined(tag).then(() => {
      const language = customElements.get(tag) as unknown as LanguageModule;
      registerLocale(locale, language.templates, language.dir);
    });
    // The page loads this very file itself (with a query string of its own, maybe): wait for its
    // script rather than fetch it twice. Another library's locales/es.js is not it.
    if (!customElements.get(tag) && ![...document.scripts].some((script) => script.src.startsWith(file))) {
      import(file).catch(fail);
    }
  });
}
