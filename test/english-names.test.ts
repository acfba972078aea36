import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import {contentTags, elementsWithin, hostsWithin, renderedWithin, textOf} from './support/helpers.js';
import {targetLocales} from '../src/generated/locale-codes.js';

/**
 * The English names a translation keeps so the reader can match documents and say them on the
 * phone: the programs' official names, the hotline's, and the language to ask the hotline for
 * (its English name: Tagalog readers ask for "Tagalog", though ICU calls it Filipino). Tagalog
 * writes the permit's name as Filipinos say it, in lower case.
 */
const namesIn = (lang: string) => [
  'Canadian Human Trafficking Hotline',
  lang === 'tl' ? 'temporary resident permit' : 'Temporary Resident Permit',
  'Interim Federal Health Program',
  'humanitarian and compassionate',
  'open work permit',
  'refugee claim',
  'Medavie Blue Cross',
  ({es: 'Spanish', tl: 'Tagalog', pa: 'Punjabi'} as Record<string, string>)[lang] ?? `the English name of ${lang}`,
];
const englishNames = namesIn('es');

/** The unofficial translations, which keep the English names (French has its own official ones). */
const keepingEnglishNames = targetLocales.filter((lang) => lang !== 'fr');

/** The text a screen reader says in English inside `element`: every element marked `lang="en"`, through shadow roots. */
async function markedEnglish(tag: string, lang: string): Promise<{text: string; english: string[]}> {
  const element = await fixture(`<${tag} lang="${lang}"></${tag}>`);
  await renderedWithin(element);
  const text = hostsWithin(element).map(textOf).join(' ');
  const english = elementsWithin(element.shadowRoot!)
    .filter((node) => node.getAttribute('lang') === 'en' && node.localName === 'span')
    .map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
  return {text, english};
}

const count = (text: string, name: string) => text.split(name).length - 1;

describe('English names inside a translation', () => {
  for (const tag of contentTags) {
    it(`are each marked lang="en" in <${tag} lang="es">, so a screen reader says them in English`, async () => {
      const {text, english} = await markedEnglish(tag, 'es');
      for (const name of englishNames) {
        expect(count(english.join('\n'), name), `"${name}" said in Spanish`).to.equal(count(text, name));
      }
      expect(english.filter((marked) => !englishNames.includes(marked)), 'Spanish text marked as English').to.deep.equal([]);
    });

    it(`mark nothing as English in <${tag} lang="fr">: no French text, and no empty element where French says the name its own way`, async () => {
      const {english} = await markedEnglish(tag, 'fr');
      expect(english).to.deep.equal([]);
    });
  }

  for (const lang of keepingEnglishNames) {
    it(`are in the guide in ${lang}: each program’s official name, the hotline’s, and the word to say for an interpreter, and nothing else is marked English`, async () => {
      const {english} = await markedEnglish('trp-guide', lang);
      expect(namesIn(lang).filter((name) => !english.includes(name))).to.deep.equal([]);
      expect(english.filter((marked) => !namesIn(lang).includes(marked))).to.deep.equal([]);
    });
  }
});
