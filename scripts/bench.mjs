// `npm run bench [-- TAG]`: how fast the built bundle renders, in headless Chromium. Medians of
// BENCH_RUNS (40) runs, after 5 warm-ups, of: rendering TAG (default trp-guide; when it is not
// defined, every content element side by side) to its final, laid-out DOM; the floor, the same DOM
// parsed from static HTML (declarative shadow DOM, styles inline, hosts renamed so no script runs);
// and a language switch. Goals: render within 2× the floor, a switch within 16 ms.
// Then, for trp-guide, cold loads of a page with the guide (a fresh browser context each, the CPU
// slowed 4×, served from this process), BENCH_COLD_RUNS (15) of each page: server-rendered;
// client-rendered in English; in French from the bundle alone; in French with locales/fr.js's tag
// first; the static floor. "on screen" is when the guide's whole text is first drawn (the first
// contentful paint, or the later frame that brought its last heading); also the first paint and
// DOMContentLoaded. Goals: server-rendered within 1.2× the floor, French with its tag within 1.1× of English.
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, executablePath} from '../lib/chromium.mjs';
import {elementsOf, readManifest} from '../test/support/manifest.mjs';
import {shadowDomScript} from '../test/support/shadow-dom.mjs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const tag = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? 'trp-guide';
const runs = Number(process.env.BENCH_RUNS ?? 40);
const warmup = 5;
const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 15);
const cpuSlowdown = 4;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const goal = (value, limit, unit) => `≤ ${limit}${unit}: ${value <= limit ? 'met' : 'NOT met'}`;
const contentTags = elementsOf(await readManifest())
  .filter((element) => (element.attributes ?? []).some((a) => a.name === 'heading-level'))
  .map((element) => element.tagName);

const browser = await puppeteer.launch({executablePath, headless: true, args: chromiumArgs});
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1024, height: 800});
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
  // French, which the switch measures, first: as a page's own tag for it, before the bundle.
  await page.addScriptTag({type: 'module', content: read('dist/locales/fr.js')});
  await page.waitForFunction(() => customElements.get('trp-locale-fr'));
  await page.addScriptTag({type: 'module', content: read('dist/trp-widgets.js')});
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), {}, contentTags);

  const result = await page.evaluate(
    async ({tag, contentTags, runs, warmup}, dom) => {
      const tags = customElements.get(tag) ? [tag] : contentTags.filter((t) => customElements.get(t));
      const container = document.body.appendChild(document.createElement('div'));
      /** The time `step` takes, to the final layout. */
      const once = async (step, i) => {
        const start = performance.now();
        await step(i);
        container.getBoundingClientRect();
        return performance.now() - start;
      };
      /** The times of `runs` runs of `step`, after `warmup` more. */
      const repeat = async (step) => {
        const times = [];
        for (let i = 0; i < warmup + runs; i++) times.push(await once(step, i));
        return times.slice(warmup);
      };
      const render = async () => {
        container.replaceChildren(...tags.map((t) => document.createElement(t)));
        await dom.settledWithin(container);
      };
      const firstRender = await once(render);
      const renders = await repeat(render);

      // The floor: the same final DOM as static HTML, each shadow root's adopted styles inline.
      await render();
      const hosts = dom.elementsWithin(container).filter((element) => element.shadowRoot);
      for (const {shadowRoot} of hosts) {
        const css = shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('');
        if (css) shadowRoot.prepend(Object.assign(document.createElement('style'), {textContent: css}));
      }
      const names = new Set(hosts.map((host) => host.localName));
      const staticHtml = container
        .getHTML({shadowRoots: hosts.map((host) => host.shadowRoot)})
        .replace(/<(\/?)([a-z][\w-]*)/g, (text, slash, name) => (names.has(name) ? `<${slash}static-${name}` : text));
      const parses = await repeat(() => container.setHTMLUnsafe(staticHtml));
      const staticElements = dom.elementsWithin(container).length;

      // Language switches, back and forth.
      await render();
      const rendered = dom.elementsWithin(container);
      const switches = await repeat((i) => {
        container.setAttribute('lang', i % 2 === 0 ? 'fr' : 'en');
        return dom.settledWithin(container);
      });
      container.setAttribute('lang', 'fr');
      await dom.settledWithin(container);
      return {
        measured: customElements.get(tag) ? `<${tag}>` : `<${tag}> is not defined; measured instead: ${tags.map((t) => `<${t}>`).join(' ')}`,
        counts: `${rendered.filter((element) => 'updateComplete' in element).length} Lit elements, ${rendered.length} elements rendered; ${staticElements} elements from ${staticHtml.length} bytes of static HTML`,
        firstRender,
        renders,
        parses,
        switches,
        frenchHeading: container.firstElementChild.shadowRoot.querySelector('h1, h2, h3, h4, h5, h6')?.textContent.trim(),
        staticHtml,
      };
    },
    {tag, contentTags, runs, warmup},
    await page.evaluateHandle(shadowDomScript)
  );

  const ms = (value) => `${value.toFixed(2)} ms`;
  const [render, floor, switched] = [median(result.renders), median(result.parses), median(result.switches)];
  const ratio = render / floor;
  console.log(`Measured: ${result.measured} (${result.counts}; medians of ${runs} runs after ${warmup} warm-ups, Chromium ${await browser.version()})`);
  console.table({
    'render, first (cold templates)': {time: ms(result.firstRender), goal: ''},
    render: {time: ms(render), goal: ''},
    'static HTML floor': {time: ms(floor), goal: ''},
    'render / floor': {time: `${ratio.toFixed(2)}×`, goal: goal(ratio, 2, '×')},
    'language switch': {time: ms(switched), goal: `${goal(switched, 16, ' ms')} (slowest ${ms(Math.max(...result.switches))})`},
  });
  console.log(`after switching to fr, the first heading reads: “${result.frenchHeading}”`);

  if (tag === 'trp-guide' && result.measured === '<trp-guide>') await coldLoads(result.staticHtml);
} finally {
  await browser.close();
}

/**
 * The probe, each page's first script (classic, so it runs before the page is parsed further): from
 * the first animation frame on, it notes the start of the first frame with the guide's last heading
 * (in its contact section's shadow root; the static copy's hosts are `static-…`).
 */
function probe() {
  return `(() => {
  const lastHeading = () => document.querySelector('trp-guide, static-trp-guide')?.shadowRoot
    ?.querySelector('trp-contact-card, static-trp-contact-card')?.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim();
  const frame = (start) => (lastHeading() ? (window.benchFrame = {start, heading: lastHeading()}) : requestAnimationFrame(frame));
  requestAnimationFrame(frame);
})();
`;
}

/** A page in `lang` with `body` and the module scripts `scripts`, in order, the probe first. */
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

/** Cold loads of each page, alternating; prints their medians and ratios. */
async function coldLoads(staticHtml) {
  const {render} = await import('../dist/esm/server.js');
  const files = {
    '/probe.js': probe(),
    '/dist/trp-widgets.js': read('dist/trp-widgets.js'),
    '/dist/trp-widgets-ssr.js': read('dist/trp-widgets-ssr.js'),
    '/dist/locales/fr.js': read('dist/locales/fr.js'),
  };
  const pages = {
    'server-rendered guide, trp-widgets-ssr.js': page(render('trp-guide', {lang: 'en'}), ['/dist/trp-widgets-ssr.js']),
    'client-rendered guide, trp-widgets.js': page('<trp-guide lang="en"></trp-guide>', ['/dist/trp-widgets.js']),
    'French, the bundle alone (fetches fr.js)': page('<trp-guide></trp-guide>', ['/dist/trp-widgets.js'], 'fr'),
    'French, fr.js’s tag before the bundle': page('<trp-guide></trp-guide>', ['/dist/locales/fr.js', '/dist/trp-widgets.js'], 'fr'),
    'static HTML floor, no script': page(staticHtml),
  };
  const names = Object.keys(pages);
  names.forEach((name, i) => (files[`/${i}.html`] = pages[name]));
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (!(path in files)) return response.writeHead(404).end();
    const type = path.endsWith('.html') ? 'text/html' : 'text/javascript';
    response.writeHead(200, {'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store'}).end(files[path]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const times = names.map(() => ({onScreen: [], paint: [], loaded: [], heading: ''}));
  try {
    // The first round warms the machine (and this server) up: not counted.
    for (let run = 0; run <= coldRuns; run++) {
      for (const [i, entry] of times.entries()) {
        const context = await browser.createBrowserContext();
        try {
          const tab = await context.newPage();
          await tab.setViewport({width: 390, height: 844});
          await (await tab.createCDPSession()).send('Emulation.setCPUThrottlingRate', {rate: cpuSlowdown});
          await tab.goto(`http://127.0.0.1:${server.address().port}/${i}.html`, {waitUntil: 'load'});
          await tab.waitForFunction(() => window.benchFrame && performance.getEntriesByName('first-contentful-paint').length, {polling: 50, timeout: 30000});
          const measured = await tab.evaluate(() => {
            const paint = performance.getEntriesByName('first-contentful-paint')[0].startTime;
            // On screen at the first paint if the frame with the last heading started before it, else with that frame.
            const onScreen = Math.max(paint, window.benchFrame.start);
            return {onScreen, paint, loaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd, heading: window.benchFrame.heading};
          });
          if (run === 0) continue;
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

  const medians = times.map((entry) => ({onScreen: median(entry.onScreen), paint: median(entry.paint), loaded: median(entry.loaded)}));
  const [ssr, english, , frenchTag, floor] = medians;
  const ms = (value) => `${value.toFixed(0)} ms`;
  console.log(`\nCold load of a page with the whole guide, CPU slowed ${cpuSlowdown}×, a fresh browser context each load, 390 px wide; medians of ${coldRuns} loads each:`);
  console.table(Object.fromEntries(medians.map(({onScreen, paint, loaded}, i) => [
    names[i],
    {'on screen': ms(onScreen), '÷ floor': `${(onScreen / floor.onScreen).toFixed(2)}×`, 'first paint': ms(paint), 'paint ÷ floor': `${(paint / floor.paint).toFixed(2)}×`, DOMContentLoaded: ms(loaded)},
  ])));
  console.log(`server-rendered on screen / floor: ${(ssr.onScreen / floor.onScreen).toFixed(2)}×   goal ${goal(ssr.onScreen / floor.onScreen, 1.2, '×')}`);
  console.log(`French with its tag on screen / English: ${(frenchTag.onScreen / english.onScreen).toFixed(2)}×   goal ${goal(frenchTag.onScreen / english.onScreen, 1.1, '×')}`);
  console.log(`(the last heading each page showed: ${[...new Set(times.map((entry) => `“${entry.heading}”`))].join(', ')}; DOMContentLoaded comes once the bundle has run: hydrated, or rendered)`);
}
