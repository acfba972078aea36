// `npm run size`: the raw and gzipped size of dist/trp-widgets.js, of the hydrating bundle for
// server-rendered pages (dist/trp-widgets-ssr.js) and of each language module beside them
// (dist/locales/<code>.js), and what the bundle is made of. Sizes are what `gzip -9`
// gives, the measure the budgets are set in.
//
// It rebuilds the bundle in memory with rollup.config.mjs plus a source map, then gives every
// byte of the minified bundle to the source module it came from (through the map), grouped as:
// Lit, the localize runtime, each locale's strings, each element's code and its styles (the
// `css` templates in src/<element>.ts), and the shared base. Raw bytes add up to the total.
// For each group it gives two gzip figures, since gzip works across the whole file and neither
// adds up to the bundle's: the group compressed alone, and what the group adds to the bundle's
// gzipped size (the bundle gzipped, less the bundle without that group gzipped): what leaving the
// part out would save. The total on the first line is the one the budget checks.
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

/**
 * The budget for dist/trp-widgets.js, in bytes gzipped by `gzip -9`: 18 KB, every element, English
 * and the language loader. test/node/size.test.mjs enforces it, and checks that the README states it.
 */
export const budget = 18432;

/** The budget for each language module beside the bundle, in bytes gzipped. */
export const languageBudget = 3072;

/**
 * Languages written in a script other than Latin, whose letters take two or three bytes in UTF-8
 * (Gurmukhi three): their module may weigh twice the Spanish module, gzipped.
 */
export const nonLatinLanguages = ['pa'];

/** The budget of `locale`'s module beside the bundle, in bytes gzipped, given the Spanish module's size. */
export const languageBudgetOf = (locale, spanish) => (nonLatinLanguages.includes(locale) ? 2 * spanish : languageBudget);

/** What dist/trp-widgets-ssr.js (the bundle and Lit's hydration support) may weigh more than the bundle, gzipped. */
export const hydrationBudget = 2048;

/** A file's size gzipped as `gzip -9 -c FILE` gives it (the file's name in the header included). */
export const gzippedFile = (path) => execFileSync('gzip', ['-9', '-c', path]).length;
/** `npm run size -- --files`: one row per source file instead of per group. */
const byFile = process.argv.includes('--files');
const root = resolve(import.meta.dirname, '..');
const gzipSize = (text) => execFileSync('gzip', ['-9', '-c'], {input: Buffer.from(text)}).length;
const bytes = (text) => Buffer.byteLength(text);

/**
 * The modules of src/ that define an element, from custom-elements.json (`contact-card`), and the
 * element each belongs to. A module named after one (`contact-card.styles`, `contact-card-styles`)
 * counts with it; every other module of src/ is shared.
 */
const elementModules = new Map(
  elementsOf(await readManifest()).map((element) => [element.module.replace(/^src\//, '').replace(/\.ts$/, ''), element.tagName])
);
const elementOf = (name) => [...elementModules].find(([module]) => name === module || name.startsWith(`${module}.`) || name.startsWith(`${module}-`))?.[1];

/** The group a source module belongs to. */
function groupOf(source) {
  const path = relative(root, source).split(sep).join('/');
  if (byFile) return path;
  if (/node_modules\/@lit\/localize\//.test(path)) return 'localize runtime (@lit/localize)';
  if (/node_modules\/tslib\//.test(path)) return 'shared: TypeScript decorator helper (tslib)';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'Lit';
  const locale = path.match(/build\/src\/generated\/locales\/([^/]+)\.js$/);
  if (locale) return `locale ${locale[1]} (strings)`;
  if (path.startsWith('build/src/generated/')) return 'shared: locale list';
  const name = path.match(/^build\/src\/([^/]+)\.js$/)?.[1];
  if (name && elementOf(name)) return `element <${elementOf(name)}>`;
  if (name) return 'shared: base classes, styles, facts';
  return `other: ${path}`;
}

/** For each source file, the [start, end) offsets of its `css` templates, and its line starts. */
const sourceInfo = new Map();
function inCss(source, line, column) {
  if (!sourceInfo.has(source)) {
    const ranges = [];
    let lineStarts = [0];
    try {
      const code = readFileSync(source, 'utf8');
      lineStarts = [0, ...[...code.matchAll(/\n/g)].map((m) => m.index + 1)];
      walk(parseAst(code), {enter: (node) => {
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
          ranges.push([node.start, node.end]);
        }
      }});
    } catch {
      // Not JavaScript we can read: no styles to tell apart.
    }
    sourceInfo.set(source, {ranges, lineStarts});
  }
  const {ranges, lineStarts} = sourceInfo.get(source);
  const offset = (lineStarts[line] ?? Infinity) + column;
  return ranges.some(([start, end]) => start <= offset && offset < end);
}

/**
 * Builds the bundle in memory with a source map: `{code, parts, without}`, where `parts` maps each
 * group to the minified text that came from it, and `without(group)` is the bundle's text without it.
 */
export async function measure() {
  const bundle = await rollup({...config, onwarn: () => {}});
  const {output} = await bundle.generate({...config.output, sourcemap: true, sourcemapExcludeSources: true});
  await bundle.close();
  const chunk = output.find((item) => item.type === 'chunk');
  const code = chunk.code.replace(/\/\/# sourceMappingURL=[^\n]*\n?$/, '');
  const map = new TraceMap(chunk.map);
  const sources = map.sources.map((source) => resolve(root, 'dist', source));
  const parts = new Map();
  /** The bundle's text in order, as [group, text] runs, to gzip it without one group. */
  const runs = [];
  const add = (group, text) => {
    if (!text) return;
    runs.push([group, text]);
    parts.set(group, (parts.get(group) ?? '') + text);
  };
  const lines = code.split('\n');
  const mappings = decodedMappings(map);
  lines.forEach((text, index) => {
    let column = 0;
    let group = 'other: unmapped';
    // Each mapped segment runs until the next one starts.
    for (const [generatedColumn, sourceIndex, line, sourceColumn] of mappings[index] ?? []) {
      add(group, text.slice(column, generatedColumn));
      column = generatedColumn;
      if (sourceIndex === undefined) continue;
      const source = sources[sourceIndex];
      group = groupOf(source);
      if (group.startsWith('element ')) group += inCss(source, line, sourceColumn) ? ' styles' : ' code';
    }
    add(group, text.slice(column) + (index < lines.length - 1 ? '\n' : ''));
  });
  const without = (group) => runs.filter(([name]) => name !== group).map(([, text]) => text).join('');
  return {code, parts, without};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.on('error', (error) => (error.code === 'EPIPE' ? process.exit(0) : Promise.reject(error)));
  const dist = readFileSync(resolve(root, 'dist/trp-widgets.js'), 'utf8');
  const {code, parts, without} = await measure();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  const total = gzippedFile(resolve(root, 'dist/trp-widgets.js'));
  console.log(`dist/trp-widgets.js: ${bytes(dist)} bytes raw (${kb(bytes(dist)).trim()}), ${total} bytes gzipped (${kb(total).trim()}); budget ${budget} bytes gzipped: ${total <= budget ? `${budget - total} bytes left` : `OVER by ${total - budget} bytes`}`);
  // The hydrating bundle, for server-rendered pages only: what hydration adds to the bundle.
  const ssr = gzippedFile(resolve(root, 'dist/trp-widgets-ssr.js'));
  console.log(`dist/trp-widgets-ssr.js: ${bytes(readFileSync(resolve(root, 'dist/trp-widgets-ssr.js')))} bytes raw, ${ssr} bytes gzipped (${kb(ssr).trim()}): the bundle and Lit's hydration support, ${ssr - total} bytes more; budget ${hydrationBudget} more: ${ssr - total <= hydrationBudget ? `${hydrationBudget - (ssr - total)} bytes left` : `OVER by ${ssr - total - hydrationBudget} bytes`}`);
  const spanish = gzippedFile(resolve(root, 'dist/locales/es.js'));
  for (const locale of separateLanguages) {
    const file = `dist/locales/${locale}.js`;
    const size = gzippedFile(resolve(root, file));
    const limit = languageBudgetOf(locale, spanish);
    console.log(`${file}: ${bytes(readFileSync(resolve(root, file)))} bytes raw, ${size} bytes gzipped; budget ${limit}${limit === languageBudget ? '' : ' (twice Spanish)'}: ${size <= limit ? `${limit - size} bytes left` : `OVER by ${size - limit} bytes`}`);
  }
  if (code !== dist) console.log('warning: dist/trp-widgets.js differs from a fresh build: run `npm run build` first.');
  console.log('');
  console.log(`${'part'.padEnd(44)}${'raw'.padStart(9)}${'share'.padStart(7)}${'gzip alone'.padStart(12)}${'adds'.padStart(8)}`);
  const whole = gzipSize(code);
  const rows = [...parts].sort((a, b) => bytes(b[1]) - bytes(a[1]));
  for (const [group, text] of rows) {
    const adds = whole - gzipSize(without(group));
    console.log(`${group.padEnd(44)}${String(bytes(text)).padStart(9)}${`${((100 * bytes(text)) / bytes(code)).toFixed(0)}%`.padStart(7)}${String(gzipSize(text)).padStart(12)}${String(adds).padStart(8)}`);
  }
  console.log(`${'total'.padEnd(44)}${String(bytes(code)).padStart(9)}${'100%'.padStart(7)}${String(whole).padStart(12)}${String(whole).padStart(8)}`);
  console.log('');
  console.log('Raw bytes are exact and add up. "gzip alone" compresses each part by itself; "adds" is what the part');
  console.log('adds to the gzipped bundle (the bundle gzipped, less the bundle without the part gzipped): what leaving');
  console.log('it out would save. Neither adds up to the total, since gzip shares repeats across the whole file.');
  console.log('The budget is the total on the first line.');
}
