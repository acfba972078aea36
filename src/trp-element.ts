import {LitElement, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {localeReady, sourceLocale, stopWaiting, supportedLocale, withLocale, type Locale} from './localization.js';
import {InheritedLanguage} from './inherited-language.js';
import {warnOnce} from './warn.js';

/**
 * What every trp-widgets element shares: its language.
 *
 * The language is the element's own `lang` attribute, else the nearest ancestor's `lang`
 * (crossing shadow roots), else the document's, else English. Region subtags are ignored
 * (`fr-CA` → `fr`); an unsupported language gives English. The element follows changes to any
 * of these while it is connected, and renders every message in its own language even when
 * other elements on the page use another.
 *
 * @attr lang - The language: `en` or `fr`; case and region are ignored (`fr-CA` → `fr`). Default: the nearest `lang` above the element, then the page's, then English.
 */
export class TrpElement extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: {reflect: true},
    inheritedLang: {state: true},
  };

  /**
   * The language: `en` or `fr` (case and region are ignored: `fr-CA` → `fr`). Empty or absent,
   * the element takes the language from above it.
   */
  declare lang: string;

  /** The nearest `lang` above the element, kept current by {@link InheritedLanguage} in a browser. @internal */
  inheritedLang?: string;

  /** The language this element renders in, resolved from `lang` as described on the class. */
  protected locale: Locale = sourceLocale;

  /** Whether the translations of {@link locale} are here, so the element can render. */
  #ready = true;

  constructor() {
    super();
    new InheritedLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopWaiting(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const own = this.lang?.trim();
    let locale = own ? supportedLocale(own) : supportedLocale(this.inheritedLang ?? '') ?? sourceLocale;
    if (!locale) {
      warnOnce(`lang="${own}" is not a supported language; showing English.`);
      locale = sourceLocale;
    }
    this.locale = locale;
    this.#ready = localeReady(locale, this);
  }

  /**
   * Renders {@link renderLocalized} with `msg()` answering in this element's language; nothing
   * while that language's translations are not here yet (no flash of another language).
   */
  protected override render(): unknown {
    return this.#ready ? withLocale(this.locale, () => this.renderLocalized()) : nothing;
  }

  /** The element's content, rendered while `msg()` answers in its language. */
  protected renderLocalized(): unknown {
    return nothing;
  }
}
