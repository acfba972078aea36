// The docs as a reader meets them: the API blocks are what the manifest says now, every link inside
// them resolves, the size budgets are stated once, and the examples a user would run (the marked code
// blocks, `<!-- tested: NAME -->` before the fence) run as written.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {dirname, join, relative, resolve} from 'node:path';
import {apiBlocks, blockOf} from '../../scripts/api-docs.mjs';
import {budget, hydrationBudget, languageBudget} from '../../scripts/size.mjs';
import {useServerAndBrowser} from '../support/browser-harness.mjs';
import {readManifest} from '../support/manifest.mjs';
import {shadowDomScript} from '../support/shadow-dom.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const docs = readdirSync(join(root, 'docs'), {recursive: true}).filter((p) => p.endsWith('.md')).map((p) => `docs/${p}`);
const pages = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...docs];

/** The code block marked `<!-- tested: name -->` in the page at `path`. */
function example(path, name) {
  const code = read(path).match(new RegExp(`<!-- tested: ${name} -->\\n\`\`\`\\w*\\n([^]*?)\\n\`\`\`\\n`))?.[1];
  assert.ok(code, `${path} has no code block marked <!-- tested: ${name} -->`);
  return code;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
const anchors = (text) => new Set(text.replace(/^```[^]*?^```/gm, '').match(/^#+ .*$/gm)?.map((h) => slug(h.replace(/^#+ /, ''))) ?? []);

test('every API block is what `npm run manifest` writes from custom-elements.json now', async () => {
  const blocks = apiBlocks(await readManifest());
  assert.ok(blocks.size >= 10);
  for (const [path, block] of blocks) assert.equal(blockOf(read(path), path), block, `${path} is stale: run \`npm run manifest\``);
});

test('every relative link and anchor in the README, CONTRIBUTING, CHANGELOG and docs/ resolves', () => {
  const broken = [];
  for (const page of pages) {
    const text = read(page).replace(/^```[^]*?^```/gm, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) {
        broken.push(`${page}: ${target} (the docs link only to the repository's own files)`);
        continue;
      }
      const [file, anchor] = target.split('#');
      const path = file ? relative(root, resolve(root, dirname(page), file)) : page;
      let linked;
      try {
        linked = read(path);
      } catch {
        broken.push(`${page}: ${target} (no file ${path})`);
        continue;
      }
      if (anchor && !anchors(linked).has(anchor)) broken.push(`${page}: ${target} (no heading #${anchor} in ${path})`);
    }
  }
  assert.deepEqual(broken, []);
});

test('every page opens with its title, and has no other', () => {
  for (const page of pages) {
    const titles = read(page).replace(/^```[^]*?^```/gm, '').match(/^# .*/gm) ?? [];
    assert.ok(read(page).startsWith('# ') && titles.length === 1, `${page}: ${titles.length} titles`);
  }
});

test('the README stays a front door: the two commands first, at most about 200 lines', () => {
  const readme = read('README.md');
  assert.ok(readme.split('\n').length <= 210);
  const firstBlock = readme.match(/```sh\n([^]*?)```/)?.[1] ?? '';
  assert.match(firstBlock, /^npm install && npm start\b/m);
  assert.match(firstBlock, /^npm test\b/m);
});

test('docs/size.md states each size budget, and no other page states one', () => {
  const grouped = (n) => n.toLocaleString('en-US');
  const section = read('docs/size.md').replace(/\s+/g, ' ');
  assert.ok(section.includes(`The budget is **${grouped(budget)} bytes gzipped**`), 'docs/size.md states another budget');
  assert.ok(section.includes(`a budget of **${grouped(languageBudget)} bytes gzipped**`), 'docs/size.md states another language-module budget');
  assert.ok(section.includes(`a budget of **${grouped(hydrationBudget)} bytes gzipped** more`), 'docs/size.md states another budget for the hydrating bundle');
  for (const page of pages) {
    const stated = [...read(page).matchAll(/budget\D{0,20}?(\d{1,3}(?:,\d{3})+|\d{4,})/gi)].map((match) => match[1]);
    const expected = page === 'docs/size.md' ? [budget, languageBudget, hydrationBudget].map(grouped) : [];
    assert.deepEqual(stated, expected, `${page} states a budget more than once, or another budget`);
  }
});

test('the Eleventy shortcode renders the element with its styles, and records their hashes', async () => {
  const file = join(root, 'build/docs-examples/eleventy.config.mjs');
  mkdirSync(dirname(file), {recursive: true});
  writeFileSync(file, example('docs/server-rendering.md', 'eleventy'));
  const shortcodes = new Map();
  const handlers = new Map();
  const copies = [];
  const eleventyConfig = {
    addShortcode: (name, fn) => shortcodes.set(name, fn),
    on: (event, fn) => handlers.set(event, fn),
    addPassthroughCopy: (copy) => copies.push(copy),
  };
  (await import(file)).default(eleventyConfig);
  const html = shortcodes.get('trp')('trp-guide', {lang: 'es', province: 'BC'});
  assert.ok(/<trp-guide\s+lang="es" province="BC"><template[^>]* shadowrootmode="open"><style>/.test(html), 'the guide, rendered with its styles');
  assert.ok(html.includes('¿Necesita ayuda ahora?'), 'in Spanish');
  const output = join(root, 'build/docs-examples');
  handlers.get('eleventy.after')({dir: {output}});
  assert.match(read('build/docs-examples/trp-style-src.txt'), /^'sha256-[\w+/]+=*'( 'sha256-[\w+/]+=*')*\n$/);
  for (const copy of copies) for (const from of Object.keys(copy)) assert.ok(from.startsWith('node_modules/trp-widgets/dist/'), from);
});

/** A free TCP port on this machine. */
const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, () => {
      const {port} = server.address();
      server.close(() => done(port));
    });
  });

describe('in Chromium', () => {
  const harness = useServerAndBrowser({rootDir: root});
  const dist = (path) => readFileSync(join(root, 'dist', path));
  const integrity = (path) => read(`dist/${path}.sha384`).trim();

  /**
   * Opens `html` as a page of https://partner.example/, with the example CDN's files answered from
   * dist/, and waits until the element `selector` shows `text`, in the language `lang`.
   */
  async function openWithCdn(html, selector, text, lang) {
    const page = await harness.browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.host === 'partner.example') return request.respond({contentType: 'text/html', body: html});
      const file = url.host === 'cdn.example.org' && url.pathname.replace(/^\/trp-widgets@[\d.]+\//, '');
      if (file) return request.respond({contentType: 'text/javascript', headers: {'Access-Control-Allow-Origin': '*'}, body: dist(file)});
      return request.abort();
    });
    await page.goto('https://partner.example/');
    const dom = await page.evaluateHandle(shadowDomScript);
    const shown = (dom, selector, text, lang) => {
      const element = document.querySelector(selector);
      return element?.shadowRoot?.querySelector('[part~="base"]')?.lang === lang && dom.textOf(element).includes(text);
    };
    await page
      .waitForFunction(shown, {timeout: 10_000}, dom, selector, text, lang)
      .catch(() => assert.fail(`${selector} does not show “${text}” in ${lang}: ${problems.join('; ')}`));
    await page.close();
    assert.deepEqual(problems, []);
  }

  /** The value of `name` in the first tag of `html` that has it. */
  const attribute = (html, name) => html.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

  const withIntegrity = (html) => html.replace(/sha384-…the contents of dist\/([\w/.-]+)\.sha384…/g, (_, path) => integrity(path));

  test('the README’s embed: the bundle pinned by its integrity value upgrades the element, in French', async () => {
    const embed = example('README.md', 'embed');
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>Partner</title></head><body>${withIntegrity(embed)}</body></html>`;
    await openWithCdn(page, 'trp-contact-card', attribute(embed, 'org-name'), attribute(embed, 'lang'));
  });

  test('the placeholder: a <div data-trp> on a page with the bundle becomes its element', async () => {
    const bundle = `<script type="module" src="https://cdn.example.org/trp-widgets@0.1.0/trp-widgets.js" integrity="${integrity('trp-widgets.js')}" crossorigin="anonymous"></script>`;
    const placeholder = example('docs/embedding.md', 'placeholder');
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS</title>${bundle}</head><body>${placeholder}</body></html>`;
    await openWithCdn(page, 'div[data-trp] > trp-contact-card', attribute(placeholder, 'data-org-name'), attribute(placeholder, 'data-lang'));
  });

  test('the portal server answers with the page under its nonce and serves trp-widgets-ssr.js, which hydrates the guide', async () => {
    const file = join(root, 'build/docs-examples/portal-server.mjs');
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, example('docs/server-rendering.md', 'portal-server'));
    const port = await freePort();
    const server = spawn(process.execPath, [file], {env: {...process.env, PORT: String(port)}, stdio: 'inherit'});
    try {
      const base = `http://localhost:${port}`;
      let script;
      for (let tries = 0; !script && tries < 50; tries++) {
        script = await fetch(`${base}/trp-widgets/0.1.0/trp-widgets-ssr.js`).catch(() => new Promise((done) => setTimeout(done, 100)));
      }
      assert.equal(script.status, 200);
      assert.match(script.headers.get('content-type'), /^text\/javascript/);
      assert.equal(Buffer.from(await script.arrayBuffer()).toString(), dist('trp-widgets-ssr.js').toString());

      const page = await harness.browser.newPage();
      const problems = [];
      page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
      page.on('pageerror', (error) => problems.push(error.message));
      const response = await page.goto(`${base}/fr/trafficking`, {waitUntil: 'networkidle0'});
      assert.match(response.headers()['content-security-policy'], /style-src 'self' 'nonce-[\w+/]+=*'/);
      // Hydrated: the guide's language menu works, which only the script does.
      await page.waitForFunction(() => customElements.get('trp-guide') && customElements.get('trp-locale-fr'), {timeout: 10_000});
      const dom = await page.evaluateHandle(shadowDomScript);
      await page.evaluate(async (dom) => {
        await dom.settledWithin(document);
        const guide = document.querySelector('trp-guide');
        const spanish = dom.elementsWithin(guide.shadowRoot).find((e) => e.part.contains('language') && e.lang === 'es');
        spanish.click();
        await dom.settledWithin(document);
      }, dom);
      assert.equal(await page.$eval('trp-guide', (guide) => guide.lang), 'es');
      await page.close();
      assert.deepEqual(problems, []);
    } finally {
      server.kill();
    }
  });
});
