// `npm run types` (part of `npm run build`): dist/trp-widgets.d.ts, the bundle's type declarations
// in one file. tsc has written build/src/*.d.ts; rollup-plugin-dts joins them, and takes in the
// types of Lit that our public classes build on, since Lit is inside the bundle and not a
// dependency of the package.
import {writeFileSync} from 'node:fs';
import {rollup} from 'rollup';
import {dts} from 'rollup-plugin-dts';

const bundle = await rollup({
  input: 'build/src/index.d.ts',
  plugins: [dts({respectExternal: true})],
  onwarn(warning, warn) {
    if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
  },
});
const {output} = await bundle.generate({format: 'es'});
await bundle.close();

// Lit's global store of decorator metadata is Lit's internal business, not our API; declared
// here too, it could clash with a project's own copy of Lit's types. (Lit's `Symbol.metadata`
// declaration stays: the class types use it, and it merges with TypeScript's own.)
const code = output[0].code.replace(/declare global \{\s*var litPropertyMetadata: [^\n]*\n\}\n/, '');
writeFileSync('dist/trp-widgets.d.ts', code);
