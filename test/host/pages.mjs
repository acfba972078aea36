// Partner pages that differ only in how they load the bundle. The test server
// (test/support/test-server.mjs) writes each out as test/host/NAME.html: the page's language and
// title, test/host/monitor.js first (it records what the page sees), then the scripts below, then
// the body. Pages unlike any other are HTML files in this folder.
// In a page served from a folder of its own (`/delivery/…`, test/support/host-pages.ts), the bundle
// is at `trp-widgets@0.1.0/…`; `{{sha384 FILE}}` is dist/FILE's integrity value.

const folder = 'trp-widgets@0.1.0';
/** A module script; `pin` its integrity value (a FILE for `{{sha384 FILE}}`, or the value itself). */
const script = (src, pin) =>
  `<script type="module" src="${src}"${pin ? ` integrity="${pin.startsWith('sha384-') ? pin : `{{sha384 ${pin}}}`}" crossorigin="anonymous"` : ''}></script>`;
const bundle = (query = '', pin) => script(`${folder}/trp-widgets.js${query}`, pin);
const language = (code, query = '', pin = `locales/${code}.js`) => script(`${folder}/locales/${code}.js${query}`, pin);

const empty = '<main id="host"></main>';
const spanish = `<main id="host">
  <trp-guide></trp-guide>
  <trp-contact-card lang="es"></trp-contact-card>
</main>`;
const french = `<trp-quick-exit><a href="https://www.google.com/">Quitter cette page</a></trp-quick-exit>
<main id="host">
  <trp-guide></trp-guide>
  <trp-contact-card lang="fr"></trp-contact-card>
</main>`;
const spanishPortal = {lang: 'es', title: 'Portal provincial en español', body: spanish};
const frenchPortal = {lang: 'fr-CA', title: 'Portail provincial en français', body: french};

/** Each page: `lang`, `title`, `about` (what it stands for), `head` (its scripts, in order), `body`. */
export const pages = {
  strict: {title: 'Partner page with a strict policy', head: [script('/dist/trp-widgets.js')], body: empty},
  'dark-capable': {
    title: 'Partner page that supports light and dark',
    about: 'A page that supports both schemes by its meta tag alone: no color-scheme in its CSS.',
    meta: '<meta name="color-scheme" content="light dark">',
    head: [script('/dist/trp-widgets.js')],
    body: empty,
  },
  twice: {
    title: 'Partner page that loads the bundle twice',
    about: 'Served with a policy that lets each copy of Lit create its policy, as docs/security.md says.',
    head: [script('/dist/trp-widgets.js'), script('/dist/trp-widgets.js?second-copy')],
    body: empty,
  },
  'twice-strict': {
    title: 'Partner page that loads the bundle twice, under the strict policy as it is',
    head: [script('/dist/trp-widgets.js'), script('/dist/trp-widgets.js?second-copy')],
    body: empty,
  },
  'twice-spanish': {
    ...spanishPortal,
    title: 'Portal en español con dos copias del script',
    about: 'A theme and a plugin each add the bundle, from two URLs; the policy lets each copy of Lit create its policy.',
    head: [bundle(), bundle('?second-copy')],
  },
  'spanish-own-before': {
    ...spanishPortal,
    about: 'Loads the Spanish module itself, pinned, before the bundle; a query string on the module only.',
    head: [language('es', '?v=2'), bundle()],
  },
  'spanish-own-after': {
    ...spanishPortal,
    about: 'Loads the Spanish module itself, pinned, after the bundle; a query string on the bundle only.',
    head: [bundle('?ver=6.4.2'), language('es')],
  },
  'spanish-own-after-queries': {
    ...spanishPortal,
    about: 'Loads the Spanish module itself, pinned, after the bundle; query strings on both, as a CMS adds them.',
    head: [bundle('?ver=6.4.2'), language('es', '?ver=6.4.2&amp;v=2')],
  },
  'spanish-own-wrong-integrity': {
    ...spanishPortal,
    about: 'Its own tag for the Spanish module pins a value that is not the module’s (an old one): the browser refuses it.',
    head: [bundle(), language('es', '?v=1', `sha384-${'A'.repeat(64)}`)],
  },
  'spanish-other-library': {
    ...spanishPortal,
    title: 'Portal provincial en español, con un calendario',
    about: 'Another library’s Spanish file is named locales/es.js too (FullCalendar’s are): it is not the widgets’ Spanish.',
    head: ['<script src="/test/host/vendor/calendar/locales/es.js"></script>', bundle()],
  },
  'french-own-before': {
    ...frenchPortal,
    about: 'Loads the French module itself, pinned, before the bundle, as docs/languages.md shows: French from the first render.',
    head: [language('fr'), bundle('', 'trp-widgets.js')],
  },
  'french-preload': {
    ...frenchPortal,
    about: 'Preloads the French module, pinned, with a query string as WordPress adds one: the bundle imports what was preloaded.',
    head: [
      `<link rel="modulepreload" href="${folder}/locales/fr.js?ver=0.1.0" integrity="{{sha384 locales/fr.js}}" crossorigin="anonymous">`,
      bundle('?ver=0.1.0', 'trp-widgets.js'),
    ],
  },
};

/** The HTML of `pages[name]`, or undefined when there is no such page. */
export function partnerPage(name) {
  const page = Object.hasOwn(pages, name) ? pages[name] : undefined;
  if (!page) return undefined;
  const {lang = 'en', title, about, meta, head, body} = page;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${meta ? `${meta}\n` : ''}<title>${title}</title>${about ? `\n<!-- ${about} -->` : ''}
<script src="/test/host/monitor.js"></script>
${head.join('\n')}
</head>
<body>
${body}
</body>
</html>
`;
}
