import {expect} from '@open-wc/testing';
import {setViewport} from './support/commands.js';
import '../src/index.js';
import '../src/generated/languages/all.js';
import {templates as french} from '../src/generated/locales/fr.js';
import {firstPermitRuleChanged, formatDate, reviewedOn} from '../src/facts.js';
import {languageName} from '../src/localization.js';
import {elementsWithin, hostsWithin, linksOf, organization, publicTags, textOf} from './support/helpers.js';
import {overflows, place} from './support/layout.js';
import {lengthen, pseudoTemplate, pseudoWritings, registerPseudoLocales, rightToLeft, sourceMessages, type PseudoWriting, type SourceMessage} from './support/pseudo-locales.js';

/**
 * Longer languages and languages written right to left, before any is translated: every element
 * in the pseudo-locales `qaa` (40% longer, accented) and `qab` (right to left), on a phone 320 px
 * wide and on a 1280 px screen, fits its box: nothing scrolls sideways and no text is cut.
 */

/** The text of the message's text parts, without its placeholders. */
const textOfMessage = (message: SourceMessage) => message.parts.filter((part) => typeof part === 'string').join('');

/** A message's template written out with its values' indices, to compare with the source's placeholders. */
function templateText(template: unknown): string {
  if (typeof template === 'string') return template;
  const {strings, values} = template as {strings: readonly string[]; values: readonly number[]};
  return strings.reduce((text, string, i) => text + (i ? `\${${values[i - 1]}}` : '') + string, '');
}

/** The placeholders of a message, each `${expression}` numbered in order as lit-localize does. */
function placeholdersOf(message: SourceMessage): string[] {
  let index = 0;
  return message.parts
    .filter((part) => typeof part !== 'string')
    .map((part) => part.placeholder.replace(/\$\{[^}]*\}/g, () => `\${${index++}}`));
}

/** The text a pseudo-locale writes for `message`: its template without the placeholders. */
function writtenText(message: SourceMessage, writing: PseudoWriting): string {
  let text = templateText(pseudoTemplate(message, writing));
  for (const placeholder of placeholdersOf(message)) text = text.replace(placeholder, '');
  return message.kind === 'html' ? text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : text;
}

describe('the pseudo-locales, for tests only', () => {
  let messages: SourceMessage[];
  before(async () => {
    messages = await sourceMessages();
  });

  it('write every message of the widgets, from its English source, in the form lit-localize gives it', () => {
    expect(messages.map((message) => message.id).sort()).to.deep.equal(Object.keys(french).sort());
    const kinds = new Set(messages.map((message) => message.kind));
    expect([...kinds].sort()).to.deep.equal(['html', 'str', 'string']);
    for (const message of messages) {
      for (const writing of Object.values(pseudoWritings)) {
        const template = pseudoTemplate(message, writing);
        const source = french[message.id as keyof typeof french] as unknown;
        expect(typeof template, message.id).to.equal(typeof source);
        if (message.kind === 'html') {
          expect(Object.hasOwn((template as {strings: object}).strings, 'raw'), message.id).to.equal(true);
        }
      }
    }
  });

  it('keep every placeholder and the markup of each message, in order', () => {
    for (const message of messages) {
      for (const writing of Object.values(pseudoWritings)) {
        let rest = templateText(pseudoTemplate(message, writing));
        for (const placeholder of placeholdersOf(message)) {
          const at = rest.indexOf(placeholder);
          expect(at, `${message.id}: ${placeholder}`).to.be.at.least(0);
          rest = rest.slice(at + placeholder.length);
        }
      }
    }
  });

  it('make qaa about 40% longer than English, every letter accented', () => {
    let english = 0;
    let longer = 0;
    for (const message of messages) {
      const text = textOfMessage(message);
      const written = writtenText(message, pseudoWritings.qaa);
      english += text.length;
      longer += written.length;
      if (text.length >= 20) expect(written.length / text.length, text).to.be.within(1.3, 1.5);
      expect(written, message.id).not.to.match(/[A-Za-z]/);
    }
    expect(longer / english).to.be.within(1.35, 1.5);
    expect(lengthen('Who to call')).to.equal('Ŵĥöö ţöö çåååļļ');
  });

  it('write qab in the letters of a right-to-left script', () => {
    expect(rightToLeft('Who to call')).to.equal('שחו תו כאלל');
    for (const message of messages) {
      const written = writtenText(message, pseudoWritings.qab);
      expect(written, message.id).not.to.match(/[A-Za-z]/);
      expect(written.length, message.id).to.equal(textOfMessage(message).length);
    }
  });
});

/** Text that is not ours to translate: what the embedder passed, and the dates `Intl` formats. */
function withoutData(text: string, lang: string): string {
  // The language's English name too: the word to say to the hotline for an interpreter, from code.
  const englishName = languageName(lang, 'en');
  const data = [...Object.values(organization), formatDate(reviewedOn, lang), formatDate(firstPermitRuleChanged, lang), englishName];
  return data.reduce((rest, value) => rest.split(value.replace(/\s+/g, ' ')).join(' '), text);
}

for (const lang of ['qaa', 'qab']) {
  describe(`every element in ${lang}`, () => {
    const margin = document.body.style.margin;
    before(async () => {
      await registerPseudoLocales();
      // The element across the whole window, as in a phone's page.
      document.body.style.margin = '0';
    });
    after(async () => {
      document.body.style.margin = margin;
      await setViewport({width: 800, height: 600});
    });

    for (const tag of publicTags) {
      // Spanish has the same markup: it is not official either, so it shows the same notice.
      it(`shows <${tag}> all in ${lang}, with the same links and markup as in Spanish`, async () => {
        const spanish = await place(tag, 'es');
        const element = await place(tag, lang);
        const structure = (host: Element) => hostsWithin(host).flatMap((inner) => elementsWithin(inner.shadowRoot!).map((e) => e.localName));
        expect(structure(element)).to.deep.equal(structure(spanish));
        const links = (host: Element) => hostsWithin(host).flatMap((inner) => linksOf(inner).map((link) => link.href));
        expect(links(element)).to.deep.equal(links(spanish));
        for (const host of hostsWithin(element)) {
          expect(withoutData(textOf(host), lang), host.localName).not.to.match(/[A-Za-z]{2,}/);
        }
      });

      for (const width of [320, 1280]) {
        it(`fits <${tag}> in ${lang} into ${width} px: nothing scrolls sideways, no text is cut`, async () => {
          await setViewport({width, height: 800});
          const element = await place(tag, lang);
          expect(element.getBoundingClientRect().width).to.equal(width);
          expect(overflows(element)).to.deep.equal([]);
        });
      }
    }
  });
}
