import {expect} from '@open-wc/testing';
import {captureWarnings, publicTags} from './support/helpers.js';

/** The built bundle, loaded the way a partner page loads it. */
const bundle = new URL('/dist/trp-widgets.js', location.href).href;

describe('registration', () => {
  it('does no harm when a tag is already taken by the page, with one warning', async () => {
    class PagesOwn extends HTMLElement {}
    customElements.define('trp-contact-card', PagesOwn);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const warnings = await captureWarnings(() => import(bundle));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('trp-contact-card')).to.equal(PagesOwn);
    // Every other element is still defined, by the bundle.
    for (const tag of publicTags.filter((tag) => tag !== 'trp-contact-card')) {
      const element = customElements.get(tag);
      expect(element, tag).to.be.a('function');
      expect(document.createElement(tag), tag).to.be.instanceOf(element!);
      expect(element, tag).not.to.equal(PagesOwn);
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('already defined');
  });
});
