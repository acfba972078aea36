import {expect} from '@open-wc/testing';
import {elementsOf, readManifest} from './support/manifest.mjs';
import {publicTags, settle, textOf} from './support/helpers.js';

/**
 * The build rewrites the bundle (short message ids, minified templates). Every element of
 * custom-elements.json, built from its source module and taken from the bundle, must read the
 * same in every language.
 */
const bundle = new URL('/dist/trp-widgets.js', location.href).href;

describe('the built bundle reads the same as the source', () => {
  it('shows every element with the same text in English, French and Spanish', async () => {
    await import(bundle);
    // French and Spanish come from their own modules beside the bundle, read with the bundle's
    // message numbers; loaded here first, as a page's own script tags for them would be, the bundle
    // takes them at once.
    await import(new URL('/dist/locales/fr.js', location.href).href);
    await import(new URL('/dist/locales/es.js', location.href).href);
    // The source modules are a second copy of the library, with a registry of their own: French
    // and Spanish come with their language modules, as in any entry that includes them.
    const french = '/build/src/generated/languages/fr.js';
    const spanish = '/build/src/generated/languages/es.js';
    await import(french);
    await import(spanish);
    const elements = elementsOf(await readManifest());
    expect(elements.map((element) => element.tagName)).to.deep.equal([...publicTags]);
    for (const {module, name, tagName: tag} of elements) {
      const source = await import(`/build/${module.replace(/\.ts$/, '.js')}`);
      const sourceTag = `source-${tag}`;
      const Source = source[name] as CustomElementConstructor;
      if (!customElements.get(sourceTag)) customElements.define(sourceTag, class extends Source {});
      for (const lang of ['en', 'fr', 'es']) {
        const built = document.createElement(tag);
        const fromSource = document.createElement(sourceTag);
        for (const element of [built, fromSource]) {
          element.setAttribute('lang', lang);
          element.setAttribute('org-name', 'Safe Harbour');
          element.setAttribute('phone', '613-555-0100');
          document.body.append(element);
        }
        await settle(built);
        await settle(fromSource);
        expect(textOf(built), `<${tag} lang="${lang}">`).to.equal(textOf(fromSource));
        expect(textOf(built).length).to.be.greaterThan(20);
        if (lang === 'es' && tag !== 'trp-quick-exit') expect(textOf(built)).to.match(/^Esta traducción no es oficial\. /);
        built.remove();
        fromSource.remove();
      }
    }
  });
});
