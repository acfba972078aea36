// The plugin's files, without WordPress: the blocks against the elements' manifest, what the
// editor script saves, the translations and the readme.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {elementsOf, readManifest} from '../../test/support/manifest.mjs';
import {blocks, loadEditorScript, metadata, serializeBlock} from './editor.mjs';
import {packageData, poMessages} from '../build.mjs';

const plugin = new URL('../plugin/', import.meta.url);
const read = (path) => readFileSync(new URL(path, plugin), 'utf8');
const manifest = await readManifest();
const data = await packageData();
const elements = new Map(elementsOf(manifest).map((element) => [element.tagName, element]));

/** `orgName` → `org-name`, as the plugin names an element's attribute from its block's. */
const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const elementAttributes = (block) => Object.keys(block.attributes).filter((name) => name !== 'label');
const tagOf = (name) => `trp-${name.slice('trp-widgets/'.length)}`;

const settings = {
  bundle: 'https://site.example/wp-content/plugins/trp-widgets/assets/trp-widgets.js?ver=0.1.0',
  integrity: 'sha384-test',
  // What the plugin passes: trp_widgets_languages(), the languages of data.json's exitLabels.
  languages: Object.keys(data.exitLabels),
  blocks: Object.fromEntries([...metadata].map(([name, block]) => [name, elementAttributes(block)])),
  ...data,
};
loadEditorScript(settings);

/** Every attribute of the placeholder `<div>` in `markup`, by name. */
function placeholderAttributes(markup) {
  const div = /<div ([^>]*)>/.exec(markup)[1];
  return Object.fromEntries([...div.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
}

test('there is one block per element, each in the TRP widgets category', () => {
  assert.deepEqual([...metadata.keys()].map(tagOf).sort(), [...elements.keys()].sort());
  for (const block of metadata.values()) {
    assert.equal(block.apiVersion, 3, block.name);
    assert.equal(block.category, 'trp-widgets', block.name);
    assert.equal(block.textdomain, 'trp-widgets', block.name);
    assert.equal(block.editorScript, 'trp-widgets-editor', block.name);
    assert.equal(block.viewScriptModule, 'trp-widgets', block.name);
  }
});

test('each block takes exactly the attributes of its element, with the same types and defaults', () => {
  for (const [name, block] of metadata) {
    const element = elements.get(tagOf(name));
    const own = Object.fromEntries(elementAttributes(block).map((key) => [kebab(key), block.attributes[key]]));
    assert.deepEqual(Object.keys(own).sort(), element.attributes.map((a) => a.name).sort(), name);
    for (const attribute of element.attributes) {
      const schema = own[attribute.name];
      const type = attribute.type?.text ?? 'string';
      const expected = type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : 'string';
      assert.equal(schema.type, expected, `${name} ${attribute.name}`);
      // The manifest writes defaults as source code: 2, false, 'sticky', ''; none means empty.
      const manifestDefault = attribute.default === undefined ? '' : JSON.parse(attribute.default.replace(/^'(.*)'$/, '"$1"'));
      assert.equal(schema.default, manifestDefault, `${name} ${attribute.name} default`);
    }
  }
});

test('the editor saves each block as its placeholder, with a data- attribute for each setting changed', () => {
  const values = {
    lang: 'fr',
    headingLevel: 3,
    hideSource: true,
    province: 'BC',
    orgName: 'Services Havre sûr',
    phone: '613-555-0100',
    email: 'aide@havre.example',
    url: 'https://havre.example/aide',
    hours: 'Lun–ven 9 h–17 h\nSam 10 h–14 h',
    address: '1 rue Principale\nOttawa',
    languages: 'en fr es',
    href: 'https://www.example.org/',
    safetyHref: 'https://havre.example/securite',
    hideNote: true,
    position: 'static',
  };
  for (const [name, block] of metadata) {
    const attributes = Object.fromEntries(elementAttributes(block).map((key) => [key, values[key]]));
    const saved = placeholderAttributes(serializeBlock(name, attributes));
    const expected = {'data-trp': name.slice('trp-widgets/'.length), class: `wp-block-${name.replace('/', '-')}`};
    for (const key of elementAttributes(block)) expected[`data-${kebab(key)}`] = typeof values[key] === 'boolean' ? '' : String(values[key]);
    assert.deepEqual(saved, expected, name);

    // Left at their defaults, the settings are not written: the element has the same defaults.
    assert.deepEqual(placeholderAttributes(serializeBlock(name, {})), {'data-trp': expected['data-trp'], class: expected.class}, name);
  }
});

test('the editor reads each saved block back valid, with the same settings, its text kept only in the placeholder', () => {
  const values = {
    lang: 'fr',
    headingLevel: 4,
    hideSource: true,
    province: 'BC',
    orgName: 'Havre & Cie « sûr » <b>',
    phone: '613-555-0100',
    email: 'aide@havre.example',
    url: 'havre.example/aide',
    hours: 'Lun–ven : 9 h à 17 h\nSam : 10 h',
    address: '1, rue Principale\nOttawa',
    languages: 'en fr es',
    href: 'https://www.example.org/?a=1&b=2',
    safetyHref: 'https://havre.example/securite',
    hideNote: true,
    position: 'static',
    label: 'Sortir',
  };
  for (const [name, block] of metadata) {
    const attributes = Object.fromEntries(Object.keys(block.attributes).map((key) => [key, values[key]]));
    const saved = serializeBlock(name, attributes);
    const [parsed] = blocks.parse(saved);
    assert.equal(parsed.isValid, true, name);
    assert.deepEqual(parsed.attributes, attributes, name);
    // WordPress's HTML filter rewrites text in a block's comment (& becomes &amp;): only numbers stay there.
    const comment = JSON.parse(/^<!-- wp:\S+ (\{.*\}) -->/.exec(saved)?.[1] ?? '{}');
    assert.deepEqual(Object.values(comment).filter((value) => typeof value !== 'number'), [], name);
  }
});

test('the editor writes setting text as text: markup in a setting is escaped in the saved placeholder', () => {
  const saved = serializeBlock('trp-widgets/contact-card', {orgName: '<img src=x onerror=alert(1)>"', phone: '1 & 2'});
  assert.match(saved, /data-org-name="&lt;img src=x onerror=alert\(1\)&gt;&quot;"/);
  assert.match(saved, /data-phone="1 &amp; 2"/);
  assert.doesNotMatch(saved, /<img/);
});

test('the quick exit block keeps a plain link for the moment before the script runs, to a web address only', () => {
  const link = (attributes) => /<a href="([^"]*)">([^<]*)<\/a>/.exec(serializeBlock('trp-widgets/quick-exit', attributes)).slice(1);
  assert.deepEqual(link({href: 'https://www.example.org/'}), ['https://www.example.org/', 'Exit this page']);
  assert.deepEqual(link({href: 'javascript:alert(1)', label: 'Sortir'}), ['https://www.google.com/', 'Sortir']);
  // The default destination is the element's own.
  const elementDefault = /export const defaultExitHref = '([^']+)'/.exec(readFileSync(new URL('../../src/links.ts', import.meta.url), 'utf8'))[1];
  assert.deepEqual(link({}), [elementDefault, 'Exit this page']);
  // In the block's language, as the element says it; the page's language gets the editor's.
  assert.deepEqual(link({lang: 'es-MX'}), [elementDefault, 'Salir de esta página']);
  assert.deepEqual(link({lang: 'fr'}), [elementDefault, 'Quitter cette page']);
  // Read as the element reads it: Filipino is the Tagalog translation; Punjabi in Shahmukhi is English.
  assert.deepEqual(link({lang: 'fil-PH'}), [elementDefault, data.exitLabels.tl]);
  assert.deepEqual(link({lang: 'pa-Arab'}), [elementDefault, data.exitLabels.en]);
  assert.deepEqual(link({lang: 'pa-IN'}), [elementDefault, data.exitLabels.pa]);
  assert.deepEqual(link({lang: 'es', label: 'Salga ya'}), [elementDefault, 'Salga ya']);
  // Taken from the package by the build, not written in the plugin.
  assert.equal(data.exitHref, elementDefault);
  assert.doesNotMatch(read('trp-widgets.php') + read('editor.js'), new RegExp(elementDefault.replace(/[./]/g, '\\$&')));

  // A saved link's text is read back as the block's label, so the block stays valid in another editor language.
  const [parsedLabel] = [blocks.getBlockType('trp-widgets/quick-exit').attributes.label];
  assert.deepEqual(parsedLabel, {type: 'string', source: 'text', selector: 'a', default: ''});
});

/** The strings the plugin's PHP and editor script translate, and its blocks' titles, descriptions and keywords. */
function translatable() {
  const strings = [];
  for (const source of [read('editor.js'), read('trp-widgets.php')]) {
    for (const [, text] of source.matchAll(/__\(\s*'((?:[^'\\]|\\.)*)',\s*'trp-widgets'\s*\)/g)) strings.push({id: text.replace(/\\'/g, "'")});
  }
  // The plugin header's Name, Description and Author, which WordPress translates with the text domain.
  for (const field of ['Plugin Name', 'Description', 'Author']) {
    strings.push({id: new RegExp(`^ \\* ${field}:\\s+(.+)$`, 'm').exec(read('trp-widgets.php'))[1]});
  }
  // The package's provinces and territories, which the editor names with `__()`.
  for (const name of Object.values(data.provinces)) strings.push({id: name});
  for (const block of metadata.values()) {
    strings.push({context: 'block title', id: block.title}, {context: 'block description', id: block.description});
    for (const keyword of block.keywords) strings.push({context: 'block keyword', id: keyword});
  }
  return strings;
}

test('every string of the plugin’s interface has a French translation', () => {
  const french = new Map(poMessages(read('languages/trp-widgets-fr.po')).map((entry) => [`${entry.context ?? ''}|${entry.id}`, entry.text]));
  const strings = translatable();
  assert.ok(strings.length > 60);
  for (const {context, id} of strings) {
    const text = french.get(`${context ?? ''}|${id}`);
    assert.ok(text, `no French for ${context ? `${context}: ` : ''}${id}`);
  }
  // No translation that nothing uses.
  const used = new Set(strings.map(({context, id}) => `${context ?? ''}|${id}`));
  assert.deepEqual([...french.keys()].filter((key) => !used.has(key)), []);
});

test('the French follows Canadian typography: a no-break space before a colon, typographic apostrophes', () => {
  for (const {id, text} of poMessages(read('languages/trp-widgets-fr.po'))) {
    assert.doesNotMatch(text, /'/, `straight apostrophe in ${text}`);
    assert.doesNotMatch(text, /[^\u00a0]:(?!\/\/)/, `a colon without a no-break space before it in ${text}`);
    assert.doesNotMatch(text, /[\u00a0 ][?!;]/, `a space before ? ! ; in ${text}`);
    // The placeholders stay.
    assert.deepEqual(text.match(/%\d?\$?[sd]/g), id.match(/%\d?\$?[sd]/g), text);
  }
});

test('the readme is in WordPress’s format, for the same release and versions as the plugin', () => {
  const readme = read('readme.txt');
  const header = (name, source) => new RegExp(`^(?: \\* )?${name}:\\s*(.+)$`, 'm').exec(source)?.[1].trim();
  const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  assert.match(readme, /^=== TRP widgets ===\n/);
  for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'));
  assert.equal(header('Stable tag', readme), version);
  assert.equal(header('Version', read('trp-widgets.php')), version);
  assert.match(read('trp-widgets.php'), new RegExp(`define\\( 'TRP_WIDGETS_VERSION', '${version}' \\);`));
  for (const name of ['Requires at least', 'Requires PHP']) assert.equal(header(name, readme), header(name, read('trp-widgets.php')), name);
  assert.equal(header('Requires at least', readme), '6.5');
  assert.equal(header('Requires PHP', readme), '7.4');
  // Its short description: one line, at most 150 characters, as the plugin directory takes it.
  const short = readme.split('\n\n')[1];
  assert.ok(!short.includes('\n') && short.length <= 150, short);
});
