// Each way the elements are delivered, seen from Node: every entry the package names imports
// without error; the side-effect-free entry defines nothing; and the server entry renders every
// element, in English and in French, with Lit's own server renderer (declarative shadow DOM).
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Runs `code` as an ES module in a fresh Node process, in the project (so `trp-widgets` is the package itself). */
const runModule = (code) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

/** Every entry of package.json's `exports` that is code, as the specifier a user imports. */
const entries = Object.keys(pkg.exports)
  .filter((key) => !key.endsWith('.json'))
  .flatMap((key) => (key.includes('*') ? ['fr'].map((locale) => key.replace('*', locale)) : [key]))
  .map((key) => key.replace(/^\./, 'trp-widgets'));

/** The tags of every element, and the main heading (or the button) each shows in each language. */
const elements = {
  'trp-permit-explainer': {en: 'The temporary resident permit', fr: 'Le permis de séjour temporaire'},
  'trp-benefits-list': {en: 'What the permit gives you', fr: 'Ce que le permis vous donne'},
  'trp-contact-card': {en: 'Who to call', fr: 'Qui appeler'},
  'trp-interview-guide': {en: 'Your interview with an immigration officer', fr: 'Votre entrevue avec un agent d’immigration'},
  'trp-outcomes': {en: 'After the decision', fr: 'Après la décision'},
  'trp-pathways': {en: 'Staying in Canada permanently', fr: 'Rester au Canada de façon permanente'},
  'trp-guide': {en: 'Temporary resident permit for victims of human trafficking', fr: 'Permis de séjour temporaire pour les victimes de la traite de personnes'},
  'trp-quick-exit': {en: 'Exit this page', fr: 'Quitter cette page'},
};

describe('the package in Node', () => {
  test('names the entries this test imports', () => {
    assert.deepEqual(entries, ['trp-widgets', 'trp-widgets/elements', 'trp-widgets/server', 'trp-widgets/locales/fr']);
  });

  for (const entry of entries) {
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
      for (const lang of ['en', 'fr']) {
        out[tag + ' ' + lang] = collectResultSync(render(html\`<\${unsafeStatic(tag)} lang=\${lang} org-name="Havre" phone="613-555-0100"></\${unsafeStatic(tag)}>\`));
      }
    }
    console.log(JSON.stringify(out));
  `);
  const pages = JSON.parse(rendered);
  const text = (page) => page.replace(/<style>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

  for (const [tag, heading] of Object.entries(elements)) {
    for (const lang of ['en', 'fr']) {
      test(`renders <${tag} lang="${lang}"> as HTML with its shadow root, in ${lang === 'en' ? 'English' : 'French'}`, () => {
        const page = pages[`${tag} ${lang}`];
        assert.match(page, new RegExp(`^(<!--[^>]*-->)*<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
        assert.ok(text(page).includes(heading[lang]), `${tag}: "${heading[lang]}" in ${text(page).slice(0, 200)}`);
        if (lang === 'fr') assert.ok(!text(page).includes(heading.en), `${tag}: English "${heading.en}" in the French page`);
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
    assert.match(page, /href="tel:6135550100"/);
  });
});
