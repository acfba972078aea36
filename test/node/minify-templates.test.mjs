// The build minifies the CSS and HTML in Lit's templates (scripts/minify-templates.mjs). What it
// may change is only source formatting; these cases are where a careless minifier breaks pages.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rollup} from 'rollup';
import {minifyCssPart, minifyHtmlPart, minifyTemplates} from '../../scripts/minify-templates.mjs';

test('CSS: drops comments and formatting, keeps what a parser reads', () => {
  const css = `
    /* the host */
    :host {
      color: var(--x, #fff);
      margin: calc(var(--_space) * 0.5) 0;
    }
    a:hover, dd :focus-visible > b {
      content: ' (' attr(href) ')';
      width: calc(100% - 2px);
    }
    @media (max-width: 22rem) and (prefers-color-scheme: dark) {
      dd + dt { margin: 0 !important; }
    }
  `;
  assert.equal(
    minifyCssPart(css),
    ":host{color:var(--x,#fff);margin:calc(var(--_space) * 0.5) 0}a:hover,dd :focus-visible>b{content:' (' attr(href) ')';width:calc(100% - 2px)}@media (max-width:22rem) and (prefers-color-scheme:dark){dd + dt{margin:0!important}}"
  );
});

test('CSS: keeps a space where a part meets an expression', () => {
  assert.equal(minifyCssPart('\n  a { color: ', {first: true, last: false}), 'a{color: ');
  assert.equal(minifyCssPart(' ; }\n', {first: false, last: true}), ' }');
});

test('HTML: line breaks and indentation become one space; spaces on a line stay', () => {
  assert.equal(minifyHtmlPart('\n  <p>\n    Call  us\n  </p>\n'), ' <p> Call  us </p> ');
  assert.equal(minifyHtmlPart('<a\n   class="x"\n   href='), '<a class="x" href=');
});

test('the plugin leaves msg() templates alone, whose strings are their translation ids', async () => {
  const source = [
    "import {css, html} from 'lit';",
    "import {msg} from '@lit/localize';",
    'export const a = html`<p>\n  ${1}\n</p>`;',
    'export const b = msg(html`Call\n  ${1}`);',
    'export const c = css`a {\n  color: red;\n}`;',
    'export const d = html`<pre>\n  kept\n</pre>`;',
  ].join('\n');
  const bundle = await rollup({
    input: 'entry',
    external: ['lit', '@lit/localize'],
    plugins: [
      {name: 'entry', resolveId: (id) => (id === 'entry' ? '/x/build/src/entry.js' : null), load: (id) => (id === '/x/build/src/entry.js' ? source : null)},
      minifyTemplates(),
    ],
  });
  const {output} = await bundle.generate({format: 'es'});
  const code = output[0].code;
  assert.match(code, /html`<p> \$\{1\} <\/p>`/);
  assert.match(code, /msg\(html`Call\n {2}\$\{1\}`\)/);
  assert.match(code, /css`a\{color:red\}`/);
  assert.match(code, /html`<pre>\n {2}kept\n<\/pre>`/);
});
