import {expect} from '@open-wc/testing';
import {publicTags, settle, textOf} from './support/helpers.js';

/**
 * The side-effect-free entry, as a bundler or an editor uses it. This file imports nothing else
 * of the library, so what the page has is what the entry did. What the entry must not do on import
 * is recorded by wrapping the browser APIs it would use before it is imported.
 */
const calls: string[] = [];
const record = <T extends object>(target: T, name: keyof T & string, label: string) => {
  const original = target[name] as unknown as (...args: unknown[]) => unknown;
  (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    calls.push(`${label}(${String(args[0])})`);
    return original.apply(this, args);
  };
};
record(customElements, 'define', 'customElements.define');
record(document, 'addEventListener', 'document.addEventListener');
record(window, 'addEventListener', 'window.addEventListener');
record(MutationObserver.prototype, 'observe', 'MutationObserver.observe');

const entry = '../src/elements.js';
type Entry = typeof import('../src/elements.js');

describe('the side-effect-free entry (trp-widgets/elements)', () => {
  let api: Entry;
  const placeholder = document.createElement('div');
  placeholder.dataset.trp = 'contact-card';

  before(async () => {
    document.body.append(placeholder);
    calls.length = 0;
    api = (await import(entry)) as Entry;
    await new Promise((resolve) => setTimeout(resolve));
  });

  it('defines no element, adds no listener and watches nothing when imported', () => {
    expect(calls).to.deep.equal([]);
    expect(publicTags.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    expect(placeholder.children.length).to.equal(0);
  });

  it('exports every element class, defineAll, the language registry and the placeholder functions', () => {
    expect(Object.keys(api).sort()).to.deep.equal([
      'TrpBenefitsList',
      'TrpContactCard',
      'TrpGuide',
      'TrpInterviewGuide',
      'TrpOutcomes',
      'TrpPathways',
      'TrpPermitExplainer',
      'TrpQuickExit',
      'defineAll',
      'registerLocale',
      'upgradePlaceholders',
      'watchPlaceholders',
    ]);
  });

  it('defines every element when asked', () => {
    api.defineAll();
    expect(publicTags.filter((tag) => !customElements.get(tag))).to.deep.equal([]);
    expect(customElements.get('trp-guide')).to.equal(api.TrpGuide);
  });

  it('renders English without any language registered', async () => {
    const card = document.createElement('trp-contact-card');
    document.body.append(card);
    await settle(card);
    expect(textOf(card)).to.match(/^Who to call /);
    card.remove();
  });

  it('shows nothing in a language that is not registered yet, then that language once it is', async () => {
    const card = document.createElement('trp-contact-card');
    card.lang = 'fr';
    document.body.append(card);
    await settle(card);
    expect(textOf(card)).to.equal('');
    const french = '../src/generated/languages/fr.js';
    await import(french);
    await settle(card);
    expect(textOf(card)).to.match(/^Qui appeler /);
    expect(card.getAttribute('lang')).to.equal('fr');
    card.remove();
  });

  it('renders Spanish once its module registers it, with the notice of an unofficial translation', async () => {
    const card = document.createElement('trp-contact-card');
    card.lang = 'es-MX';
    document.body.append(card);
    await settle(card);
    expect(textOf(card)).to.equal('');
    const spanish = '../src/generated/languages/es.js';
    await import(spanish);
    await settle(card);
    expect(textOf(card)).to.match(/^Esta traducción no es oficial\. La información oficial está en inglés y en francés\. A quién llamar /);
    card.remove();
  });

  it('upgrades placeholders only when asked', () => {
    api.upgradePlaceholders();
    expect(placeholder.firstElementChild?.localName).to.equal('trp-contact-card');
  });
});
