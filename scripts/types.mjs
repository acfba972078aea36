// Part of `npm run build`: each entry's type declarations, from tsc's build/src/*.d.ts joined by
// rollup-plugin-dts. dist/trp-widgets.d.ts takes in Lit's types (Lit is inside that bundle);
// dist/esm/elements.d.ts and server.d.ts import them from `lit`, the package's own dependency.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {rollup} from 'rollup';
import {dts} from 'rollup-plugin-dts';
import {languageModules} from './locale-modules.mjs';

async function write(path, input, inlineLit) {
  const bundle = await rollup({
    input,
    plugins: [dts({respectExternal: inlineLit})],
    external: inlineLit ? [] : (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)($|\/)/.test(id),
    onwarn: (warning, warn) => warning.code === 'CIRCULAR_DEPENDENCY' || warn(warning),
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  mkdirSync(dirname(path), {recursive: true});
  // Lit's global store of decorator metadata is Lit's business, and could clash with a project's own Lit types.
  writeFileSync(path, output[0].code.replace(/declare global \{\s*var litPropertyMetadata: [^\n]*\n\}\n/, ''));
}

await write('dist/trp-widgets.d.ts', 'build/src/index.d.ts', true);
await write('dist/esm/elements.d.ts', 'build/src/elements.d.ts', false);
await write('dist/esm/server.d.ts', 'build/src/server.d.ts', false);
for (const {locale} of languageModules) writeFileSync(`dist/esm/locales/${locale}.d.ts`, 'export {};\n');
// The editors' plugins: the CKEditor 5 plugin's class (CKEditor's types from `ckeditor5`); the TinyMCE
// plugin exports nothing (it registers with TinyMCE).
await write('dist/editors/ckeditor5.d.ts', 'build/src/editors/ckeditor5.d.ts', false);
writeFileSync('dist/editors/tinymce.d.ts', 'export {};\n');
