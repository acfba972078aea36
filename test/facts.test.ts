import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import {allLocales} from '../src/generated/locale-codes.js';
import {hostsWithin, linksOf, renderedWithin, textOf} from './support/helpers.js';

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
  'hotline-privacy',
  'hotline-languages',
  'hotline-free',
  'trafficking',
  'representative',
  'emergency',
  'ircc-phone',
  'reviewed',
] as const;

type FactId = (typeof factIds)[number];

/**
 * What each content element promises to state (its description on its docs/elements/ page).
 * `<trp-guide>` is not listed: it must state every fact, which the tests check by rendering it.
 */
const promised: Readonly<Record<string, readonly FactId[]>> = {
  'trp-permit-explainer': ['dept', 'trafficking', 'who', 'no-testimony', 'first-permit', 'new-permit', 'free', 'reviewed'],
  'trp-benefits-list': ['ifhp', 'medical', 'ifhp-list', 'work-study', 'income', 'reviewed'],
  'trp-interview-guide': ['interview', 'representative', 'possible-vs-is', 'bring', 'reviewed'],
  'trp-outcomes': ['granted', 'refused', 'reviewed'],
  'trp-pathways': ['pr-hc', 'refugee', 'reviewed'],
  'trp-contact-card': ['hotline', 'hotline-privacy', 'hotline-languages', 'hotline-free', 'emergency', 'ircc-phone', 'reviewed'],
};

/** Every language the build has: a language added to `lit-localize.json` fails here until its evidence is written. */
type Lang = (typeof allLocales)[number];

/**
 * What a reader sees when a fact is stated, in each language: every string must be in the
 * element's text, or be a link's href. Written from the sources' wording, not from the code;
 * the Spanish from the facts and their Spanish glossary (official names in English beside the
 * Spanish ones, "trata de personas", an interpreter in Spanish on the hotline); the Tagalog and the
 * Punjabi from the XLIFF targets of the messages that state each fact, checked against the facts by
 * the independent back-translation recorded in `xliff/glossary.md` (Tagalog: the English names
 * Filipino workers use for documents; Punjabi: "ਮਨੁੱਖੀ ਤਸਕਰੀ", never "ਤਸਕਰੀ" alone).
 */
const evidence: Record<FactId, Record<Lang, string[]>> = {
  hotline: {
    en: ['Canadian Human Trafficking Hotline', '1-833-900-1010', 'tel:+18339001010', '24 hours a day, 7 days a week', 'Confidential', 'more than 200 languages', 'TTY', 'not part of the police or the government', 'connect you with local help', 'a shelter, social and legal support, emergency services'],
    fr: ['Ligne d’urgence canadienne contre la traite des personnes', '1-833-900-1010', 'tel:+18339001010', 'jour et nuit, 7 jours sur 7', 'Confidentielle', 'plus de 200 langues', 'ATS', 'ni la police ni le gouvernement', 'vous mettre en contact avec des services locaux', 'refuge, soutien social et juridique, services d’urgence'],
    es: ['Línea Directa Canadiense contra la Trata de Personas', 'Canadian Human Trafficking Hotline', '1-833-900-1010', 'tel:+18339001010', 'las 24 horas, todos los días', 'Confidencial', 'más de 200 idiomas', 'TTY', 'No es parte de la policía ni del gobierno', 'ponerle en contacto con servicios locales', 'refugio, apoyo social y legal, emergencias'],
    tl: ['Canadian Human Trafficking Hotline', '1-833-900-1010', 'tel:+18339001010', 'Bukas 24 oras, araw-araw', 'Kumpidensyal', 'higit sa 200 wika', 'TTY', 'Hindi ito bahagi ng pulisya o gobyerno', 'ikonekta sa lokal na tulong', 'shelter (matutuluyan), suportang sosyal at legal, serbisyong pang-emerhensiya'],
    pa: ['ਮਨੁੱਖੀ ਤਸਕਰੀ ਵਿਰੁੱਧ ਕੈਨੇਡੀਅਨ ਹੈਲਪਲਾਈਨ', 'Canadian Human Trafficking Hotline', '1-833-900-1010', 'tel:+18339001010', 'ਦਿਨ ਦੇ 24 ਘੰਟੇ, ਹਫ਼ਤੇ ਦੇ 7 ਦਿਨ', 'ਗੁਪਤ', '200 ਤੋਂ ਵੱਧ ਭਾਸ਼ਾਵਾਂ', 'TTY', 'ਇਹ ਪੁਲਿਸ ਜਾਂ ਸਰਕਾਰ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੈ', 'ਸਥਾਨਕ ਮਦਦ ਨਾਲ ਜੋੜ ਸਕਦੀ ਹੈ', 'ਸ਼ੈਲਟਰ (ਰਹਿਣ ਲਈ ਸੁਰੱਖਿਅਤ ਥਾਂ), ਸਮਾਜਿਕ ਅਤੇ ਕਾਨੂੰਨੀ ਮਦਦ, ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ'],
  },
  'hotline-privacy': {
    en: ['does not share anything about you without your permission, unless the law requires it', 'It puts you in touch with the police only if you want'],
    fr: ['elle ne dit rien sur vous sans votre permission, sauf si la loi l’exige', 'Elle vous met en contact avec la police seulement si vous le voulez'],
    es: ['no comparte nada sobre usted sin su permiso, salvo que la ley lo exija', 'Solo le pone en contacto con la policía si usted quiere'],
    tl: ['wala itong ibinabahagi tungkol sa iyo nang wala kang pahintulot, maliban kung iniuutos ng batas', 'Ikokonekta ka lang nito sa pulis kung gusto mo'],
    pa: ['ਇਹ ਤੁਹਾਡੀ ਇਜਾਜ਼ਤ ਬਿਨਾਂ ਤੁਹਾਡੇ ਬਾਰੇ ਕੁਝ ਵੀ ਸਾਂਝਾ ਨਹੀਂ ਕਰਦੀ, ਜਦ ਤੱਕ ਕਾਨੂੰਨ ਮਜਬੂਰ ਨਾ ਕਰੇ', 'ਇਹ ਤੁਹਾਨੂੰ ਪੁਲਿਸ ਨਾਲ ਸਿਰਫ਼ ਤਾਂ ਹੀ ਜੋੜਦੀ ਹੈ, ਜੇ ਤੁਸੀਂ ਚਾਹੋ'],
  },
  'hotline-languages': {
    en: ['Calls are answered in English or French', 'You can ask for an interpreter in more than 200 languages'],
    fr: ['On vous répond en anglais ou en français', 'Vous pouvez demander un interprète dans plus de 200 langues'],
    es: ['Le contestan en inglés o en francés', 'Puede pedir un intérprete en más de 200 idiomas', 'Para pedir un intérprete, diga «Spanish» o «español»'],
    tl: ['Sinasagot ang tawag sa Ingles o French', 'Puwede kang humingi ng interpreter sa higit sa 200 wika', 'Para humingi nito, sabihin sa Ingles: "Tagalog"'],
    pa: ['ਫ਼ੋਨ ਚੁੱਕਣ ਵਾਲੇ ਅੰਗਰੇਜ਼ੀ ਜਾਂ ਫ਼ਰੈਂਚ ਬੋਲਦੇ ਹਨ', 'ਤੁਸੀਂ 200 ਤੋਂ ਵੱਧ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਦੁਭਾਸ਼ੀਆ (ਇੰਟਰਪ੍ਰੈਟਰ) ਮੰਗ ਸਕਦੇ ਹੋ', 'ਦੁਭਾਸ਼ੀਆ ਮੰਗਣ ਲਈ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਕਹੋ: “Punjabi”'],
  },
  'hotline-free': {
    en: ['The call is free.'],
    fr: ['L’appel est gratuit.'],
    es: ['La llamada es gratis.'],
    tl: ['Libre ang tawag.'],
    pa: ['ਫ਼ੋਨ ਕਾਲ ਮੁਫ਼ਤ ਹੈ।'],
  },
  trafficking: {
    en: ['Human trafficking means that someone controls you and makes you work or have sex, for their gain.'],
    fr: ['La traite de personnes, c’est quand quelqu’un vous contrôle et vous fait travailler ou avoir des relations sexuelles pour son profit.'],
    es: ['La trata de personas es cuando alguien le controla. Le obliga a trabajar o a tener relaciones sexuales, y saca provecho de usted.'],
    tl: ['Ang human trafficking ay kapag may kumokontrol sa iyo at pinipilit kang magtrabaho o makipagtalik, para sa pakinabang niya.'],
    pa: ['ਮਨੁੱਖੀ ਤਸਕਰੀ (human trafficking) ਦਾ ਮਤਲਬ ਹੈ: ਕੋਈ ਤੁਹਾਨੂੰ ਕਾਬੂ ਵਿੱਚ ਰੱਖਦਾ ਹੈ ਅਤੇ ਆਪਣੇ ਫ਼ਾਇਦੇ ਲਈ ਤੁਹਾਡੇ ਤੋਂ ਕੰਮ ਜਾਂ ਸੈਕਸ ਕਰਵਾਉਂਦਾ ਹੈ।'],
  },
  representative: {
    en: ['You do not need one to apply.', 'Anyone who charges you must be a lawyer, a licensed paralegal, a Quebec notary or a licensed consultant.'],
    fr: ['Vous n’en avez pas besoin pour faire une demande.', 'Si on vous fait payer, ce doit être un avocat, un parajuriste autorisé, un notaire du Québec ou un consultant autorisé.'],
    es: ['No lo necesita para hacer la solicitud.', 'Quien le cobre debe ser abogado, paralegal con licencia, notario de Quebec o consultor con licencia.'],
    tl: ['Hindi mo siya kailangan para mag-apply.', 'Kung may sisingil sa iyo, dapat siyang abogado, lisensyadong paralegal, notaryo ng Quebec o lisensyadong consultant.'],
    pa: ['ਅਰਜ਼ੀ ਦੇਣ ਲਈ ਤੁਹਾਨੂੰ ਪ੍ਰਤੀਨਿਧੀ ਦੀ ਲੋੜ ਨਹੀਂ।', 'ਜੋ ਵੀ ਇਮੀਗ੍ਰੇਸ਼ਨ ਵਿੱਚ ਮਦਦ ਲਈ ਤੁਹਾਡੇ ਤੋਂ ਫ਼ੀਸ ਲੈਂਦਾ ਹੈ, ਉਹ ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ: ਵਕੀਲ, ਪੈਰਾਲੀਗਲ (ਕੁਝ ਕਾਨੂੰਨੀ ਕੰਮਾਂ ਲਈ ਲਾਇਸੈਂਸ ਵਾਲਾ), ਕਿਊਬੈਕ ਦਾ ਨੋਟਰੀ, ਜਾਂ ਲਾਇਸੈਂਸ ਵਾਲਾ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਲਾਹਕਾਰ (ਕੰਸਲਟੈਂਟ)।'],
  },
  emergency: {
    en: ['In an emergency', '911', 'tel:911'],
    fr: ['En cas d’urgence', '911', 'tel:911'],
    es: ['En una emergencia', '911', 'tel:911'],
    tl: ['Kapag may emerhensiya', '911', 'tel:911'],
    pa: ['ਐਮਰਜੈਂਸੀ ਵਿੱਚ', '911', 'tel:911'],
  },
  'ircc-phone': {
    en: ['1-888-242-2100', 'tel:+18882422100', 'from within Canada', 'contact a local IRCC office'],
    fr: ['1-888-242-2100', 'tel:+18882422100', 'seulement au Canada', 'joindre un bureau local d’IRCC'],
    es: ['1-888-242-2100', 'tel:+18882422100', 'Solo funciona desde Canadá', 'contactar a una oficina local de IRCC'],
    tl: ['1-888-242-2100', 'tel:+18882422100', 'Sa Canada lang gumagana ang numerong ito', 'lumapit sa lokal na opisina ng IRCC'],
    pa: ['1-888-242-2100', 'tel:+18882422100', 'ਸਿਰਫ਼ ਕੈਨੇਡਾ ਦੇ ਅੰਦਰੋਂ', 'IRCC ਦੇ ਸਥਾਨਕ ਦਫ਼ਤਰ ਨਾਲ ਵੀ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ'],
  },
  granted: {
    en: ['If you get the permit', 'You have legal status in Canada for as long as the permit lasts.', 'health care', 'counselling', 'a work permit and a study permit'],
    fr: ['Si vous obtenez le permis', 'Vous avez un statut juridique au Canada pendant toute la durée du permis.', 'soins de santé', 'la consultation psychologique', 'un permis de travail et un permis d’études'],
    es: ['Si recibe el permiso', 'Tiene estatus legal en Canadá mientras dure el permiso.', 'atención médica', 'apoyo psicológico', 'un permiso de trabajo y un permiso de estudios'],
    tl: ['Kung makuha mo ang permit', 'May legal na status ka sa Canada habang may bisa ang permit.', 'pangangalaga sa kalusugan', 'counselling', 'work permit at study permit'],
    pa: ['ਜੇ ਤੁਹਾਨੂੰ ਪਰਮਿਟ ਮਿਲ ਜਾਂਦਾ ਹੈ', 'ਜਦ ਤੱਕ ਪਰਮਿਟ ਚੱਲਦਾ ਹੈ, ਤੁਹਾਡੇ ਕੋਲ ਕੈਨੇਡਾ ਵਿੱਚ ਕਾਨੂੰਨੀ ਸਟੇਟਸ ਹੁੰਦਾ ਹੈ।', 'ਸਿਹਤ ਸੰਭਾਲ', 'ਕਾਉਂਸਲਿੰਗ', 'ਕੰਮ ਲਈ ਵਰਕ ਪਰਮਿਟ ਅਤੇ ਪੜ੍ਹਾਈ ਲਈ ਸਟੱਡੀ ਪਰਮਿਟ'],
  },
  refused: {
    en: ['If you do not get the permit', 'You may be asked to leave Canada', 'Talk to a lawyer or a support organization'],
    fr: ['Si vous n’obtenez pas le permis', 'On peut vous demander de quitter le Canada', 'Parlez dès que possible à un avocat ou à un organisme d’aide'],
    es: ['Si no recibe el permiso', 'Tal vez le pidan salir de Canadá', 'Hable lo antes posible con un abogado o una organización de apoyo'],
    tl: ['Kung hindi mo makuha ang permit', 'Maaaring hilingin sa iyong umalis sa Canada', 'Makipag-usap sa abogado o support organization'],
    pa: ['ਜੇ ਤੁਹਾਨੂੰ ਪਰਮਿਟ ਨਹੀਂ ਮਿਲਦਾ', 'ਤੁਹਾਨੂੰ ਕੈਨੇਡਾ ਛੱਡਣ ਲਈ ਕਿਹਾ ਜਾ ਸਕਦਾ ਹੈ', 'ਕਿਸੇ ਵਕੀਲ ਜਾਂ ਸਹਾਇਤਾ ਸੰਸਥਾ ਨਾਲ ਗੱਲ ਕਰੋ'],
  },
  'pr-hc': {
    en: ['permanent residence on humanitarian and compassionate grounds (H&C)', 'stay in Canada permanently'],
    fr: ['résidence permanente fondée sur des considérations d’ordre humanitaire (CH)', 'rester au Canada de façon permanente'],
    es: ['residencia permanente por razones humanitarias', 'humanitarian and compassionate, H&C', 'quedarse en Canadá de forma permanente'],
    tl: ['permanent residence batay sa humanitarian and compassionate grounds (H&C)', 'manatili nang permanente'],
    pa: ["ਮਨੁੱਖਤਾ ਅਤੇ ਹਮਦਰਦੀ ਦੇ ਆਧਾਰ 'ਤੇ", 'humanitarian and compassionate, H&C', 'ਪੱਕੀ ਰਿਹਾਇਸ਼ (PR)', "ਕੈਨੇਡਾ ਵਿੱਚ ਪੱਕੇ ਤੌਰ 'ਤੇ ਰਹਿਣ"],
  },
  refugee: {
    en: ['make a refugee claim', 'if you go back to your country', 'persecution', 'torture', 'a risk to your life', 'cruel and unusual treatment or punishment', 'You cannot make an H&C application while your refugee claim is waiting for a decision', 'get legal advice before you choose'],
    fr: ['présenter une demande d’asile', 'en cas de retour dans votre pays', 'la persécution', 'la torture', 'un risque pour votre vie', 'traitements ou peines cruels et inusités', 'Vous ne pouvez pas faire de demande fondée sur des considérations d’ordre humanitaire pendant que votre demande d’asile attend une décision', 'Avant de choisir, demandez donc un avis juridique'],
    es: ['presentar una solicitud de asilo', 'al regresar a su país', 'la persecución', 'la tortura', 'un riesgo para su vida', 'tratos o castigos crueles e inusuales', 'Mientras espera la decisión de su solicitud de asilo, no puede pedir la residencia por razones humanitarias', 'antes de elegir, pida asesoría legal'],
    tl: ['mag-file ng refugee claim', 'pagbalik sa iyong bansa', 'pag-uusig', 'tortyur', 'panganib sa iyong buhay', 'malupit at di-karaniwang pagtrato o parusa', 'Hindi ka puwedeng mag-apply ng H&C habang hinihintay ang desisyon sa iyong refugee claim', 'humingi muna ng legal na payo'],
    pa: ['ਸ਼ਰਨਾਰਥੀ ਦਾਅਵਾ (refugee claim)', 'ਆਪਣੇ ਦੇਸ਼ ਵਾਪਸ ਜਾਣ', 'ਜ਼ੁਲਮ', 'ਤਸੀਹੇ', 'ਤੁਹਾਡੀ ਜਾਨ ਨੂੰ ਖ਼ਤਰਾ', 'ਬੇਰਹਿਮ ਅਤੇ ਹੱਦੋਂ ਵੱਧ ਸਖ਼ਤ ਸਲੂਕ ਜਾਂ ਸਜ਼ਾ', 'ਜਦ ਤੱਕ ਤੁਹਾਡੇ ਸ਼ਰਨਾਰਥੀ ਦਾਅਵੇ ਦਾ ਫ਼ੈਸਲਾ ਨਹੀਂ ਹੁੰਦਾ, ਤੁਸੀਂ H&C ਅਰਜ਼ੀ ਨਹੀਂ ਦੇ ਸਕਦੇ', 'ਚੁਣਨ ਤੋਂ ਪਹਿਲਾਂ ਕਾਨੂੰਨੀ ਸਲਾਹ ਲਓ'],
  },
  dept: {
    en: ['Immigration, Refugees and Citizenship Canada (IRCC) is the Government of Canada department for immigration.', 'Citizenship and Immigration Canada (CIC)'],
    fr: ['Immigration, Réfugiés et Citoyenneté Canada (IRCC) est le ministère de l’immigration du Canada.', 'Citoyenneté et Immigration Canada (CIC)'],
    es: ['Inmigración, Refugiados y Ciudadanía Canadá (IRCC) es la oficina de inmigración del Gobierno de Canadá.', 'Ciudadanía e Inmigración Canadá (CIC)'],
    tl: ['Ang Immigration, Refugees and Citizenship Canada (IRCC) ang departamento ng imigrasyon ng Gobyerno ng Canada.', 'Citizenship and Immigration Canada (CIC)'],
    pa: ['ਇਮੀਗ੍ਰੇਸ਼ਨ, ਸ਼ਰਨਾਰਥੀ ਅਤੇ ਨਾਗਰਿਕਤਾ ਕੈਨੇਡਾ (IRCC) ਕੈਨੇਡਾ ਸਰਕਾਰ ਦਾ ਇਮੀਗ੍ਰੇਸ਼ਨ ਵਿਭਾਗ ਹੈ।', 'ਨਾਗਰਿਕਤਾ ਅਤੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਕੈਨੇਡਾ (CIC)'],
  },
  who: {
    en: ['temporary resident permit (TRP) for victims of human trafficking', 'may be a victim of human trafficking', 'legal status in Canada', 'keep the status you have', 'Family members who depend on you (your dependants)', 'police or a support organization', 'ask IRCC yourself'],
    fr: ['permis de séjour temporaire (PST) pour les victimes de la traite de personnes', 'victime de la traite de personnes', 'statut juridique au Canada', 'vous permet de le garder', 'Vos personnes à charge au Canada (votre famille qui dépend de vous)', 'la police ou un organisme d’aide', 'Vous pouvez aussi vous y adresser vous-même'],
    es: ['permiso de residente temporal para víctimas de trata de personas (en inglés, Temporary Resident Permit, TRP)', 'es posible que usted sea víctima de trata de personas', 'estatus legal en Canadá', 'le permite conservarlo', 'Puede incluir en su solicitud a los familiares que dependen de usted y están en Canadá', 'Puede pedirlo a IRCC por su cuenta.', 'con ayuda de una organización de apoyo o de la policía'],
    tl: ['temporary resident permit (TRP) para sa mga biktima ng human trafficking', 'maaaring biktima ka ng human trafficking', 'legal na status ka sa Canada', 'mapapanatili mo ang status mo', 'mga kapamilyang umaasa sa iyo (mga dependent), kung nasa Canada sila', 'pulis o support organization', 'Puwede ka ring lumapit mismo sa IRCC'],
    pa: ['ਮਨੁੱਖੀ ਤਸਕਰੀ ਦੇ ਪੀੜਤਾਂ ਲਈ ਅਸਥਾਈ ਨਿਵਾਸੀ ਪਰਮਿਟ (Temporary Resident Permit, TRP)', 'ਜੇ ਤੁਸੀਂ ਮਨੁੱਖੀ ਤਸਕਰੀ ਦੇ ਪੀੜਤ ਹੋ ਸਕਦੇ ਹੋ', 'ਕੈਨੇਡਾ ਵਿੱਚ ਕਾਨੂੰਨੀ ਸਟੇਟਸ', 'ਤੁਹਾਡਾ ਹੁਣ ਵਾਲਾ ਸਟੇਟਸ ਬਣਾਈ ਰੱਖਦਾ ਹੈ', "ਤੁਹਾਡੇ 'ਤੇ ਨਿਰਭਰ ਪਰਿਵਾਰਕ ਮੈਂਬਰ (ਡਿਪੈਂਡੈਂਟਸ)", 'ਜੇ ਉਹ ਕੈਨੇਡਾ ਵਿੱਚ ਹਨ', 'ਤੁਸੀਂ ਆਪ IRCC ਤੋਂ ਇਹ ਪਰਮਿਟ ਮੰਗ ਸਕਦੇ ਹੋ', 'ਪੁਲਿਸ ਜਾਂ ਕੋਈ ਸਹਾਇਤਾ ਸੰਸਥਾ'],
  },
  'no-testimony': {
    en: ['any other immigration status, you do not have to', 'help the police', 'take part in an investigation', 'testify against the trafficker (speak against them in court)'],
    fr: ['tout autre statut, vous n’avez pas à', 'aider la police', 'participer à une enquête', 'témoigner contre le trafiquant (parler contre lui au tribunal)'],
    es: ['u otro estatus migratorio, no tiene que', 'ayudar a la policía', 'participar en una investigación', 'declarar en un juicio contra el tratante (quien cometió la trata)'],
    tl: ['anumang ibang immigration status, hindi mo kailangang', 'tumulong sa pulis', 'sumali sa imbestigasyon', 'tumestigo laban sa trafficker (magsalita laban sa kanya sa korte)'],
    pa: ['ਕੋਈ ਹੋਰ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਲੈਣ ਵਾਸਤੇ, ਤੁਹਾਡੇ ਲਈ ਇਹ ਜ਼ਰੂਰੀ ਨਹੀਂ', 'ਪੁਲਿਸ ਦੀ ਮਦਦ ਕਰਨੀ', 'ਕਿਸੇ ਜਾਂਚ ਵਿੱਚ ਹਿੱਸਾ ਲੈਣਾ', 'ਮਨੁੱਖੀ ਤਸਕਰੀ ਕਰਨ ਵਾਲੇ ਵਿਰੁੱਧ ਗਵਾਹੀ ਦੇਣੀ (ਅਦਾਲਤ ਵਿੱਚ ਉਸ ਵਿਰੁੱਧ ਬੋਲਣਾ)'],
  },
  'first-permit': {
    en: ['The first permit usually lasts at least 12 months.', 'Before February 4, 2025, the first permit lasted up to 180 days.'],
    fr: ['Le premier permis dure en général au moins 12 mois.', 'Avant le 4 février 2025, le premier permis durait au plus 180 jours.'],
    es: ['El primer permiso suele durar al menos 12 meses.', 'Antes del 4 de febrero de 2025, el primer permiso duraba hasta 180 días.'],
    tl: ['Karaniwang hindi bababa sa 12 buwan ang unang permit.', 'Bago ang Pebrero 4, 2025, hanggang 180 araw ang bisa ng unang permit.'],
    pa: ["ਪਹਿਲਾ ਪਰਮਿਟ ਆਮ ਤੌਰ 'ਤੇ ਘੱਟੋ-ਘੱਟ 12 ਮਹੀਨਿਆਂ ਲਈ ਹੁੰਦਾ ਹੈ।", '4 ਫ਼ਰਵਰੀ 2025 ਤੋਂ ਪਹਿਲਾਂ, ਪਹਿਲਾ ਪਰਮਿਟ ਵੱਧ ਤੋਂ ਵੱਧ 180 ਦਿਨਾਂ ਲਈ ਹੁੰਦਾ ਸੀ।'],
  },
  'new-permit': {
    en: ['When your permit ends, IRCC may give you a new one.'],
    fr: ['Quand votre permis prend fin, IRCC peut vous en donner un nouveau.'],
    es: ['Al terminar su permiso, IRCC puede darle uno nuevo.'],
    tl: ['Pagtapos ng iyong permit, maaaring bigyan ka ng IRCC ng bago.'],
    pa: ['ਜਦੋਂ ਤੁਹਾਡਾ ਪਰਮਿਟ ਖ਼ਤਮ ਹੁੰਦਾ ਹੈ, IRCC ਤੁਹਾਨੂੰ ਨਵਾਂ ਪਰਮਿਟ ਦੇ ਸਕਦਾ ਹੈ।'],
  },
  free: {
    en: ['You do not pay any fee for', 'the first permit', 'a new permit', 'a work permit and a study permit (you need to apply for them)', 'biometrics'],
    fr: ['Vous ne payez rien pour', 'le premier permis', 'un nouveau permis', 'un permis de travail et un permis d’études', 'la biométrie'],
    es: ['No paga nada por', 'el primer permiso', 'un permiso nuevo', 'un permiso de trabajo y un permiso de estudios', 'la biometría'],
    tl: ['Wala kang babayaran para sa', 'unang permit', 'bagong permit', 'work permit at study permit (kailangan mong i-apply ang mga ito)', 'biometrics'],
    pa: ['ਤੁਸੀਂ ਇਹਨਾਂ ਲਈ ਕੋਈ ਫ਼ੀਸ ਨਹੀਂ ਦਿੰਦੇ', 'ਪਹਿਲਾ ਪਰਮਿਟ', 'ਨਵਾਂ ਪਰਮਿਟ', 'ਕੰਮ ਲਈ ਵਰਕ ਪਰਮਿਟ ਅਤੇ ਪੜ੍ਹਾਈ ਲਈ ਸਟੱਡੀ ਪਰਮਿਟ (ਇਹਨਾਂ ਲਈ ਤੁਹਾਨੂੰ ਅਰਜ਼ੀ ਦੇਣੀ ਪੈਂਦੀ ਹੈ)', 'ਬਾਇਓਮੈਟ੍ਰਿਕਸ'],
  },
  ifhp: {
    en: ['Interim Federal Health Program (IFHP)', 'counselling', 'for as long as your permit lasts', 'if no other plan covers you'],
    fr: ['Programme fédéral de santé intérimaire (PFSI)', 'la consultation psychologique', 'pendant toute la durée du permis', 'sauf si un autre régime vous couvre'],
    es: ['Programa Federal de Salud Provisional (en inglés, Interim Federal Health Program, IFHP)', 'apoyo psicológico', 'mientras dure el permiso', 'si no tiene otro seguro médico'],
    tl: ['Interim Federal Health Program (IFHP)', 'counselling', 'habang may bisa ang permit', 'kung wala kang ibang health plan'],
    pa: ['ਆਰਜ਼ੀ ਫ਼ੈਡਰਲ ਸਿਹਤ ਪ੍ਰੋਗਰਾਮ (Interim Federal Health Program, IFHP)', 'ਕਾਉਂਸਲਿੰਗ', 'ਪਰਮਿਟ ਦੇ ਪੂਰੇ ਸਮੇਂ ਲਈ', 'ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਹੋਰ ਸਿਹਤ ਬੀਮਾ ਨਹੀਂ'],
  },
  medical: {
    en: ['immigration medical exam'],
    fr: ['examen médical d’immigration'],
    es: ['examen médico de inmigración'],
    tl: ['immigration medical exam'],
    pa: ['ਇਮੀਗ੍ਰੇਸ਼ਨ ਮੈਡੀਕਲ'],
  },
  'ifhp-list': {
    en: ['Medavie Blue Cross', 'full list of covered care', 'https://provider.medavie.bluecross.ca/'],
    fr: ['Croix Bleue Medavie', 'liste complète des soins couverts', 'https://provider.medavie.bluecross.ca/'],
    es: ['Medavie Blue Cross', 'lista completa de servicios cubiertos', 'https://provider.medavie.bluecross.ca/'],
    tl: ['Medavie Blue Cross', 'Tingnan ang lahat ng sakop na serbisyo', 'https://provider.medavie.bluecross.ca/'],
    pa: ['Medavie Blue Cross', 'ਇਲਾਜਾਂ ਦੀ ਪੂਰੀ ਸੂਚੀ', 'https://provider.medavie.bluecross.ca/'],
  },
  'work-study': {
    en: ['open work permit', 'study permit'],
    fr: ['permis de travail ouvert', 'permis d’études'],
    es: ['permiso de trabajo abierto', 'casi cualquier empleador', 'permiso de estudios'],
    tl: ['open work permit', 'halos kahit sinong employer', 'study permit'],
    pa: ['ਓਪਨ ਵਰਕ ਪਰਮਿਟ (open work permit)', 'ਲਗਭਗ ਕਿਸੇ ਵੀ ਮਾਲਕ', 'ਸਟੱਡੀ ਪਰਮਿਟ'],
  },
  income: {
    en: ['income assistance', 'In British Columbia and Alberta, you may be able to get it', 'check with the government of your province or territory'],
    fr: ['aide au revenu', 'En Colombie-Britannique et en Alberta, vous pourriez la recevoir', 'vérifiez auprès du gouvernement de votre province ou territoire'],
    es: ['asistencia social', 'En Columbia Británica y en Alberta, usted podría recibirla', 'pregunte al Gobierno de su provincia o territorio'],
    tl: ['Tulong-pinansyal (income assistance)', 'Sa British Columbia at Alberta, posibleng makuha mo ito', 'magtanong sa gobyerno ng iyong probinsya o teritoryo'],
    pa: ['ਆਮਦਨ ਸਹਾਇਤਾ', 'ਬ੍ਰਿਟਿਸ਼ ਕੋਲੰਬੀਆ ਅਤੇ ਐਲਬਰਟਾ ਵਿੱਚ ਸ਼ਾਇਦ ਤੁਹਾਨੂੰ ਇਹ ਸਹਾਇਤਾ ਮਿਲ ਸਕੇ', 'ਆਪਣੇ ਸੂਬੇ ਜਾਂ ਟੈਰੀਟਰੀ ਦੀ ਸਰਕਾਰ ਤੋਂ ਪਤਾ ਕਰੋ'],
  },
  interview: {
    en: ['interview with an immigration officer', 'a few hours', 'many questions', 'A lawyer or a representative can come with you'],
    fr: ['entrevue avec un agent d’immigration', 'quelques heures', 'beaucoup de questions', 'Un avocat ou un représentant peut vous accompagner'],
    es: ['entrevista con un oficial de inmigración', 'algunas horas', 'muchas preguntas', 'Un abogado o un representante puede ir con usted'],
    tl: ['ma-interview ka ng immigration officer', 'ilang oras', 'marami ang itanong', 'Puwede kang samahan ng abogado o representative'],
    pa: ['ਇਮੀਗ੍ਰੇਸ਼ਨ ਅਫ਼ਸਰ ਨਾਲ ਤੁਹਾਡੀ ਇੰਟਰਵਿਊ', 'ਕੁਝ ਘੰਟੇ', 'ਬਹੁਤ ਸਾਰੇ ਸਵਾਲ', 'ਵਕੀਲ ਜਾਂ ਪ੍ਰਤੀਨਿਧੀ ਤੁਹਾਡੇ ਨਾਲ ਆ ਸਕਦਾ ਹੈ'],
  },
  'possible-vs-is': {
    en: ['You do not have to prove', 'enough information for the officer to believe that trafficking is possible'],
    fr: ['Vous n’avez pas à prouver', 'Il suffit de donner assez de renseignements pour que l’agent croie que la traite est possible'],
    es: ['No tiene que demostrar', 'suficiente información para que el oficial crea que la trata de personas es posible'],
    tl: ['Hindi mo kailangang patunayan', 'sapat na impormasyon para maniwala ang officer na posibleng biktima ka ng human trafficking'],
    pa: ['ਤੁਹਾਨੂੰ ਇਹ ਸਾਬਤ ਨਹੀਂ ਕਰਨਾ ਪੈਂਦਾ', 'ਤੁਹਾਨੂੰ ਸਿਰਫ਼ ਇੰਨੀ ਜਾਣਕਾਰੀ ਦੇਣੀ ਹੈ ਕਿ ਅਫ਼ਸਰ ਮੰਨ ਸਕੇ: ਤੁਸੀਂ ਮਨੁੱਖੀ ਤਸਕਰੀ (human trafficking) ਦੇ ਪੀੜਤ ਹੋ ਸਕਦੇ ਹੋ'],
  },
  bring: {
    en: ['Identification (ID)', 'Your passport, if you have one', '3 passport-size photos'],
    fr: ['Une pièce d’identité', 'Votre passeport, si vous en avez un', '3 photos de format passeport'],
    es: ['Una identificación', 'Su pasaporte, si lo tiene', '3 fotos tamaño pasaporte'],
    tl: ['ID', 'Iyong passport, kung mayroon ka', '3 litratong passport-size'],
    pa: ['ਪਛਾਣ ਪੱਤਰ (ID)', 'ਤੁਹਾਡਾ ਪਾਸਪੋਰਟ, ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਹੈ', '3 ਪਾਸਪੋਰਟ ਸਾਈਜ਼ ਫ਼ੋਟੋਆਂ'],
  },
  reviewed: {
    en: ['checked November 28, 2026', 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html'],
    fr: ['vérifié le 28 novembre 2026', 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/formulaires-demande-guides/protection-aide-victimes-trafic-personnes.html'],
    es: ['revisada el 28 de noviembre de 2026', 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html'],
    tl: ['Sinuri noong Nobyembre 28, 2026', 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html'],
    pa: ['ਜਾਂਚ ਦੀ ਤਾਰੀਖ਼: 28 ਨਵੰਬਰ 2026', 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html'],
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
  for (const lang of allLocales) {
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

  /** The text of the part named `part` in `element`'s shadow root, and the text of each of its list items. */
  const partOf = (element: Element, part: string) => {
    const shown = (node: HTMLElement) => node.innerText.replace(/\s+/g, ' ').trim();
    const node = element.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
    return {text: shown(node), items: [...node.querySelectorAll('li')].map(shown)};
  };

  for (const lang of allLocales) {
    it(`are in the guide's "Need help now?" block, in ${lang}: hotline-privacy, hotline-free, hotline-languages`, async () => {
      const guide = await fixture(`<trp-guide lang="${lang}"></trp-guide>`);
      await renderedWithin(guide);
      const {text} = partOf(guide, 'help');
      for (const fact of ['hotline-privacy', 'hotline-free', 'hotline-languages'] as const) {
        expect(evidence[fact][lang].filter((expected) => !text.includes(expected)), fact).to.deep.equal([]);
      }
    });

    it(`say what trafficking means in the guide's introduction, in ${lang}`, async () => {
      const guide = await fixture(`<trp-guide lang="${lang}"></trp-guide>`);
      await renderedWithin(guide);
      expect(partOf(guide, 'intro').text).to.include(evidence.trafficking[lang][0]);
    });

    it(`give the hotline in one order, in the card and in the guide's "Need help now?" block, in ${lang}`, async () => {
      const card = await fixture(`<trp-contact-card lang="${lang}"></trp-contact-card>`);
      const guide = await fixture(`<trp-guide lang="${lang}"></trp-guide>`);
      await renderedWithin(guide);
      const help = partOf(guide, 'help').items;
      const hotline = partOf(card, 'hotline').items;
      expect(help.length).to.be.at.least(5);
      expect(hotline.filter((item) => help.includes(item))).to.deep.equal(help);
    });

    for (const tag of Object.keys(promised)) {
      it(`name IRCC in full, with what it is, the first time <${tag} lang="${lang}"> names it`, async () => {
        const element = await fixture(`<${tag} lang="${lang}"></${tag}>`);
        await renderedWithin(element);
        const text = hostsWithin(element).map(textOf).join(' ');
        const first = text.indexOf('IRCC');
        if (first < 0) return;
        const [inFull] = evidence.dept[lang];
        expect(text.indexOf(inFull), `${text.slice(0, first + 4)}`).to.be.within(0, first);
      });
    }
  }
});
