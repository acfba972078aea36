import {expect} from '@open-wc/testing';
import {emulateMedia, engine, setViewport, skipIn} from './support/commands.js';
import 'axe-core/axe.min.js';
import type {AxeResults, RunOptions} from 'axe-core';
import {bundleUrl, definedTags, openHostPage, place, renderedElements, settleAll, type HostPage, type LitLike} from './support/host-pages.js';
import {publicTags} from './support/helpers.js';
import {allLocales, sourceLocale} from '../src/generated/locale-codes.js';

/**
 * Every element the built bundle defines, in every state a reader may be in: every language,
 * phone and desktop widths, light and dark, zoomed text, keyboard focus, forced colours, reduced
 * motion and print.
 */

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Media {
  media?: 'print' | 'screen';
  features?: Record<string, string>;
}

/** Emulates a media type and media features (forced-colors too) for the page; `{}` resets. */
function emulate(media: Media): Promise<unknown> {
  return emulateMedia(media);
}

let tags: string[] = [];
before(async () => {
  await import(bundleUrl);
  // Every language but English lives beside the bundle, in dist/locales/<code>.js. Loaded here first, as a
  // page's own script tags for them would be, the bundle takes them at once: every element renders
  // in its language on its first update, with nothing to wait for. (How the bundle fetches them is
  // tested elsewhere.)
  for (const lang of allLocales.filter((code) => code !== sourceLocale)) await import(new URL(`locales/${lang}.js`, new URL(bundleUrl, location.href)).href);
  tags = await definedTags(window);
});

const containers: HTMLElement[] = [];
const hostPages: HostPage[] = [];
afterEach(async () => {
  for (const container of containers.splice(0)) container.remove();
  for (const page of hostPages.splice(0)) page.frame.remove();
  document.documentElement.style.removeProperty('font-size');
  document.documentElement.style.removeProperty('color-scheme');
  await emulate({});
  await setViewport({width: 800, height: 600});
});

/**
 * Makes the test page one that supports both colour schemes, as a page with a dark mode does
 * (`:root { color-scheme: light dark }`): there the elements follow the reader's preference.
 */
function supportBothSchemes(): void {
  document.documentElement.style.colorScheme = 'light dark';
}

/** Every element, in `lang`, one after the other in a container on the page. */
async function renderAll(lang: string, attributes: Record<string, string> = {}): Promise<{container: HTMLElement; elements: LitLike[]}> {
  const container = document.createElement('main');
  container.lang = lang;
  for (const [name, value] of Object.entries(attributes)) container.setAttribute(name, value);
  document.body.append(container);
  containers.push(container);
  const elements = tags.map((tag) => container.appendChild(document.createElement(tag)) as LitLike);
  await Promise.all(elements.map(settleAll));
  // Rendered, and in that language: a check of an element that shows nothing would pass.
  for (const element of withNested(elements)) {
    expect(element.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang'), `${element.localName} in ${lang}`).to.equal(lang);
  }
  return {container, elements};
}

/** axe-core's UMD build sets `window.axe`. */
const axe = (window as unknown as {axe: {run(context: Element, options: RunOptions): Promise<AxeResults>}}).axe;

async function violations(context: Element, runOnly: RunOptions['runOnly'] = {type: 'tag', values: wcag}): Promise<string[]> {
  const results = await axe.run(context, {runOnly, resultTypes: ['violations']});
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
  );
}

/** Every rendered element of every element, through nested shadow roots. */
const everything = (elements: Element[]) => elements.flatMap(renderedElements);

const focusable = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

function expectVisibleFocus(elements: Element[], where: string): number {
  let checked = 0;
  for (const node of everything(elements).filter((node) => node.matches(focusable))) {
    (node as HTMLElement).focus();
    const label = `${where}: ${node.localName} “${(node.textContent ?? '').trim().slice(0, 30)}”`;
    expect(node.matches(':focus-visible'), `${label} has focus`).to.equal(true);
    const style = getComputedStyle(node);
    expect(style.outlineStyle, label).not.to.equal('none');
    expect(Number.parseFloat(style.outlineWidth), label).to.be.at.least(2);
    checked++;
  }
  return checked;
}

/** The default colours of each scheme: the content's text and background, and the quick exit's button. */
const palettes = {
  light: {text: 'rgb(27, 27, 27)', background: 'rgb(255, 255, 255)', exit: 'rgb(179, 38, 30)'},
  dark: {text: 'rgb(242, 242, 242)', background: 'rgb(23, 23, 28)', exit: 'rgb(255, 138, 128)'},
};

/**
 * The scheme each element shows, as "tag: light" or "tag: dark" (or the colours it shows instead):
 * every element, the ones nested in the guide too, and the quick exit's button as well as its bar.
 */
function schemes(elements: Element[], win: Window = window): string[] {
  const name = (colours: Partial<Record<'text' | 'background' | 'exit', string>>) =>
    (Object.keys(palettes) as (keyof typeof palettes)[]).find((scheme) =>
      Object.entries(colours).every(([key, value]) => palettes[scheme][key as keyof typeof colours] === value)
    ) ?? JSON.stringify(colours);
  return withNested(elements).map((element) => {
    const wrapper = win.getComputedStyle(element.shadowRoot!.querySelector('[part="base"]')!);
    const colours: Record<string, string> = {text: wrapper.color, background: wrapper.backgroundColor};
    const button = element.shadowRoot!.querySelector('[part="button"]');
    if (element.localName === 'trp-quick-exit' && button) colours.exit = win.getComputedStyle(button).backgroundColor;
    return `${element.localName}: ${name(colours)}`;
  });
}

/** The elements and every element nested in their shadow roots (the guide's sections). */
const withNested = (elements: Element[]) => elements.flatMap((element) => [element, ...renderedElements(element).filter((node) => node.shadowRoot)]);

/** What {@link schemes} gives when every element shows `scheme`. */
function allIn(scheme: string, elements: Element[]): string[] {
  return withNested(elements).map((element) => `${element.localName}: ${scheme}`);
}

describe('every element, in every state', () => {
  it('defines every element', () => {
    expect(tags).to.deep.equal([...publicTags]);
  });

  // One test per language, width and scheme: axe over every element takes seconds in WebKit, so each
  // test runs it once.
  for (const lang of allLocales) {
    for (const width of [320, 1280]) {
      for (const scheme of ['light', 'dark']) {
        it(`passes the WCAG 2.2 A and AA rules of axe in ${lang}, at ${width} px, ${scheme}`, async () => {
          supportBothSchemes();
          await setViewport({width, height: 900});
          const {container, elements} = await renderAll(lang);
          if (engine !== 'webkit') {
            await emulate({features: {'prefers-color-scheme': scheme}});
            expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).to.equal(true);
          } else {
            // WebDriver (WebKit) cannot emulate the reader's preference: the part of the page
            // the elements are in takes the scheme instead.
            container.style.colorScheme = scheme;
          }
          expect(schemes(elements)).to.deep.equal(allIn(scheme, elements));
          expect(await violations(container)).to.deep.equal([]);
          if (width === 320) expect(document.documentElement.scrollWidth, 'scrolls sideways').to.be.at.most(320);
        });
      }
    }
  }

  for (const lang of allLocales) {
    it(`keeps everything inside a 320 px screen with the text zoomed to 200% (${lang})`, async () => {
      await setViewport({width: 320, height: 900});
      const {elements} = await renderAll(lang);
      const text = everything(elements).filter((node) => /^(p|li|a|h[1-6]|dt|dd|button|summary)$/.test(node.localName));
      const normal = text.map((node) => Number.parseFloat(getComputedStyle(node).fontSize));
      document.documentElement.style.fontSize = '200%';
      text.forEach((node, i) => {
        const label = `${lang} ${node.localName} “${(node.textContent ?? '').trim().slice(0, 30)}”`;
        expect(Number.parseFloat(getComputedStyle(node).fontSize), label).to.be.at.least(normal[i] * 1.99);
      });
      for (const node of everything(elements)) {
        const rect = node.getBoundingClientRect();
        if (rect.width === 0) continue;
        const label = `${lang} ${node.localName} “${(node.textContent ?? '').trim().slice(0, 30)}”`;
        expect(rect.left, label).to.be.at.least(0);
        expect(rect.right, label).to.be.at.most(320.5);
      }
      expect(document.documentElement.scrollWidth, `${lang} scrolls sideways`).to.be.at.most(320);
    });
  }

  it('shows a visible focus outline, at least 2 px, on every link and control, in every language: the unofficial-translation notice’s links included', async () => {
    for (const lang of allLocales) {
      const {elements} = await renderAll(lang);
      expect(expectVisibleFocus(elements, `normal colours, ${lang}`)).to.be.above(tags.length);
    }
  });

  // One test per language: axe over every element takes seconds.
  for (const lang of allLocales) {
    it(`shows a visible focus outline in forced-colors mode too, and keeps passing axe (${lang})`, async function () {
      // Not in WebKit: it has no forced-colours mode (neither has Safari).
      skipIn(this, 'webkit');
      await emulate({features: {'forced-colors': 'active'}});
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const {container, elements} = await renderAll(lang);
      expect(expectVisibleFocus(elements, `forced colours, ${lang}`)).to.be.above(tags.length);
      expect(await violations(container), lang).to.deep.equal([]);
    });
  }

  it('moves nothing when the reader prefers reduced motion, even where the page’s theme animates the parts', async function () {
    // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
    // setting, which WebKitGTK reads when it starts.
    skipIn(this, 'webkit');
    const {elements} = await renderAll('en');
    // The elements move nothing of their own: a page's theme may, through the parts they expose.
    const parts = new Set(everything(elements).flatMap((node) => [...node.part]));
    const theme = new CSSStyleSheet();
    theme.replaceSync(`${[...parts].map((part) => `::part(${part})`).join(', ')} { transition: color 0.5s; animation: 1s trp-theme-pulse; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme];
    /** The rendered nodes (and their ::before and ::after) with an animation or a transition that lasts. */
    const moving = () =>
      everything(elements).flatMap((node) =>
        [null, '::before', '::after'].flatMap((pseudo) => {
          const style = getComputedStyle(node, pseudo);
          const durations = [...style.animationDuration.split(','), ...style.transitionDuration.split(',')];
          return durations.some((duration) => Number.parseFloat(duration) !== 0) ? [`${node.localName}${pseudo ?? ''}`] : [];
        })
      );
    try {
      expect(moving().length, 'the theme moves the parts').to.be.at.least(parts.size);
      await emulate({features: {'prefers-reduced-motion': 'reduce'}});
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      expect(moving()).to.deep.equal([]);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== theme);
    }
  });

  for (const [scheme, lang] of [['light', 'fr'], ['dark', 'es']]) {
    it(`prints black on white, with each web link's address and legible phone numbers (${scheme} scheme, ${lang})`, async function () {
      // Not in WebKit: WebDriver cannot emulate print media, and WebKitWebDriver 2.50 has no
      // Print Page command ("unknown command"); nothing else prints a page under test there.
      skipIn(this, 'webkit');
      supportBothSchemes();
      const {elements} = await renderAll(lang);
      await emulate({features: {'prefers-color-scheme': scheme}});
      expect(schemes(elements), 'on screen').to.deep.equal(allIn(scheme, elements));
      await emulate({media: 'print', features: {'prefers-color-scheme': scheme}});
      expect(matchMedia('print').matches).to.equal(true);
      for (const element of elements.filter((element) => element.localName === 'trp-quick-exit')) {
        expect(getComputedStyle(element).display, 'the quick exit is not printed').to.equal('none');
      }
      const printed = elements.filter((element) => getComputedStyle(element).display !== 'none');
      for (const element of printed) {
        for (const wrapper of [...element.shadowRoot!.children].filter((child) => child.localName !== 'style')) {
          expect(getComputedStyle(wrapper).color, element.localName).to.equal('rgb(0, 0, 0)');
          expect(getComputedStyle(wrapper).backgroundColor, element.localName).to.equal('rgb(255, 255, 255)');
        }
      }
      const nodes = everything(printed);
      const links = nodes.filter((node) => node.matches('a[href^="http"]'));
      expect(links.length, 'every printed element links its source').to.be.at.least(printed.length);
      for (const link of links) {
        // Firefox gives `attr(href)` as written, where Chromium gives the address it stands for.
        const content = getComputedStyle(link, '::after').content.replace('attr(href)', `"${link.getAttribute('href')}"`);
        expect(content, link.textContent ?? '').to.include(link.getAttribute('href'));
      }
      const phones = nodes.filter((node) => node.matches('a[href^="tel:"]'));
      expect(phones.length).to.be.at.least(3);
      for (const phone of phones) {
        const style = getComputedStyle(phone);
        expect(style.color, phone.textContent ?? '').to.equal('rgb(0, 0, 0)');
        expect(style.visibility).to.equal('visible');
        expect(Number.parseFloat(style.fontSize)).to.be.at.least(16);
        for (let box: Element | null = phone; box; box = box.parentElement) {
          const background = getComputedStyle(box).backgroundColor;
          if (background !== 'rgba(0, 0, 0, 0)') {
            expect(background, `behind ${phone.textContent}`).to.equal('rgb(255, 255, 255)');
            break;
          }
        }
      }
    });
  }
});

describe('colour schemes and theming', () => {
  /**
   * The text and background colours of each content element's content (the quick exit is a
   * button with colours of its own; axe checks its contrast).
   */
  function colours(elements: Element[]): {color: string; background: string}[] {
    return elements
      .filter((element) => element.localName !== 'trp-quick-exit')
      .flatMap((element) =>
        [...element.shadowRoot!.children]
          .filter((child) => child.localName !== 'style')
          .map((child) => ({color: getComputedStyle(child).color, background: getComputedStyle(child).backgroundColor}))
      );
  }

  it('is light on a page that declares no color-scheme, even when the reader prefers dark', async function () {
    // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
    // preference, which WebKitGTK reads when it starts.
    skipIn(this, 'webkit');
    const {elements} = await renderAll('en');
    await emulate({features: {'prefers-color-scheme': 'dark'}});
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(schemes(elements)).to.deep.equal(allIn('light', elements));
  });

  it('follows the reader’s preference on a page whose CSS says color-scheme: light dark', async function () {
    // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
    // preference, which WebKitGTK reads when it starts.
    skipIn(this, 'webkit');
    supportBothSchemes();
    const {elements} = await renderAll('en');
    await emulate({features: {'prefers-color-scheme': 'dark'}});
    expect(schemes(elements)).to.deep.equal(allIn('dark', elements));
    await emulate({features: {'prefers-color-scheme': 'light'}});
    expect(schemes(elements)).to.deep.equal(allIn('light', elements));
  });

  it('follows the reader’s preference on a page whose meta tag says color-scheme: light dark', async function () {
    // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
    // preference, which WebKitGTK reads when it starts.
    skipIn(this, 'webkit');
    await emulate({features: {'prefers-color-scheme': 'dark'}});
    const page = await openHostPage('dark-capable');
    hostPages.push(page);
    expect(page.win.getComputedStyle(page.doc.documentElement).colorScheme, 'no color-scheme in its CSS').to.equal('normal');
    expect(page.win.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const elements: Element[] = [];
    for (const tag of await definedTags(page.win)) elements.push(await place(page, tag));
    expect(schemes(elements, page.win)).to.deep.equal(allIn('dark', elements));
    await emulate({features: {'prefers-color-scheme': 'light'}});
    expect(schemes(elements, page.win)).to.deep.equal(allIn('light', elements));
  });

  it('takes the scheme of the part of the page it is in: dark in a dark section of a light page', async () => {
    const {container, elements} = await renderAll('fr');
    container.style.colorScheme = 'dark';
    expect(schemes(elements)).to.deep.equal(allIn('dark', elements));
  });

  it('is dark on a light page with --trp-color-scheme: dark, and light on a dark page with --trp-color-scheme: light', async function () {
    // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
    // preference, which WebKitGTK reads when it starts.
    skipIn(this, 'webkit');
    await emulate({features: {'prefers-color-scheme': 'light'}});
    const {container, elements} = await renderAll('en');
    container.style.setProperty('--trp-color-scheme', 'dark');
    expect(schemes(elements), 'light page, light reader').to.deep.equal(allIn('dark', elements));
    await emulate({features: {'prefers-color-scheme': 'dark'}});
    expect(schemes(elements), 'light page, dark reader').to.deep.equal(allIn('dark', elements));

    supportBothSchemes();
    container.style.setProperty('--trp-color-scheme', 'light');
    expect(schemes(elements), 'light dark page, dark reader').to.deep.equal(allIn('light', elements));
    container.style.colorScheme = 'dark';
    expect(schemes(elements), 'dark section').to.deep.equal(allIn('light', elements));
  });

  it('follows the reader with --trp-color-scheme: light dark, even on a page that declares no color-scheme', async function () {
    // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
    // preference, which WebKitGTK reads when it starts.
    skipIn(this, 'webkit');
    const {container, elements} = await renderAll('en');
    container.style.setProperty('--trp-color-scheme', 'light dark');
    await emulate({features: {'prefers-color-scheme': 'dark'}});
    expect(schemes(elements)).to.deep.equal(allIn('dark', elements));
    await emulate({features: {'prefers-color-scheme': 'light'}});
    expect(schemes(elements)).to.deep.equal(allIn('light', elements));
  });

  it('uses a page’s light colours in light mode, and the whole default dark palette in dark mode', async function () {
    // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
    // preference, which WebKitGTK reads when it starts.
    skipIn(this, 'webkit');
    supportBothSchemes();
    const {container, elements} = await renderAll('en');
    container.style.setProperty('--trp-color-background', '#fff8dc');
    container.style.setProperty('--trp-color-text', '#2b1d0e');
    container.style.setProperty('--trp-color-link', '#00458f');
    await emulate({features: {'prefers-color-scheme': 'light'}});
    for (const c of colours(elements)) expect(c).to.deep.equal({color: 'rgb(43, 29, 14)', background: 'rgb(255, 248, 220)'});
    expect(await violations(container, ['color-contrast'])).to.deep.equal([]);
    await emulate({features: {'prefers-color-scheme': 'dark'}});
    for (const c of colours(elements)) expect(c).to.deep.equal({color: 'rgb(242, 242, 242)', background: 'rgb(23, 23, 28)'});
    expect(await violations(container, ['color-contrast'])).to.deep.equal([]);
  });

  it('uses a page’s dark colours in dark mode', async function () {
    // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
    // preference, which WebKitGTK reads when it starts.
    skipIn(this, 'webkit');
    supportBothSchemes();
    const {container, elements} = await renderAll('fr');
    container.style.setProperty('--trp-dark-color-background', '#000033');
    container.style.setProperty('--trp-dark-color-text', '#fffff0');
    await emulate({features: {'prefers-color-scheme': 'dark'}});
    for (const c of colours(elements)) expect(c).to.deep.equal({color: 'rgb(255, 255, 240)', background: 'rgb(0, 0, 51)'});
    expect(await violations(container, ['color-contrast'])).to.deep.equal([]);
    await emulate({features: {'prefers-color-scheme': 'light'}});
    for (const c of colours(elements)) expect(c).to.deep.equal({color: 'rgb(27, 27, 27)', background: 'rgb(255, 255, 255)'});
  });

  it('keeps a page’s light theme with --trp-color-scheme: light, and passes the contrast rules in either scheme it is given', async function () {
    // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
    // preference, which WebKitGTK reads when it starts.
    skipIn(this, 'webkit');
    supportBothSchemes();
    const {container, elements} = await renderAll('en');
    container.style.setProperty('--trp-color-background', '#fffdf5');
    container.style.setProperty('--trp-color-scheme', 'light');
    await emulate({features: {'prefers-color-scheme': 'dark'}});
    for (const c of colours(elements)) expect(c).to.deep.equal({color: 'rgb(27, 27, 27)', background: 'rgb(255, 253, 245)'});
    expect(await violations(container, ['color-contrast'])).to.deep.equal([]);
    container.style.setProperty('--trp-color-scheme', 'dark');
    await emulate({features: {'prefers-color-scheme': 'light'}});
    for (const c of colours(elements)) expect(c).to.deep.equal({color: 'rgb(242, 242, 242)', background: 'rgb(23, 23, 28)'});
    expect(await violations(container, ['color-contrast'])).to.deep.equal([]);
  });
});
