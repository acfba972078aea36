import {LitElement, type PropertyValues, type PropertyDeclarations} from 'lit';
import {
  ancestorsAcrossShadow,
  inheritedLocale,
  langOf,
  supportedLocale,
  withLocale,
  type Locale,
} from './localization.js';
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
  static override properties: PropertyDeclarations = {locale: {state: true}};

  /** The language this element renders in, resolved from `lang` as described on the class. */
  protected locale: Locale = 'en';

  #ancestorObserver?: MutationObserver;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.#resolveLocale();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observeAncestors();
    this.#resolveLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#ancestorObserver?.disconnect();
    this.#ancestorObserver = undefined;
  }

  /** Watches the `lang` attribute of every ancestor, so a change anywhere above re-renders. */
  #observeAncestors(): void {
    this.#ancestorObserver?.disconnect();
    const observer = new MutationObserver(() => this.#resolveLocale());
    for (const ancestor of ancestorsAcrossShadow(this)) {
      observer.observe(ancestor, {attributes: true, attributeFilter: ['lang']});
    }
    this.#ancestorObserver = observer;
  }

  #resolveLocale(): void {
    const own = langOf(this);
    let locale = own ? supportedLocale(own) : inheritedLocale(this);
    if (!locale) {
      warnOnce(`lang="${own}" is not a supported language; showing English.`);
      locale = 'en';
    }
    this.locale = locale;
  }

  /** Renders with `msg()` answering in this element's language. */
  protected override update(changed: PropertyValues): void {
    withLocale(this.locale, () => super.update(changed));
  }
}
