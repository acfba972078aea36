import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from './support/commands.js';
import '../src/index.js';
import {publicTags} from './support/helpers.js';
import {mirroringProblems, precedes, overflows, place, type Direction} from './support/layout.js';
import {registerPseudoLocales} from './support/pseudo-locales.js';

/**
 * Languages written right to left: every element in `qab` (a right-to-left pseudo-locale) is the
 * mirror image of itself in English, and each element runs in its own language's direction
 * whatever the page's: right to left on a left-to-right page, left to right on a page with
 * `<html dir="rtl">`.
 */

/** Where `text` is drawn inside `root`'s shadow root: its left and right edges. */
function whereIs(root: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(root.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`no “${text}” in <${root.localName}>`);
}

const pages: Direction[] = ['ltr', 'rtl'];
const languages: [string, Direction][] = [
  ['qab', 'rtl'],
  ['en', 'ltr'],
];

describe('right to left', () => {
  const margin = document.body.style.margin;
  before(async () => {
    await registerPseudoLocales();
    document.body.style.margin = '0';
  });
  afterEach(() => document.documentElement.removeAttribute('dir'));
  after(async () => {
    document.body.style.margin = margin;
    await setViewport({width: 800, height: 600});
  });

  for (const page of pages) {
    for (const [lang, dir] of languages) {
      for (const width of [320, 1280]) {
        describe(`${lang === 'en' ? 'English' : 'qab'} (${dir}) on a ${page} page ${width} px wide`, () => {
          beforeEach(async () => {
            await setViewport({width, height: 800});
            if (page === 'rtl') document.documentElement.dir = 'rtl';
          });

          for (const tag of publicTags) {
            it(`lays out <${tag}> ${dir}, with nothing spilling out`, async () => {
              expect(getComputedStyle(document.body).direction, 'the page').to.equal(page);
              const element = await place(tag, lang);
              expect(mirroringProblems(element, dir)).to.deep.equal([]);
              expect(overflows(element)).to.deep.equal([]);
            });
          }
        });
      }
    }
  }

  it('shows each detail of the organisation in its own direction, in a card of either direction', async () => {
    const rightToLeft = await fixture(html`<trp-contact-card
      lang="qab"
      phone="+1 (613) 555-0100"
      hours="9 to 5, Monday to Friday"
      address=${'123 Main Street\nOttawa ON'}
    ></trp-contact-card>`);
    const leftToRight = await fixture(html`<trp-contact-card lang="en" hours="24/7" address="12 רחוב הרצל"></trp-contact-card>`);
    const reads = (card: Element, first: string, second: string, dir: Direction) => precedes(whereIs(card, first), whereIs(card, second), dir);
    // English, in the right-to-left card, still reads left to right, numbers where they belong.
    expect(reads(rightToLeft, '123', 'Main', 'ltr'), '123 Main Street').to.equal(true);
    expect(reads(rightToLeft, '+1', '(613)', 'ltr') && reads(rightToLeft, '(613)', '555-0100', 'ltr'), '+1 (613) 555-0100').to.equal(true);
    expect(reads(rightToLeft, '9 to 5', 'Monday', 'ltr'), '9 to 5, Monday to Friday').to.equal(true);
    // Hebrew, in the English card, reads right to left: the house number first, on the right.
    expect(reads(leftToRight, '12', 'רחוב', 'rtl'), '12 רחוב הרצל').to.equal(true);
    // And every value starts where the card starts, beside its label.
    expect(mirroringProblems(rightToLeft as HTMLElement, 'rtl')).to.deep.equal([]);
    expect(mirroringProblems(leftToRight as HTMLElement, 'ltr')).to.deep.equal([]);
  });
});
