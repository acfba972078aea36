import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {hashMessageIds, ours, shortMessageIds} from './scripts/short-message-ids.mjs';
import {directionOf, languageModules, officialLanguages, ownDateOf, separateLanguages} from './scripts/locale-modules.mjs';

/** Writes and prints the file's Subresource Integrity value (`FILE.sha384`): partners pin it. */
const integrity = () => ({
  name: 'trp-integrity',
  writeBundle({file}) {
    const value = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
    writeFileSync(`${file}.sha384`, `${value}\n`);
    console.log(`${file}: integrity="${value}"`);
  },
});

/**
 * dist/trp-widgets.node.js, the `node` export condition: without a DOM (server rendering) importing
 * the bundle would throw, so there it defines nothing and its exports are undefined.
 */
const nodeEntry = () => ({
  name: 'trp-node-entry',
  writeBundle({file}, bundle) {
    const {exports} = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
    writeFileSync(join(dirname(file), 'trp-widgets.node.js'), `// trp-widgets in Node. The elements need a DOM: without one (server rendering), importing the
// package defines nothing and its exports are undefined; with one (jsdom, happy-dom), this is
// the browser bundle.
const dom = typeof HTMLElement == 'function' && typeof customElements == 'object' && typeof document == 'object';
const bundle = dom ? await import('./trp-widgets.js') : {};
export const {${exports.join(', ')}} = bundle;
`);
  },
});

/**
 * Resolves our own modules before node-resolve, which would apply package.json's `sideEffects`
 * (written for users) and drop a language module whose only work is to register its language.
 */
const ownModules = () => ({
  name: 'trp-own-modules',
  resolveId(source, importer) {
    const id = importer ? (source.startsWith('.') ? join(dirname(importer), source) : null) : resolve(source);
    return id && ours(id) ? {id, moduleSideEffects: null} : null;
  },
});

// The minifier leaves the generated locale modules as lit-localize writes them; a template it cannot
// parse stops the build (`rollup --silent` would hide a warning).
const minifyTemplates = () => minifyHtmlLiterals({filter: (id) => ours(id) && !/[\\/]generated[\\/]/.test(id), failOnError: true});
const minify = () => terser({module: true, ecma: 2022, compress: {passes: 3, unsafe_arrows: true, keep_fargs: false, unsafe_methods: true, unsafe_comps: true}, format: {comments: false}});

// @lit/localize's runtime mode (init/runtime.js, unused: src/localization.ts) makes a promise on load.
const treeshake = {moduleSideEffects: (id) => !/[\\/]@lit[\\/]localize[\\/]init[\\/]runtime\.js$/.test(id)};

/** Shown only in a non-official language: the bundle and French carry their values, not their text. */
export const textInLanguageModulesOnly = ['unofficial-translation', 'interpreter-request'];

/** A self-contained, minified browser bundle, Lit and English inside. */
const browserBuild = (input, file, ...extraPlugins) => ({
  input,
  output: {file, format: 'es', inlineDynamicImports: true, sourcemap: false},
  treeshake,
  plugins: [
    ownModules(),
    nodeResolve({browser: true}),
    // Before the minifier, which rewrites the msg(html`…`) text the ids are hashed from.
    shortMessageIds({textElsewhere: textInLanguageModulesOnly}),
    minifyTemplates(),
    minify(),
    integrity(),
    ...extraPlugins,
  ],
});

export const browserBundle = browserBuild('build/src/index.js', 'dist/trp-widgets.js', nodeEntry());

/**
 * dist/esm/: `elements`, `server` and `locales/<code>`, for bundlers and servers. Lit stays outside
 * (one Lit shared with the project's); the localize runtime inside (never configured by the project).
 */
const packageEntries = {
  input: {
    elements: 'build/src/elements.js',
    server: 'build/src/server.js',
    ...Object.fromEntries(languageModules.map(({locale}) => [`locales/${locale}`, `build/src/generated/languages/${locale}.js`])),
  },
  external: (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr)($|\/)/.test(id),
  output: {dir: 'dist/esm', format: 'es', chunkFileNames: 'chunks/[name].js', sourcemap: false},
  treeshake,
  plugins: [ownModules(), nodeResolve(), hashMessageIds(), minifyTemplates()],
};

/**
 * dist/locales/<code>.js: one language's translations, numbered as in the bundle, on the class of the
 * custom element `trp-locale-<code>` (src/locale-loader.ts). Lit stays out: its own `html` and `str`
 * tags return the objects Lit's do, which the bundle's Lit renders as its own.
 */
const languageModule = (locale) => ({
  name: 'trp-language-module',
  resolveId: (source) => (source === locale ? '\0entry' : source === 'lit' || source === '@lit/localize' ? '\0tags' : null),
  load(id) {
    if (id === '\0tags') {
      return 'export const html = (strings, ...values) => ({_$litType$: 1, strings, values});\nexport const str = (strings, ...values) => ({strTag: true, strings, values});';
    }
    if (id !== '\0entry') return null;
    const tag = `trp-locale-${locale}`;
    return `import {templates} from ${JSON.stringify(resolve(`build/src/generated/locales/${locale}.js`))};
customElements.get('${tag}') || customElements.define('${tag}', class extends HTMLElement {
  static templates = templates;${directionOf(locale) === 'rtl' ? "\n  static dir = 'rtl';" : ''}${ownDateOf(locale) ? `\n  static date = ${ownDateOf(locale)};` : ''}
});`;
  },
});

// An official language's module leaves out the notice that a translation is unofficial.
const separateLanguageModules = separateLanguages.map((locale) => ({
  input: locale,
  output: {file: `dist/locales/${locale}.js`, format: 'es', sourcemap: false},
  plugins: [languageModule(locale), shortMessageIds({textElsewhere: officialLanguages.includes(locale) ? textInLanguageModulesOnly : []}), minify(), integrity()],
}));

/**
 * dist/editors/: the insert buttons for CKEditor 5 (an ES module importing `ckeditor5`, as its plugins
 * do) and TinyMCE (a script that registers with TinyMCE's global, loadable as a module too). Neither
 * goes into the browser bundle.
 */
const editorPlugins = [
  {
    input: 'build/src/editors/ckeditor5.js',
    external: ['ckeditor5'],
    output: {file: 'dist/editors/ckeditor5.js', format: 'es', sourcemap: false},
    plugins: [ownModules(), nodeResolve()],
  },
  {
    input: 'build/src/editors/tinymce.js',
    output: {file: 'dist/editors/tinymce.js', format: 'iife', sourcemap: false},
    plugins: [ownModules(), nodeResolve()],
  },
];

export default [browserBundle, browserBuild('build/src/hydrate.js', 'dist/trp-widgets-ssr.js'), packageEntries, ...separateLanguageModules, ...editorPlugins];
