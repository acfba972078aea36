// `npm run manifest` (part of `npm run build`): docs/api.md, the API reference of every element and of the
// functions the package exports, written from custom-elements.json so that it cannot drift from the
// code's JSDoc.
// test/node/package.test.mjs fails when docs/api.md is not what this script writes.
import {writeFileSync} from 'node:fs';
import {elementsOf, functionsOf, readManifest} from '../test/support/manifest.mjs';

/** Text for a Markdown table cell: one line, pipes escaped. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${text}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

/** docs/api.md's text for a Custom Elements Manifest. */
export function renderApi(manifest) {
  const elements = elementsOf(manifest);
  const functions = functionsOf(manifest);
  const lines = [
    '# API reference',
    '',
    '<!-- Written by scripts/api-docs.mjs from custom-elements.json (`npm run build`). Do not edit: change the JSDoc in src/. -->',
    '',
    ...elements.map((element) => `- [\`<${element.tagName}>\`](#${element.tagName})`),
    ...(functions.length ? ['- [Functions](#functions)'] : []),
    '',
  ];
  for (const element of elements) {
    const publicFields = (element.members ?? []).filter(
      (member) => member.kind === 'field' && !member.privacy && !member.static && !member.name.startsWith('#')
    );
    const methods = (element.members ?? []).filter(
      (member) => member.kind === 'method' && !member.privacy && !member.static && !member.name.startsWith('#')
    );
    lines.push(
      `## \`<${element.tagName}>\``,
      '',
      ...(element.summary ? [cell(element.summary), ''] : []),
      ...(element.description ? [element.description.trim(), ''] : []),
      `Class: \`${element.name}\`.`,
      ''
    );
    const section = (title, headers, rows) => {
      const body = table(headers, rows);
      if (body.length) lines.push(`### ${title}`, '', ...body);
    };
    section(
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'description'],
      (element.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description])
    );
    section(
      'Properties',
      ['property', 'attribute', 'type', 'default', 'description'],
      publicFields.map((f) => [code(f.name), code(f.attribute), code(f.type?.text), code(f.default), f.description])
    );
    section(
      'Methods',
      ['method', 'description'],
      methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), m.description])
    );
    section('Events', ['event', 'type', 'description'], (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]));
    section('Slots', ['slot', 'description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]));
    section('CSS parts', ['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), p.description]));
    section(
      'CSS custom properties',
      ['property', 'default', 'description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description])
    );
  }
  if (functions.length) {
    lines.push('## Functions', '', "Exported by the package: `import {…} from 'trp-widgets'`.", '');
    for (const fn of functions) {
      const parameters = fn.parameters ?? [];
      lines.push(`### \`${fn.name}(${parameters.map((p) => p.name).join(', ')})\``, '', ...(fn.description ? [fn.description.trim(), ''] : []));
      lines.push(
        ...table(['parameter', 'type', 'default', 'description'], parameters.map((p) => [code(p.name), code(p.type?.text), code(p.default), p.description])),
        ...(fn.return?.type?.text && fn.return.type.text !== 'void' ? [`Returns \`${fn.return.type.text}\`.`, ''] : [])
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../docs/api.md', import.meta.url), renderApi(await readManifest()));
}
