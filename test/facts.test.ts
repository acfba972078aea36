import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import {hostsWithin, linksOf, renderedWithin, textOf} from './helpers.js';

/** The facts every widget states, by short ids (`src/facts.ts` names the values it holds by the same ids). */
const factIds = [
  'dept',
  'who',
  'no-testimony',
  'first-permit',
  'new-permit',
  'possible-vs-is',
  'free',
  'ifhp',
  'medical',
  'ifhp-list',
  'work-study',
  'income',
  'interview',
  'bring',
  'granted',
  'refused',
  'pr-hc',
  'refugee',
  'hotline',
  'emergency',
  'ircc-phone',
  'reviewed',
] as const;

type FactId = (typeof factIds)[number];

/**
 * What each content element promises to state (the README's description of each element).
 * `<trp-guide>` is not listed: it must state every fact, which the tests check by rendering it.
 */
const promised: Readonly<Record<string, readonly FactId[]>> = {
  'trp-permit-explainer': ['dept', 'who', 'no-testimony', 'first-permit', 'new-permit', 'free', 'reviewed'],
  'trp-benefits-list': ['ifhp', 'medical', 'ifhp-list', 'work-study', 'income', 'reviewed'],
  'trp-interview-guide': ['interview', 'possible-vs-is', 'bring', 'reviewed'],
  'trp-outcomes': ['granted', 'refused', 'reviewed'],
  'trp-pathways': ['pr-hc', 'refugee', 'reviewed'],
  'trp-contact-card': ['hotline', 'emergency', 'ircc-phone', 'reviewed'],
};

type Lang = 'en' | 'fr' | 'es';

/**
 * What a reader sees when a fact is stated, in each language: every string must be in the
 * element's text, or be a link's href. Written from the sources' wording, not from the code;
 * the Spanish from the facts and their Spanish glossary (official names in English beside the
 * Spanish ones, "trata de personas", an interpreter in Spanish on the hotline).
 */
const evidence: Record<FactId, Record<Lang, string[]>> = {
  hotline: {
    en: ['Canadian Human Trafficking Hotline', '1-833-900-1010', 'tel:+18339001010', '24 hours a day, 7 days a week', 'Confidential', 'more than 200 languages', 'TTY', 'not part of the police or the government'],
    fr: ['Ligne d’urgence canadienne contre la traite des personnes', '1-833-900-1010', 'tel:+18339001010', '24 heures sur 24, 7 jours sur 7', 'Confidentielle', 'plus de 200 langues', 'ATS', 'ne fait pas partie de la police ni du gouvernement'],
    es: ['Línea Directa Canadiense contra la Trata de Personas', 'Canadian Human Trafficking Hotline', '1-833-900-1010', 'tel:+18339001010', 'las 24 horas del día, los 7 días de la semana', 'Confidencial', 'más de 200 idiomas', 'Puede pedir un intérprete en español', 'TTY', 'No es parte de la policía ni del gobierno'],
  },
  emergency: {
    en: ['In an emergency', '911', 'tel:911'],
    fr: ['En cas d’urgence', '911', 'tel:911'],
    es: ['En una emergencia', '911', 'tel:911'],
  },
  'ircc-phone': {
    en: ['1-888-242-2100', 'tel:+18882422100', 'from within Canada', 'contact a local IRCC office'],
    fr: ['1-888-242-2100', 'tel:+18882422100', 'que du Canada', 'communiquer avec un bureau local d’IRCC'],
    es: ['1-888-242-2100', 'tel:+18882422100', 'si llama desde Canadá', 'comunicarse con una oficina de IRCC'],
  },
  granted: {
    en: ['If you get the permit', 'legal status in Canada', 'for as long as the permit lasts', 'health care', 'counselling', 'a work permit'],
    fr: ['Si vous obtenez le permis', 'statut juridique au Canada', 'pendant toute la durée du permis', 'soins de santé', 'services de consultation', 'permis de travail'],
    es: ['Si recibe el permiso', 'estatus legal en Canadá', 'Mientras dure el permiso', 'atención médica', 'apoyo psicológico', 'un permiso de trabajo'],
  },
  refused: {
    en: ['If you do not get the permit', 'You may be asked to leave Canada', 'Talk to a lawyer or a support organization'],
    fr: ['Si vous n’obtenez pas le permis', 'On peut vous demander de quitter le Canada', 'Parlez à un avocat ou à un organisme d’aide'],
    es: ['Si no recibe el permiso', 'Tal vez le pidan salir de Canadá', 'Hable con un abogado o con una organización de apoyo'],
  },
  'pr-hc': {
    en: ['permanent residence on humanitarian and compassionate grounds (H&C)', 'stay in Canada permanently'],
    fr: ['résidence permanente fondée sur des considérations d’ordre humanitaire (CH)', 'rester au Canada de façon permanente'],
    es: ['residencia permanente por razones humanitarias', 'humanitarian and compassionate, H&C', 'quedarse en Canadá de forma permanente'],
  },
  refugee: {
    en: ['make a refugee claim', 'in your home country', 'persecution', 'torture', 'a risk to your life', 'cruel and unusual treatment or punishment', 'You cannot make an H&C application while your refugee claim is waiting for a decision', 'get legal advice before you choose'],
    fr: ['présenter une demande d’asile', 'en cas de retour dans votre pays', 'la persécution', 'la torture', 'un risque pour votre vie', 'peines ou traitements cruels et inhabituels', 'Vous ne pouvez pas présenter de demande fondée sur des considérations d’ordre humanitaire pendant que votre demande d’asile est en attente d’une décision', 'un avis juridique avant de choisir'],
    es: ['presentar una solicitud de asilo', 'en su país de origen', 'la persecución', 'la tortura', 'un riesgo para su vida', 'tratos o castigos crueles e inusuales', 'Mientras espera la decisión sobre su solicitud de asilo, no puede pedir la residencia por razones humanitarias', 'busque ayuda legal antes de elegir'],
  },
  dept: {
    en: ['Immigration, Refugees and Citizenship Canada (IRCC)', 'Citizenship and Immigration Canada (CIC)'],
    fr: ['Immigration, Réfugiés et Citoyenneté Canada (IRCC)', 'Citoyenneté et Immigration Canada (CIC)'],
    es: ['Inmigración, Refugiados y Ciudadanía Canadá (IRCC)', 'Ciudadanía e Inmigración Canadá (CIC)'],
  },
  who: {
    en: ['temporary resident permit (TRP) for victims of human trafficking', 'may be a victim of human trafficking', 'legal status in Canada', 'keep the status you have', 'Family members who depend on you (your dependants)', 'police or a support organization', 'ask IRCC yourself'],
    fr: ['permis de séjour temporaire (PST) pour les victimes de la traite de personnes', 'victime de la traite de personnes', 'statut juridique au Canada', 'garder votre statut', 'membres de votre famille qui dépendent de vous (vos personnes à charge)', 'la police ou un organisme d’aide', 'vous adresser vous-même à IRCC'],
    es: ['permiso de residente temporal (en inglés, Temporary Resident Permit, TRP) para víctimas de trata de personas', 'posible víctima de trata de personas', 'estatus legal en Canadá', 'conservar el estatus que ya tiene', 'los familiares que dependen de usted, si están en Canadá', 'la policía o una organización de apoyo', 'también puede pedirlo a IRCC'],
  },
  'no-testimony': {
    en: ['any other immigration status, you do not have to', 'help the police', 'take part in an investigation', 'testify against the trafficker'],
    fr: ['tout autre statut d’immigrant, vous n’avez pas à', 'aider la police', 'participer à une enquête', 'témoigner contre le trafiquant'],
    es: ['u otro estatus migratorio, usted no tiene que', 'ayudar a la policía', 'participar en una investigación', 'declarar en contra del tratante'],
  },
  'first-permit': {
    en: ['The first permit usually lasts at least 12 months.', 'Before February 4, 2025, the first permit lasted up to 180 days.'],
    fr: ['Le premier permis dure habituellement au moins 12 mois.', 'Avant le 4 février 2025, le premier permis durait au plus 180 jours.'],
    es: ['Por lo general, el primer permiso dura al menos 12 meses.', 'Antes del 4 de febrero de 2025, el primer permiso duraba hasta 180 días.'],
  },
  'new-permit': {
    en: ['When your permit ends, IRCC may give you a new one.'],
    fr: ['Quand votre permis prend fin, IRCC peut vous en donner un nouveau.'],
    es: ['Cuando su permiso termine, IRCC puede darle uno nuevo.'],
  },
  free: {
    en: ['You do not pay any fee for', 'the first permit', 'a new permit', 'a work permit or a study permit', 'biometrics'],
    fr: ['Vous ne payez rien pour', 'le premier permis', 'un nouveau permis', 'un permis de travail ou un permis d’études', 'la biométrie'],
    es: ['Usted no paga nada por', 'el primer permiso', 'un permiso nuevo', 'un permiso de trabajo o un permiso de estudios', 'los datos biométricos'],
  },
  ifhp: {
    en: ['Interim Federal Health Program (IFHP)', 'counselling', 'for as long as your permit lasts', 'if no other plan covers you'],
    fr: ['Programme fédéral de santé intérimaire (PFSI)', 'services de consultation', 'pendant toute la durée de votre permis', 'si aucun autre régime ne vous couvre'],
    es: ['Programa Federal de Salud Provisional (en inglés, Interim Federal Health Program, IFHP)', 'apoyo psicológico', 'mientras dure su permiso', 'si no tiene otro seguro médico'],
  },
  medical: {
    en: ['immigration medical exam'],
    fr: ['examen médical d’immigration'],
    es: ['examen médico de inmigración'],
  },
  'ifhp-list': {
    en: ['Medavie Blue Cross', 'full list of covered care', 'https://provider.medavie.bluecross.ca/'],
    fr: ['Croix Bleue Medavie', 'liste complète des soins couverts', 'https://provider.medavie.bluecross.ca/'],
    es: ['Medavie Blue Cross', 'lista completa de los servicios cubiertos', 'https://provider.medavie.bluecross.ca/'],
  },
  'work-study': {
    en: ['open work permit', 'study permit'],
    fr: ['permis de travail ouvert', 'permis d’études'],
    es: ['permiso de trabajo abierto', 'casi cualquier empleador', 'permiso de estudios'],
  },
  income: {
    en: ['income assistance', 'In British Columbia and Alberta, you may be eligible', 'check with the government of your province or territory'],
    fr: ['aide au revenu', 'En Colombie-Britannique et en Alberta, vous pourriez y avoir droit', 'vérifiez auprès du gouvernement de votre province ou de votre territoire'],
    es: ['asistencia social', 'En Columbia Británica y en Alberta, usted podría tener derecho', 'pregunte al gobierno de su provincia o territorio'],
  },
  interview: {
    en: ['interview with an immigration officer', 'a few hours', 'many questions', 'A lawyer or a representative can come with you'],
    fr: ['entrevue avec un agent d’immigration', 'quelques heures', 'nombreuses questions', 'Un avocat ou un représentant peut vous accompagner'],
    es: ['entrevista con un oficial de inmigración', 'algunas horas', 'muchas preguntas', 'Un abogado o un representante puede ir con usted'],
  },
  'possible-vs-is': {
    en: ['You do not have to prove', 'enough information for the officer to believe that trafficking is possible'],
    fr: ['Vous n’avez pas à prouver', 'assez de renseignements pour que l’agent croie que la traite est possible'],
    es: ['No tiene que demostrar', 'suficiente información para que el oficial crea que la trata de personas es posible'],
  },
  bring: {
    en: ['Identification (ID)', 'Your passport, if you have one', '3 passport-size photos'],
    fr: ['Une pièce d’identité', 'Votre passeport, si vous en avez un', '3 photos de format passeport'],
    es: ['Una identificación', 'Su pasaporte, si tiene uno', '3 fotos tamaño pasaporte'],
  },
  reviewed: {
    en: ['checked November 28, 2026', 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html'],
    fr: ['vérifié le 28 novembre 2026', 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/formulaires-demande-guides/protection-aide-victimes-trafic-personnes.html'],
    es: ['revisado el 28 de noviembre de 2026', 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html'],
  },
};

/** The facts a reader finds on screen in `<tag lang=…>`: those whose every piece of evidence is there. */
async function factsStatedBy(tag: string, lang: Lang): Promise<{stated: Set<FactId>; missing: string[]}> {
  const element = await fixture(`<${tag} lang="${lang}"></${tag}>`);
  await renderedWithin(element);
  const hosts = hostsWithin(element);
  const text = hosts.map(textOf).join(' ');
  const hrefs = hosts.flatMap(linksOf).map((l) => l.href);
  const stated = new Set<FactId>();
  const missing: string[] = [];
  for (const fact of factIds) {
    const absent = evidence[fact][lang].filter((expected) => !text.includes(expected) && !hrefs.includes(expected));
    if (absent.length === 0) stated.add(fact);
    else missing.push(...absent.map((expected) => `${fact}: "${expected}"`));
  }
  return {stated, missing};
}

describe('the facts the widgets state', () => {
  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`are each on screen in <trp-guide lang="${lang}">, which composes every element`, async () => {
      const {missing} = await factsStatedBy('trp-guide', lang);
      expect(missing).to.deep.equal([]);
    });

    it(`are each stated by at least one element on its own, in ${lang}`, async () => {
      const stated = new Set<FactId>();
      for (const tag of Object.keys(promised)) for (const fact of (await factsStatedBy(tag, lang)).stated) stated.add(fact);
      expect(factIds.filter((fact) => !stated.has(fact))).to.deep.equal([]);
    });

    for (const [tag, facts] of Object.entries(promised)) {
      it(`are on screen in <${tag} lang="${lang}">: ${facts.join(', ')}`, async () => {
        const {stated, missing} = await factsStatedBy(tag, lang);
        const unstated = facts.filter((fact) => !stated.has(fact));
        expect(unstated, missing.filter((m) => unstated.some((fact) => m.startsWith(`${fact}:`))).join('; ')).to.deep.equal([]);
      });
    }
  }
});
