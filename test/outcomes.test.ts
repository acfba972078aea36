import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import type {TrpOutcomes} from '../src/outcomes.js';
import {headingsOf, linksOf, textOf} from './support/helpers.js';

describe('<trp-outcomes>', () => {
  describe('in English', () => {
    let outcomes: TrpOutcomes;
    beforeEach(async () => {
      outcomes = await fixture(html`<trp-outcomes lang="en"></trp-outcomes>`);
    });

    it('says that with the permit you have legal status and the benefits, for as long as it lasts', () => {
      const granted = textOf(outcomes.shadowRoot!.querySelector('[part="granted"]')!);
      expect(granted).to.include('If you get the permit');
      expect(granted).to.include(
        'You have legal status in Canada for as long as the permit lasts. Legal status means that you are allowed to be in Canada.'
      );
      expect(granted).to.include('You also get these benefits, for as long as the permit lasts:');
      expect(granted).to.include(
        'health care counselling (talking to a professional about how you feel) a work permit and a study permit (you need to apply for them)'
      );
    });

    it('says income assistance may be available, as the benefits list does', () => {
      const granted = textOf(outcomes.shadowRoot!.querySelector('[part="granted"]')!);
      expect(granted).to.match(/In some provinces and territories, you may get income assistance\.$/);
    });

    it('says that if the permit is refused you may be asked to leave, and whom to talk to', () => {
      const refused = textOf(outcomes.shadowRoot!.querySelector('[part="refused"]')!);
      expect(refused).to.include('If you do not get the permit');
      expect(refused).to.include('You may be asked to leave Canada.');
      expect(refused).to.include('Talk to a lawyer or a support organization.');
      expect(refused).to.include(
        'The Canadian Human Trafficking Hotline can connect you with local services, such as legal support: 1-833-900-1010'
      );
      expect(refused).not.to.include('find one');
      expect(linksOf(outcomes)).to.deep.include({text: '1-833-900-1010', href: 'tel:+18339001010'});
    });

    it('has a main heading and one heading per outcome, one level below', () => {
      expect(headingsOf(outcomes)).to.deep.equal([
        'h2 After the decision',
        'h3 If you get the permit',
        'h3 If you do not get the permit',
      ]);
    });
  });

  describe('in French', () => {
    let outcomes: TrpOutcomes;
    beforeEach(async () => {
      outcomes = await fixture(html`<trp-outcomes lang="fr"></trp-outcomes>`);
    });

    it('says in French what you get with the permit, for as long as it lasts', () => {
      const granted = textOf(outcomes.shadowRoot!.querySelector('[part="granted"]')!);
      expect(granted).to.include('Si vous obtenez le permis');
      expect(granted).to.include('Vous avez un statut juridique au Canada pendant toute la durée du permis.');
      expect(granted).to.include('Vous avez aussi ces avantages pendant toute la durée du permis :');
      expect(granted).to.include(
        'des soins de santé la consultation psychologique (parler de vos émotions à un professionnel) ' +
          'un permis de travail et un permis d’études (vous devez les demander)'
      );
      expect(granted).to.include('Un statut juridique veut dire que vous avez le droit d’être au Canada.');
      expect(granted).to.match(/Dans certaines provinces et certains territoires, vous pourriez recevoir l’aide au revenu\.$/);
    });

    it('says in French that you may be asked to leave, and whom to talk to', () => {
      const refused = textOf(outcomes.shadowRoot!.querySelector('[part="refused"]')!);
      expect(refused).to.include('Si vous n’obtenez pas le permis');
      expect(refused).to.include('On peut vous demander de quitter le Canada.');
      expect(refused).to.include('Parlez dès que possible à un avocat ou à un organisme d’aide.');
      expect(refused).to.include(
        'La Ligne d’urgence canadienne contre la traite des personnes peut vous mettre en contact avec des services locaux, comme du soutien juridique : 1-833-900-1010'
      );
      expect(linksOf(outcomes)).to.deep.include({text: '1-833-900-1010', href: 'tel:+18339001010'});
    });

    it('keeps a no-break space before a colon, so it never starts a line', () => {
      for (const part of ['granted', 'refused']) {
        const text = outcomes.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent!;
        expect(text).to.match(/\u00a0:/);
        expect(text).not.to.match(/ :/);
      }
    });

    it('has French headings', () => {
      expect(headingsOf(outcomes)).to.deep.equal([
        'h2 Après la décision',
        'h3 Si vous obtenez le permis',
        'h3 Si vous n’obtenez pas le permis',
      ]);
    });

    it('leaves no English text in the French version', () => {
      const text = textOf(outcomes);
      for (const english of ['permit', 'decision', 'health', 'lawyer', 'Hotline', 'Source:', 'checked', ' you ']) {
        expect(text).not.to.include(english);
      }
    });
  });

  describe('in Spanish', () => {
    let outcomes: TrpOutcomes;
    beforeEach(async () => {
      outcomes = await fixture(html`<trp-outcomes lang="es"></trp-outcomes>`);
    });

    it('says in Spanish what you get with the permit, for as long as it lasts', () => {
      expect(textOf(outcomes.shadowRoot!.querySelector('[part="granted"]')!)).to.equal(
        'Si recibe el permiso Tiene estatus legal en Canadá mientras dure el permiso. ' +
          'Tener estatus legal quiere decir que la ley le permite estar en Canadá. ' +
          'Mientras dure el permiso, también tiene estos beneficios: atención médica apoyo psicológico (hablar con un profesional sobre cómo se siente) ' +
          'un permiso de trabajo y un permiso de estudios (tiene que pedirlos) ' +
          'En algunas provincias y territorios, podría recibir asistencia social.'
      );
    });

    it('says in Spanish that you may be asked to leave, whom to talk to, and gives the hotline', () => {
      expect(textOf(outcomes.shadowRoot!.querySelector('[part="refused"]')!)).to.equal(
        'Si no recibe el permiso Tal vez le pidan salir de Canadá. ' +
          'Hable lo antes posible con un abogado o una organización de apoyo. ' +
          'La Línea Directa Canadiense contra la Trata de Personas (Canadian Human Trafficking Hotline) puede ponerle en contacto con servicios locales, como apoyo legal: 1-833-900-1010'
      );
      expect(linksOf(outcomes)).to.deep.include({text: '1-833-900-1010', href: 'tel:+18339001010'});
    });

    it('has Spanish headings', () => {
      expect(headingsOf(outcomes)).to.deep.equal([
        'h2 Después de la decisión',
        'h3 Si recibe el permiso',
        'h3 Si no recibe el permiso',
      ]);
    });

    it('leaves no English text in the Spanish version, but the hotline’s own name', () => {
      const text = textOf(outcomes).replace('(Canadian Human Trafficking Hotline)', '');
      // "permit" as a word: the Spanish "permite" (allows) has it inside.
      expect(text).not.to.match(/\bpermits?\b/);
      for (const english of ['decision', 'health', 'lawyer', 'Hotline', 'Source:', 'checked', ' you ']) {
        expect(text).not.to.include(english);
      }
    });
  });
});
