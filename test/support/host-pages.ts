/**
 * Partner pages for the embedding tests: each test/host/*.html page loads the built bundle the way
 * a partner does, under the strict policy the test server sends with it (test/support/test-server.mjs),
 * and test/host/monitor.js records what happens there. The tests open a page in a same-origin
 * iframe and look inside it.
 *
 * The elements under test are found at run time: every `trp-…` name in the built bundle that the
 * page's registry defines. A new element is covered as soon as the bundle defines it.
 */

import {elementsWithin, hostsWithin, settledWithin} from './shadow-dom.mjs';

/** What test/host/monitor.js recorded in a host page. */
export interface HostLog {
  globalsBefore: string[];
  errors: string[];
  violations: string[];
  consoleErrors: string[];
  consoleWarnings: string[];
  /** The address of every script (or other resource) the browser refused or could not fetch. */
  failedLoads: string[];
}

export type HostWindow = Window & typeof globalThis & {hostLog: HostLog};

export interface HostPage {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  /** Where the test puts elements. */
  host: HTMLElement;
  log: HostLog;
}

export type LitLike = HTMLElement & {updateComplete?: Promise<unknown>};

export const bundleUrl = '/dist/trp-widgets.js';

/** Opens test/host/`name`.html in an iframe `width` pixels wide, once its scripts have run. */
export function openHostPage(name: string, width = 800, height = 700): Promise<HostPage> {
  return openPageAt(`/test/host/${name}.html`, width, height);
}

/** Opens the page at `src` in an iframe, once its scripts have run; `opening` gets the iframe first. */
export async function openPageAt(src: string, width = 800, height = 700, opening?: (frame: HTMLIFrameElement) => void): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.title = src;
  frame.width = String(width);
  frame.height = String(height);
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  opening?.(frame);
  // Its scripts run (DOMContentLoaded, which comes after the page's module scripts) is enough:
  // Firefox holds the load event back until the language modules the bundle imports have come,
  // which pages that `held` them wait for in vain. (A readyState past `loading` is not: it comes
  // before the module scripts run, and then the bundle's elements may not be defined yet.)
  const contentLoaded = () => {
    const [navigation] = (frame.contentWindow?.performance.getEntriesByType('navigation') ?? []) as PerformanceNavigationTiming[];
    return (navigation?.domContentLoadedEventEnd ?? 0) > 0;
  };
  const parsed = waitFor(() => frame.contentWindow?.location.href === frame.src && contentLoaded(), `${src} to load`, 30_000);
  await Promise.race([loaded, parsed]);
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument!;
  await Promise.all((await bundleTags()).map((tag) => Promise.race([win.customElements.whenDefined(tag), pause(50)])));
  return {frame, win, doc, host: doc.getElementById('host')!, log: win.hostLog};
}

/**
 * How the test server answers a delivery page's language modules (test/support/test-server.mjs):
 * `ok` as they are, `missing` with 404, `held` not until {@link DeliveryPage.release}.
 */
export type DeliveryMode = 'ok' | 'missing' | 'held';

/** A host page served from a folder of its own, `/delivery/RUN/MODE/`, with the bundle and its languages. */
export interface DeliveryPage extends HostPage {
  /** The page's folder, as an absolute URL ending in `/`: the bundle is at `trp-widgets@0.1.0/trp-widgets.js` in it. */
  folder: string;
  /** Every request the page made to its folder, as path and query string relative to it, in order. */
  requests(): Promise<string[]>;
  /** Answers the held language modules now, and any asked for later. */
  release(): Promise<void>;
}

let deliveryRuns = 0;
const heldRuns = new Set<string>();

/**
 * Opens test/host/`name`.html from a folder of its own in which the test server puts the built
 * bundle, and its language modules as `mode` says. `opening` gets the iframe as soon as it is on
 * the page, before the page's scripts run; `search` is the page's query string (`?…`).
 */
export async function openDeliveryPage(
  name: string,
  mode: DeliveryMode,
  opening?: (frame: HTMLIFrameElement) => void,
  search = ''
): Promise<DeliveryPage> {
  const run = `${Date.now().toString(36)}-${++deliveryRuns}`;
  const folder = new URL(`/delivery/${run}/${mode}/`, location.href).href;
  if (mode === 'held') heldRuns.add(run);
  const page = await openPageAt(`${folder}${name}.html${search}`, 800, 700, opening);
  const answer = async (action: string) => (await fetch(`/delivery-${action}/${run}`)).json() as Promise<string[]>;
  return {
    ...page,
    folder,
    requests: async () => (await answer('requests')).map((path) => path.slice(new URL(folder).pathname.length)),
    release: async () => {
      heldRuns.delete(run);
      await answer('release');
    },
  };
}

/** Answers every language module still held, so that no request outlives its test. */
export async function releaseHeld(): Promise<void> {
  await Promise.all([...heldRuns].map((run) => fetch(`/delivery-release/${run}`)));
  heldRuns.clear();
}

/** Waits, frame by frame, until `done()` is true; fails with `what` after `ms` milliseconds. */
export async function waitFor(done: () => boolean | Promise<boolean>, what: string, ms = 8000): Promise<void> {
  const start = performance.now();
  while (!(await done())) {
    if (performance.now() - start > ms) throw new Error(`Still waiting, after ${ms} ms, for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

let tagsInBundle: Promise<string[]> | undefined;

/** Every `trp-…` name in the built bundle (tag names and a few other strings). */
function bundleTags(): Promise<string[]> {
  tagsInBundle ??= fetch(bundleUrl)
    .then((response) => response.text())
    .then((source) => [...new Set(source.match(/(?<![\w-])trp(?:-[a-z][a-z\d]*)+/g) ?? [])].sort());
  return tagsInBundle;
}

/** The tags of every element the bundle defined in `win`. */
export async function definedTags(win: Window): Promise<string[]> {
  return (await bundleTags()).filter((tag) => win.customElements.get(tag) !== undefined);
}

/** The attributes an element observes (its public attributes, `lang` included). */
export function observedAttributes(win: Window, tag: string): string[] {
  const element = win.customElements.get(tag) as unknown as {observedAttributes?: string[]};
  return [...(element.observedAttributes ?? [])];
}

/**
 * The element's boolean attributes (Lit properties of `type: Boolean`): any value, hostile or
 * not, means "on".
 */
export function booleanAttributes(win: Window, tag: string): string[] {
  const element = win.customElements.get(tag) as unknown as {
    elementProperties?: Map<string, {type?: unknown; attribute?: string | boolean}>;
  };
  return [...(element.elementProperties ?? new Map())]
    .filter(([, options]) => options.type === (win as unknown as typeof globalThis).Boolean && options.attribute !== false)
    .map(([name, options]) => (typeof options.attribute === 'string' ? options.attribute : name.toLowerCase()));
}

export function pause(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `element`'s shadow root and every shadow root nested inside it, in reading order. */
export function shadowRoots(element: Element): ShadowRoot[] {
  return hostsWithin(element).flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
}

/** Every element rendered inside `element`, through nested shadow roots, in reading order. */
export function renderedElements(element: Element): Element[] {
  return element.shadowRoot ? elementsWithin(element.shadowRoot) : [];
}

/** Waits until `element` and every element nested in its shadow roots have rendered. */
export async function settleAll(element: LitLike): Promise<void> {
  await pause();
  await settledWithin(element);
}

/** Creates `tag` in the host page with `attributes`, adds it to the page and waits for it to render. */
export async function place(page: HostPage, tag: string, attributes: Record<string, string> = {}): Promise<LitLike> {
  const element = page.doc.createElement(tag) as LitLike;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  page.host.append(element);
  await settleAll(element);
  return element;
}

/** The displayed text of `element`, through nested shadow roots, white space collapsed. */
export function renderedText(element: Element): string {
  return shadowRoots(element)
    // Elements from the host page's realm: not `instanceof` this page's HTMLElement. A server-rendered
    // root's <style>, not displayed, would give its CSS as its innerText.
    .flatMap((root) => [...root.children].filter((child) => child.localName !== 'style').map((child) => (child as HTMLElement).innerText ?? ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `href` of every link rendered by `element`, through nested shadow roots. */
export function renderedHrefs(element: Element): string[] {
  return renderedElements(element)
    .filter((node) => node.localName === 'a' && node.hasAttribute('href'))
    .map((a) => a.getAttribute('href')!);
}

/** The text of every heading rendered by `element`, through nested shadow roots. */
export function renderedHeadings(element: Element): string[] {
  return renderedElements(element)
    .filter((node) => /^h[1-6]$/.test(node.localName))
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The focused element of `doc`, through shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
