// The demo page as `npm start` serves it (with the strict Content-Security-Policy), opened in
// headless Chromium: it loads with no errors, passes axe, shows every element in English, French
// and Spanish, and its snippet builder's snippets, pasted into a blank page with the bundle,
// render what its preview showed.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {useServerAndBrowser} from '../support/browser-harness.mjs';
import {elementsOf, readManifest} from '../support/manifest.mjs';
import {shadowDomScript} from '../support/shadow-dom.mjs';
import config from '../../web-dev-server.config.mjs';
import {strictPolicy} from '../support/strict-csp.mjs';
import {separateLanguages} from '../../scripts/locale-modules.mjs';
import {allLocales} from '../../build/src/generated/locale-codes.js';
import {languageName} from '../../build/src/language-tags.js';

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const manifest = await readManifest();

/**
 * A page with nothing but the bundle, as a partner's page would be: pinned with the integrity
 * value the build wrote, as docs/embedding.md's first recipe says (the browser refuses a mismatch).
 */
const integrity = readFileSync(new URL('../../dist/trp-widgets.js.sha384', import.meta.url), 'utf8').trim();
const blankPage = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title>' +
  `<script type="module" src="/dist/trp-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script>` +
  '</head><body><main></main></body></html>';

/**
 * A partner's page made of what the snippet builder gave, served at /test-pasted.html under the
 * strict policy: the script tags in its head (so the browser checks their integrity values), the
 * snippets in its body. Set by `pastePage()`.
 */
let pastedPage = '';

const harness = useServerAndBrowser({
  ...config,
  middleware: [
    (context, next) => {
      if (context.path === '/test-blank.html') {
        context.type = 'html';
        context.body = blankPage;
        return undefined;
      }
      if (context.path === '/test-pasted.html') {
        context.type = 'html';
        context.body = pastedPage;
        context.set('Content-Security-Policy', strictPolicy);
        return undefined;
      }
      return next();
    },
    ...config.middleware,
  ],
});

/** The Subresource Integrity value of a file in dist/, computed from its bytes. */
const integrityOf = (file) =>
  `sha384-${createHash('sha384').update(readFileSync(new URL(`../../dist/${file}`, import.meta.url))).digest('base64')}`;

/** The translation of each English message without placeholders, from xliff/<locale>.xlf. */
function translationsOf(locale) {
  const text = (xml) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const xml = readFileSync(new URL(`../../xliff/${locale}.xlf`, import.meta.url), 'utf8');
  return new Map([...xml.matchAll(/<source>([^<]*)<\/source>\s*<target>([^<]*)<\/target>/g)].map(([, source, target]) => [text(source), text(target)]));
}
const spanish = translationsOf('es');
const french = translationsOf('fr');

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** Where the snippets say the bundle is served from. */
const exampleFolder = `https://cdn.example.org/trp-widgets@${version}/`;
/** A language module's script tag, pinned with the integrity value of dist/locales/<code>.js as built. */
const moduleTag = (code) => `<script type="module" src="${exampleFolder}locales/${code}.js" integrity="${integrityOf(`locales/${code}.js`)}" crossorigin="anonymous"></script>`;
const spanishTag = moduleTag('es');
const frenchTag = moduleTag('fr');
/** The bundle's script tag, pinned with the integrity value of dist/trp-widgets.js as built. */
const bundleTag = `<script type="module" src="${exampleFolder}trp-widgets.js" integrity="${integrityOf('trp-widgets.js')}" crossorigin="anonymous"></script>`;
/** The comment the snippet puts before a language module's tag: optional, and why a page may want it. */
const moduleComment = (code) => new RegExp(`^<!-- Optional\\b[^\\n]*fetches locales/${code}\\.js itself[^\\n]*before the bundle[^\\n]*Subresource Integrity[^\\n]*round trip\\. -->$`);

/**
 * Serves, at /test-pasted.html, a page made of the builder's script tags (served from this
 * server's dist/ instead of the example host) and its snippets.
 */
function pastePage(script, body) {
  // The icon: so that the browser asks for no /favicon.ico, which this server does not have.
  pastedPage = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title><link rel="icon" href="data:,">' +
    `${script.replaceAll(exampleFolder, '/dist/')}</head><body><main>${body}</main></body></html>`;
}

/**
 * Opens a page of the server and records every console error and warning, page error and policy
 * violation, and the path of every file it requests.
 */
async function openPage(path, {width = 1280, scheme = 'light'} = {}) {
  const page = await harness.browser.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${new URL(response.url()).pathname}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
  await page.setViewport({width, height: 900});
  const response = await page.goto(`${harness.base}${path}`, {waitUntil: 'networkidle0'});
  return {page, problems, requests, response};
}

/** Opens the demo (see openPage). */
const openDemo = (options) => openPage('/demo/', options);

/**
 * Waits until each language of `codes` has arrived (its module defines trp-locale-<code>) and the
 * elements have rendered in it: an element waiting for its language has no update pending, so
 * settling alone would not wait for it.
 */
async function languagesArrived(page, problems = [], codes = ['es']) {
  await page.waitForFunction((codes) => codes.every((code) => customElements.get(`trp-locale-${code}`) !== undefined), {}, codes)
    .catch((error) => assert.fail(`${codes.join(', ')} did not arrive (${error.message}): ${problems.join('; ')}`));
  const dom = await page.evaluateHandle(shadowDomScript);
  await page.evaluate((dom) => dom.settledWithin(document), dom);
}

/**
 * The main heading of each element matching `selector` (the button's text for the quick exit:
 * its pieces, each a message, joined by " | "), once the elements on the page have rendered.
 */
async function headings(page, selector) {
  const dom = await page.evaluateHandle(shadowDomScript);
  await page.evaluate((dom) => dom.settledWithin(document), dom);
  return page.$$eval(selector, (elements) => elements.map((element) => {
    const heading = element.shadowRoot?.querySelector('[part="heading"], [part="button"]');
    if (!heading) return '(nothing rendered)';
    const pieces = heading.children.length ? [...heading.children].map((child) => child.textContent) : [heading.textContent];
    return pieces.map((piece) => piece.trim()).filter(Boolean).join(' | ');
  }));
}

/** A heading as `headings()` reads it, translated with `translations`, piece by piece. */
const translated = (heading, translations) =>
  heading.split(' | ').map((piece) => translations.get(piece) ?? `the translation of "${piece}"`).join(' | ');

/**
 * The shadow text of the first element matching `selector`, once the elements on the page have
 * rendered (test/support/shadow-dom.mjs, in the page).
 */
async function shadowText(page, selector) {
  const dom = await page.evaluateHandle(shadowDomScript);
  await page.evaluate((dom) => dom.settledWithin(document), dom);
  return page.$eval(selector, (element, dom) => dom.textOf(element), dom);
}

describe('the demo page', () => {
  test('is served with the strict policy and loads every defined element with no error or violation', async () => {
    const {page, problems, response} = await openDemo();
    assert.equal(response.headers()['content-security-policy'], strictPolicy);
    const tags = ['trp-permit-explainer', 'trp-benefits-list', 'trp-contact-card', 'trp-interview-guide',
      'trp-outcomes', 'trp-pathways', 'trp-quick-exit', 'trp-guide'];
    const found = await page.evaluate((tags) => tags.map((tag) => ({
      tag,
      onPage: document.querySelector(`main ${tag}, body > ${tag}`) !== null,
      defined: customElements.get(tag) !== undefined,
      rendered: [...document.querySelectorAll(tag)].every((el) => !customElements.get(tag) || (el.shadowRoot?.childElementCount ?? 0) > 0),
    })), tags);
    for (const {tag, onPage, rendered} of found) {
      assert.ok(onPage, `${tag} is on the demo page`);
      assert.ok(rendered, `${tag} renders`);
    }
    assert.ok(found.find((f) => f.tag === 'trp-contact-card').defined);
    // Use the switches, the builder and the playground: still nothing goes wrong.
    await page.click('input[name="page-lang"][value="fr"]');
    await page.click('input[name="scheme"][value="dark"]');
    await page.select('#b-element', 'trp-quick-exit');
    await page.select('#b-element', 'trp-contact-card');
    await page.type('#b-org-name', 'Test');
    await page.$eval('#t--trp-color-accent', (input) => {
      input.value = '#005a9c';
      input.dispatchEvent(new Event('input', {bubbles: true}));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('names, in its introduction and its page-language switch, every language of the build', async () => {
    const {page} = await openDemo();
    const lede = await page.$eval('.lede', (p) => p.textContent.replace(/\s+/g, ' '));
    const unnamed = allLocales.map((code) => languageName(code, 'en')).filter((name) => !lede.includes(name));
    assert.deepEqual(unnamed, [], lede);
    const offered = await page.$$eval('input[name="page-lang"]', (inputs) => inputs.map((input) => input.value));
    assert.deepEqual([...offered].sort(), [...allLocales].sort());
    await page.close();
  });

  test('switches the page language between English, French and Spanish, while the pinned cards keep the other two', async () => {
    const {page, problems} = await openDemo();
    const who = {en: 'Who to call', fr: french.get('Who to call'), es: spanish.get('Who to call')};
    // The card that follows the page, then the two pinned ones.
    const cards = '#languages trp-contact-card';
    await languagesArrived(page, problems, ['fr', 'es']);
    assert.deepEqual(await headings(page, cards), [who.en, who.fr, who.es]);
    await page.click('input[name="page-lang"][value="fr"]');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.deepEqual(await headings(page, cards), [who.fr, who.en, who.es]);
    await page.click('input[name="page-lang"][value="es"]');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.deepEqual(await headings(page, cards), [who.es, who.en, who.fr]);
    assert.match(await shadowText(page, '#languages trp-contact-card:not([lang])'), /Servicios Puerto Seguro/);
    assert.deepEqual(await page.$$eval('#languages .tag code', (tags) => tags.slice(1).map((tag) => tag.textContent)),
      ['<trp-contact-card lang="en">', '<trp-contact-card lang="fr">']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('in Spanish, shows every element that follows the page in Spanish, from locales/es.js beside the bundle, with no console error, warning or policy violation', async () => {
    const {page, problems, requests} = await openDemo();
    // Every element whose language is the page's: the gallery, the quick exit, the guide, the previews.
    const following = await page.evaluate((tags) => {
      const all = [...document.querySelectorAll(tags.join(', '))].filter((element) => element.closest('[lang]') === document.documentElement);
      all.forEach((element, index) => element.setAttribute('data-following', index));
      return all.map((element) => element.localName);
    }, elementsOf(manifest).map((element) => element.tagName));
    assert.deepEqual([...new Set(following)].sort(), elementsOf(manifest).map((element) => element.tagName).sort());
    const english = await headings(page, '[data-following]');
    await page.click('input[name="page-lang"][value="es"]');
    await languagesArrived(page, problems);
    const inSpanish = await headings(page, '[data-following]');
    assert.deepEqual(inSpanish, english.map((heading) => translated(heading, spanish)));
    // The bundle fetched French (for the card pinned in French) and Spanish itself, once each, from
    // beside it: the demo has no script tag for them.
    assert.equal(await page.$('script[src*="locales/"]'), null);
    assert.deepEqual(requests.filter((path) => path.includes('locales/')).sort(), ['/dist/locales/es.js', '/dist/locales/fr.js']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  // The languages beside French and Spanish, whose tests above name them: every other one the build has.
  for (const code of separateLanguages.filter((lang) => lang !== 'fr' && lang !== 'es')) {
    test(`in ${code}, offered by the page switch, shows every element that follows the page in ${code}, from locales/${code}.js beside the bundle`, async () => {
      const {page, problems, requests} = await openDemo();
      const translations = translationsOf(code);
      const english = await headings(page, '#languages trp-contact-card:not([lang]), body > trp-quick-exit');
      await page.click(`input[name="page-lang"][value="${code}"]`);
      await languagesArrived(page, problems, [code]);
      assert.equal(await page.evaluate(() => document.documentElement.lang), code);
      assert.deepEqual(await headings(page, '#languages trp-contact-card:not([lang]), body > trp-quick-exit'), english.map((heading) => translated(heading, translations)));
      assert.equal(requests.filter((path) => path === `/dist/locales/${code}.js`).length, 1);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('the guide offers the reader its language menu, which switches the guide alone, keeps focus on the menu and stores nothing', async () => {
    const {page, problems} = await openDemo();
    await page.$eval('#guide details', (details) => (details.open = true));
    const guide = '#guide trp-guide';
    const menu = () => page.$eval(guide, (element) => [...element.shadowRoot.querySelectorAll('[part="language"]')]
      .map((button) => `${button.lang} ${button.textContent.trim()}${button.getAttribute('aria-current') === 'true' ? ' (current)' : ''}`));
    assert.deepEqual(await menu(), ['en English (current)', 'fr Français', 'es Español', 'tl Tagalog', 'pa ਪੰਜਾਬੀ']);
    const [english] = await headings(page, guide);
    await page.click(`${guide} >>> [part="language"][lang="es"]`);
    await languagesArrived(page, problems);
    assert.deepEqual(await headings(page, guide), [spanish.get(english)]);
    assert.deepEqual(await menu(), ['en English', 'fr Français', 'es Español (current)', 'tl Tagalog', 'pa ਪੰਜਾਬੀ']);
    const focused = () => page.$eval(guide, (element) => document.activeElement === element && element.shadowRoot.activeElement?.lang);
    assert.equal(await focused(), 'es');
    await page.click(`${guide} >>> [part="language"][lang="fr"]`);
    assert.deepEqual(await headings(page, guide), [french.get(english)]);
    assert.equal(await focused(), 'fr');
    // The rest of the page keeps its language.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(await headings(page, '#languages trp-contact-card:not([lang])'), ['Who to call']);
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the dark switch sets the documented --trp-color-scheme, and the elements turn dark', async () => {
    const {page} = await openDemo();
    const background = () => page.$eval('#pinned', (card) =>
      getComputedStyle(card).backgroundColor);
    assert.equal(await background(), 'rgb(255, 255, 255)');
    await page.click('input[name="scheme"][value="dark"]');
    assert.equal(await background(), 'rgb(23, 23, 28)');
    await page.close();
  });

  test('declares that it supports both schemes, so its elements follow a reader who prefers dark; Light keeps them light', async () => {
    const {page} = await openDemo({scheme: 'dark'});
    assert.equal(await page.$eval('meta[name="color-scheme"]', (meta) => meta.content), 'light dark');
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), 'light dark');
    // The gallery, the two contact cards and the quick exit (the theming playground's preview stays light on purpose).
    const colours = () => page.$$eval('body > trp-quick-exit, #elements .gallery > * > *, #languages trp-contact-card', (elements) =>
      elements.filter((element) => element.shadowRoot).map((element) => {
        const base = getComputedStyle(element.shadowRoot.querySelector('[part="base"]'));
        const button = element.shadowRoot.querySelector('[part="button"]');
        return `${base.color} on ${base.backgroundColor}${button ? `, button ${getComputedStyle(button).backgroundColor}` : ''}`;
      }));
    const dark = 'rgb(242, 242, 242) on rgb(23, 23, 28)';
    const light = 'rgb(27, 27, 27) on rgb(255, 255, 255)';
    assert.deepEqual(await colours(), [`${dark}, button rgb(255, 138, 128)`, ...Array(8).fill(dark)]);
    await page.click('input[name="scheme"][value="light"]');
    assert.deepEqual(await colours(), [`${light}, button rgb(179, 38, 30)`, ...Array(8).fill(light)]);
    await page.close();
  });

  for (const [width, scheme, lang] of [[1280, 'light', 'en'], [320, 'dark', 'fr'], [390, 'light', 'es']]) {
    test(`passes axe (WCAG 2.2 A and AA) at ${width} px, ${scheme}, ${lang}`, async () => {
      const {page} = await openDemo({width, scheme});
      if (lang !== 'en') await page.click(`input[name="page-lang"][value="${lang}"]`);
      await page.$eval('#guide details', (details) => (details.open = true));
      await page.setBypassCSP(true);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no horizontal scrolling');
      await page.close();
    });
  }
});

describe('jumping to a section', () => {
  // A phone, where the quick exit keeps its button alone on screen; a width where its bar is at its
  // tallest (the note beside the button, on three or four lines, in French and in Spanish); a desktop.
  for (const [width, lang] of [[390, 'en'], [390, 'fr'], [520, 'fr'], [600, 'es'], [1280, 'en']]) {
    test(`shows the section's heading below what the quick exit keeps on screen, at ${width} px, ${lang}`, async () => {
      const {page, problems} = await openDemo({width});
      if (lang !== 'en') {
        await page.click(`input[name="page-lang"][value="${lang}"]`);
        if (lang !== 'en') await languagesArrived(page, problems, [lang]);
        await page.evaluate(() => scrollTo(0, 0));
      }
      await page.click('a[href="#builder"]');
      // The frames in which the quick exit takes its place on screen.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const seen = await page.evaluate(() => {
        const exit = document.querySelector('trp-quick-exit');
        const heading = document.getElementById('builder-title');
        const box = (node) => {
          const {top, bottom, left, width, height} = node.getBoundingClientRect();
          return {top, bottom, left, width, height};
        };
        // What of the quick exit is on screen: its bar, or its button alone.
        const parts = ['base', 'button'].map((part) => box(exit.shadowRoot.querySelector(`[part="${part}"]`))).filter((b) => b.bottom > 0 && b.top < innerHeight);
        const title = box(heading);
        const found = document.elementFromPoint(title.left + 10, title.top + title.height / 2);
        return {scrolled: scrollY, covered: Math.max(0, ...parts.map((b) => b.bottom)), title, viewport: innerHeight, seen: found === heading || heading.contains(found)};
      });
      assert.ok(seen.scrolled > 1000, 'the page jumped');
      assert.ok(seen.covered > 40, `the quick exit is on screen (${seen.covered})`);
      assert.ok(seen.title.top >= seen.covered, `the heading (top ${seen.title.top}) is below the quick exit (bottom ${seen.covered})`);
      assert.ok(seen.title.bottom <= seen.viewport);
      assert.ok(seen.seen, 'nothing covers the heading');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

describe('the snippet builder', () => {
  test('gives snippets that, pasted into a blank page with the bundle, render what the preview showed', async () => {
    const {page} = await openDemo();
    await page.select('#b-element', 'trp-contact-card');
    await page.select('#b-lang', 'fr');
    await page.select('#b-heading-level', '4');
    await page.type('#b-org-name', 'Maison "Refuge" <b>&</b>');
    await page.type('#b-phone', '613-555-0199');
    await page.type('#b-email', 'aide@example.org');
    await page.type('#b-url', 'javascript:alert(1)');
    await page.type('#b-address', '12 rue Principale');
    const preview = await shadowText(page, '#preview > trp-contact-card');
    const element = await page.$eval('#snippet-element', (t) => t.value);
    const placeholder = await page.$eval('#snippet-placeholder', (t) => t.value);
    const script = await page.$eval('#snippet-script', (t) => t.value);
    assert.match(preview, /^Qui appeler/);
    assert.match(preview, /Maison "Refuge" <b>&<\/b>/);
    assert.match(element, /^<trp-contact-card lang="fr" heading-level="4" org-name="Maison &quot;Refuge&quot; &lt;b&gt;&amp;&lt;\/b&gt;"/);
    assert.match(placeholder, /^<div data-trp="contact-card" data-lang="fr" data-heading-level="4" /);
    assert.match(script, /<script type="module" src="https:\/\/cdn\.example\.org\/trp-widgets@\d+\.\d+\.\d+\/trp-widgets\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"><\/script>$/);
    // French's module, before the bundle: one comment line, then its pinned tag.
    const lines = script.split('\n');
    assert.match(lines[1], moduleComment('fr'));
    assert.deepEqual(lines.slice(2), [frenchTag, bundleTag]);

    const blank = await harness.browser.newPage();
    await blank.goto(`${harness.base}/test-blank.html`, {waitUntil: 'networkidle0'});
    assert.ok(await blank.evaluate(() => customElements.get('trp-contact-card') !== undefined), 'the pinned bundle loaded');
    await blank.evaluate((element, placeholder) => {
      const main = document.querySelector('main');
      main.insertAdjacentHTML('beforeend', `<section id="as-element">${element}</section>`);
      main.insertAdjacentHTML('beforeend', `<section id="as-placeholder">${placeholder}</section>`);
    }, element, placeholder);
    // The bundle alone, without the snippet's tag for French: it fetches French from beside itself.
    await languagesArrived(blank, [], ['fr']);
    assert.equal(await shadowText(blank, '#as-element > trp-contact-card'), preview);
    assert.equal(await shadowText(blank, '#as-placeholder > div > trp-contact-card'), preview);
    const links = await blank.$$eval('trp-contact-card', (cards) =>
      cards.flatMap((card) => [...card.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href'))));
    for (const href of links) assert.match(href, /^(https:|tel:|mailto:)/);
    await blank.close();
    await page.close();
  });

  // Every language that is not official: Spanish first, then each the build adds (Tagalog, Punjabi).
  for (const code of ['es', ...separateLanguages.filter((lang) => lang !== 'fr' && lang !== 'es')]) {
    test(`in ${code}, adds the language module's own script tag, pinned with its integrity value; pasted into a blank page, the snippets render in ${code}`, async () => {
      const {page, problems} = await openDemo();
      const translations = code === 'es' ? spanish : translationsOf(code);
      await page.select('#b-element', 'trp-contact-card');
      await page.select('#b-lang', code);
      await page.type('#b-org-name', 'Servicios Puerto Seguro');
      await page.type('#b-phone', '613-555-0199');
      await languagesArrived(page, problems, [code]);
      const preview = await shadowText(page, '#preview > trp-contact-card');
      const element = await page.$eval('#snippet-element', (t) => t.value);
      const placeholder = await page.$eval('#snippet-placeholder', (t) => t.value);
      const script = await page.$eval('#snippet-script', (t) => t.value);
      assert.deepEqual(await headings(page, '#preview > trp-contact-card'), [translations.get('Who to call')]);
      assert.ok(element.startsWith(`<trp-contact-card lang="${code}" org-name="Servicios Puerto Seguro" phone="613-555-0199">`), element);
      assert.ok(placeholder.startsWith(`<div data-trp="contact-card" data-lang="${code}" data-org-name="Servicios Puerto Seguro" `), placeholder);
      const lines = script.split('\n');
      // The language's module before the bundle, with one comment line before it: optional, and why a page may want it.
      assert.match(lines[1], moduleComment(code));
      assert.deepEqual(lines.slice(2), [moduleTag(code), bundleTag]);
      assert.deepEqual(problems, []);

      pastePage(script, `<section id="as-element">${element}</section><section id="as-placeholder">${placeholder}</section>`);
      const pasted = await openPage('/test-pasted.html');
      await languagesArrived(pasted.page, pasted.problems, [code]);
      assert.equal(await shadowText(pasted.page, '#as-element > trp-contact-card'), preview);
      assert.equal(await shadowText(pasted.page, '#as-placeholder > div > trp-contact-card'), preview);
      // The browser checked both integrity values, and the bundle used the page's own tag for the language.
      assert.deepEqual(pasted.requests.filter((path) => path.startsWith('/dist/')), [`/dist/locales/${code}.js`, '/dist/trp-widgets.js']);
      assert.deepEqual(pasted.problems, []);
      await pasted.page.close();
      await page.close();
    });
  }

  test('a guide\'s language menu: the snippets name its languages, the script tags offer the modules of its French and Spanish, and the pasted menu switches the guide to Spanish', async () => {
    const {page, problems} = await openDemo();
    await page.select('#b-element', 'trp-guide');
    await page.type('#b-languages', 'en fr');
    assert.equal(await page.$eval('#snippet-element', (t) => t.value), '<trp-guide languages="en fr"></trp-guide>');
    assert.doesNotMatch(await page.$eval('#snippet-script', (t) => t.value), /locales\/es/, 'no Spanish, no Spanish module');
    // Codes are read as the elements read them; what they do not speak is named under the field, not passed on.
    await page.type('#b-languages', ', ES-mx de');
    const element = await page.$eval('#snippet-element', (t) => t.value);
    const placeholder = await page.$eval('#snippet-placeholder', (t) => t.value);
    const script = await page.$eval('#snippet-script', (t) => t.value);
    assert.equal(element, '<trp-guide languages="en fr es"></trp-guide>');
    assert.equal(placeholder, '<div data-trp="guide" data-languages="en fr es"></div>');
    assert.match(await page.$eval('#b-languages-left-out', (hint) => hint.textContent), /^Left out, not a language of trp-widgets: de\./);
    assert.deepEqual(script.split('\n').filter((line) => !line.startsWith('<!--')), [spanishTag, frenchTag, bundleTag]);
    const menu = (page, selector) => page.$eval(selector, (guide) => [...guide.shadowRoot.querySelectorAll('[part="language"]')].map((button) => button.textContent.trim()));
    await headings(page, '#preview > trp-guide');
    assert.deepEqual(await menu(page, '#preview > trp-guide'), ['English', 'Français', 'Español']);
    assert.deepEqual(problems, [], 'no warning while the editor types');

    pastePage(script, `<section id="as-placeholder">${placeholder}</section>`);
    const pasted = await openPage('/test-pasted.html');
    const guide = '#as-placeholder > div > trp-guide';
    const [english] = await headings(pasted.page, guide);
    assert.deepEqual(await menu(pasted.page, guide), ['English', 'Français', 'Español']);
    await pasted.page.click(`${guide} >>> [part="language"][lang="es"]`);
    await languagesArrived(pasted.page, pasted.problems);
    assert.deepEqual(await headings(pasted.page, guide), [spanish.get(english)]);
    assert.deepEqual(pasted.problems, []);
    await pasted.page.close();
    await page.close();
  });

  test('names a language by the name readers know, in its snippets and release notes: Tagalog, not ICU’s “Filipino”', async () => {
    const {page, problems} = await openDemo();
    await page.select('#b-element', 'trp-contact-card');
    await page.select('#b-lang', 'tl');
    const script = await page.$eval('#snippet-script', (t) => t.value);
    assert.match(script, /on pages that show or offer Tagalog: .*locales\/tl\.js/);
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /Filipino/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('offers each element of custom-elements.json, says what it is for, and has a field for each of its attributes', async () => {
    const {page} = await openDemo();
    const offered = await page.$$eval('#b-element option', (options) => options.map((option) => option.value));
    assert.deepEqual([...offered].sort(), elementsOf(manifest).map((element) => element.tagName));
    for (const element of elementsOf(manifest)) {
      await page.select('#b-element', element.tagName);
      assert.equal(await page.$eval('#b-element-about', (hint) => hint.textContent), element.summary, element.tagName);
      // The fields a reader can see and fill in, by the attribute they set.
      const fields = await page.$$eval('#builder-form [name]:not([name="element"])', (controls) =>
        controls.filter((control) => control.checkVisibility()).map((control) => control.name));
      assert.deepEqual([...fields].sort(), element.attributes.map((attribute) => attribute.name).sort(), element.tagName);
    }
    await page.close();
  });

  test('leaves out of the snippet a value the element has anyway, and writes an on/off attribute bare', async () => {
    const {page} = await openDemo();
    await page.select('#b-element', 'trp-quick-exit');
    await page.select('#b-position', 'sticky');
    await page.click('#b-hide-note');
    assert.match(await page.$eval('#snippet-element', (t) => t.value), /^<trp-quick-exit hide-note>/);
    await page.select('#b-position', 'static');
    assert.match(await page.$eval('#snippet-element', (t) => t.value), /^<trp-quick-exit hide-note position="static">/);
    await page.select('#b-element', 'trp-outcomes');
    await page.click('#b-hide-source');
    assert.equal(await page.$eval('#snippet-element', (t) => t.value), '<trp-outcomes hide-source></trp-outcomes>');
    assert.equal(await page.$eval('#preview > trp-outcomes', (outcomes) => outcomes.shadowRoot.querySelector('[part="source"]')), null);
    await page.close();
  });

  test('copies a snippet to the clipboard, or selects it when the clipboard is refused', async () => {
    const {page} = await openDemo();
    await harness.browser.defaultBrowserContext().overridePermissions(harness.base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const snippet = await page.$eval('#snippet-placeholder', (t) => t.value);
    await page.click('button[data-copy="snippet-placeholder"]');
    await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
    const status = await page.$eval('#copy-status', (s) => s.textContent);
    if (status.startsWith('Copied')) {
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
    } else {
      const selected = await page.$eval('#snippet-placeholder', (t) => t.value.slice(t.selectionStart, t.selectionEnd));
      assert.equal(selected, snippet);
    }
    await page.close();
  });

  test('the theming playground offers documented custom properties, each colour at its documented default', async () => {
    const {page} = await openDemo();
    const card = elementsOf(manifest).find((element) => element.tagName === 'trp-contact-card');
    const documented = new Map(card.cssProperties.map((property) => [property.name, property.default]));
    const fields = await page.$$eval('#theme-form :is(input, select)', (inputs) => inputs.map((input) => [input.id.slice(1), input.type, input.value]));
    assert.ok(fields.length > 0);
    for (const [name, type, value] of fields) {
      assert.ok(documented.has(name), `${name} is not documented for <trp-contact-card>`);
      if (type === 'color') assert.equal(value, documented.get(name), name);
    }
    await page.close();
  });

  test('the theming playground applies a property live and gives the CSS for it', async () => {
    const {page} = await openDemo();
    assert.match(await page.$eval('#theme-css', (t) => t.value), /Nothing changed/);
    await page.$eval('#t--trp-color-accent', (input) => {
      input.value = '#005a9c';
      input.dispatchEvent(new Event('input', {bubbles: true}));
    });
    assert.equal(await page.$eval('#theme-css', (t) => t.value), '/* trp-widgets theme */\n:root {\n  --trp-color-accent: #005a9c;\n}\n');
    const border = await page.$eval('#theme-preview trp-contact-card', (card) =>
      getComputedStyle(card.shadowRoot.querySelector('[part="hotline"]')).borderTopColor);
    assert.equal(border, 'rgb(0, 90, 156)');
    await page.close();
  });
});
