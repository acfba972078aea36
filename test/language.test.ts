import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import type {TrpContactCard} from '../src/contact-card.js';
import {captureWarnings, headingsOf, settle} from './support/helpers.js';
import {icuCodes, supportedLocale} from '../src/localization.js';
import {formatDate, reviewedOn} from '../src/facts.js';

const title = (card: Element) => headingsOf(card)[0];
const english = 'h2 Who to call';
const french = 'h2 Qui appeler';
const spanish = 'h2 A quién llamar';
const tagalog = 'h2 Sino ang tatawagan';
const punjabi = 'h2 ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਹੈ';

describe('the language of an element', () => {
  const documentLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (documentLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', documentLang);
  });

  it('is its own lang attribute', async () => {
    expect(title(await fixture(html`<trp-contact-card lang="fr"></trp-contact-card>`))).to.equal(french);
  });

  it('ignores case and region subtags', async () => {
    expect(title(await fixture(html`<trp-contact-card lang="fr-CA"></trp-contact-card>`))).to.equal(french);
    expect(title(await fixture(html`<trp-contact-card lang="FR_ca"></trp-contact-card>`))).to.equal(french);
    expect(title(await fixture(html`<trp-contact-card lang="en-GB"></trp-contact-card>`))).to.equal(english);
  });

  it('is Spanish for es, and for Spanish of any region: Mexico, Latin America', async () => {
    for (const lang of ['es', 'es-MX', 'es-419', 'ES_mx', 'es-US']) {
      const card = await fixture(html`<trp-contact-card lang=${lang}></trp-contact-card>`);
      expect(title(card), lang).to.equal(spanish);
      expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), lang).to.equal('es');
    }
  });

  it('is Tagalog for tl, and for Filipino (fil), in the Philippines or anywhere', async () => {
    for (const lang of ['tl', 'fil', 'tl-PH', 'fil-PH', 'FIL_ph', 'fil-CA']) {
      const card = await fixture(html`<trp-contact-card lang=${lang}></trp-contact-card>`);
      expect(title(card), lang).to.equal(tagalog);
      expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), lang).to.equal('tl');
    }
  });

  it('is Punjabi for pa, and for Punjabi in Gurmukhi from India, Canada or anywhere', async () => {
    for (const lang of ['pa', 'pa-IN', 'pa-Guru', 'pa-CA', 'pa-Guru-IN', 'PA_in']) {
      const card = await fixture(html`<trp-contact-card lang=${lang}></trp-contact-card>`);
      expect(title(card), lang).to.equal(punjabi);
      expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), lang).to.equal('pa');
    }
  });

  it('falls back to English for Punjabi in Shahmukhi (pa-Arab, pa-PK): not this translation, with one warning each', async () => {
    for (const lang of ['pa-Arab', 'pa-PK', 'pa-Arab-PK', 'pa_pk']) {
      let card!: Element;
      const warnings = await captureWarnings(async () => {
        card = await fixture(html`<trp-contact-card lang=${lang}></trp-contact-card>`);
        await fixture(html`<trp-contact-card lang=${lang}></trp-contact-card>`);
      });
      expect(title(card), lang).to.equal(english);
      expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), lang).to.equal('en');
      expect(warnings, lang).to.have.length(1);
      expect(warnings[0]).to.include(lang);
    }
  });

  it('falls back to English for an unsupported language, with one warning', async () => {
    let card!: Element;
    const warnings = await captureWarnings(async () => {
      card = await fixture(html`<trp-contact-card lang="de"></trp-contact-card>`);
      await fixture(html`<trp-contact-card lang="de"></trp-contact-card>`);
    });
    expect(title(card)).to.equal(english);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('de');
  });

  it('is inherited from the nearest ancestor with a lang', async () => {
    const outer = await fixture(html`<div lang="en"><section lang="fr-CA"><p><trp-contact-card></trp-contact-card></p></section></div>`);
    expect(title(outer.querySelector('trp-contact-card')!)).to.equal(french);
  });

  it('is inherited as Spanish from an ancestor in Latin American Spanish (es-419)', async () => {
    const outer = await fixture(html`<div lang="fr"><section lang="es-419"><p><trp-contact-card></trp-contact-card></p></section></div>`);
    expect(title(outer.querySelector('trp-contact-card')!)).to.equal(spanish);
  });

  it("is inherited across shadow roots", async () => {
    const host = await fixture(html`<div lang="fr"></div>`);
    const shadow = host.attachShadow({mode: 'open'});
    const inner = document.createElement('div');
    inner.append(document.createElement('trp-contact-card'));
    shadow.append(inner);
    const card = inner.querySelector('trp-contact-card') as TrpContactCard;
    await card.updateComplete;
    expect(title(card)).to.equal(french);
  });

  it("is the document's language when nothing closer says", async () => {
    document.documentElement.setAttribute('lang', 'fr');
    expect(title(await fixture(html`<trp-contact-card></trp-contact-card>`))).to.equal(french);
  });

  it("is Spanish when the document's language is Mexican Spanish", async () => {
    document.documentElement.setAttribute('lang', 'es-MX');
    expect(title(await fixture(html`<trp-contact-card></trp-contact-card>`))).to.equal(spanish);
  });

  it('is English when no lang is set anywhere, or the page is in an unsupported language', async () => {
    document.documentElement.removeAttribute('lang');
    expect(title(await fixture(html`<trp-contact-card></trp-contact-card>`))).to.equal(english);
    document.documentElement.setAttribute('lang', 'de');
    expect(title(await fixture(html`<trp-contact-card></trp-contact-card>`))).to.equal(english);
  });

  it('skips an empty lang and keeps looking above', async () => {
    const outer = await fixture(html`<div lang="fr"><trp-contact-card lang=""></trp-contact-card></div>`);
    expect(title(outer.querySelector('trp-contact-card')!)).to.equal(french);
  });

  describe('while the element is on the page', () => {
    it('follows a change of its own lang', async () => {
      const card = await fixture<TrpContactCard>(html`<trp-contact-card lang="en"></trp-contact-card>`);
      card.setAttribute('lang', 'fr');
      await card.updateComplete;
      expect(title(card)).to.equal(french);
      card.removeAttribute('lang');
      document.documentElement.setAttribute('lang', 'en');
      await settle(card);
      expect(title(card)).to.equal(english);
    });

    it('follows a change of its own lang to Spanish and back to French', async () => {
      const card = await fixture<TrpContactCard>(html`<trp-contact-card lang="en"></trp-contact-card>`);
      card.setAttribute('lang', 'es-MX');
      await card.updateComplete;
      expect(title(card)).to.equal(spanish);
      card.setAttribute('lang', 'fr-CA');
      await card.updateComplete;
      expect(title(card)).to.equal(french);
    });

    it("follows a change of an ancestor's lang", async () => {
      const outer = await fixture(html`<div lang="en"><div><trp-contact-card></trp-contact-card></div></div>`);
      const card = outer.querySelector('trp-contact-card') as TrpContactCard;
      outer.setAttribute('lang', 'fr');
      await settle(card);
      expect(title(card)).to.equal(french);
      outer.firstElementChild!.setAttribute('lang', 'en');
      await settle(card);
      expect(title(card)).to.equal(english);
    });

    it("follows a change of the document's lang", async () => {
      document.documentElement.setAttribute('lang', 'en');
      const card = await fixture<TrpContactCard>(html`<trp-contact-card></trp-contact-card>`);
      document.documentElement.setAttribute('lang', 'fr');
      await settle(card);
      expect(title(card)).to.equal(french);
    });

    it("follows a change of a shadow host's lang", async () => {
      const host = await fixture(html`<div lang="en"></div>`);
      const card = document.createElement('trp-contact-card') as TrpContactCard;
      host.attachShadow({mode: 'open'}).append(card);
      await card.updateComplete;
      host.setAttribute('lang', 'fr');
      await settle(card);
      expect(title(card)).to.equal(french);
    });

    it('stops following its old ancestors once removed, and follows the new ones when moved', async () => {
      const outer = await fixture(html`<div lang="en"><trp-contact-card></trp-contact-card></div>`);
      const card = outer.querySelector('trp-contact-card') as TrpContactCard;
      card.remove();
      outer.setAttribute('lang', 'fr');
      await settle(card);
      expect(title(card)).to.equal(english);
      const elsewhere = await fixture(html`<div lang="en"></div>`);
      elsewhere.append(card);
      await settle(card);
      outer.setAttribute('lang', 'en');
      elsewhere.setAttribute('lang', 'fr');
      await settle(card);
      expect(title(card)).to.equal(french);
    });
  });

  it('lets three elements side by side speak English, French and Spanish', async () => {
    const page = await fixture(html`<div lang="en">
      <trp-contact-card lang="fr"></trp-contact-card><trp-contact-card lang="es"></trp-contact-card><trp-contact-card></trp-contact-card>
    </div>`);
    const cards = [...page.querySelectorAll('trp-contact-card')];
    expect(cards.map(title)).to.deep.equal([french, spanish, english]);
    cards[0].setAttribute('lang', 'es');
    cards[1].setAttribute('lang', 'en');
    cards[2].setAttribute('lang', 'fr');
    for (const card of cards) await settle(card);
    expect(cards.map(title)).to.deep.equal([spanish, english, french]);
  });

  it('lets two elements side by side each speak their own language', async () => {
    const page = await fixture(html`<div lang="en">
      <trp-contact-card lang="fr"></trp-contact-card><trp-contact-card></trp-contact-card>
    </div>`);
    const [fr, en] = page.querySelectorAll('trp-contact-card');
    expect(title(fr)).to.equal(french);
    expect(title(en)).to.equal(english);
    fr.setAttribute('lang', 'en');
    en.setAttribute('lang', 'fr');
    await settle(en);
    await settle(fr);
    expect(title(fr)).to.equal(english);
    expect(title(en)).to.equal(french);
  });
});

describe("ICU's code for a language of the project (icuCodes), where it is another", () => {
  it('is read as that language, and writes its dates as ICU writes them under that code', async () => {
    expect(Object.keys(icuCodes).length).to.be.above(0);
    for (const [locale, icu] of Object.entries(icuCodes)) {
      expect(supportedLocale(icu), icu).to.equal(locale);
      expect(supportedLocale(`${icu.toUpperCase()}_CA`), icu).to.equal(locale);
      const card = await fixture(html`<trp-contact-card lang=${icu}></trp-contact-card>`);
      expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), icu).to.equal(locale);
      const icuDate = new Intl.DateTimeFormat(icu, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${reviewedOn}T00:00:00Z`));
      expect(formatDate(reviewedOn, locale), locale).to.equal(icuDate);
      expect(formatDate(reviewedOn, locale), locale).not.to.equal(formatDate(reviewedOn, 'en'));
    }
  });
});
