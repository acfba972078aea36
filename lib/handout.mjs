// `trp-widgets handout`: the printable handout (lib/handout-page.mjs) as a PDF, for teams that
// print in bulk. The elements are server-rendered with `render()` from trp-widgets/server, laid out
// by lib/handout.css, and printed by the system's Chromium (puppeteer-core drives it; no
// browser is downloaded), as the demo's "Print a handout" view prints them from a browser.
import {readFileSync, writeFileSync} from 'node:fs';
import {provinceCodes, render, supportedLocale} from '../dist/esm/server.js';
import {handoutHtml, papers} from './handout-page.mjs';

/**
 * The command's options (`lang`, `province`, `paper` and the organisation's details, as text),
 * checked. The language is read as the elements read it, by the elements' own `supportedLocale()`
 * (`es-MX` is `es`, `fil-PH` is `tl`, `pa-Arab` is not the project's Punjabi); one the package does
 * not have is a warning on stderr, and the handout is in English, as an element on a page would be.
 * A wrong province or paper is an Error whose message names the option.
 */
export function readChoices(options = {}) {
  const choices = Object.fromEntries(Object.entries(options).map(([name, value]) => [name, String(value).trim()]));
  let lang = supportedLocale(choices.lang || 'en');
  if (!lang) {
    process.stderr.write(`trp-widgets: lang="${choices.lang}" is not supported; showing English.\n`);
    lang = 'en';
  }
  const paper = (choices.paper || papers[0]).toLowerCase();
  if (!papers.includes(paper)) throw new Error(`handout: --paper ${choices.paper} is not one of ${papers.join(', ')}`);
  const province = (choices.province ?? '').toUpperCase();
  if (province && !provinceCodes.includes(province)) {
    throw new Error(`handout: --province ${choices.province} is not a province or territory code (${provinceCodes.join(', ')})`);
  }
  return {...choices, lang, paper, province};
}

/** Text between tags, without them: a heading's words, as a title. */
const textOf = (html) =>
  html.replace(/<!--[\s\S]*?-->|<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/**
 * The handout as a whole HTML document, its elements server-rendered and its stylesheet inside,
 * for `choices` as {@link readChoices} gives them. It needs no script: the elements' content is
 * declarative shadow DOM.
 */
export async function handoutDocument(choices) {
  const css = readFileSync(new URL('handout.css', import.meta.url), 'utf8');
  const body = handoutHtml(choices, render);
  // The PDF's title: the guide's, in the handout's language.
  const title = textOf(/<h1 part="heading"[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1] ?? '');
  return `<!doctype html>
<html lang="${choices.lang}">
<head>
<meta charset="utf-8">
<title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>
<style>${css}</style>
</head>
<body>${body}</body>
</html>
`;
}

/** How many pages a PDF written by Chromium has. */
export const pageCount = (pdf) => Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

/** puppeteer-core, an optional peer dependency: only the handout needs it. */
async function importPuppeteer() {
  try {
    return await import('puppeteer-core');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes("'puppeteer-core'")) throw error;
    throw new Error('handout needs puppeteer-core: npm install puppeteer-core');
  }
}

/**
 * The handout as PDF bytes, printed by the system's Chromium. `browser`: a puppeteer browser to
 * print in (the tests share one); without it, one is started and closed.
 */
export async function handoutPdf(choices, {browser} = {}) {
  const html = await handoutDocument(choices);
  const own = !browser;
  if (own) {
    const [{default: puppeteer}, {chromiumArgs, executablePath}] = await Promise.all([importPuppeteer(), import('./chromium.mjs')]);
    browser = await puppeteer.launch({executablePath, headless: true, args: chromiumArgs});
  }
  try {
    const page = await browser.newPage();
    // The page is whole: it asks for nothing.
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.isInterceptResolutionHandled() ? undefined : request.abort()));
    await page.setContent(html, {waitUntil: 'load'});
    // The paper is the stylesheet's: its named page for `paper`, as in a browser's print dialog.
    const pdf = await page.pdf({preferCSSPageSize: true, tagged: true});
    await page.close();
    return pdf;
  } finally {
    if (own) await browser.close();
  }
}

/**
 * Writes the handout for `choices` (as {@link readChoices} gives them) as a PDF file at `out`. It
 * says so on stderr when the handout takes more than two pages (very long organisation details).
 */
export async function writeHandout(out, choices) {
  const pdf = await handoutPdf(choices);
  writeFileSync(out, pdf);
  const pages = pageCount(pdf);
  if (pages > 2) process.stderr.write(`trp-widgets: ${out} has ${pages} pages, not 2: shorten the organisation's details\n`);
}
