import {browsers, engineCommands} from './test/support/engines.mjs';
import {readFile} from 'node:fs/promises';
import {randomBytes} from 'node:crypto';
import {noncePolicy, strictPolicy} from './test/support/strict-csp.mjs';

/** Each copy of Lit needs its own `lit-html` policy (see `twice.html` below). */
const twicePolicy = `${strictPolicy} 'allow-duplicates'`;

/**
 * Host pages (test/host/*.html) stand in for partner pages: sent as they are, with the strict
 * policy, and without the dev server's injected web-socket script (which no partner page has).
 * `twice.html` loads the bundle twice, so its policy lets the second copy of Lit create its
 * policy too, as the README tells partners who may load it twice.
 */
async function hostPages(context, next) {
  if (!/^\/test\/host\/[\w-]+\.html$/.test(context.path)) return next();
  const policy = context.path === '/test/host/twice.html' ? twicePolicy : strictPolicy;
  context.set('Content-Security-Policy', policy);
  context.set('Cache-Control', 'no-store');
  context.type = 'html';
  context.body = await readFile(new URL(`.${context.path}`, import.meta.url), 'utf8');
}

/** `&`, `<`, `>` and `"` as entities: text for an attribute value or an element. */
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let staticFragments;
/**
 * dist/static/ as `npm run static` writes it, written once per test run from the current build:
 * `{fragments, hashes}`, the fragments by `<lang>/<tag>.html` and style-hashes.txt's sources.
 */
function staticOutput() {
  staticFragments ??= import('./scripts/static.mjs').then(async ({writeStatic}) => ({
    fragments: await writeStatic(),
    hashes: (await readFile(new URL('dist/static/style-hashes.txt', import.meta.url), 'utf8')).trim(),
  }));
  return staticFragments;
}

/**
 * Server-rendered pages, made per request in this Node process as a partner's server makes them,
 * for test/server-rendering.test.ts:
 *
 *     /test/ssr/page.html?tag=trp-guide&lang=es&render=server&script=ssr&scheme=dark
 *
 * - `tag` (repeatable): the elements, in order; `lang` is each one's `lang`, and the page's too
 *   (unless `page-lang` gives another); `TAG.NAME=VALUE` gives `<TAG>` the attribute NAME.
 * - `render`: `server` (default) renders them with `render()` from dist/esm/server.js, with a fresh
 *   nonce on their styles, and sends the strict policy plus `style-src 'nonce-…'`; `static` puts in
 *   the fragments of dist/static/<lang>/ (`npm run static`; no attributes but `lang`), under the strict
 *   policy plus the hashes of dist/static/style-hashes.txt; `client` sends the bare tags, for the
 *   bundle to render, under the strict policy alone: the reference the others are compared with.
 * - `script`: `ssr` loads dist/trp-widgets-ssr.js, `plain` dist/trp-widgets.js, `none` (default) nothing.
 * - `module`: a language whose module (dist/locales/<code>.js) the page loads itself, before the bundle.
 * - `scheme`: the page's `<meta name="color-scheme">` (`dark`, `light dark`…); none by default.
 * - `axe=1`: loads axe-core, to check the page as it is (a classic script: it renders nothing).
 *
 * Every page loads test/host/monitor.js first and test/ssr/watch.js after the elements (classic
 * scripts, which run before any module): that one records, from before the bundle runs, every change
 * to the shadow roots, the nodes they hold and the layout shifts. `/test/ssr/left.html` is where a
 * quick exit in these pages may leave for.
 */
export async function serverRenderedPages(context, next) {
  if (context.path === '/test/ssr/left.html') {
    context.type = 'html';
    context.body = '<!doctype html><html lang="en"><head><title>Left</title></head><body><p>You left.</p></body></html>';
    return undefined;
  }
  if (context.path !== '/test/ssr/page.html') return next();
  const query = context.URL.searchParams;
  const tags = query.getAll('tag');
  const lang = query.get('lang') ?? undefined;
  const mode = query.get('render') ?? 'server';
  const attributesOf = (tag) => {
    const attributes = {lang};
    for (const [name, value] of query) if (name.startsWith(`${tag}.`)) attributes[name.slice(tag.length + 1)] = value;
    return attributes;
  };
  let styleSources = '';
  let body;
  try {
    if (mode === 'server') {
      const {render} = await import('./dist/esm/server.js');
      const nonce = randomBytes(16).toString('base64');
      styleSources = ` 'nonce-${nonce}'`;
      body = tags.map((tag) => render(tag, attributesOf(tag), {nonce})).join('\n');
    } else if (mode === 'static') {
      const {fragments, hashes} = await staticOutput();
      styleSources = ` ${hashes}`;
      body = tags.map((tag) => fragments[`${lang ?? 'en'}/${tag}.html`]).join('\n');
    } else {
      const attribute = ([name, value]) => (value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`);
      body = tags.map((tag) => `<${tag}${Object.entries(attributesOf(tag)).map(attribute).join('')}></${tag}>`).join('\n');
    }
  } catch (error) {
    context.status = 400;
    context.body = String(error);
    return undefined;
  }
  const script = {ssr: '/dist/trp-widgets-ssr.js', plain: '/dist/trp-widgets.js'}[query.get('script') ?? 'none'];
  const languageModule = query.get('module');
  const scheme = query.get('scheme');
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    scheme ? `<meta name="color-scheme" content="${escapeHtml(scheme)}">` : '',
    '<title>Server-rendered page</title>',
    '<script src="/test/host/monitor.js"></script>',
    query.get('axe') ? '<script src="/node_modules/axe-core/axe.min.js"></script>' : '',
    languageModule ? `<script type="module" src="/dist/locales/${escapeHtml(languageModule)}.js"></script>` : '',
    script ? `<script type="module" src="${script}"></script>` : '',
  ];
  const pageLang = query.get('page-lang') ?? lang ?? 'en';
  context.set('Content-Security-Policy', strictPolicy.replace("style-src 'self'", `style-src 'self'${styleSources}`));
  context.set('Cache-Control', 'no-store');
  context.type = 'html';
  context.body = `<!doctype html>
<html lang="${escapeHtml(pageLang)}">
<head>
${head.filter(Boolean).join('\n')}
</head>
<body>
<main id="host">
${body}
</main>
<script src="/test/ssr/watch.js"></script>
</body>
</html>
`;
  return undefined;
}

/**
 * Partner pages that load the built bundle and its language modules from a folder of their own,
 * as a site serving a copy of dist/ does: `/delivery/RUN/MODE/PAGE.html` is test/host/PAGE.html, sent
 * with the strict policy, and relative URLs in it (with a version folder, a query string) reach:
 * - `…/trp-widgets.js`: dist/trp-widgets.js;
 * - `…/locales/CODE.js`: dist/locales/CODE.js, as MODE says: `ok` as it is, `missing` answers 404,
 *   `held` answers only once the test asks `/delivery-release/RUN` (a module that takes as long as
 *   the test wants, without the test timing anything).
 * `{{sha384 FILE}}` in a page is the integrity value the build wrote beside dist/FILE. Every request
 * is counted under its RUN (a new one for each page the tests open): `/delivery-requests/RUN`
 * answers them, path and query string, in the order they came. `twice` pages get the policy that
 * lets a second copy of Lit create its policy; `nonce` pages a nonce-based policy instead of 'self'
 * (with `?strict-dynamic`, the variant that also allows what those scripts load).
 */
const delivered = new Map();
const held = new Map();
const released = new Set();

async function delivery(context, next) {
  const release = context.path.match(/^\/delivery-(release|requests)\/([\w-]+)$/);
  if (release) {
    const [, action, run] = release;
    if (action === 'release') {
      released.add(run);
      for (const answer of held.get(run) ?? []) answer();
      held.delete(run);
    }
    context.set('Cache-Control', 'no-store');
    context.body = delivered.get(run) ?? [];
    return;
  }
  const match = context.path.match(/^\/delivery\/([\w-]+)\/(ok|missing|held)\/(.+)$/);
  if (!match) return next();
  const [, run, mode, file] = match;
  if (!delivered.has(run)) delivered.set(run, []);
  delivered.get(run).push(`${context.path}${context.search}`);
  context.set('Cache-Control', 'no-store');
  const page = file.match(/^([\w-]+)\.html$/);
  if (page) {
    const [, name] = page;
    let policy = name.includes('twice') ? twicePolicy : name.includes('nonce') ? noncePolicy('trp-test') : strictPolicy;
    // `?strict-dynamic`: scripts the allowed scripts load are allowed too, whatever their address.
    if (context.query['strict-dynamic'] !== undefined) policy = policy.replace("'nonce-trp-test'", "'nonce-trp-test' 'strict-dynamic'");
    const source = await readFile(new URL(`./test/host/${name}.html`, import.meta.url), 'utf8');
    const integrity = async (_, path) => (await readFile(new URL(`./dist/${path}.sha384`, import.meta.url), 'utf8')).trim();
    const values = await Promise.all([...source.matchAll(/\{\{sha384 ([\w./-]+)\}\}/g)].map((found) => integrity(...found)));
    context.set('Content-Security-Policy', policy);
    context.type = 'html';
    context.body = source.replace(/\{\{sha384 ([\w./-]+)\}\}/g, () => values.shift());
    return;
  }
  const locale = file.match(/(?:^|\/)locales\/([\w-]+\.js)$/);
  const bundle = /(?:^|\/)trp-widgets\.js$/.test(file);
  if (!locale && !bundle) return next();
  if (locale && mode === 'missing') {
    context.status = 404;
    return;
  }
  if (locale && mode === 'held' && !released.has(run)) {
    await new Promise((answer) => held.set(run, [...(held.get(run) ?? []), answer]));
  }
  context.type = 'js';
  context.body = await readFile(new URL(locale ? `./dist/locales/${locale[1]}` : './dist/trp-widgets.js', import.meta.url));
}

/**
 * The tests import Lit's development build (it checks templates and warns about misuse), which
 * announces itself once per test file. Only that announcement is dropped: every other browser
 * log, Lit's own warnings included, is still shown.
 */
function notLitDevModeNotice({type, args}) {
  return !(type === 'warn' && typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.'));
}

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: true,
  filterBrowserLogs: notLitDevModeNotice,
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  middleware: [hostPages, delivery, serverRenderedPages],
  plugins: [engineCommands()],
  // Chromium, Firefox and WebKit (test/support/engines.mjs); BROWSERS=webkit (or firefox,webkit…) for some.
  browsers: await browsers(),
};
