import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import type {TrpGuide} from '../src/guide.js';
import {allLocales} from '../src/localization.js';
import {expectSame, headingsOf, outlineOf, hostsWithin, linksOf, renderedWithin, sectionTags, settle, textOf} from './support/helpers.js';

/** The whole outline in English, at heading-level 2: every section one level below the guide. */
const englishOutline = [
  'h2 Temporary resident permit for victims of human trafficking',
  'h3 Need help now?',
  'h3 On this page',
  'h3 The temporary resident permit',
  'h4 What the permit is',
  'h4 Who can ask for it',
  'h4 You do not have to help the police',
  'h4 How long it lasts',
  'h4 It is free',
  'h3 What the permit gives you',
  'h4 Health care',
  'h4 Work and study',
  'h4 Income assistance',
  'h3 Your interview with an immigration officer',
  'h4 What it is like',
  'h4 You do not have to prove that you are a victim',
  'h4 A lawyer or a representative can come with you',
  'h4 What to bring',
  'h3 After the decision',
  'h4 If you get the permit',
  'h4 If you do not get the permit',
  'h3 Staying in Canada permanently',
  'h4 Permanent residence on humanitarian and compassionate grounds',
  'h4 A refugee claim',
  'h4 Before you choose',
  'h3 Who to call',
  'h4 Canadian Human Trafficking Hotline',
  'h4 In an emergency',
  'h4 Questions about your immigration file',
];

const rendered = renderedWithin;

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

    it('has its own main heading, then whom to call now and a table of contents, one level below', () => {
      expect(headingsOf(guide)).to.deep.equal([
        'h2 Temporary resident permit for victims of human trafficking',
        'h3 Need help now?',
        'h3 On this page',
      ]);
      const nav = guide.shadowRoot!.querySelector('nav[part="toc"]')!;
      expect(nav.getAttribute('aria-labelledby')).to.equal(nav.querySelector('h3')!.id);
    });

    it('introduces itself: for whom, what trafficking means, and a permit to stay legally for a time', () => {
      expect(guide.shadowRoot!.querySelector<HTMLElement>('[part="intro"]')!.innerText.replace(/\s+/g, ' ').trim()).to.equal(
        'This guide is for people in Canada who may be victims of human trafficking. ' +
          'Human trafficking means that someone controls you and makes you work or have sex, for their gain. ' +
          'It explains the temporary resident permit (TRP), which can let you stay in Canada legally for a time.'
      );
    });

    it('gives the hotline and 911 as links that dial them, right after the introduction and before the contents', () => {
      const help = guide.shadowRoot!.querySelector<HTMLElement>('[part="help"]')!;
      expect(help.previousElementSibling!.getAttribute('part')).to.equal('intro');
      expect(help.nextElementSibling!.getAttribute('part')).to.equal('toc');
      expect(help.innerText.replace(/\s+/g, ' ').trim()).to.equal(
        'Need help now? Call the Canadian Human Trafficking Hotline: 1-833-900-1010 ' +
          'Open 24 hours a day, 7 days a week. The call is free. ' +
          'Confidential: it does not share anything about you without your permission, unless the law requires it. ' +
          'It is not part of the police or the government. It puts you in touch with the police only if you want. ' +
          'Calls are answered in English or French. You can ask for an interpreter in more than 200 languages. ' +
          'In an emergency, call 911.'
      );
      expect(linksOf(guide).slice(0, 2)).to.deep.equal([
        {text: '1-833-900-1010', href: 'tel:+18339001010'},
        {text: '911', href: 'tel:911'},
      ]);
      expect(help.getAttribute('aria-labelledby')).to.equal(help.querySelector('h3')!.id);
    });

    it('states what is free once: the fee list is not repeated', () => {
      const text = hostsWithin(guide).map(textOf).join(' ');
      expect(text.match(/You do not pay any fee for:/g)).to.have.length(1);
      expect(text.match(/biometrics/g)).to.have.length(1);
    });

    it('lists every section in the table of contents, in reading order', () => {
      expect(linksOf(guide).slice(2).map((l) => l.text)).to.deep.equal([
        'The temporary resident permit',
        'What the permit gives you',
        'Your interview with an immigration officer',
        'After the decision',
        'Staying in Canada permanently',
        'Who to call',
        'Immigration, Refugees and Citizenship Canada',
      ]);
    });

    it('puts each section one level below the guide, and their headings below those', () => {
      expect(outlineOf(guide)).to.deep.equal(englishOutline);
    });
  });

  describe('in French', () => {
    let guide: TrpGuide;
    beforeEach(async () => {
      guide = await guideFixture(html`<trp-guide lang="fr"></trp-guide>`);
    });

    it('introduces itself in French: for whom, what trafficking means, and a permit to stay legally for a time', () => {
      expect(guide.shadowRoot!.querySelector<HTMLElement>('[part="intro"]')!.innerText.replace(/\s+/g, ' ').trim()).to.equal(
        'Ce guide s’adresse aux personnes au Canada qui sont peut-être victimes de la traite de personnes. ' +
          'La traite de personnes, c’est quand quelqu’un vous contrôle et vous fait travailler ou avoir des relations sexuelles pour son profit. ' +
          'Il explique le permis de séjour temporaire (PST), qui peut vous permettre de rester légalement au Canada pour un temps.'
      );
    });

    it('has a French heading, whom to call now, and table of contents', () => {
      expect(headingsOf(guide)).to.deep.equal([
        'h2 Permis de séjour temporaire pour les victimes de la traite de personnes',
        'h3 Besoin d’aide maintenant?',
        'h3 Sur cette page',
      ]);
      expect(textOf(guide.shadowRoot!.querySelector('[part="help"]')!)).to.equal(
        'Besoin d’aide maintenant? Appelez la Ligne d’urgence canadienne contre la traite des personnes : 1-833-900-1010 ' +
          'Ouverte jour et nuit, 7 jours sur 7. L’appel est gratuit. ' +
          'Confidentielle : elle ne dit rien sur vous sans votre permission, sauf si la loi l’exige. ' +
          'Elle n’est ni la police ni le gouvernement. Elle vous met en contact avec la police seulement si vous le voulez. ' +
          'On vous répond en anglais ou en français. Vous pouvez demander un interprète dans plus de 200 langues. ' +
          'En cas d’urgence, composez le 911.'
      );
      expect(linksOf(guide).slice(2).map((l) => l.text)).to.deep.equal([
        'Le permis de séjour temporaire',
        'Ce que le permis vous donne',
        'Votre entrevue avec un agent d’immigration',
        'Après la décision',
        'Rester au Canada de façon permanente',
        'Qui appeler',
        'Immigration, Réfugiés et Citoyenneté Canada',
      ]);
    });
  });

  describe('in Spanish', () => {
    let guide: TrpGuide;
    beforeEach(async () => {
      guide = await guideFixture(html`<trp-guide lang="es"></trp-guide>`);
    });

    it('has a Spanish heading, introduction, whom to call now with an interpreter in Spanish, and table of contents', () => {
      expect(headingsOf(guide)).to.deep.equal([
        'h2 Permiso de residente temporal para víctimas de trata de personas',
        'h3 ¿Necesita ayuda ahora?',
        'h3 En esta página',
      ]);
      expect(guide.shadowRoot!.querySelector<HTMLElement>('[part="intro"]')!.innerText.replace(/\s+/g, ' ').trim()).to.equal(
        'Esta guía es para posibles víctimas de trata de personas en Canadá. ' +
          'La trata de personas es cuando alguien le controla. Le obliga a trabajar o a tener relaciones sexuales, y saca provecho de usted. ' +
          'Explica el permiso de residente temporal (en inglés, Temporary Resident Permit, TRP). ' +
          'Con él, puede quedarse en Canadá de forma legal por un tiempo.'
      );
      expect(textOf(guide.shadowRoot!.querySelector('[part="help"]')!)).to.equal(
        '¿Necesita ayuda ahora? Llame a la Línea Directa Canadiense contra la Trata de Personas (Canadian Human Trafficking Hotline): 1-833-900-1010 ' +
          'Atiende las 24 horas, todos los días. La llamada es gratis. ' +
          'Confidencial: no comparte nada sobre usted sin su permiso, salvo que la ley lo exija. ' +
          'No es parte de la policía ni del gobierno. Solo le pone en contacto con la policía si usted quiere. ' +
          'Le contestan en inglés o en francés. Puede pedir un intérprete en más de 200 idiomas. ' +
          'Para pedir un intérprete, diga «Spanish» o «español». ' +
          'En una emergencia, llame al 911.'
      );
      const links = linksOf(guide);
      expect(links.slice(2, 4)).to.deep.equal([
        {text: '1-833-900-1010', href: 'tel:+18339001010'},
        {text: '911', href: 'tel:911'},
      ]);
      expect(links.slice(4).map((l) => l.text)).to.deep.equal([
        'El permiso de residente temporal',
        'Lo que le da el permiso',
        'Su entrevista con un oficial de inmigración',
        'Después de la decisión',
        'Quedarse en Canadá de forma permanente',
        'A quién llamar',
        'Inmigración, Refugiados y Ciudadanía Canadá',
      ]);
    });

    it('states what is free once, and shows the notice and the source line once each', () => {
      const text = hostsWithin(guide).map(textOf).join(' ');
      expect(text.match(/No paga nada por:/g)).to.have.length(1);
      expect(text.match(/no es oficial/g)).to.have.length(1);
      expect(text.match(/Fuente:/g)).to.have.length(1);
      expect(textOf(guide)).to.match(/^Esta traducción no es oficial\. La información oficial está en inglés y en francés\. /);
      expect(textOf(guide)).to.match(/Fuente: Inmigración, Refugiados y Ciudadanía Canadá \(página en inglés\)\. Información revisada el 28 de noviembre de 2026$/);
    });
  });

  for (const lang of allLocales) {
    it(`shows every section in ${lang} in one outline: its own headings, then each section's, one level below`, async () => {
      const guide = await guideFixture(html`<trp-guide lang=${lang}></trp-guide>`);
      const sections: string[] = [];
      for (const tag of sectionTags) {
        expect(child(guide, tag).getAttribute('lang'), tag).to.equal(lang);
        const section = await fixture(`<${tag} lang="${lang}" heading-level="3"></${tag}>`);
        await rendered(section);
        sections.push(...outlineOf(section));
      }
      expect(outlineOf(guide)).to.deep.equal([...headingsOf(guide), ...sections]);
    });
  }

  describe('table of contents', () => {
    for (const [index, tag, heading] of [
      [0, 'trp-permit-explainer', 'The temporary resident permit'],
      [1, 'trp-benefits-list', 'What the permit gives you'],
      [2, 'trp-interview-guide', 'Your interview with an immigration officer'],
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
        expectSame(document.activeElement, guide, 'the focused element of the page');
        expectSame(guide.shadowRoot!.activeElement, section, 'the focused element of the guide');
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
      const spanish = await guideFixture(html`<trp-guide lang="es"></trp-guide>`);
      expect(tocLinks(spanish)[3].textContent!.trim()).to.equal('Después de la decisión');
    });

    it('moves focus to the heading of a section in Spanish', async () => {
      const guide = await guideFixture(html`<trp-guide lang="es"></trp-guide>`);
      tocLinks(guide)[5].click();
      const section = child(guide, 'trp-contact-card');
      expectSame(guide.shadowRoot!.activeElement, section, 'the focused element of the guide');
      expect(section.shadowRoot!.activeElement!.textContent!.trim()).to.equal('A quién llamar');
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
      expect(outlineOf(guide).filter((h) => h.startsWith('h3'))).to.deep.equal([
        'h3 Besoin d’aide maintenant?',
        'h3 Sur cette page',
        'h3 Le permis de séjour temporaire',
        'h3 Ce que le permis vous donne',
        'h3 Votre entrevue avec un agent d’immigration',
        'h3 Après la décision',
        'h3 Rester au Canada de façon permanente',
        'h3 Qui appeler',
      ]);
      expect(textOf(guide)).to.include('vérifié le 28 novembre 2026');
    });

    it('switches every section to Spanish and back when the guide’s lang changes', async () => {
      const guide = await guideFixture(html`<trp-guide lang="fr"></trp-guide>`);
      guide.setAttribute('lang', 'es');
      await rendered(guide);
      expect(outlineOf(guide).filter((h) => h.startsWith('h3'))).to.deep.equal([
        'h3 ¿Necesita ayuda ahora?',
        'h3 En esta página',
        'h3 El permiso de residente temporal',
        'h3 Lo que le da el permiso',
        'h3 Su entrevista con un oficial de inmigración',
        'h3 Después de la decisión',
        'h3 Quedarse en Canadá de forma permanente',
        'h3 A quién llamar',
      ]);
      for (const tag of sectionTags) expect(child(guide, tag).getAttribute('lang')).to.equal('es');
      expect(textOf(guide)).to.include('revisada el 28 de noviembre de 2026');
      guide.setAttribute('lang', 'en');
      await rendered(guide);
      expect(outlineOf(guide)).to.deep.equal(englishOutline);
      expect(hostsWithin(guide).map(textOf).join(' ')).not.to.include('no es oficial');
    });

    it('is Spanish on a page in Mexican Spanish (es-MX)', async () => {
      document.documentElement.setAttribute('lang', 'es-MX');
      const guide = await guideFixture(html`<trp-guide></trp-guide>`);
      expect(headingsOf(guide)[0]).to.equal('h2 Permiso de residente temporal para víctimas de trata de personas');
      expect(outlineOf(guide)).to.include('h3 Después de la decisión');
    });

    it('switches every section when the page’s lang changes', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const guide = await guideFixture(html`<trp-guide></trp-guide>`);
      expect(outlineOf(guide)).to.include('h3 After the decision');
      document.documentElement.setAttribute('lang', 'fr-CA');
      await settle(guide);
      await rendered(guide);
      expect(headingsOf(guide)[2]).to.equal('h3 Sur cette page');
      expect(outlineOf(guide)).to.include.members([
        'h3 Le permis de séjour temporaire',
        'h3 Ce que le permis vous donne',
        'h3 Votre entrevue avec un agent d’immigration',
        'h3 Après la décision',
        'h3 Rester au Canada de façon permanente',
        'h3 Qui appeler',
      ]);
    });
  });

  describe('the reader’s language menu, with Spanish', () => {
    const buttons = (guide: TrpGuide) => [...guide.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="language"]')];
    const menu = (guide: TrpGuide) =>
      buttons(guide).map((b) => `${b.textContent!.trim()} ${b.lang} ${b.getAttribute('aria-current')}`);

    it('names each language in itself, marks Spanish as the current one, and is labelled in Spanish', async () => {
      const guide = await guideFixture(html`<trp-guide lang="es-MX" languages="en fr es"></trp-guide>`);
      expect(menu(guide)).to.deep.equal(['English en false', 'Français fr false', 'Español es true']);
      expect(guide.shadowRoot!.querySelector('[part="languages"]')!.getAttribute('aria-label')).to.equal('Idioma');
    });

    it('names Tagalog "Tagalog" and Punjabi "ਪੰਜਾਬੀ", each in its own lang, and is labelled in the guide’s language', async () => {
      const guide = await guideFixture(html`<trp-guide lang="pa-IN" languages="en fr es tl fil pa pa-Arab"></trp-guide>`);
      expect(menu(guide)).to.deep.equal(['English en false', 'Français fr false', 'Español es false', 'Tagalog tl false', 'ਪੰਜਾਬੀ pa true']);
      guide.setAttribute('lang', 'fil-PH');
      await rendered(guide);
      expect(menu(guide)).to.deep.equal(['English en false', 'Français fr false', 'Español es false', 'Tagalog tl true', 'ਪੰਜਾਬੀ pa false']);
    });

    it('switches the whole guide from Spanish to English and back, keeping focus on the menu', async () => {
      const guide = await guideFixture(html`<trp-guide lang="es" languages="en fr es"></trp-guide>`);
      const [english, , spanish] = buttons(guide);
      english.focus();
      english.click();
      await rendered(guide);
      expect(guide.getAttribute('lang')).to.equal('en');
      expect(outlineOf(guide)).to.deep.equal(englishOutline);
      expect(hostsWithin(guide).map(textOf).join(' ')).not.to.include('no es oficial');
      expect(menu(guide)).to.deep.equal(['English en true', 'Français fr false', 'Español es false']);
      expect(guide.shadowRoot!.activeElement?.textContent?.trim()).to.equal('English');
      spanish.focus();
      spanish.click();
      await rendered(guide);
      expect(headingsOf(guide)[0]).to.equal('h2 Permiso de residente temporal para víctimas de trata de personas');
      for (const tag of sectionTags) expect(child(guide, tag).getAttribute('lang')).to.equal('es');
      expect(guide.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Español');
      expect(guide.shadowRoot!.querySelector('[part="languages"]')!.getAttribute('aria-label')).to.equal('Idioma');
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
        {text: '613-555-0100', href: 'tel:+16135550100'},
        {text: 'help@example.org', href: 'mailto:help@example.org'},
        {text: 'example.org/help', href: 'https://example.org/help'},
      ]);
      expect(textOf(card)).to.include('Hours Monday to Friday');
      expect(textOf(card)).to.include('Address 12 Main Street');
      guide.setAttribute('org-name', 'Other Org');
      await rendered(guide);
      expect(headingsOf(card)).to.include('h4 Other Org');
    });

    it('gives the province to the benefits section, and follows changes', async () => {
      const guide = await guideFixture(html`<trp-guide lang="fr" province="bc"></trp-guide>`);
      const benefits = child(guide, 'trp-benefits-list');
      expect(textOf(benefits)).to.include('En Colombie-Britannique, vous pourriez recevoir l’aide au revenu.');
      expect(textOf(benefits)).not.to.include('Dans certaines provinces et certains territoires');
      guide.setAttribute('province', 'ON');
      await rendered(guide);
      expect(textOf(benefits)).to.include(
        'Vérifiez auprès du gouvernement de l’Ontario si vous pouvez recevoir l’aide au revenu.'
      );
      expect(textOf(benefits)).not.to.include('En Colombie-Britannique');
      guide.removeAttribute('province');
      await rendered(guide);
      expect(benefits.hasAttribute('province')).to.equal(false);
      expect(textOf(benefits)).to.include('Dans certaines provinces et certains territoires');
    });

    it('gives the province to the benefits section in Spanish', async () => {
      const guide = await guideFixture(html`<trp-guide lang="es" province="ab"></trp-guide>`);
      const benefits = child(guide, 'trp-benefits-list');
      expect(textOf(benefits)).to.include('En Alberta, usted podría recibir esta ayuda.');
      expect(textOf(benefits)).not.to.include('En algunas provincias y territorios');
    });

    it('gives your organisation’s contact to the contact section, labelled in Spanish', async () => {
      const guide = await guideFixture(html`<trp-guide lang="es" org-name="Casa Refugio" phone="613-555-0100"></trp-guide>`);
      const card = child(guide, 'trp-contact-card');
      expect(headingsOf(card)).to.include('h4 Casa Refugio');
      expect(textOf(card)).to.include('Teléfono 613-555-0100');
    });
  });
});
