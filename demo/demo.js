// The demo page's own behaviour: language and colour switches, the snippet builder, the theming
// playground. It builds every node with DOM APIs (no innerHTML, no inline styles), so it runs
// under the same strict Content-Security-Policy and Trusted Types rules as the elements.

import {elements} from './elements.js';
// src/provinces.ts, as `npm run build` compiles it.
import {provinceCodes, provinceNames} from '/build/src/provinces.js';
// src/editors/placeholder.ts: the snippets, written once for this builder and the editor plugins.
import {
  choiceOf,
  elementSnippet as elementMarkup,
  fallbackFor as quickExitLink,
  menuLanguages as menuOf,
  placeholderSnippet as placeholderMarkup,
} from '/build/src/editors/placeholder.js';
// src/editors/form.ts: the languages, in the order the editors' forms list them, by their own names.
import {elementLanguages} from '/build/src/editors/form.js';
import {languageName} from '/build/src/language-tags.js';

/**
 * The quick exit's plain link, which works before the script has loaded: to where the button
 * leaves for by default (an element with neither `href` nor a link of its own tells).
 */
const quickExitFallback = {href: document.createElement('trp-quick-exit').destination};

/** Where partners are told to host the bundle: a neutral example host, never a real CDN. */
const exampleHost = 'https://cdn.example.org';

const $ = (id) => document.getElementById(id);

function create(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

// ——— Page language and the pinned card ———

const organisation = {
  en: {
    'org-name': 'Safe Harbour Services',
    email: 'help@example.org',
    url: 'https://example.org',
    hours: 'Monday to Friday, 9 a.m. to 5 p.m.',
  },
  fr: {
    'org-name': 'Services Havre sûr',
    email: 'aide@example.org',
    url: 'https://example.org/fr',
    hours: 'Du lundi au vendredi, de 9 h à 17 h',
  },
  es: {
    'org-name': 'Servicios Puerto Seguro',
    email: 'ayuda@example.org',
    url: 'https://example.org/es',
    hours: 'De lunes a viernes, de 9 a. m. a 5 p. m.',
  },
  tl: {
    'org-name': 'Safe Harbour Services',
    email: 'tulong@example.org',
    url: 'https://example.org/tl',
    hours: 'Lunes hanggang Biyernes, 9 a.m. hanggang 5 p.m.',
  },
  pa: {
    'org-name': 'ਸੇਫ਼ ਹਾਰਬਰ ਸਰਵਿਸਿਜ਼',
    email: 'madad@example.org',
    url: 'https://example.org/pa',
    hours: 'ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 9 ਤੋਂ ਸ਼ਾਮ 5 ਵਜੇ ਤੱਕ',
  },
};

/** The languages of the page switch, in its order. */
const pageLanguages = Object.keys(organisation);

function setOrganisation(card, lang) {
  for (const [name, value] of Object.entries(organisation[lang])) card.setAttribute(name, value);
}

/** Sets the page's language; the pinned cards take the first two others, so three always show. */
function setPageLanguage(lang) {
  document.documentElement.lang = lang;
  const others = pageLanguages.filter((code) => code !== lang);
  for (const [index, id] of ['pinned', 'pinned-2'].entries()) {
    const pinned = $(id);
    pinned.setAttribute('lang', others[index]);
    setOrganisation(pinned, others[index]);
    $(`${id}-tag`).textContent = `<trp-contact-card lang="${others[index]}">`;
  }
  for (const card of document.querySelectorAll('#languages trp-contact-card:not([lang])')) setOrganisation(card, lang);
}

function setScheme(scheme) {
  if (scheme === 'light' || scheme === 'dark') document.documentElement.dataset.scheme = scheme;
  else delete document.documentElement.dataset.scheme;
}

$('switches').addEventListener('change', (event) => {
  const input = event.target;
  if (input.name === 'page-lang') setPageLanguage(input.value);
  if (input.name === 'scheme') setScheme(input.value);
});
$('switches').addEventListener('submit', (event) => event.preventDefault());

// ——— Jumping to a section ———

/**
 * A section the page jumps to (“Snippet builder” in the links at the top) starts below what the
 * quick exit keeps on screen as the page scrolls: its whole bar, or, on a phone, where the element
 * is not sticky, its button alone (with the half rem above it). The page's scroll padding follows
 * their size, in every language and at any text size, from a constructed stylesheet: the strict
 * policy blocks style attributes.
 */
const quickExit = document.querySelector('trp-quick-exit');
const scrollRoom = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, scrollRoom];
function leaveRoomForQuickExit() {
  const button = quickExit.shadowRoot?.querySelector('[part="button"]');
  if (!button) return;
  const covered = getComputedStyle(quickExit).position === 'sticky' ? quickExit.offsetHeight : button.offsetHeight + 8;
  scrollRoom.replaceSync(`:root { scroll-padding-block-start: calc(${covered}px + 1rem); }`);
}
const quickExitSize = new ResizeObserver(leaveRoomForQuickExit);
quickExitSize.observe(quickExit);
customElements.whenDefined('trp-quick-exit').then(async () => {
  await quickExit.updateComplete;
  const button = quickExit.shadowRoot?.querySelector('[part="button"]');
  if (button) quickExitSize.observe(button);
});

// Elements that are not in this build (yet) say so instead of leaving a blank box.
for (const {tag} of elements) {
  if (customElements.get(tag)) continue;
  for (const element of document.querySelectorAll(`main ${tag}`)) {
    element.before(create('p', `${tag} is not in this build of trp-widgets.`, {class: 'pending', lang: 'en'}));
  }
}

// ——— Snippet builder ———

const form = $('builder-form');
const elementSelect = $('b-element');
for (const {tag} of elements) elementSelect.append(create('option', `<${tag}>`, {value: tag}));
elementSelect.value = 'trp-contact-card';
for (const code of provinceCodes) $('b-province').append(create('option', `${provinceNames[code]} (${code})`, {value: code}));

/** The languages the elements speak: those of the builder's language list. */
for (const code of elementLanguages) $('b-lang').append(create('option', languageName(code), {value: code, lang: code}));
const supportedLanguages = elementLanguages;

/**
 * The codes of a language menu (`en fr es`), each once as the elements read it, and those left out:
 * the builder names them under the field, rather than have the preview warn at every keystroke.
 */
const menuLanguages = (value) => menuOf(value, supportedLanguages);

/** The attributes the builder offers for an element: all those of its manifest entry. */
const attributesFor = (tag) => elements.find((e) => e.tag === tag).attributes;

/**
 * The chosen element and its attributes as `[name, value]`, `value === true` for on/off ones.
 * A value the element has anyway when the attribute is absent is left out.
 */
function currentChoice() {
  const tag = elementSelect.value;
  const values = {};
  for (const {name} of attributesFor(tag)) {
    const field = form.elements.namedItem(name);
    if (field) values[name] = field.type === 'checkbox' ? field.checked : field.value;
  }
  return choiceOf(tag, attributesFor(tag), values, supportedLanguages);
}

const elementSnippet = (choice) => elementMarkup(choice, quickExitFallback.href);
const placeholderSnippet = (choice) => placeholderMarkup(choice, quickExitFallback.href);

/** The quick exit's fallback link, for the chosen language (for the preview). */
const fallbackFor = (choice) => quickExitLink(choice, quickExitFallback.href);

/**
 * The languages of the choice that are modules of their own beside the bundle (every one but
 * English): its `lang`, and those its language menu offers.
 */
function separateLanguagesOf({attributes}) {
  const separate = ($('release').dataset.locales ?? '').split(' ').filter(Boolean);
  const values = Object.fromEntries(attributes);
  const wanted = [values.lang, ...(values.languages?.split(' ') ?? [])];
  return separate.filter((code) => wanted.includes(code));
}

function scriptSnippet(choice) {
  const release = $('release');
  const version = release.dataset.version || '0.1.0';
  const folder = `${exampleHost}/trp-widgets@${version}`;
  const tag = (file, integrity) =>
    `<script type="module" src="${folder}/${file}"${integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : ''}></script>`;
  const lines = [`<!-- trp-widgets ${version}: replace the example host with where you serve dist/trp-widgets.js -->`];
  // Before the bundle: its elements then render in the language from their first render.
  for (const code of separateLanguagesOf(choice)) {
    const file = `locales/${code}.js`;
    lines.push(
      `<!-- Optional, on pages that show or offer ${languageName(code, 'en')}: the bundle fetches ${file} itself when needed; this tag, before the bundle, pins it with Subresource Integrity and saves a round trip. -->`,
      tag(file, release.getAttribute(`data-integrity-${code.toLowerCase()}`))
    );
  }
  lines.push(tag('trp-widgets.js', release.dataset.integrity));
  return lines.join('\n');
}

function renderPreview(choice) {
  const element = document.createElement(choice.tag);
  for (const [name, value] of choice.attributes) element.setAttribute(name, value === true ? '' : value);
  const fallback = fallbackFor(choice);
  if (fallback) element.append(create('a', fallback.text, {href: fallback.href}));
  const preview = $('preview');
  preview.replaceChildren(element);
  if (!customElements.get(choice.tag)) {
    preview.append(create('p', `${choice.tag} is not in this build of trp-widgets.`, {class: 'pending', lang: 'en'}));
  }
}

const snippetAreas = ['snippet-element', 'snippet-placeholder', 'snippet-script'].map($);
const minimumRows = new Map(snippetAreas.map((textarea) => [textarea, textarea.rows]));

/** Grows a snippet's box (its rows: no inline style) until the whole snippet shows, wrapped lines too. */
function fitRows(textarea) {
  textarea.rows = minimumRows.get(textarea);
  while (textarea.clientHeight > 0 && textarea.scrollHeight > textarea.clientHeight && textarea.rows < 30) textarea.rows += 1;
}

function updateBuilder() {
  const tag = elementSelect.value;
  const offered = new Set(attributesFor(tag).map((attribute) => attribute.name));
  for (const field of form.querySelectorAll('[data-field]')) {
    field.hidden = !field.dataset.field.split(' ').some((name) => offered.has(name));
  }
  $('b-element-about').textContent = elements.find((e) => e.tag === tag).about;
  const {leftOut} = menuLanguages($('b-languages').value);
  $('b-languages-left-out').textContent = leftOut.length
    ? `Left out, not a language of trp-widgets: ${leftOut.join(', ')}. The languages are ${supportedLanguages.join(', ')}.`
    : '';
  const choice = currentChoice();
  renderPreview(choice);
  $('snippet-element').value = elementSnippet(choice);
  $('snippet-placeholder').value = placeholderSnippet(choice);
  $('snippet-script').value = scriptSnippet(choice);
  for (const textarea of snippetAreas) fitRows(textarea);
  $('copy-status').textContent = '';
}

form.addEventListener('input', updateBuilder);
form.addEventListener('change', updateBuilder);
form.addEventListener('submit', (event) => event.preventDefault());
addEventListener('resize', () => snippetAreas.forEach(fitRows));
updateBuilder();

// ——— Copy buttons ———

async function copy(textarea, status) {
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = `Copied: ${textarea.labels[0].textContent}.`;
  } catch {
    // No clipboard access (an older browser, or permission refused): select the text instead.
    textarea.focus();
    textarea.select();
    status.textContent = 'The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', () => {
    const status = button.closest('.results').querySelector('[role="status"]');
    status.textContent = '';
    copy($(button.dataset.copy), status);
  });
}

// ——— Theming playground ———

/** The custom properties of the card in the preview, with their documented defaults. */
const documented = new Map(elements.find((e) => e.tag === 'trp-contact-card').cssProperties.map((p) => [p.name, p.default]));

/** A light-scheme colour, starting at its documented default. */
const colour = (name, label) => ({name, label, type: 'color', value: documented.get(name)});

/** The custom properties the playground offers. */
const themeProperties = [
  colour('--trp-color-text', 'Text'),
  colour('--trp-color-background', 'Background'),
  colour('--trp-color-muted', 'Secondary text'),
  colour('--trp-color-link', 'Links'),
  colour('--trp-color-accent', 'Accent'),
  colour('--trp-color-surface', 'Highlighted blocks'),
  colour('--trp-color-border', 'Borders'),
  colour('--trp-color-focus', 'Focus outline'),
  {
    name: '--trp-font-family',
    label: 'Font',
    type: 'select',
    value: '',
    options: [
      ['', 'Your site’s font (inherit)'],
      ['system-ui, sans-serif', 'System sans-serif'],
      ['Georgia, serif', 'Georgia, serif'],
      ['Verdana, sans-serif', 'Verdana, sans-serif'],
    ],
  },
  {name: '--trp-font-size', label: 'Text size', type: 'range', unit: 'px', min: 14, max: 24, step: 1, value: '16'},
  {name: '--trp-radius', label: 'Corner radius', type: 'range', unit: 'px', min: 0, max: 24, step: 2, value: '8'},
  {name: '--trp-space', label: 'Spacing', type: 'range', unit: 'px', min: 8, max: 32, step: 2, value: '16'},
  {name: '--trp-padding', label: 'Inner spacing', type: 'range', unit: 'px', min: 0, max: 32, step: 2, value: '16'},
];

const themeForm = $('theme-form');
const themePreview = $('theme-preview');
const themeInputs = new Map();

for (const property of themeProperties) {
  if (!documented.has(property.name)) console.error(`The playground offers ${property.name}, which the manifest does not list.`);
  const id = `t${property.name}`;
  const field = create('div', '', {class: 'field'});
  const label = create('label', '', {for: id});
  label.append(`${property.label} `, create('code', property.name));
  let input;
  if (property.type === 'select') {
    input = create('select', '', {id});
    for (const [value, text] of property.options) input.append(create('option', text, {value}));
  } else {
    input = create('input', '', {id, type: property.type});
    if (property.type === 'range') {
      Object.assign(input, {min: property.min, max: property.max, step: property.step});
    }
  }
  input.value = property.value;
  field.append(label, input);
  if (property.type === 'range') {
    const output = create('output', '', {for: id, id: `${id}-value`});
    field.append(output);
  }
  themeForm.append(field);
  themeInputs.set(property.name, input);
}
themeForm.append(
  create(
    'p',
    'These are the light scheme’s colours. The dark scheme has its own: --trp-dark-color-text, --trp-dark-color-background and so on.',
    {class: 'hint'}
  )
);

function themeValue(property) {
  const input = themeInputs.get(property.name);
  if (input.value === property.value) return undefined;
  if (property.type === 'range') return `${input.value}${property.unit}`;
  return input.value || undefined;
}

function updateTheme() {
  const lines = [];
  for (const property of themeProperties) {
    const value = themeValue(property);
    if (property.type === 'range') {
      $(`t${property.name}-value`).textContent = `${themeInputs.get(property.name).value}${property.unit}`;
    }
    if (value === undefined) themePreview.style.removeProperty(property.name);
    else {
      themePreview.style.setProperty(property.name, value);
      lines.push(`  ${property.name}: ${value};`);
    }
  }
  $('theme-css').value = lines.length
    ? `/* trp-widgets theme */\n:root {\n${lines.join('\n')}\n}\n`
    : '/* Nothing changed yet: the defaults apply. */\n';
}

themeForm.addEventListener('input', updateTheme);
themeForm.addEventListener('submit', (event) => event.preventDefault());
$('theme-reset').addEventListener('click', () => {
  for (const property of themeProperties) themeInputs.get(property.name).value = property.value;
  updateTheme();
});
updateTheme();

// ——— Release line ———
{
  const release = $('release');
  const {version, integrity, locales = ''} = release.dataset;
  if (version) {
    release.append(`Release ${version}`);
    if (integrity) release.append('. Integrity: ', create('code', integrity));
    for (const code of locales.split(' ').filter(Boolean)) {
      const value = release.getAttribute(`data-integrity-${code.toLowerCase()}`);
      if (value) release.append(`. ${languageName(code, 'en')}, locales/${code}.js: `, create('code', value));
    }
  }
}
