// `npm start` (after `npm run build`): the demo, loading the built bundle from dist/, on the first
// free port from 8000 (the server's own choice), under the strict policy.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {definitionsOf, readManifest} from './test/support/manifest.mjs';
import {separateLanguages} from './scripts/locale-modules.mjs';
import {strictPolicy} from './test/support/strict-csp.mjs';

const root = new URL('.', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The integrity value the build wrote beside dist/`file`; empty before the first build. */
function integrityOf(file) {
  try {
    return readFileSync(new URL(`dist/${file}.sha384`, root), 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * The demo's elements, from custom-elements.json at each request (the page's policy allows it no
 * requests): tag, summary, attributes (on/off, or the value when absent), custom properties.
 */
export function demoElements(manifest) {
  const unquote = (value) => value?.replace(/^(['"])(.*)\1$/, '$2');
  return definitionsOf(manifest).map((element) => ({
    tag: element.tagName,
    about: element.summary,
    attributes: (element.attributes ?? []).map((a) => ({
      name: a.name,
      ...(a.type?.text === 'boolean' ? {boolean: true} : unquote(a.default) ? {default: unquote(a.default)} : {}),
    })),
    cssProperties: (element.cssProperties ?? []).map((p) => ({name: p.name, ...(p.default ? {default: p.default} : {})})),
  }));
}

export default {
  rootDir: fileURLToPath(root),
  appIndex: 'demo/index.html',
  open: false,
  middleware: [
    // The printed URL is the site root: send it to the demo.
    (context, next) => (context.path === '/' ? context.redirect('/demo/') : next()),
    async (context, next) => {
      await next();
      if (context.path.startsWith('/demo/')) context.set('Content-Security-Policy', strictPolicy);
    },
  ],
  plugins: [
    {
      name: 'trp-demo-elements',
      async serve(context) {
        if (context.path !== '/demo/elements.js') return undefined;
        const elements = demoElements(await readManifest(new URL('custom-elements.json', root)));
        const body = `// Written by web-dev-server.config.mjs from custom-elements.json.\nexport const elements = ${JSON.stringify(elements, null, 2)};\n`;
        return {body, type: 'js', headers: {'Cache-Control': 'no-store'}};
      },
    },
    {
      name: 'trp-demo-release',
      // The release and its files' integrity values, so that copied snippets pin them.
      transform(context) {
        if (!context.response.is('html') || !context.path.startsWith('/demo/')) return undefined;
        const integrity = (name, file) => `data-integrity${name}="${integrityOf(file)}"`;
        const attributes = [`data-version="${version}"`, integrity('', 'trp-widgets.js'), `data-locales="${separateLanguages.join(' ')}"`];
        for (const code of separateLanguages) attributes.push(integrity(`-${code}`, `locales/${code}.js`));
        return context.body.replace('data-release=""', attributes.join(' '));
      },
    },
  ],
};
