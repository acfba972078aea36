import {html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {TrpElement} from './trp-element.js';
import {quickExitStyles} from './quick-exit.styles.js';
import {defaultExitHref, webHref} from './links.js';
import {warnOnce, warnValue} from './warn.js';
import {answersShortcut, leavingPage, QuickExitShortcut, shiftPressesToExit, startLeaving} from './quick-exit-shortcut.js';

export {shiftPressesToExit, shiftWindowMs} from './quick-exit-shortcut.js';

export {defaultExitHref} from './links.js';

/** What `<trp-quick-exit>` does to leave the page. Tests replace it to observe the address. */
let navigate = (url: string): void => location.replace(url);

/**
 * Replaces how the page is left (for tests and demos); with no argument, restores
 * `location.replace`.
 */
export function setNavigate(replacement?: (url: string) => void): void {
  navigate = replacement ?? ((url: string) => location.replace(url));
}

/** What caused a quick exit: the button (click, Enter or Space), or Shift pressed three times. */
export type QuickExitTrigger = 'button' | 'shift';

/** The `detail` of the `trp-quick-exit` event. */
export interface QuickExitDetail {
  /** The address the page is about to leave for. */
  readonly href: string;
  /** What caused the exit. */
  readonly trigger: QuickExitTrigger;
}

const positions = ['sticky', 'static'] as const;

/**
 * A safety button that hides the page at once and leaves it for a neutral site.
 *
 * Clicking it (or Enter or Space on it), or pressing Shift three times within 5 seconds anywhere
 * on the page, covers the whole page with a blank overlay that says "Loading", then leaves with
 * `location.replace`, so this page is not left as the current history entry. Shift used with
 * another key (a capital letter), any other key, or focus in a text field, select, textarea or
 * contenteditable starts the count over. Coming back through the back-forward cache removes the
 * overlay. Several elements on one page share one keyboard listener and leave once.
 *
 * It stays on screen while the page scrolls, wherever it is placed: sticky at the top of its
 * container, and once the container would take it out of sight (a CMS placeholder `<div>`, a
 * short wrapper), the bar is fixed to the top of the viewport, across its width, while the
 * element keeps its place in the page. With the page at the top it sits where it was put and
 * covers nothing. On a phone (a screen up to 440 px wide), only the button stays on screen: the
 * note, taller there than the button, stays where it was placed and scrolls with the page.
 * `position="static"` scrolls away with the page.
 *
 * The note under the button says how to use the shortcut ("Or press Shift 3 times quickly.") and that
 * the button does not erase the browsing history. `hide-note` hides only the sentence about the
 * history (your own safety advice may say it): the shortcut is how the button is used, so it
 * stays. To hide the whole note, `trp-quick-exit::part(note) { display: none; }`.
 *
 * Without JavaScript, or before the script loads, a plain link inside the element works:
 * `<trp-quick-exit><a href="https://www.google.com/">Exit this page</a></trp-quick-exit>`.
 *
 * @summary A safety button that hides the page and leaves it at once.
 *
 * @fires {CustomEvent<QuickExitDetail>} trp-quick-exit - Just before the page is hidden and left,
 *   with `detail.href` and `detail.trigger` (`button` or `shift`). Bubbles out of shadow roots.
 *   Cancelable: `preventDefault()` keeps the page as it is.
 *
 * @csspart base - The bar that holds the button and the note; fixed to the top of the viewport once its container would scroll it away (on a phone, the button alone is).
 * @csspart button - The exit button.
 * @csspart indicator - The three lights on the button that count Shift presses.
 * @csspart note - The note: the Shift shortcut, the sentence about browsing history and the safety link.
 * @csspart safety-link - The link to your safety advice.
 * @csspart overlay - The blank overlay that covers the page while it is left.
 *
 * @cssprop [--trp-quick-exit-background=#b3261e] - The button's colour (dark scheme: `#ff8a80`).
 * @cssprop [--trp-quick-exit-color=#ffffff] - The button's text colour (dark scheme: `#1b1b1b`).
 * @cssprop [--trp-quick-exit-top=0] - The distance from the top of the viewport while it stays on screen (e.g. the height of your own sticky header).
 * @cssprop [--trp-quick-exit-z-index=1000] - The stacking order while it stays on screen.
 * @cssprop [--trp-color-background=#ffffff] - Background of the bar, and of the overlay that covers the page while it is left, in the light scheme.
 */
export class TrpQuickExit extends TrpElement {
  static override styles = quickExitStyles;

  static override properties: PropertyDeclarations = {
    href: {},
    safetyHref: {attribute: 'safety-href'},
    hideNote: {type: Boolean, attribute: 'hide-note'},
    position: {},
    shiftPresses: {state: true},
    hiding: {state: true},
    stuck: {state: true},
  };

  /**
   * Where to go: an `http:` or `https:` address. Anything else leaves for the default,
   * `https://www.google.com/`, with one console warning. Without it, the `href` of a link
   * inside the element is used, when it is `http(s):`.
   */
  href?: string;

  /** Your own page of safety advice (`http:` or `https:` only; anything else is left out). */
  safetyHref?: string;

  /** Hides the sentence that the button does not erase browsing history; the Shift shortcut stays. */
  hideNote = false;

  /** `sticky` (default) keeps the bar (on a phone, the button) at the top of the viewport while the page scrolls; `static` does not. */
  position: (typeof positions)[number] = 'sticky';

  /** How many times Shift has been pressed towards the shortcut, shown by the lights. @internal */
  shiftPresses = 0;

  /** Whether this element has hidden the page to leave it. */
  private hiding = false;

  /** Whether the bar is fixed to the viewport, because its container would scroll it away. */
  private stuck = false;

  /** Holds the element's height in the page while its bar is fixed (no inline style: strict CSP). */
  #room?: CSSStyleSheet;

  private get overlay(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  /** The address the button leaves for, after checking `href` and the fallback link. */
  get destination(): string {
    const own = this.href?.trim();
    if (this.href != null) {
      const url = own ? webHref(own) : undefined;
      if (url) return url;
      warnOnce(`href="${(own ?? '').slice(0, 60)}" is not an http(s) address; leaving for ${defaultExitHref} instead.`);
      return defaultExitHref;
    }
    // (A server renderer has no light DOM to read: the default.)
    const link = this.querySelector?.('a[href]')?.getAttribute('href')?.trim();
    return (link && webHref(link)) || defaultExitHref;
  }

  constructor() {
    super();
    new QuickExitShortcut(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.restore();
  }

  protected override firstUpdated(): void {
    this.place();
  }

  /**
   * Fixes the bar to the top of the viewport while the element is sticky but its container has
   * pushed it above its sticky offset (a placeholder `<div>` is no taller than the element), and
   * lets it back into the page when its place comes back into view. @internal
   */
  place(): void {
    const {position, top} = getComputedStyle(this);
    // No box while it or an ancestor is not displayed: then it stays in the page.
    const box = this.getClientRects()[0];
    // On a phone the styles make the host static (unless position="static" did): the button
    // alone is fixed, once the page has scrolled the host away.
    const stuck = (position == 'sticky' || (position == 'static' && this.position != 'static')) && !!box && box.top < parseFloat(top) - 0.5;
    if (stuck == this.stuck) return;
    try {
      const root = this.renderRoot as ShadowRoot;
      if (!this.#room) root.adoptedStyleSheets = [...root.adoptedStyleSheets, (this.#room = new CSSStyleSheet())];
      // Where the note is in the host: on a phone, it stays there while the button is fixed.
      this.#room.replaceSync(stuck ? `:host{min-block-size:${box.height}px;--_note:${(root.querySelector('.note')?.getBoundingClientRect().top ?? 0) - box.top}px}` : '');
    } catch {
      // No constructable stylesheets (Safari before 16.4): the page moves up by the bar's height.
    }
    this.stuck = stuck;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('href') && this.href != null) void this.destination;
    if (changed.has('position') && !positions.includes(this.position)) {
      warnValue('position', String(this.position), 'using sticky');
    }
  }

  /**
   * Hides the page and leaves it for {@link destination}, unless the page is already being left
   * or a listener cancels the `trp-quick-exit` event.
   */
  async exit(trigger: QuickExitTrigger = 'button'): Promise<void> {
    if (leavingPage()) return;
    const href = this.destination;
    const detail: QuickExitDetail = {href, trigger};
    const proceed = this.dispatchEvent(
      new CustomEvent<QuickExitDetail>('trp-quick-exit', {detail, bubbles: true, composed: true, cancelable: true})
    );
    if (!proceed) return;
    startLeaving();
    this.hiding = true;
    await this.updateComplete;
    this.#showOverlay();
    navigate(href);
  }

  /** Takes the overlay away, as when the page comes back from the back-forward cache. @internal */
  restore(): void {
    this.hiding = false;
    if (this.overlay?.open) this.overlay.close();
  }

  #showOverlay(): void {
    const overlay = this.overlay;
    if (!overlay || overlay.open || !overlay.isConnected) return;
    try {
      overlay.showModal();
    } catch {
      overlay.setAttribute('open', '');
    }
  }

  /**
   * The button is a link to the destination (with the role of a button, as GOV.UK's "Exit this
   * page"), so that it leaves even where its script never runs: server-rendered HTML without
   * JavaScript. With the script, a click, Enter or Space leaves as {@link exit} does.
   */
  #leave = (event: MouseEvent | KeyboardEvent): void => {
    if (event.type === 'keydown' && (event as KeyboardEvent).key !== ' ') return;
    event.preventDefault();
    void this.exit('button');
  };

  /** Keeps the page hidden if Escape (or the browser) tries to close the overlay while leaving. */
  #keepOverlay = (event: Event): void => {
    if (!this.hiding) return;
    if (event.type === 'cancel') event.preventDefault();
    else this.#showOverlay();
  };

  #countdown(): string {
    const left = shiftPressesToExit - this.shiftPresses;
    return new Intl.PluralRules(this.locale).select(left) === 'one'
      ? msg(str`Press Shift ${left} more time to exit.`)
      : msg(str`Press Shift ${left} more times to exit.`);
  }

  #renderNote(): TemplateResult {
    const safety = this.safetyHref?.trim() ? webHref(this.safetyHref) : undefined;
    return html`<p class="note" part="note">
      ${msg(str`Or press Shift ${shiftPressesToExit} times quickly.`)}
      ${this.hideNote ? nothing : msg('This button does not erase your browsing history.')}
      ${safety ? html`<a part="safety-link" href=${safety}>${msg('How to stay safe online')}</a>` : nothing}
    </p>`;
  }

  /**
   * While its language is on its way (the first time), the page's own link inside the element
   * stays shown and usable: a way out never disappears from under the reader.
   */
  protected override render(): unknown {
    return super.render() ?? html`<slot></slot>`;
  }

  protected override renderLocalized(): TemplateResult {
    const announce = this.shiftPresses > 0 && answersShortcut(this);
    const lights = Array.from({length: shiftPressesToExit}, (_, i) =>
      html`<span class=${i < this.shiftPresses ? 'light on' : 'light'}></span>`
    );
    // A link, so that it leaves without its script; with tabindex, Tab reaches it in Safari too,
    // where Tab skips links unless the reader changed the setting.
    return html`
      <div part="base" class=${this.stuck ? 'bar stuck' : 'bar'} lang=${this.locale} dir=${this.direction}>
        <a class="button" part="button" role="button" href=${this.destination} tabindex="0" @click=${this.#leave} @keydown=${this.#leave}>
          <span class="visually-hidden">${msg('Emergency:')} </span>
          <span class="label">${msg('Exit this page')}</span>
          <span part="indicator" class=${this.shiftPresses > 0 ? 'indicator counting' : 'indicator'} aria-hidden="true">${lights}</span>
        </a>
        ${this.#renderNote()}
        <span class="visually-hidden countdown" role="status">${announce ? this.#countdown() : ''}</span>
      </div>
      <dialog part="overlay" lang=${this.locale} dir=${this.direction} aria-labelledby="loading" @cancel=${this.#keepOverlay} @close=${this.#keepOverlay}>
        <p id="loading" role="status">${this.hiding ? msg('Loading') : ''}</p>
      </dialog>
    `;
  }
}
