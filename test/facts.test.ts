import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';
import {factCoverage, factIds, type FactId} from '../src/fact-coverage.js';
import {hostsWithin, linksOf, renderedWithin, textOf} from './helpers.js';

/**
 * What a reader sees when a fact is stated, in each language: every string must be in the
 * element's text, or be a link's href. Written from the facts as checked against the sources, not
 * from the code.
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
  dept: {
    en: ['Immigration, Refugees and Citizenship Canada (IRCC)', 'Citizenship and Immigration Canada (CIC)'],
    fr: ['Immigration, Réfugiés et Citoyenneté Canada (IRCC)', 'Citoyenneté et Immigration Canada (CIC)'],
  },
  who: {
    en: ['temporary resident permit (TRP) for victims of human trafficking', 'may be a victim of human trafficking', 'legal status in Canada', 'keep the status you have', 'family members (dependants)', 'police or a support organization', 'ask IRCC yourself'],
    fr: ['permis de séjour temporaire (PST) pour les victimes de la traite de personnes', 'victime de la traite de personnes', 'statut légal au Canada', 'garder votre statut', 'membres de votre famille (personnes à charge)', 'la police ou un organisme d’aide', 'vous adresser vous-même à IRCC'],
  },
  'no-testimony': {
    en: ['any other immigration status, you do not have to', 'help the police', 'take part in an investigation', 'testify against the trafficker'],
    fr: ['tout autre statut d’immigrant, vous n’avez pas à', 'aider la police', 'participer à une enquête', 'témoigner contre le trafiquant'],
  },
  'first-permit': {
    en: ['The first permit usually lasts at least 12 months.', 'Before February 4, 2025, the first permit lasted up to 180 days.'],
    fr: ['Le premier permis dure habituellement au moins 12 mois.', 'Avant le 4 février 2025, le premier permis durait au plus 180 jours.'],
  },
  'new-permit': {
    en: ['When your permit ends, IRCC may give you a new one.'],
    fr: ['Quand votre permis prend fin, IRCC peut vous en donner un nouveau.'],
  },
  free: {
    en: ['You do not pay any fee for', 'the first permit', 'a new permit', 'the work permit', 'the study permit', 'biometrics'],
    fr: ['Vous ne payez rien pour', 'le premier permis', 'un nouveau permis', 'le permis de travail', 'le permis d’études', 'la biométrie'],
  },
  ifhp: {
    en: ['Interim Federal Health Program (IFHP)', 'counselling', 'for as long as your permit lasts', 'if no other plan covers you'],
    fr: ['Programme fédéral de santé intérimaire (PFSI)', 'services de consultation', 'pendant toute la durée de votre permis', 'si aucun autre régime ne vous couvre'],
  },
  medical: {
    en: ['immigration medical exam'],
    fr: ['examen médical d’immigration'],
  },
  'ifhp-list': {
    en: ['Medavie Blue Cross', 'full list of covered care', 'https://provider.medavie.bluecross.ca/'],
    fr: ['Croix Bleue Medavie', 'liste complète des soins couverts', 'https://provider.medavie.bluecross.ca/'],
  },
  'work-study': {
    en: ['open work permit', 'study permit'],
    fr: ['permis de travail ouvert', 'permis d’études'],
  },
  income: {
    en: ['income assistance', 'In British Columbia and Alberta, you may be eligible', 'check with the government of your province or territory'],
    fr: ['aide au revenu', 'En Colombie-Britannique et en Alberta, vous pourriez y avoir droit', 'vérifiez auprès du gouvernement de votre province ou de votre territoire'],
  },
  interview: {
    en: ['interview with an immigration officer', 'a few hours', 'many questions', 'a lawyer or a representative'],
    fr: ['entrevue avec un agent d’immigration', 'quelques heures', 'nombreuses questions', 'un avocat ou un représentant'],
  },
  'possible-vs-is': {
    en: ['You do not have to prove', 'enough information for the officer to believe that trafficking is possible'],
    fr: ['Vous n’avez pas à prouver', 'assez de renseignements pour que l’agent croie que la traite est possible'],
  },
  bring: {
    en: ['Identification (ID)', 'Your passport, if you have one', '3 passport-size photos'],
    fr: ['Une pièce d’identité', 'Votre passeport, si vous en avez un', '3 photos de format passeport'],
  },
  reviewed: {
    en: ['checked November 28, 2026', 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html'],
    fr: ['vérifié le 28 novembre 2026', 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/formulaires-demande-guides/protection-aide-victimes-trafic-personnes.html'],
  },
};

const said = async (tag: string, lang: 'en' | 'fr') => {
  const element = await fixture(`<${tag} lang="${lang}"></${tag}>`);
  await renderedWithin(element);
  const hosts = hostsWithin(element);
  return {text: hosts.map(textOf).join(' '), hrefs: hosts.flatMap(linksOf).map((l) => l.href)};
};

describe('the facts the widgets state', () => {
  it('each have evidence to look for in both languages', () => {
    const listed = [...new Set(Object.values(factCoverage).flat())];
    expect(listed.filter((id) => !evidence[id])).to.deep.equal([]);
  });

  it('are each stated by at least one element', () => {
    const stated = new Set(Object.values(factCoverage).flat());
    expect(factIds.filter((id) => !stated.has(id))).to.deep.equal([]);
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
