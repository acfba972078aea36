/** What a reader of an element sees, read from its shadow root. */

/** Every element the library defines: the tags partners embed, fixed by the README and the manifest. */
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

/** The element's rendered text (as `innerText` gives it: what is displayed) with white space collapsed. */
export function textOf(element: Element): string {
  const root = element.shadowRoot ?? element;
  return [...root.children]
    .map((child) => (child instanceof HTMLElement ? child.innerText : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

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

/** Waits until pending mutation observers and Lit updates have run. */
export async function settle(element: Element & {updateComplete?: Promise<unknown>}): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
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

/**
 * The element and every element with a shadow root inside its shadow tree, in reading order:
 * the sections a composed element such as `<trp-guide>` renders. Read each with textOf/linksOf.
 */
export function hostsWithin(element: Element): Element[] {
  const hosts = [element];
  const walk = (root: ParentNode) => {
    for (const node of root.children) {
      if (node.shadowRoot) {
        hosts.push(node);
        walk(node.shadowRoot);
      }
      walk(node);
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return hosts;
}

/** Waits until the element and every element rendered inside it have finished rendering. */
export async function renderedWithin(element: Element): Promise<void> {
  for (const host of hostsWithin(element)) {
    await (host as Element & {updateComplete?: Promise<unknown>}).updateComplete;
  }
}
