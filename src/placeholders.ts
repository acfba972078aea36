/**
 * Placeholders for pages built with a CMS. WordPress and Drupal strip unknown tags such as
 * `<trp-contact-card>` from what editors write, but keep a `<div>` with `data-*` attributes:
 *
 *     <div data-trp="contact-card" data-lang="fr" data-org-name="Havre sûr"></div>
 *
 * Once the bundle is on the page, each such placeholder gets the element `trp-NAME` inside it,
 * with the placeholder's `data-*` attributes as the element's own (`data-heading-level` →
 * `heading-level`). The `<div>` stays, so the CMS's classes and layout still apply to it; its
 * children (fallback text or links for readers without the script) move into the element.
 */
import {isLibraryTag} from './define.js';
import {warnOnce, warnValue} from './warn.js';

const placeholderSelector = 'div[data-trp]';

/** The library tag a `data-trp` value names (`contact-card` or `trp-contact-card`), if any. */
function tagFor(name: string): string | undefined {
  const value = name.trim().toLowerCase();
  const tag = value.startsWith('trp-') ? value : `trp-${value}`;
  return isLibraryTag(tag) ? tag : undefined;
}

/** The attributes the element defined for `tag` reacts to: the only ones a placeholder may set. */
function attributesOf(tag: string): Set<string> {
  const element = customElements.get(tag) as {observedAttributes?: Iterable<string>} | undefined;
  try {
    return new Set(element?.observedAttributes ?? []);
  } catch {
    return new Set();
  }
}

/** Event handler attributes (`onclick`) and `style` would run or inject code: never copied. */
const unsafeAttribute = /^(on|style$)/i;

/** Gives `placeholder` its element, unless it already has it. */
function upgrade(placeholder: Element): void {
  const name = placeholder.getAttribute('data-trp') ?? '';
  const tag = tagFor(name);
  if (!tag) {
    warnValue('data-trp', name, 'the placeholder stays as it is');
    return;
  }
  // Upgraded already (by this copy of the library, another copy, or saved back by a CMS).
  for (const child of placeholder.children) if (child.localName === tag) return;

  const element = placeholder.ownerDocument.createElement(tag);
  const allowed = attributesOf(tag);
  for (const {name: dataName, value} of [...placeholder.attributes]) {
    if (!dataName.startsWith('data-') || dataName === 'data-trp') continue;
    const attribute = dataName.slice('data-'.length);
    if (!allowed.has(attribute) || unsafeAttribute.test(attribute)) {
      const shown = attribute.slice(0, 40);
      warnOnce(`${tag} has no attribute "${shown}"; data-${shown} left on the placeholder.`);
      continue;
    }
    try {
      element.setAttribute(attribute, value);
    } catch {
      // A name the parser accepted but the DOM does not: leave it on the placeholder.
    }
  }
  element.append(...placeholder.childNodes);
  placeholder.append(element);
}

/**
 * Upgrades every placeholder (`<div data-trp="…">`) in `root`, and `root` itself when it is one.
 * Placeholders in the page's document are upgraded without it, as soon as they are added; call it
 * for those the page-wide watcher cannot see: inside your own elements' shadow roots, or in a
 * fragment before it is added to the page. A placeholder is never upgraded twice.
 * @param root - Where to look: an element, a document, a shadow root or a fragment.
 */
export function upgradePlaceholders(root: ParentNode = document): void {
  if (root instanceof Element && root.matches(placeholderSelector)) upgrade(root);
  for (const placeholder of root.querySelectorAll(placeholderSelector)) upgrade(placeholder);
}

const watched = new WeakSet<Node>();

/**
 * Upgrades the placeholders in `root` now, and those added to it later (client-side rendering,
 * a CMS preview): one observer per root, which looks only at the nodes added.
 */
export function watchPlaceholders(root: Document | ShadowRoot = document): void {
  upgradePlaceholders(root);
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && node.isConnected) upgradePlaceholders(node as Element);
      }
    }
  }).observe(root, {childList: true, subtree: true});
}
