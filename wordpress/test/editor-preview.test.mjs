// The editor's live preview, in Chromium: each block's `edit` from plugin/editor.js, rendered by React
// into an iframe as the block editor renders its canvas, loads the real bundle into that iframe and
// shows the real element with the settings as they change. WordPress's builds for PHP-WebAssembly
// carry no editor scripts, so the block editor's own components stand in as plain HTML controls here;
// what is tested is the plugin's code: its preview, its bundle tag and its sidebar's fields.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, executablePath} from '../../lib/chromium.mjs';
import {shadowDomScript} from '../../test/support/shadow-dom.mjs';
import {packageData} from '../build.mjs';
import {metadata} from './editor.mjs';

const root = new URL('../../', import.meta.url);
const {languageName, provinceCodes, provinceNames} = await import(new URL('dist/esm/server.js', root));
const integrity = readFileSync(new URL('dist/trp-widgets.js.sha384', root), 'utf8').trim();
const files = {
  '/react.js': 'wordpress/node_modules/react/umd/react.production.min.js',
  '/react-dom.js': 'wordpress/node_modules/react-dom/umd/react-dom.production.min.js',
  '/editor.js': 'wordpress/plugin/editor.js',
  '/plugin/assets/trp-widgets.js': 'dist/trp-widgets.js',
};

/** The editor page: WordPress's globals (`wp.*`) over React, then the plugin's editor script. */
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Editor</title>
<script src="/react.js"></script><script src="/react-dom.js"></script>
<script>
  const el = React.createElement;
  const field = (label, control) => el('label', null, label, control);
  const registered = {};
  window.wp = {
    blocks: {
      registerBlockType: (name, settings) => (registered[name] = settings),
      getBlockType: (name) => ({attributes: ${JSON.stringify(Object.fromEntries([...metadata].map(([name, block]) => [name, block.attributes])))}[name]}),
    },
    element: React,
    blockEditor: {
      useBlockProps: (props) => ({...props, className: 'block'}),
      InspectorControls: ({children}) => el('aside', {className: 'sidebar'}, children),
    },
    components: {
      PanelBody: ({title, children}) => el('section', null, el('h2', null, title), children),
      SelectControl: ({label, value, options, onChange}) =>
        field(label, el('select', {value, onChange: (e) => onChange(e.target.value)}, options.map((o) => el('option', {key: o.value, value: o.value}, o.label)))),
      TextControl: ({label, value, onChange}) => field(label, el('input', {value, onChange: (e) => onChange(e.target.value)})),
      TextareaControl: ({label, value, onChange}) => field(label, el('textarea', {value, onChange: (e) => onChange(e.target.value)})),
      ToggleControl: ({label, checked, onChange}) => field(label, el('input', {type: 'checkbox', checked, onChange: (e) => onChange(e.target.checked)})),
      CheckboxControl: ({label, checked, onChange}) => field(label, el('input', {type: 'checkbox', checked, onChange: (e) => onChange(e.target.checked)})),
    },
    i18n: {__: (text) => text, sprintf: (format, ...values) => format.replace('%d', values[0])},
  };
  window.trpWidgetsEditor = ${JSON.stringify({
    bundle: '/plugin/assets/trp-widgets.js?ver=0.1.0',
    integrity,
    languages: Object.keys((await packageData()).exitLabels),
    blocks: Object.fromEntries([...metadata].map(([name, block]) => [name, Object.keys(block.attributes).filter((key) => key !== 'label')])),
    ...(await packageData()),
  })};
  /** Renders a block's edit into the canvas, holding its attributes as the block editor does. */
  window.insertBlock = (name, initial) => {
    const canvas = document.querySelector('iframe').contentDocument;
    const {edit: Edit} = registered[name];
    const defaults = Object.fromEntries(Object.entries(wp.blocks.getBlockType(name).attributes).map(([key, schema]) => [key, schema.default]));
    function Block() {
      const [attributes, set] = React.useState({...defaults, ...initial});
      return el(Edit, {attributes, setAttributes: (changes) => set((before) => ({...before, ...changes}))});
    }
    ReactDOM.createRoot(canvas.body).render(el(Block));
  };
</script>
<script src="/editor.js"></script>
<iframe src="/canvas.html" title="Editor canvas" width="800" height="2000"></iframe>`;

let server;
let browser;
let origin;
before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/') response.writeHead(200, {'content-type': 'text/html'}).end(page);
    else if (path === '/canvas.html') response.writeHead(200, {'content-type': 'text/html'}).end('<!doctype html><html lang="en"><head><title>Canvas</title></head><body></body></html>');
    else if (files[path]) response.writeHead(200, {'content-type': 'text/javascript'}).end(readFileSync(new URL(files[path], root)));
    else if (path.startsWith('/plugin/assets/locales/')) response.writeHead(200, {'content-type': 'text/javascript'}).end(readFileSync(new URL(`dist/locales/${path.split('/').pop()}`, root)));
    else response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({executablePath, headless: true, args: chromiumArgs});
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens the editor with one block in its canvas; returns the page and the canvas's frame. */
async function openEditor(name, attributes) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(origin, {waitUntil: 'load'});
  const canvas = tab.frames().find((frame) => frame.url().endsWith('/canvas.html'));
  await tab.evaluate((name, attributes) => window.insertBlock(name, attributes), name, attributes);
  const dom = await canvas.evaluateHandle(shadowDomScript);
  /** What the canvas shows of the element, once it has rendered. */
  const preview = async () => {
    await canvas.waitForFunction(() => document.querySelector('.block > [lang], .block > *')?.shadowRoot?.textContent.trim());
    return canvas.evaluate(async (dom) => {
      const element = document.querySelector('.block > *');
      await dom.settledWithin(element);
      return {tag: element.localName, text: dom.hostsWithin(element).map((host) => dom.textOf(host)).join(' ')};
    }, dom);
  };
  return {tab, canvas, errors, preview};
}

test('the guide block previews the real guide in the canvas, in French for British Columbia with the phone number', async () => {
  const {tab, canvas, errors, preview} = await openEditor('trp-widgets/guide', {lang: 'fr', province: 'BC', phone: '613-555-0100'});
  try {
    const view = await preview();
    assert.equal(view.tag, 'trp-guide');
    assert.match(view.text, /En Colombie-Britannique, vous pourriez recevoir l’aide au revenu\./);
    assert.match(view.text, /613-555-0100/);
    // The bundle is loaded into the canvas, once, from the plugin's folder, with its integrity value.
    const scripts = await canvas.evaluate(() => [...document.querySelectorAll('script')].map((s) => ({type: s.type, src: s.src, integrity: s.integrity})));
    assert.deepEqual(scripts, [{type: 'module', src: `${origin}/plugin/assets/trp-widgets.js?ver=0.1.0`, integrity}]);
    assert.deepEqual(errors, []);
  } finally {
    await tab.close();
  }
});

test('the preview follows the sidebar: another province, then English', async () => {
  const {tab, canvas, preview} = await openEditor('trp-widgets/benefits-list', {lang: 'fr', province: 'BC'});
  try {
    assert.match((await preview()).text, /En Colombie-Britannique/);
    await canvas.select('aside select:has(option[value="AB"])', 'AB');
    await canvas.waitForFunction(() => !document.querySelector('trp-benefits-list').shadowRoot.textContent.includes('Colombie-Britannique'));
    assert.match((await preview()).text, /En Alberta/);
    await canvas.select('aside select:has(option[value="fr"])', 'en');
    await canvas.waitForFunction(() => document.querySelector('trp-benefits-list').getAttribute('lang') === 'en');
    assert.match((await preview()).text, /In Alberta/);
  } finally {
    await tab.close();
  }
});

test('the province menu offers the package’s provinces and territories, by their names', async () => {
  const {tab, canvas} = await openEditor('trp-widgets/benefits-list', {});
  try {
    const options = await canvas.evaluate(() => [...document.querySelector('aside select:has(option[value="AB"])').options].map((o) => [o.value, o.textContent]));
    assert.deepEqual(options, [['', 'All provinces and territories'], ...provinceCodes.map((code) => [code, provinceNames[code]])]);
  } finally {
    await tab.close();
  }
});

test('the language menus name each language in itself, as the elements’ own menu does: Tagalog, not ICU’s Filipino', async () => {
  const {tab, canvas} = await openEditor('trp-widgets/guide', {});
  try {
    const languages = Object.keys((await packageData()).exitLabels);
    const named = languages.map((code) => [code, languageName(code)]);
    assert.ok(named.some(([code, name]) => code === 'tl' && name === 'Tagalog'), JSON.stringify(named));
    const menu = await canvas.evaluate(() => [...document.querySelector('aside select:has(option[value="fr"])').options].slice(1).map((o) => [o.value, o.textContent]));
    assert.deepEqual(menu, named);
    const boxes = await canvas.evaluate(() => [...document.querySelectorAll('aside .trp-widgets-languages label')].map((label) => label.textContent));
    assert.deepEqual(boxes, named.map(([, name]) => name));
  } finally {
    await tab.close();
  }
});

test('the quick exit previews in its place and does not leave the editor when pressed', async () => {
  const {tab, canvas, preview} = await openEditor('trp-widgets/quick-exit', {lang: 'fr', href: 'https://www.example.org/'});
  try {
    assert.match((await preview()).text, /Quitter cette page/);
    assert.equal(await canvas.evaluate(() => document.querySelector('trp-quick-exit').getAttribute('position')), 'static');
    const cancelled = await canvas.evaluate(() => {
      let prevented;
      // On the window, after the plugin's listener on the document.
      window.addEventListener('trp-quick-exit', (event) => (prevented = event.defaultPrevented), {once: true});
      document.querySelector('trp-quick-exit').shadowRoot.querySelector('[part~="button"]').click();
      return prevented;
    });
    assert.equal(cancelled, true);
    assert.ok(canvas.url().endsWith('/canvas.html'), canvas.url());
    assert.equal(tab.url(), `${origin}/`);
  } finally {
    await tab.close();
  }
});

test('the quick exit’s link text follows the block’s language, unless the editor wrote their own', async () => {
  // A Spanish block read back from the page has its link's text as its label: the language's own, or the editor's.
  for (const [label, expected] of [['Salir de esta página', ''], ['Partir vite', 'Partir vite']]) {
    const {tab, canvas} = await openEditor('trp-widgets/quick-exit', {lang: 'es', label});
    try {
      const labelField = () =>
        canvas.evaluate(() => [...document.querySelectorAll('aside label')].find((l) => l.textContent.startsWith('Link text')).querySelector('input').value);
      assert.equal(await labelField(), label);
      await canvas.select('aside select:has(option[value="es"])', 'fr');
      await canvas.waitForFunction(() => document.querySelector('trp-quick-exit').getAttribute('lang') === 'fr');
      assert.equal(await labelField(), expected, label);
    } finally {
      await tab.close();
    }
  }
});
