import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {TrpGuide} from '../src/guide.js';
import {headingsOf, linksOf, settle, textOf} from './helpers.js';

/** The sections of the guide, in order, and the tag of the element in each. */
const sectionTags = ['trp-outcomes', 'trp-pathways', 'trp-contact-card'];

/** Every heading a reader meets in the guide, in reading order, inside the children's shadow roots too. */
function outlineOf(element: Element): string[] {
  const headings: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.children) {
      if (/^h[1-6]$/.test(node.localName)) {
        headings.push(`${node.localName} ${(node.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
      walk(node);
    }
  };
  walk(element.shadowRoot!);
  return headings;
}

const levels = (outline: string[]) => outline.map((h) => Number(h[1]));

/** The guide and its children have all rendered. */
async function rendered(guide: TrpGuide): Promise<void> {
  await guide.updateComplete;
  for (const child of guide.shadowRoot!.querySelectorAll('.section > *')) {
    await (child as Element & {updateComplete?: Promise<unknown>}).updateComplete;
  }
}

async function guideFixture(template: ReturnType<typeof html>): Promise<TrpGuide> {
  const guide = await fixture<TrpGuide>(template);
  await rendered(guide);
  return guide;
}

const child = (guide: TrpGuide, tag: string) => guide.shadowRoot!.querySelector(tag)!;
const tocLinks = (guide: TrpGuide) => [...guide.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="toc-link"]')];

describe('<trp-guide>', () => {
  describe('in English', () => {
    let guide: TrpGuide;
    beforeEach(async () => {
      guide = await guideFixture(html`<trp-guide lang="en"></trp-guide>`);
    });

    it('has its own main heading and a table of contents one level below', () => {
      expect(headingsOf(guide)).to.deep.equal([
        'h2 Temporary resident permit for victims of human trafficking',
        'h3 On this page',
      ]);
      const nav = guide.shadowRoot!.querySelector('nav[part="toc"]')!;
      expect(nav.getAttribute('aria-labelledby')).to.equal(nav.querySelector('h3')!.id);
    });

    it('lists every section in the table of contents, in reading order', () => {
      expect(linksOf(guide).map((l) => l.text)).to.deep.equal([
        'The temporary resident permit',
        'What the permit gives you',
        'Your interview with an immigration officer',
        'After the decision',
        'Staying in Canada permanently',
        'Who to call',
        'Immigration, Refugees and Citizenship Canada',
      ]);
    });

    it('puts each section below the guide in its outline, with no skipped level', () => {
      const outline = outlineOf(guide);
      expect(outline.slice(0, 2)).to.deep.equal([
        'h2 Temporary resident permit for victims of human trafficking',
        'h3 On this page',
      ]);
      for (const heading of ['h3 After the decision', 'h4 If you get the permit', 'h3 Staying in Canada permanently', 'h4 Before you choose', 'h3 Who to call', 'h4 In an emergency']) {
        expect(outline).to.include(heading);
      }
      const found = levels(outline);
      expect(found[0]).to.equal(2);
      found.slice(1).forEach((level, i) => {
        expect(level, outline[i + 1]).to.be.within(3, found[i] + 1);
      });
    });

    it('shows the source line once, at its end', () => {
      const text = textOf(guide);
      expect(text.match(/Source:/g)).to.have.length(1);
      expect(text).to.match(/Source: Immigration, Refugees and Citizenship Canada — checked November 28, 2026$/);
    });

    it('is accessible', async () => {
      await expect(guide).to.be.accessible();
    });
  });

  describe('in French', () => {
    let guide: TrpGuide;
    beforeEach(async () => {
      guide = await guideFixture(html`<trp-guide lang="fr"></trp-guide>`);
    });

    it('has a French heading and table of contents', () => {
      expect(headingsOf(guide)).to.deep.equal([
        'h2 Permis de séjour temporaire pour les victimes de la traite de personnes',
        'h3 Sur cette page',
      ]);
      expect(linksOf(guide).map((l) => l.text)).to.deep.equal([
        'Le permis de séjour temporaire',
        'Ce que le permis vous donne',
        'Votre entrevue avec un agent d’immigration',
        'Après la décision',
        'Rester au Canada de façon permanente',
        'Qui appeler',
        'Immigration, Réfugiés et Citoyenneté Canada',
      ]);
    });

    it('shows every section in French', () => {
      const outline = outlineOf(guide);
      for (const heading of ['h3 Après la décision', 'h3 Rester au Canada de façon permanente', 'h3 Qui appeler']) {
        expect(outline).to.include(heading);
      }
      for (const tag of sectionTags) expect(child(guide, tag).getAttribute('lang')).to.equal('fr');
    });

    it('is accessible', async () => {
      await expect(guide).to.be.accessible();
    });
  });

  describe('heading-level', () => {
    it('starts at the level given; the table of contents and the sections continue below it', async () => {
      const guide = await guideFixture(html`<trp-guide lang="en" heading-level="4"></trp-guide>`);
      const outline = outlineOf(guide);
      expect(outline.slice(0, 2)).to.deep.equal([
        'h4 Temporary resident permit for victims of human trafficking',
        'h5 On this page',
      ]);
      expect(outline).to.include.members(['h5 After the decision', 'h6 If you get the permit', 'h5 Who to call', 'h6 In an emergency']);
    });
  });

  describe('table of contents', () => {
    for (const [index, tag, heading] of [
      [3, 'trp-outcomes', 'After the decision'],
      [4, 'trp-pathways', 'Staying in Canada permanently'],
      [5, 'trp-contact-card', 'Who to call'],
    ] as const) {
      it(`moves focus to the heading of "${heading}"`, async () => {
        const guide = await guideFixture(html`<trp-guide lang="en"></trp-guide>`);
        const link = tocLinks(guide)[index];
        expect(link.textContent!.trim()).to.equal(heading);
        link.click();
        const section = child(guide, tag);
        expect(document.activeElement).to.equal(guide);
        expect(guide.shadowRoot!.activeElement).to.equal(section);
        const focused = section.shadowRoot!.activeElement!;
        expect(focused.localName).to.equal('h3');
        expect(focused.textContent!.trim()).to.equal(heading);
      });
    }

    it('scrolls smoothly, or at once when the reader prefers reduced motion', async () => {
      const guide = await guideFixture(html`<trp-guide lang="en"></trp-guide>`);
      const section = guide.shadowRoot!.querySelector<HTMLElement>('#outcomes')!;
      const scrolls: (boolean | ScrollIntoViewOptions | undefined)[] = [];
      section.scrollIntoView = (options) => scrolls.push(options);
      const original = window.matchMedia;
      try {
        for (const reduce of [false, true]) {
          window.matchMedia = (query: string) =>
            ({matches: reduce && query.includes('prefers-reduced-motion: reduce'), media: query}) as MediaQueryList;
          tocLinks(guide)[3].click();
        }
      } finally {
        window.matchMedia = original;
      }
      expect(scrolls).to.deep.equal([
        {behavior: 'smooth', block: 'start'},
        {behavior: 'auto', block: 'start'},
      ]);
    });

    it('does not change the page address', async () => {
      const guide = await guideFixture(html`<trp-guide lang="en"></trp-guide>`);
      const before = location.href;
      tocLinks(guide)[5].click();
      expect(location.href).to.equal(before);
    });

    it('takes its labels from the guide’s language', async () => {
      const guide = await guideFixture(html`<trp-guide lang="fr"></trp-guide>`);
      expect(tocLinks(guide)[3].textContent!.trim()).to.equal('Après la décision');
    });
  });

  describe('language', () => {
    const documentLang = document.documentElement.getAttribute('lang');
    afterEach(() => {
      if (documentLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', documentLang);
    });

    it('switches every section when the guide’s lang changes', async () => {
      const guide = await guideFixture(html`<trp-guide lang="en"></trp-guide>`);
      guide.setAttribute('lang', 'fr');
      await rendered(guide);
      expect(headingsOf(guide)[0]).to.equal('h2 Permis de séjour temporaire pour les victimes de la traite de personnes');
      expect(tocLinks(guide)[5].textContent!.trim()).to.equal('Qui appeler');
      expect(outlineOf(guide)).to.include.members(['h3 Après la décision', 'h3 Rester au Canada de façon permanente', 'h3 Qui appeler']);
      expect(textOf(guide)).to.include('vérifié le 28 novembre 2026');
    });

    it('switches every section when the page’s lang changes', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const guide = await guideFixture(html`<trp-guide></trp-guide>`);
      expect(outlineOf(guide)).to.include('h3 After the decision');
      document.documentElement.setAttribute('lang', 'fr-CA');
      await settle(guide);
      await rendered(guide);
      expect(headingsOf(guide)[1]).to.equal('h3 Sur cette page');
      expect(outlineOf(guide)).to.include.members(['h3 Après la décision', 'h3 Rester au Canada de façon permanente', 'h3 Qui appeler']);
    });
  });

  describe('attributes passed to the sections', () => {
    it('gives your organisation’s contact to the contact section, and follows changes', async () => {
      const guide = await guideFixture(html`<trp-guide
        lang="en"
        org-name="Safe Harbour Services"
        phone="613-555-0100"
        email="help@example.org"
        url="example.org/help"
        hours="Monday to Friday"
        address="12 Main Street"
      ></trp-guide>`);
      const card = child(guide, 'trp-contact-card');
      expect(headingsOf(card)).to.include('h4 Safe Harbour Services');
      expect(linksOf(card)).to.deep.include.members([
        {text: '613-555-0100', href: 'tel:6135550100'},
        {text: 'help@example.org', href: 'mailto:help@example.org'},
        {text: 'example.org/help', href: 'https://example.org/help'},
      ]);
      expect(textOf(card)).to.include('Hours Monday to Friday');
      expect(textOf(card)).to.include('Address 12 Main Street');
      guide.setAttribute('org-name', 'Other Org');
      await rendered(guide);
      expect(headingsOf(card)).to.include('h4 Other Org');
    });

    it('hides the source line of every section', async () => {
      const guide = await guideFixture(html`<trp-guide lang="en"></trp-guide>`);
      for (const tag of sectionTags) expect(child(guide, tag).shadowRoot!.querySelector('[part="source"]'), tag).to.equal(null);
    });
  });

  it('does not scroll sideways at 320 px', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><trp-guide lang="fr" org-name="Services Havre sûr" phone="613-555-0100"></trp-guide></div>`);
    const guide = wrapper.querySelector('trp-guide')!;
    await rendered(guide);
    expect(guide.scrollWidth).to.be.at.most(320);
    for (const tag of sectionTags) expect(child(guide, tag).scrollWidth, tag).to.be.at.most(320);
  });
});
