import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = new URL('.', import.meta.url);

/**
 * The strict policy a careful partner site sends (the one the elements are tested under):
 * the demo is served with it, so anything in the demo or the bundle that it blocks shows at once.
 */
export const strictPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The bundle's Subresource Integrity value, written by `npm run build`, for the snippet builder. */
function bundleIntegrity() {
  try {
    return readFileSync(new URL('dist/trp-widgets.js.sha384', root), 'utf8').trim();
  } catch {
    return '';
  }
}

const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** `npm start`: serves the demo, which loads the built bundle from dist/. */
export default {
  rootDir: fileURLToPath(root),
  appIndex: 'demo/index.html',
  open: false,
  port: 8000,
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
      name: 'trp-demo-release',
      // The demo page names the release and its integrity value, so copied snippets pin both.
      transform(context) {
        if (context.response.is('html') && context.path.startsWith('/demo/')) {
          return context.body
            .replace('data-version=""', `data-version="${version}"`)
            .replace('data-integrity=""', `data-integrity="${bundleIntegrity()}"`);
        }
        return undefined;
      },
    },
  ],
};
