// The reader's own settings in WebKit (Safari's engine), on the built bundle. Chromium and Firefox
// emulate them in the browser tests (emulateMedia in test/commands.ts); WebDriver has no command
// for it, and WebKitGTK reads them from the desktop when it starts. So MiniBrowser starts here once
// as a reader who prefers dark (its --dark-mode, as GNOME's dark style), and once as one who asks
// for less motion (GTK's gtk-enable-animations=false, as GNOME's "Reduce Animation"), and the tests
// check what test/accessible-states.test.ts and test/quick-exit.test.ts check in the other two.
// Not here: print (WebKitWebDriver 2.50 answers "unknown command" to WebDriver's Print Page, and
// nothing in WebKitGTK emulates print media) and forced colours (WebKit has none, as Safari has none).
// BROWSERS without webkit leaves these tests out.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {remote} from 'webdriverio';
import {servePages, useServer} from '../support/browser-harness.mjs';
import {engineNames, startWebKitDriver} from '../support/engines.mjs';

const root = new URL('../../', import.meta.url);
const tags = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')).modules.flatMap((module) =>
  (module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []))
);

/** The default colours of each scheme: the content's text and background, and the quick exit's button. */
const palettes = {
  light: {text: 'rgb(27, 27, 27)', background: 'rgb(255, 255, 255)', exit: 'rgb(179, 38, 30)'},
  dark: {text: 'rgb(242, 242, 242)', background: 'rgb(23, 23, 28)', exit: 'rgb(255, 138, 128)'},
};

/**
 * What the pages' script (/reader/observe.mjs) gives the tests, as `window.observe`: every element
 * rendered in a `<main>`, and what a reader sees of them. Runs in the page.
 */
const observeScript = `
import {elementsWithin, hostsWithin, settledWithin} from '/test/support/shadow-dom.mjs';
const main = document.querySelector('main');
const elements = () => [...main.children];
const everything = () => elements().flatMap((element) => elementsWithin(element.shadowRoot));
window.observe = {
  async render(tags) {
    for (const tag of tags) main.append(document.createElement(tag));
    await customElements.whenDefined(tags[0]);
    await settledWithin(main);
    return elements().map((element) => element.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') ?? element.localName + ' did not render');
  },
  style(properties) {
    for (const [name, value] of Object.entries(properties)) main.style.setProperty(name, value);
  },
  /** Each element's (and each nested one's) colours, and the quick exit's button's. */
  colours() {
    return elements().flatMap(hostsWithin).map((element) => {
      const base = getComputedStyle(element.shadowRoot.querySelector('[part="base"]'));
      const button = element.shadowRoot.querySelector('[part="button"]');
      return {
        tag: element.localName,
        text: base.color,
        background: base.backgroundColor,
        ...(button && element.localName === 'trp-quick-exit' ? {exit: getComputedStyle(button).backgroundColor, exitText: getComputedStyle(button).color} : {}),
      };
    });
  },
  /** As a page's theme may: a transition and an animation on every part the elements expose. */
  animateParts() {
    const parts = new Set(everything().flatMap((node) => [...node.part]));
    const theme = new CSSStyleSheet();
    theme.replaceSync([...parts].map((part) => '::part(' + part + ')').join(', ') + ' { transition: color 0.5s; animation: 1s trp-theme-pulse; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme];
    return parts.size;
  },
  /** The rendered nodes (and their ::before and ::after) with an animation or a transition that lasts. */
  moving() {
    return everything().flatMap((node) =>
      [null, '::before', '::after'].flatMap((pseudo) => {
        const style = getComputedStyle(node, pseudo);
        const durations = [...style.animationDuration.split(','), ...style.transitionDuration.split(',')];
        return durations.some((duration) => Number.parseFloat(duration) !== 0) ? [node.localName + (pseudo ?? '')] : [];
      })
    );
  },
  /** axe's WCAG 2.2 A and AA violations in the elements, or only \`rules\`'s. */
  async violations(rules) {
    const runOnly = rules ?? {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']};
    const results = await axe.run(main, {runOnly, resultTypes: ['violations']});
    return results.violations.flatMap((violation) => violation.nodes.map((node) => violation.id + ': ' + node.target.join(' ')));
  },
  matches: (query) => matchMedia(query).matches,
};
`;

/** A page with an empty `<main>`, the bundle, axe and the observer; `head` declares its colour schemes. */
const page = (head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reader settings</title>${head}
<script src="/node_modules/axe-core/axe.min.js"></script>
<script type="module" src="/dist/trp-widgets.js"></script>
<script type="module" src="/reader/observe.mjs"></script></head><body><main></main></body></html>`;

const pages = {
  '/reader/observe.mjs': () => ({type: 'js', body: observeScript}),
  // A page that declares no colour scheme: light, whatever the reader prefers.
  '/reader/plain.html': () => ({type: 'html', body: page()}),
  '/reader/css.html': () => ({type: 'html', body: page('<style>:root { color-scheme: light dark; }</style>')}),
  '/reader/meta.html': () => ({type: 'html', body: page('<meta name="color-scheme" content="light dark">')}),
};

const server = useServer({
  rootDir: new URL('../..', import.meta.url).pathname,
  middleware: [servePages(pages)],
});

/** MiniBrowser started with the reader's settings, and a way to open a page with every element. */
function webKitAs(settings) {
  const browser = {};
  before(async () => {
    browser.webKit = await startWebKitDriver(settings);
    browser.driver = await remote(browser.webKit.options);
  });
  after(async () => {
    await browser.driver?.deleteSession();
    browser.webKit?.stop();
  });
  /** Opens `path` with every element, in English, rendered; `observe(name, …args)` asks the page. */
  browser.open = async (path) => {
    const {driver} = browser;
    await driver.url(`${server.base}${path}`);
    await driver.waitUntil(() => driver.execute(() => window.observe !== undefined && window.axe !== undefined), {timeout: 10_000});
    const observe = (name, ...args) => driver.execute((call, values) => window.observe[call](...values), name, args);
    assert.deepEqual(await observe('render', tags), tags.map(() => 'en'));
    return observe;
  };
  return browser;
}

/** The scheme each element shows, as "tag: light" or "tag: dark" (or the colours it shows instead). */
function schemes(colours) {
  return colours.map(({tag, text, background, exit}) => {
    const seen = {text, background, ...(exit ? {exit} : {})};
    const scheme = Object.keys(palettes).find((name) => Object.entries(seen).every(([key, value]) => palettes[name][key] === value));
    return `${tag}: ${scheme ?? JSON.stringify(seen)}`;
  });
}
const allIn = (scheme, colours) => colours.map(({tag}) => `${tag}: ${scheme}`);
const content = (colours) => colours.filter(({tag}) => tag !== 'trp-quick-exit').map(({text, background}) => ({text, background}));

describe('in WebKit, for a reader who prefers dark (MiniBrowser --dark-mode)', {skip: !engineNames().includes('webkit') && 'BROWSERS leaves WebKit out'}, () => {
  const webKit = webKitAs({args: ['--dark-mode']});

  test('every element is dark on a page whose CSS says color-scheme: light dark, and passes axe', async () => {
    const observe = await webKit.open('/reader/css.html');
    assert.equal(await observe('matches', '(prefers-color-scheme: dark)'), true);
    const colours = await observe('colours');
    assert.deepEqual(schemes(colours), allIn('dark', colours));
    assert.equal(colours.find(({tag}) => tag === 'trp-quick-exit').exitText, 'rgb(27, 27, 27)');
    assert.deepEqual(await observe('violations'), []);
  });

  test('every element is dark on a page whose meta tag says color-scheme: light dark', async () => {
    const observe = await webKit.open('/reader/meta.html');
    const colours = await observe('colours');
    assert.deepEqual(schemes(colours), allIn('dark', colours));
  });

  test('every element, the quick exit too, stays light on a page that declares no color-scheme', async () => {
    const observe = await webKit.open('/reader/plain.html');
    const colours = await observe('colours');
    assert.deepEqual(schemes(colours), allIn('light', colours));
    assert.equal(colours.find(({tag}) => tag === 'trp-quick-exit').exitText, 'rgb(255, 255, 255)');
  });

  test('follows the reader with --trp-color-scheme: light dark on a page that declares none, and stays light with --trp-color-scheme: light', async () => {
    const plain = await webKit.open('/reader/plain.html');
    await plain('style', {'--trp-color-scheme': 'light dark'});
    let colours = await plain('colours');
    assert.deepEqual(schemes(colours), allIn('dark', colours));
    const both = await webKit.open('/reader/css.html');
    await both('style', {'--trp-color-scheme': 'light'});
    colours = await both('colours');
    assert.deepEqual(schemes(colours), allIn('light', colours));
  });

  test('uses a page’s dark colours, and the whole default dark palette where the page sets light colours only', async () => {
    let observe = await webKit.open('/reader/css.html');
    await observe('style', {'--trp-dark-color-background': '#000033', '--trp-dark-color-text': '#fffff0'});
    for (const colours of content(await observe('colours'))) assert.deepEqual(colours, {text: 'rgb(255, 255, 240)', background: 'rgb(0, 0, 51)'});
    assert.deepEqual(await observe('violations', ['color-contrast']), []);
    observe = await webKit.open('/reader/css.html');
    await observe('style', {'--trp-color-background': '#fff8dc', '--trp-color-text': '#2b1d0e', '--trp-color-link': '#00458f'});
    for (const colours of content(await observe('colours'))) assert.deepEqual(colours, {text: 'rgb(242, 242, 242)', background: 'rgb(23, 23, 28)'});
    assert.deepEqual(await observe('violations', ['color-contrast']), []);
  });

  test('lets a page’s theme animate the parts when the reader has not asked for reduced motion', async () => {
    const observe = await webKit.open('/reader/plain.html');
    assert.equal(await observe('matches', '(prefers-reduced-motion: reduce)'), false);
    const parts = await observe('animateParts');
    assert.ok((await observe('moving')).length >= parts);
  });
});

describe('in WebKit, for a reader who asks for less motion (GTK’s gtk-enable-animations=false)', {skip: !engineNames().includes('webkit') && 'BROWSERS leaves WebKit out'}, () => {
  const webKit = webKitAs({gtkSettings: {'gtk-enable-animations': false}});

  test('moves nothing, even where the page’s theme animates the parts', async () => {
    const observe = await webKit.open('/reader/plain.html');
    assert.equal(await observe('matches', '(prefers-reduced-motion: reduce)'), true);
    assert.ok((await observe('animateParts')) > tags.length);
    assert.deepEqual(await observe('moving'), []);
  });
});
