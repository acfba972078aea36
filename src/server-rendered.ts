/**
 * How an element rendered on the server takes over its content in the browser, in
 * `dist/trp-widgets-ssr.js`, after Lit's hydration support (which must be imported first).
 *
 * Lit hydrates an element at its first update, from what the element renders then, which must be
 * what the server rendered. Two cases where it would not be, handled here:
 * - its language is not registered yet (Spanish, when the page has no script tag of its own for
 *   `locales/es.js` before the bundle): the element keeps the server's content as it is, and
 *   hydrates once its language arrives;
 * - its language in the page differs from the one it was rendered in (an element rendered without
 *   `lang` on a page in another language, or a language that never arrived): Lit would throw; the
 *   element keeps the server's content, without its script, with one console warning.
 */
import {ReactiveElement, type PropertyValues} from 'lit';
import {TrpElement} from './trp-element.js';
import {localeStatus} from './localization.js';
import {warnOnce} from './warn.js';

/** The elements whose shadow root came from the server, until they hydrate. */
const serverRendered = new WeakSet<TrpElement>();

type Update = (this: TrpElement, changed: PropertyValues) => void;
const {createRenderRoot, update} = TrpElement.prototype as unknown as {
  createRenderRoot(this: TrpElement): HTMLElement | DocumentFragment;
  update: Update;
};
/** An update without a render: it reflects attributes and marks the update done, so that the next one can come. */
const updateWithoutRendering = (ReactiveElement.prototype as unknown as {update: Update}).update;

Object.assign(TrpElement.prototype, {
  createRenderRoot(this: TrpElement) {
    if (this.shadowRoot) serverRendered.add(this);
    return createRenderRoot.call(this);
  },

  update(this: TrpElement, changed: PropertyValues) {
    if (serverRendered.has(this)) {
      const {locale} = this as unknown as {locale: string};
      if (localeStatus(locale) === 'waiting') return updateWithoutRendering.call(this, changed);
      const served = this.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang');
      if (served && served !== locale) {
        warnOnce(
          `<${this.localName}> was rendered on the server in "${served}", but its language here is "${locale}": it stays as the server rendered it, without its script. Render it with lang="${locale}".`
        );
        return updateWithoutRendering.call(this, changed);
      }
      serverRendered.delete(this);
    }
    update.call(this, changed);
  },
});
