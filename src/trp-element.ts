import {LitElement, noChange, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type PropertyDeclarations} from 'lit';
import {localeDirection, localeStatus, sourceLocale, stopWaiting, supportedLocale, withLocale, type Direction, type Locale} from './localization.js';
import {InheritedLanguage} from './inherited-language.js';
import {baseStyles} from './styles.js';
import {warnValue} from './warn.js';

/**
 * What every trp-widgets element shares: its language.
 *
 * The language is the element's own `lang` attribute, else the nearest ancestor's `lang`
 * (crossing shadow roots), else the document's, else English. Region subtags are ignored
 * (`fr-CA` → `fr`); an unsupported language gives English. The element's content takes the
 * direction of its language (`dir`), whatever the page's. The element follows changes to any
 * of these while it is connected, and renders every message in its own language even when
 * other elements on the page use another.
 *
 * Every element also shares the theme's colours and type, documented here once. Each
 * `--trp-color-…` is for the light scheme and has a `--trp-dark-color-…` twin for the dark one;
 * each falls back to its own default, never to the other scheme's.
 *
 * @attr lang - The language: `en`, `fr`, `es`, `tl` (Tagalog) or `pa` (Punjabi, in Gurmukhi) (or another language the page has loaded); case and region are ignored (`fr-CA` → `fr`, `es-MX` → `es`, `pa-IN` → `pa`), and Filipino is read in Tagalog (`fil` → `tl`); Punjabi in Shahmukhi (`pa-Arab`, `pa-PK`) shows English. Default: the nearest `lang` above the element, then the page's, then English. Every language but English comes from its module beside the bundle (`locales/fr.js`), loaded when first needed or by the page's own tag.
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
  static override properties: PropertyDeclarations = {
    lang: {reflect: true},
    inheritedLang: {state: true},
  };

  /**
   * The language: any language the package has, `en`, `fr`, `es`, `tl` or `pa` (case and region are
   * ignored: `fr-CA` → `fr`, `es-MX` → `es`, `pa-IN` → `pa`; `fil` → `tl`; `pa-Arab` and `pa-PK`, Punjabi
   * in Shahmukhi, are not this translation); another shows English. Empty or absent, the element takes the
   * language from above it.
   */
  declare lang: string;

  /**
   * Every element's styles: the shared ones (styles.ts), then its own `static styles`, so that
   * an element lists only what is particular to it. @internal
   */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([baseStyles, styles ?? []]);
  }

  /** The nearest `lang` above the element, kept current by {@link InheritedLanguage} in a browser. @internal */
  inheritedLang?: string;

  /** The language this element renders in, resolved from `lang` as described on the class. */
  protected locale: Locale = sourceLocale;

  /** The direction {@link locale} is written in, for the `dir` of the element's content. */
  protected direction: Direction = 'ltr';

  /** Whether the element waits for the translations of its language. */
  #waiting = false;

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
      warnValue('lang', own, 'showing English');
      locale = sourceLocale;
    }
    const status = localeStatus(locale, this);
    // A language that could not be loaded: English, with the loader's warning.
    this.locale = status === 'failed' ? sourceLocale : locale;
    this.direction = localeDirection(this.locale);
    this.#waiting = status === 'waiting';
  }

  /**
   * Renders {@link renderLocalized} with `msg()` answering in this element's language. While that
   * language's translations are not here yet, it shows what it showed before (nothing, the first
   * time: `undefined`, which a subclass may replace): never a flash of another language.
   */
  protected override render(): unknown {
    if (this.#waiting) return this.hasUpdated ? noChange : undefined;
    return withLocale(this.locale, () => this.renderLocalized());
  }

  /** The element's content, rendered while `msg()` answers in its language. */
  protected renderLocalized(): unknown {
    return nothing;
  }
}
