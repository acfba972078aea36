import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {minifyTemplates} from './scripts/minify-templates.mjs';
import {shortMessageIds} from './scripts/short-message-ids.mjs';

/** One self-contained, minified ES module: Lit, the localize runtime and every locale inside. */
export default {
  input: 'build/src/index.js',
  output: {
    file: 'dist/trp-widgets.js',
    format: 'es',
    inlineDynamicImports: true,
    sourcemap: false,
  },
  plugins: [
    nodeResolve({browser: true}),
    shortMessageIds(),
    minifyTemplates(),
    terser({
      module: true,
      ecma: 2022,
      compress: {passes: 3},
      format: {comments: false},
    }),
  ],
};
