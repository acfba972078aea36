import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import type {TrpBenefitsList} from '../src/benefits-list.js';
import {captureWarnings, expectSame, headingsOf, linksOf, textOf} from './support/helpers.js';

const incomeText = (el: Element) =>
  (el.shadowRoot!.querySelector('[part="income"]') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

const generalEnglish =
  'In some provinces and territories, you may get income assistance. In British Columbia and Alberta, you may be able to get it. Elsewhere, check with the government of your province or territory.';
const generalFrench =
  'Dans certaines provinces et certains territoires, vous pourriez recevoir l’aide au revenu. En Colombie-Britannique et en Alberta, vous pourriez la recevoir. Ailleurs, vérifiez auprès du gouvernement de votre province ou territoire.';

const generalSpanish =
  'En algunas provincias y territorios, podría recibir asistencia social. En Columbia Británica y en Alberta, usted podría recibirla. En otros lugares, pregunte al Gobierno de su provincia o territorio.';

describe('<trp-benefits-list>', () => {
  describe('in English', () => {
    let el: TrpBenefitsList;
    beforeEach(async () => {
      el = await fixture(html`<trp-benefits-list lang="en"></trp-benefits-list>`);
    });

    it('gives health care through the IFHP, counselling included, while the permit lasts', () => {
      const text = textOf(el);
      expect(text).to.include('You get health care through the Interim Federal Health Program (IFHP).');
      expect(text).to.include('It includes counselling (talking to a professional about how you feel).');
      expect(text).to.include('It covers you for as long as your permit lasts, if no other plan covers you.');
    });

    it('says a medical exam may be needed', () => {
      expect(textOf(el)).to.include('You may need to have an immigration medical exam (a health check by a doctor).');
    });

    it('says Medavie Blue Cross manages the IFHP, with no "claims", and links its list of covered care', () => {
      expect(textOf(el)).to.include('Medavie Blue Cross manages the IFHP. See the full list of covered care on its website.');
      expect(textOf(el)).not.to.include('claim');
      expect(textOf(el)).not.to.include('Medavie Blue Cross runs');
      expect(linksOf(el)).to.deep.include({
        text: 'See the full list of covered care',
        href: 'https://provider.medavie.bluecross.ca/',
      });
    });

    it('names the open work permit, says what open means, and the study permit', () => {
      const text = textOf(el);
      expect(text).to.include('You can apply for an open work permit. With it, you can work for almost any employer in Canada.');
      expect(text).to.include('You can apply for a study permit, so you can go to school in Canada.');
    });

    it('gives the general income-assistance text without a province', () => {
      expect(incomeText(el)).to.include(generalEnglish);
    });

    it('says the work and study permits are free', () => {
      const workStudy = el.shadowRoot!.querySelector<HTMLElement>('[part="work-study"]')!;
      expect(workStudy.innerText).to.include('You do not pay any fee for these permits.');
    });

    it('has a main heading and one heading per section, one level below', () => {
      expect(headingsOf(el)).to.deep.equal([
        'h2 What the permit gives you',
        'h3 Health care',
        'h3 Work and study',
        'h3 Income assistance',
      ]);
    });
  });

  describe('in French', () => {
    let el: TrpBenefitsList;
    beforeEach(async () => {
      el = await fixture(html`<trp-benefits-list lang="fr"></trp-benefits-list>`);
    });

    it('gives health care through the PFSI, with the same link', () => {
      const text = textOf(el);
      expect(text).to.include('Programme fédéral de santé intérimaire (PFSI)');
      expect(text).to.include(
        'Il comprend la consultation psychologique (parler de vos émotions à un professionnel).'
      );
      expect(text).to.include('Vous devrez peut-être passer un examen médical d’immigration (un médecin vérifie votre santé).');
      expect(linksOf(el)).to.deep.include({
        text: 'Consultez la liste complète des soins couverts',
        href: 'https://provider.medavie.bluecross.ca/',
      });
    });

    it('names the work and study permits, says they are free, and gives the income-assistance text', () => {
      const text = textOf(el);
      expect(text).to.include(
        'Vous pouvez demander un permis de travail ouvert. Il permet de travailler pour presque tout employeur.'
      );
      expect(text).to.include('permis d’études');
      expect(text).to.include('Ces permis sont gratuits.');
      expect(text).to.include(
        'L’aide au revenu est de l’argent du gouvernement pour vos besoins de base.'
      );
      expect(text).to.include('Croix Bleue Medavie gère le PFSI. Consultez la liste complète des soins couverts.');
      expect(text).not.to.include('remboursement');
      expect(incomeText(el)).to.include(generalFrench);
    });

    it('has French headings', () => {
      expect(headingsOf(el)).to.deep.equal([
        'h2 Ce que le permis vous donne',
        'h3 Soins de santé',
        'h3 Travail et études',
        'h3 Aide au revenu',
      ]);
    });

    it('leaves no English text', () => {
      const text = textOf(el);
      for (const english of ['You ', 'health', 'Blue Cross', 'income', 'permit', 'fee', 'Source:', 'checked']) {
        expect(text).not.to.include(english);
      }
    });
  });

  describe('in Spanish', () => {
    let el: TrpBenefitsList;
    beforeEach(async () => {
      el = await fixture(html`<trp-benefits-list lang="es"></trp-benefits-list>`);
    });

    it('gives health care through the IFHP, named in Spanish and in English, with counselling, while the permit lasts', () => {
      const text = textOf(el);
      expect(text).to.include(
        'Recibe atención médica del Programa Federal de Salud Provisional (en inglés, Interim Federal Health Program, IFHP).'
      );
      expect(text).to.include('Incluye apoyo psicológico (hablar con un profesional sobre cómo se siente).');
      expect(text).to.include('Le cubre mientras dure el permiso, si no tiene otro seguro médico.');
      expect(text).to.include('Tal vez tenga que hacerse un examen médico de inmigración (un médico revisa su salud).');
    });

    it('says Medavie Blue Cross manages the program, with the same link, to a site in English and French', () => {
      expect(textOf(el)).to.include(
        'Medavie Blue Cross administra el IFHP. Vea la lista completa de servicios cubiertos (en inglés y francés).'
      );
      expect(textOf(el)).not.to.include('pagos');
      expect(linksOf(el)).to.deep.include({
        text: 'Vea la lista completa de servicios cubiertos',
        href: 'https://provider.medavie.bluecross.ca/',
      });
    });

    it('names the open work permit, says what open means, the study permit, and that they are free', () => {
      const workStudy = textOf(el.shadowRoot!.querySelector('[part="work-study"]')!);
      expect(workStudy).to.equal(
        'Trabajo y estudios Puede pedir un permiso de trabajo abierto (en inglés, open work permit). Con él, puede trabajar para casi cualquier empleador. ' +
          'Puede pedir un permiso de estudios para estudiar en Canadá. No paga nada por estos permisos.'
      );
    });

    it('says what income assistance is, and gives the general text without a province', () => {
      expect(incomeText(el)).to.equal(
        `Asistencia social La asistencia social es dinero del gobierno para sus gastos básicos. ${generalSpanish}`
      );
    });

    it('has Spanish headings', () => {
      expect(headingsOf(el)).to.deep.equal([
        'h2 Lo que le da el permiso',
        'h3 Atención médica',
        'h3 Trabajo y estudios',
        'h3 Asistencia social',
      ]);
    });

    it('leaves no English text, but the program’s English name and the insurer’s', () => {
      const text = textOf(el).replace('(en inglés, Interim Federal Health Program, IFHP)', '').replace('(en inglés, open work permit)', '');
      for (const english of ['You ', 'health', 'income', 'permit', 'fee', 'claims', 'Source:', 'checked']) {
        expect(text).not.to.include(english);
      }
    });
  });

  describe('province', () => {
    it('says holders in British Columbia may be able to get it', async () => {
      const el = await fixture(html`<trp-benefits-list lang="en" province="BC"></trp-benefits-list>`);
      expect(incomeText(el)).to.include('In British Columbia, you may be able to get income assistance.');
      expect(incomeText(el)).not.to.include('Elsewhere');
    });

    it('says holders in Alberta may be able to get it, in English and French', async () => {
      const en = await fixture(html`<trp-benefits-list lang="en" province="AB"></trp-benefits-list>`);
      expect(incomeText(en)).to.include('In Alberta, you may be able to get income assistance.');
      const fr = await fixture(html`<trp-benefits-list lang="fr" province="AB"></trp-benefits-list>`);
      expect(incomeText(fr)).to.include('En Alberta, vous pourriez recevoir l’aide au revenu.');
    });

    it('names British Columbia in French', async () => {
      const el = await fixture(html`<trp-benefits-list lang="fr" province="BC"></trp-benefits-list>`);
      expect(incomeText(el)).to.include('En Colombie-Britannique, vous pourriez recevoir l’aide au revenu.');
    });

    it('tells you in French to check with the government of Quebec', async () => {
      const el = await fixture(html`<trp-benefits-list lang="fr" province="QC"></trp-benefits-list>`);
      expect(incomeText(el)).to.include(
        'Vérifiez auprès du gouvernement du Québec si vous pouvez recevoir l’aide au revenu.'
      );
      expect(incomeText(el)).not.to.include('Colombie-Britannique');
    });

    it('tells you in French to check with the government of Ontario, with its article', async () => {
      const el = await fixture(html`<trp-benefits-list lang="fr" province="ON"></trp-benefits-list>`);
      expect(incomeText(el)).to.include(
        'Vérifiez auprès du gouvernement de l’Ontario si vous pouvez recevoir l’aide au revenu.'
      );
    });

    it('tells you in English to check with the government of Ontario', async () => {
      const el = await fixture(html`<trp-benefits-list lang="en" province="ON"></trp-benefits-list>`);
      expect(incomeText(el)).to.include(
        'Ask the Government of Ontario if you can get income assistance.'
      );
    });

    it('names the government of every province and territory in both languages, each once', async () => {
      const places: Record<string, [string, string]> = {
        MB: ['Manitoba', 'du Manitoba'],
        NB: ['New Brunswick', 'du Nouveau-Brunswick'],
        NL: ['Newfoundland and Labrador', 'de Terre-Neuve-et-Labrador'],
        NS: ['Nova Scotia', 'de la Nouvelle-Écosse'],
        NT: ['the Northwest Territories', 'des Territoires du Nord-Ouest'],
        NU: ['Nunavut', 'du Nunavut'],
        PE: ['Prince Edward Island', 'de l’Île-du-Prince-Édouard'],
        SK: ['Saskatchewan', 'de la Saskatchewan'],
        YT: ['Yukon', 'du Yukon'],
      };
      for (const [code, [english, french]] of Object.entries(places)) {
        const en = await fixture(html`<trp-benefits-list lang="en" province=${code}></trp-benefits-list>`);
        expect(incomeText(en), code).to.include(`Ask the Government of ${english} if you can get income assistance.`);
        const fr = await fixture(html`<trp-benefits-list lang="fr" province=${code}></trp-benefits-list>`);
        expect(incomeText(fr), code).to.include(`Vérifiez auprès du gouvernement ${french} si vous pouvez recevoir l’aide au revenu.`);
      }
    });

    it('says in Spanish that holders in British Columbia or Alberta may be eligible', async () => {
      const bc = await fixture(html`<trp-benefits-list lang="es" province="BC"></trp-benefits-list>`);
      expect(incomeText(bc)).to.include('En Columbia Británica, usted podría recibir esta ayuda.');
      expect(incomeText(bc)).not.to.include('En otros lugares');
      const ab = await fixture(html`<trp-benefits-list lang="es" province="AB"></trp-benefits-list>`);
      expect(incomeText(ab)).to.include('En Alberta, usted podría recibir esta ayuda.');
    });

    it('tells you in Spanish to ask the Government of your province or territory (capital G), each named in Spanish, in under 20 words', async () => {
      const places: Record<string, string> = {
        MB: 'Manitoba',
        NB: 'Nuevo Brunswick',
        NL: 'Terranova y Labrador',
        NS: 'Nueva Escocia',
        NT: 'los Territorios del Noroeste',
        NU: 'Nunavut',
        ON: 'Ontario',
        PE: 'la Isla del Príncipe Eduardo',
        QC: 'Quebec',
        SK: 'Saskatchewan',
        YT: 'Yukón',
      };
      for (const [code, place] of Object.entries(places)) {
        const el = await fixture(html`<trp-benefits-list lang="es" province=${code}></trp-benefits-list>`);
        const sentence = `Pregunte al Gobierno de ${place} si puede recibirla.`;
        expect(incomeText(el), code).to.include(sentence);
        expect(sentence.split(' ').length, sentence).to.be.below(20);
      }
    });

    it('takes a lower-case code with spaces around it', async () => {
      const el = await fixture(html`<trp-benefits-list lang="en" province=" bc "></trp-benefits-list>`);
      expect(incomeText(el)).to.include('In British Columbia, you may be able to get income assistance.');
    });

    it('gives the general text for an unknown code, with one warning', async () => {
      let el!: Element;
      const warnings = await captureWarnings(async () => {
        el = await fixture(html`<trp-benefits-list lang="en" province="ZZ"></trp-benefits-list>`);
        await fixture(html`<trp-benefits-list lang="fr" province="ZZ"></trp-benefits-list>`);
      });
      expect(incomeText(el)).to.include(generalEnglish);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('ZZ');
    });

    it('shows markup in a code as nothing but the general text, with one warning', async () => {
      let el!: Element;
      const warnings = await captureWarnings(async () => {
        el = await fixture(html`<trp-benefits-list lang="en" province="<img src=x onerror=alert(1)>"></trp-benefits-list>`);
      });
      expectSame(el.shadowRoot!.querySelector('img'), null, 'markup from the code');
      expect(incomeText(el)).to.include(generalEnglish);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('province="<img src=x onerror=alert(1)>"');
    });

    it('gives the general text without the attribute', async () => {
      const el = await fixture(html`<trp-benefits-list lang="fr"></trp-benefits-list>`);
      expect(incomeText(el)).to.include(generalFrench);
    });

    it('follows a change of the attribute', async () => {
      const el = await fixture<TrpBenefitsList>(html`<trp-benefits-list lang="en" province="BC"></trp-benefits-list>`);
      el.setAttribute('province', 'qc');
      await el.updateComplete;
      expect(incomeText(el)).to.include('Ask the Government of Quebec');
      el.removeAttribute('province');
      await el.updateComplete;
      expect(incomeText(el)).to.include(generalEnglish);
    });
  });
});
