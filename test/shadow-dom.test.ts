import {expect} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {elementsWithin, expectSame, hostsWithin, renderedWithin, textOf} from './support/helpers.js';

/**
 * test/support/shadow-dom.mjs: how the tests (and, in a page, the Node tests and the bench) read what
 * elements render in nested shadow roots, and wait until they have rendered.
 */

/** Renders its level, then one more of itself a level down: each level appears one update later. */
class NestedLevels extends LitElement {
  static override properties = {depth: {type: Number}};
  depth = 0;

  override render() {
    return this.depth > 0
      ? html`<p>level ${this.depth}</p><shadow-dom-nest .depth=${this.depth - 1}></shadow-dom-nest>`
      : html`<p>bottom</p>`;
  }
}
customElements.define('shadow-dom-nest', NestedLevels);

const placed: Element[] = [];
afterEach(() => {
  for (const element of placed.splice(0)) element.remove();
});

describe('reading shadow trees (test/support/shadow-dom.mjs)', () => {
  it('waits until elements rendered by other elements have rendered too, however deep', async () => {
    const top = document.createElement('shadow-dom-nest') as NestedLevels;
    top.depth = 10;
    document.body.append(top);
    placed.push(top);
    await renderedWithin(top);
    expect(hostsWithin(top).map(textOf)).to.deep.equal([...Array.from({length: 10}, (_, i) => `level ${10 - i}`), 'bottom']);
  });

  it('lists elements in reading order: an element, then its shadow tree, then its children', () => {
    const container = document.createElement('div');
    const first = document.createElement('section');
    first.id = 'first';
    first.attachShadow({mode: 'open'}).append(Object.assign(document.createElement('h2'), {id: 'first-shadow'}));
    first.append(Object.assign(document.createElement('p'), {id: 'first-child'}));
    container.append(first, Object.assign(document.createElement('p'), {id: 'second'}));
    expect(elementsWithin(container).map((element) => element.id)).to.deep.equal(['first', 'first-shadow', 'first-child', 'second']);
  });

  it('reads elements from another window, as in the host pages’ frames', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    placed.push(frame);
    const doc = frame.contentDocument!;
    const host = doc.createElement('div');
    host.attachShadow({mode: 'open'}).append(Object.assign(doc.createElement('p'), {textContent: 'Qui appeler'}));
    doc.body.append(host);
    expect(textOf(host)).to.equal('Qui appeler');
    expectSame(hostsWithin(doc.body), [doc.body], 'the hosts within');
    expectSame(elementsWithin(doc.body), [host, host.shadowRoot!.firstElementChild], 'the elements within');
  });
});
