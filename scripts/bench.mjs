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
// Timing is noisy on a shared machine: read the medians, and run it again before trusting a change.
import {readFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, executablePath} from './chromium.mjs';
import {elementsOf, readManifest} from './manifest.mjs';
import {shadowDomScript} from './shadow-dom.mjs';

const root = new URL('..', import.meta.url);
const tag = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? 'trp-guide';
const runs = Number(process.env.BENCH_RUNS ?? 40);
const warmup = 5;

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
  await page.addScriptTag({type: 'module', content: bundle});
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), {}, contentTags);

  const shadowDom = await page.evaluateHandle(shadowDomScript);
  // scripts/shadow-dom.mjs in the page: `dom.settledWithin(container)` waits until no element in the
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
} finally {
  await browser.close();
}
