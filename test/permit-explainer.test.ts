import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import type {TrpPermitExplainer} from '../src/permit-explainer.js';
import {headingsOf, textOf} from './support/helpers.js';

describe('<trp-permit-explainer>', () => {
  describe('in English', () => {
    let el: TrpPermitExplainer;
    beforeEach(async () => {
      el = await fixture(html`<trp-permit-explainer lang="en"></trp-permit-explainer>`);
    });

    it('names the permit and the department, with its old name', () => {
      const text = textOf(el);
      expect(text).to.include('temporary resident permit (TRP) for victims of human trafficking');
      expect(text).to.include(
        'Immigration, Refugees and Citizenship Canada (IRCC) is the Government of Canada department for immigration. ' +
          'IRCC gives this permit. It used to be called Citizenship and Immigration Canada (CIC).'
      );
    });

    it('says who can ask: you, your family members, referred or on your own', () => {
      const text = textOf(el);
      expect(text).to.include('You can ask for this permit if you may be a victim of human trafficking.');
      expect(text).to.include('Family members who depend on you (your dependants) can be included, if they are in Canada.');
      expect(text).to.include('The police or a support organization often refers people to IRCC. You can also ask IRCC yourself.');
    });

    it('says what legal status means, after first naming it', () => {
      const text = textOf(el);
      expect(text).to.include(
        'The permit gives you legal status in Canada, or lets you keep the status you have. Legal status means that you are allowed to be in Canada.'
      );
    });

    it('says you do not have to help the police or testify', () => {
      const text = textOf(el);
      expect(text).to.include(
        'To get this permit, or any other immigration status, you do not have to: help the police take part in an investigation testify against the trafficker (speak against them in court)'
      );
    });

    it('gives the current length of the first permit, the old rule, and that a new one may follow', () => {
      const text = textOf(el);
      expect(text).to.include('The first permit usually lasts at least 12 months.');
      expect(text).to.include('Before February 4, 2025, the first permit lasted up to 180 days.');
      expect(text).to.include('When your permit ends, IRCC may give you a new one.');
    });

    it('never states the old "up to 3 years" as current', () => {
      expect(textOf(el)).not.to.match(/3 years|three years/i);
    });

    it('says the permits and biometrics are free, without naming a work or study permit it has not explained', () => {
      expect(textOf(el)).to.include(
        'You do not pay any fee for: the first permit a new permit a work permit and a study permit (you need to apply for them) biometrics (your fingerprints and photo)'
      );
      expect(textOf(el)).not.to.match(/\bthe (work|study) permit/);
    });

    it('has a main heading and one heading per section, one level below', () => {
      expect(headingsOf(el)).to.deep.equal([
        'h2 The temporary resident permit',
        'h3 What the permit is',
        'h3 Who can ask for it',
        'h3 You do not have to help the police',
        'h3 How long it lasts',
        'h3 It is free',
      ]);
    });
  });

  describe('in French', () => {
    let el: TrpPermitExplainer;
    beforeEach(async () => {
      el = await fixture(html`<trp-permit-explainer lang="fr"></trp-permit-explainer>`);
    });

    it('names the permit and the department in French', () => {
      const text = textOf(el);
      expect(text).to.include('permis de séjour temporaire (PST) pour les victimes de la traite de personnes');
      expect(text).to.include(
        'Immigration, Réfugiés et Citoyenneté Canada (IRCC) est le ministère de l’immigration du Canada. ' +
          'IRCC accorde ce permis. Avant, il s’appelait Citoyenneté et Immigration Canada (CIC).'
      );
    });

    it('says who can ask, family members included', () => {
      const text = textOf(el);
      expect(text).to.include(
        'Vos personnes à charge au Canada (votre famille qui dépend de vous) peuvent être incluses.'
      );
      expect(text).to.include(
        'Le permis vous donne un statut juridique au Canada ou vous permet de le garder. Un statut juridique veut dire que vous avez le droit d’être au Canada.'
      );
      expect(text).to.include('Vous pouvez aussi vous y adresser vous-même.');
      expect(text).to.include('ne pas avoir la citoyenneté canadienne ni la résidence permanente');
    });

    it('says you do not have to help the police or testify', () => {
      expect(textOf(el)).to.include(
        'vous n’avez pas à : aider la police participer à une enquête témoigner contre le trafiquant (parler contre lui au tribunal)'
      );
    });

    it('gives the length of the permit with French dates and the same numbers', () => {
      const text = textOf(el);
      expect(text).to.include('Le premier permis dure en général au moins 12 mois.');
      expect(text).to.include('Avant le 4 février 2025, le premier permis durait au plus 180 jours.');
      expect(text).to.include('Quand votre permis prend fin, IRCC peut vous en donner un nouveau.');
      expect(text).not.to.match(/3 ans|trois ans/i);
    });

    it('says what is free', () => {
      expect(textOf(el)).to.include(
        'Vous ne payez rien pour : le premier permis un nouveau permis un permis de travail et un permis d’études (vous devez les demander) la biométrie'
      );
    });

    it('has French headings', () => {
      expect(headingsOf(el)).to.deep.equal([
        'h2 Le permis de séjour temporaire',
        'h3 Qu’est-ce que ce permis?',
        'h3 Qui peut le demander',
        'h3 Vous n’avez pas à aider la police',
        'h3 Durée du permis',
        'h3 C’est gratuit',
      ]);
    });

    it('leaves no English text', () => {
      const text = textOf(el);
      for (const english of ['permit', 'You ', 'police or', 'months', 'days', 'free', 'Source:', 'checked', 'February']) {
        expect(text).not.to.include(english);
      }
    });
  });

  describe('in Spanish', () => {
    let el: TrpPermitExplainer;
    beforeEach(async () => {
      el = await fixture(html`<trp-permit-explainer lang="es"></trp-permit-explainer>`);
    });

    it('names the permit in Spanish, with its English name, and the department with its old name', () => {
      const text = textOf(el);
      expect(text).to.include(
        'Su nombre oficial es permiso de residente temporal para víctimas de trata de personas (en inglés, Temporary Resident Permit, TRP).'
      );
      expect(text).to.include(
        'Inmigración, Refugiados y Ciudadanía Canadá (IRCC) es la oficina de inmigración del Gobierno de Canadá. ' +
          'IRCC da este permiso. Antes se llamaba Ciudadanía e Inmigración Canadá (CIC).'
      );
    });

    it('says who can ask, family members included, and what legal status means', () => {
      const text = textOf(el);
      expect(text).to.include('Puede pedir este permiso si es posible que usted sea víctima de trata de personas.');
      expect(text).to.include('Debe estar en Canadá y no tener ciudadanía canadiense ni residencia permanente.');
      expect(text).to.include('Puede incluir en su solicitud a los familiares que dependen de usted y están en Canadá.');
      // First that the reader can go to IRCC on their own; then that many come with help.
      expect(text).to.include(
        'Puede pedirlo a IRCC por su cuenta. Muchas personas lo piden con ayuda de una organización de apoyo o de la policía.'
      );
      expect(text).not.to.include('envía a las personas');
      expect(text).to.include(
        'El permiso le da estatus legal en Canadá, o le permite conservarlo. Tener estatus legal quiere decir que la ley le permite estar en Canadá.'
      );
    });

    it('speaks of "trata de personas", never "tráfico", which readers take for smuggling', () => {
      expect(textOf(el)).to.include('trata de personas');
      expect(textOf(el)).not.to.match(/tráfico/i);
    });

    it('says you do not have to help the police or testify', () => {
      expect(textOf(el)).to.include(
        'Para obtener este permiso u otro estatus migratorio, no tiene que: ayudar a la policía participar en una investigación declarar en un juicio contra el tratante (quien cometió la trata)'
      );
    });

    it('gives the length of the permit with Spanish dates and the same numbers', () => {
      const length = textOf(el.shadowRoot!.querySelector('[part="length"]')!);
      expect(length).to.equal(
        'Cuánto dura El primer permiso suele durar al menos 12 meses. ' +
          'Antes del 4 de febrero de 2025, el primer permiso duraba hasta 180 días. ' +
          'Al terminar su permiso, IRCC puede darle uno nuevo.'
      );
      expect(textOf(el)).not.to.match(/3 años|tres años/i);
    });

    it('says what is free', () => {
      expect(textOf(el)).to.include(
        'No paga nada por: el primer permiso un permiso nuevo un permiso de trabajo y un permiso de estudios (tiene que pedirlos) la biometría (sus huellas digitales y su foto)'
      );
    });

    it('has Spanish headings', () => {
      expect(headingsOf(el)).to.deep.equal([
        'h2 El permiso de residente temporal',
        'h3 ¿Qué es este permiso?',
        'h3 Quién puede pedirlo',
        'h3 No tiene que ayudar a la policía',
        'h3 Cuánto dura',
        'h3 Es gratis',
      ]);
    });

    it('leaves no English text, but the permit’s English name', () => {
      const text = textOf(el).replace('(en inglés, Temporary Resident Permit, TRP)', '');
      // "permit" as a word: the Spanish "permite" (allows) has it inside.
      expect(text).not.to.match(/\bpermits?\b/i);
      for (const english of ['You ', 'police', 'months', 'days', 'free', 'Source:', 'checked', 'February']) {
        expect(text).not.to.include(english);
      }
    });
  });
});
