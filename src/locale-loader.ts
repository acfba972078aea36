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
    const adopt = () => {
      const language = customElements.get(tag) as unknown as LanguageModule;
      registerLocale(locale, language.templates, language.dir);
    };
    if (customElements.get(tag)) return adopt();
    const fail = () => {
      warnOnce(`${file} did not load within ${localeTimeoutMs / 1000} seconds; showing English.`);
      failLocale(locale);
    };
    const timer = setTimeout(fail, localeTimeoutMs);
    void customElements.whenDefined(tag).then(() => {
      clearTimeout(timer);
      adopt();
    });
    // The page loads this language itself: wait for its script rather than fetch it twice.
    if (!document.querySelector(`script[src*="locales/${locale}.js"]`)) {
      import(file).catch(() => {
        clearTimeout(timer);
        fail();
      });
    }
  });
}
