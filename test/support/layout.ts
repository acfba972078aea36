/**
 * How an element is laid out, as a reader sees it: whether anything spills out of its box, and
 * whether it runs in its language's direction. For the tests in the pseudo-locales
 * (test/pseudo-locales.test.ts, test/right-to-left.test.ts).
 */
import {fixture, html} from '@open-wc/testing';
import {elementsWithin, hostsWithin, organization, renderedWithin} from './helpers.js';
import {setViewport} from './commands.js';

/**
 * `tag` in `lang`, alone on the page: the guide and the contact card with an organisation, the
 * guide and the benefits with a province (the one with the longest name), and the guide with a
 * language menu when `languages` are given.
 */
export async function place(tag: string, lang: string, languages?: readonly string[]): Promise<HTMLElement> {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  const element = document.createElement(tag);
  element.lang = lang;
  if (tag === 'trp-guide' || tag === 'trp-contact-card') {
    for (const [name, value] of Object.entries(organization)) element.setAttribute(name, value);
  }
  if (tag === 'trp-guide' || tag === 'trp-benefits-list') element.setAttribute('province', 'NL');
  if (tag === 'trp-guide' && languages) element.setAttribute('languages', languages.join(' '));
  box.append(element);
  await renderedWithin(element);
  return element;
}

/**
 * For the tests of a `describe` block that lay an element out as on a phone: the page's body without
 * its margin, so the element spans the whole window; the margin and an 800 × 600 window back after.
 */
export function acrossTheWindow(): void {
  const margin = document.body.style.margin;
  before(() => {
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = margin;
    await setViewport({width: 800, height: 600});
  });
}

/** Hidden on purpose for everyone but screen readers (`.visually-hidden`: clipped to nothing). */
export function visuallyHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (getComputedStyle(node).clipPath !== 'none') return true;
  }
  return false;
}

/** The box that lays out `node`'s text: its nearest ancestor that is not inline. */
function blockOf(node: Node): Element {
  let element = node.parentElement!;
  while (/^(inline|contents)$/.test(getComputedStyle(element).display) && element.parentElement) element = element.parentElement;
  return element;
}

/** `<p.note> “Or press Shift…”`, to name a box in a message. */
export const describeElement = (element: Element) =>
  `<${element.localName}${element.className ? `.${String(element.className).trim().replace(/ +/g, '.')}` : ''}> “${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;

/** The non-empty text nodes inside `root`, those only screen readers get left out. */
function textsWithin(root: Node): Text[] {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (text.data.trim() && !visuallyHidden(text.parentElement!)) texts.push(text);
  }
  return texts;
}

/** The boxes of each line of `text`, as laid out (none with no width). */
function linesOf(text: Text): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].filter((line) => line.width > 0);
}

/**
 * The boxes around `text` that hide what overflows them, up to its shadow root, each with the
 * edges inside its borders: where what it holds stops showing.
 */
function clipsOf(text: Text): {box: Element; edges: Edges}[] {
  const clips: {box: Element; edges: Edges}[] = [];
  for (let box = text.parentElement; box; box = box.parentElement) {
    const style = getComputedStyle(box);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const {left, top} = box.getBoundingClientRect();
    const [x, y] = [left + box.clientLeft, top + box.clientTop];
    clips.push({box, edges: {left: x, top: y, right: x + box.clientWidth, bottom: y + box.clientHeight}});
  }
  return clips;
}

const canvas = document.createElement('canvas').getContext('2d')!;

/**
 * How high and low `text` is drawn on `line`: its line box, or further where its glyphs reach
 * past it. The line box is the first font's height; a letter from a fallback font (Gurmukhi from
 * Noto Sans Gurmukhi, with its vowel signs above and below) can reach further, which the canvas
 * measures with the same fonts: the glyphs' extent from the baseline, against the first font's.
 */
function inkOf(text: Text, line: DOMRect): {top: number; bottom: number} {
  canvas.font = getComputedStyle(text.parentElement!).font;
  const glyphs = canvas.measureText(text.data.trim());
  const baseline = line.top + glyphs.fontBoundingBoxAscent;
  return {
    top: Math.min(line.top, baseline - glyphs.actualBoundingBoxAscent),
    bottom: Math.max(line.bottom, baseline + glyphs.actualBoundingBoxDescent),
  };
}

/**
 * Every way `element`'s content spills out of a box, as messages (none when it all fits): the
 * page scrolling sideways, a box wider inside than out (its `scrollWidth`), a box that hides what
 * overflows it and has more than it shows, text outside the box that lays it out, the element,
 * or the window, and text that a box around it cuts: a line's box (the font's full height, marks
 * above and below the letters included: Gurmukhi's vowel signs) reaching past the edges of a box
 * that hides what overflows it, which a tight line height can do with nothing to scroll.
 */
export function overflows(element: HTMLElement): string[] {
  const found: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) found.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
  for (const box of [element, ...elementsWithin(element.shadowRoot!)]) {
    const style = getComputedStyle(box);
    if (style.display === 'none' || visuallyHidden(box)) continue;
    if (box.clientWidth > 0 && box.scrollWidth > box.clientWidth) {
      found.push(`${describeElement(box)} is wider inside than out: ${box.scrollWidth} > ${box.clientWidth}`);
    }
    const hides = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    if (hides && (box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth)) {
      found.push(`${describeElement(box)} cuts what it holds (overflow: ${style.overflow})`);
    }
  }
  const bounds = element.getBoundingClientRect();
  for (const host of hostsWithin(element)) {
    for (const text of textsWithin(host.shadowRoot!)) {
      const block = blockOf(text);
      const box = block.getBoundingClientRect();
      for (const line of linesOf(text)) {
        const outside = (edges: {left: number; right: number}) => line.left < edges.left - 1 || line.right > edges.right + 1;
        const out = [
          outside(box) ? `its box ${describeElement(block)}` : '',
          outside(bounds) ? 'the element' : '',
          outside({left: 0, right: innerWidth}) ? 'the window' : '',
        ].filter(Boolean);
        if (out.length) found.push(`“${text.data.trim().slice(0, 30)}” spills out of ${out.join(', ')}`);
        const ink = inkOf(text, line);
        for (const {box: clip, edges} of clipsOf(text)) {
          if (ink.top < edges.top - 1 || ink.bottom > edges.bottom + 1 || outside(edges)) {
            found.push(`“${text.data.trim().slice(0, 30)}” is cut by ${describeElement(clip)} (overflow: ${getComputedStyle(clip).overflow})`);
          }
        }
      }
    }
  }
  return found;
}

type Edges = {left: number; right: number; top: number; bottom: number};

/** The box inside `element`'s borders and padding. */
export function contentBox(element: Element): Edges {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const side = (name: string) => parseFloat(style.getPropertyValue(`border-${name}-width`)) + parseFloat(style.getPropertyValue(`padding-${name}`));
  return {left: box.left + side('left'), right: box.right - side('right'), top: box.top + side('top'), bottom: box.bottom - side('bottom')};
}

/** Where the text inside `block` is drawn: the union of its lines, or nothing without text. */
export function textBounds(block: Element): Edges | undefined {
  const lines = textsWithin(block).flatMap(linesOf);
  if (lines.length === 0) return undefined;
  return {
    left: Math.min(...lines.map((line) => line.left)),
    right: Math.max(...lines.map((line) => line.right)),
    top: Math.min(...lines.map((line) => line.top)),
    bottom: Math.max(...lines.map((line) => line.bottom)),
  };
}

export type Direction = 'ltr' | 'rtl';

/** How far `inner` starts from `outer`'s start edge (its right edge, right to left). */
export const fromStart = (inner: Edges, outer: Edges, dir: Direction) =>
  dir === 'rtl' ? outer.right - inner.right : inner.left - outer.left;

/** Whether `first` comes entirely before `second` in the reading direction. */
export const precedes = (first: Edges, second: Edges, dir: Direction) =>
  dir === 'rtl' ? first.left >= second.right - 0.5 : first.right <= second.left + 0.5;

const near = (value: number) => Math.abs(value) <= 1;

/**
 * Everything in `element` that does not run in `dir`, as messages (none when all does): its
 * content's `dir` and direction; headings, paragraphs, list items, labels and values starting at
 * the start edge (their text against it, and the paragraphs and lists narrower than their box
 * against its start); list markers on the start side; the accent border of highlighted blocks on
 * the start side; the contact card's labels before their values; the checklist's checkboxes before
 * their text; the quick exit's note before its button.
 */
export function mirroringProblems(element: HTMLElement, dir: Direction): string[] {
  const problems: string[] = [];
  const start = dir === 'rtl' ? 'right' : 'left';
  const end = dir === 'rtl' ? 'left' : 'right';
  for (const host of hostsWithin(element)) {
    const root = host.shadowRoot!;
    const find = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)].filter((node) => !visuallyHidden(node));
    const problem = (node: Element, what: string) => problems.push(`${host.localName} ${describeElement(node)}: ${what}`);

    const bases = find('[part="base"], dialog');
    if (bases.length === 0) problem(host, 'has no content');
    for (const base of bases) {
      if (base.getAttribute('dir') !== dir || getComputedStyle(base).direction !== dir) problem(base, `is not laid out ${dir}`);
    }

    for (const block of find('h1, h2, h3, h4, h5, h6, p, li, dt, dd, legend')) {
      const style = getComputedStyle(block);
      if (style.display === 'none' || block.querySelector('input')) continue;
      if (style.direction !== dir) problem(block, `runs ${style.direction}`);
      // Chromium and WebKit keep `start`; Firefox resolves a list item's `match-parent` to its side.
      if (style.textAlign !== 'start' && style.textAlign !== start) problem(block, `is aligned ${style.textAlign}`);
      const text = textBounds(block);
      if (text && !near(fromStart(text, contentBox(block), dir))) problem(block, `its text does not start at its ${start} edge`);
    }
    // Paragraphs and lists stop at a readable length: the room they leave is at their end.
    for (const block of find('p, ul, ol, dl')) {
      const parent = block.parentElement!;
      if (getComputedStyle(parent).display !== 'block') continue;
      if (!near(fromStart(block.getBoundingClientRect(), contentBox(parent), dir))) problem(block, `is not against the ${start} edge of its box`);
    }

    for (const list of find('ul, ol')) {
      const style = getComputedStyle(list);
      if (style.listStyleType === 'none') continue;
      const markers = parseFloat(style.getPropertyValue(`padding-${start}`));
      if (!(markers > 0) || parseFloat(style.getPropertyValue(`padding-${end}`)) !== 0) problem(list, `has no room for its markers on its ${start}`);
    }

    for (const block of find('.highlight, .caution')) {
      const style = getComputedStyle(block);
      const width = (side: string) => parseFloat(style.getPropertyValue(`border-${side}-width`));
      if (!(width(start) > width(end))) problem(block, `its accent border is not on its ${start}`);
    }

    for (const label of find('dt')) {
      const value = label.nextElementSibling!;
      const dl = contentBox(label.parentElement!);
      const [l, v] = [label.getBoundingClientRect(), value.getBoundingClientRect()];
      const sideBySide = Math.abs(l.top - v.top) < 1;
      if (!near(fromStart(l, dl, dir))) problem(label, `is not against the ${start} of the list`);
      if (sideBySide ? !precedes(l, v, dir) : !near(fromStart(v, dl, dir))) problem(value, `does not follow its label ${dir}`);
    }

    for (const item of find('label')) {
      const [box, text] = [item.querySelector('input')!, item.querySelector('span')!].map((node) => node.getBoundingClientRect());
      if (!precedes(box, text, dir) || !near(fromStart(box, contentBox(item), dir))) problem(item, `its checkbox is not on its ${start}`);
    }

    const bar = root.querySelector('.bar');
    if (bar) {
      const [button, note] = [bar.querySelector('[part="button"]')!, bar.querySelector('.note')!].map((node) => node.getBoundingClientRect());
      const inner = contentBox(bar);
      const oneLine = note.top < button.bottom;
      if (oneLine ? !precedes(note, button, dir) : !near(button.width - (inner.right - inner.left))) {
        problem(bar, oneLine ? `its note is not on the ${start} of its button` : 'its button is not across the bar');
      }
    }
  }
  return problems;
}
