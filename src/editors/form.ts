/**
 * What the insert buttons of the editor plugins offer (src/editors/ckeditor5.ts, tinymce.ts): the
 * elements and their attributes, as custom-elements.json lists them (test/editors.test.ts checks that
 * they are the demo's, which reads that file), and the form's labels in the two languages the
 * plugins speak, English and French, chosen from the editor's own UI language. The plugins are not
 * Lit elements: their labels do not go through msg() and the XLIFF files, but through this table.
 */
import {provinceCodes, provinceNames, type ProvinceCode} from '../provinces.js';
import {defaultExitHref} from '../links.js';
import {inListOrder, languageName} from '../language-tags.js';
import {allLocales} from '../generated/locale-codes.js';
import {choiceFromPlaceholder, choiceOf, placeholderSnippet, type AttributeChoice} from './placeholder.js';

/** The elements, in the order the package defines them, with every attribute each takes. */
export const editorElements: ReadonlyArray<{tag: string; attributes: readonly AttributeChoice[]}> = (() => {
  const shared: AttributeChoice[] = [{name: 'lang'}, {name: 'heading-level', default: '2'}, {name: 'hide-source', boolean: true}];
  const organisation: AttributeChoice[] = ['org-name', 'phone', 'email', 'url', 'hours', 'address'].map((name) => ({name}));
  return [
    {tag: 'trp-contact-card', attributes: [...shared, ...organisation]},
    {tag: 'trp-permit-explainer', attributes: shared},
    {tag: 'trp-benefits-list', attributes: [...shared, {name: 'province'}]},
    {tag: 'trp-interview-guide', attributes: shared},
    {tag: 'trp-outcomes', attributes: shared},
    {tag: 'trp-pathways', attributes: shared},
    {tag: 'trp-guide', attributes: [...shared, ...organisation, {name: 'province'}, {name: 'languages'}]},
    {
      tag: 'trp-quick-exit',
      attributes: [{name: 'lang'}, {name: 'href'}, {name: 'safety-href'}, {name: 'hide-note', boolean: true}, {name: 'position', default: 'sticky'}],
    },
  ];
})();


/** The languages of the elements, in the order the form lists them: Canada's official languages first. */
export const elementLanguages = inListOrder(allLocales);

const frenchProvinceNames: Record<ProvinceCode, string> = {
  AB: 'Alberta',
  BC: 'Colombie-Britannique',
  MB: 'Manitoba',
  NB: 'Nouveau-Brunswick',
  NL: 'Terre-Neuve-et-Labrador',
  NS: 'Nouvelle-Écosse',
  NT: 'Territoires du Nord-Ouest',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Île-du-Prince-Édouard',
  QC: 'Québec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};

/** The form's words, in English and French. */
const words = {
  en: {
    button: 'Insert a trp-widgets element',
    title: 'Permit information (trp-widgets)',
    insert: 'Insert',
    update: 'Update',
    cancel: 'Cancel',
    element: 'Element',
    elements: {
      'trp-guide': 'The whole guide',
      'trp-permit-explainer': 'What the permit is',
      'trp-benefits-list': 'What the permit gives',
      'trp-contact-card': 'Whom to call',
      'trp-interview-guide': 'The interview',
      'trp-outcomes': 'If the permit is granted or refused',
      'trp-pathways': 'Staying permanently',
      'trp-quick-exit': 'Quick exit button',
    } as Record<string, string>,
    lang: 'Language',
    pageLanguage: 'The page’s language',
    'heading-level': 'Heading level (one more than the one above)',
    headingDefault: '(default)',
    'hide-source': 'Leave out the source line',
    province: 'Province or territory',
    noProvince: 'None: general text',
    languages: 'Reader’s language menu (codes: en fr es)',
    'org-name': 'Your organisation: name',
    phone: 'Your organisation: phone',
    email: 'Your organisation: email',
    url: 'Your organisation: website',
    hours: 'Your organisation: opening hours',
    address: 'Your organisation: address',
    href: 'Where the quick exit goes (empty: the default)',
    'safety-href': 'Your page of safety advice',
    'hide-note': 'Hide the note about browsing history',
    position: 'When the page scrolls',
    positions: {sticky: 'Stays at the top of the screen (default)', static: 'Scrolls away with the page'} as Record<string, string>,
    provinces: provinceNames as Record<string, string>,
  },
  fr: {
    button: 'Insérer un élément trp-widgets',
    title: 'Information sur le permis (trp-widgets)',
    insert: 'Insérer',
    update: 'Mettre à jour',
    cancel: 'Annuler',
    element: 'Élément',
    elements: {
      'trp-guide': 'Le guide complet',
      'trp-permit-explainer': 'Ce qu’est le permis',
      'trp-benefits-list': 'Ce que donne le permis',
      'trp-contact-card': 'Qui appeler',
      'trp-interview-guide': 'L’entrevue',
      'trp-outcomes': 'Si le permis est accordé ou refusé',
      'trp-pathways': 'Rester pour de bon',
      'trp-quick-exit': 'Bouton de sortie rapide',
    } as Record<string, string>,
    lang: 'Langue',
    pageLanguage: 'La langue de la page',
    'heading-level': 'Niveau de titre (un de plus qu’au-dessus)',
    headingDefault: '(par défaut)',
    'hide-source': 'Omettre la ligne de source',
    province: 'Province ou territoire',
    noProvince: 'Aucun : texte général',
    languages: 'Menu des langues (codes : en fr es)',
    'org-name': 'Votre organisme : nom',
    phone: 'Votre organisme : téléphone',
    email: 'Votre organisme : courriel',
    url: 'Votre organisme : site Web',
    hours: 'Votre organisme : heures d’ouverture',
    address: 'Votre organisme : adresse',
    href: 'Où mène la sortie rapide (vide : par défaut)',
    'safety-href': 'Votre page de conseils de sécurité',
    'hide-note': 'Masquer la note sur l’historique de navigation',
    position: 'Quand la page défile',
    positions: {sticky: 'Reste en haut de l’écran (par défaut)', static: 'Défile avec la page'} as Record<string, string>,
    provinces: frenchProvinceNames as Record<string, string>,
  },
};

export type Words = (typeof words)['en'];

/** The form's words for an editor whose UI language is `uiLanguage` (`fr`, `fr_FR`, `fr-CA`: French). */
export function wordsFor(uiLanguage: string | undefined): Words {
  return /^fr([-_]|$)/i.test(uiLanguage ?? '') ? words.fr : words.en;
}

/** One field of the form: a list of `[value, label]` options, a line of text, or a box to tick. */
export type Field =
  | {name: string; label: string; kind: 'select'; options: Array<[string, string]>}
  | {name: string; label: string; kind: 'text'}
  | {name: string; label: string; kind: 'checkbox'};

/** The fields for `tag`'s attributes, in its order, labelled in `w`'s language. */
export function fieldsFor(tag: string, w: Words): Field[] {
  const element = editorElements.find((e) => e.tag === tag) ?? editorElements[0];
  return element.attributes.map(({name, boolean}): Field => {
    const label = (w as unknown as Record<string, string>)[name] ?? name;
    if (boolean) return {name, label, kind: 'checkbox'};
    if (name === 'lang') return {name, label, kind: 'select', options: [['', w.pageLanguage], ...elementLanguages.map((code): [string, string] => [code, languageName(code)])]};
    if (name === 'heading-level') {
      return {name, label, kind: 'select', options: ['1', '2', '3', '4', '5', '6'].map((n): [string, string] => [n, n === '2' ? `${n} ${w.headingDefault}` : n])};
    }
    if (name === 'province') {
      return {name, label, kind: 'select', options: [['', w.noProvince], ...provinceCodes.map((code): [string, string] => [code, `${w.provinces[code]} (${code})`])]};
    }
    if (name === 'position') return {name, label, kind: 'select', options: Object.entries(w.positions)};
    return {name, label, kind: 'text'};
  });
}

/** The element field: every element, by its name in `w`'s language. */
export const elementOptions = (w: Words): Array<[string, string]> => editorElements.map(({tag}) => [tag, w.elements[tag] ?? tag]);

/** A new form's values for `tag`: each select at its first option or default, nothing else. */
function initialValues(tag: string): Record<string, string | boolean> {
  const element = editorElements.find((e) => e.tag === tag) ?? editorElements[0];
  const values: Record<string, string | boolean> = {};
  for (const {name, boolean, default: value} of element.attributes) values[name] = boolean ? false : (value ?? '');
  return values;
}

/**
 * The form's values for `tag`: its new form's values, with those of `values` it takes too (the
 * language, the organisation's contact), when the form opens on a placeholder or changes element.
 */
export function valuesFor(tag: string, values: Readonly<Record<string, string | boolean>>): Record<string, string | boolean> {
  const initial = initialValues(tag);
  return {...initial, ...Object.fromEntries(Object.entries(values).filter(([name]) => name in initial))};
}

/** The placeholder a form with `values` inserts for `tag`: what the demo's snippet builder writes for the same choices. */
export function placeholderFor(tag: string, values: Readonly<Record<string, string | boolean | undefined>>): string {
  const element = editorElements.find((e) => e.tag === tag) ?? editorElements[0];
  return placeholderSnippet(choiceOf(element.tag, element.attributes, values, elementLanguages), defaultExitHref);
}

/** The element and values of the placeholder `node`, to edit it again; `undefined` when it names no element. */
export const valuesOf = (node: Element): ReturnType<typeof choiceFromPlaceholder> =>
  choiceFromPlaceholder((name) => node.getAttribute(name), editorElements);
