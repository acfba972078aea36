import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {definitionsOf, readManifest} from './test/support/manifest.mjs';
import {separateLanguages} from './scripts/locale-modules.mjs';
import {strictPolicy} from './test/support/strict-csp.mjs';

const root = new URL('.', import.meta.url);

/**
 * The Subresource Integrity value `npm run build` wrote beside a file of dist/ (the bundle, or a
 * language module), for the snippet builder; empty before the first build.
 */
function integrityOf(file) {
  try {
    return readFileSync(new URL(`dist/${file}.sha384`, root), 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * The release's attributes for the demo page: its version, the bundle's integrity value, the
 * languages that are modules of their own beside the bundle, and each one's integrity value.
 */
function releaseAttributes() {
  return [
    `data-version="${version}"`,
    `data-integrity="${integrityOf('trp-widgets.js')}"`,
    `data-locales="${separateLanguages.join(' ')}"`,
    ...separateLanguages.map((code) => `data-integrity-${code}="${integrityOf(`locales/${code}.js`)}"`),
  ].join(' ');
}

const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/**
 * The demo's list of elements, from custom-elements.json (read at each request, so a rebuild
 * shows at once): each tag in the order the bundle defines them, its summary, its attributes
 * (whether each is on/off, and the value it has when absent) and its custom properties with
 * their defaults. The page cannot fetch the manifest itself: its policy allows no requests.
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

/**
 * `npm start` (after `npm run build`): serves the demo, which loads the built bundle from dist/, on
 * the first free port from 8000 (the server's own choice), and prints its address.
 */
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
        const manifest = await readManifest(new URL('custom-elements.json', root));
        const body = `// Written by web-dev-server.config.mjs from custom-elements.json.\nexport const elements = ${JSON.stringify(demoElements(manifest), null, 2)};\n`;
        return {body, type: 'js', headers: {'Cache-Control': 'no-store'}};
      },
    },
    {
      name: 'trp-demo-release',
      // The demo page names the release and the integrity values of its files, so copied snippets pin them.
      transform(context) {
        if (context.response.is('html') && context.path.startsWith('/demo/')) {
          return context.body.replace('data-release=""', releaseAttributes());
        }
        return undefined;
      },
    },
  ],
};
