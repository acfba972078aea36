import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
// Every language, registered as its module does. The browser bundle fetches each from
// dist/locales/<code>.js, beside itself; these source modules have no such file beside them.
import '../src/generated/languages/all.js';
import type {TrpContactCard} from '../src/contact-card.js';
import {expectSame, headingsOf, linksOf, textOf} from './support/helpers.js';
import {engine} from './support/commands.js';

describe('<trp-contact-card>', () => {
  describe('in English', () => {
    let card: TrpContactCard;
    beforeEach(async () => {
      card = await fixture(html`<trp-contact-card lang="en"></trp-contact-card>`);
    });

    it('gives the hotline number as a phone link', () => {
      expect(linksOf(card)).to.deep.include({text: '1-833-900-1010', href: 'tel:+18339001010'});
    });

    it('says what the hotline is: open all the time, a free call, confidential, the police only if you want, interpreters, TTY, local help', () => {
      const hotline = textOf(card.shadowRoot!.querySelector('[part="hotline"]')!);
      expect(hotline).to.equal(
        'Canadian Human Trafficking Hotline 1-833-900-1010 Open 24 hours a day, 7 days a week. The call is free. ' +
          'Confidential: it does not share anything about you without your permission, unless the law requires it. ' +
          'It is not part of the police or the government. It puts you in touch with the police only if you want. ' +
          'Calls are answered in English or French. You can ask for an interpreter in more than 200 languages. ' +
          'TTY available for people who are deaf or hard of hearing. ' +
          'It can connect you with local help: a shelter, social and legal support, emergency services.'
      );
    });

    it('tells you to call 911 in an emergency', () => {
      expect(textOf(card)).to.include('In an emergency Call 911');
      expect(linksOf(card)).to.deep.include({text: '911', href: 'tel:911'});
    });

    it("gives IRCC's client support number, from within Canada", () => {
      expect(linksOf(card)).to.deep.include({text: '1-888-242-2100', href: 'tel:+18882422100'});
      expect(textOf(card)).to.include(
        'Immigration, Refugees and Citizenship Canada (IRCC) is the Government of Canada department for immigration. Call the IRCC client support centre: 1-888-242-2100'
      );
      expect(textOf(card)).to.include('only from within Canada');
      expect(textOf(card)).to.include('You can also contact a local IRCC office.');
      expect(textOf(card)).not.to.include('go to a local IRCC office');
    });

    it('has a main heading and one heading per section, one level below', () => {
      expect(headingsOf(card)).to.deep.equal([
        'h2 Who to call',
        'h3 Canadian Human Trafficking Hotline',
        'h3 In an emergency',
        'h3 Questions about your immigration file',
      ]);
    });
  });

  describe('in French', () => {
    let card: TrpContactCard;
    beforeEach(async () => {
      card = await fixture(html`<trp-contact-card lang="fr"></trp-contact-card>`);
    });

    it('gives the hotline in French, with the same number', () => {
      const text = textOf(card);
      expect(text).to.include('Ligne d’urgence canadienne contre la traite des personnes');
      expect(text).to.include(
        'Ouverte jour et nuit, 7 jours sur 7. L’appel est gratuit. ' +
          'Confidentielle : elle ne dit rien sur vous sans votre permission, sauf si la loi l’exige. ' +
          'Elle n’est ni la police ni le gouvernement. Elle vous met en contact avec la police seulement si vous le voulez. ' +
          'On vous répond en anglais ou en français. Vous pouvez demander un interprète dans plus de 200 langues. ' +
          'ATS offert aux personnes sourdes ou malentendantes. ' +
          'Elle peut vous mettre en contact avec des services locaux : refuge, soutien social et juridique, services d’urgence.'
      );
      expect(linksOf(card)).to.deep.include({text: '1-833-900-1010', href: 'tel:+18339001010'});
    });

    it('tells you to call 911 and gives the IRCC number in French', () => {
      expect(textOf(card)).to.include('En cas d’urgence Composez le 911');
      expect(textOf(card)).to.include(
        'Immigration, Réfugiés et Citoyenneté Canada (IRCC) est le ministère de l’immigration du Canada. ' +
          'Appelez le centre de soutien à la clientèle d’IRCC : 1-888-242-2100'
      );
      expect(linksOf(card)).to.deep.include({text: '1-888-242-2100', href: 'tel:+18882422100'});
      expect(textOf(card)).to.include(
        'Ce numéro fonctionne seulement au Canada. Vous pouvez aussi joindre un bureau local d’IRCC.'
      );
    });

    it('has French headings', () => {
      expect(headingsOf(card)).to.deep.equal([
        'h2 Qui appeler',
        'h3 Ligne d’urgence canadienne contre la traite des personnes',
        'h3 En cas d’urgence',
        'h3 Questions sur votre dossier d’immigration',
      ]);
    });

    it('dates its source in French and links the French official page', () => {
      expect(textOf(card)).to.include('vérifié le 28 novembre 2026');
      const source = linksOf(card).find((l) => l.text === 'Immigration, Réfugiés et Citoyenneté Canada');
      expect(source?.href).to.match(/^https:\/\/www\.canada\.ca\/fr\/immigration-refugies-citoyennete\/.*protection-aide-victimes-trafic-personnes\.html$/);
    });

    it('leaves no English text in the French card', () => {
      const text = textOf(card);
      for (const english of ['Who to call', 'Hotline', 'emergency', 'Call ', 'Source:', 'checked']) {
        expect(text).not.to.include(english);
      }
    });
  });

  describe('in Spanish', () => {
    let card: TrpContactCard;
    beforeEach(async () => {
      card = await fixture(html`<trp-contact-card lang="es"></trp-contact-card>`);
    });

    it('gives the hotline in Spanish, with its English name, the same number, and how to ask for an interpreter in Spanish', () => {
      const hotline = textOf(card.shadowRoot!.querySelector('[part="hotline"]')!);
      expect(hotline).to.equal(
        'Línea Directa Canadiense contra la Trata de Personas (Canadian Human Trafficking Hotline) 1-833-900-1010 ' +
          'Atiende las 24 horas, todos los días. La llamada es gratis. ' +
          'Confidencial: no comparte nada sobre usted sin su permiso, salvo que la ley lo exija. ' +
          'No es parte de la policía ni del gobierno. Solo le pone en contacto con la policía si usted quiere. ' +
          'Le contestan en inglés o en francés. Puede pedir un intérprete en más de 200 idiomas. ' +
          'Para pedir un intérprete, diga «Spanish» o «español». ' +
          'Hay TTY (teléfono de texto) para personas sordas o que no oyen bien. ' +
          'Puede ponerle en contacto con servicios locales: refugio, apoyo social y legal, emergencias.'
      );
      expect(linksOf(card)).to.deep.include({text: '1-833-900-1010', href: 'tel:+18339001010'});
    });

    it('tells you to call 911 and gives the IRCC number in Spanish', () => {
      expect(textOf(card)).to.include('En una emergencia Llame al 911');
      expect(linksOf(card)).to.deep.include({text: '911', href: 'tel:911'});
      expect(textOf(card)).to.include(
        'Inmigración, Refugiados y Ciudadanía Canadá (IRCC) es la oficina de inmigración del Gobierno de Canadá. Llame al centro de atención a clientes de IRCC: 1-888-242-2100'
      );
      expect(linksOf(card)).to.deep.include({text: '1-888-242-2100', href: 'tel:+18882422100'});
      expect(textOf(card)).to.include(
        'Solo funciona desde Canadá. También puede contactar a una oficina local de IRCC.'
      );
    });

    it('has Spanish headings', () => {
      expect(headingsOf(card)).to.deep.equal([
        'h2 A quién llamar',
        'h3 Línea Directa Canadiense contra la Trata de Personas (Canadian Human Trafficking Hotline)',
        'h3 En una emergencia',
        'h3 Preguntas sobre su trámite de inmigración',
      ]);
    });

    it('leaves no English text in the Spanish card, but the hotline’s own name', () => {
      const text = textOf(card).replace('(Canadian Human Trafficking Hotline)', '').replace('«Spanish»', '');
      for (const english of ['Who to call', 'Hotline', 'emergency', 'Call ', 'Source:', 'checked', 'Open 24', 'languages']) {
        expect(text).not.to.include(english);
      }
    });
  });

  describe("the embedding organisation's contact", () => {
    it('shows the name as a heading and each detail with its label', async () => {
      const card = await fixture<TrpContactCard>(html`<trp-contact-card
        lang="en"
        org-name="Safe Harbour Services"
        phone="+1 (613) 555-0100"
        email="help@example.org"
        url="https://example.org/help"
        hours="Monday to Friday, 9 to 5"
        address=${'12 Main Street\nOttawa ON'}
      ></trp-contact-card>`);
      expect(headingsOf(card)).to.include('h3 Safe Harbour Services');
      const links = linksOf(card);
      expect(links).to.deep.include({text: '+1 (613) 555-0100', href: 'tel:+16135550100'});
      expect(links).to.deep.include({text: 'help@example.org', href: 'mailto:help@example.org'});
      expect(links).to.deep.include({text: 'https://example.org/help', href: 'https://example.org/help'});
      const text = textOf(card);
      expect(text).to.include('Phone +1 (613) 555-0100');
      expect(text).to.include('Hours Monday to Friday, 9 to 5');
      expect(text).to.include('Address 12 Main Street Ottawa ON');
    });

    it('dials a North American number with its country code, +1, as the hotline\'s, so that it works from a phone roaming abroad', async () => {
      const hrefOf = async (phone: string) => {
        const card = await fixture<TrpContactCard>(html`<trp-contact-card lang="en" phone=${phone}></trp-contact-card>`);
        const link = card.shadowRoot!.querySelector('[part="organization"] a[href^="tel:"]');
        return link ? [link.textContent!.trim(), link.getAttribute('href')] : [textOf(card).includes(`Phone ${phone.trim()}`), null];
      };
      const expected: [string, unknown[]][] = [
        // 10 digits, or 11 starting with 1: the country code added.
        ['613-555-0100', ['613-555-0100', 'tel:+16135550100']],
        ['(613) 555-0100', ['(613) 555-0100', 'tel:+16135550100']],
        ['613.555.0100', ['613.555.0100', 'tel:+16135550100']],
        ['6135550100', ['6135550100', 'tel:+16135550100']],
        ['1-613-555-0100', ['1-613-555-0100', 'tel:+16135550100']],
        ['1 800 555 0199', ['1 800 555 0199', 'tel:+18005550199']],
        // Written with +: its own country code, as written.
        ['+1 (613) 555-0100', ['+1 (613) 555-0100', 'tel:+16135550100']],
        ['+44 20 7946 0000', ['+44 20 7946 0000', 'tel:+442079460000']],
        ['+33 1 23 45 67 89', ['+33 1 23 45 67 89', 'tel:+33123456789']],
        // Not a North American number (an area code or exchange cannot start with 0 or 1; 10 digits
        // from a country that writes its numbers with a leading 0): as written.
        ['01 23 45 67 89', ['01 23 45 67 89', 'tel:0123456789']],
        ['123-555-0100', ['123-555-0100', 'tel:1235550100']],
        ['613-155-0100', ['613-155-0100', 'tel:6131550100']],
        ['2-613-555-0100', ['2-613-555-0100', 'tel:26135550100']],
        ['211', ['211', 'tel:211']],
        // Not a phone number: text, no link.
        ['javascript:alert(1)', [true, null]],
        ['613-555-0100<img src=x onerror=alert(1)>', [true, null]],
        ['tel:6135550100', [true, null]],
        ['613-555-0100 ext. 12', [true, null]],
      ];
      for (const [phone, result] of expected) expect(await hrefOf(phone), phone).to.deep.equal(result);
    });

    it('shows a two-line address on two lines', async () => {
      const card = await fixture<TrpContactCard>(
        html`<trp-contact-card lang="en" style="inline-size: 40rem" address=${'12 Main Street\nOttawa ON'}></trp-contact-card>`
      );
      const label = [...card.shadowRoot!.querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === 'Address')!;
      const address = label.nextElementSibling as HTMLElement;
      // WebKit's innerText gives a space for the line break it shows (see the line boxes below).
      expect(engine === 'webkit' ? address.textContent : address.innerText).to.equal('12 Main Street\nOttawa ON');
      // Two line boxes, one above the other, though both lines would fit on one.
      const range = document.createRange();
      range.selectNodeContents(address);
      const lineTops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      expect(lineTops.size).to.equal(2);
    });

    it('labels the details in French', async () => {
      const card = await fixture<TrpContactCard>(
        html`<trp-contact-card lang="fr" phone="613-555-0100" email="aide@example.org" hours="Lundi au vendredi"></trp-contact-card>`
      );
      expect(headingsOf(card)).to.include('h3 Soutien local');
      expect(textOf(card)).to.include('Téléphone 613-555-0100');
      expect(textOf(card)).to.include('Courriel aide@example.org');
      expect(textOf(card)).to.include('Heures Lundi au vendredi');
    });

    it('labels the details in Spanish', async () => {
      const card = await fixture<TrpContactCard>(html`<trp-contact-card
        lang="es"
        phone="613-555-0100"
        email="ayuda@example.org"
        url="example.org/ayuda"
        hours="Lunes a viernes"
        address="12 Main Street"
      ></trp-contact-card>`);
      expect(headingsOf(card)).to.include('h3 Apoyo local');
      const text = textOf(card);
      expect(text).to.include('Teléfono 613-555-0100');
      expect(text).to.include('Correo electrónico ayuda@example.org');
      expect(text).to.include('Sitio web example.org/ayuda');
      expect(text).to.include('Horario Lunes a viernes');
      expect(text).to.include('Dirección 12 Main Street');
    });

    it('takes a web address without a scheme as https', async () => {
      const card = await fixture<TrpContactCard>(html`<trp-contact-card url="example.org/aide"></trp-contact-card>`);
      expect(linksOf(card)).to.deep.include({text: 'example.org/aide', href: 'https://example.org/aide'});
    });

    it('shows no organisation section when none of its attributes is set', async () => {
      const card = await fixture<TrpContactCard>(html`<trp-contact-card></trp-contact-card>`);
      expectSame(card.shadowRoot!.querySelector('[part="organization"]'), null, 'the organisation section');
    });
  });

  describe('with hostile attribute values', () => {
    it('never makes a javascript: or data: link, and shows markup as text', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      const card = await fixture<TrpContactCard>(html`<trp-contact-card
        org-name="<img src=x onerror=alert(1)><b>Org</b>"
        phone="javascript:alert(1)"
        email="<script>alert(1)</script>@x.org"
        url="javascript:alert(document.cookie)"
        hours="<a href='javascript:alert(1)'>click</a>"
        address="data:text/html,<script>alert(1)</script>"
      ></trp-contact-card>`);
      window.removeEventListener('error', onError);
      const root = card.shadowRoot!;
      expect(errors).to.deep.equal([]);
      for (const link of linksOf(card)) {
        expect(link.href).to.match(/^(tel:|mailto:|https?:)/);
      }
      expectSame(root.querySelector('img, b, script'), null, 'markup from an attribute');
      expect(headingsOf(card)).to.include('h3 <img src=x onerror=alert(1)><b>Org</b>');
      expect(textOf(card)).to.include('Phone javascript:alert(1)');
      expect(textOf(card)).not.to.include('alert(document.cookie)');
      expect(textOf(card)).to.include("<a href='javascript:alert(1)'>click</a>");
      expect(linksOf(card)).to.deep.include({text: '1-833-900-1010', href: 'tel:+18339001010'});
    });

    it('drops javascript:, data: and malformed addresses, with a host or without', async () => {
      // With a host, only the scheme check can reject them.
      const hosted = ['javascript://example.org/%0Aalert(1)', 'data://x.org/,hi'];
      const values = {
        url: [...hosted, 'data:text/html,hi', 'http://', 'https://exa mple.org', 'ftp://example.org', '//evil.example'],
        email: hosted,
        phone: hosted,
      };
      for (const [name, list] of Object.entries(values)) {
        for (const value of list) {
          const card = await fixture<TrpContactCard>(html`<trp-contact-card org-name="Org"></trp-contact-card>`);
          card.setAttribute(name, value);
          await card.updateComplete;
          const hrefs = linksOf(card).map((l) => l.href);
          expect(hrefs, `${name}="${value}"`).not.to.include(value);
          for (const href of hrefs) expect(href, `${name}="${value}"`).to.match(/^(tel:|mailto:|https?:)/);
        }
      }
    });

    it('keeps very long and right-to-left names readable as text', async () => {
      const long = 'Organisation '.repeat(200);
      const card = await fixture<TrpContactCard>(
        html`<trp-contact-card org-name=${'منظمة الأمان ‮evil'} hours=${long}></trp-contact-card>`
      );
      expect(headingsOf(card)[4]).to.equal('h3 منظمة الأمان ‮evil');
      expect(textOf(card)).to.include(long.trim());
    });
  });
});
