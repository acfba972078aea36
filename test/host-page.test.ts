import {expect} from '@open-wc/testing';
import {
  booleanAttributes,
  definedTags,
  observedAttributes,
  openHostPage,
  pause,
  place,
  renderedElements,
  renderedHeadings,
  renderedHrefs,
  renderedText,
  settleAll,
  type HostPage,
  type LitLike,
  waitFor,
} from './support/host-pages.js';
import {publicTags} from './support/helpers.js';
import {allLocales, targetLocales} from '../src/generated/locale-codes.js';
import {strictPolicy} from './support/strict-csp.mjs';
import {officialPage} from '../src/facts.js';

const pages: HostPage[] = [];
async function open(name: string, width?: number): Promise<HostPage> {
  const page = await openHostPage(name, width);
  pages.push(page);
  return page;
}
afterEach(() => {
  for (const page of pages.splice(0)) page.frame.remove();
});

/**
 * `tag` in `lang`, placed in the page once it has rendered in that language. Only English is in the
 * bundle: the first element in another language makes the bundle fetch dist/locales/<lang>.js from
 * beside itself, and shows nothing until it has come (the bound only turns a load that never comes
 * into a failed check rather than a timeout).
 */
async function placeIn(page: HostPage, tag: string, lang: string, attributes: Record<string, string> = {}): Promise<LitLike> {
  const element = await place(page, tag, {...attributes, lang});
  if (lang !== 'en') {
    await Promise.race([page.win.customElements.whenDefined(`trp-locale-${lang}`), pause(4000)]);
    await settleAll(element);
  }
  return element;
}

/** The language an element's content is marked with (the `lang` of its `base` part). */
const contentLang = (element: Element) =>
  element.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang');

/** Nothing went wrong in the page: no error, no policy violation, no console error. */
function expectQuiet(page: HostPage): void {
  expect(page.log.errors, 'errors').to.deep.equal([]);
  expect(page.log.violations, 'policy violations').to.deep.equal([]);
  expect(page.log.consoleErrors, 'console errors').to.deep.equal([]);
}


describe('on a partner page with a strict Content-Security-Policy and Trusted Types', () => {
  it('is served with exactly the policy docs/security.md gives partners', async () => {
    const response = await fetch('/test/host/strict.html');
    expect(response.headers.get('content-security-policy')).to.equal(strictPolicy);
    const readme = (await (await fetch('/docs/security.md')).text()).replace(/\s+/g, ' ');
    expect(readme.includes(strictPolicy), 'docs/security.md gives the policy').to.equal(true);
  });

  it('defines every element', async () => {
    const page = await open('strict');
    expect(await definedTags(page.win)).to.deep.equal([...publicTags]);
  });

  it('renders every element in every language of the build with no policy violation and no console error: each language module comes under the policy', async function () {
    this.timeout(30_000); // every element in five languages, each module fetched under the policy: over 10 s in WebKit
    const page = await open('strict');
    for (const tag of await definedTags(page.win)) {
      const english = await placeIn(page, tag, 'en');
      expect(renderedText(english).length, `${tag} in English`).to.be.above(20);
      expect(contentLang(english), tag).to.equal('en');
      for (const lang of targetLocales) {
        const element = await placeIn(page, tag, lang);
        const where = `${tag} in ${lang}`;
        expect(contentLang(element), where).to.equal(lang);
        expect(renderedText(element), where).not.to.equal(renderedText(english));
        // A language Canada does not publish in says first that the translation is unofficial.
        if (tag !== 'trp-quick-exit' && !(lang in officialPage)) {
          const notice = renderedElements(element).find((node) => node.getAttribute('part') === 'notice') as HTMLElement | undefined;
          expect(notice, `${where}: the notice`).not.to.equal(undefined);
          expect(renderedText(element).startsWith(notice!.innerText.replace(/\s+/g, ' ').trim()), `${where}: the notice first`).to.equal(true);
        }
      }
    }
    expectQuiet(page);
  });

  it('really enforces the policy: an inline style and an HTML string are refused', async () => {
    const page = await open('strict');
    page.doc.body.setAttribute('style', 'color: red');
    // The violation is reported in a task of its own: wait for it rather than for a fixed time.
    await waitFor(() => page.log.violations.some((v) => v.startsWith('style-src')), 'the inline style to be refused');
    const div = page.doc.createElement('div');
    // Each engine words it its own way: Chromium and WebKit name TrustedHTML, Firefox the sink.
    expect(() => (div.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML|Sink type mismatch violation/);
  });
});

describe('under a host theme that restyles every element with !important and odd inherited values', () => {
  it('keeps every element readable: its own text styles, the host font family', async () => {
    const page = await open('hostile', 800);
    const fontFamily = page.win.getComputedStyle(page.doc.body).fontFamily;
    expect(fontFamily).to.include('Georgia');
    for (const tag of await definedTags(page.win)) {
      const element = await place(page, tag, {lang: 'en'});
      const text = renderedElements(element).filter((node) => /^(p|li|h[1-6]|a|button|dt|dd|summary|label)$/.test(node.localName));
      expect(text.length, `${tag} renders text`).to.be.above(0);
      for (const node of text) {
        const style = page.win.getComputedStyle(node);
        const where = `${tag} ${node.localName} “${(node.textContent ?? '').trim().slice(0, 30)}”`;
        expect(style.textTransform, where).to.equal('none');
        expect(style.letterSpacing, where).to.equal('normal');
        expect(style.wordSpacing, where).to.equal('0px');
        expect(style.direction, where).to.equal('ltr');
        expect(style.textIndent, where).to.equal('0px');
        expect(style.fontStyle, where).to.equal('normal');
        expect([style.fontVariant, style.fontStretch, style.fontSizeAdjust], where).to.deep.equal(['normal', '100%', 'none']);
        if (/^(p|li|dd|label)$/.test(node.localName) && !node.closest('.phone')) expect(style.fontWeight, where).to.equal('400');
        expect(style.whiteSpaceCollapse, where).not.to.equal('preserve');
        expect(style.textShadow, where).to.equal('none');
        expect(style.webkitTextFillColor, where).to.equal(style.color);
        expect(style.color, where).not.to.equal('rgb(255, 0, 255)');
        expect(style.fontFamily, where).to.equal(fontFamily);
        const size = Number.parseFloat(style.fontSize);
        expect(size, where).to.be.within(12, 40);
        expect(Number.parseFloat(style.lineHeight) / size, where).to.be.within(1, 2.5);
      }
    }
    expectQuiet(page);
  });

  for (const lang of targetLocales) {
    it(`keeps every element laid out inside the page, its headings visible (${lang})`, async () => {
      for (const width of [320, 800]) {
        const page = await open('hostile', width);
        for (const tag of await definedTags(page.win)) {
          const element = await placeIn(page, tag, lang);
          expect(contentLang(element), `${tag} in ${lang}`).to.equal(lang);
          const box = element.getBoundingClientRect();
          expect(box.right, `${tag} at ${width}px`).to.be.at.most(width);
          const figure = page.doc.querySelector('.partner-figure')!.getBoundingClientRect();
          const shown = renderedElements(element).filter((node) => node.getBoundingClientRect().width > 0);
          expect(shown.length, `${tag} shows something at ${width}px`).to.be.above(0);
          for (const node of shown) {
            const rect = node.getBoundingClientRect();
            const where = `${tag} ${node.localName} at ${width}px in ${lang}`;
            expect(rect.left, where).to.be.at.least(-1);
            expect(rect.right, where).to.be.at.most(width + 1);
            // What floats over the page on purpose (a fixed quick exit button) may overlap it.
            if (isFixed(page, node, element)) continue;
            expect(rect.left, where).to.be.at.least(box.left - 1);
            expect(rect.right, where).to.be.at.most(box.right + 1);
            const overlapsFigure = rect.left < figure.right && rect.right > figure.left && rect.top < figure.bottom && rect.bottom > figure.top;
            expect(overlapsFigure, `${where} runs under the page's floated figure`).to.equal(false);
          }
          for (const heading of renderedElements(element).filter((node) => /^h[1-6]$/.test(node.localName))) {
            const style = page.win.getComputedStyle(heading);
            expect(style.display, `${tag} heading`).to.equal('block');
            expect(style.visibility, `${tag} heading`).to.equal('visible');
            expect(heading.getBoundingClientRect().height, `${tag} heading`).to.be.above(10);
          }
          element.remove();
        }
        expect(page.doc.documentElement.scrollWidth, `page at ${width}px`).to.be.at.most(width);
        expectQuiet(page);
      }
    });
  }
});

/** Whether `node`, or anything between it and `element` (included), is fixed or sticky. */
function isFixed(page: HostPage, node: Element, element: Element): boolean {
  for (let box: Node | null = node; box; box = box instanceof page.win.ShadowRoot ? box.host : box.parentNode) {
    if (box.nodeType === Node.ELEMENT_NODE && /^(fixed|sticky)$/.test(page.win.getComputedStyle(box as Element).position)) return true;
    if (box === element) break;
  }
  return false;
}

const longText = 'Ǎ'.repeat(2000) + ' ' + 'word '.repeat(1600);

/** Hostile values for every attribute of every element. */
const hostileValues = [
  'javascript:alert(document.domain)',
  // With a host: only the scheme check rejects these.
  'javascript://example.org/%0Aalert(1)',
  'data://x.org/,hi',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '<img src=x onerror="window.injected=1">',
  '<script>window.injected = 1</script>',
  '"><svg onload="window.injected=1"></svg><trp-injected></trp-injected>',
  '${alert(1)} {{constructor.constructor("alert(1)")()}}',
  '-4',
  '999',
  '2.5',
  'NaN',
  'ZZ',
  '',
  '   ',
  'مركز الأمان للمساعدة \u202Eevil\u202C שלום',
  'Zoë 👩🏽‍⚕️ e\u0301\u0301\u0301 \u0000\uFFFF',
  longText,
];

/** Attributes every element is given, on top of the ones it observes: shared ones and unknown ones. */
// (An `onclick` attribute cannot even be set under this policy: Trusted Types refuse it.)
const everyElement = ['lang', 'heading-level', 'dir', 'style', 'data-unknown', 'unknown-attribute'];

/** Values that only make sense for one element's attribute (the hostile values are given too). */
const perElement: Record<string, Record<string, string[]>> = {
  'trp-contact-card': {
    phone: ['tel:911', '+1 (613) 555-0100<script>', '1'.repeat(40), '+'],
    email: ['a@b.c', 'x@example.org?body=<script>', 'mailto:x@example.org', 'x@example.org\nBcc: y@example.org'],
    url: ['example.org/help', 'https://user:pass@example.org/', 'http://', 'https://exa mple.org', 'ftp://example.org'],
  },
  'trp-benefits-list': {province: ['ZZ', 'B C', 'QC<script>', 'Ontario', 'XX'.repeat(500)]},
  'trp-quick-exit': {href: ['javascript:alert(1)', 'data:text/html,hi', 'https://example.org" onclick="x', '']},
};

/**
 * Attributes that choose a link, so that any safe value may replace the default one (the quick
 * exit's destination: `//example.org` or a relative path are safe http(s) links there).
 */
const linkAttributes: Record<string, string[]> = {'trp-quick-exit': ['href']};

/** What an element shows that bad input must never take away: its links and its main heading. */
interface Essentials {
  hrefs: string[];
  heading: string;
}

/** What `tag` shows in English with `attributes` (boolean ones, switched on). */
async function essentials(page: HostPage, tag: string, attributes: Record<string, string> = {}): Promise<Essentials> {
  const element = await place(page, tag, {lang: 'en', ...attributes});
  const found = {hrefs: renderedHrefs(element), heading: renderedHeadings(element)[0] ?? ''};
  element.remove();
  return found;
}

/** Nothing unsafe in what `element` rendered, and what it always shows is still there. */
function expectSafe(page: HostPage, element: LitLike, expected: Essentials, where: string, keepsLinks = true): void {
  for (const href of renderedHrefs(element)) expect(href, `${where}: link`).to.match(safeLink);
  const injected = renderedElements(element).filter(
    (node) =>
      /^(script|img|svg|math|iframe|frame|object|embed|trp-injected|style|link|base|meta|template)$/.test(node.localName) ||
      [...node.attributes].some((attribute) => attribute.name.startsWith('on') || attribute.name === 'style')
  );
  expect(injected.map((node) => node.outerHTML.slice(0, 80)), `${where}: injected`).to.deep.equal([]);
  expect((page.win as unknown as {injected?: unknown}).injected, `${where}: script ran`).to.equal(undefined);
  const hrefs = renderedHrefs(element);
  if (keepsLinks) for (const href of expected.hrefs) expect(hrefs, `${where}: keeps its links`).to.include(href);
  expect(renderedHeadings(element)[0] ?? '', `${where}: keeps its heading`).to.equal(expected.heading);
  expect(page.doc.documentElement.scrollWidth, `${where}: fits the page`).to.be.at.most(page.win.innerWidth);
}

/** The only links an element may make: tel:, mailto:, http(s): and its own in-page fragments (a table of contents). */
const safeLink = /^(tel:\+?\d+|mailto:[^\s<>"]+|https?:\/\/[^\s<>"]+|#[a-z][\w-]*)$/i;

describe('with hostile or nonsense attribute values', () => {
  it('never throws, injects nothing, makes no unsafe link, and keeps working, attribute by attribute', async function () {
    this.timeout(60_000); // every value of every attribute of every element, the whole guide included
    const page = await open('strict', 400);
    for (const tag of await definedTags(page.win)) {
      const extra = perElement[tag] ?? {};
      const names = new Set([...observedAttributes(page.win, tag), ...everyElement, ...Object.keys(extra)]);
      const booleans = booleanAttributes(page.win, tag);
      for (const name of names) {
        // A boolean attribute is on whatever its value: compare with the element with it on.
        const expected = await essentials(page, tag, booleans.includes(name) ? {[name]: ''} : {});
        const element = await place(page, tag);
        for (const value of [...hostileValues, ...(extra[name] ?? [])]) {
          element.setAttribute(name, value);
          await settleAll(element);
          const keepsLinks = !linkAttributes[tag]?.includes(name);
          expectSafe(page, element, expected, `${tag} ${name}="${value.slice(0, 40)}"`, keepsLinks);
        }
        element.remove();
      }
    }
    expect(page.log.errors, 'errors').to.deep.equal([]);
    // The page's own `style` attribute on the element is refused by the policy; nothing else may be.
    expect(page.log.violations.filter((v) => !v.startsWith('style-src-attr')), 'policy violations').to.deep.equal([]);
    expect(page.log.consoleErrors, 'console errors').to.deep.equal([]);
  });

  it('never throws and keeps working when every attribute is hostile before the element upgrades', async function () {
    this.timeout(60_000); // every value of every attribute of every element, the whole guide included
    const page = await open('strict', 400);
    for (const tag of await definedTags(page.win)) {
      const booleans = booleanAttributes(page.win, tag);
      const expected = await essentials(page, tag, Object.fromEntries(booleans.map((name) => [name, ''])));
      const names = [...observedAttributes(page.win, tag), 'data-unknown'];
      for (const value of hostileValues) {
        const element = await place(page, tag, Object.fromEntries(names.map((name) => [name, value])));
        expectSafe(page, element, expected, `${tag} with every attribute "${value.slice(0, 40)}"`, !linkAttributes[tag]);
        element.remove();
      }
    }
    expectQuiet(page);
  });

  it('shows markup and right-to-left text in the organisation name as text', async () => {
    const page = await open('strict');
    const name = '<b>Safe</b> مركز الأمان & <i>Co</i>';
    const card = await place(page, 'trp-contact-card', {lang: 'en', 'org-name': name});
    expect(renderedHeadings(card)).to.include(name);
    expect(renderedElements(card).some((node) => node.localName === 'b' || node.localName === 'i')).to.equal(false);
    expectQuiet(page);
  });
});

describe('leaves no traces', () => {
  it('sets no cookie, stores nothing, requests nothing but the module and the language it shows, adds only Lit’s globals', async function () {
    this.timeout(30_000); // every element in every language, each switched to the next: over 10 s in WebKit with five languages
    const page = await open('strict');
    expect(page.doc.cookie).to.equal('');
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.win.sessionStorage.length).to.equal(0);
    const languages = allLocales;
    for (const tag of await definedTags(page.win)) {
      for (const [i, lang] of languages.entries()) {
        const element = await placeIn(page, tag, lang, {'heading-level': '3'});
        // Use it as a reader would: focus every link and control, open every disclosure,
        // press every button that does not leave the page (the quick exit does, on purpose).
        for (const node of renderedElements(element)) {
          if (node.matches('a[href], button, summary, [tabindex]')) (node as HTMLElement).focus();
          if (tag !== 'trp-quick-exit' && node.matches('button, summary')) (node as HTMLElement).click();
        }
        element.setAttribute('lang', languages[(i + 1) % languages.length]);
        element.setAttribute('heading-level', '4');
        await settleAll(element);
        page.doc.documentElement.setAttribute('lang', lang);
        await settleAll(element);
      }
    }
    await pause(100);
    expect(page.doc.cookie, 'cookies').to.equal('');
    expect(page.win.localStorage.length, 'localStorage').to.equal(0);
    expect(page.win.sessionStorage.length, 'sessionStorage').to.equal(0);
    const requested = page.win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    // Each language the page shows, once, however many elements show it.
    expect(requested.slice(0, 2)).to.deep.equal(['/test/host/monitor.js', '/dist/trp-widgets.js']);
    expect(requested.slice(2).sort()).to.deep.equal(targetLocales.map((lang) => `/dist/locales/${lang}.js`));
    const before = new Set([...page.log.globalsBefore, 'hostLog']);
    const added = Object.getOwnPropertyNames(page.win).filter((name) => !before.has(name));
    expect(added.sort()).to.deep.equal(litGlobals);
    expectQuiet(page);
  });
});

/**
 * Lit's own markers, which every copy of Lit sets: the versions of lit-html, ReactiveElement and
 * LitElement loaded on the page (so that Lit can warn about duplicates), and the shared metadata
 * map of its decorators.
 */
const litGlobals = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

describe('loaded twice on one page', () => {
  async function expectWorking(page: HostPage): Promise<void> {
    const tags = await definedTags(page.win);
    expect(tags).to.deep.equal([...publicTags]);
    for (const tag of tags) {
      const element = await placeIn(page, tag, 'fr');
      expect(contentLang(element), tag).to.equal('fr');
      expect(renderedText(element).length, tag).to.be.above(20);
      for (const href of renderedHrefs(element)) expect(href, tag).to.match(safeLink);
    }
    const requested = page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(requested.map((url) => url.pathname + url.search)).to.include('/dist/trp-widgets.js?second-copy');
  }

  it("works, with no error and one warning, when the policy allows Lit's policy twice", async () => {
    const page = await open('twice');
    await expectWorking(page);
    expectQuiet(page);
    expect(page.log.consoleWarnings).to.have.length(1);
    expect(page.log.consoleWarnings[0]).to.include('already defined');
  });

  it('still works under the strict policy as it is: only the second copy fails to load', async () => {
    const page = await open('twice-strict');
    await expectWorking(page);
    expect(page.log.errors).to.have.length(1);
    // Chromium: Policy with name "lit-html" already exists; WebKit: … 'lit-html' …; Firefox:
    // Content-Security-Policy blocked creating policy named 'lit-html'.
    expect(page.log.errors[0]).to.match(/Policy with name ["']lit-html["'] already exists|blocked creating policy named 'lit-html'/);
    expect(page.log.violations).to.deep.equal(['trusted-types: trusted-types-policy lit-html']);
  });
});
