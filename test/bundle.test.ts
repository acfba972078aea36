import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {captureWarnings, headingsOf, linksOf, publicTags} from './support/helpers.js';

const bundle = new URL('/dist/trp-widgets.js', location.href).href;

describe('the built bundle, dist/trp-widgets.js', () => {
  it('defines every element when imported, and works when imported twice', async () => {
    await import(bundle);
    const defined = publicTags.map((tag) => customElements.get(tag));
    expect(publicTags.filter((_, i) => typeof defined[i] !== 'function')).to.deep.equal([]);
    const warnings = await captureWarnings(() => import(`${bundle}?second-copy`));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('already defined');
    // The first definitions stay.
    expect(publicTags.map((tag) => customElements.get(tag))).to.deep.equal(defined);
    // French is not in the bundle: the card fetches it from beside the bundle, dist/locales/fr.js.
    const card = await fixture(html`<trp-contact-card lang="fr"></trp-contact-card>`);
    await customElements.whenDefined('trp-locale-fr');
    await waitUntil(() => headingsOf(card).length > 0, 'the card in French');
    expect(headingsOf(card)[0]).to.equal('h2 Qui appeler');
    expect(linksOf(card)).to.deep.include({text: '1-833-900-1010', href: 'tel:+18339001010'});
  });

  it('is what the package gives Node when Node has a DOM (jsdom, happy-dom): dist/trp-widgets.node.js', async () => {
    const browserBundle = await import(bundle);
    const nodeEntry = await import(new URL('/dist/trp-widgets.node.js', location.href).href);
    expect(Object.keys(nodeEntry).sort()).to.deep.equal(Object.keys(browserBundle).sort());
    // Compared as booleans: a failure message holding an element class does not serialize.
    const same = Object.keys(browserBundle).filter((name) => nodeEntry[name] === browserBundle[name]);
    expect(same.sort()).to.deep.equal(Object.keys(browserBundle).sort());
    expect(nodeEntry.TrpContactCard === customElements.get('trp-contact-card'), 'the defined class').to.equal(true);
  });

  it('is one self-contained module: no imports; its one dynamic import fetches a language module from beside it', async () => {
    const source = await (await fetch(bundle)).text();
    expect(source.match(/\bimport\s*\(/g)).to.have.length(1);
    // The module's address: `locales/<code>.js`, resolved against the bundle's own (import.meta.url).
    expect(source).to.match(/(\w+)=`locales\/\$\{\w+\}\.js`[^;]*;try\{\1=new URL\(\1,\w+\)\.href\}/);
    expect(source).to.match(/\w+=import\.meta\.url/);
    expect(source).not.to.match(/^\s*import\s/m);
    expect(source).not.to.match(/from\s*["']/);
  });
});
