// Reading what elements render inside shadow roots, and waiting until they have finished: one
// implementation for the browser tests (test/helpers.ts and test/host-pages.ts import it;
// tsconfig.json compiles it) and for the Node scripts and tests that drive Chromium with puppeteer,
// which cannot import into a page. Those evaluate `shadowDomScript`, these functions as one script,
// and pass the handle it gives to page.evaluate:
//   const dom = await page.evaluateHandle(shadowDomScript);
//   await page.evaluate((dom) => dom.settledWithin(document.body), dom);
// So the functions use nothing but each other and the page. Elements may come from another
// window (the host pages' iframes): nothing here uses `instanceof`.

/**
 * @typedef {Element & {updateComplete?: Promise<unknown>, isUpdatePending?: boolean}} LitLike
 */

/**
 * Every element inside `root` (an element, a shadow root or a document), through every shadow
 * root within, in reading order: each element, then its shadow tree, then its children. Neither
 * `root` nor its own shadow root: pass `element.shadowRoot` for what an element renders.
 * @param {ParentNode} root
 * @returns {Element[]}
 */
export function elementsWithin(root) {
  /** @type {Element[]} */
  const found = [];
  /** @param {ParentNode} parent */
  const visit = (parent) => {
    // In tree order; a shadow tree goes right after its host, before the host's children.
    for (const element of parent.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/**
 * The element and every element with a shadow root inside its shadow tree, in reading order: the
 * sections a composed element such as `<trp-guide>` renders.
 * @param {Element} element
 * @returns {Element[]}
 */
export function hostsWithin(element) {
  return [element, ...(element.shadowRoot ? elementsWithin(element.shadowRoot).filter((inner) => inner.shadowRoot) : [])];
}

/**
 * Waits until `node` and every Lit element within it (its children and every shadow tree) have no
 * update pending, the elements those updates render included.
 * @param {ParentNode} node
 * @returns {Promise<void>}
 */
export async function settledWithin(node) {
  const litElements = () => {
    const within = [node, ...elementsWithin(node)];
    if ('shadowRoot' in node && node.shadowRoot) within.push(...elementsWithin(node.shadowRoot));
    return /** @type {LitLike[]} */ (within.filter((element) => 'updateComplete' in element));
  };
  // Changes that travel by mutation observers (a page's `lang`) run first.
  await Promise.resolve();
  for (let elements = litElements(); elements.some((element) => element.isUpdatePending); elements = litElements()) {
    await Promise.all(elements.map((element) => element.updateComplete));
  }
}

/**
 * The element's rendered text (as `innerText` gives it: what is displayed), read from its shadow
 * root, with white space collapsed. Nested elements' shadow roots are not read.
 * @param {Element} element
 * @returns {string}
 */
export function textOf(element) {
  return [...(element.shadowRoot ?? element).children]
    .map((child) => /** @type {HTMLElement} */ (child).innerText ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const functions = [elementsWithin, hostsWithin, settledWithin, textOf];

/** For `page.evaluateHandle`: a script whose value is an object holding the functions above. */
export const shadowDomScript = `(() => {\n${functions.join('\n')}\nreturn {${functions.map((fn) => fn.name).join(', ')}};\n})()`;
