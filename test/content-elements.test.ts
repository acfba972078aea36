import {expect, fixture} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import {officialPage} from '../src/facts.js';
import {allLocales} from '../src/localization.js';
import type {TrpContentElement} from '../src/trp-content-element.js';
import {setViewport} from './support/commands.js';
import {captureWarnings, contentTags, expectSame, hostsWithin, linksOf, outlineOf, renderedWithin, textOf} from './support/helpers.js';
import {acrossTheWindow, overflows, place} from './support/layout.js';

/**
 * What every content element promises (every element custom-elements.json lists with the
 * attributes of TrpContentElement): a heading level that fits the host page's outline, from the
 * attribute or the property; one source line, which `hide-source` leaves out; focus on its main
 * heading; and, in every language, nothing scrolling sideways or cut on a 320 px screen (the
 * text's full height too, marks above and below the line, as Gurmukhi has: see `overflows()`), the
 * guide's language menu included, and no axe violation there or at desktop width. Each element's own test file holds what is particular
 * to it.
 */

async function render(tag: string, attributes = ''): Promise<TrpContentElement> {
  const element = await fixture<TrpContentElement>(`<${tag} lang="en" ${attributes}></${tag}>`);
  await renderedWithin(element);
  return element;
}

/** The level of each heading a reader meets, in reading order, the guide's sections' included. */
const levels = (element: Element) => outlineOf(element).map((heading) => Number(heading[1]));

const sourcesIn = (element: Element) =>
  hostsWithin(element).flatMap((host) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('[part="source"]')]);

for (const tag of contentTags) {
  describe(`<${tag}>, as every content element`, () => {
    /** Its outline at the default level. */
    let outline: number[] = [];
    before(async () => {
      outline = levels(await render(tag));
    });
    /** The outline starting at `level`, each heading as far below it as by default, none below h6. */
    const startingAt = (level: number) => outline.map((depth) => Math.min(6, depth - 2 + level));

    describe('heading level', () => {
      it('starts at h2 by default, with its inner headings below it and no level skipped', () => {
        expect(outline[0]).to.equal(2);
        expect(outline.length).to.be.above(1);
        outline.slice(1).forEach((level, i) => expect(level, `heading ${i + 2}`).to.be.within(3, outline[i] + 1));
      });

      it('starts at the heading-level given, 1 to 6, and continues below it, never below h6', async () => {
        for (const level of [1, 3, 4, 6]) {
          expect(levels(await render(tag, `heading-level="${level}"`)), `heading-level="${level}"`).to.deep.equal(startingAt(level));
        }
      });

      it('starts at the heading-level given in every language', async () => {
        for (const lang of allLocales) {
          const element = await render(tag, `heading-level="4"`);
          element.lang = lang;
          await renderedWithin(element);
          expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
          expect(levels(element), lang).to.deep.equal(startingAt(4));
        }
      });

      it('clamps an out-of-range heading-level: 0 and -3 give h1, 9 gives h6', async () => {
        for (const [value, level] of [['0', 1], ['-3', 1], ['9', 6]] as const) {
          expect(levels(await render(tag, `heading-level="${value}"`)), `heading-level="${value}"`).to.deep.equal(startingAt(level));
        }
      });

      it('ignores a heading-level that is not a number, with one warning', async () => {
        const value = `big-${tag}`;
        let element!: TrpContentElement;
        const warnings = await captureWarnings(async () => {
          element = await render(tag, `heading-level="${value}"`);
          await render(tag, `heading-level="${value}"`);
        });
        expect(levels(element)).to.deep.equal(outline);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(`heading-level="${value}"`);
      });

      it('follows a change of the attribute', async () => {
        const element = await render(tag);
        element.setAttribute('heading-level', '3');
        await renderedWithin(element);
        expect(levels(element)).to.deep.equal(startingAt(3));
      });

      it('takes the headingLevel property as the attribute: clamped to 1–6 (0 and -3 give h1, 9 gives h6), and reads back clamped', async () => {
        const element = await render(tag);
        for (const [value, level] of [[4, 4], [0, 1], [-3, 1], [9, 6], [5, 5]]) {
          element.headingLevel = value;
          await renderedWithin(element);
          expect(element.headingLevel, `headingLevel = ${value}`).to.equal(level);
          expect(levels(element), `headingLevel = ${value}`).to.deep.equal(startingAt(level));
        }
      });

      it('ignores a headingLevel that is not a number, never an error', async () => {
        const element = await render(tag, 'heading-level="3"');
        for (const value of ['big', Number.NaN, undefined, {}]) {
          element.headingLevel = value as unknown as number;
          await renderedWithin(element);
          expect(element.headingLevel, `headingLevel = ${String(value)}`).to.equal(3);
          expect(levels(element), `headingLevel = ${String(value)}`).to.deep.equal(startingAt(3));
        }
      });
    });

    it('ends with one source line, linking the official page, and leaves it out with hide-source (attribute or property)', async () => {
      const element = await render(tag);
      const [source, ...more] = sourcesIn(element);
      expect(more).to.have.length(0);
      expectSame(source.getRootNode(), element.shadowRoot, 'the shadow root that holds the source line');
      expect(textOf(element)).to.match(/Source: Immigration, Refugees and Citizenship Canada — checked November 28, 2026$/);
      expect(linksOf(source)).to.deep.equal([{text: 'Immigration, Refugees and Citizenship Canada', href: officialPage.en}]);

      const hidden = await render(tag, 'hide-source');
      expect(sourcesIn(hidden)).to.have.length(0);
      expect(textOf(hidden)).not.to.include('Source:');
      hidden.hideSource = false;
      await renderedWithin(hidden);
      expect(sourcesIn(hidden)).to.have.length(1);
    });

    it('moves focus to its main heading with focusHeading(), and does nothing before it has rendered', async () => {
      expect(() => (document.createElement(tag) as TrpContentElement).focusHeading()).not.to.throw();
      const element = await render(tag);
      element.focusHeading();
      const heading = element.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
      expectSame(document.activeElement, element, 'the focused element of the page');
      expectSame(element.shadowRoot!.activeElement, heading, 'the focused element of its shadow root');
      expect(heading.localName).to.equal('h2');
      expect(heading.tabIndex, 'focusable by script only').to.equal(-1);
    });

    describe('in every language', () => {
      acrossTheWindow();

      for (const lang of allLocales) {
        it(`fits a 320 px screen in ${lang}, nothing scrolling sideways or cut, and passes axe there and at 1280 px`, async () => {
          await setViewport({width: 320, height: 800});
          // The guide with its language menu, every language named in its own script.
          const element = await place(tag, lang, allLocales);
          expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
          expect(overflows(element)).to.deep.equal([]);
          await expect(element).to.be.accessible();
          await setViewport({width: 1280, height: 800});
          await expect(element).to.be.accessible();
        });
      }
    });
  });
}
