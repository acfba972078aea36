/** What a reader of an element sees, read from its shadow root. */
import {settledWithin} from './shadow-dom.mjs';

// Shared with the Node scripts and tests that drive Chromium (test/support/shadow-dom.mjs):
// textOf(element): its displayed text, read from its shadow root, white space collapsed;
// hostsWithin(element): it and every shadow host in its shadow tree, in reading order (the
// sections of <trp-guide>), to read each with textOf/linksOf;
// elementsWithin(root): every element inside root, through shadow roots, in reading order;
// renderedWithin(element): waits until it and every element rendered inside it have rendered.
export {elementsWithin, hostsWithin, settledWithin as renderedWithin, textOf} from './shadow-dom.mjs';

/** Every element the library defines: the tags partners embed, fixed by the docs and the manifest. */
export const publicTags = [
  'trp-benefits-list',
  'trp-contact-card',
  'trp-guide',
  'trp-interview-guide',
  'trp-outcomes',
  'trp-pathways',
  'trp-permit-explainer',
  'trp-quick-exit',
] as const;

/** The guide's sections, in reading order: every content element but the guide itself. */
export const sectionTags = [
  'trp-permit-explainer',
  'trp-benefits-list',
  'trp-interview-guide',
  'trp-outcomes',
  'trp-pathways',
  'trp-contact-card',
] as const;

/** Every content element (all but the quick exit): the guide's sections, then the guide. */
export const contentTags = [...sectionTags, 'trp-guide'] as const;

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
