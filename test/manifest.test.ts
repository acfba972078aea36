import {expect, fixture} from '@open-wc/testing';
import type {CSSResultOrNative} from 'lit';
import '../src/index.js';
// Every language, registered as its module does: in a language that is not official, the notice renders too.
import '../src/generated/languages/all.js';
import {elementsOf, readManifest} from './support/manifest.mjs';
import {elementsWithin, publicTags, settle} from './support/helpers.js';

/**
 * custom-elements.json against the elements themselves: the parts each renders, the attributes
 * it reacts to and the custom properties its styles read are the ones its manifest entry lists.
 * (test/node/manifest.test.mjs checks that the entries keep every item, described.)
 */

interface Item {
  name: string;
}
interface Entry {
  tagName: string;
  attributes?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const names = (items: Item[] | undefined) => (items ?? []).map((item) => item.name).sort();

let entries: Map<string, Entry>;
before(async () => {
  entries = new Map(elementsOf(await readManifest()).map((element) => [element.tagName, element as Entry]));
});

/**
 * Every optional attribute set, so that every part renders (the organisation's section, the safety
 * link, the language menu, the notice of an unofficial translation).
 */
const everyAttribute =
  'lang="es" languages="en fr es" province="BC" org-name="Safe Harbour Services" phone="613-555-0100" email="help@example.org" ' +
  'url="https://example.org" hours="9 to 5" address="1 Main Street" safety-href="https://example.org/safety"';

async function render(tag: string): Promise<HTMLElement> {
  const element = await fixture<HTMLElement>(`<${tag} ${everyAttribute}></${tag}>`);
  await settle(element);
  return element;
}

/**
 * The part names a page can style on the host of `root`: its own `part`s, and those its inner
 * elements export (`exportparts="inner: outer"`) when the inner element has that part.
 */
function partsOf(root: ShadowRoot): Set<string> {
  const parts = new Set<string>();
  for (const node of root.querySelectorAll('[part]')) for (const part of node.part) parts.add(part);
  for (const node of root.querySelectorAll('[exportparts]')) {
    const inner = node.shadowRoot ? partsOf(node.shadowRoot) : new Set<string>();
    for (const mapping of node.getAttribute('exportparts')!.split(',')) {
      const [from, to = from] = mapping.split(':').map((name) => name.trim());
      if (inner.has(from)) parts.add(to);
    }
  }
  return parts;
}

/** The `--trp-…` custom properties the element's styles read with `var()`. */
function propertiesRead(tag: string): Set<string> {
  const styles = (customElements.get(tag) as unknown as {elementStyles: CSSResultOrNative[]}).elementStyles;
  const text = styles
    .map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n')))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  return new Set([...text.matchAll(/var\(\s*(--trp-[\w-]+)/g)].map((match) => match[1]));
}

/** The computed style of the element and of everything in its shadow trees, custom properties left out. */
function look(element: HTMLElement): string {
  return [element, ...elementsWithin(element.shadowRoot!)]
    .map((node) => {
      const style = getComputedStyle(node);
      return [...style].filter((name) => !name.startsWith('--')).map((name) => `${name}: ${style.getPropertyValue(name)}`).join('; ');
    })
    .join('\n');
}

describe('custom-elements.json, against the elements', () => {
  for (const tag of publicTags) {
    describe(`<${tag}>`, () => {
      it('renders exactly the parts its entry lists (with every attribute set)', async () => {
        const element = await render(tag);
        expect([...partsOf(element.shadowRoot!)].sort()).to.deep.equal(names(entries.get(tag)!.cssParts));
      });

      it('reacts to exactly the attributes its entry lists', () => {
        const observed = (customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes;
        expect([...new Set(observed)].sort()).to.deep.equal(names(entries.get(tag)!.attributes));
      });

      it('reads, in its styles, every custom property its entry lists', () => {
        const read = propertiesRead(tag);
        expect(names(entries.get(tag)!.cssProperties).filter((name) => !read.has(name))).to.deep.equal([]);
      });

      it('changes nothing on screen for a custom property its styles read but its entry does not list', async () => {
        const element = await render(tag);
        const listed = new Set(names(entries.get(tag)!.cssProperties));
        const unlisted = [...propertiesRead(tag)].filter((name) => !listed.has(name));
        const changed: string[] = [];
        for (const scheme of ['light', 'dark']) {
          element.style.setProperty('--trp-color-scheme', scheme);
          expect(getComputedStyle(element).colorScheme).to.equal(scheme);
          const before = look(element);
          for (const name of unlisted) {
            for (const value of ['rgb(1, 2, 3)', '7px', '0', 'dark']) {
              element.style.setProperty(name, value);
              if (look(element) !== before) changed.push(`${name}: ${value} (${scheme})`);
              element.style.removeProperty(name);
            }
          }
        }
        expect(changed).to.deep.equal([]);
      });
    });
  }
});
