import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import type {TrpInterviewGuide} from '../src/interview-guide.js';
import {headingsOf, settle, textOf} from './support/helpers.js';
import {emulateMedia, skipIn} from './support/commands.js';

const checkboxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const labelTexts = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('label')].map((l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('<trp-interview-guide>', () => {
  describe('in English', () => {
    let el: TrpInterviewGuide;
    beforeEach(async () => {
      el = await fixture(html`<trp-interview-guide lang="en"></trp-interview-guide>`);
    });

    it('says what the interview is like', () => {
      const text = textOf(el);
      expect(text).to.include('To get the permit, you may have an interview with an immigration officer.');
      expect(text).to.include('The interview can last a few hours.');
      expect(text).to.include('The officer may ask you many questions.');
    });

    it('says you need not prove you are a victim, only that trafficking is possible', () => {
      const text = textOf(el);
      expect(text).not.to.include('prove anything');
      expect(text).to.include(
        'You only need to give enough information for the officer to believe that trafficking is possible.'
      );
      expect(el.shadowRoot!.querySelector('strong')?.textContent).to.equal('possible');
    });

    it('says who may come — a lawyer or a representative — and what a representative is', () => {
      const section = el.shadowRoot!.querySelector<HTMLElement>('[part="representative"]')!;
      expect(section.innerText.replace(/\s+/g, ' ').trim()).to.equal(
        'A lawyer or a representative can come with you A representative helps you with your immigration file. You do not need one to apply. ' +
          'Anyone who charges you must be a lawyer, a licensed paralegal, a Quebec notary or a licensed consultant.'
      );
      expect(textOf(el)).not.to.include('Someone can come');
    });

    it('asks you to tick each item you have (not when it is ready), and says the list is not saved', () => {
      const note = el.shadowRoot!.querySelector<HTMLElement>('[part="bring"] .note')!;
      expect(note.innerText.replace(/\s+/g, ' ').trim()).to.equal('Tick each item you have. This list is not saved anywhere.');
    });

    it('does not print that the list is not saved: on paper, ticks are made with a pen', async function () {
      // Not in WebKit: WebDriver cannot emulate print media there.
      skipIn(this, 'webkit');
      try {
        await emulateMedia({media: 'print'});
        const note = el.shadowRoot!.querySelector<HTMLElement>('[part="bring"] .note')!;
        expect(note.innerText.replace(/\s+/g, ' ').trim()).to.equal('Tick each item you have.');
      } finally {
        await emulateMedia({});
      }
    });

    it('lists what to bring, with the number of photos from the facts', () => {
      expect(labelTexts(el)).to.deep.equal([
        'Identification (ID)',
        'Your passport, if you have one',
        '3 passport-size photos',
      ]);
    });

    it('has a main heading and one heading per section, one level below', () => {
      expect(headingsOf(el)).to.deep.equal([
        'h2 Your interview with an immigration officer',
        'h3 What it is like',
        'h3 You do not have to prove that you are a victim',
        'h3 A lawyer or a representative can come with you',
        'h3 What to bring',
      ]);
    });
  });

  describe('in French', () => {
    let el: TrpInterviewGuide;
    beforeEach(async () => {
      el = await fixture(html`<trp-interview-guide lang="fr"></trp-interview-guide>`);
    });

    it('says what the interview is like, and what you do not have to prove', () => {
      const text = textOf(el);
      expect(text).to.include('Pour obtenir le permis, vous pourriez avoir une entrevue avec un agent d’immigration.');
      expect(text).to.include('Elle peut durer quelques heures.');
      expect(text).to.include('L’agent peut vous poser beaucoup de questions.');

      expect(text).to.include(
        'Il suffit de donner assez de renseignements pour que l’agent croie que la traite est possible.'
      );
      expect(text).to.include(
        'Un représentant vous aide dans votre dossier d’immigration. Vous n’en avez pas besoin pour faire une demande. ' +
          'Si on vous fait payer, ce doit être un avocat, un parajuriste autorisé, un notaire du Québec ou un consultant autorisé.'
      );
    });

    it('lists what to bring in French, with the same number of photos', () => {
      expect(labelTexts(el)).to.deep.equal([
        'Une pièce d’identité',
        'Votre passeport, si vous en avez un',
        '3 photos de format passeport',
      ]);
      expect(el.shadowRoot!.querySelector('legend')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        'On peut vous demander d’apporter :'
      );
      expect(textOf(el)).to.include('Cochez ce que vous avez. Cette liste n’est pas enregistrée.');
    });

    it('has French headings', () => {
      expect(headingsOf(el)).to.deep.equal([
        'h2 Votre entrevue avec un agent d’immigration',
        'h3 Déroulement de l’entrevue',
        'h3 Vous n’avez pas à prouver que vous êtes victime',
        'h3 Un avocat ou un représentant peut vous accompagner',
        'h3 Ce qu’il faut apporter',
      ]);
    });
  });

  describe('in Spanish', () => {
    let el: TrpInterviewGuide;
    beforeEach(async () => {
      el = await fixture(html`<trp-interview-guide lang="es"></trp-interview-guide>`);
    });

    it('says what the interview is like, and that you need not prove you are a victim, only that trafficking is possible', () => {
      const text = textOf(el);
      expect(text).to.include('Tal vez tenga una entrevista con un oficial de inmigración para obtener el permiso.');
      expect(text).to.include('Puede durar algunas horas.');
      expect(text).to.include('El oficial puede hacerle muchas preguntas.');
      expect(text).to.include(
        'Solo tiene que dar suficiente información para que el oficial crea que la trata de personas es posible.'
      );
      expect(el.shadowRoot!.querySelector('strong')?.textContent).to.equal('posible');
    });

    it('says who may come, and what a representative is', () => {
      const section = el.shadowRoot!.querySelector<HTMLElement>('[part="representative"]')!;
      expect(section.innerText.replace(/\s+/g, ' ').trim()).to.equal(
        'Un abogado o un representante puede ir con usted Un representante le ayuda con su trámite de inmigración. No lo necesita para hacer la solicitud. ' +
          'Quien le cobre debe ser abogado, paralegal con licencia, notario de Quebec o consultor con licencia.'
      );
    });

    it('lists what to bring in Spanish, with the same number of photos, and says the list is not saved', () => {
      expect(labelTexts(el)).to.deep.equal(['Una identificación', 'Su pasaporte, si lo tiene', '3 fotos tamaño pasaporte']);
      expect(el.shadowRoot!.querySelector('legend')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Tal vez le pidan llevar:');
      expect(textOf(el)).to.include('Marque lo que tenga. Esta lista no se guarda.');
    });

    it('has Spanish headings', () => {
      expect(headingsOf(el)).to.deep.equal([
        'h2 Su entrevista con un oficial de inmigración',
        'h3 Cómo es la entrevista',
        'h3 No tiene que demostrar que es víctima',
        'h3 Un abogado o un representante puede ir con usted',
        'h3 Qué llevar',
      ]);
    });
  });

  describe('in French and Spanish', () => {
    for (const [lang, language] of [['fr', 'French'], ['es', 'Spanish']]) {
      it(`leaves no English text in ${language}`, async () => {
        const text = textOf(await fixture(html`<trp-interview-guide lang=${lang}></trp-interview-guide>`));
        for (const english of ['You ', 'interview', 'officer', 'bring', 'passport-size', 'Tick', 'Source:', 'checked']) {
          expect(text).not.to.include(english);
        }
      });
    }
  });

  describe('the checklist', () => {
    beforeEach(() => {
      localStorage.clear();
      sessionStorage.clear();
    });

    it('groups native checkboxes in a fieldset with a legend, each inside its label', async () => {
      const el = await fixture(html`<trp-interview-guide lang="en"></trp-interview-guide>`);
      const fieldset = el.shadowRoot!.querySelector('fieldset')!;
      expect(fieldset.querySelector('legend')?.textContent?.trim()).to.equal('You may be asked to bring:');
      expect(checkboxes(el)).to.have.length(3);
      for (const box of checkboxes(el)) {
        expect(fieldset.contains(box)).to.equal(true);
        expect(box.closest('label')).not.to.equal(null);
        expect(box.checked).to.equal(false);
      }
    });

    it('toggles a checkbox when you click its label, and again to untick', async () => {
      const el = await fixture(html`<trp-interview-guide lang="en"></trp-interview-guide>`);
      const labels = [...el.shadowRoot!.querySelectorAll('label')];
      labels[2].querySelector('span')!.click();
      expect(checkboxes(el).map((b) => b.checked)).to.deep.equal([false, false, true]);
      labels[0].click();
      expect(checkboxes(el).map((b) => b.checked)).to.deep.equal([true, false, true]);
      labels[2].click();
      expect(checkboxes(el).map((b) => b.checked)).to.deep.equal([true, false, false]);
    });

    it('stores nothing: no storage, no cookies, and a new guide starts unticked', async () => {
      const writes: string[] = [];
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        writes.push(key);
        setItem.call(this, key, value);
      };
      const cookiesBefore = document.cookie;
      try {
        const el = await fixture(html`<trp-interview-guide lang="en"></trp-interview-guide>`);
        for (const label of el.shadowRoot!.querySelectorAll('label')) label.click();
        expect(checkboxes(el).every((b) => b.checked)).to.equal(true);
        el.remove();
        const again = await fixture(html`<trp-interview-guide lang="en"></trp-interview-guide>`);
        expect(checkboxes(again).some((b) => b.checked)).to.equal(false);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(writes).to.deep.equal([]);
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal(cookiesBefore);
    });

    it('keeps your ticks when the language changes', async () => {
      const el = await fixture<TrpInterviewGuide>(html`<trp-interview-guide lang="en"></trp-interview-guide>`);
      el.shadowRoot!.querySelectorAll('label')[1].click();
      el.setAttribute('lang', 'fr');
      await settle(el);
      expect(labelTexts(el)[1]).to.equal('Votre passeport, si vous en avez un');
      expect(checkboxes(el).map((b) => b.checked)).to.deep.equal([false, true, false]);
    });

    it('keeps your ticks when the guide changes to Spanish and back', async () => {
      const el = await fixture<TrpInterviewGuide>(html`<trp-interview-guide lang="fr"></trp-interview-guide>`);
      el.shadowRoot!.querySelectorAll('label')[2].click();
      el.setAttribute('lang', 'es');
      await settle(el);
      expect(labelTexts(el)[2]).to.equal('3 fotos tamaño pasaporte');
      expect(checkboxes(el).map((b) => b.checked)).to.deep.equal([false, false, true]);
      el.setAttribute('lang', 'en');
      await settle(el);
      expect(labelTexts(el)[2]).to.equal('3 passport-size photos');
      expect(checkboxes(el).map((b) => b.checked)).to.deep.equal([false, false, true]);
    });

    it('gives every checkbox and label a target of at least 24 by 24 px', async () => {
      const el = await fixture(html`<trp-interview-guide lang="en"></trp-interview-guide>`);
      for (const box of checkboxes(el)) {
        const {width, height} = box.getBoundingClientRect();
        expect(width).to.be.at.least(24);
        expect(height).to.be.at.least(24);
        expect(box.closest('label')!.getBoundingClientRect().height).to.be.at.least(24);
      }
    });
  });
});
