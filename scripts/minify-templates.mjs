// A rollup plugin that minifies the CSS and HTML inside Lit's `css` and `html` tagged templates of
// our own modules (build/src/), at build time. It only removes what source formatting adds:
//   - CSS: comments, and white space that no CSS parser reads (around `{ } ; , > :` and inside
//     brackets); a `;` before `}`. Strings are copied as they are.
//   - HTML: every run of white space that contains a line break becomes one space. A single space
//     written on one line is never touched, and no space is removed entirely, so inline text reads
//     the same (this is html-minifier's "conservative collapse").
// It leaves alone every template passed to `msg()`: in runtime mode `@lit/localize` finds a
// translation by a hash of the template's exact strings, so changing them would lose the French.
// Templates with expressions keep one space at each expression's side. An `html` template with a
// <pre> or <textarea>, where white space is content, is left as it is.
import MagicString from 'magic-string';
import {walk} from './walk-ast.mjs';

const htmlTags = new Set(['html', 'svg', 'staticHtml']);
const cssTags = new Set(['css']);

/** Collapses source-formatting white space in one static part of an `html` template. */
export function minifyHtmlPart(raw) {
  return raw.replace(/[ \t\r\n\f]*\n[ \t\r\n\f]*/g, ' ');
}

/**
 * Minifies one static part of a `css` template. `first`/`last` say whether the part starts or
 * ends the template (rather than touching an expression), where white space can go entirely.
 */
export function minifyCssPart(raw, {first = true, last = true} = {}) {
  let out = '';
  let pendingSpace = false;
  const noSpaceAfter = '{};,>:(';
  const noSpaceBefore = '{};,>)!';
  for (let i = 0; i < raw.length; ) {
    const c = raw[i];
    if (c === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      i = end === -1 ? raw.length : end + 2;
      pendingSpace = true;
      continue;
    }
    if (/\s/.test(c)) {
      pendingSpace = true;
      i++;
      continue;
    }
    if (pendingSpace) {
      const previous = out[out.length - 1];
      const atStart = out.length === 0;
      if (atStart ? !first : !noSpaceAfter.includes(previous) && !noSpaceBefore.includes(c)) out += ' ';
      pendingSpace = false;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== c) j += raw[j] === '\\' ? 2 : 1;
      out += raw.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += c;
    i++;
  }
  if (pendingSpace && !last) out += ' ';
  return out;
}

const isMsgArgument = (node, parent) =>
  parent?.type === 'CallExpression' &&
  parent.callee.type === 'Identifier' &&
  parent.callee.name === 'msg' &&
  parent.arguments.includes(node);

/** The rollup plugin. `include` picks the module ids to transform. */
export function minifyTemplates({include = (id) => /[\\/]build[\\/]src[\\/]/.test(id) && !/[\\/]generated[\\/]/.test(id)} = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include(id) || !/\b(html|css|svg|staticHtml)\s*`/.test(code)) return null;
      const source = new MagicString(code);
      walk(this.parse(code), (node, parent) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const isHtml = htmlTags.has(node.tag.name);
        if (!isHtml && !cssTags.has(node.tag.name)) return;
        if (isHtml && isMsgArgument(node, parent)) return;
        const quasis = node.quasi.quasis;
        // White space is content inside these: leave such a template as it is.
        if (isHtml && quasis.some((quasi) => /<(pre|textarea)\b/i.test(quasi.value.raw))) return;
        quasis.forEach((quasi, index) => {
          const raw = quasi.value.raw;
          const minified = isHtml
            ? minifyHtmlPart(raw)
            : minifyCssPart(raw, {first: index === 0, last: index === quasis.length - 1});
          if (minified !== raw) {
            if (minified) source.overwrite(quasi.start, quasi.end, minified);
            else source.remove(quasi.start, quasi.end);
          }
        });
      });
      if (!source.hasChanged()) return null;
      return {code: source.toString(), map: source.generateMap({hires: true})};
    },
  };
}
