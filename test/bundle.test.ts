import {expect, fixture, html} from '@open-wc/testing';
import {captureWarnings, headingsOf, linksOf} from './helpers.js';

const bundle = new URL('/dist/trp-widgets.js', location.href).href;

describe('the built bundle, dist/trp-widgets.js', () => {
  it('registers the elements when imported, and works when imported twice', async () => {
    await import(bundle);
    const warnings = await captureWarnings(() => import(`${bundle}?second-copy`));
    expect(warnings.length).to.be.at.most(1);
    const card = await fixture(html`<trp-contact-card lang="fr"></trp-contact-card>`);
    expect(headingsOf(card)[0]).to.equal('h2 Qui appeler');
    expect(linksOf(card)).to.deep.include({text: '1-833-900-1010', href: 'tel:+18339001010'});
  });

  it('is one self-contained module: no imports, no dynamic imports', async () => {
    const source = await (await fetch(bundle)).text();
    expect(source).not.to.match(/\bimport\s*\(/);
    expect(source).not.to.match(/^\s*import\s/m);
    expect(source).not.to.match(/from\s*["']/);
  });
});
