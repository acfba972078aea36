// The test server's pages (web-test-runner.config.mjs serves them): partner pages under the strict
// policy, pages served from a folder of their own with the bundle and its language modules, and
// server-rendered pages made per request as a partner's server makes them.
import {readFile} from 'node:fs/promises';
import {randomBytes} from 'node:crypto';
import {noncePolicy, strictPolicy} from './strict-csp.mjs';
import {partnerPage} from '../host/pages.mjs';

const read = (path, encoding) => readFile(new URL(`../../${path}`, import.meta.url), encoding);
/** A second copy of Lit needs its own `lit-html` policy, as the README tells partners. */
const twicePolicy = `${strictPolicy} 'allow-duplicates'`;
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function sendPage(context, policy, body) {
  context.set('Content-Security-Policy', policy);
  context.set('Cache-Control', 'no-store');
  context.type = 'html';
  context.body = body;
}

/** test/host/`name`.html: a page of test/host/pages.mjs, or the file. */
const pageSource = async (name) => partnerPage(name) ?? (await read(`test/host/${name}.html`, 'utf8'));

/** test/host/*.html stand in for partner pages: as they are, strict policy, no injected web-socket script. */
export async function hostPages(context, next) {
  const name = context.path.match(/^\/test\/host\/([\w-]+)\.html$/)?.[1];
  if (!name) return next();
  sendPage(context, name === 'twice' ? twicePolicy : strictPolicy, await pageSource(name));
}

let staticFragments;
/** dist/static/ as `npm run static` writes it, once per run: `{fragments, hashes}` (style-hashes.txt). */
const staticOutput = () =>
  (staticFragments ??= import('../../scripts/static.mjs').then(async ({writeStatic}) => ({
    fragments: await writeStatic(),
    hashes: (await read('dist/static/style-hashes.txt', 'utf8')).trim(),
  })));

/**
 * Server-rendered pages for test/server-rendering.test.ts, made per request as a partner's server
 * makes them: `/test/ssr/page.html?tag=trp-guide&lang=es&render=server&script=ssr&scheme=dark`.
 * - `tag` (repeatable), `lang` (the page's too, unless `page-lang`), `TAG.NAME=VALUE` an attribute.
 * - `render`: `server` (default; render() from dist/esm/server.js, a fresh style nonce), `static`
 *   (dist/static/<lang>/ fragments, the style hashes; `lang` only) or `client` (bare tags).
 * - `script`: `ssr` (dist/trp-widgets-ssr.js), `plain` (dist/trp-widgets.js), `none` (default).
 * - `module`: a language module the page loads before the bundle; `scheme`: `<meta name="color-scheme">`;
 *   `axe=1`: loads axe-core.
 * test/host/monitor.js runs first, test/ssr/watch.js after the elements; `/test/ssr/left.html` is where
 * a quick exit leaves for.
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
      const {render} = await import('../../dist/esm/server.js');
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
  sendPage(context, strictPolicy.replace("style-src 'self'", `style-src 'self'${styleSources}`), `<!doctype html>
<html lang="${escapeHtml(query.get('page-lang') ?? lang ?? 'en')}">
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
`);
  return undefined;
}

/**
 * Partner pages loading dist/ from a folder of their own (test/support/host-pages.ts):
 * `/delivery/RUN/MODE/PAGE.html` is test/host/PAGE.html, `{{sha384 FILE}}` replaced by dist/FILE's
 * integrity value; under it, `…/trp-widgets.js` and `…/locales/CODE.js` are dist's, the latter as
 * MODE says (`ok`; `missing`: 404; `held`: until `/delivery-release/RUN`). `/delivery-requests/RUN`
 * lists the run's requests. `twice` pages allow a second Lit policy; `nonce` pages get a nonce
 * policy (`?strict-dynamic`: with 'strict-dynamic').
 */
const delivered = new Map();
const held = new Map();
const released = new Set();

export async function delivery(context, next) {
  const control = context.path.match(/^\/delivery-(release|requests)\/([\w-]+)$/);
  if (control) {
    const [, action, run] = control;
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
  delivered.set(run, [...(delivered.get(run) ?? []), `${context.path}${context.search}`]);
  context.set('Cache-Control', 'no-store');
  const page = file.match(/^([\w-]+)\.html$/)?.[1];
  if (page) {
    let policy = page.includes('twice') ? twicePolicy : page.includes('nonce') ? noncePolicy('trp-test') : strictPolicy;
    if (context.query['strict-dynamic'] !== undefined) policy = policy.replace("'nonce-trp-test'", "'nonce-trp-test' 'strict-dynamic'");
    const source = await pageSource(page);
    const pattern = /\{\{sha384 ([\w./-]+)\}\}/g;
    const values = await Promise.all([...source.matchAll(pattern)].map(async ([, path]) => (await read(`dist/${path}.sha384`, 'utf8')).trim()));
    sendPage(context, policy, source.replace(pattern, () => values.shift()));
    return;
  }
  const locale = file.match(/(?:^|\/)locales\/([\w-]+\.js)$/)?.[1];
  if (!locale && !/(?:^|\/)trp-widgets\.js$/.test(file)) return next();
  if (locale && mode === 'missing') {
    context.status = 404;
    return;
  }
  if (locale && mode === 'held' && !released.has(run)) await new Promise((answer) => held.set(run, [...(held.get(run) ?? []), answer]));
  context.type = 'js';
  context.body = await read(locale ? `dist/locales/${locale}` : 'dist/trp-widgets.js');
}

/**
 * What an editor saved, put on a partner's page: `POST /editor-saved/ID` with the HTML, then
 * `/editor-saved/ID.html` is test/host/strict.html (the bundle, the strict policy) with it in `#host`.
 * `POST /editor-saved/ID.js` first gives the page a script of the site's own, served there, that the
 * page loads (a classic script, as a CMS theme's script file) instead of the bundle's tag.
 */
const saved = new Map();
const bundleTag = '<script type="module" src="/dist/trp-widgets.js"></script>';
export async function editorSaved(context, next) {
  const match = context.path.match(/^\/editor-saved\/([\w-]+)(\.html|\.js)?$/);
  if (!match) return next();
  const [, id, suffix = ''] = match;
  if (context.method === 'POST') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    saved.set(id + suffix, Buffer.concat(chunks).toString('utf8'));
    context.status = 204;
    return undefined;
  }
  if (suffix === '.js' && saved.has(`${id}.js`)) {
    context.type = 'js';
    context.body = saved.get(`${id}.js`);
    return undefined;
  }
  if (suffix !== '.html' || !saved.has(id)) return next();
  let page = (await pageSource('strict')).replace('<main id="host"></main>', `<main id="host">${saved.get(id)}</main>`);
  if (saved.has(`${id}.js`)) {
    if (!page.includes(bundleTag)) throw new Error(`test/host/strict.html no longer has ${bundleTag}`);
    page = page.replace(bundleTag, `<script src="/editor-saved/${id}.js" defer></script>`);
  }
  sendPage(context, strictPolicy, page);
  return undefined;
}
