import {expect} from '@open-wc/testing';
import {headingsOf, settle} from './support/helpers.js';

/**
 * What docs/languages.md offers a bundler's user who wants Spanish inside their own bundle: the built
 * side-effect-free entry (dist/esm/elements.js, `trp-widgets/elements`) with the built Spanish
 * entry (dist/esm/locales/es.js, `trp-widgets/locales/es`). Nothing is fetched from beside anything.
 */
describe('trp-widgets/elements with trp-widgets/locales/es', () => {
  it('renders Spanish at once, without fetching a language module', async () => {
    const {defineAll} = await import(new URL('/dist/esm/elements.js', location.href).href);
    await import(new URL('/dist/esm/locales/es.js', location.href).href);
    defineAll();
    const card = document.createElement('trp-contact-card');
    card.lang = 'es';
    document.body.append(card);
    await settle(card);
    expect(headingsOf(card)[0]).to.equal('h2 A quién llamar');
    const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched.filter((path) => path.includes('/locales/'))).to.deep.equal(['/dist/esm/locales/es.js']);
    card.remove();
  });
});
