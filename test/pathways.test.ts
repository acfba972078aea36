import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import type {TrpPathways} from '../src/pathways.js';
import {headingsOf, textOf} from './support/helpers.js';

const partText = (element: Element, part: string) => textOf(element.shadowRoot!.querySelector(`[part="${part}"]`)!);

describe('<trp-pathways>', () => {
  describe('in English', () => {
    let pathways: TrpPathways;
    beforeEach(async () => {
      pathways = await fixture(html`<trp-pathways lang="en"></trp-pathways>`);
    });

    it('says you can apply for permanent residence on humanitarian and compassionate grounds', () => {
      expect(textOf(pathways)).to.include('Here are two ways to ask to stay in Canada permanently.');
      expect(partText(pathways, 'humanitarian')).to.include(
        'You can apply to IRCC for permanent residence on humanitarian and compassionate grounds (H&C).'
      );
    });

    it('says in plain words what H&C means, and nothing about how the officer decides', () => {
      expect(partText(pathways, 'humanitarian')).to.include(
        'H&C means that you ask to stay for humanitarian reasons, because of your personal situation.'
      );
      expect(textOf(pathways)).not.to.include('whole situation');
    });

    it('says you can make a refugee claim, and when, with each of the fears listed', () => {
      const refugee = partText(pathways, 'refugee');
      expect(refugee).to.include('You can also make a refugee claim.');
      expect(refugee).to.include('You can do this if you fear one of these things if you go back to your country:');
      const fears = [...pathways.shadowRoot!.querySelectorAll('[part="refugee"] li')].map((li) => li.textContent);
      expect(fears).to.deep.equal([
        'persecution (being hurt or threatened because of who you are or what you believe)',
        'torture',
        'a risk to your life',
        'cruel and unusual treatment or punishment',
      ]);
    });

    it('warns that you cannot apply on H&C grounds while a refugee claim is pending, and to get legal advice', () => {
      const caution = partText(pathways, 'caution');
      expect(caution).to.include('You cannot make an H&C application while your refugee claim is waiting for a decision.');
      expect(caution).to.include('get legal advice before you choose');
    });

    it('has a main heading and one heading per section, one level below', () => {
      expect(headingsOf(pathways)).to.deep.equal([
        'h2 Staying in Canada permanently',
        'h3 Permanent residence on humanitarian and compassionate grounds',
        'h3 A refugee claim',
        'h3 Before you choose',
      ]);
    });
  });

  describe('in French', () => {
    let pathways: TrpPathways;
    beforeEach(async () => {
      pathways = await fixture(html`<trp-pathways lang="fr"></trp-pathways>`);
    });

    it('names permanent residence for humanitarian considerations with the official French words', () => {
      expect(partText(pathways, 'humanitarian')).to.include(
        'Vous pouvez demander à IRCC la résidence permanente fondée sur des considérations d’ordre humanitaire (CH).'
      );
      expect(partText(pathways, 'humanitarian')).to.include(
        'CH veut dire que vous demandez à rester pour des raisons humanitaires, liées à votre situation.'
      );
    });

    it('speaks of a « demande d’asile », with each of the fears listed', () => {
      const refugee = partText(pathways, 'refugee');
      expect(refugee).to.include('Vous pouvez aussi présenter une demande d’asile.');
      expect(refugee).to.include('en cas de retour dans votre pays :');
      const fears = [...pathways.shadowRoot!.querySelectorAll('[part="refugee"] li')].map((li) => li.textContent);
      expect(fears).to.deep.equal([
        'la persécution (menaces ou violences pour qui vous êtes ou ce que vous croyez)',
        'la torture',
        'un risque pour votre vie',
        'des traitements ou peines cruels et inusités',
      ]);
    });

    it('gives the caution in French', () => {
      const caution = partText(pathways, 'caution');
      expect(caution).to.include(
        'Vous ne pouvez pas faire de demande fondée sur des considérations d’ordre humanitaire pendant que votre demande d’asile attend une décision.'
      );
      expect(caution).to.include('Avant de choisir, demandez donc un avis juridique');
    });

    it('has French headings', () => {
      expect(headingsOf(pathways)).to.deep.equal([
        'h2 Rester au Canada de façon permanente',
        'h3 La résidence permanente fondée sur des considérations d’ordre humanitaire',
        'h3 Une demande d’asile',
        'h3 Avant de choisir',
      ]);
    });

    it('leaves no English text in the French version', () => {
      const text = textOf(pathways);
      for (const english of ['refugee', 'claim', 'permanent residence', 'grounds', 'H&C', 'lawyer', 'Source:', 'checked', ' you ']) {
        expect(text).not.to.include(english);
      }
    });
  });

  describe('in Spanish', () => {
    let pathways: TrpPathways;
    beforeEach(async () => {
      pathways = await fixture(html`<trp-pathways lang="es"></trp-pathways>`);
    });

    it('names permanent residence on humanitarian grounds, with the English name and H&C as the reader will meet them', () => {
      expect(textOf(pathways)).to.include('El permiso es temporal. Hay dos formas de pedir quedarse en Canadá de forma permanente.');
      expect(partText(pathways, 'humanitarian')).to.equal(
        'Residencia permanente por razones humanitarias ' +
          'Inmigración, Refugiados y Ciudadanía Canadá (IRCC) es la oficina de inmigración del Gobierno de Canadá. ' +
          'Puede pedir a IRCC la residencia permanente por razones humanitarias (en inglés, humanitarian and compassionate, H&C). ' +
          'Es decir, usted pide quedarse en Canadá por su situación personal.'
      );
    });

    it('speaks of a « solicitud de asilo », with each of the fears listed', () => {
      const refugee = partText(pathways, 'refugee');
      expect(refugee).to.include('También puede presentar una solicitud de asilo (en inglés, refugee claim).');
      expect(refugee).to.include('Puede hacerlo si teme algo de esto al regresar a su país:');
      const fears = [...pathways.shadowRoot!.querySelectorAll('[part="refugee"] li')].map((li) => li.textContent);
      expect(fears).to.deep.equal(['la persecución (daño o amenazas por quién es o por lo que cree)', 'la tortura', 'un riesgo para su vida', 'tratos o castigos crueles e inusuales']);
    });

    it('gives the caution in Spanish', () => {
      expect(partText(pathways, 'caution')).to.equal(
        'Antes de elegir Mientras espera la decisión de su solicitud de asilo, no puede pedir la residencia por razones humanitarias (H&C). ' +
          'Por eso, antes de elegir, pida asesoría legal a un abogado o una organización de apoyo.'
      );
    });

    it('has Spanish headings', () => {
      expect(headingsOf(pathways)).to.deep.equal([
        'h2 Quedarse en Canadá de forma permanente',
        'h3 Residencia permanente por razones humanitarias',
        'h3 Una solicitud de asilo',
        'h3 Antes de elegir',
      ]);
    });

    it('leaves no English text in the Spanish version, but the English name of H&C', () => {
      const text = textOf(pathways).replace('(en inglés, humanitarian and compassionate, H&C)', '').replace('(en inglés, refugee claim)', '').replace('(H&C)', '');
      for (const english of ['refugee', 'claim', 'permanent residence', 'grounds', 'H&C', '&amp;', 'lawyer', 'Source:', 'checked', ' you ']) {
        expect(text).not.to.include(english);
      }
    });
  });
});
