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
 * Every element also shares the theme's colours and type, documented here once. Each
 * `--trp-color-…` is for the light scheme and has a `--trp-dark-color-…` twin for the dark one;
 * each falls back to its own default, never to the other scheme's.
 *
 * @attr lang - The language: `en` or `fr`; case and region are ignored (`fr-CA` → `fr`). Default: the nearest `lang` above the element, then the page's, then English.
 *
 * @cssprop [--trp-color-text=#1b1b1b] - Text colour in the light scheme.
 * @cssprop [--trp-color-background=#ffffff] - Background colour in the light scheme.
 * @cssprop [--trp-color-muted=#4d4d4d] - Colour of secondary text (the source line, the quick exit's note) in the light scheme.
 * @cssprop [--trp-color-link=#0b4fa8] - Link colour in the light scheme.
 * @cssprop [--trp-color-focus=#0b4fa8] - Focus outline colour in the light scheme.
 * @cssprop [--trp-dark-color-text=#f2f2f2] - Text colour in the dark scheme.
 * @cssprop [--trp-dark-color-background=#17171c] - Background colour in the dark scheme.
 * @cssprop [--trp-dark-color-muted=#c8c8d0] - Colour of secondary text in the dark scheme.
 * @cssprop [--trp-dark-color-link=#9cc3ff] - Link colour in the dark scheme.
 * @cssprop [--trp-dark-color-focus=#9cc3ff] - Focus outline colour in the dark scheme.
 * @cssprop --trp-color-scheme - `light`, `dark`, or `light dark` (follows the reader) to choose the scheme. Unset (the default), the page's own `color-scheme` decides (CSS or `<meta name="color-scheme">`): the light scheme unless the page supports dark.
 * @cssprop [--trp-font-family=inherit] - Font family; the host's by default.
 * @cssprop [--trp-font-size=max(1rem, 16px)] - Base font size.
 * @cssprop [--trp-radius=0.5rem] - Corner radius of blocks and buttons.
 * @cssprop [--trp-space=1rem] - Base spacing.
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
