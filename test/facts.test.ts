import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';
import {factCoverage, type FactId} from '../src/fact-coverage.js';
import {linksOf, textOf} from './helpers.js';

/**
 * What a reader sees when a fact is stated, in each language: every string must be in the
 * element's text, or be a link's href. Written from FACTS.md, not from the code.
 */
const evidence: Partial<Record<FactId, {en: string[]; fr: string[]}>> = {
  hotline: {
    en: ['Canadian Human Trafficking Hotline', '1-833-900-1010', 'tel:+18339001010', '24 hours a day, 7 days a week', 'Confidential', 'more than 200 languages', 'TTY', 'not part of the police or the government'],
    fr: ['Ligne d’urgence canadienne contre la traite des personnes', '1-833-900-1010', 'tel:+18339001010', '24 heures sur 24, 7 jours sur 7', 'Confidentielle', 'plus de 200 langues', 'ATS', 'ne fait pas partie de la police ni du gouvernement'],
  },
  emergency: {
    en: ['In an emergency', '911', 'tel:911'],
    fr: ['En cas d’urgence', '911', 'tel:911'],
  },
  'ircc-phone': {
    en: ['1-888-242-2100', 'tel:+18882422100', 'from within Canada', 'local IRCC office'],
    fr: ['1-888-242-2100', 'tel:+18882422100', 'à partir du Canada', 'bureau local d’IRCC'],
  },
  granted: {
    en: ['If you get the permit', 'legal status in Canada', 'for as long as the permit lasts', 'health care', 'counselling', 'a work permit'],
    fr: ['Si vous obtenez le permis', 'statut juridique au Canada', 'pendant toute la durée du permis', 'soins de santé', 'services de consultation', 'permis de travail'],
  },
  refused: {
    en: ['If you do not get the permit', 'You may be asked to leave Canada', 'Talk to a lawyer or a support organization'],
    fr: ['Si vous n’obtenez pas le permis', 'On peut vous demander de quitter le Canada', 'Parlez à un avocat ou à un organisme d’aide'],
  },
  'pr-hc': {
    en: ['permanent residence on humanitarian and compassionate grounds (H&C)', 'stay in Canada permanently'],
    fr: ['résidence permanente fondée sur des considérations d’ordre humanitaire (CH)', 'rester au Canada de façon permanente'],
  },
  refugee: {
    en: ['make a refugee claim', 'if you return to your country', 'persecution', 'torture', 'a risk to your life', 'cruel and unusual treatment or punishment', 'You cannot make an H&C application while your refugee claim is waiting for a decision', 'get legal advice before you choose'],
    fr: ['présenter une demande d’asile', 'en cas de retour dans votre pays', 'la persécution', 'la torture', 'un risque pour votre vie', 'peines ou traitements cruels et inhabituels', 'Vous ne pouvez pas présenter de demande pour considérations d’ordre humanitaire pendant que votre demande d’asile attend une décision', 'un avis juridique avant de choisir'],
  },
  reviewed: {
    en: ['checked November 28, 2026', 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html'],
    fr: ['vérifié le 28 novembre 2026', 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/formulaires-demande-guides/protection-aide-victimes-trafic-personnes.html'],
  },
};

const said = async (tag: string, lang: 'en' | 'fr') => {
  const element = await fixture(`<${tag} lang="${lang}"></${tag}>`);
  return {text: textOf(element), hrefs: linksOf(element).map((l) => l.href)};
};

describe('the facts of FACTS.md', () => {
  it('each have evidence to look for in both languages', () => {
    const listed = [...new Set(Object.values(factCoverage).flat())];
    expect(listed.filter((id) => !evidence[id])).to.deep.equal([]);
  });

  for (const [tag, facts] of Object.entries(factCoverage)) {
    for (const lang of ['en', 'fr'] as const) {
      it(`are on screen in <${tag} lang="${lang}">: ${facts.join(', ')}`, async () => {
        const {text, hrefs} = await said(tag, lang);
        for (const fact of facts) {
          for (const expected of evidence[fact]?.[lang] ?? []) {
            expect(text.includes(expected) || hrefs.includes(expected), `${fact}: "${expected}"`).to.equal(true);
          }
        }
      });
    }
  }
});
