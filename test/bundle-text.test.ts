import {expect} from '@open-wc/testing';
import {elementsOf, readManifest} from './support/manifest.mjs';
import {publicTags, settle, textOf} from './support/helpers.js';
import {allLocales, sourceLocale} from '../src/generated/locale-codes.js';

/**
 * The build rewrites the bundle (short message ids, minified templates). Every element of
 * custom-elements.json, built from its source module and taken from the bundle, must read the
 * same in every language.
 */
const bundle = new URL('/dist/trp-widgets.js', location.href).href;
/** The languages of the build beside English, each a module of its own. */
const translated = allLocales.filter((lang) => lang !== sourceLocale);

describe('the built bundle reads the same as the source', () => {
  it('shows every element with the same text in every language', async () => {
    await import(bundle);
    // Every other language comes from its own module beside the bundle, read with the bundle's
    // message numbers; loaded here first, as a page's own script tags for them would be, the bundle
    // takes them at once.
    for (const lang of translated) await import(new URL(`/dist/locales/${lang}.js`, location.href).href);
    // The source modules are a second copy of the library, with a registry of their own: each
    // language comes with its language module, as in any entry that includes it.
    for (const lang of translated) await import(`/build/src/generated/languages/${lang}.js`);
    const elements = elementsOf(await readManifest());
    expect(elements.map((element) => element.tagName)).to.deep.equal([...publicTags]);
    for (const {module, name, tagName: tag} of elements) {
      const source = await import(`/build/${module.replace(/\.ts$/, '.js')}`);
      const sourceTag = `source-${tag}`;
      const Source = source[name] as CustomElementConstructor;
      if (!customElements.get(sourceTag)) customElements.define(sourceTag, class extends Source {});
      for (const lang of allLocales) {
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
