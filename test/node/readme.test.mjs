// The README's reference against custom-elements.json: the attribute tables, the "Parts:" lists and
// the custom properties (the Theming tables and an element's own, with their defaults) name exactly
// what the manifest lists, so neither can gain or lose an item without the other.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {classesOf, elementsOf, readManifest} from '../support/manifest.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = await readManifest();
const elements = elementsOf(manifest);
const classes = classesOf(manifest);

/** The README's `## ` sections by title (`` `<trp-guide>` ``, `Theming`, …). */
const sections = new Map(
  read('README.md')
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [title, ...body] = section.split('\n');
      return [title.trim(), body.join('\n')];
    })
);

function section(title) {
  assert.ok(sections.has(title), `the README has no "## ${title}" section`);
  return sections.get(title);
}

/** The text of each `code` span, in order (fenced code blocks left out). */
const codes = (text) => [...text.replace(/^```[^]*?^```/gm, '').matchAll(/`([^`]+)`/g)].map((match) => match[1]);

/** The Markdown tables in `text`: the header's cells, and each row's cells. */
function tables(text) {
  const found = [];
  let current;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    const cells = line.slice(1, line.lastIndexOf('|')).split('|').map((cell) => cell.trim());
    if (!current) found.push((current = {header: cells, rows: []}));
    else if (!cells.every((cell) => /^-+$/.test(cell))) current.rows.push(cells);
  }
  return found;
}

/** The attributes named in the first column of `text`'s attribute tables, each table apart. */
const attributeTables = (text) =>
  tables(text)
    .filter((table) => table.header[0] === 'attribute')
    .map((table) => table.rows.flatMap((row) => codes(row[0])));

const names = (items) => (items ?? []).map((item) => item.name);
const sorted = (list) => [...list].sort();
const superclasses = (declaration) => {
  const chain = [];
  for (let c = classes.get(declaration.superclass?.name); c; c = classes.get(c.superclass?.name)) chain.push(c.name);
  return chain;
};

/** The classes the elements extend, whose items the README documents once for all. */
const bases = [...new Set(elements.flatMap(superclasses))].map((name) => classes.get(name)).filter(Boolean);
const shared = new Map(bases.flatMap((base) => (base.cssProperties ?? []).map((p) => [p.name, p.default])));

test('the README documents, for each element, exactly the attributes the manifest lists', () => {
  // "What every element takes": the attributes of every element, then those of every content element.
  const [everyElement = [], everyContentElement = []] = attributeTables(section('What every element takes'));
  for (const element of elements) {
    const own = attributeTables(section(`\`<${element.tagName}>\``)).flat();
    const isContent = superclasses(element).includes('TrpContentElement');
    const documented = [...everyElement, ...(isContent ? everyContentElement : []), ...own];
    assert.deepEqual(sorted(documented), sorted(names(element.attributes)), `<${element.tagName}>`);
  }
});

test('the README lists, for each element, exactly the parts the manifest lists', () => {
  for (const element of elements) {
    const text = section(`\`<${element.tagName}>\``);
    const start = text.indexOf('Parts:');
    assert.ok(start >= 0, `the README's <${element.tagName}> section has no "Parts:" list`);
    const list = text.slice(start).split(/\n\s*\n/)[0];
    assert.deepEqual(sorted(codes(list)), sorted(names(element.cssParts)), `<${element.tagName}>`);
  }
});

test('the README’s Theming tables give exactly the shared custom properties, with the manifest’s defaults', () => {
  const documented = new Map();
  for (const {header, rows} of tables(section('Theming'))) {
    for (const row of rows) {
      if (header[0] === 'light scheme') {
        const [light, dark] = codes(row[2]);
        documented.set(codes(row[0])[0], light).set(codes(row[1])[0], dark);
      } else if (header[0] === 'property') {
        // A default cell that starts with a value; "unset: …" means no default.
        documented.set(codes(row[0])[0], row[1].startsWith('`') ? codes(row[1])[0] : undefined);
      }
    }
  }
  assert.ok(shared.size > 0);
  const byName = (map) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));
  assert.deepEqual(byName(documented), byName(shared));
});

test('the README gives each element’s own custom properties, with the manifest’s defaults', () => {
  for (const element of elements) {
    const text = section(`\`<${element.tagName}>\``);
    const documented = new Set(codes(text).filter((code) => /^--trp-[\w-]+$/.test(code) && !shared.has(code)));
    const own = (element.cssProperties ?? []).filter((property) => !shared.has(property.name));
    assert.deepEqual(sorted(documented), sorted(names(own)), `<${element.tagName}>`);
    for (const property of own) {
      if (property.default === undefined) continue;
      const given = text.match(new RegExp(`\`${property.name}\` \\(\`([^\`]+)\``))?.[1];
      assert.equal(given, property.default, `<${element.tagName}>: the default of ${property.name}`);
    }
  }
});
