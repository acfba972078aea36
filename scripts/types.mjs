// `npm run types` (part of `npm run build`): the type declarations of each entry, from what tsc
// wrote in build/src/*.d.ts, joined by rollup-plugin-dts:
// - dist/trp-widgets.d.ts, the browser bundle's, in one file that takes in the types of Lit our
//   public classes build on (Lit is inside that bundle, not a dependency of the package);
// - dist/esm/elements.d.ts and dist/esm/server.d.ts, which import Lit's types from `lit`, the
//   project's own Lit that those entries use.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {rollup} from 'rollup';
import {dts} from 'rollup-plugin-dts';
import {languageModules} from './locale-modules.mjs';

async function declarations(input, {inlineLit}) {
  const bundle = await rollup({
    input,
    plugins: [dts({respectExternal: inlineLit})],
    external: inlineLit ? [] : (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)($|\/)/.test(id),
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  return output[0].code;
}

function write(path, code) {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, code);
}

// Lit's global store of decorator metadata is Lit's internal business, not our API; declared
// here too, it could clash with a project's own copy of Lit's types. (Lit's `Symbol.metadata`
// declaration stays: the class types use it, and it merges with TypeScript's own.)
const bundleTypes = await declarations('build/src/index.d.ts', {inlineLit: true});
write('dist/trp-widgets.d.ts', bundleTypes.replace(/declare global \{\s*var litPropertyMetadata: [^\n]*\n\}\n/, ''));

write('dist/esm/elements.d.ts', await declarations('build/src/elements.d.ts', {inlineLit: false}));
write('dist/esm/server.d.ts', await declarations('build/src/server.d.ts', {inlineLit: false}));
for (const {locale} of languageModules) write(`dist/esm/locales/${locale}.d.ts`, 'export {};\n');
