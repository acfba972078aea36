// The build minifies the HTML and CSS of Lit's templates with Lit's own rollup plugin
// (@lit-labs/rollup-plugin-minify-html-literals, in rollup.config.mjs), after numbering the messages
// (scripts/short-message-ids.mjs). Only source formatting may go: what a reader sees stays. These
// read the built bundle, and run the build's two plugins on the templates where a careless
// minifier changes text. test/bundle-text.test.ts compares the rendered text in a browser.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {rollup} from 'rollup';
import {parseAst} from 'rollup/parseAst';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import {browserBundle, textInLanguageModulesOnly} from '../../rollup.config.mjs';
import {officialLanguages, separateLanguages} from '../../scripts/locale-modules.mjs';
import {shortMessageIds} from '../../scripts/short-message-ids.mjs';
import {walk} from 'estree-walker';

const root = resolve(import.meta.dirname, '../..');
const bundle = parseAst(readFileSync(join(root, 'dist/trp-widgets.js'), 'utf8'));

/** Every template literal of an AST, with the tag's name when it is tagged. */
function templatesOf(ast) {
  const found = [];
  walk(ast, {enter: (node, parent) => {
    if (node.type === 'TemplateLiteral') found.push({node, tag: parent?.type === 'TaggedTemplateExpression' ? parent.tag.name : undefined});
  }});
  return found;
}

/** A `msg()` call as the bundle has it: its last argument is `{id: N}`. */
const isMessage = (node) =>
  node.type === 'CallExpression' &&
  node.arguments.at(-1)?.type === 'ObjectExpression' &&
  node.arguments.at(-1).properties.some((p) => p.key?.name === 'id' && typeof p.value.value === 'number');

test('keeps a space between two sentences of one paragraph, as in the guide’s introduction', () => {
  const pairs = [];
  for (const {node} of templatesOf(bundle)) {
    node.expressions.forEach((expression, index) => {
      const next = node.expressions[index + 1];
      if (next && isMessage(expression) && isMessage(next)) pairs.push({between: node.quasis[index + 1].value.cooked, template: node});
    });
  }
  const intro = pairs.filter(({template}) => template.quasis.some((quasi) => quasi.value.raw.includes('part="intro"')));
  assert.ok(intro.length > 0, 'the guide’s introduction is two messages in one paragraph');
  // Two messages with only white space between them, in the source, are sentences of one text.
  const adjoining = pairs.filter(({between}) => between.trim() === '');
  assert.ok(adjoining.includes(intro[0]));
  assert.deepEqual(adjoining.map(({between}) => between), adjoining.map(() => ' '), 'sentences run together');
});

/** The pieces of text of each translation in a generated locale module (build/src/generated/locales/), by message id. */
function translationPieces(locale) {
  const ast = parseAst(readFileSync(join(root, `build/src/generated/locales/${locale}.js`), 'utf8'));
  const pieces = [];
  walk(ast, {enter: (node) => {
    if (node.type !== 'Property') return;
    const id = node.key.type === 'Identifier' ? node.key.name : node.key.value;
    const template = node.value.type === 'TaggedTemplateExpression' ? node.value.quasi : node.value;
    if (template.type === 'TemplateLiteral') pieces.push(...template.quasis.map((quasi) => ({id, text: quasi.value.cooked})));
    else if (template.type === 'Literal') pieces.push({id, text: template.value});
  }});
  return pieces;
}

/** Every string in a built file. */
function stringsOf(file) {
  const strings = new Set();
  walk(parseAst(readFileSync(join(root, file), 'utf8')), {enter: (node) => {
    if (node.type === 'Literal' && typeof node.value === 'string') strings.add(node.value);
    if (node.type === 'TemplateElement') strings.add(node.value.cooked);
  }});
  return strings;
}

test('each language module carries every translation exactly as lit-localize wrote it, non-breaking spaces included', () => {
  assert.deepEqual([...separateLanguages].sort(), ['es', 'fr', 'pa', 'tl']);
  for (const locale of separateLanguages) {
    const file = `dist/locales/${locale}.js`;
    const strings = stringsOf(file);
    // An official language's module leaves out the notice that a translation is unofficial.
    const skip = officialLanguages.includes(locale) ? textInLanguageModulesOnly : [];
    const pieces = translationPieces(locale).filter(({id, text}) => text && !skip.includes(id));
    assert.ok(pieces.length > 30, `${locale}: ${pieces.length} pieces of text`);
    if (locale === 'fr') assert.ok(pieces.some(({text}) => text.includes('\u00a0:')), 'French colons, with their no-break space');
    const missing = pieces.filter(({text}) => !strings.has(text)).map(({text}) => text);
    assert.deepEqual(missing, [], `${file}: ${locale} translations it does not carry as they are`);
  }
});

test('dist/trp-widgets.js carries English only: no piece of any translation that differs from the English', () => {
  const strings = stringsOf('dist/trp-widgets.js');
  // The English the code is written in (src/*.ts): a translation may keep an English name as it is.
  const english = readdirSync(join(root, 'src')).filter((name) => name.endsWith('.ts')).map((name) => readFileSync(join(root, 'src', name), 'utf8')).join('\n');
  for (const locale of separateLanguages) {
    const carried = translationPieces(locale).filter(({text}) => text.trim().length > 3 && !english.includes(text) && strings.has(text));
    assert.deepEqual(carried.map(({text}) => text), [], `dist/trp-widgets.js carries ${locale} text`);
  }
});

test('leaves the text of the unofficial-translation notice to the language modules', () => {
  const bundle = readFileSync(join(root, 'dist/trp-widgets.js'), 'utf8');
  assert.doesNotMatch(bundle, /not official|pas officielle/);
  assert.doesNotMatch(readFileSync(join(root, 'dist/locales/fr.js'), 'utf8'), /pas officielle/);
  assert.match(readFileSync(join(root, 'dist/locales/es.js'), 'utf8'), /Esta traducción no es oficial\./);
});

test('leaves no line break or indentation in any template, and the CSS minified', () => {
  const templates = templatesOf(bundle);
  const formatted = templates.map(({node}) => node.quasis.map((quasi) => quasi.value.raw).join('${…}')).filter((text) => /\n|\s{2}/.test(text));
  assert.deepEqual(formatted, []);
  // Lit's `css` tag, named however the minifier renamed it: the tag of the shared styles.
  const cssTag = templates.find(({node}) => node.quasis[0].value.raw.startsWith(':host{'))?.tag;
  assert.ok(cssTag, 'the bundle has styles starting with :host');
  const styles = templates.filter(({tag}) => tag === cssTag).map(({node}) => node.quasis.map((quasi) => quasi.value.raw).join('${…}'));
  assert.ok(styles.length > 5, 'every element’s styles');
  for (const css of styles) {
    // (lightningcss keeps the space after a comma inside a function: `max(1rem, 16px)`.)
    assert.doesNotMatch(css, /\/\*|\s[{};]|[{};:]\s/, `white space or comments left in ${css.slice(0, 60)}…`);
  }
});

test('the build numbers messages before minifying, keeps <pre> as written and spaces between inline content', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'minify-'));
  try {
    const src = join(dir, 'build/src');
    mkdirSync(join(src, 'generated/locales'), {recursive: true});
    writeFileSync(
      join(src, 'entry.js'),
      [
        "import {css, html} from 'lit';",
        "import {msg} from '@lit/localize';",
        'export const call = (x) => msg(html`Call\n    ${x}`);',
        "export const paragraph = html`<p>\n  ${msg('One.')}\n  ${msg('Two.')}\n</p>\n<p>Read <a href=\"/x\">this</a>, <b>now</b>.</p>`;",
        'export const pre = html`<pre>\n  kept\n    as is\n</pre>`;',
        'export const styles = css`\n  /* a comment */\n  a {\n    color: red;\n  }\n`;',
        "export * from './generated/locales/fr.js';",
      ].join('\n')
    );
    // The French of msg(html`Call\n    ${…}`), under the hash of the unminified text.
    const id = generateMsgId(['Call\n    ', ''], true);
    writeFileSync(join(src, 'generated/locales/fr.js'), `import {html} from 'lit';\nexport const templates = {\n  '${id}': html\`Composez le \${0}\`,\n};\n`);
    // The build's plugins, in the build's order; the message numbering reads this project's locales.
    const plugins = browserBundle.plugins
      .filter((plugin) => ['short-message-ids', 'minify-html-literals'].includes(plugin.name))
      .map((plugin) => (plugin.name === 'short-message-ids' ? shortMessageIds({localesDir: join(src, 'generated/locales')}) : plugin));
    assert.equal(plugins.length, 2);
    const build = await rollup({input: join(src, 'entry.js'), external: ['lit', '@lit/localize'], plugins});
    const {output} = await build.generate({format: 'es'});
    await build.close();
    const code = output[0].code;
    assert.match(code, /msg\(html`Call \$\{x\}`, \{id: 0\}\)/, 'the message keeps its number, so its French');
    assert.ok(code.includes("html`<p>${msg('One.')} ${msg('Two.')}</p><p>Read <a href=\"/x\">this</a>, <b>now</b>.</p>`"), code);
    assert.ok(code.includes('html`<pre>\n  kept\n    as is\n</pre>`'), code);
    assert.ok(code.includes('css`a{color:red}`'), code);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
