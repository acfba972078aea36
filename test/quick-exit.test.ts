import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, sendMouse, setViewport, skipIn} from './support/commands.js';
import sinon from 'sinon';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import {setNavigate, type QuickExitDetail, type TrpQuickExit} from '../src/quick-exit.js';
import {captureWarnings, expectSame, linksOf, settle, textOf} from './support/helpers.js';
import {openHostPage, type HostPage} from './support/host-pages.js';
import {acrossTheWindow, overflows, place} from './support/layout.js';
import {allLocales} from '../src/generated/locale-codes.js';

const google = 'https://www.google.com/';

const buttonOf = (el: TrpQuickExit) => el.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
const overlayOf = (el: TrpQuickExit) => el.shadowRoot!.querySelector('dialog')!;
/** What the polite live region under the button says. */
const countdownOf = (el: TrpQuickExit) => el.shadowRoot!.querySelector('[part="base"] [role="status"]')!.textContent!.trim();
/** How many of the three lights on the button are on, and whether they are shown. */
const lightsOf = (el: TrpQuickExit) => {
  const indicator = el.shadowRoot!.querySelector('[part="indicator"]')!;
  return {
    on: indicator.querySelectorAll('.on').length,
    visible: getComputedStyle(indicator).visibility === 'visible',
    hiddenFromScreenReaders: indicator.getAttribute('aria-hidden') === 'true',
  };
};
const noteOf = (el: TrpQuickExit) => (el.shadowRoot!.querySelector('[part="note"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

const shift = () => sendKeys({press: 'Shift'});
async function shiftTimes(n: number, el?: TrpQuickExit): Promise<void> {
  for (let i = 0; i < n; i++) await shift();
  if (el) await settle(el);
}

/** Shift held down while `key` is pressed, as when typing a capital letter. */
async function shiftWith(key: string): Promise<void> {
  await sendKeys({down: 'Shift'});
  await sendKeys({press: key});
  await sendKeys({up: 'Shift'});
}

/**
 * The button's accessible name (a button without aria-label is named by its text), and the
 * part of it that is only for screen readers, checked to be clipped out of sight.
 */
function buttonName(el: TrpQuickExit): {name: string; screenReaderOnly: string} {
  const button = buttonOf(el);
  const hidden = button.querySelector<HTMLElement>('.visually-hidden')!;
  const box = hidden.getBoundingClientRect();
  expect(box.width * box.height).to.be.at.most(1);
  expect(getComputedStyle(hidden).clipPath).to.equal('inset(50%)');
  expect(button.hasAttribute('aria-label') || button.hasAttribute('aria-labelledby')).to.equal(false);
  return {name: button.textContent!.replace(/[ \t\n]+/g, ' ').trim(), screenReaderOnly: hidden.textContent!.trim()};
}

describe('<trp-quick-exit>', () => {
  let visits: string[];
  beforeEach(() => {
    visits = [];
    setNavigate((url) => visits.push(url));
    (document.activeElement as HTMLElement | null)?.blur();
  });
  afterEach(() => setNavigate());

  describe('in English', () => {
    let el: TrpQuickExit;
    beforeEach(async () => {
      el = await fixture(html`<trp-quick-exit lang="en"></trp-quick-exit>`);
    });

    it('shows an "Exit this page" button named "Emergency: Exit this page" for screen readers', () => {
      expect(buttonOf(el).querySelector('.label')!.textContent).to.equal('Exit this page');
      expect(buttonName(el)).to.deep.equal({name: 'Emergency: Exit this page', screenReaderOnly: 'Emergency:'});
    });

    it('tells keyboard users the Shift shortcut, and says honestly that it does not erase browsing history', () => {
      expect(noteOf(el)).to.equal('Or press Shift 3 times quickly. This button does not erase your browsing history.');
    });

    it('is at least 44 by 44 pixels', () => {
      const box = buttonOf(el).getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    });

    it('leaves for Google on a mouse click', async () => {
      const box = buttonOf(el).getBoundingClientRect();
      await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
      await settle(el);
      expect(visits).to.deep.equal([google]);
    });

    it('is a link to where it leaves, with the role of a button, so that it leaves even without its script', () => {
      const button = buttonOf(el);
      expect(button.localName).to.equal('a');
      expect(button.getAttribute('role')).to.equal('button');
      expect(button.getAttribute('href')).to.equal(google);
    });

    it('leaves with Enter on the focused button', async () => {
      buttonOf(el).focus();
      await sendKeys({press: 'Enter'});
      await settle(el);
      expect(visits).to.deep.equal([google]);
    });

    it('leaves with Space on the focused button', async () => {
      buttonOf(el).focus();
      await sendKeys({press: 'Space'});
      await settle(el);
      expect(visits).to.deep.equal([google]);
    });

    it('covers the page with an overlay that says "Loading" as a status, and makes the page behind it inert', async () => {
      const pageButton = await fixture(html`<button>Something on the page</button>`);
      buttonOf(el).click();
      await settle(el);
      const overlay = overlayOf(el);
      expect(overlay.open).to.equal(true);
      expect(overlay.matches(':modal')).to.equal(true);
      const status = overlay.querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal('Loading');
      expect(overlay.getAttribute('aria-labelledby')).to.equal(status.id);
      (pageButton as HTMLElement).focus();
      expect(document.activeElement !== pageButton, 'the page behind the overlay cannot take focus').to.equal(true);
      const box = overlay.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, innerWidth, innerHeight]);
    });

    it('keeps the page covered when Escape is pressed on the overlay', async () => {
      buttonOf(el).click();
      await settle(el);
      await sendKeys({press: 'Escape'});
      await settle(el);
      expect(overlayOf(el).open).to.equal(true);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('is accessible while it counts Shift presses', async () => {
      await shiftTimes(1, el);
      await expect(el).to.be.accessible();
    });
  });

  describe('the overlay', () => {
    it('covers the whole page even inside a clipped, transformed container', async () => {
      const box = await fixture(html`<div style="overflow: hidden; transform: translateX(10px); width: 120px; height: 60px; position: relative; z-index: 0">
        <trp-quick-exit position="static"></trp-quick-exit>
      </div>`);
      const el = box.querySelector('trp-quick-exit')!;
      await fixture(html`<p style="position: relative; z-index: 99999">Something that asks to be on top</p>`);
      buttonOf(el).click();
      await settle(el);
      for (const [x, y] of [[2, 2], [innerWidth - 2, innerHeight - 2], [innerWidth / 2, innerHeight / 2]]) {
        expectSame(document.elementFromPoint(x, y), el, `the element at ${x}, ${y}`);
      }
    });

    it('is taken away when the page comes back from the back-forward cache', async () => {
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit></trp-quick-exit>`);
      buttonOf(el).click();
      await settle(el);
      window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
      await settle(el);
      expect(overlayOf(el).open).to.equal(false);
      expect(overlayOf(el).textContent!.trim()).to.equal('');
      buttonOf(el).click();
      await settle(el);
      expect(visits).to.deep.equal([google, google]);
    });

    it('stays when a page is shown that was not restored from the cache', async () => {
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit></trp-quick-exit>`);
      buttonOf(el).click();
      await settle(el);
      window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: false}));
      await settle(el);
      expect(overlayOf(el).open).to.equal(true);
    });
  });

  describe('the trp-quick-exit event', () => {
    it('tells the page where it is going and why, before it leaves', async () => {
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit href="https://weather.gc.ca/"></trp-quick-exit>`);
      const seen: {detail: QuickExitDetail; visitsSoFar: number; composed: boolean}[] = [];
      document.addEventListener('trp-quick-exit', (event) => {
        const e = event as CustomEvent<QuickExitDetail>;
        seen.push({detail: e.detail, visitsSoFar: visits.length, composed: e.composed});
      }, {once: true});
      buttonOf(el).click();
      await settle(el);
      expect(seen).to.deep.equal([{detail: {href: 'https://weather.gc.ca/', trigger: 'button'}, visitsSoFar: 0, composed: true}]);
      expect(visits).to.deep.equal(['https://weather.gc.ca/']);
    });

    it('says the trigger was the button for a click, and Shift for Shift pressed three times', async () => {
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit></trp-quick-exit>`);
      const triggers: string[] = [];
      const record = (event: Event) => {
        triggers.push((event as CustomEvent<QuickExitDetail>).detail.trigger);
        event.preventDefault();
      };
      document.addEventListener('trp-quick-exit', record);
      try {
        buttonOf(el).click();
        await settle(el);
        await shiftTimes(3, el);
      } finally {
        document.removeEventListener('trp-quick-exit', record);
      }
      expect(triggers).to.deep.equal(['button', 'shift']);
    });

    it('keeps the page when a listener cancels it', async () => {
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit></trp-quick-exit>`);
      el.addEventListener('trp-quick-exit', (event) => event.preventDefault());
      buttonOf(el).click();
      await shiftTimes(3, el);
      expect(visits).to.deep.equal([]);
      expect(overlayOf(el).open).to.equal(false);
    });
  });

  describe('the destination', () => {
    it('is the href attribute when it is a web address', async () => {
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit href="https://weather.gc.ca/city/pages/on-118_metric_e.html"></trp-quick-exit>`);
      buttonOf(el).click();
      await settle(el);
      expect(visits).to.deep.equal(['https://weather.gc.ca/city/pages/on-118_metric_e.html']);
    });

    // The first two have a host: only the scheme check can reject them.
    for (const bad of ['javascript://example.org/%0Aalert(1)', 'data://x.org/,hi', 'javascript:alert(1)', 'data:text/html,<b>hi</b>', '../../relative/junk', 'ftp://example.org/', '//evil.example/', '   ']) {
      it(`falls back to Google for href="${bad}", with one warning`, async () => {
        let el!: TrpQuickExit;
        const warnings = await captureWarnings(async () => {
          el = await fixture<TrpQuickExit>(html`<trp-quick-exit href=${bad}></trp-quick-exit>`);
          buttonOf(el).click();
          await settle(el);
        });
        expect(visits).to.deep.equal([google]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(`href="${bad.trim()}"`);
      });
    }

    it('warns once for a bad href, however often it is used', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<TrpQuickExit>(html`<trp-quick-exit href="javascript:void(0)"></trp-quick-exit>`);
        await fixture(html`<trp-quick-exit href="javascript:void(0)"></trp-quick-exit>`);
        buttonOf(el).click();
        await settle(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('javascript:void(0)');
    });

    it('is the plain link inside the element when there is no href, and the link is not shown twice', async () => {
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit><a href="https://www.theweathernetwork.com/">Exit this page</a></trp-quick-exit>`);
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      buttonOf(el).click();
      await settle(el);
      expect(visits).to.deep.equal(['https://www.theweathernetwork.com/']);
    });

    it('ignores a plain link inside the element that is not a web address', async () => {
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit><a href="javascript:alert(1)">Exit</a></trp-quick-exit>`);
      buttonOf(el).click();
      await settle(el);
      expect(visits).to.deep.equal([google]);
    });
  });

  describe('the note and the safety link', () => {
    it('links to the host’s safety advice', async () => {
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit safety-href="https://example.org/safety"></trp-quick-exit>`);
      expect(linksOf(el)).to.deep.equal([
        {text: 'Emergency: Exit this page', href: google},
        {text: 'How to stay safe online', href: 'https://example.org/safety'},
      ]);
      await expect(el).to.be.accessible();
    });

    it('drops a safety-href that is not a web address', async () => {
      for (const bad of ['javascript://example.org/%0Aalert(1)', 'data://x.org/,hi', 'javascript:alert(1)', 'data:text/html,x', 'relative junk']) {
        const el = await fixture<TrpQuickExit>(html`<trp-quick-exit safety-href=${bad}></trp-quick-exit>`);
        expect(linksOf(el)).to.deep.equal([{text: 'Emergency: Exit this page', href: google}]);
        expect(noteOf(el)).to.equal('Or press Shift 3 times quickly. This button does not erase your browsing history.');
      }
    });

    it('hides the sentence about browsing history with hide-note, and keeps the Shift shortcut and the safety link', async () => {
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit hide-note></trp-quick-exit>`);
      expect(noteOf(el)).to.equal('Or press Shift 3 times quickly.');
      const linked = await fixture<TrpQuickExit>(html`<trp-quick-exit hide-note safety-href="https://example.org/safety"></trp-quick-exit>`);
      expect(noteOf(linked)).to.equal('Or press Shift 3 times quickly. How to stay safe online');
    });

    it('hides the whole note when the page hides its part', async () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.bare::part(note) { display: none; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        const el = await fixture<TrpQuickExit>(html`<trp-quick-exit class="bare"></trp-quick-exit>`);
        expect(textOf(el)).to.equal('Emergency: Exit this page');
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });
  });

  describe('pressing Shift three times', () => {
    let el: TrpQuickExit;
    beforeEach(async () => {
      el = await fixture(html`<trp-quick-exit lang="en"></trp-quick-exit>`);
    });

    it('counts down in a polite live region and on three lights, then leaves', async () => {
      expect(countdownOf(el)).to.equal('');
      expect(lightsOf(el)).to.deep.equal({on: 0, visible: false, hiddenFromScreenReaders: true});
      await shiftTimes(1, el);
      expect(countdownOf(el)).to.equal('Press Shift 2 more times to exit.');
      expect(lightsOf(el)).to.deep.equal({on: 1, visible: true, hiddenFromScreenReaders: true});
      await shiftTimes(1, el);
      expect(countdownOf(el)).to.equal('Press Shift 1 more time to exit.');
      expect(lightsOf(el).on).to.equal(2);
      expect(visits).to.deep.equal([]);
      await shiftTimes(1, el);
      expect(visits).to.deep.equal([google]);
      expect(overlayOf(el).open).to.equal(true);
      expect(overlayOf(el).textContent!.trim()).to.equal('Loading');
    });

    it('starts over when Shift is used to type a capital letter', async () => {
      await shiftTimes(2, el);
      await shiftWith('KeyA');
      await settle(el);
      expect(countdownOf(el)).to.equal('');
      expect(lightsOf(el).on).to.equal(0);
      await shiftTimes(1, el);
      expect(visits).to.deep.equal([]);
      expect(countdownOf(el)).to.equal('Press Shift 2 more times to exit.');
    });

    it('does not count Shift held for a run of capitals', async () => {
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'KeyA'});
      await sendKeys({press: 'KeyB'});
      await sendKeys({up: 'Shift'});
      await shiftTimes(2, el);
      expect(visits).to.deep.equal([]);
    });

    it('starts over when another key is pressed', async () => {
      await shiftTimes(2, el);
      await sendKeys({press: 'ArrowDown'});
      await shiftTimes(1, el);
      expect(visits).to.deep.equal([]);
      expect(lightsOf(el).on).to.equal(1);
    });

    it('starts over when focus goes into a text field, and does not count Shift typed in one', async () => {
      const form = await fixture(html`<form><input type="text" aria-label="Name" /><textarea aria-label="Message"></textarea><select aria-label="Province"><option>ON</option></select><div contenteditable="true" aria-label="Notes"></div></form>`);
      await shiftTimes(2, el);
      form.querySelector('input')!.focus();
      await settle(el);
      expect(countdownOf(el)).to.equal('');
      expect(lightsOf(el).on).to.equal(0);
      for (const field of form.querySelectorAll<HTMLElement>('input, textarea, select, [contenteditable]')) {
        field.focus();
        await shiftTimes(3, el);
        await shiftWith('KeyH');
        await sendKeys({type: 'ello'});
        expect(visits, field.localName).to.deep.equal([]);
      }
    });

    it('does not count Shift typed in a text field inside another shadow root', async () => {
      const host = await fixture(html`<div></div>`);
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Search');
      host.attachShadow({mode: 'open'}).append(input);
      input.focus();
      await shiftTimes(3, el);
      expect(visits).to.deep.equal([]);
      expect(countdownOf(el)).to.equal('');
    });

    it('counts Shift again once focus has left the text field', async () => {
      const input = await fixture<HTMLInputElement>(html`<input aria-label="Name" />`);
      input.focus();
      await shiftTimes(2, el);
      input.blur();
      await shiftTimes(3, el);
      expect(visits).to.deep.equal([google]);
    });

    describe('with a clock', () => {
      let clock: sinon.SinonFakeTimers;
      beforeEach(() => {
        clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'performance'], shouldClearNativeTimers: false});
      });
      afterEach(() => clock.restore());

      it('starts over 5 seconds after the first press', async () => {
        await shiftTimes(2);
        await el.updateComplete;
        expect(lightsOf(el).on).to.equal(2);
        clock.tick(5000);
        await el.updateComplete;
        expect(countdownOf(el)).to.equal('');
        expect(lightsOf(el).on).to.equal(0);
        await shift();
        await el.updateComplete;
        expect(countdownOf(el)).to.equal('Press Shift 2 more times to exit.');
        expect(visits).to.deep.equal([]);
      });

      it('leaves when the third press comes just within 5 seconds', async () => {
        await shift();
        clock.tick(2500);
        await shift();
        clock.tick(2400);
        await shift();
        await el.updateComplete;
        expect(visits).to.deep.equal([google]);
      });
    });
  });

  describe('several on one page', () => {
    it('leave once, announce once, and light up together', async () => {
      const page = await fixture(html`<div><trp-quick-exit></trp-quick-exit><main><p>Text</p></main><trp-quick-exit></trp-quick-exit></div>`);
      const [first, second] = page.querySelectorAll('trp-quick-exit');
      await shiftTimes(1, first);
      await settle(second);
      expect([countdownOf(first), countdownOf(second)].filter(Boolean)).to.deep.equal(['Press Shift 2 more times to exit.']);
      expect([lightsOf(first).on, lightsOf(second).on]).to.deep.equal([1, 1]);
      await shiftTimes(2, first);
      buttonOf(second).click();
      await settle(second);
      expect(visits).to.deep.equal([google]);
    });

    it('stop listening to the keyboard when the last one leaves the page', async () => {
      const page = await fixture(html`<div><trp-quick-exit></trp-quick-exit><trp-quick-exit></trp-quick-exit></div>`);
      const [first, second] = page.querySelectorAll('trp-quick-exit');
      first.remove();
      await shiftTimes(3);
      expect(visits).to.deep.equal([google]);
      window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
      second.remove();
      await shiftTimes(3);
      expect(visits).to.deep.equal([google]);
    });
  });

  describe('in French', () => {
    let el: TrpQuickExit;
    beforeEach(async () => {
      el = await fixture(html`<trp-quick-exit lang="fr" safety-href="https://example.org/securite"></trp-quick-exit>`);
    });

    it('shows "Quitter cette page", named "Urgence : Quitter cette page"', () => {
      expect(buttonOf(el).querySelector('.label')!.textContent).to.equal('Quitter cette page');
      expect(buttonName(el)).to.deep.equal({name: 'Urgence\u00a0: Quitter cette page', screenReaderOnly: 'Urgence\u00a0:'});
    });

    it('gives the note, the Shift shortcut and the safety link in French', () => {
      expect(noteOf(el)).to.equal(
        'Ou appuyez rapidement 3 fois sur la touche Maj. Ce bouton n’efface pas votre historique de navigation. Rester en sécurité en ligne'
      );
      expect(linksOf(el).slice(1)).to.deep.equal([{text: 'Rester en sécurité en ligne', href: 'https://example.org/securite'}]);
    });

    it('counts down in French', async () => {
      await shiftTimes(1, el);
      expect(countdownOf(el)).to.equal('Appuyez encore 2 fois sur la touche Maj pour quitter.');
      await shiftTimes(1, el);
      expect(countdownOf(el)).to.equal('Appuyez encore 1 fois sur la touche Maj pour quitter.');
    });

    it('says "Chargement" on the overlay', async () => {
      buttonOf(el).click();
      await settle(el);
      expect(overlayOf(el).textContent!.trim()).to.equal('Chargement');
      expect(overlayOf(el).getAttribute('lang')).to.equal('fr');
    });

    it('leaves no English text', () => {
      const text = textOf(el);
      for (const english of ['Exit', 'Emergency', 'browsing', 'safe', 'press', 'Shift']) expect(text).not.to.include(english);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('follows the language of the page around it', async () => {
      const box = await fixture(html`<div lang="fr-CA"><trp-quick-exit></trp-quick-exit></div>`);
      const inner = box.querySelector('trp-quick-exit')!;
      expect(buttonOf(inner).textContent).to.include('Quitter cette page');
      box.setAttribute('lang', 'en');
      await settle(inner);
      expect(buttonOf(inner).textContent).to.include('Exit this page');
    });
  });

  describe('in Spanish', () => {
    let el: TrpQuickExit;
    beforeEach(async () => {
      el = await fixture(html`<trp-quick-exit lang="es" safety-href="https://example.org/seguridad"></trp-quick-exit>`);
    });

    it('shows "Salir de esta página", named "Emergencia: Salir de esta página"', () => {
      expect(buttonOf(el).querySelector('.label')!.textContent).to.equal('Salir de esta página');
      expect(buttonName(el)).to.deep.equal({name: 'Emergencia: Salir de esta página', screenReaderOnly: 'Emergencia:'});
    });

    it('gives the note, the Shift shortcut with the key’s name in Spanish and on the keyboard, and the safety link in Spanish', () => {
      expect(noteOf(el)).to.equal(
        'O presione rápido 3 veces la tecla Shift (⇧). Este botón no borra su historial de navegación. Cómo protegerse en internet'
      );
      expect(linksOf(el)).to.deep.equal([
        {text: 'Emergencia: Salir de esta página', href: google},
        {text: 'Cómo protegerse en internet', href: 'https://example.org/seguridad'},
      ]);
    });

    it('keeps the Shift shortcut in Spanish with hide-note', async () => {
      const bare = await fixture<TrpQuickExit>(html`<trp-quick-exit lang="es" hide-note></trp-quick-exit>`);
      expect(noteOf(bare)).to.equal('O presione rápido 3 veces la tecla Shift (⇧).');
    });

    it('counts down in Spanish', async () => {
      await shiftTimes(1, el);
      expect(countdownOf(el)).to.equal('Presione la tecla Shift (⇧) 2 veces más para salir.');
      await shiftTimes(1, el);
      expect(countdownOf(el)).to.equal('Presione la tecla Shift (⇧) 1 vez más para salir.');
      await shiftTimes(1, el);
      expect(visits).to.deep.equal([google]);
    });

    it('says "Cargando" on the overlay', async () => {
      buttonOf(el).click();
      await settle(el);
      expect(overlayOf(el).textContent!.trim()).to.equal('Cargando');
      expect(overlayOf(el).getAttribute('lang')).to.equal('es');
    });

    it('leaves no English text, but the name on the Shift key', () => {
      const text = textOf(el).replace('la tecla Shift (⇧)', '');
      for (const english of ['Exit', 'Emergency', 'browsing', 'safe', 'press', 'Shift', 'times', 'Mayús']) expect(text).not.to.include(english);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('follows the language of the page around it, in Latin American Spanish (es-419)', async () => {
      const box = await fixture(html`<div lang="es-419"><trp-quick-exit></trp-quick-exit></div>`);
      const inner = box.querySelector('trp-quick-exit')!;
      expect(buttonOf(inner).textContent).to.include('Salir de esta página');
      box.setAttribute('lang', 'fr');
      await settle(inner);
      expect(buttonOf(inner).textContent).to.include('Quitter cette page');
    });
  });

  describe('while the page scrolls', () => {
    /**
     * A partner page's theme: a header, a WordPress-like content column, long text. A constructed
     * stylesheet, as the strict policy blocks inline styles.
     */
    const theme = `
      body { margin: 0; font: 16px/1.5 Georgia, serif; }
      header { padding: 1rem; background: #234; color: #fff; }
      .entry-content > * { max-width: 40rem; margin: 0 auto 1rem; }
      .offset trp-quick-exit { --trp-quick-exit-top: 3rem; }
      .raised { position: relative; z-index: 999; background: #ffd; }
      .low trp-quick-exit { --trp-quick-exit-z-index: 1; }
      .low .raised { z-index: 5; }
    `;
    const words = 'Your safety comes first. You can talk to someone at any time, in your own language. ';

    let page: HostPage | undefined;
    afterEach(() => page?.frame.remove());

    /** `tag` in the host page, with `attributes` and `children` (text or elements). */
    function make(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
      const node = page!.doc.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
      node.append(...children);
      return node;
    }
    /** Long text, with a link in it as in any page (what Tab reaches after the quick exit). */
    const paragraphs = (n: number) => [
      make('p', {}, make('a', {href: '#help'}, 'Where to find help')),
      ...Array.from({length: n}, () => make('p', {}, words.repeat(6))),
    ];

    /** Where an editor can put it: each builds the page's body, with the quick exit somewhere in it. */
    const placements: Record<string, (attributes?: Record<string, string>) => Node[]> = {
      'directly in the body': (attributes) => [
        make('trp-quick-exit', attributes),
        make('header', {}, 'Safe Harbour Services'),
        make('main', {}, make('h1', {}, 'Getting help'), ...paragraphs(60)),
      ],
      'through a CMS placeholder': (attributes = {}) => [
        make('header', {}, 'Safe Harbour Services'),
        make('div', {'data-trp': 'quick-exit', ...Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`data-${k}`, v]))}, make('a', {href: 'https://www.google.com/'}, 'Exit this page')),
        make('main', {}, make('h1', {}, 'Getting help'), ...paragraphs(60)),
      ],
      'in a placeholder nested in a WordPress-like content wrapper': (attributes = {}) => [
        make('header', {}, 'Safe Harbour Services'),
        make('div', {class: 'site'}, make('div', {class: 'site-content'}, make('main', {class: 'site-main'}, make('article', {class: 'post'},
          make('h1', {}, 'Getting help'),
          make('div', {class: 'entry-content'},
            make('div', {'data-trp': 'quick-exit', ...Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`data-${k}`, v]))}),
            ...paragraphs(40)
          )
        )))),
        make('footer', {}, ...paragraphs(10)),
      ],
      'in a short container': (attributes) => [
        make('header', {}, make('p', {}, 'Safe Harbour Services'), make('trp-quick-exit', attributes)),
        make('main', {}, make('h1', {}, 'Getting help'), ...paragraphs(60)),
      ],
    };

    /** Opens a partner page `width` pixels wide with the body `placement` builds, and its quick exit. */
    async function open(width: number, placement: string, attributes?: Record<string, string>, bodyClass = '') {
      page = await openHostPage('strict', width, 800);
      const sheet = new page.win.CSSStyleSheet();
      sheet.replaceSync(theme);
      page.doc.adoptedStyleSheets = [sheet];
      page.doc.body.className = bodyClass;
      page.doc.body.replaceChildren(...placements[placement](attributes));
      await new Promise((resolve) => setTimeout(resolve));
      const el = page.doc.querySelector('trp-quick-exit') as TrpQuickExit;
      await el.updateComplete;
      return {page, el, button: buttonOf(el)};
    }

    /** Scrolls the page as a reader would, and waits for the frame the reader then sees. */
    async function scrollTo(y: number): Promise<void> {
      page!.win.scrollTo(0, y);
      for (let i = 0; i < 2; i++) await new Promise((resolve) => page!.win.requestAnimationFrame(resolve));
      await (page!.doc.querySelector('trp-quick-exit') as TrpQuickExit).updateComplete;
    }

    /** Where something is in the page itself, whatever the scroll. */
    const pageTop = (node: Element) => node.getBoundingClientRect().top + page!.win.scrollY;

    for (const width of [390, 1280]) {
      for (const placement of Object.keys(placements)) {
        it(`stays at the top of the screen ${placement}, at ${width}px, and covers nothing at the top of the page`, async () => {
          const {el, button} = await open(width, placement);
          const {win} = page!;
          // At the top of the page it sits where it was put: below what comes before it, above what follows.
          const before = button.getBoundingClientRect();
          const previous = el.closest('[data-trp]')?.previousElementSibling ?? el.previousElementSibling;
          if (previous) expect(before.top).to.be.at.least(previous.getBoundingClientRect().bottom);
          const following = page!.doc.querySelector('main p, .entry-content p')!;
          const place = el.getBoundingClientRect();
          expect(before.top).to.be.at.least(place.top);
          expect(before.bottom).to.be.at.most(place.bottom);
          expect(place.bottom).to.be.at.most(following.getBoundingClientRect().top);
          const followingAt = pageTop(following);

          for (const y of [400, 1500, 3000]) {
            await scrollTo(y);
            expect(win.scrollY, 'the page scrolled').to.equal(y);
            const box = button.getBoundingClientRect();
            expect(box.top, `button at scroll ${y}`).to.be.within(0, 16);
            expect(box.bottom).to.be.at.most(win.innerHeight);
            expect(box.right).to.be.at.most(width);
            expect(box.width, 'its text on one line').to.be.at.least(100);
            // Booleans: chai would take minutes to describe another window's elements.
            expect(win.document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === el, 'nothing covers it').to.equal(true);
            // The page below does not move when it starts to stay on screen.
            expect(pageTop(following)).to.be.closeTo(followingAt, 0.5);
          }

          await scrollTo(0);
          expect(button.getBoundingClientRect().top, 'back in its place').to.be.closeTo(before.top, 0.5);
          expect(button.getBoundingClientRect().width).to.be.closeTo(before.width, 0.5);
          expect(page!.log.violations).to.deep.equal([]);
        });
      }

      it(`scrolls away with position="static", at ${width}px, placed directly or through a placeholder`, async () => {
        for (const placement of ['directly in the body', 'through a CMS placeholder']) {
          const {button} = await open(width, placement, {position: 'static'});
          const before = button.getBoundingClientRect().top;
          await scrollTo(1500);
          expect(button.getBoundingClientRect().top, placement).to.be.closeTo(before - 1500, 0.5);
          page!.frame.remove();
        }
      });
    }

    it('stays below the page’s own sticky header with --trp-quick-exit-top', async () => {
      const {button} = await open(390, 'through a CMS placeholder', {}, 'offset');
      await scrollTo(1500);
      expect(button.getBoundingClientRect().top).to.be.within(48, 48 + 16);
    });

    it('stays in its place when it was hidden as it appeared, then shown', async () => {
      page = await openHostPage('strict', 390, 800);
      const sheet = new page.win.CSSStyleSheet();
      sheet.replaceSync(theme);
      page.doc.adoptedStyleSheets = [sheet];
      page.doc.body.className = 'offset';
      const panel = make('div', {hidden: ''}, make('trp-quick-exit'));
      page.doc.body.replaceChildren(make('header', {}, 'Safe Harbour Services'), panel, ...paragraphs(20));
      const el = page.doc.querySelector('trp-quick-exit') as TrpQuickExit;
      await el.updateComplete;
      panel.hidden = false;
      await scrollTo(0);
      const place = el.getBoundingClientRect();
      const box = buttonOf(el).getBoundingClientRect();
      expect(place.height).to.be.above(40);
      expect([box.top >= place.top, box.bottom <= place.bottom]).to.deep.equal([true, true]);
    });

    for (const width of [800, 1280]) {
      it(`keeps the whole bar on screen, across it, the note and the safety link beside the button, at ${width}px`, async () => {
        const {el, button} = await open(width, 'in a placeholder nested in a WordPress-like content wrapper', {'safety-href': 'https://example.org/safety'});
        await scrollTo(1500);
        const bar = el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
        expect([bar.left, bar.top, bar.width]).to.deep.equal([0, 0, width]);
        const note = el.shadowRoot!.querySelector('[part="note"]')!.getBoundingClientRect();
        expect(note.width * note.height).to.be.above(500);
        expect(note.bottom).to.be.at.most(bar.bottom);
        const box = button.getBoundingClientRect();
        expect(box.right, 'the button at the end of the line').to.be.closeTo(width - 8, 1);
        expect(note.right, 'the note beside it').to.be.at.most(box.left);
        button.focus();
        await sendKeys({press: 'Tab'});
        const link = el.shadowRoot!.querySelector('[part="safety-link"]')!;
        expect(el.shadowRoot!.activeElement === link, 'Tab reaches the safety link').to.equal(true);
        expect(page!.win.scrollY, 'without moving the page').to.equal(1500);
      });
    }

    it('on a phone, 390px wide, keeps the button alone on screen: the note and the safety link stay where they were placed', async () => {
      for (const placement of Object.keys(placements)) {
        const {el, button} = await open(390, placement, {'safety-href': 'https://example.org/safety'});
        const {win} = page!;
        const note = el.shadowRoot!.querySelector('[part="note"]')!;
        expect(note.getBoundingClientRect().top, `${placement}: the note below the button`).to.be.at.least(button.getBoundingClientRect().bottom);
        const noteAt = pageTop(note);
        for (const y of [400, 1500]) {
          await scrollTo(y);
          const box = button.getBoundingClientRect();
          expect(box.top, `${placement}: the button on screen at scroll ${y}`).to.be.within(0, 16);
          expect(box.width, 'across the screen').to.be.closeTo(390 - 16, 1);
          expect(pageTop(note), `${placement}: the note in its place at scroll ${y}`).to.be.closeTo(noteAt, 0.5);
          expect(note.getBoundingClientRect().bottom, 'scrolled away with the page').to.be.below(0);
          // What stays on screen is the button and its margin: 8% of the screen's height at most
          // (the whole bar, with the note, took 13% of a 390 × 844 screen), and the page shows below it.
          expect(box.bottom, placement).to.be.at.most(0.08 * win.innerHeight);
          expect(win.document.elementFromPoint(195, box.bottom + 4) === el, `${placement}: the page shows below the button`).to.equal(false);
        }
        // Tab from the button reaches the safety link in its place, where the button does not cover it.
        button.focus();
        await sendKeys({press: 'Tab'});
        const link = el.shadowRoot!.querySelector<HTMLElement>('[part="safety-link"]')!;
        expect(el.shadowRoot!.activeElement === link, `${placement}: Tab reaches the safety link`).to.equal(true);
        await scrollTo(win.scrollY);
        const at = link.getBoundingClientRect();
        expect(at.top, `${placement}: the link on screen`).to.be.within(0, win.innerHeight - at.height);
        expect(el.shadowRoot!.elementFromPoint(at.left + 4, at.top + at.height / 2) === link, `${placement}: the link not under the button`).to.equal(true);
        await scrollTo(0);
        expect(button.getBoundingClientRect().bottom, `${placement}: the button back above the note`).to.be.at.most(note.getBoundingClientRect().top);
        page!.frame.remove();
      }
    });

    it('is above the page’s positioned content, unless --trp-quick-exit-z-index puts it below', async () => {
      for (const bodyClass of ['', 'low']) {
        const {el, button} = await open(1280, 'through a CMS placeholder', {}, bodyClass);
        for (const p of page!.doc.querySelectorAll('main p')) p.classList.add('raised');
        await scrollTo(1500);
        const box = button.getBoundingClientRect();
        const seen = page!.doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(seen === el, bodyClass || 'default z-index').to.equal(bodyClass === '');
        page!.frame.remove();
      }
    });
  });

  describe('placement and media', () => {
    afterEach(() => emulateMedia({}));

    it('is sticky at the top by default, and static with position="static"', async () => {
      const sticky = await fixture<TrpQuickExit>(html`<trp-quick-exit></trp-quick-exit>`);
      expect(getComputedStyle(sticky).position).to.equal('sticky');
      expect(getComputedStyle(sticky).top).to.equal('0px');
      const placed = await fixture<TrpQuickExit>(html`<trp-quick-exit position="static"></trp-quick-exit>`);
      expect(getComputedStyle(placed).position).to.equal('static');
    });

    it('keeps its button on one line where it is sized to its content, as in a flex row', async () => {
      const row = await fixture(html`<div style="display: flex; width: 600px"><span>Logo</span><trp-quick-exit hide-note></trp-quick-exit></div>`);
      const box = buttonOf(row.querySelector('trp-quick-exit')!).getBoundingClientRect();
      expect(box.width).to.be.at.least(100);
      expect(box.height).to.be.below(60);
    });

    it('warns once and stays sticky for an unknown position', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<TrpQuickExit>(html`<trp-quick-exit position="floating"></trp-quick-exit>`);
        expect(getComputedStyle(el).position).to.equal('sticky');
      });
      expect(warnings).to.have.length(1);
    });

    it('is never printed', async function () {
      // Not in WebKit: WebDriver cannot emulate print media, and WebKitWebDriver 2.50 has no
      // Print Page command ("unknown command"); nothing else prints a page under test there.
      skipIn(this, 'webkit');
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit></trp-quick-exit>`);
      await emulateMedia({media: 'print'});
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('moves nothing, whether or not the reader asks for reduced motion', async function () {
      // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
      // setting, which WebKitGTK reads when it starts.
      skipIn(this, 'webkit');
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit></trp-quick-exit>`);
      for (const reducedMotion of ['no-preference', 'reduce'] as const) {
        await emulateMedia({features: {'prefers-reduced-motion': reducedMotion}});
        const style = getComputedStyle(buttonOf(el));
        expect([style.transitionDuration, style.animationDuration], reducedMotion).to.deep.equal(['0s', '0s']);
      }
    });

    it('uses the dark colours on a page that supports dark, for a reader who prefers it, and stays accessible', async function () {
      // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
      // preference, which WebKitGTK reads when it starts.
      skipIn(this, 'webkit');
      const el = await fixture<TrpQuickExit>(html`<div style="color-scheme: light dark"><trp-quick-exit></trp-quick-exit></div>`);
      const exit = el.querySelector('trp-quick-exit') as TrpQuickExit;
      expect(getComputedStyle(buttonOf(exit)).backgroundColor).to.equal('rgb(179, 38, 30)');
      await emulateMedia({features: {'prefers-color-scheme': 'dark'}});
      expect(getComputedStyle(buttonOf(exit)).backgroundColor).to.equal('rgb(255, 138, 128)');
      expect(getComputedStyle(buttonOf(exit)).color).to.equal('rgb(27, 27, 27)');
      await expect(exit).to.be.accessible();
    });

    it('keeps its light colours on a page that declares no color-scheme, even for a reader who prefers dark', async function () {
      // In WebKit, test/node/reader-settings.test.mjs: WebDriver cannot emulate the reader's
      // preference, which WebKitGTK reads when it starts.
      skipIn(this, 'webkit');
      const el = await fixture<TrpQuickExit>(html`<trp-quick-exit></trp-quick-exit>`);
      await emulateMedia({features: {'prefers-color-scheme': 'dark'}});
      expect(getComputedStyle(buttonOf(el)).backgroundColor).to.equal('rgb(179, 38, 30)');
      expect(getComputedStyle(buttonOf(el)).color).to.equal('rgb(255, 255, 255)');
    });
  });
});

describe('the quick exit in every language', () => {
  acrossTheWindow();

  for (const lang of allLocales) {
    it(`fits a 320 px screen in ${lang}: its button, label and hint whole, vowel signs above and below the line included`, async () => {
      await setViewport({width: 320, height: 800});
      const el = await place('trp-quick-exit', lang);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
      expect(overflows(el)).to.deep.equal([]);
    });
  }
});
