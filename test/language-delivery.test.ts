import {expect} from '@open-wc/testing';
import {browserLog, engine} from './support/commands.js';
// The source, with its languages registered as their modules do, renders what the built bundle
// and the built language modules must show: the elements are defined here, in the test's own page.
import {defineAll} from '../src/elements.js';
import '../src/generated/languages/all.js';
import {
  openDeliveryPage,
  pause,
  place,
  releaseHeld,
  renderedElements,
  renderedHeadings,
  renderedText,
  settleAll,
  waitFor,
  deepActiveElement,
  type DeliveryMode,
  type DeliveryPage,
  type LitLike,
} from './support/host-pages.js';
import {expectSame, publicTags} from './support/helpers.js';

/**
 * French and Spanish as a real page gets them: the built bundle (dist/trp-widgets.js), English
 * only, in a folder of its own, with a version in its path and a query string, under the strict
 * policy with Trusted Types, and the built language modules (dist/locales/fr.js, es.js) beside it,
 * as the test server delivers them: at once, held for as long as the test wants, or answered 404
 * (see test/support/test-server.mjs).
 */

defineAll();

const spanishHeading = 'Permiso de residente temporal para víctimas de trata de personas';
const frenchHeading = 'Permis de séjour temporaire pour les victimes de la traite de personnes';
const englishHeading = 'Temporary resident permit for victims of human trafficking';
const notice = 'Esta traducción no es oficial.';

/**
 * Each language delivered as a module: its host page (test/host/<page>.html: an English page with
 * elements in that language, asked for in every way), what the reader sees in it, and whether it
 * says that the translation is unofficial (French is official in Canada: it does not).
 */
const deliveredLanguages = [
  {code: 'es', name: 'Spanish', page: 'spanish', heading: spanishHeading, card: 'A quién llamar', toc: 'En esta página', exit: 'Salir de esta página', region: 'es-US', notice},
  {code: 'fr', name: 'French', page: 'french', heading: frenchHeading, card: 'Qui appeler', toc: 'Sur cette page', exit: 'Quitter cette page', region: 'fr-BE', notice: undefined},
] as const;

const pages: DeliveryPage[] = [];
async function open(name: string, mode: DeliveryMode, opening?: (frame: HTMLIFrameElement) => void, search = ''): Promise<DeliveryPage> {
  const page = await openDeliveryPage(name, mode, opening, search);
  pages.push(page);
  return page;
}
afterEach(async () => {
  for (const page of pages.splice(0)) page.frame.remove();
  await releaseHeld();
});

/** The elements the page itself holds (not those inside the guide's shadow root), in page order. */
function elementsOf(page: DeliveryPage): LitLike[] {
  return [...page.doc.querySelectorAll<LitLike>(publicTags.join(', '))];
}

/** What `element`'s attributes ask for, with the language given as `lang`. */
function attributesOf(element: Element, lang: string): Record<string, string> {
  const attributes = Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
  return {...attributes, lang};
}

/** What the source shows for `tag` with `attributes`, rendered in this page. */
async function sourceText(tag: string, attributes: Record<string, string>): Promise<string> {
  const element = document.createElement(tag) as LitLike;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settleAll(element);
  const text = renderedText(element);
  element.remove();
  return text;
}

/** What `element` would show in `lang`, given what it has: the source's rendering of it. */
const expectedText = (element: Element, lang: string) => sourceText(element.localName, attributesOf(element, lang));

/** The page's requests for language modules, relative to its folder. */
async function moduleRequests(page: DeliveryPage): Promise<string[]> {
  return (await page.requests()).filter((path) => path.includes('/locales/'));
}

/** The language modules the page fetched, as its own Resource Timing reports them. */
function fetchedModules(page: DeliveryPage): string[] {
  return page.win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/locales/'));
}

/** Waits until the guide shows `heading` (or a warning appears, which the test then reports). */
async function untilGuideShows(page: DeliveryPage, heading: string): Promise<void> {
  const guide = page.doc.querySelector('trp-guide')!;
  await waitFor(() => renderedHeadings(guide)[0] === heading || page.log.consoleWarnings.length > 0, `the guide in “${heading}”`);
  await Promise.all(elementsOf(page).map(settleAll));
  expect(page.log.consoleWarnings, 'warnings').to.deep.equal([]);
  expect(renderedHeadings(guide)[0]).to.equal(heading);
}

/** Every element of the page shows exactly what the source shows in `lang`. */
async function expectAllIn(page: DeliveryPage, lang: string): Promise<void> {
  const elements = elementsOf(page);
  expect(elements.length).to.be.above(1);
  for (const element of elements) {
    expect(renderedText(element), `<${element.localName}> in ${lang}`).to.equal(await expectedText(element, lang));
  }
}

/** No uncaught error or rejected promise, no policy violation, no console error. */
function expectNoError(page: DeliveryPage): void {
  expect(page.log.errors, 'uncaught errors').to.deep.equal([]);
  expect(page.log.violations, 'policy violations').to.deep.equal([]);
  expect(page.log.consoleErrors, 'console errors').to.deep.equal([]);
}

/** The one warning the page may show when its Spanish does not come: it names the file. */
function expectOneWarningNaming(page: DeliveryPage, file: string): void {
  expect(page.log.consoleWarnings, 'warnings').to.have.length(1);
  expect(page.log.consoleWarnings[0]).to.include(file);
  expect(page.log.consoleWarnings[0]).to.include('English');
}

/**
 * What a frame of a host page shows: the text of each element of the page, how many of them had
 * rendered (updated) and yet showed nothing, and how many warnings the page had logged.
 */
interface Frame {
  texts: string[];
  renderedEmpty: number;
  warnings: number;
}

/**
 * Records what the reader sees, frame by frame, from before the bundle runs: pass `watch` to
 * `open` (it gets the iframe before the page's scripts run), read `frames`, `stop()` when done.
 */
function watchFrames(): {frames: Frame[]; watch: (frame: HTMLIFrameElement) => void; stop: () => void} {
  const frames: Frame[] = [];
  let watching = true;
  const watch = (frame: HTMLIFrameElement) => {
    const sample = () => {
      if (!watching) return;
      const doc = frame.contentDocument;
      const win = frame.contentWindow as (Window & {hostLog?: {consoleWarnings: string[]}}) | null;
      const elements = doc ? [...doc.querySelectorAll(publicTags.join(', '))] : [];
      const texts = elements.map(renderedText);
      const renderedEmpty = elements.filter((element, i) => (element as {hasUpdated?: boolean}).hasUpdated && texts[i] === '').length;
      frames.push({texts, renderedEmpty, warnings: win?.hostLog?.consoleWarnings.length ?? 0});
      requestAnimationFrame(sample);
    };
    sample();
  };
  return {frames, watch, stop: () => (watching = false)};
}

for (const language of deliveredLanguages) {
describe(`${language.name}, fetched from beside the bundle, on a page with the strict policy and Trusted Types`, () => {
  const {code, heading, page: pageName} = language;
  const module = `trp-widgets@0.1.0/locales/${code}.js`;
  it(`fetches locales/${code}.js beside the bundle once for every ${language.name} element, and shows each as the source does in ${language.name}`, async () => {
    const page = await open(pageName, 'ok');
    await untilGuideShows(page, heading);
    expect(elementsOf(page).map((element) => element.localName)).to.deep.equal([
      'trp-quick-exit',
      'trp-guide',
      'trp-contact-card',
      'trp-outcomes',
      'trp-pathways',
    ]);
    await expectAllIn(page, code);
    expect(await moduleRequests(page)).to.deep.equal([module]);
    expect(fetchedModules(page)).to.deep.equal([`${page.folder}${module}`]);

    // Elements added later, and an English one switched to Spanish, use the same module.
    for (const tag of publicTags) {
      const element = await place(page, tag, {lang: language.region, 'org-name': 'Puerto Seguro'});
      expect(renderedText(element), tag).to.equal(await expectedText(element, code));
    }
    const card = await place(page, 'trp-contact-card', {lang: 'en'});
    card.setAttribute('lang', code.toUpperCase());
    await settleAll(card);
    expect(renderedHeadings(card)[0]).to.equal(language.card);
    expect(await moduleRequests(page)).to.deep.equal([module]);
    expectNoError(page);
    expect(page.log.consoleWarnings, 'warnings').to.deep.equal([]);
  });

  it(`shows the whole guide in ${language.name}: every heading, and the notice that the translation is unofficial ${language.notice ? 'once' : 'never'}`, async () => {
    const page = await open(pageName, 'ok');
    await untilGuideShows(page, heading);
    const guide = page.doc.querySelector('trp-guide')!;
    const english = await place(page, 'trp-guide', attributesOf(guide, 'en'));
    const headings = renderedHeadings(guide);
    const englishHeadings = renderedHeadings(english);
    expect(headings).to.have.length(englishHeadings.length);
    // Every heading is translated; only the organisation's own name is the same in both.
    const same = headings.filter((heading, i) => heading === englishHeadings[i]);
    expect(same).to.deep.equal([guide.getAttribute('org-name')]);
    expect(headings).to.include.members([language.card, language.toc]);
    if (language.notice) {
      expect(renderedText(guide).split(language.notice)).to.have.length(2);
      expect(renderedText(guide).startsWith(language.notice), 'the notice comes first').to.equal(true);
    } else {
      expect(renderedText(guide)).not.to.match(/not official|pas officielle|no es oficial/);
    }
    expect(renderedText(english)).not.to.include(notice);
    expectNoError(page);
  });

  it(`shows nothing at all, never English, while the ${language.name} module is on its way; then ${language.name}`, async () => {
    const watcher = watchFrames();
    const page = await open(pageName, 'held', watcher.watch);
    const {frames} = watcher;
    // Every element, the placeholder's included once the bundle has upgraded it.
    await waitFor(() => [...page.doc.querySelectorAll('div[data-trp]')].every((div) => div.querySelector(publicTags.join(', '))), 'the placeholder upgraded');
    const elements = elementsOf(page);
    await waitFor(() => elements.every((element) => (element as LitLike & {hasUpdated?: boolean}).hasUpdated), 'every element to render once');
    await pause(100);
    const whileHeld = frames.length;
    expect(await moduleRequests(page), 'asked for, not answered yet').to.deep.equal([module]);
    expect(elements.map(renderedText), 'while the module is on its way').to.deep.equal(elements.map(() => ''));
    await page.release();
    await untilGuideShows(page, heading);
    await waitFor(() => frames.at(-1)!.texts.every((text) => text !== ''), 'a frame that shows them all');
    watcher.stop();

    const translated = elements.map(renderedText);
    await expectAllIn(page, code);
    expect(frames.slice(0, whileHeld).some((frame) => frame.texts.length === elements.length), 'frames with every element').to.equal(true);
    expect(frames.every((frame) => frame.warnings === 0), 'no fallback to English happened').to.equal(true);
    const shown = new Set(frames.flatMap((frame) => frame.texts.map((text, i) => (text === '' ? '(nothing)' : text === translated[i] ? '(translated)' : text))));
    expect([...shown].sort()).to.deep.equal(['(nothing)', '(translated)']);
    expectNoError(page);
  });

  it(`keeps the page’s own exit link shown and usable while the quick exit’s ${language.name} is on its way, then its button`, async () => {
    const page = await open(pageName, 'held');
    const exit = page.doc.querySelector('trp-quick-exit') as LitLike & {hasUpdated?: boolean};
    await waitFor(() => !!exit.hasUpdated, 'the quick exit to render once');
    const link = exit.querySelector('a')!;
    const shown = (node: Element) => node.checkVisibility() && node.getBoundingClientRect().height > 0;
    expect(shown(link), 'the page’s link, while waiting').to.equal(true);
    expect(link.getAttribute('href')).to.equal('https://www.google.com/');
    expect(page.doc.elementFromPoint(link.getBoundingClientRect().x + 2, link.getBoundingClientRect().y + 2) === link, 'on top, to be tapped').to.equal(true);
    expectSame(exit.shadowRoot!.querySelector('[part="button"]'), null, 'no button yet');
    await page.release();
    await waitFor(() => !!exit.shadowRoot!.querySelector('[part="button"]'), 'the button');
    await settleAll(exit);
    expect(exit.shadowRoot!.querySelector('[part="button"] .label')!.textContent).to.equal(language.exit);
    expect(shown(link), 'the page’s link, once the button is there').to.equal(false);
    expectNoError(page);
  });

  it('shows English with one warning naming the file when the module is missing, and no error', async () => {
    const page = await open(pageName, 'missing');
    const file = `${page.folder}${module}`;
    await waitFor(() => page.log.consoleWarnings.length > 0, 'the warning');
    await Promise.all(elementsOf(page).map(settleAll));
    await untilEnglish(page);
    expectOneWarningNaming(page, file);
    // Asked once; later elements in Spanish show English at once, without asking again or warning again.
    const late = await place(page, 'trp-pathways', {lang: code});
    expect(renderedText(late)).to.equal(await expectedText(late, 'en'));
    expect(await moduleRequests(page)).to.deep.equal([module]);
    expectOneWarningNaming(page, file);
    expectNoError(page);
  });

  it(`shows English with one warning after 3 seconds when the module is late, then ${language.name} when it comes, keeping what the reader did`, async function () {
    this.timeout(30_000); // the elements wait 3 seconds for their language before they show English
    const page = await open(pageName, 'held');
    await waitFor(() => page.log.consoleWarnings.length > 0, 'the warning', 15_000);
    await Promise.all(elementsOf(page).map(settleAll));
    await untilEnglish(page);
    expectOneWarningNaming(page, `${page.folder}${module}`);
    expectNoError(page);

    // A reader who started in English ticks an item of the checklist and keeps focus on it.
    const guide = page.doc.querySelector('trp-guide')!;
    const checkbox = renderedElements(guide).find((node) => node.matches('input[type="checkbox"]')) as HTMLInputElement;
    checkbox.click();
    checkbox.focus();
    expect(checkbox.checked).to.equal(true);

    await page.release();
    await waitFor(() => renderedHeadings(guide)[0] === heading, `${language.name} after all`);
    await Promise.all(elementsOf(page).map(settleAll));
    await expectAllIn(page, code);
    const after = renderedElements(guide).find((node) => node.matches('input[type="checkbox"]')) as HTMLInputElement;
    expect(after === checkbox, 'the same checkbox').to.equal(true);
    expect(after.checked, 'still ticked').to.equal(true);
    expect(deepActiveElement(page.doc) === checkbox, 'focus stays on it').to.equal(true);
    expect(await moduleRequests(page)).to.deep.equal([module]);
    expect(page.log.consoleWarnings, 'no second warning').to.have.length(1);
    expectNoError(page);
  });

});
}

describe('Spanish, fetched from beside the bundle, on pages that make it harder', () => {
  it('is found even when the page also loads another library’s locales/es.js', async () => {
    const page = await open('spanish-other-library', 'ok');
    await untilGuideShows(page, spanishHeading);
    await expectAllIn(page, 'es');
    expect(await moduleRequests(page)).to.deep.equal(['trp-widgets@0.1.0/locales/es.js']);
    expectNoError(page);
  });

  for (const search of ['', '?strict-dynamic']) {
    it(`works under a policy that allows scripts by their nonce${search ? ', with strict-dynamic' : ''}: the module comes as the bundle’s import`, async () => {
      const page = await open('spanish-nonce', 'ok', undefined, search);
      await untilGuideShows(page, spanishHeading);
      await expectAllIn(page, 'es');
      expect(await moduleRequests(page)).to.deep.equal(['trp-widgets@0.1.0/locales/es.js']);
      expectNoError(page);
    });
  }

  it('works with two copies of the bundle on the page: Spanish, with only the warning that the tags are taken', async () => {
    const page = await open('twice-spanish', 'ok');
    await untilGuideShowsDespiteWarnings(page);
    await expectAllIn(page, 'es');
    const requests = await moduleRequests(page);
    expect(requests.length, requests.join(', ')).to.be.within(1, 2);
    expect([...new Set(requests)]).to.deep.equal(['trp-widgets@0.1.0/locales/es.js']);
    expect(page.log.consoleWarnings).to.have.length(1);
    expect(page.log.consoleWarnings[0]).to.include('already defined');
    expectNoError(page);
  });
});

describe('a page that loads the Spanish module itself, pinned by its integrity value', () => {
  const cases = [
    ['spanish-own-before', 'before the bundle, with a query string on the module', 'trp-widgets@0.1.0/locales/es.js?v=2'],
    ['spanish-own-after', 'after the bundle, with a query string on the bundle', 'trp-widgets@0.1.0/locales/es.js'],
    ['spanish-own-after-queries', 'after the bundle, with query strings on both', 'trp-widgets@0.1.0/locales/es.js?ver=6.4.2&v=2'],
  ];
  for (const [name, where, module] of cases) {
    it(`shows Spanish from the page’s own module, loaded ${where}, which the bundle never fetches again`, async () => {
      const page = await open(name, 'ok');
      await untilGuideShows(page, spanishHeading);
      await expectAllIn(page, 'es');
      // Any request of the bundle's own would have been made by now: it asks at the first render.
      await pause(100);
      expect(await moduleRequests(page)).to.deep.equal([module]);
      expect(page.log.failedLoads).to.deep.equal([]);
      expectNoError(page);
    });
  }

  it('refuses a module whose integrity value is wrong, loudly, and shows English after 3 seconds with one warning', async function () {
    this.timeout(30_000); // the elements wait 3 seconds for their language before they show English
    if (engine === 'chromium') await browserLog();
    const page = await open('spanish-own-wrong-integrity', 'ok');
    await waitFor(() => page.log.consoleWarnings.length > 0, 'the warning', 15_000);
    await Promise.all(elementsOf(page).map(settleAll));
    await untilEnglish(page);
    const module = `${page.folder}trp-widgets@0.1.0/locales/es.js?v=1`;
    expect(page.log.failedLoads, 'the browser refused the page’s module').to.deep.equal([module]);
    // Only Chromium's automation (CDP) hands over the browser's own console: WebDriver BiDi
    // (Firefox) and WebDriver (WebKit) give the page's console only.
    if (engine === 'chromium') {
      const messages = await browserLog();
      expect(messages.filter((entry) => entry.startsWith('error:') && entry.includes('integrity') && entry.includes(module))).to.have.length(1);
    }
    // The bundle does not fetch an unpinned copy behind the page's back.
    expect(await moduleRequests(page)).to.deep.equal(['trp-widgets@0.1.0/locales/es.js?v=1']);
    expectOneWarningNaming(page, `${page.folder}trp-widgets@0.1.0/locales/es.js`);
    expectNoError(page);
  });
});

describe('a French page that follows docs/languages.md: the French module beside the bundle, pinned by its integrity value', () => {
  const cases = [
    ['french-own-before', 'its script tag before the bundle', 'trp-widgets@0.1.0/locales/fr.js', true],
    ['french-preload', 'a modulepreload link, with a query string as WordPress adds', 'trp-widgets@0.1.0/locales/fr.js?ver=0.1.0', false],
  ] as const;
  for (const [name, how, module, firstRender] of cases) {
    it(`shows French from the first frame it shows anything, with ${how}, and the bundle never fetches it again`, async () => {
      const watcher = watchFrames();
      const page = await open(name, 'ok', watcher.watch);
      await untilGuideShows(page, frenchHeading);
      const elements = [...page.doc.querySelectorAll(publicTags.join(', '))];
      await waitFor(() => watcher.frames.at(-1)!.texts.every((text) => text !== ''), 'a frame that shows them all');
      await pause(100);
      watcher.stop();
      await expectAllIn(page, 'fr');
      // Every frame, from before the bundle ran: nothing yet, or French. Never English, never a warning.
      const french = elements.map(renderedText);
      const shown = new Set(watcher.frames.flatMap((frame) => frame.texts.map((text, i) => (text === '' ? '(nothing)' : text === french[i] ? '(French)' : text))));
      expect([...shown].filter((text) => text !== '(nothing)')).to.deep.equal(['(French)']);
      // The module ran before the bundle: each element's first render is already French, never an empty one.
      if (firstRender) expect(watcher.frames.map((frame) => frame.renderedEmpty).filter(Boolean), 'elements rendered empty').to.deep.equal([]);
      // Any request of the bundle's own would have been made by now: it asks at the first render.
      expect(await moduleRequests(page)).to.deep.equal([module]);
      expect(page.log.failedLoads).to.deep.equal([]);
      expect(page.log.consoleWarnings).to.deep.equal([]);
      expectNoError(page);
    });
  }

});

describe('the built Spanish module, dist/locales/es.js', () => {
  it('defines trp-locale-es and nothing else, no global, and does no harm loaded twice', async () => {
    const page = await open('locale-module', 'ok');
    // No bundle on this page: nothing to wait for but the module scripts themselves.
    await waitFor(async () => (await moduleRequests(page)).length === 2 && !!page.win.customElements.get('trp-locale-es'), 'the module to run');
    expect(await moduleRequests(page)).to.deep.equal(['trp-widgets@0.1.0/locales/es.js', 'trp-widgets@0.1.0/locales/es.js?copy=2']);
    const language = page.win.customElements.get('trp-locale-es') as unknown as {templates?: unknown; dir?: string};
    expect(typeof language, 'trp-locale-es').to.equal('function');
    expect(language.dir, 'left to right, the default: no dir of its own').to.equal(undefined);
    expect(Object.keys(language.templates as object).length).to.be.above(50);
    expect(publicTags.filter((tag) => page.win.customElements.get(tag))).to.deep.equal([]);
    const before = new Set([...page.log.globalsBefore, 'hostLog']);
    expect(Object.getOwnPropertyNames(page.win).filter((name) => !before.has(name))).to.deep.equal([]);
    expect(page.log.failedLoads).to.deep.equal([]);
    expect(page.log.consoleWarnings).to.deep.equal([]);
    expectNoError(page);
  });
});

describe('a bundle loaded from a blob: address, beside which nothing can be', () => {
  /**
   * A page whose module scripts are the built files, in the order given, each from a `blob:` address
   * of its own (as a page that builds its scripts in the browser loads them): no folder to find
   * `locales/` in.
   */
  async function inlined(files: string[], body: string): Promise<{win: Window & {hostLog: DeliveryPage['log']}; doc: Document}> {
    const blobs = await Promise.all(files.map(async (file) => URL.createObjectURL(await (await fetch(file)).blob())));
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><head><script src="/test/host/monitor.js"></script>${blobs
      .map((blob) => `<script type="module" src="${blob}"></script>`)
      .join('')}</head><body>${body}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    inlinedFrames.push(frame);
    await loaded;
    return {win: frame.contentWindow as Window & {hostLog: DeliveryPage['log']}, doc: frame.contentDocument!};
  }
  const inlinedFrames: HTMLIFrameElement[] = [];
  afterEach(() => inlinedFrames.splice(0).forEach((frame) => frame.remove()));

  it('shows English after 3 seconds with one warning naming locales/fr.js, and no error', async function () {
    this.timeout(30_000); // the elements wait 3 seconds for their language before they show English
    const {win, doc} = await inlined(['/dist/trp-widgets.js'], '<trp-contact-card></trp-contact-card>');
    const card = doc.querySelector('trp-contact-card')!;
    await waitFor(() => win.hostLog.consoleWarnings.length > 0, 'the warning', 15_000);
    await settleAll(card as LitLike);
    expect(renderedHeadings(card)[0]).to.equal('Who to call');
    expect(win.hostLog.consoleWarnings).to.have.length(1);
    expect(win.hostLog.consoleWarnings[0]).to.include('locales/fr.js');
    expect(win.hostLog.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('shows French from the page’s own French module, placed before the bundle', async () => {
    const {win, doc} = await inlined(['/dist/locales/fr.js', '/dist/trp-widgets.js'], '<trp-contact-card></trp-contact-card>');
    const card = doc.querySelector('trp-contact-card')!;
    await waitFor(() => renderedHeadings(card)[0] === 'Qui appeler', 'the card in French');
    expect(win.hostLog.consoleWarnings).to.deep.equal([]);
    expect(win.hostLog.errors, 'uncaught errors').to.deep.equal([]);
  });
});

describe('an English page', () => {
  it('never asks for a language module while it shows English only; French, once, when an element shows it', async () => {
    const page = await open('english', 'ok');
    for (const tag of publicTags) {
      for (const lang of ['en', 'EN-ca', '']) await place(page, tag, {lang});
    }
    await Promise.all(elementsOf(page).map(settleAll));
    expect(await moduleRequests(page)).to.deep.equal([]);
    expect(fetchedModules(page)).to.deep.equal([]);
    page.doc.documentElement.lang = 'fr';
    await waitFor(() => renderedHeadings(page.doc.getElementById('plain')!)[0] === frenchHeading, 'the page’s guide in French');
    await Promise.all(elementsOf(page).map(settleAll));
    expect(await moduleRequests(page)).to.deep.equal(['trp-widgets@0.1.0/locales/fr.js']);
    expectNoError(page);
  });
});

/** Waits until the guide shows English, then checks every element shows what the source does in English. */
async function untilEnglish(page: DeliveryPage): Promise<void> {
  const guide = page.doc.querySelector('trp-guide')!;
  await waitFor(() => renderedHeadings(guide)[0] === englishHeading, 'the guide in English');
  await expectAllIn(page, 'en');
}

/** Waits for the guide in Spanish on a page that warns for another reason. */
async function untilGuideShowsDespiteWarnings(page: DeliveryPage): Promise<void> {
  const guide = page.doc.querySelector('trp-guide')!;
  await waitFor(() => renderedHeadings(guide)[0] === spanishHeading, 'the guide in Spanish');
  await Promise.all(elementsOf(page).map(settleAll));
}
