import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
    terser({
      module: true,
      ecma: 2021,
      compress: {passes: 2},
      format: {comments: false},
    }),
  ],
};
