import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import {officialPage} from '../src/facts.js';
import {contentTags, expectSame, hostsWithin, sectionTags, linksOf, renderedWithin, textOf} from './support/helpers.js';

/**
 * Spanish is not an official language of Canada, and IRCC publishes nothing in it: every element
 * in Spanish says once that it is an unofficial translation, and links the official page in
 * English and in French.
 */

const notice = 'Esta traducción no es oficial. La información oficial está en inglés y en francés.';

async function render(markup: string): Promise<HTMLElement> {
  const element = await fixture<HTMLElement>(markup);
  await renderedWithin(element);
  return element;
}

/** Every notice the element shows, its sections' included. */
const noticesIn = (element: Element) =>
  hostsWithin(element).flatMap((host) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('[part="notice"]')]);

const sourcesIn = (element: Element) =>
  hostsWithin(element).flatMap((host) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('[part="source"]')]);

/** The text a reader sees in one block. */
const shown = (block: HTMLElement) => block.innerText.replace(/\s+/g, ' ').trim();

describe('the notice of an unofficial translation', () => {
  for (const tag of contentTags) {
    describe(`<${tag}>`, () => {
      it('in Spanish, says once, first, that the translation is not official, and links the official page in English and French', async () => {
        const element = await render(`<${tag} lang="es"></${tag}>`);
        const notices = noticesIn(element);
        expect(notices.map(shown)).to.have.length(1);
        const [block] = notices;
        expect(block.getRootNode() === element.shadowRoot, 'the element’s own, not a section’s').to.equal(true);
        expect(shown(block)).to.equal(notice);
        expect(textOf(element).startsWith(notice), 'before anything else').to.equal(true);
        expect(linksOf(block)).to.deep.equal([
          {text: 'inglés', href: officialPage.en},
          {text: 'francés', href: officialPage.fr},
        ]);
        expect([...block.querySelectorAll('a')].map((a) => a.hreflang)).to.deep.equal(['en', 'fr']);
      });

      it('in Spanish, ends with one source line, linking the official page in English', async () => {
        const element = await render(`<${tag} lang="es"></${tag}>`);
        const sources = sourcesIn(element);
        expect(sources.map(shown)).to.have.length(1);
        expect(shown(sources[0])).to.equal('Fuente: Inmigración, Refugiados y Ciudadanía Canadá (página en inglés). Información revisada el 28 de noviembre de 2026');
        expect(linksOf(sources[0])).to.deep.equal([{text: 'Inmigración, Refugiados y Ciudadanía Canadá', href: officialPage.en}]);
        expect(textOf(element).endsWith(shown(sources[0])), 'at the end').to.equal(true);
      });

      for (const lang of ['en', 'fr']) {
        it(`shows no notice in ${lang === 'en' ? 'English' : 'French'}, an official language`, async () => {
          const element = await render(`<${tag} lang="${lang}"></${tag}>`);
          expect(noticesIn(element).map(shown)).to.deep.equal([]);
          expect(textOf(element)).not.to.match(/not official|pas officielle|no es oficial/);
        });
      }

      it('leaves out the notice with the source line, with hide-source', async () => {
        const element = await render(`<${tag} lang="es" hide-source></${tag}>`);
        expect(noticesIn(element).map(shown)).to.deep.equal([]);
        expect(sourcesIn(element).map(shown)).to.deep.equal([]);
        expect(textOf(element)).not.to.include('no es oficial');
        expect(textOf(element)).not.to.include('Fuente:');
      });
    });
  }

  it('is shown once by the guide, for all its sections, which each leave theirs out', async () => {
    const guide = await render('<trp-guide lang="es"></trp-guide>');
    const sections = hostsWithin(guide).slice(1);
    expect(sections.map((section) => section.localName)).to.deep.equal([...sectionTags]);
    for (const section of sections) {
      expect(section.hasAttribute('hide-source'), section.localName).to.equal(true);
      expect(section.shadowRoot!.querySelectorAll('[part="notice"], [part="source"]').length, section.localName).to.equal(0);
    }
    expect(guide.shadowRoot!.querySelectorAll('[part="notice"]')).to.have.length(1);
  });

  it('comes after the guide’s language menu, so that a reader who cannot read it finds the way out first', async () => {
    const guide = await render('<trp-guide lang="es" languages="en fr es"></trp-guide>');
    const base = guide.shadowRoot!.querySelector('[part="base"]')!;
    expect([...base.children].slice(0, 3).map((child) => child.getAttribute('part'))).to.deep.equal(['languages', 'notice', 'heading']);
    const hidden = await render('<trp-guide lang="es" languages="en fr es" hide-source></trp-guide>');
    expect(hidden.shadowRoot!.querySelector('[part="languages"]'), 'the menu stays when the page shows the source elsewhere').not.to.equal(null);
    expectSame(hidden.shadowRoot!.querySelector('[part="notice"]'), null, 'the notice, with hide-source');
  });

  it('comes and goes with the language', async () => {
    const card = await render('<trp-contact-card lang="en"></trp-contact-card>');
    card.setAttribute('lang', 'es');
    await renderedWithin(card);
    expect(noticesIn(card).map(shown)).to.deep.equal([notice]);
    card.setAttribute('lang', 'fr');
    await renderedWithin(card);
    expect(noticesIn(card).map(shown)).to.deep.equal([]);
  });

  it('is not part of the quick exit, which has no source either', async () => {
    const exit = await render('<trp-quick-exit lang="es"></trp-quick-exit>');
    expect(exit.shadowRoot!.querySelectorAll('[part="notice"], [part="source"]').length).to.equal(0);
    expect(textOf(exit)).not.to.include('oficial');
  });
});
