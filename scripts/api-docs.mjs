// `npm run manifest`: writes the API blocks of the docs from custom-elements.json, between
// `<!-- api -->` and `<!-- /api -->`, so that every attribute, property, event, part and custom
// property is written once, in the JSDoc. (@custom-elements-manifest/to-markdown was tried: it lists
// protected members and escapes the Markdown inside descriptions.)
import {readFileSync, writeFileSync} from 'node:fs';
import {classesOf, elementsOf, functionsOf, readManifest} from '../test/support/manifest.mjs';

export const start = '<!-- api -->';
export const end = '<!-- /api -->';
const notice = '<!-- Written by `npm run manifest` from the JSDoc in src/: do not edit. -->';

/** Text for a Markdown table cell: one line, pipes escaped. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${text}\`` : '');
const isPublic = (member) => !member.privacy && !member.static && !member.name.startsWith('#');

function section(title, headers, rows) {
  if (rows.length === 0) return [];
  return [`### ${title}`, '', `| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''];
}

/** The custom properties every element takes from its base classes: documented on the theming page. */
function sharedProperties(manifest) {
  const classes = classesOf(manifest);
  const bases = new Set();
  for (const element of elementsOf(manifest)) {
    for (let c = classes.get(element.superclass?.name); c; c = classes.get(c.superclass?.name)) bases.add(c);
  }
  return new Map([...bases].flatMap((base) => (base.cssProperties ?? []).map((property) => [property.name, property])));
}

function elementBlock(element, shared) {
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const methods = (element.members ?? []).filter((member) => member.kind === 'method' && isPublic(member));
  const own = (element.cssProperties ?? []).filter((property) => !shared.has(property.name));
  return [
    `Class \`${element.name}\` (\`${element.module}\`).`,
    '',
    ...section('Attributes', ['attribute', 'property', 'type', 'default', 'description'], (element.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description])),
    ...section('Properties without an attribute', ['property', 'type', 'description'], fields.filter((f) => !f.attribute).map((f) => [code(f.name), code(f.type?.text), f.description])),
    ...section('Methods', ['method', 'description'], methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), m.description])),
    ...section('Events', ['event', 'type', 'description'], (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description])),
    ...section('Slots', ['slot', 'description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description])),
    ...section('CSS parts', ['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), p.description])),
    ...section('CSS custom properties', ['property', 'default', 'description'], own.map((p) => [code(p.name), code(p.default), p.description])),
    `It also takes the shared custom properties of [Theming](../theming.md#custom-properties)${own.length ? '' : ', and none of its own'}.`,
  ];
}

function themingBlock(shared) {
  return section('Custom properties', ['property', 'default', 'description'], [...shared.values()].map((p) => [code(p.name), code(p.default), p.description])).slice(2);
}

function functionsBlock(manifest) {
  return functionsOf(manifest).flatMap((fn) => {
    const parameters = fn.parameters ?? [];
    return [
      `### \`${fn.name}(${parameters.map((p) => p.name).join(', ')})\``,
      '',
      ...(fn.description ? [fn.description.trim(), ''] : []),
      ...section('', ['parameter', 'type', 'default', 'description'], parameters.map((p) => [code(p.name), code(p.type?.text), code(p.default), p.description])).slice(2),
      ...(fn.return?.type?.text && fn.return.type.text !== 'void' ? [`Returns \`${fn.return.type.text}\`.`, ''] : []),
    ];
  });
}

/** Each docs page with an API block (path from the repository's root), and the block's text. */
export function apiBlocks(manifest) {
  const shared = sharedProperties(manifest);
  const blocks = new Map(elementsOf(manifest).map((element) => [`docs/elements/${element.tagName}.md`, elementBlock(element, shared)]));
  blocks.set('docs/theming.md', themingBlock(shared));
  blocks.set('docs/embedding.md', functionsBlock(manifest));
  return new Map([...blocks].map(([path, lines]) => [path, `${start}\n${notice}\n\n${lines.join('\n').trim()}\n${end}`]));
}

/** The block of `text` (a page's Markdown), markers included; throws when the page has none. */
export function blockOf(text, path) {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`${path} has no ${start} … ${end} markers: add them where its API block goes`);
  return text.slice(from, to + end.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [path, block] of apiBlocks(await readManifest())) {
    const file = new URL(`../${path}`, import.meta.url);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(blockOf(text, path), () => block));
  }
}
