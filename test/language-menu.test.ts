import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from './support/commands.js';
import 'axe-core/axe.min.js';
import type {AxeResults, RunOptions} from 'axe-core';
import {
  bundleUrl,
  openDeliveryPage,
  place,
  releaseHeld,
  renderedHeadings,
  renderedText,
  settleAll,
  waitFor,
  deepActiveElement,
  type DeliveryMode,
  type DeliveryPage,
  type LitLike,
} from './support/host-pages.js';
import {captureWarnings, expectSame} from './support/helpers.js';

/**
 * The guide's language menu (`languages`), as a reader uses it on a partner's English page: the
 * built bundle under the strict policy, Spanish fetched from beside it when the reader asks.
 */

const spanishHeading = 'Permiso de residente temporal para víctimas de trata de personas';
const frenchHeading = 'Permis de séjour temporaire pour les victimes de la traite de personnes';
const englishHeading = 'Temporary resident permit for victims of human trafficking';
const notice = 'Esta traducción no es oficial.';

const pages: DeliveryPage[] = [];
async function open(mode: DeliveryMode): Promise<DeliveryPage> {
  const page = await openDeliveryPage('english', mode);
  pages.push(page);
  // Read again each frame: the placeholder's guide is there only once the bundle has upgraded it.
  const guides = () => [...page.doc.querySelectorAll<LitLike>('trp-guide')];
  await waitFor(() => guides().length === 3 && guides().every((guide) => renderedHeadings(guide)[0] === englishHeading), 'the guides');
  await Promise.all(guides().map(settleAll));
  return page;
}
afterEach(async () => {
  for (const page of pages.splice(0)) page.frame.remove();
  await releaseHeld();
});

/** The menu's buttons: their text, `lang` and `aria-current`. */
function menuOf(guide: Element): string[][] {
  return buttonsOf(guide).map((button) => [button.textContent!.trim(), button.lang, button.getAttribute('aria-current') ?? '']);
}

function buttonsOf(guide: Element): HTMLButtonElement[] {
  return [...guide.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="languages"] button')];
}

/** What a page has stored: its storage and cookies. */
function stored(page: DeliveryPage): string {
  const all = (storage: Storage) => Object.entries(storage).join(';');
  return `local: ${all(page.win.localStorage)} session: ${all(page.win.sessionStorage)} cookie: ${page.doc.cookie}`;
}

describe('the guide’s language menu on an English page with the strict policy', () => {
  it('is not there without languages', async () => {
    const page = await open('ok');
    const plain = page.doc.getElementById('plain')!;
    expectSame(plain.shadowRoot!.querySelector('[part="languages"]'), null, 'a menu without languages');
    expect(renderedText(plain)).not.to.match(/Français|Español/);
  });

  it('offers each language named in itself, in its own lang, the current one marked, from the attribute and from a placeholder', async () => {
    const page = await open('ok');
    const expected = [
      ['English', 'en', 'true'],
      ['Français', 'fr', 'false'],
      ['Español', 'es', 'false'],
    ];
    const guide = page.doc.getElementById('menu')!;
    expect(menuOf(guide)).to.deep.equal(expected);
    const group = guide.shadowRoot!.querySelector('[part="languages"]')!;
    expect([group.getAttribute('role'), group.getAttribute('aria-label')]).to.deep.equal(['group', 'Language']);
    expect(renderedText(guide).startsWith('English Français Español'), 'at the top of the guide').to.equal(true);
    const fromPlaceholder = page.doc.querySelector('#placeholder > trp-guide')!;
    expect(menuOf(fromPlaceholder)).to.deep.equal(expected);
    expect(page.log.consoleWarnings).to.deep.equal([]);
  });

  it('switches the whole guide to Spanish once it has arrived when the reader chooses Español, keeps focus there and stores nothing', async () => {
    const page = await open('held');
    const guide = page.doc.getElementById('menu') as LitLike;
    const before = stored(page);
    const address = page.win.location.href;
    const [english, , spanish] = buttonsOf(guide);
    english.focus();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    expect(deepActiveElement(page.doc) === spanish, 'Tab reaches Español').to.equal(true);
    await sendKeys({press: 'Enter'});

    // While Spanish is on its way, the guide stays as it was, and so does focus.
    await waitFor(async () => (await page.requests()).some((path) => path.includes('/locales/')), 'the request for Spanish');
    await settleAll(guide);
    expect(renderedHeadings(guide)[0]).to.equal(englishHeading);
    expect(deepActiveElement(page.doc) === spanish, 'focus while waiting').to.equal(true);

    await page.release();
    await waitFor(() => renderedHeadings(guide)[0] === spanishHeading, 'the guide in Spanish');
    await settleAll(guide);
    expect(menuOf(guide)).to.deep.equal([
      ['English', 'en', 'false'],
      ['Français', 'fr', 'false'],
      ['Español', 'es', 'true'],
    ]);
    expect(deepActiveElement(page.doc) === spanish, 'focus stays on Español').to.equal(true);
    // The whole guide, as a guide asked for in Spanish shows it: every section, the notice once.
    const asked = await place(page, 'trp-guide', {lang: 'es', languages: 'en fr es', 'org-name': 'Safe Harbour Services', phone: '613-555-0100'});
    expect(renderedText(guide)).to.equal(renderedText(asked));
    expect(renderedText(guide).split(notice)).to.have.length(2);
    expect(renderedHeadings(guide)).to.include.members(['A quién llamar', 'En esta página', 'Después de la decisión']);
    // Only this guide changed language.
    expect(renderedHeadings(page.doc.getElementById('plain')!)[0]).to.equal(englishHeading);

    // Back to English: at once, without asking for anything.
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(deepActiveElement(page.doc) === english, 'Shift+Tab reaches English').to.equal(true);
    await sendKeys({press: 'Space'});
    await settleAll(guide);
    expect(renderedHeadings(guide)[0]).to.equal(englishHeading);
    expect(renderedText(guide)).not.to.include(notice);
    expect(menuOf(guide).map(([, , current]) => current)).to.deep.equal(['true', 'false', 'false']);
    expect(deepActiveElement(page.doc) === english, 'focus stays on English').to.equal(true);

    expect(stored(page), 'nothing stored').to.equal(before);
    expect(page.win.location.href, 'the address').to.equal(address);
    expect((await page.requests()).filter((path) => path.includes('/locales/'))).to.deep.equal(['trp-widgets@0.1.0/locales/es.js']);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
    expect(page.log.consoleWarnings).to.deep.equal([]);
  });

  it('switches to French once its module has come from beside the bundle, fetched once however often the reader switches', async () => {
    const page = await open('ok');
    const guide = page.doc.getElementById('menu') as LitLike;
    expect((await page.requests()).filter((path) => path.includes('/locales/')), 'nothing before the reader asks').to.deep.equal([]);
    for (let round = 0; round < 2; round++) {
      buttonsOf(guide)[1].click();
      await waitFor(() => renderedHeadings(guide)[0] === frenchHeading, 'the guide in French');
      await settleAll(guide);
      expect(menuOf(guide).map(([, , current]) => current)).to.deep.equal(['false', 'true', 'false']);
      expect(renderedText(guide), 'French is official: no notice').not.to.match(/pas officielle|not official/);
      buttonsOf(guide)[0].click();
      await settleAll(guide);
      expect(renderedHeadings(guide)[0]).to.equal(englishHeading);
    }
    expect((await page.requests()).filter((path) => path.includes('/locales/'))).to.deep.equal(['trp-widgets@0.1.0/locales/fr.js']);
    expect(page.log.consoleWarnings).to.deep.equal([]);
  });

  it('leaves out a language it does not have, with exactly one warning however many guides name it', async () => {
    const page = await open('ok');
    const first = await place(page, 'trp-guide', {languages: 'en xx es'});
    const second = await place(page, 'trp-guide', {languages: 'xx, fr-CA EN'});
    expect(menuOf(first).map(([name]) => name)).to.deep.equal(['English', 'Español']);
    expect(menuOf(second).map(([name]) => name)).to.deep.equal(['Français', 'English']);
    buttonsOf(second)[0].click();
    await settleAll(second);
    expect(page.log.consoleWarnings).to.have.length(1);
    expect(page.log.consoleWarnings[0]).to.match(/languages: "xx" is not supported; left out of the menu/);
  });
});

/** axe-core's UMD build sets `window.axe`. */
const axe = (window as unknown as {axe: {run(context: Element, options: RunOptions): Promise<AxeResults>}}).axe;
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('the language menu, for every reader', () => {
  before(() => import(bundleUrl));
  const guides: Element[] = [];
  afterEach(() => {
    for (const guide of guides.splice(0)) guide.remove();
  });

  it('is axe-clean, has buttons of at least 24 px, and shows keyboard focus on each, in English and in Spanish', async () => {
    const guide = document.createElement('trp-guide') as LitLike;
    guide.setAttribute('languages', 'en fr es');
    guide.lang = 'en';
    document.body.append(guide);
    guides.push(guide);
    await settleAll(guide);
    for (const heading of [englishHeading, spanishHeading]) {
      const results = await axe.run(guide, {runOnly: {type: 'tag', values: wcag}, resultTypes: ['violations']});
      expect(results.violations.map((violation) => violation.id), heading).to.deep.equal([]);
      const buttons = buttonsOf(guide);
      buttons[0].focus();
      for (const [i, button] of buttons.entries()) {
        if (i > 0) await sendKeys({press: 'Tab'});
        expect(guide.shadowRoot!.activeElement === button, `${button.textContent} reached by Tab`).to.equal(true);
        expect(button.matches(':focus-visible'), button.textContent!).to.equal(true);
        const style = getComputedStyle(button);
        expect(style.outlineStyle, button.textContent!).not.to.equal('none');
        expect(Number.parseFloat(style.outlineWidth), button.textContent!).to.be.at.least(2);
        const box = button.getBoundingClientRect();
        expect(box.width, button.textContent!).to.be.at.least(24);
        expect(box.height, button.textContent!).to.be.at.least(24);
      }
      if (heading === englishHeading) {
        // Español is focused: Enter chooses it.
        await sendKeys({press: 'Enter'});
        await waitFor(() => renderedHeadings(guide)[0] === spanishHeading, 'the guide in Spanish');
        await settleAll(guide);
      }
    }
  });

  it('keeps focus on the button a mouse clicked, through the switch', async () => {
    const guide = document.createElement('trp-guide') as LitLike;
    guide.setAttribute('languages', 'en fr es');
    guide.lang = 'fr';
    document.body.prepend(guide);
    guides.push(guide);
    await waitFor(() => renderedHeadings(guide)[0] === frenchHeading, 'the guide in French, from its module');
    await settleAll(guide);
    for (const [i, heading] of [[2, spanishHeading], [0, englishHeading]] as const) {
      const box = buttonsOf(guide)[i].getBoundingClientRect();
      await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
      await waitFor(() => renderedHeadings(guide)[0] === heading, heading);
      await settleAll(guide);
      expect(guide.shadowRoot!.activeElement === buttonsOf(guide)[i], `focus on ${buttonsOf(guide)[i].textContent}`).to.equal(true);
      expect(buttonsOf(guide)[i].getAttribute('aria-current')).to.equal('true');
    }
  });

  it('warns nothing for the languages it has', async () => {
    const warnings = await captureWarnings(async () => {
      const guide = document.createElement('trp-guide') as LitLike;
      guide.setAttribute('languages', 'en fr es');
      document.body.append(guide);
      guides.push(guide);
      await settleAll(guide);
    });
    expect(warnings).to.deep.equal([]);
  });
});
