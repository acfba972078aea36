// Each way the elements are delivered, seen from Node: every entry the package names imports
// without error; the side-effect-free entry defines nothing; and the server entry renders every
// element, in every language of the build, with Lit's own server renderer (declarative shadow DOM).
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {separateLanguages} from '../../scripts/locale-modules.mjs';
import {allLocales, sourceLocale} from '../../build/src/generated/locale-codes.js';
import {readerText, readXliff, units} from '../support/xliff.mjs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Runs `code` as an ES module in a fresh Node process, in the project (so `trp-widgets` is the package itself). */
const runModule = (code) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

/** Every entry of package.json's `exports` that is code, as the specifier a user imports. */
const entries = Object.keys(pkg.exports)
  .filter((key) => !key.endsWith('.json'))
  .flatMap((key) => (key.includes('*') ? separateLanguages.map((locale) => key.replace('*', locale)) : [key]))
  .map((key) => key.replace(/^\./, 'trp-widgets'));

/**
 * The editors' insert buttons are browser code: CKEditor 5 itself needs a DOM as it loads.
 * test/editors.test.ts loads both in the real editors, in each browser.
 */
const editorEntries = ['trp-widgets/editors/ckeditor5', 'trp-widgets/editors/tinymce'];

/** The tags of every element, and the main heading (or the button) each shows in English. */
const english = {
  'trp-permit-explainer': 'The temporary resident permit',
  'trp-benefits-list': 'What the permit gives you',
  'trp-contact-card': 'Who to call',
  'trp-interview-guide': 'Your interview with an immigration officer',
  'trp-outcomes': 'After the decision',
  'trp-pathways': 'Staying in Canada permanently',
  'trp-guide': 'Temporary resident permit for victims of human trafficking',
  'trp-quick-exit': 'Exit this page',
};

/** Each language's translation of an English message with no placeholder, from xliff/<locale>.xlf. */
function translated(locale) {
  const messages = units(readXliff(locale)).filter(({target}) => target !== undefined);
  return (text) => {
    const message = messages.find(({source}) => readerText(source) === text);
    assert.ok(message, `xliff/${locale}.xlf has no message "${text}"`);
    return readerText(message.target);
  };
}

/** The tags of every element, and the main heading (or the button) each shows in each language of the build. */
const elements = Object.fromEntries(
  Object.entries(english).map(([tag, heading]) => [
    tag,
    Object.fromEntries(allLocales.map((lang) => [lang, lang === sourceLocale ? heading : translated(lang)(heading)])),
  ])
);

const notice = 'Esta traducción no es oficial. La información oficial está en inglés y en francés.';

describe('the package in Node', () => {
  test('names the entries this test imports', () => {
    assert.deepEqual(entries, [
      'trp-widgets',
      'trp-widgets/elements',
      'trp-widgets/server',
      'trp-widgets/locales/es',
      'trp-widgets/locales/fr',
      'trp-widgets/locales/pa',
      'trp-widgets/locales/tl',
      ...editorEntries,
    ]);
  });

  for (const entry of entries.filter((entry) => !editorEntries.includes(entry))) {
    test(`imports ${entry} without an error or a word on the console`, () => {
      assert.equal(runModule(`await import('${entry}');`), '');
    });
  }

  test('trp-widgets/elements defines no element and registers no language when imported', () => {
    const out = runModule(`
      const {elements, defineAll} = {elements: 0, ...(await import('trp-widgets/elements'))};
      const tags = ${JSON.stringify(Object.keys(elements))};
      console.log(JSON.stringify(tags.filter((tag) => globalThis.customElements?.get(tag))));
      defineAll();
      console.log(JSON.stringify(tags.filter((tag) => !customElements.get(tag))));
    `);
    assert.deepEqual(out.trim().split('\n').map((line) => JSON.parse(line)), [[], []]);
  });
});

describe('server rendering with @lit-labs/ssr, from trp-widgets/server', () => {
  /** The HTML of `<tag lang=…>` rendered on the server, and its text without markup. */
  const rendered = runModule(`
    import {render} from '@lit-labs/ssr';
    import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
    import {html, unsafeStatic} from 'lit/static-html.js';
    await import('trp-widgets/server');
    const out = {};
    for (const tag of ${JSON.stringify(Object.keys(elements))}) {
      for (const lang of ${JSON.stringify(allLocales)}) {
        out[tag + ' ' + lang] = collectResultSync(render(html\`<\${unsafeStatic(tag)} lang=\${lang} org-name="Havre" phone="613-555-0100"></\${unsafeStatic(tag)}>\`));
      }
    }
    console.log(JSON.stringify(out));
  `);
  const pages = JSON.parse(rendered);
  const text = (page) => page.replace(/<style>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();

  for (const [tag, heading] of Object.entries(elements)) {
    for (const lang of allLocales) {
      test(`renders <${tag} lang="${lang}"> as HTML with its shadow root, in ${lang}`, () => {
        const page = pages[`${tag} ${lang}`];
        assert.match(page, new RegExp(`^(<!--[^>]*-->)*<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
        assert.ok(text(page).includes(heading[lang]), `${tag}: "${heading[lang]}" in ${text(page).slice(0, 200)}`);
        if (lang !== 'en') {
          assert.ok(!text(page).includes(heading.en), `${tag}: English "${heading.en}" in the ${lang} page`);
          // Messages with a link, whose templates the build minifies: still translated.
          for (const english of ['Source:', 'checked', 'See the full list of covered care']) {
            assert.ok(!text(page).includes(english), `${tag}: English "${english}" in the ${lang} page`);
          }
        }
        assert.match(page, new RegExp(`part="base"[^>]*lang="${lang}"|lang="${lang}"[^>]*part="base"`), `${tag}: its content marked as ${lang}`);
      });
    }
  }

  test('renders the guide with every section inside it, each with its own shadow root, in French', () => {
    const page = pages['trp-guide fr'];
    for (const tag of Object.keys(elements).filter((tag) => !['trp-guide', 'trp-quick-exit'].includes(tag))) {
      assert.match(page, new RegExp(`<${tag}[^>]*lang="fr"[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
      assert.ok(text(page).includes(elements[tag].fr), `${tag}: "${elements[tag].fr}"`);
    }
    // The organisation's contact reaches the contact section through the guide.
    assert.ok(text(page).includes('Havre'));
    assert.match(page, /href="tel:\+16135550100"/);
  });

  test('renders the source line and the link to the covered care in each language', () => {
    // text() collapses white space, the no-break space before a French colon included.
    const french = text(pages['trp-outcomes fr']);
    const spanish = text(pages['trp-outcomes es']);
    assert.ok(french.endsWith('Source : Immigration, Réfugiés et Citoyenneté Canada — vérifié le 28 novembre 2026'), french.slice(-100));
    assert.ok(spanish.endsWith('Fuente: Inmigración, Refugiados y Ciudadanía Canadá (página en inglés). Información revisada el 28 de noviembre de 2026'), spanish.slice(-100));
    assert.match(pages['trp-benefits-list fr'], /<a href="https:\/\/provider\.medavie\.bluecross\.ca\/"[^>]*>Consultez la liste complète des soins couverts<\/a>/);
    assert.match(pages['trp-benefits-list es'], /<a href="https:\/\/provider\.medavie\.bluecross\.ca\/"[^>]*>Vea la lista completa de servicios cubiertos<\/a>/);
  });

  test('renders the guide in Spanish with every section, the notice of an unofficial translation once, and the source in Spanish', () => {
    const page = pages['trp-guide es'];
    for (const tag of Object.keys(elements).filter((tag) => !['trp-guide', 'trp-quick-exit'].includes(tag))) {
      assert.match(page, new RegExp(`<${tag}[^>]*lang="es"[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
      assert.ok(text(page).includes(elements[tag].es), `${tag}: "${elements[tag].es}"`);
    }
    // As read: no space where a tag ended before a full stop, and `&amp;` (as HTML writes `&`) as `&`.
    const read = text(page).replace(/ ([.,:])/g, '$1').replace(/&amp;/g, '&');
    assert.ok(read.startsWith(notice), read.slice(0, 120));
    assert.equal(read.split(notice).length - 1, 1, 'the notice, once');
    assert.match(read, /Para pedir un intérprete, diga « ?Spanish ?» o «español»\./);
    assert.ok(read.includes('(en inglés, humanitarian and compassionate, H&C)'), 'H&C as written');
    assert.ok(read.endsWith('Fuente: Inmigración, Refugiados y Ciudadanía Canadá (página en inglés). Información revisada el 28 de noviembre de 2026'), read.slice(-120));
  });
});
