// `npm run size [-- --files]`: dist/trp-widgets.js, dist/trp-widgets-ssr.js and dist/locales/<code>.js,
// raw and gzipped (`gzip -9`, the measure of the budgets below), each against its budget; then the
// bundle rebuilt in memory with a source map, every byte given to the part it came from (Lit, the
// localize runtime, each locale's strings, each element's code and its `css` styles, the shared
// base; with --files, each source file). Raw bytes add up to the total; "gzip alone" is the part
// compressed by itself, "adds" what leaving it out would save from the gzipped bundle.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {relative, resolve, sep} from 'node:path';
import {rollup} from 'rollup';
import {TraceMap, decodedMappings} from '@jridgewell/trace-mapping';
import {parseAst} from 'rollup/parseAst';
import {walk} from 'estree-walker';
import {browserBundle as config} from '../rollup.config.mjs';
import {elementsOf, readManifest} from '../test/support/manifest.mjs';
import {separateLanguages} from './locale-modules.mjs';

// The budgets, in bytes gzipped (test/node/size.test.mjs enforces them, docs/size.md states them):
/** dist/trp-widgets.js: every element, English and the language loader. */
export const budget = 18432;
/** Each language module, dist/locales/<code>.js. */
export const languageBudget = 3072;
/**
 * Languages written in a script other than Latin, whose letters take two or three bytes in UTF-8
 * (Gurmukhi three): their module may weigh twice the Spanish module, gzipped.
 */
export const nonLatinLanguages = ['pa'];

/** The budget of `locale`'s module beside the bundle, in bytes gzipped, given the Spanish module's size. */
export const languageBudgetOf = (locale, spanish) => (nonLatinLanguages.includes(locale) ? 2 * spanish : languageBudget);

/** What dist/trp-widgets-ssr.js (the bundle and Lit's hydration support) may weigh more than the bundle. */
export const hydrationBudget = 2048;

/** A file's size as `gzip -9 -c FILE` gives it (the file's name in the header included). */
export const gzippedFile = (path) => execFileSync('gzip', ['-9', '-c', path]).length;
const gzipSize = (text) => execFileSync('gzip', ['-9', '-c'], {input: text}).length;
const bytes = (text) => Buffer.byteLength(text);
const root = resolve(import.meta.dirname, '..');
const byFile = process.argv.includes('--files');

// An element's module (`contact-card`) and those named after it (`contact-card.styles`, `contact-card-styles`).
const elementModules = elementsOf(await readManifest()).map((e) => [e.module.replace(/^src\/(.*)\.ts$/, '$1'), e.tagName]);
const elementOf = (name) => elementModules.find(([m]) => name === m || name.startsWith(`${m}.`) || name.startsWith(`${m}-`))?.[1];

function groupOf(source) {
  const path = relative(root, source).split(sep).join('/');
  const name = path.match(/^build\/src\/([^/]+)\.js$/)?.[1];
  const locale = path.match(/build\/src\/generated\/locales\/([^/]+)\.js$/)?.[1];
  if (byFile) return path;
  if (/node_modules\/@lit\/localize\//.test(path)) return 'localize runtime (@lit/localize)';
  if (/node_modules\/tslib\//.test(path)) return 'shared: TypeScript decorator helper (tslib)';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'Lit';
  if (locale) return `locale ${locale} (strings)`;
  if (path.startsWith('build/src/generated/')) return 'shared: locale list';
  if (name && elementOf(name)) return `element <${elementOf(name)}>`;
  return name ? 'shared: base classes, styles, facts' : `other: ${path}`;
}

/** Whether a source position lies in a `css` template; per file, the templates' offsets and its line starts. */
const sourceInfo = new Map();
function inCss(source, line, column) {
  if (!sourceInfo.has(source)) {
    let code = '';
    const ranges = [];
    try {
      code = readFileSync(source, 'utf8');
      walk(parseAst(code), {enter: (node) => void (node.type === 'TaggedTemplateExpression' && node.tag.name === 'css' && ranges.push([node.start, node.end]))});
    } catch {
      // Not JavaScript we can read: no styles to tell apart.
    }
    sourceInfo.set(source, {ranges, lineStarts: [0, ...[...code.matchAll(/\n/g)].map((m) => m.index + 1)]});
  }
  const {ranges, lineStarts} = sourceInfo.get(source);
  const offset = (lineStarts[line] ?? Infinity) + column;
  return ranges.some(([start, end]) => start <= offset && offset < end);
}

/** The bundle built in memory, as [group, text] runs in order. */
async function runsOfBundle() {
  const bundle = await rollup({...config, onwarn: () => {}});
  const {output} = await bundle.generate({...config.output, sourcemap: true, sourcemapExcludeSources: true});
  await bundle.close();
  const chunk = output.find((item) => item.type === 'chunk');
  const lines = chunk.code.replace(/\/\/# sourceMappingURL=[^\n]*\n?$/, '').split('\n');
  const map = new TraceMap(chunk.map);
  const mappings = decodedMappings(map);
  const runs = [];
  lines.forEach((text, index) => {
    let column = 0;
    let group = 'other: unmapped';
    // Each mapped segment runs until the next one starts.
    for (const [generatedColumn, sourceIndex, line, sourceColumn] of mappings[index] ?? []) {
      runs.push([group, text.slice(column, generatedColumn)]);
      column = generatedColumn;
      if (sourceIndex === undefined) continue;
      const source = resolve(root, 'dist', map.sources[sourceIndex]);
      group = groupOf(source);
      if (group.startsWith('element ')) group += inCss(source, line, sourceColumn) ? ' styles' : ' code';
    }
    runs.push([group, text.slice(column) + (index < lines.length - 1 ? '\n' : '')]);
  });
  return runs.filter(([, text]) => text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = (path) => ({raw: bytes(readFileSync(resolve(root, path))), gzipped: gzippedFile(resolve(root, path))});
  const total = file('dist/trp-widgets.js').gzipped;
  const files = {'dist/trp-widgets.js': budget, 'dist/trp-widgets-ssr.js': total + hydrationBudget};
  const spanish = file('dist/locales/es.js').gzipped;
  for (const locale of separateLanguages) files[`dist/locales/${locale}.js`] = languageBudgetOf(locale, spanish);
  console.table(Object.fromEntries(Object.entries(files).map(([path, limit]) => {
    const {raw, gzipped} = file(path);
    return [path, {raw, gzipped, budget: limit, left: limit - gzipped, status: gzipped > limit ? 'OVER' : 'ok'}];
  })));
  console.log(`(the budget of dist/trp-widgets-ssr.js is ${hydrationBudget} bytes more than the bundle's gzipped size)`);

  const runs = await runsOfBundle();
  const code = runs.map(([, text]) => text).join('');
  if (code !== readFileSync(resolve(root, 'dist/trp-widgets.js'), 'utf8')) console.log('warning: dist/trp-widgets.js differs from a fresh build: run `npm run build` first.');
  const parts = new Map();
  for (const [group, text] of runs) parts.set(group, (parts.get(group) ?? '') + text);
  const whole = gzipSize(code);
  const without = (group) => runs.filter(([name]) => name !== group).map(([, text]) => text).join('');
  const rows = [...parts].sort((a, b) => bytes(b[1]) - bytes(a[1])).map(([group, text]) => [
    group,
    {raw: bytes(text), share: `${((100 * bytes(text)) / bytes(code)).toFixed(0)}%`, 'gzip alone': gzipSize(text), adds: whole - gzipSize(without(group))},
  ]);
  console.table(Object.fromEntries([...rows, ['total', {raw: bytes(code), share: '100%', 'gzip alone': whole, adds: whole}]]));
}
