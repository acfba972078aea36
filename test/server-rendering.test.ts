import {expect} from '@open-wc/testing';
import type {AxeResults, RunOptions} from 'axe-core';
import {pause, renderedElements, renderedHeadings, renderedText, settleAll, type HostLog, type LitLike} from './support/host-pages.js';
import {publicTags} from './support/helpers.js';
import {allLocales} from '../src/generated/locale-codes.js';

/**
 * Server-rendered pages, as a partner's server makes them: test/support/test-server.mjs renders them
 * per request with render() from dist/esm/server.js (or takes the fragments `npm run static`
 * writes), under the strict policy plus what their styles need (a nonce, or the hashes). Each page
 * is compared with the same elements rendered by the bundle in the browser, in the same kind of
 * page. test/ssr/watch.js, the page's last classic script, records from before the bundle runs
 * every change to the server's shadow roots, the nodes they hold, their computed styles as first
 * shown, and every layout shift.
 */

interface SsrWatch {
  roots: ShadowRoot[];
  nodes: Node[];
  firstStyles: string[];
  changes(): string[];
  shifts: (number | string)[];
  shadowRootsWithin(root: ParentNode): ShadowRoot[];
  nodesWithin(roots: ShadowRoot[]): Node[];
  stylesWithin(roots: ShadowRoot[]): string[];
}

type SsrWindow = Window & typeof globalThis & {hostLog: HostLog; ssrWatch: SsrWatch; axe?: {run(context: Node, options: RunOptions): Promise<AxeResults>}};

interface SsrPage {
  frame: HTMLIFrameElement;
  win: SsrWindow;
  doc: Document;
  log: HostLog;
  watch: SsrWatch;
  /** The page's elements, in order. */
  elements: LitLike[];
}

/** What /test/ssr/page.html takes (see test/support/test-server.mjs); `TAG.NAME` gives `<TAG>` an attribute. */
type Query = Record<string, string | string[] | undefined>;

const pages: SsrPage[] = [];
afterEach(() => {
  for (const page of pages.splice(0)) page.frame.remove();
});

/** Whether `lang` is a module of its own beside the bundle (every language but English), which a page waits for before it is settled. */
const isModule = (lang: string) => lang !== '' && lang !== 'en';

/**
 * Opens the page `query` describes in an iframe, once it has loaded and, with a script, once every
 * element is defined, has its language and has hydrated or rendered.
 */
async function openPage(query: Query, width = 800, height = 700): Promise<SsrPage> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const item of [value ?? []].flat()) params.append(name, item);
  const frame = document.createElement('iframe');
  frame.title = params.toString();
  frame.width = String(width);
  frame.height = String(height);
  frame.src = `/test/ssr/page.html?${params}`;
  // In view, however many pages a test opens: WebKit draws no frame (requestAnimationFrame waits)
  // in an iframe out of view.
  frame.style.position = 'fixed';
  frame.style.inset = '0 auto auto 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as SsrWindow;
  const doc = frame.contentDocument!;
  const elements = [...doc.getElementById('host')!.children].filter((element) => element.localName.startsWith('trp-')) as LitLike[];
  const page = {frame, win, doc, log: win.hostLog, watch: win.ssrWatch, elements};
  pages.push(page);
  if ((query.script ?? 'none') !== 'none') {
    await Promise.all(elements.map((element) => win.customElements.whenDefined(element.localName)));
    const lang = String(query.lang ?? query['page-lang'] ?? '');
    if (isModule(lang)) await win.customElements.whenDefined(`trp-locale-${lang}`);
    await settled(page);
  }
  return page;
}

/** Waits until every element has rendered, and two frames have been drawn (layout shifts are reported after). */
async function settled(page: SsrPage): Promise<void> {
  for (const element of page.elements) await settleAll(element);
  for (let i = 0; i < 2; i++) await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
  await pause();
}

/** The same elements rendered by dist/trp-widgets.js in the browser, in the same kind of page: what the server's must equal. */
function clientRendered(query: Query): Promise<SsrPage> {
  return openPage({...query, render: 'client', script: 'plain', module: undefined});
}

/** Nothing went wrong in the page: no error, no policy violation, no console error or warning. */
function expectQuiet(page: SsrPage): void {
  expect(page.log.errors, 'errors').to.deep.equal([]);
  expect(page.log.violations, 'policy violations').to.deep.equal([]);
  expect(page.log.consoleErrors, 'console errors').to.deep.equal([]);
  expect(page.log.consoleWarnings, 'console warnings').to.deep.equal([]);
}

/** The hydration left the server's content exactly as it was: no change, the same nodes, nothing moved. */
function expectUntouched(page: SsrPage): void {
  expect(page.watch.changes(), 'changes to the shadow roots').to.deep.equal([]);
  const now = page.watch.nodesWithin(page.watch.shadowRootsWithin(page.doc));
  expect(now.length, 'nodes in the shadow roots').to.equal(page.watch.nodes.length);
  expect(
    now.every((node, i) => node === page.watch.nodes[i]),
    'the same node objects'
  ).to.equal(true);
  expect(page.watch.shifts, 'layout shifts').to.deep.equal([]);
}

/** The text of each of the page's elements, through their nested shadow roots. */
const texts = (page: SsrPage) => page.elements.map((element) => `${element.localName}: ${renderedText(element)}`);

/** The computed styles of every element rendered in the page's shadow roots, now. */
const styles = (page: SsrPage) => page.watch.stylesWithin(page.watch.shadowRootsWithin(page.doc));

/** The element of the page's whose rendered element matches `selector`, and that element. */
function find(page: SsrPage, selector: string): HTMLElement {
  for (const element of page.elements) {
    const found = renderedElements(element).find((node) => node.matches(selector));
    if (found) return found as HTMLElement;
  }
  throw new Error(`nothing matches ${selector}`);
}

const languages = allLocales;
const everyTag = [...publicTags];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('server-rendered, without JavaScript', () => {
  for (const lang of languages) {
    it(`shows every element's whole text in ${lang}, as the bundle renders it`, async () => {
      const query = {tag: everyTag, lang};
      const server = await openPage(query);
      const client = await clientRendered(query);
      expect(server.elements.map((element) => element.localName)).to.deep.equal(everyTag);
      expect(server.elements.every((element) => element.shadowRoot !== null), 'every element has its shadow root').to.equal(true);
      expect(texts(server)).to.deep.equal(texts(client));
      for (const element of server.elements) expect(renderedText(element).length, element.localName).to.be.above(20);
      expect(server.elements.map(renderedHeadings)).to.deep.equal(client.elements.map(renderedHeadings));
      expectQuiet(server);
    });
  }

  for (const scheme of ['light', 'dark']) {
    it(`is styled from the first paint under the strict policy with the server's nonce, ${scheme}, as the bundle styles it`, async () => {
      const query = {tag: everyTag, lang: 'fr', scheme: scheme === 'dark' ? 'dark' : undefined};
      const server = await openPage(query);
      const client = await clientRendered(query);
      expect(server.log.violations, 'policy violations').to.deep.equal([]);
      expect(server.watch.firstStyles.length).to.be.above(300);
      expect(server.watch.firstStyles).to.deep.equal(styles(client));
      // A few of them, named: what a reader would notice first.
      const guide = server.elements.find((element) => element.localName === 'trp-guide')!;
      const base = server.win.getComputedStyle(guide.shadowRoot!.querySelector('[part="base"]')!);
      expect(base.backgroundColor).to.equal(scheme === 'dark' ? 'rgb(23, 23, 28)' : 'rgb(255, 255, 255)');
      expect(base.paddingInlineStart).to.equal('16px');
      const hotline = server.win.getComputedStyle(find(server, '[part="hotline"]'));
      expect([hotline.borderInlineStartWidth, hotline.borderInlineStartStyle]).to.deep.equal(['2px', 'solid']);
      expect(hotline.borderInlineStartColor).to.equal(scheme === 'dark' ? 'rgb(240, 163, 216)' : 'rgb(122, 35, 98)');
      expect(server.win.getComputedStyle(find(server, '[part="button"]')).backgroundColor).to.equal(
        scheme === 'dark' ? 'rgb(255, 138, 128)' : 'rgb(179, 38, 30)'
      );
    });
  }

  for (const lang of languages) {
    it(`is styled from the first paint as static fragments (npm run static) in ${lang}, under the strict policy with their style hashes, light and dark`, async () => {
      for (const scheme of [undefined, 'dark']) {
        const query = {tag: everyTag, lang, scheme};
        const fragments = await openPage({...query, render: 'static'});
        const client = await clientRendered(query);
        const policy = (await fetch(fragments.frame.src)).headers.get('content-security-policy') ?? '';
        expect(policy).to.match(/style-src 'self'( 'sha256-[\w+/=]+')+;/);
        expect(policy).not.to.include('unsafe-inline');
        expect(fragments.log.violations, 'policy violations').to.deep.equal([]);
        expect(texts(fragments)).to.deep.equal(texts(client));
        expect(fragments.watch.firstStyles).to.deep.equal(styles(client));
      }
    });
  }

  it('passes the WCAG 2.2 A and AA rules of axe in every language, light and dark', async function () {
    // Six pages of every element, the whole guide included: axe takes 10 s on them in Firefox on a busy machine.
    this.timeout(60_000);
    for (const lang of languages) {
      for (const scheme of [undefined, 'dark']) {
        const page = await openPage({tag: everyTag, lang, scheme, axe: '1'});
        const results = await page.win.axe!.run(page.doc, {runOnly: {type: 'tag', values: wcag}, resultTypes: ['violations']});
        const found = results.violations.flatMap((violation) =>
          violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
        );
        expect(found, `${lang} ${scheme ?? 'light'}`).to.deep.equal([]);
        expect(results.passes.length, 'axe checked the rendered content').to.be.above(10);
      }
    }
  });

  it("leaves for the quick exit's destination through its plain link", async () => {
    const destination = `${location.origin}/test/ssr/left.html`;
    const page = await openPage({tag: 'trp-quick-exit', lang: 'es', 'trp-quick-exit.href': destination});
    const button = find(page, '[part="button"]') as HTMLAnchorElement;
    expect(button.localName).to.equal('a');
    expect(button.getAttribute('role')).to.equal('button');
    expect(button.getAttribute('href')).to.equal(destination);
    expect(button.innerText).to.include('Salir de esta página');
    const left = new Promise((resolve) => page.frame.addEventListener('load', resolve, {once: true}));
    button.click();
    await left;
    expect(page.frame.contentWindow!.location.href).to.equal(destination);
  });
});

describe('server-rendered, with dist/trp-widgets-ssr.js', () => {
  for (const lang of languages) {
    it(`hydrates every element in ${lang}: nothing rendered twice, the same nodes, nothing moved, nothing in the console`, async () => {
      const page = await openPage({tag: everyTag, lang, script: 'ssr', module: isModule(lang) ? lang : undefined});
      expect(page.watch.roots.length, 'server-rendered shadow roots').to.be.above(everyTag.length);
      expectUntouched(page);
      expectQuiet(page);
      // Every element and every section of the guide is live: defined, and no longer waiting to hydrate.
      for (const root of page.watch.roots) {
        expect(page.win.customElements.get(root.host.localName), root.host.localName).not.to.equal(undefined);
        expect(root.host.hasAttribute('defer-hydration'), `${root.host.localName} hydrated`).to.equal(false);
        expect((root.host as LitLike & {hasUpdated: boolean}).hasUpdated, `${root.host.localName} updated`).to.equal(true);
      }
      expect(styles(page), 'styles once hydrated').to.deep.equal(page.watch.firstStyles);
    });
  }

  it('follows a change of lang (French fetched from beside the bundle), the language menu (Spanish, likewise) and back', async () => {
    const query = {tag: 'trp-guide', lang: 'en', 'trp-guide.languages': 'en fr es', 'trp-guide.org-name': 'Safe Harbour Services'};
    const page = await openPage({...query, script: 'ssr'});
    const [guide] = page.elements;
    const reference = async (lang: string) => texts(await clientRendered({...query, lang}));

    guide.setAttribute('lang', 'fr');
    await page.win.customElements.whenDefined('trp-locale-fr');
    await settled(page);
    expect(texts(page)).to.deep.equal(await reference('fr'));

    find(page, '[part="language"][lang="es"]').click();
    await page.win.customElements.whenDefined('trp-locale-es');
    await settled(page);
    expect(guide.getAttribute('lang')).to.equal('es');
    expect(texts(page)).to.deep.equal(await reference('es'));
    expect(find(page, '[part="language"][aria-current="true"]').getAttribute('lang')).to.equal('es');

    find(page, '[part="language"][lang="en"]').click();
    await settled(page);
    expect(texts(page)).to.deep.equal(await reference('en'));
    expectQuiet(page);
  });

  const headingIn = {fr: 'Permis de séjour temporaire pour les victimes de la traite de personnes', es: 'Permiso de residente temporal para víctimas de trata de personas', tl: 'Temporary resident permit para sa mga biktima ng human trafficking', pa: 'ਮਨੁੱਖੀ ਤਸਕਰੀ ਦੇ ਪੀੜਤਾਂ ਲਈ ਅਸਥਾਈ ਨਿਵਾਸੀ ਪਰਮਿਟ'};
  for (const [lang, heading] of Object.entries(headingIn)) {
    it(`hydrates a page in ${lang} at once when the page loads locales/${lang}.js itself, before the bundle`, async () => {
      const page = await openPage({tag: 'trp-guide', lang, 'trp-guide.languages': `${lang} en`, script: 'ssr', module: lang});
      const [guide] = page.elements;
      expect(renderedHeadings(guide)[0]).to.equal(heading);
      // Hydrated as soon as the bundle ran: its language menu already works.
      find(page, '[part="language"][lang="en"]').click();
      await settled(page);
      expect(renderedHeadings(guide)[0]).to.equal('Temporary resident permit for victims of human trafficking');
      expectQuiet(page);
    });

    it(`keeps the server’s ${lang} text on screen, untouched, while the bundle fetches locales/${lang}.js, then hydrates`, async () => {
      const page = await openPage({tag: 'trp-guide', lang, 'trp-guide.languages': `${lang} en`, script: 'ssr'});
      const [guide] = page.elements;
      expectUntouched(page);
      expectQuiet(page);
      expect(renderedHeadings(guide)[0]).to.equal(heading);
      find(page, '[part="language"][lang="en"]').click();
      await settled(page);
      expect(renderedHeadings(guide)[0]).to.equal('Temporary resident permit for victims of human trafficking');
    });
  }

  it('leaves with the quick exit: the trp-quick-exit event, with its destination, which a listener can cancel to stay', async () => {
    const destination = `${location.origin}/test/ssr/left.html`;
    const page = await openPage({tag: ['trp-quick-exit', 'trp-guide'], lang: 'fr', 'trp-quick-exit.href': destination, script: 'ssr'});
    expectUntouched(page);
    const events: {href: string; trigger: string}[] = [];
    page.doc.addEventListener('trp-quick-exit', (event) => {
      events.push({...(event as CustomEvent).detail});
      event.preventDefault();
    });
    find(page, '[part="button"]').click();
    await settled(page);
    expect(events).to.deep.equal([{href: destination, trigger: 'button'}]);
    expect(page.win.location.pathname, 'stayed on the page').to.equal('/test/ssr/page.html');
    expectQuiet(page);
  });

  it('upgrades a placeholder added later, in its own language', async () => {
    const page = await openPage({tag: 'trp-guide', lang: 'fr', script: 'ssr'});
    const placeholder = page.doc.createElement('div');
    placeholder.dataset.trp = 'contact-card';
    placeholder.dataset.lang = 'es';
    page.doc.getElementById('host')!.append(placeholder);
    await pause();
    const card = placeholder.querySelector('trp-contact-card') as LitLike | null;
    expect(card, 'the placeholder’s element').not.to.equal(null);
    await page.win.customElements.whenDefined('trp-locale-es');
    await settleAll(card!);
    const reference = await clientRendered({tag: 'trp-contact-card', lang: 'es'});
    expect(renderedText(card!)).to.equal(renderedText(reference.elements[0]));
    expectQuiet(page);
  });

  it('keeps, with one warning, an element rendered in another language than the one it has on the page (rendered without lang)', async () => {
    const page = await openPage({tag: 'trp-contact-card', 'page-lang': 'fr', script: 'ssr'});
    expectUntouched(page);
    expect(page.log.consoleWarnings).to.deep.equal([
      'trp-widgets: <trp-contact-card> was rendered on the server in "en", but its language here is "fr": it stays as the server rendered it, without its script. Render it with lang="fr".',
    ]);
    expect(renderedHeadings(page.elements[0])[0]).to.equal('Who to call');
    expect(page.log.errors).to.deep.equal([]);
  });
});

describe('server-rendered, with the plain dist/trp-widgets.js (which docs/server-rendering.md says not to load there)', () => {
  it('shows every element twice: Lit without hydration support renders after the server’s content', async () => {
    const page = await openPage({tag: 'trp-contact-card', lang: 'en', script: 'plain'});
    const [card] = page.elements;
    expect(renderedHeadings(card).filter((heading) => heading === 'Who to call')).to.deep.equal(['Who to call', 'Who to call']);
    expect(page.watch.changes().length, 'changes to the shadow root').to.be.above(0);
  });
});
