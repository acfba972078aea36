// The printable handout, as an outreach worker gets it: from the command `trp-widgets handout`
// (a PDF printed by the system's Chromium), and from the demo's "Print a handout" view (what the
// browser prints). The PDFs are read with test/support/pdf.mjs (pdf.js): the
// pages, their size, their text in drawing order, their type sizes and fonts, and their links.
import {before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {useServerAndBrowser} from '../support/browser-harness.mjs';
import {readPdf} from '../support/pdf.mjs';
import {shadowDomScript} from '../support/shadow-dom.mjs';
import {handoutDocument, handoutPdf, readChoices} from '../../lib/handout.mjs';
import config from '../../web-dev-server.config.mjs';
import {strictPolicy} from '../support/strict-csp.mjs';
import {emergencyPhone, hotline, irccPhone} from '../../build/src/facts.js';
import {allLocales, targetLocales} from '../../build/src/generated/locale-codes.js';

const root = new URL('../../', import.meta.url);
const command = new URL('bin/trp-widgets.mjs', root).pathname;
const axeSource = readFileSync(new URL('node_modules/axe-core/axe.min.js', root), 'utf8');

const harness = useServerAndBrowser(config);

/** Each xliff/<locale>.xlf message: its English source and its translation, each as pieces of text between placeholders. */
function messagesOf(locale) {
  const text = (xml) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const pieces = (xml) => xml.split(/<x [^>]*\/>/).map((piece) => text(piece).replace(/\s+/g, ' ').trim()).filter(Boolean);
  const xml = readFileSync(new URL(`xliff/${locale}.xlf`, root), 'utf8');
  return [...xml.matchAll(/<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)].map(([, source, target]) => ({
    source: pieces(source),
    target: pieces(target),
  }));
}
const messages = Object.fromEntries(targetLocales.map((locale) => [locale, messagesOf(locale)]));

/** A message in `lang`, from its English text (which has no placeholder). */
function translate(english, lang) {
  if (lang === 'en') return english;
  const message = messages[lang].find(({source}) => source.length === 1 && source[0] === english);
  assert.ok(message, `xliff/${lang}.xlf has no message "${english}"`);
  return message.target.join(' ');
}

/** Text as one line: white space (line breaks, no-break spaces) as single spaces. */
const flat = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * Text as a PDF's text layer keeps it, to compare with what was printed. Shaped Gurmukhi comes out
 * of a PDF in visual order, some signs lost: "ਨਿਵਾਸੀ" prints whole, and reads back as "ਿਨਵਾਸੀ";
 * the sign of a subjoined letter (ਪ੍ਰ) and some vowel signs (ਨਹੀਂ → "ਨਹ ", ਤੋਂ → "ਤ\0") are not in it. In
 * Punjabi, both sides are compared as their letters: no signs (nor subjoined letters), controls or spaces.
 */
const comparable = (lang) =>
  lang === 'pa' ? (text) => text.normalize('NFD').replace(/\u0a4d[\u0a00-\u0a7f]/gu, '').replace(/[\p{M}\p{Cc}\s]/gu, '') : (text) => text;

/** The organisation of each language's handout: every detail the handout takes, the address on two lines. */
const organisations = {
  en: {'org-name': 'Safe Harbour Services', phone: '613-555-0100', email: 'help@example.org', url: 'https://example.org/help', hours: 'Monday to Friday, 9 a.m. to 5 p.m.', address: '12 Main Street\nOttawa ON K1A 0B1'},
  fr: {'org-name': 'Services Havre sûr', phone: '613-555-0100', email: 'aide@example.org', url: 'https://example.org/fr', hours: 'Du lundi au vendredi, de 9 h à 17 h', address: '12, rue Principale\nOttawa (Ontario) K1A 0B1'},
  es: {'org-name': 'Servicios Puerto Seguro', phone: '613-555-0100', email: 'ayuda@example.org', url: 'https://example.org/es', hours: 'De lunes a viernes, de 9 a. m. a 5 p. m.', address: '12 Main Street\nOttawa ON K1A 0B1'},
  tl: {'org-name': 'Safe Harbour Services', phone: '613-555-0100', email: 'tulong@example.org', url: 'https://example.org/tl', hours: 'Lunes hanggang Biyernes, 9 a.m. hanggang 5 p.m.', address: '12 Main Street\nOttawa ON K1A 0B1'},
  pa: {'org-name': 'ਸੇਫ਼ ਹਾਰਬਰ ਸਰਵਿਸਿਜ਼', phone: '613-555-0100', email: 'madad@example.org', url: 'https://example.org/pa', hours: 'ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 9 ਤੋਂ ਸ਼ਾਮ 5 ਵਜੇ ਤੱਕ', address: '12 Main Street\nOttawa ON K1A 0B1'},
};

/** Each paper's size in points. */
const paperSizes = {letter: [612, 792], a4: [595.28, 841.89]};

/** The main heading of each part of the handout, in English, in reading order. */
const partHeadings = [
  'Temporary resident permit for victims of human trafficking',
  'Who to call',
  'The temporary resident permit',
  'What the permit gives you',
  'Your interview with an immigration officer',
  'After the decision',
  'Staying in Canada permanently',
];

describe('the command: trp-widgets handout', () => {
  test('writes a two-page handout in Spanish with the organisation’s phone number on its first page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trp-handout-'));
    try {
      const run = spawnSync(
        process.execPath,
        [command, 'handout', '--lang', 'es', '--province', 'BC', '--org-name', 'Servicios Puerto Seguro', '--phone', '613-555-0199', '--out', 'guide-es.pdf'],
        {cwd: dir, encoding: 'utf8'}
      );
      assert.deepEqual({status: run.status, stdout: run.stdout, stderr: run.stderr}, {status: 0, stdout: '', stderr: ''});
      const pdf = await readPdf(readFileSync(join(dir, 'guide-es.pdf')));
      assert.equal(pdf.pages.length, 2);
      assert.deepEqual([pdf.pages[0].width, pdf.pages[0].height], paperSizes.letter, 'Letter unless asked');
      assert.equal(pdf.lang, 'es');
      assert.equal(pdf.title, translate(partHeadings[0], 'es'));
      const first = flat(pdf.pages[0].text);
      for (const wanted of ['Servicios Puerto Seguro', '613-555-0199', hotline.phone.display]) assert.ok(first.includes(wanted), `page 1 has no ${wanted}`);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  test('still writes a handout that takes a third page, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trp-handout-'));
    try {
      const address = Array.from({length: 40}, (_, i) => `Building ${i + 1}`).join('\n');
      const run = spawnSync(process.execPath, [command, 'handout', '--lang', 'fr', '--address', address, '--out', 'long.pdf'], {cwd: dir, encoding: 'utf8'});
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, "trp-widgets: long.pdf has 3 pages, not 2: shorten the organisation's details\n");
      assert.equal((await readPdf(readFileSync(join(dir, 'long.pdf')))).pages.length, 3);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('the handout, on Letter and on A4, in every language of the build', () => {
  /** Each handout, read: `handouts.es.letter`… */
  const handouts = {};
  before(async () => {
    for (const lang of allLocales) {
      handouts[lang] = {};
      for (const paper of ['letter', 'a4']) {
        const choices = readChoices({lang, paper, province: 'BC', ...organisations[lang]});
        handouts[lang][paper] = await readPdf(await handoutPdf(choices, {browser: harness.browser}));
      }
    }
  });
  const each = (check) => {
    for (const lang of allLocales) for (const paper of ['letter', 'a4']) check(handouts[lang][paper], lang, paper);
  };

  test('fits on two pages of the paper chosen, in 11 pt type, nothing smaller than 9 pt', () => {
    each((pdf, lang, paper) => {
      const where = `${lang}, ${paper}`;
      assert.ok(pdf.pages.length <= 2, `${where}: ${pdf.pages.length} pages`);
      for (const [index, page] of pdf.pages.entries()) {
        assert.deepEqual([page.width, page.height].map(Math.round), paperSizes[paper].map(Math.round), where);
        assert.ok(page.lines.includes(`${index + 1} / ${pdf.pages.length}`), `${where}: page ${index + 1} has no page number`);
        // Its layout is measured for Arial's widths: Liberation Sans has them, other fonts do not. Gurmukhi,
        // which neither has, comes from the system's fallback, Noto Sans Gurmukhi (Debian: fonts-noto-core).
        const fonts = lang === 'pa' ? /\+(Arial|LiberationSans|NotoSansGurmukhi)/ : /\+(Arial|LiberationSans)/;
        assert.deepEqual(page.fonts.filter((font) => !fonts.test(font)), [], `${where}: the handout needs Arial or Liberation Sans (Debian: fonts-liberation)`);
        const [[body]] = [...page.sizes].sort((a, b) => b[1] - a[1]);
        assert.equal(body, 11, `${where}: most of the text is set in ${body} pt`);
        assert.ok(Math.min(...page.sizes.keys()) >= 9, `${where}: text in ${Math.min(...page.sizes.keys())} pt`);
      }
    });
  });

  test('never splits a boxed block (whom to call, what you need not do or prove, a refusal, the caution) across columns or pages', async () => {
    for (const lang of allLocales) {
      // The boxed blocks a reader sees on paper, and their text: from the handout's page, in print.
      const page = await harness.browser.newPage();
      await page.setContent(await handoutDocument(readChoices({lang, province: 'BC', ...organisations[lang]})), {waitUntil: 'load'});
      await page.emulateMediaType('print');
      const dom = await page.evaluateHandle(shadowDomScript);
      const boxes = await page.evaluate(
        (dom) =>
          dom
            .elementsWithin(document)
            .filter((element) => element.matches('.box, .highlight') && element.getClientRects().length > 0)
            .map((element) => element.innerText),
        dom
      );
      await page.close();
      assert.ok(boxes.length >= 5, `${lang}: ${boxes.length} boxed blocks printed`);
      for (const paper of ['letter', 'a4']) {
        // Every line of the PDF in drawing order, with its page and how far down it is drawn; and
        // all of it as one text without white space (a line may break after a hyphen: "Faites-|le"),
        // each character knowing its line.
        const same = comparable(lang);
        const lines = handouts[lang][paper].pages.flatMap((p, number) => p.lines.map((text, i) => ({text: same(text.replace(/\s+/g, '')), number, top: p.tops[i]})));
        let text = '';
        const lineAt = [];
        for (const [index, line] of lines.entries()) {
          text += line.text;
          for (let i = 0; i < line.text.length; i++) lineAt.push(index);
        }
        for (const boxText of boxes) {
          const box = same(boxText.replace(/\s+/g, ''));
          const where = `${lang}, ${paper}: "${flat(boxText).slice(0, 50)}…"`;
          const start = text.indexOf(box);
          assert.ok(start >= 0, `${where} is not printed in one piece`);
          const [first, last] = [lines[lineAt[start]], lines[lineAt[start + box.length - 1]]];
          assert.equal(last.number, first.number, `${where} goes on to the next page`);
          assert.ok(last.top >= first.top, `${where} goes on at the top of the next column`);
        }
      }
    }
  });

  test('is in the language chosen: its title and the heading of each part, no English sentence left, and the document’s language', () => {
    each((pdf, lang, paper) => {
      const same = comparable(lang);
      const text = same(flat(pdf.pages.map((page) => page.text).join('\n')));
      assert.equal(pdf.lang, lang);
      assert.equal(pdf.title, translate(partHeadings[0], lang));
      for (const heading of partHeadings) assert.ok(text.includes(same(translate(heading, lang))), `${lang}, ${paper}: no heading "${translate(heading, lang)}"`);
      if (lang === 'en') return;
      // Any piece of English of four words or more, but the official names a translation keeps in English.
      const kept = messages[lang].flatMap(({target}) => target).join(' ');
      const english = messages[lang].flatMap(({source}) => source).filter((piece) => piece.split(' ').length >= 4 && !kept.includes(piece));
      assert.ok(english.length > 50);
      assert.deepEqual(english.filter((piece) => text.includes(same(piece))), [], `${lang}, ${paper}: English left in the handout`);
    });
  });

  test('puts whom to call first: the hotline, 911, IRCC and the organisation’s contact, on page 1 before the guide’s first part', () => {
    each((pdf, lang, paper) => {
      const same = comparable(lang);
      const first = same(flat(pdf.pages[0].text));
      // After the title, which may hold the part's heading (Punjabi has no "The": ਅਸਥਾਈ ਨਿਵਾਸੀ ਪਰਮਿਟ).
      const title = same(translate(partHeadings[0], lang));
      const guideStarts = first.indexOf(same(translate('The temporary resident permit', lang)), first.indexOf(title) + title.length);
      assert.ok(guideStarts > 0, `${lang}, ${paper}: the guide does not start on page 1`);
      const organisation = organisations[lang];
      for (const wanted of [hotline.phone.display, `${translate('In an emergency', lang)}`, emergencyPhone.display, irccPhone.display, organisation['org-name'], organisation.phone, organisation.email, 'Ottawa']) {
        const at = first.indexOf(same(wanted));
        assert.ok(at >= 0 && at < guideStarts, `${lang}, ${paper}: ${wanted} is not on page 1 before the guide (${at}, guide at ${guideStarts})`);
      }
    });
  });

  test('tailors income assistance to the province chosen', () => {
    each((pdf, lang) => {
      const same = comparable(lang);
      const text = same(flat(pdf.pages.map((page) => page.text).join('\n')));
      assert.ok(text.includes(same(translate('In British Columbia, you may be able to get income assistance.', lang))), lang);
      assert.ok(!text.includes(same(translate('Elsewhere, check with the government of your province or territory.', lang))), lang);
    });
  });

  test('has no quick exit, no table of contents and no “Need help now?” block (whom to call is on top already)', async () => {
    assert.doesNotMatch(await handoutDocument(readChoices({lang: 'es'})), /<trp-quick-exit/);
    each((pdf, lang, paper) => {
      const same = comparable(lang);
      const text = same(flat(pdf.pages.map((page) => page.text).join('\n')));
      for (const absent of ['Exit this page', 'On this page', 'Need help now?']) {
        assert.ok(!text.includes(same(translate(absent, lang))), `${lang}, ${paper}: "${translate(absent, lang)}" is in the handout`);
      }
    });
  });

  test('writes out every link: each web address in full, each phone number and e-mail address as its text', () => {
    each((pdf, lang, paper) => {
      const links = new Set(pdf.pages.flatMap((page) => page.links));
      const text = pdf.pages.map((page) => page.text).join('\n');
      const unbroken = text.replace(/\s+/g, '');
      // The phone numbers written in the text, by their digits (a `tel:` link may add the country code).
      const numbers = new Set([...text.matchAll(/\+?\d[\d ().-]*\d|\b\d{3}\b/g)].map(([number]) => number.replace(/\D/g, '')));
      for (const href of links) {
        const where = `${lang}, ${paper}: ${href}`;
        if (href.startsWith('tel:')) {
          const digits = href.slice(4).replace(/\D/g, '');
          assert.ok(numbers.has(digits) || (digits.startsWith('1') && numbers.has(digits.slice(1))), `${where} is not written out`);
        } else if (href.startsWith('mailto:')) assert.ok(unbroken.includes(href.slice(7)), `${where} is not written out`);
        else assert.ok(unbroken.includes(`(${href})`), `${where} is not written out`);
      }
      // Those the handout has, at least: the official pages, the list of covered care, the phones and the organisation's.
      for (const href of [`tel:${hotline.phone.href.slice(4)}`, 'tel:911', 'tel:+16135550100', `mailto:${organisations[lang].email}`, organisations[lang].url, 'https://provider.medavie.bluecross.ca/']) {
        assert.ok(links.has(href), `${lang}, ${paper}: no link to ${href} (${[...links].join(', ')})`);
      }
      assert.ok([...links].some((href) => href.startsWith('https://www.canada.ca/')), `${lang}, ${paper}: no link to the official page`);
    });
  });
});

describe('the demo’s “Print a handout” view', () => {
  /** Opens the view as `npm start` serves it, recording console errors and warnings and policy violations. */
  async function openView({width = 1280} = {}) {
    const page = await harness.browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${new URL(response.url()).pathname}`);
    });
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`policy violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.setViewport({width, height: 900});
    const response = await page.goto(`${harness.base}/demo/handout.html`, {waitUntil: 'networkidle0'});
    assert.equal(response.headers()['content-security-policy'], strictPolicy);
    return {page, problems};
  }

  /** Fills in the view's form as an outreach worker would, and waits until the handout has rendered. */
  async function choose(page, {lang, province, paper, ...organisation}) {
    await page.select('#h-lang', lang);
    await page.select('#h-province', province);
    await page.click(`#h-paper-${paper}`);
    for (const [name, value] of Object.entries(organisation)) await page.type(`[name="${name}"]`, value);
    if (lang === 'es') await page.waitForFunction(() => customElements.get('trp-locale-es') !== undefined);
    const dom = await page.evaluateHandle(shadowDomScript);
    await page.evaluate((dom) => dom.settledWithin(document), dom);
  }

  test('prints the handout the command writes, on the paper chosen, and nothing else of the page', async () => {
    const {page, problems} = await openView();
    const choices = {lang: 'es', province: 'BC', paper: 'a4', ...organisations.es};
    await choose(page, choices);
    // What the browser prints: the page in print media, on the page size its stylesheet asks for.
    const printed = await readPdf(await page.pdf({preferCSSPageSize: true}));
    const written = await readPdf(await handoutPdf(readChoices(choices), {browser: harness.browser}));
    assert.equal(printed.pages.length, 2);
    assert.deepEqual(printed.pages.map((p) => [p.width, p.height].map(Math.round)), written.pages.map((p) => [p.width, p.height].map(Math.round)));
    assert.deepEqual(printed.pages.map((p) => [p.width, p.height].map(Math.round)), [paperSizes.a4.map(Math.round), paperSizes.a4.map(Math.round)]);
    assert.deepEqual(printed.pages.map((p) => p.lines), written.pages.map((p) => p.lines), 'the same lines on the same pages');
    assert.deepEqual(printed.pages.map((p) => p.links), written.pages.map((p) => p.links));
    const text = printed.pages.map((p) => p.text).join('\n');
    for (const demo of ['Print a handout', 'Your organisation', 'Preview', 'Print or save as PDF']) assert.ok(!text.includes(demo), `"${demo}" printed`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('its button prints once the handout has rendered in the language chosen', async () => {
    const {page, problems} = await openView();
    await page.evaluate(() => {
      window.print = () => {
        const heading = document.querySelector('#handout trp-permit-explainer').shadowRoot.querySelector('[part="heading"]');
        window.printedHeading = heading?.textContent.trim() ?? '(nothing rendered)';
      };
    });
    // Spanish arrives only once the button has been pressed: the handout is not ready when it is.
    await page.setRequestInterception(true);
    let spanish;
    const requested = new Promise((resolve) => {
      page.on('request', (request) => {
        if (new URL(request.url()).pathname !== '/dist/locales/es.js') return request.continue();
        spanish = request;
        resolve();
      });
    });
    await page.select('#h-lang', 'es');
    await requested;
    await page.click('#print-handout');
    await spanish.continue();
    await page.waitForFunction(() => window.printedHeading !== undefined);
    assert.equal(await page.evaluate(() => window.printedHeading), translate('The temporary resident permit', 'es'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const width of [1280, 320]) {
    test(`passes axe (WCAG 2.2 A and AA) at ${width} px, with no horizontal scrolling`, async () => {
      const {page, problems} = await openView({width});
      await choose(page, {lang: 'fr', province: 'QC', paper: 'letter', ...organisations.fr});
      await page.setBypassCSP(true);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'no horizontal scrolling');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
