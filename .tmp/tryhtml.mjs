import {rollup} from 'rollup';
import {execFileSync} from 'node:child_process';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {browserBundle} from '../rollup.config.mjs';
import {ours} from '../scripts/short-message-ids.mjs';
const variants = {
  base: {},
  quotes: {removeAttributeQuotes: true},
  more: {removeAttributeQuotes: true, removeRedundantAttributes: true, sortAttributes: true, sortClassName: true, removeOptionalTags: true},
};
for (const [name, extra] of Object.entries(variants)) {
  const plugins = browserBundle.plugins.filter((p) => !['trp-integrity', 'trp-node-entry'].includes(p.name)).map((p) =>
    p.name === 'minify-html-literals' || /minify/.test(p.name) && p.name !== 'terser' ? minifyHtmlLiterals({filter: (id) => ours(id) && !/[\\/]generated[\\/]/.test(id), failOnError: true, options: {minifyOptions: {...extra}}}) : p);
  console.log(plugins.map(p=>p.name).join(','));
  const bundle = await rollup({...browserBundle, plugins, onwarn() {}});
  const {output} = await bundle.generate(browserBundle.output);
  const code = output[0].code;
  console.log(name, code.length, execFileSync('gzip', ['-9', '-c'], {input: code}).length);
}
