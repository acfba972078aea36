// `npm run bench [-- TAG]`: how fast the built bundle renders, in headless Chromium.
//
// It loads dist/trp-widgets.js into a blank page and measures, as medians over many runs:
//   - render: from creating the element to its final DOM, styled and laid out (a forced layout);
//   - the floor: the browser building the same final DOM from static HTML (the rendered element
//     serialized with its shadow roots as declarative shadow DOM and its styles as <style>,
//     hosts renamed so no script runs), parsed and laid out the same way;
//   - a language switch: setting `lang` to the other language until every element has updated,
//     laid out.
// TAG defaults to trp-guide; when that is not defined, it renders every content element of
// custom-elements.json (those with `heading-level`) side by side instead, and says so.
// Goals: render within 2× the floor; a language switch within one frame (16 ms).
//
// Then the cold load of a whole page with the guide, as a reader's phone gets it: each
// load in a fresh browser context (no cache, no compiled code kept), the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), the page and the bundle served over HTTP from this process:
//   - server-rendered: the guide as render() from dist/esm/server.js writes it, with
//     dist/trp-widgets-ssr.js, which hydrates it;
//   - client-rendered: the bare <trp-guide> with dist/trp-widgets.js, which renders it;
//   - the same in French (a page in French), with the bundle alone, which fetches locales/fr.js
//     from beside itself once the guide asks for French;
//   - the same in French with locales/fr.js's own tag before the bundle's, as the README shows;
//   - the floor: the same final DOM as static HTML (above), and no script.
// Measured from the navigation's start: "on screen", when the guide's whole text is first drawn:
// the first contentful paint, unless the guide's last heading (its contact section's) came in a
// later frame, then the start of that frame, as a probe (the page's first script, a classic one)
// sees it from the first animation frame on; the first contentful paint alone; and
// DOMContentLoaded, once the bundle has run (hydrated or rendered). The ratios are to the floor. Goal: the
// server-rendered guide on screen within 1.2× the floor; French with its tag within 1.1× of English.
// Loads alternate between the five pages,
// BENCH_COLD_RUNS times each (default 15); medians.
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, executablePath} from '../lib/chromium.mjs';
import {elementsOf, readManifest} from '../test/support/manifest.mjs';
import {shadowDomScript} from '../test/support/shadow-dom.mjs';

const root = new URL('..', import.meta.url);
const tag = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? 'trp-guide';
const runs = Number(process.env.BENCH_RUNS ?? 40);
const warmup = 5;
const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 15);
const cpuSlowdown = 4;

const bundle = readFileSync(new URL('dist/trp-widgets.js', root), 'utf8');
const contentTags = elementsOf(await readManifest())
  .filter((element) => (element.attributes ?? []).some((a) => a.name === 'heading-level'))
  .map((element) => element.tagName);

const browser = await puppeteer.launch({executablePath, headless: true, args: chromiumArgs});
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1024, height: 800});
  await page.goto('about:blank');
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
  // French, which the language switch measures, first: as a page's own tag for it, before the bundle.
  await page.addScriptTag({type: 'module', content: readFileSync(new URL('dist/locales/fr.js', root), 'utf8')});
  await page.waitForFunction(() => customElements.get('trp-locale-fr'));
  await page.addScriptTag({type: 'module', content: bundle});
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), {}, contentTags);

  const shadowDom = await page.evaluateHandle(shadowDomScript);
  // test/support/shadow-dom.mjs in the page: `dom.settledWithin(container)` waits until no element in the
  // tree has an update pending (language changes travel by observers).
  const result = await page.evaluate(
    async ({tag, contentTags, runs, warmup}, dom) => {
      const tags = customElements.get(tag) ? [tag] : contentTags.filter((t) => customElements.get(t));
      const measured = customElements.get(tag) ? `<${tag}>` : `<${tag}> is not defined; measured instead: ${tags.map((t) => `<${t}>`).join(' ')}`;
      const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const layout = (element) => element.getBoundingClientRect().height;

      /** Every Lit element in `node`'s tree, inside shadow roots too. */
      const litElements = (node) => dom.elementsWithin(node).filter((element) => 'updateComplete' in element);

      const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const escapeAttr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      /** The node as static HTML: shadow roots as declarative shadow DOM with their styles, hosts renamed. */
      const serialize = (node) => {
        if (node.nodeType === Node.TEXT_NODE) return escapeText(node.data);
        if (node.nodeType === Node.COMMENT_NODE) return `<!--${node.data}-->`;
        if (node.nodeType !== Node.ELEMENT_NODE) return '';
        const name = node.shadowRoot ? `static-${node.localName}` : node.localName;
        const attrs = [...node.attributes].map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
        let inner = '';
        if (node.shadowRoot) {
          const css = node.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('')).join('');
          inner += `<template shadowrootmode="open">${css ? `<style>${css}</style>` : ''}${[...node.shadowRoot.childNodes].map(serialize).join('')}</template>`;
        }
        inner += [...node.childNodes].map(serialize).join('');
        return ['area', 'br', 'hr', 'img', 'input', 'link', 'meta', 'wbr'].includes(node.localName) ? `<${name}${attrs}>` : `<${name}${attrs}>${inner}</${name}>`;
      };

      const container = document.createElement('div');
      document.body.append(container);
      const render = async () => {
        container.replaceChildren();
        const start = performance.now();
        for (const t of tags) container.append(document.createElement(t));
        await dom.settledWithin(container);
        layout(container);
        return performance.now() - start;
      };

      const firstRender = await render();
      const renders = [];
      for (let i = 0; i < warmup + runs; i++) {
        const time = await render();
        if (i >= warmup) renders.push(time);
      }

      // The floor: the same final DOM, from static HTML.
      await render();
      const staticHtml = [...container.childNodes].map(serialize).join('');
      const parses = [];
      for (let i = 0; i < warmup + runs; i++) {
        container.replaceChildren();
        const start = performance.now();
        container.setHTMLUnsafe(staticHtml);
        layout(container);
        if (i >= warmup) parses.push(performance.now() - start);
      }
      const countElements = (node) => dom.elementsWithin(node).length;
      const staticElements = countElements(container);

      // Language switches on a rendered element, back and forth.
      await render();
      const elements = litElements(container).length;
      const renderedElements = countElements(container);
      const switches = [];
      const sample = container.firstElementChild;
      for (let i = 0; i < warmup + runs; i++) {
        const lang = i % 2 === 0 ? 'fr' : 'en';
        const start = performance.now();
        container.setAttribute('lang', lang);
        await dom.settledWithin(container);
        layout(container);
        const time = performance.now() - start;
        if (i >= warmup) switches.push(time);
      }
      container.setAttribute('lang', 'fr');
      await dom.settledWithin(container);
      const frenchHeading = sample.shadowRoot.querySelector('h1, h2, h3, h4, h5, h6')?.textContent.trim();

      return {
        measured,
        elements,
        renderedElements,
        staticElements,
        staticBytes: staticHtml.length,
        firstRender,
        render: median(renders),
        floor: median(parses),
        switch: median(switches),
        switchMax: Math.max(...switches),
        frenchHeading,
        staticHtml,
      };
    },
    {tag, contentTags, runs, warmup},
    shadowDom
  );

  const ms = (value) => `${value.toFixed(2)} ms`;
  const ratio = result.render / result.floor;
  console.log(`Measured: ${result.measured}`);
  console.log(`(${result.elements} Lit elements, ${result.renderedElements} elements rendered; ${result.staticElements} elements from the static HTML, ${result.staticBytes} bytes of static HTML; medians of ${runs} runs after ${warmup} warm-ups, Chromium ${await browser.version()})`);
  console.log('');
  console.log(`render, first (cold templates)   ${ms(result.firstRender)}`);
  console.log(`render (median)                  ${ms(result.render)}`);
  console.log(`static HTML floor (median)       ${ms(result.floor)}`);
  console.log(`render / floor                   ${ratio.toFixed(2)}×   goal ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'}`);
  console.log(`language switch (median)         ${ms(result.switch)}   goal ≤ 16 ms: ${result.switch <= 16 ? 'met' : 'NOT met'} (slowest ${ms(result.switchMax)})`);
  console.log(`after switching to fr, the first heading reads: “${result.frenchHeading}”`);

  if (tag === 'trp-guide' && result.measured === '<trp-guide>') await coldLoads(browser, result.staticHtml);
} finally {
  await browser.close();
}

/**
 * The probe, each page's first script (classic, so that it runs before the page is parsed further):
 * from the first animation frame on, it looks for the guide's last heading (inside its contact
 * section's shadow root; the static copy's hosts are renamed `static-…`), and notes the start of
 * the first frame that has it.
 */
function probe() {
  return `(() => {
  const lastHeading = () => {
    const guide = document.querySelector('trp-guide, static-trp-guide');
    const section = guide?.shadowRoot?.querySelector('trp-contact-card, static-trp-contact-card');
    return section?.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim();
  };
  const frame = (start) => {
    if (lastHeading()) window.benchFrame = {start, heading: lastHeading()};
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
`;
}

/** A page in `lang` with `body` and the module scripts `scripts`, in order, its probe first. */
function page(body, scripts = [], lang = 'en') {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>trp-widgets cold load</title>
<script src="/probe.js"></script>
${scripts.map((script) => `<script type="module" src="${script}"></script>`).join('\n')}
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Cold loads of the server-rendered guide, the client-rendered guide in English, in French from the
 * bundle alone (which fetches locales/fr.js once its guide asks for French) and in French with the
 * module's tag before the bundle's, and the static guide; prints their medians and ratios.
 */
async function coldLoads(browser, staticHtml) {
  const {render} = await import('../dist/esm/server.js');
  const files = {
    '/probe.js': ['text/javascript', probe()],
    '/dist/trp-widgets.js': ['text/javascript', bundle],
    '/dist/trp-widgets-ssr.js': ['text/javascript', readFileSync(new URL('dist/trp-widgets-ssr.js', root), 'utf8')],
    '/dist/locales/fr.js': ['text/javascript', readFileSync(new URL('dist/locales/fr.js', root), 'utf8')],
    '/server-rendered.html': ['text/html', page(render('trp-guide', {lang: 'en'}), ['/dist/trp-widgets-ssr.js'])],
    '/client-rendered.html': ['text/html', page('<trp-guide lang="en"></trp-guide>', ['/dist/trp-widgets.js'])],
    '/client-rendered-fr.html': ['text/html', page('<trp-guide></trp-guide>', ['/dist/trp-widgets.js'], 'fr')],
    '/client-rendered-fr-tag.html': ['text/html', page('<trp-guide></trp-guide>', ['/dist/locales/fr.js', '/dist/trp-widgets.js'], 'fr')],
    '/static.html': ['text/html', page(staticHtml)],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url, 'http://localhost').pathname];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, {'Content-Type': `${file[0]}; charset=utf-8`, 'Cache-Control': 'no-store'}).end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const kinds = [
    ['server-rendered guide, trp-widgets-ssr.js', '/server-rendered.html'],
    ['client-rendered guide, trp-widgets.js', '/client-rendered.html'],
    ['French, the bundle alone (fetches fr.js)', '/client-rendered-fr.html'],
    ['French, fr.js’s tag before the bundle', '/client-rendered-fr-tag.html'],
    ['static HTML floor, no script', '/static.html'],
  ];
  const times = new Map(kinds.map(([name]) => [name, {onScreen: [], paint: [], loaded: [], heading: ''}]));
  try {
    for (let run = 0; run < coldRuns + 1; run++) {
      for (const [name, path] of kinds) {
        const context = await browser.createBrowserContext();
        try {
          const tab = await context.newPage();
          await tab.setViewport({width: 390, height: 844});
          const cdp = await tab.createCDPSession();
          await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpuSlowdown});
          await tab.goto(`${origin}${path}`, {waitUntil: 'load'});
          await tab.waitForFunction(() => window.benchFrame && performance.getEntriesByName('first-contentful-paint').length, {polling: 50, timeout: 30000});
          const measured = await tab.evaluate(() => {
            const paint = performance.getEntriesByName('first-contentful-paint')[0].startTime;
            return {
              // The first contentful paint when the frame that has the last heading started before it
              // (that frame is the one painted then), else the start of that later frame.
              onScreen: Math.max(paint, window.benchFrame.start),
              heading: window.benchFrame.heading,
              paint,
              loaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
            };
          });
          // The first round warms the machine (and this server) up: not counted.
          if (run === 0) continue;
          const entry = times.get(name);
          for (const key of ['onScreen', 'paint', 'loaded']) entry[key].push(measured[key]);
          entry.heading = measured.heading;
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    server.close();
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ms = (value) => `${value.toFixed(0)} ms`.padStart(8);
  const floor = times.get(kinds.at(-1)[0]);
  console.log('');
  console.log(`Cold load of a page with the whole guide, CPU slowed ${cpuSlowdown}×, a fresh browser context each load, 390 px wide; medians of ${coldRuns} loads each:`);
  console.log(`${''.padEnd(44)}${'on screen'.padStart(10)}${'÷ floor'.padStart(9)}${'first paint'.padStart(13)}${'÷ floor'.padStart(9)}${'DOMContentLoaded'.padStart(18)}`);
  for (const [name] of kinds) {
    const entry = times.get(name);
    const onScreen = median(entry.onScreen);
    const paint = median(entry.paint);
    console.log(
      `${name.padEnd(44)}${ms(onScreen).padStart(10)}${`${(onScreen / median(floor.onScreen)).toFixed(2)}×`.padStart(9)}${ms(paint).padStart(13)}${`${(paint / median(floor.paint)).toFixed(2)}×`.padStart(9)}${ms(median(entry.loaded)).padStart(18)}`
    );
  }
  const ratio = median(times.get(kinds[0][0]).onScreen) / median(floor.onScreen);
  console.log(`server-rendered on screen / floor: ${ratio.toFixed(2)}×   goal ≤ 1.2×: ${ratio <= 1.2 ? 'met' : 'NOT met'}`);
  const french = median(times.get(kinds[3][0]).onScreen) / median(times.get(kinds[1][0]).onScreen);
  console.log(`French with its tag on screen / English: ${french.toFixed(2)}×   goal ≤ 1.1×: ${french <= 1.1 ? 'met' : 'NOT met'}`);
  console.log(`(the last heading each page showed: ${[...new Set([...times.values()].map((entry) => `“${entry.heading}”`))].join(', ')}; DOMContentLoaded comes once the bundle has run: hydrated, or rendered)`);
}
