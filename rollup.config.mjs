import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {hashMessageIds, shortMessageIds} from './scripts/short-message-ids.mjs';
import {directionOf, languageModules, officialLanguages, ownDateOf, separateLanguages} from './scripts/locale-modules.mjs';

/**
 * Writes the bundle's Subresource Integrity value (`sha384-…`) beside it, as
 * `dist/trp-widgets.js.sha384`, and prints it: partners pin it in their script tag.
 */
function integrity() {
  return {
    name: 'trp-integrity',
    writeBundle(options) {
      const bytes = readFileSync(options.file);
      const value = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      writeFileSync(`${options.file}.sha384`, `${value}\n`);
      console.log(`${options.file}: integrity="${value}"`);
    },
  };
}

/**
 * Writes `dist/trp-widgets.node.js`, the package's entry in Node (its `node` export condition).
 * The elements are DOM classes: in Node without a DOM (a framework rendering on the server), the
 * bundle would throw `HTMLElement is not defined` on import. There this entry defines nothing and
 * exports the bundle's names as `undefined`; with a DOM in Node (jsdom, happy-dom), it loads the bundle.
 */
function nodeEntry() {
  return {
    name: 'trp-node-entry',
    writeBundle(options, bundle) {
      const {exports} = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      const code = [
        '// trp-widgets in Node. The elements need a DOM: without one (server rendering), importing the',
        '// package defines nothing and its exports are undefined; with one (jsdom, happy-dom), this is',
        '// the browser bundle.',
        "const dom = typeof HTMLElement == 'function' && typeof customElements == 'object' && typeof document == 'object';",
        "const bundle = dom ? await import('./trp-widgets.js') : {};",
        `export const {${exports.join(', ')}} = bundle;`,
        '',
      ].join('\n');
      writeFileSync(join(dirname(options.file), 'trp-widgets.node.js'), code);
    },
  };
}

/**
 * Resolves our own modules (relative imports in build/src/) before node-resolve does: it would
 * apply package.json's `sideEffects`, written for the package's users, and drop a language module
 * whose only work is to register its language.
 */
function ownModules() {
  return {
    name: 'trp-own-modules',
    resolveId(source, importer) {
      const id = importer ? (source.startsWith('.') ? join(dirname(importer), source) : null) : resolve(source);
      if (!id || !/[\\/]build[\\/]src[\\/]/.test(id)) return null;
      return {id, moduleSideEffects: null};
    },
  };
}

/** Our own modules' templates, for the minifier: the generated locale modules stay as written. */
const ownTemplates = (id) => /[\\/]build[\\/]src[\\/]/.test(id) && !/[\\/]generated[\\/]/.test(id);

// @lit/localize's runtime mode (init/runtime.js, which we do not use: we configure reentrant mode
// in src/localization.ts) creates and resolves a promise when it loads, only for its own
// setLocale(). Nothing else in it runs on load, so it is left out unless something uses it.
const moduleSideEffects = (id) => !/[\\/]@lit[\\/]localize[\\/]init[\\/]runtime\.js$/.test(id);

/**
 * Messages shown only in a language that is not official in Canada: the notice that a translation
 * is unofficial, and how to ask the hotline for an interpreter. The bundle (English) and French's
 * module carry their values, not their text, which comes with the module of a language that shows it.
 */
export const textInLanguageModulesOnly = ['unofficial-translation', 'interpreter-request'];

/** A browser bundle from `input`: one self-contained, minified ES module, Lit and English inside. */
const browserBuild = (input, file, ...extraPlugins) => ({
  input,
  output: {file, format: 'es', inlineDynamicImports: true, sourcemap: false},
  treeshake: {moduleSideEffects},
  plugins: [
    ownModules(),
    nodeResolve({browser: true}),
    // Numbers the messages from the unminified templates: it must come before the minifier, which
    // rewrites msg(html`…`) templates too and would change the text the ids are hashed from.
    shortMessageIds({textElsewhere: textInLanguageModulesOnly}),
    // Lit's own minifier, for the HTML and CSS in our `html` and `css` templates. The generated
    // locale modules are left as lit-localize writes them. A template it cannot parse stops the
    // build, rather than a warning that `rollup --silent` hides.
    minifyHtmlLiterals({filter: ownTemplates, failOnError: true}),
    terser({
      module: true,
      ecma: 2022,
      compress: {passes: 3},
      format: {comments: false},
    }),
    integrity(),
    ...extraPlugins,
  ],
});

/** The browser bundle, `dist/trp-widgets.js`, and the package's entry in Node beside it. */
export const browserBundle = browserBuild('build/src/index.js', 'dist/trp-widgets.js', nodeEntry());

/**
 * The same bundle with Lit's hydration support, `dist/trp-widgets-ssr.js`, for pages whose elements
 * were rendered on the server: load it instead of `trp-widgets.js` there.
 */
const hydratingBundle = browserBuild('build/src/hydrate.js', 'dist/trp-widgets-ssr.js');

/**
 * The package's other entries, for bundlers, editors and servers (dist/esm/): `elements` (the
 * classes and `defineAll()`, no side effects), `server` (every language, every element defined;
 * for Lit's server renderer) and `locales/<code>` (registers one language). Lit stays outside,
 * imported from the project's own `lit`, so that a page's bundle and a server renderer share one
 * Lit; the localize runtime is inside, so that it never meets a project's own configuration of it.
 */
const packageEntries = {
  input: {
    elements: 'build/src/elements.js',
    server: 'build/src/server.js',
    ...Object.fromEntries(languageModules.map(({locale}) => [`locales/${locale}`, `build/src/generated/languages/${locale}.js`])),
  },
  external: (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr)($|\/)/.test(id),
  output: {dir: 'dist/esm', format: 'es', chunkFileNames: 'chunks/[name].js', sourcemap: false},
  treeshake: {moduleSideEffects},
  // Each msg() call gets the id hashed from its template before the minifier rewrites the template.
  plugins: [ownModules(), nodeResolve(), hashMessageIds(), minifyHtmlLiterals({filter: ownTemplates, failOnError: true})],
};

/**
 * A language module beside the bundle, `dist/locales/<code>.js`: the language's translations,
 * numbered as in the bundle, and nothing else. It defines the custom element `trp-locale-<code>`,
 * whose class carries them, for any copy of the bundle on the page to find (src/locale-loader.ts).
 * Lit stays out: a translation is a template result, which the module makes with a tag of its own
 * that returns the same object Lit's `html` returns (and `@lit/localize`'s `str`), so that the
 * bundle's Lit renders it as its own.
 */
function languageModule(locale) {
  const entry = `\0trp-language-${locale}`;
  const tags = '\0trp-language-tags';
  return {
    name: 'trp-language-module',
    resolveId(source) {
      if (source === entry || source === tags) return source;
      if (source === 'lit' || source === '@lit/localize') return tags;
      return null;
    },
    load(id) {
      if (id === tags) {
        return [
          '// lit-html\'s HTML_RESULT: the `_$litType$` of what its `html` tag returns.',
          'export const html = (strings, ...values) => ({_$litType$: 1, strings, values});',
          'export const str = (strings, ...values) => ({strTag: true, strings, values});',
        ].join('\n');
      }
      if (id !== entry) return null;
      const tag = `trp-locale-${locale}`;
      return [
        `import {templates} from ${JSON.stringify(resolve(`build/src/generated/locales/${locale}.js`))};`,
        `customElements.get('${tag}') || customElements.define('${tag}', class extends HTMLElement {`,
        '  static templates = templates;',
        // Left to right unless said otherwise (the bundle's registerLocale takes 'ltr' by default).
        ...(directionOf(locale) === 'rtl' ? ["  static dir = 'rtl';"] : []),
        // Its own long date, for a language whose dates some browsers lack (scripts/locale-modules.mjs).
        ...(ownDateOf(locale) ? [`  static date = ${ownDateOf(locale)};`] : []),
        '});',
      ].join('\n');
    },
  };
}

/**
 * One language module per language that is not inside the bundle. An official language's module
 * leaves out the notice that a translation is unofficial, which it never shows.
 */
const separateLanguageModules = separateLanguages.map((locale) => ({
  input: `\0trp-language-${locale}`,
  output: {file: `dist/locales/${locale}.js`, format: 'es', sourcemap: false},
  plugins: [
    languageModule(locale),
    shortMessageIds({textElsewhere: officialLanguages.includes(locale) ? textInLanguageModulesOnly : []}),
    terser({module: true, ecma: 2022, compress: {passes: 3}, format: {comments: false}}),
    integrity(),
  ],
}));

export default [browserBundle, hydratingBundle, packageEntries, ...separateLanguageModules];
