import {expect} from '@open-wc/testing';
import {captureWarnings, expectSame, headingsOf, linksOf, textOf} from './support/helpers.js';

/** Parses markup the way a CMS page delivers it. */
function parse(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

/** Lets the placeholder observer and the elements' first render run. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(
    [...document.querySelectorAll('trp-contact-card')].map((el) => (el as {updateComplete?: Promise<unknown>}).updateComplete)
  );
}

function cardIn(placeholder: Element): Element {
  const cards = placeholder.querySelectorAll(':scope > trp-contact-card');
  expect(cards.length, 'elements inside the placeholder').to.equal(1);
  return cards[0];
}

/** A contact-card placeholder with these `data-` attributes, as a script would add it. */
function cardPlaceholder(data: Record<string, string>): HTMLElement {
  const placeholder = document.createElement('div');
  placeholder.setAttribute('data-trp', 'contact-card');
  for (const [name, value] of Object.entries(data)) placeholder.setAttribute(`data-${name}`, value);
  return placeholder;
}

describe('CMS placeholders: <div data-trp="…">', () => {
  let area: HTMLElement;
  let staticPlaceholder: HTMLElement;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  let upgradePlaceholders: (root?: ParentNode) => void;

  before(async () => {
    window.addEventListener('error', onError);
    // In the page before the script runs, as a CMS delivers it.
    document.body.append(
      parse(`<div id="static" class="wp-block-html" data-trp="contact-card" data-lang="fr"
        data-heading-level="3" data-org-name="Services Havre sûr" data-phone="613-555-0100"></div>`)
    );
    staticPlaceholder = document.getElementById('static')!;
    // Every language, registered first, as a page's own tags for their modules would: the bundle
    // fetches each from dist/locales/<code>.js, beside itself, which these source modules do not have.
    await import('../src/generated/languages/all.js');
    ({upgradePlaceholders} = await import('../src/index.js'));
  });

  after(() => window.removeEventListener('error', onError));

  beforeEach(() => {
    area = document.createElement('div');
    document.body.append(area);
  });

  afterEach(() => {
    area.remove();
    expect(errors).to.deep.equal([]);
  });

  it('turns a placeholder already on the page into the element, with its data attributes', async () => {
    const card = cardIn(staticPlaceholder);
    await settle();
    expect(card.getAttribute('lang')).to.equal('fr');
    expect(card.getAttribute('heading-level')).to.equal('3');
    expect(headingsOf(card)[0]).to.equal('h3 Qui appeler');
    expect(textOf(card)).to.include('Services Havre sûr');
    expect(linksOf(card)).to.deep.include({text: '613-555-0100', href: 'tel:+16135550100'});
    expect(card.hasAttribute('trp')).to.equal(false);
  });

  it('keeps the placeholder div and its CMS class, with the element inside it', () => {
    expect(staticPlaceholder.isConnected).to.equal(true);
    expect(staticPlaceholder.className).to.equal('wp-block-html');
    expect(staticPlaceholder.firstElementChild?.localName).to.equal('trp-contact-card');
  });

  it('upgrades a placeholder added later, as client-side rendering or a CMS preview does', async () => {
    const placeholder = document.createElement('div');
    placeholder.dataset.trp = 'contact-card';
    placeholder.dataset.orgName = 'Safe Harbour';
    placeholder.dataset.email = 'help@example.org';
    area.append(placeholder);
    await settle();
    const card = cardIn(placeholder);
    expect(card.getAttribute('org-name')).to.equal('Safe Harbour');
    expect(textOf(card)).to.include('Safe Harbour');
    expect(linksOf(card)).to.deep.include({text: 'help@example.org', href: 'mailto:help@example.org'});
  });

  it('upgrades a placeholder in Spanish, in any region’s Spanish', async () => {
    area.append(
      parse(`<div data-trp="contact-card" data-lang="es-MX" data-heading-level="3" data-org-name="Casa Refugio"
        data-phone="613-555-0100"><p>Línea directa: 1-833-900-1010</p></div>`)
    );
    await settle();
    const card = cardIn(area.firstElementChild!);
    expect(card.getAttribute('lang')).to.equal('es-MX');
    expect(headingsOf(card)).to.deep.equal([
      'h3 A quién llamar',
      'h4 Línea Directa Canadiense contra la Trata de Personas (Canadian Human Trafficking Hotline)',
      'h4 En una emergencia',
      'h4 Preguntas sobre su trámite de inmigración',
      'h4 Casa Refugio',
    ]);
    expect(textOf(card)).to.include('Teléfono 613-555-0100');
    expect(textOf(card)).to.match(/^Esta traducción no es oficial\. /);
    expect(linksOf(card)).to.deep.include({text: '613-555-0100', href: 'tel:+16135550100'});
  });

  it('upgrades placeholders in Tagalog (Filipino, fil-PH) and in Punjabi (pa-IN), each with the notice that it is unofficial', async () => {
    for (const [lang, heading, notice] of [
      ['fil-PH', 'h3 Sino ang tatawagan', 'Hindi opisyal ang salin na ito. '],
      ['pa-IN', 'h3 ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਹੈ', 'ਇਹ ਅਨੁਵਾਦ ਸਰਕਾਰੀ ਨਹੀਂ ਹੈ। '],
    ]) {
      area.replaceChildren(parse(`<div data-trp="contact-card" data-lang="${lang}" data-heading-level="3" data-org-name="Casa Refugio"></div>`));
      await settle();
      const card = cardIn(area.firstElementChild!);
      expect(card.getAttribute('lang')).to.equal(lang);
      expect(headingsOf(card)[0], lang).to.equal(heading);
      expect(textOf(card).startsWith(notice), lang).to.equal(true);
    }
  });

  it('upgrades placeholders nested deep inside added markup, and accepts the full tag name', async () => {
    area.append(
      parse(`<section><article><p>Intro</p><div><div data-trp="trp-contact-card" data-lang="en"
        data-heading-level="4"></div></div></article></section>`)
    );
    await settle();
    const card = cardIn(area.querySelector('[data-trp]')!);
    expect(headingsOf(card)[0]).to.equal('h4 Who to call');
  });

  it('moves fallback content into the element, where it is no longer shown', async () => {
    area.append(parse(`<div data-trp="contact-card"><p>Call the hotline: 1-833-900-1010</p></div>`));
    await settle();
    const placeholder = area.querySelector('[data-trp]') as HTMLElement;
    const card = cardIn(placeholder);
    expect(card.querySelector('p')?.textContent).to.equal('Call the hotline: 1-833-900-1010');
    expect(placeholder.innerText).not.to.include('Call the hotline:');
    expect(textOf(card)).to.include('Who to call');
  });

  it('upgrades a placeholder inside another one', async () => {
    area.append(parse(`<div data-trp="contact-card"><div data-trp="contact-card" data-lang="fr"></div></div>`));
    await settle();
    const outer = area.firstElementChild!;
    const inner = cardIn(outer).querySelector('[data-trp]')!;
    expect(cardIn(inner).getAttribute('lang')).to.equal('fr');
  });

  it('leaves an unknown name alone, with one console warning', async () => {
    const warnings = await captureWarnings(async () => {
      area.append(parse(`<div data-trp="not-an-element">Fallback</div><div data-trp="not-an-element"></div>`));
      await settle();
      upgradePlaceholders(area);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('data-trp="not-an-element"');
    expect(area.innerHTML).to.equal('<div data-trp="not-an-element">Fallback</div><div data-trp="not-an-element"></div>');
  });

  it('leaves a data attribute the element does not have on the placeholder, with one warning', async () => {
    const warnings = await captureWarnings(async () => {
      area.append(parse(`<div data-trp="contact-card" data-colour="red" data-org-name="Havre sûr"></div>`));
      await settle();
    });
    const placeholder = area.firstElementChild!;
    const card = cardIn(placeholder);
    expect(placeholder.getAttribute('data-colour')).to.equal('red');
    expect(card.getAttribute('org-name')).to.equal('Havre sûr');
    expect(card.getAttributeNames().filter((name) => name.includes('colour'))).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('data-colour left on the placeholder');
  });

  it('keeps hostile data values as text and never makes an unsafe link', async () => {
    const placeholder = cardPlaceholder({
      'org-name': '<img src=x onerror="window.__trpHacked=1"><b>Bold</b>',
      url: 'javascript:window.__trpHacked=1',
      phone: 'javascript:alert(1)',
      email: 'data:text/html,<script>alert(1)</script>',
      hours: '"><script>window.__trpHacked=1</script>',
      onclick: 'window.__trpHacked=1',
      style: 'display:none',
    });
    const warnings = await captureWarnings(async () => {
      area.append(placeholder);
      await settle();
    });
    const card = cardIn(placeholder) as HTMLElement;
    expect(textOf(card)).to.include('<img src=x onerror="window.__trpHacked=1"><b>Bold</b>');
    expect(textOf(card)).to.include('"><script>window.__trpHacked=1</script>');
    expectSame(card.shadowRoot!.querySelector('img, b, script'), null, 'markup from a data value');
    for (const {href} of linksOf(card)) expect(href).to.match(/^(https?:|tel:|mailto:)/);
    expect(card.hasAttribute('onclick')).to.equal(false);
    expect(card.hasAttribute('style')).to.equal(false);
    card.click();
    expect((window as {__trpHacked?: unknown}).__trpHacked).to.equal(undefined);
    // One warning for each attribute left on the placeholder.
    expect(warnings).to.have.length(2);
    expect(warnings.find((w) => w.includes('"onclick"'))).to.include('data-onclick left on the placeholder');
    expect(warnings.find((w) => w.includes('"style"'))).to.include('data-style left on the placeholder');
  });

  it('never makes a link of a hostile address that has a host, which only the scheme check can reject', async () => {
    const placeholder = cardPlaceholder({
      url: 'javascript://example.org/%0Awindow.__trpHacked=1',
      phone: 'data://x.org/,hi',
      email: 'javascript://example.org/%0Aalert(1)',
    });
    area.append(placeholder);
    await settle();
    const hrefs = linksOf(cardIn(placeholder)).map((link) => link.href);
    expect(hrefs.length, 'the hotline’s and the other numbers’ links').to.be.above(0);
    for (const href of hrefs) expect(href).to.match(/^(https?:|tel:|mailto:)/);
  });

  it('does not throw on attribute names the DOM would reject', async () => {
    const warnings = await captureWarnings(async () => {
      area.append(parse(`<div data-trp="contact-card" data-a"b="x" data-<c="y" data-lang="fr"></div>`));
      await settle();
    });
    const placeholder = area.firstElementChild!;
    expect([...placeholder.attributes].map((a) => a.name)).to.include('data-a"b');
    expect(cardIn(placeholder).getAttribute('lang')).to.equal('fr');
    expect(warnings).to.have.length(2);
    expect(warnings.find((w) => w.includes('"a"b"'))).to.include('left on the placeholder');
    expect(warnings.find((w) => w.includes('"<c"'))).to.include('left on the placeholder');
  });

  it('never upgrades a placeholder twice: run again, moved, or saved back with its element', async () => {
    area.append(parse(`<div data-trp="contact-card" data-lang="fr"></div>`));
    await settle();
    const placeholder = area.firstElementChild!;
    const card = cardIn(placeholder);
    upgradePlaceholders(document);
    const elsewhere = document.createElement('div');
    area.append(elsewhere);
    elsewhere.append(placeholder);
    await settle();
    expectSame(cardIn(placeholder), card, 'the element inside the placeholder');

    area.append(parse(`<div data-trp="contact-card"><trp-contact-card lang="en"></trp-contact-card></div>`));
    await settle();
    expect(cardIn(area.lastElementChild!).getAttribute('lang')).to.equal('en');
  });

  it('upgrades placeholders in a shadow root on request', async () => {
    const root = area.attachShadow({mode: 'open'});
    root.append(parse(`<div data-trp="contact-card" data-lang="fr"></div>`));
    await settle();
    expectSame(root.querySelector('trp-contact-card'), null, 'not seen by the page-wide watcher');
    upgradePlaceholders(root);
    expect(root.querySelector('div > trp-contact-card')?.getAttribute('lang')).to.equal('fr');
  });

  it('upgrades placeholders in a fragment on request', () => {
    const fragment = parse(`<div data-trp="contact-card" data-lang="fr"></div>`);
    upgradePlaceholders(fragment);
    expect(fragment.querySelector('div > trp-contact-card')?.getAttribute('lang')).to.equal('fr');
  });
});
