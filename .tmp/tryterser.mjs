import {rollup} from 'rollup';
import {execFileSync} from 'node:child_process';
import terser from '@rollup/plugin-terser';
import {browserBundle} from '/work/main/rollup.config.mjs';
const variants = {
  base: {module: true, ecma: 2022, compress: {passes: 3}, format: {comments: false}},
  unsafe: {module: true, ecma: 2022, compress: {passes: 3, unsafe_arrows: true, unsafe_methods: true, unsafe_comps: true, pure_getters: true, keep_fargs: false, unsafe: true}, format: {comments: false}},
  safeish: {module: true, ecma: 2022, compress: {passes: 3, pure_getters: true, keep_fargs: false, unsafe_arrows: true}, format: {comments: false}},
};
for (const [name, options] of Object.entries(variants)) {
  const plugins = browserBundle.plugins.filter((p) => !['terser', 'trp-integrity', 'trp-node-entry'].includes(p.name));
  const bundle = await rollup({...browserBundle, plugins: [...plugins, terser(options)], onwarn() {}});
  const {output} = await bundle.generate(browserBundle.output);
  const code = output[0].code;
  console.log(name, code.length, execFileSync('gzip', ['-9', '-c'], {input: code}).length);
}
