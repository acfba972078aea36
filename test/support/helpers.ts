/** What a reader of an element sees, read from its shadow root. */
import {elementsWithin, settledWithin} from './shadow-dom.mjs';
import {elementsOf, readManifest} from './manifest.mjs';

// Shared with the Node scripts and tests that drive Chromium (test/support/shadow-dom.mjs):
// textOf(element): its displayed text, read from its shadow root, white space collapsed;
// hostsWithin(element): it and every shadow host in its shadow tree, in reading order (the
// sections of <trp-guide>), to read each with textOf/linksOf;
// elementsWithin(root): every element inside root, through shadow roots, in reading order;
// renderedWithin(element): waits until it and every element rendered inside it have rendered.
export {elementsWithin, hostsWithin, settledWithin as renderedWithin, textOf} from './shadow-dom.mjs';

const elements = elementsOf(await readManifest());

/** Every element the library defines, by tag name: the tags partners embed, as custom-elements.json lists them. */
export const publicTags: readonly string[] = elements.map((element) => element.tagName);

/** Every content element: those that take the attributes of TrpContentElement (`heading-level`, `hide-source`). */
export const contentTags: readonly string[] = elements
  .filter((element) => element.attributes?.some((attribute) => (attribute.inheritedFrom as {name?: string})?.name === 'TrpContentElement'))
  .map((element) => element.tagName);

/** The guide's sections, in the order it shows them. */
export const sectionTags = [
  'trp-permit-explainer',
  'trp-benefits-list',
  'trp-interview-guide',
  'trp-outcomes',
  'trp-pathways',
  'trp-contact-card',
] as const;

/** An organisation's contact, as an embedder passes it in: shown as given, in no language of ours. */
export const organization = {
  'org-name': 'Safe Harbour Services',
  phone: '+1 (613) 555-0100',
  email: 'help@safe-harbour-services.example.org',
  url: 'https://safe-harbour-services.example.org/en/get-help',
  hours: 'Monday to Friday, 9 to 5',
  address: '123 Main Street\nOttawa ON K1A 0B1',
};

/** The links in the element's shadow root: their text and href. */
export function linksOf(element: Element): {text: string; href: string}[] {
  const root = element.shadowRoot ?? element;
  return [...root.querySelectorAll('a')].map((a) => ({
    text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
    href: a.getAttribute('href') ?? '',
  }));
}

/** The headings in the element's shadow root, as `h2 Who to call`. */
export function headingsOf(element: Element): string[] {
  const root = element.shadowRoot ?? element;
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (h) => `${h.localName} ${(h.textContent ?? '').replace(/\s+/g, ' ').trim()}`
  );
}

/** Every heading a reader meets in the element, in reading order, inside nested shadow roots too (the guide's sections), as `h2 Who to call`. */
export function outlineOf(element: Element): string[] {
  return elementsWithin(element.shadowRoot!)
    .filter((node) => /^h[1-6]$/.test(node.localName))
    .map((h) => `${h.localName} ${(h.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
}

/** `<h3#outcomes>`: a node named in a failure message, where chai would try to print the node itself. */
const nameOf = (node: unknown): string =>
  Array.isArray(node)
    ? `[${node.map(nameOf).join(', ')}]`
    : node instanceof Element
      ? `<${node.localName}${node.id ? `#${node.id}` : ''}>`
      : node instanceof Node
        ? node.nodeName
        : String(node);

/**
 * Asserts that `actual` is the node `expected` (or null), or a list of the same nodes in the same
 * order, comparing identity: a failing `expect(node).to.equal(other)` hangs the test runner
 * while it tries to serialise the nodes.
 */
export function expectSame(actual: unknown, expected: unknown, what = 'the node'): void {
  const same =
    Array.isArray(actual) && Array.isArray(expected)
      ? actual.length === expected.length && actual.every((node, i) => node === expected[i])
      : actual === expected;
  if (!same) throw new Error(`${what}: ${nameOf(actual)} is not ${nameOf(expected)}`);
}

/** Waits until pending mutation observers, timers set before, and Lit updates within the element have run. */
export async function settle(element: Element): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await settledWithin(element);
}

/** Records console warnings while `run` runs. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
