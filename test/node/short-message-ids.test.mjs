// scripts/short-message-ids.mjs: each msg() call gets the number of its entry in the locale's array
// of translations, in every shape of call lit-localize accepts; the browser test test/bundle-text.test.ts checks the
// real bundle reads as the source.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {rollup} from 'rollup';
import {parseAst} from 'rollup/parseAst';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import {shortMessageIds} from '../../scripts/short-message-ids.mjs';
import {walk} from 'estree-walker';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Bundles `entry` (as build/src/entry.js) with a French locale module holding `templates`. */
async function build(entry, templates) {
  const dir = mkdtempSync(join(tmpdir(), 'short-ids-'));
  try {
    const locales = join(dir, 'build/src/generated/locales');
    mkdirSync(locales, {recursive: true});
    const fr = `export const templates = {\n${Object.entries(templates).map(([id, text]) => `  '${id}': \`${text}\`,`).join('\n')}\n};\n`;
    writeFileSync(join(locales, 'fr.js'), fr);
    writeFileSync(join(dir, 'build/src/entry.js'), `${entry}\nexport * from './generated/locales/fr.js';\n`);
    const bundle = await rollup({
      input: join(dir, 'build/src/entry.js'),
      external: ['lit', '@lit/localize'],
      plugins: [shortMessageIds({localesDir: locales})],
    });
    const {output} = await bundle.generate({format: 'es'});
    return output[0].code;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

test('gives the call and the translation the same short id, for each shape of msg()', async () => {
  const hi = generateMsgId('Hi', false);
  const call = generateMsgId(['Call ', ''], true);
  const lang = generateMsgId(['In ', ' languages'], false);
  const described = generateMsgId('Phone', false);
  const code = await build(
    [
      "import {html} from 'lit';",
      "import {msg, str} from '@lit/localize';",
      "export const a = msg('Hi');",
      'export const b = (x) => msg(html`Call ${x}`);',
      'export const c = (n) => msg(str`In ${n} languages`);',
      "export const d = msg('Phone', {desc: 'a label'});",
      "export const e = msg('Anything', {id: 'custom'});",
      "export const f = msg('Not translated');",
    ].join('\n'),
    {[hi]: 'Salut', [call]: 'Composez le ${0}', [lang]: 'En ${0} langues', [described]: 'Téléphone', custom: 'Nimporte'}
  );
  const translations = {[hi]: '`Salut`', [call]: '`Composez le ${0}`', [lang]: '`En ${0} langues`', [described]: '`Téléphone`', custom: '`Nimporte`'};
  // Numbered in the order of their translations: like messages side by side, for gzip.
  const ids = ['custom', call, described, hi, lang];
  ids.sort((a, b) => (translations[a] < translations[b] ? -1 : 1));
  assert.deepEqual(ids, [call, lang, 'custom', hi, described]);
  const short = (id) => ids.indexOf(id);
  assert.match(code, new RegExp(`msg\\('Hi', \\{id: ${short(hi)}\\}\\)`));
  assert.match(code, new RegExp(`msg\\(html\`Call \\$\\{x\\}\`, \\{id: ${short(call)}\\}\\)`));
  assert.match(code, new RegExp(`msg\\(str\`In \\$\\{n\\} languages\`, \\{id: ${short(lang)}\\}\\)`));
  assert.match(code, new RegExp(`msg\\('Phone', \\{id: ${short(described)}, desc: 'a label'\\}\\)`));
  assert.match(code, new RegExp(`msg\\('Anything', \\{id: ${short('custom')}\\}\\)`));
  assert.match(code, /msg\('Not translated'\)/);
  // The translations, as an array in the order of the numbers.
  assert.ok(code.includes(`templates = [${ids.map((id) => translations[id]).join(',')}]`), code);
  assert.doesNotMatch(code, /[hs][0-9a-f]{16}/);
});

test('stops the build on a msg() it cannot read, rather than lose its translation', async () => {
  await assert.rejects(build("import {msg} from '@lit/localize';\nconst text = 'Hi';\nexport const a = msg(text);", {}), /msg\(\) with an argument the build cannot read/);
});

test('runs on the @lit/localize and @lit/localize-tools of one minor version, which the tests below check the internals of', () => {
  for (const name of ['@lit/localize', '@lit/localize-tools']) {
    const range = pkg.devDependencies[name];
    // On 0.x, ^ keeps the minor version: only patches, which the checks below would catch.
    assert.match(range, /^\^0\.\d+\.\d+$/, `${name}: keep it to one minor version ("^0.x.y"), not "${range}"`);
    assert.equal(require(`${name}/package.json`).version.split('.').slice(0, 2).join('.'), range.slice(1).split('.').slice(0, 2).join('.'), `the installed ${name} is not of ${range}: run \`npm ci\``);
  }
  // The tools hash the messages they extract with the same copy of @lit/localize as the build.
  const tools = createRequire(require.resolve('@lit/localize-tools/package.json'));
  assert.equal(tools.resolve('@lit/localize/package.json'), require.resolve('@lit/localize/package.json'));
});

test('replaces the module that hashes messages, where @lit/localize keeps it, with every name the runtime imports from it', () => {
  const path = require.resolve('@lit/localize/internal/id-generation.js');
  assert.ok(existsSync(path), '@lit/localize/internal/id-generation.js is gone');
  const replacement = shortMessageIds().load(path);
  assert.ok(replacement, 'the plugin no longer recognises the module it replaces');
  const provided = parseAst(replacement).body.flatMap((node) => node.declaration?.declarations.map((d) => d.id.name) ?? []);
  // What @lit/localize's own modules import from it must still be there once it is replaced.
  const root = dirname(require.resolve('@lit/localize/package.json'));
  const imported = new Set();
  for (const file of readdirSync(root, {recursive: true}).filter((file) => file.endsWith('.js') && !file.includes('node_modules'))) {
    walk(parseAst(readFileSync(join(root, file), 'utf8')), {enter: (node) => {
      if (node.type === 'ImportDeclaration' && /(^|\/)id-generation\.js$/.test(node.source.value)) {
        for (const specifier of node.specifiers) imported.add(specifier.imported?.name ?? specifier.type);
      }
    }});
  }
  assert.ok(imported.has('generateMsgId'), 'the runtime hashes with generateMsgId');
  assert.deepEqual([...imported].filter((name) => !provided.includes(name)), []);
});

test('replaces the runtime lookup with one that exports what @lit/localize imports from it, and imports only what exists', () => {
  const path = require.resolve('@lit/localize/internal/runtime-msg.js');
  assert.ok(existsSync(path), '@lit/localize/internal/runtime-msg.js is gone');
  const replacement = shortMessageIds().load(path);
  assert.ok(replacement, 'the plugin no longer recognises the module it replaces');
  const ast = parseAst(replacement);
  const provided = ast.body.flatMap((node) => (node.declaration?.id ? [node.declaration.id.name] : []));
  const root = dirname(require.resolve('@lit/localize/package.json'));
  const exportsOf = (file) => {
    const names = [];
    walk(parseAst(readFileSync(join(root, 'internal', file), 'utf8')), {enter: (node) => {
      if (node.type === 'ExportNamedDeclaration') {
        names.push(...(node.declaration?.declarations?.map((d) => d.id.name) ?? []), ...(node.declaration?.id ? [node.declaration.id.name] : []));
      }
    }});
    return names;
  };
  // What the replacement imports, the modules beside it still export.
  for (const node of ast.body.filter((node) => node.type === 'ImportDeclaration')) {
    const names = exportsOf(node.source.value.replace('./', ''));
    for (const specifier of node.specifiers) assert.ok(names.includes(specifier.imported.name), `${node.source.value} no longer exports ${specifier.imported.name}`);
  }
  // What @lit/localize's own modules import from the module it replaces, it provides.
  const imported = new Set();
  for (const file of readdirSync(root, {recursive: true}).filter((file) => file.endsWith('.js') && !file.includes('node_modules'))) {
    walk(parseAst(readFileSync(join(root, file), 'utf8')), {enter: (node) => {
      if (node.type === 'ImportDeclaration' && /(^|\/)runtime-msg\.js$/.test(node.source.value)) {
        for (const specifier of node.specifiers) imported.add(specifier.imported?.name ?? specifier.type);
      }
    }});
  }
  assert.ok(imported.has('runtimeMsg'));
  assert.deepEqual([...imported].filter((name) => !provided.includes(name)), []);
});
