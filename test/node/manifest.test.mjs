// What custom-elements.json tells IDEs, Storybook, CMS tools and the docs' API blocks about each element:
// its attributes, parts, custom properties (with their defaults) and events, each described.
// Most of them are written once, in the JSDoc of the base classes (src/trp-element.ts,
// src/trp-content-element.ts), and the analyzer copies them onto every element that extends
// them: these lists are what each element's entry must still show. (test/manifest.test.ts
// checks the same entries against what the elements really render, observe and style.)
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {elementsOf, readManifest} from '../support/manifest.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = await readManifest();

/** What every element has, `<trp-quick-exit>` included: its language, colours and type. */
const everyElement = {
  attributes: ['lang'],
  cssProperties: {
    '--trp-color-text': '#1b1b1b',
    '--trp-color-background': '#ffffff',
    '--trp-color-muted': '#4d4d4d',
    '--trp-color-link': '#0b4fa8',
    '--trp-color-focus': '#0b4fa8',
    '--trp-dark-color-text': '#f2f2f2',
    '--trp-dark-color-background': '#17171c',
    '--trp-dark-color-muted': '#c8c8d0',
    '--trp-dark-color-link': '#9cc3ff',
    '--trp-dark-color-focus': '#9cc3ff',
    '--trp-color-scheme': undefined,
    '--trp-font-family': 'inherit',
    '--trp-font-size': 'max(1rem, 16px)',
    '--trp-radius': '0.5rem',
    '--trp-space': '1rem',
  },
};

/** What every content element (all but the quick exit) has on top: headings, blocks, the source line. */
const contentElement = {
  attributes: [...everyElement.attributes, 'heading-level', 'hide-source'],
  parts: ['base', 'heading', 'subheading', 'source', 'notice'],
  cssProperties: {
    ...everyElement.cssProperties,
    '--trp-color-accent': '#7a2362',
    '--trp-color-surface': '#f4f1f6',
    '--trp-color-border': '#8c8c99',
    '--trp-dark-color-accent': '#f0a3d8',
    '--trp-dark-color-surface': '#26242d',
    '--trp-dark-color-border': '#8e8e9c',
    '--trp-padding': 'var(--trp-space)',
  },
};

const organisation = ['org-name', 'phone', 'email', 'url', 'hours', 'address'];

/** Each element's attributes, parts, custom properties with their defaults, and events. */
const expected = {
  'trp-benefits-list': {
    attributes: [...contentElement.attributes, 'province'],
    parts: [...contentElement.parts, 'health', 'work-study', 'income'],
    cssProperties: contentElement.cssProperties,
    events: [],
  },
  'trp-contact-card': {
    attributes: [...contentElement.attributes, ...organisation],
    parts: [...contentElement.parts, 'hotline', 'emergency', 'ircc', 'organization', 'phone-link'],
    cssProperties: contentElement.cssProperties,
    events: [],
  },
  'trp-guide': {
    attributes: [...contentElement.attributes, 'province', 'languages', ...organisation],
    parts: [
      ...contentElement.parts,
      ...['languages', 'language', 'intro', 'help', 'toc', 'toc-link', 'section'],
      // Exported from its sections.
      ...['section-heading', 'section-subheading', 'phone-link', 'hotline', 'caution', 'checklist', 'checklist-item', 'checkbox'],
    ],
    cssProperties: contentElement.cssProperties,
    events: [],
  },
  'trp-interview-guide': {
    attributes: contentElement.attributes,
    parts: [...contentElement.parts, 'about', 'proof', 'representative', 'bring', 'checklist', 'checklist-item', 'checkbox'],
    cssProperties: contentElement.cssProperties,
    events: [],
  },
  'trp-outcomes': {
    attributes: contentElement.attributes,
    parts: [...contentElement.parts, 'granted', 'refused', 'phone-link'],
    cssProperties: contentElement.cssProperties,
    events: [],
  },
  'trp-pathways': {
    attributes: contentElement.attributes,
    parts: [...contentElement.parts, 'humanitarian', 'refugee', 'caution'],
    cssProperties: contentElement.cssProperties,
    events: [],
  },
  'trp-permit-explainer': {
    attributes: contentElement.attributes,
    parts: [...contentElement.parts, 'about', 'who', 'no-testimony', 'length', 'free'],
    cssProperties: contentElement.cssProperties,
    events: [],
  },
  'trp-quick-exit': {
    attributes: [...everyElement.attributes, 'href', 'safety-href', 'hide-note', 'position'],
    parts: ['base', 'button', 'indicator', 'note', 'safety-link', 'overlay'],
    cssProperties: {
      ...everyElement.cssProperties,
      '--trp-quick-exit-background': '#b3261e',
      '--trp-quick-exit-color': '#ffffff',
      '--trp-quick-exit-top': '0',
      '--trp-quick-exit-z-index': '1000',
    },
    events: ['trp-quick-exit'],
  },
};

const names = (items) => (items ?? []).map((item) => item.name).sort();
const sorted = (list) => [...list].sort();

test('the manifest has an entry for each element, and only those', () => {
  assert.deepEqual(elementsOf(manifest).map((element) => element.tagName), Object.keys(expected).sort());
});

for (const element of elementsOf(manifest)) {
  const tag = element.tagName;
  const want = expected[tag];
  if (!want) continue;

  test(`<${tag}>: the manifest lists its attributes, parts, custom properties with their defaults, and events`, () => {
    assert.deepEqual(names(element.attributes), sorted(want.attributes), 'attributes');
    assert.deepEqual(names(element.cssParts), sorted(want.parts), 'parts');
    assert.deepEqual(
      Object.fromEntries((element.cssProperties ?? []).map((p) => [p.name, p.default]).sort(([a], [b]) => a.localeCompare(b))),
      Object.fromEntries(Object.entries(want.cssProperties).sort(([a], [b]) => a.localeCompare(b))),
      'custom properties and their defaults'
    );
    assert.equal((element.cssProperties ?? []).length, Object.keys(want.cssProperties).length, 'no custom property listed twice');
    assert.deepEqual(names(element.events), sorted(want.events), 'events');
  });

  test(`<${tag}>: the manifest describes it and each of its attributes, parts, custom properties and events`, () => {
    // Words, not a stray `-` left by an `@csspart name -` line without its text.
    const described = /\p{L}{2,}/u;
    assert.match(element.summary ?? '', described, 'a summary');
    assert.match(element.description ?? '', described, 'a description');
    for (const kind of ['attributes', 'cssParts', 'cssProperties', 'events']) {
      for (const item of element[kind] ?? []) {
        assert.match(item.description ?? '', described, `${kind}: ${item.name} has no description`);
      }
    }
  });
}

test('each element’s `lang`, attribute and property, names every language the package has (lit-localize.json)', () => {
  const {sourceLocale, targetLocales} = JSON.parse(read('lit-localize.json'));
  for (const element of elementsOf(manifest)) {
    const described = [element.attributes, element.members].map((items) => items?.find((item) => item.name === 'lang')?.description ?? '');
    for (const [i, description] of described.entries()) {
      for (const code of [sourceLocale, ...targetLocales]) {
        assert.ok(description.includes(`\`${code}\``), `<${element.tagName}>: its lang ${['attribute', 'property'][i]} does not name \`${code}\`: ${description}`);
      }
    }
  }
});

test('no JSDoc line in src/ repeats another word for word: shared items are documented once, on a base class', () => {
  const seen = new Map();
  const repeated = [];
  for (const file of readdirSync(new URL('src/', root)).filter((name) => name.endsWith('.ts'))) {
    for (const [line] of read(`src/${file}`).matchAll(/@(?:attr|csspart|cssprop)\s+.+/g)) {
      const text = line.replace(/\s+/g, ' ').trim();
      if (seen.has(text)) repeated.push(`${file} and ${seen.get(text)}: ${text}`);
      else seen.set(text, file);
    }
  }
  assert.deepEqual(repeated, []);
});
