/**
 * The placeholders in the real editors, CKEditor 5 and TinyMCE from the npm registry: the settings
 * docs/editors.md gives (read from that page, as a reader copies them) keep every element's
 * placeholder through load, edit and save, hostile values included, and without them the editor
 * removes it; the insert buttons (dist/editors/, as shipped) insert what the snippet builder writes;
 * and what the editor saved, on a partner's page with the bundle under the strict policy, becomes the
 * element.
 */
import {expect} from '@open-wc/testing';
import {ClassicEditor, Essentials, GeneralHtmlSupport, Link, Paragraph, type ButtonView, type EditorConfig, type Plugin} from 'ckeditor5';
import type {Editor as TinyEditor, TinyMCE} from 'tinymce';
import {choiceOf, placeholderSnippet} from '../src/editors/placeholder.js';
import {editorElements, wordsFor} from '../src/editors/form.js';
import {renderedHrefs, settleAll, waitFor, type LitLike} from './support/host-pages.js';
import {setViewport} from './support/commands.js';
import {
  asRead, attributesOf, builderElements, closesTag, documented, documentedConfig, expectFrenchGuideOnPage, expectInert, expectKept, guideChoice,
  expectWholeLabelsOnPhone, guidePlaceholder, hostileText, loadTinyMCE, markupOf, onPartnerPage, parsed, placeholders, removeWhatEditorsStore, tinyDialog, withoutFiller,
} from './support/editors.js';

const languages = ['en', 'fr', 'es', 'tl', 'pa'];

/** Requests to another origin, and any fetch, XHR or beacon, while `run` runs: an editor's telemetry. */
async function requestsDuring(run: () => Promise<void>): Promise<string[]> {
  const made: string[] = [];
  const {fetch: originalFetch} = window;
  const originalOpen = XMLHttpRequest.prototype.open;
  const originalBeacon = navigator.sendBeacon;
  const before = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
  window.fetch = (input, init) => {
    made.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
    return originalFetch(input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    made.push(`xhr ${String(url)}`);
    return (originalOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof originalOpen;
  navigator.sendBeacon = (url, data) => (made.push(`beacon ${String(url)}`), originalBeacon.call(navigator, url, data));
  try {
    await run();
  } finally {
    window.fetch = originalFetch;
    XMLHttpRequest.prototype.open = originalOpen;
    navigator.sendBeacon = originalBeacon;
  }
  const elsewhere = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => !before.has(url) && new URL(url).origin !== location.origin);
  return [...made, ...elsewhere];
}

removeWhatEditorsStore();

describe('the insert buttons offer what the snippet builder offers', () => {
  it('every element, with every attribute, as custom-elements.json lists them', async () => {
    expect(editorElements).to.deep.equal(await builderElements());
  });

  it('the placeholder the buttons insert keeps hostile values as attribute text', async () => {
    const {placeholderFor} = await import('../src/editors/form.js');
    const values = {'org-name': hostileText[0], phone: hostileText[3], address: hostileText[1], hours: hostileText[2], url: 'javascript:alert(1)', lang: 'fr'};
    const html = placeholderFor('trp-contact-card', values);
    const doc = parsed(html);
    expect(doc.body.children.length, html).to.equal(1);
    expect(attributesOf(doc.body.firstElementChild!)).to.deep.equal({
      'data-trp': 'contact-card', 'data-lang': 'fr', 'data-org-name': values['org-name'], 'data-phone': values.phone,
      'data-url': values.url, 'data-hours': values.hours, 'data-address': values.address,
    });
    expectInert(html);
  });

  it('the quick exit’s plain link leaves for where the element does', async () => {
    // On a partner's page: the bundle here would upgrade the editors' own placeholders.
    const page = await onPartnerPage('');
    const {defaultExitHref} = await import('../src/links.js');
    expect((page.doc.createElement('trp-quick-exit') as HTMLElement & {destination: string}).destination).to.equal(defaultExitHref);
    page.frame.remove();
  });

  it('a language menu keeps the languages as the elements read them: fil is Tagalog, pa-Arab none of them', async () => {
    const {menuLanguages} = await import('../src/editors/placeholder.js');
    expect(menuLanguages('en fil-PH, ES pa-Arab pa-IN de', ['en', 'fr', 'es', 'tl', 'pa'])).to.deep.equal({kept: ['en', 'tl', 'es', 'pa'], leftOut: ['pa-Arab', 'de']});
  });

  it('a quick exit’s plain link, before the script, goes to a web address only, as the element leaves for', async () => {
    const {placeholderFor} = await import('../src/editors/form.js');
    const {defaultExitHref} = await import('../src/links.js');
    const links = (href: string) =>
      [...parsed(placeholderFor('trp-quick-exit', {href, lang: 'fr'})).querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links('https://weather.example/')).to.deep.equal([['https://weather.example/', 'Quitter cette page']]);
    expect(links('javascript:alert(1)')).to.deep.equal([[defaultExitHref, 'Quitter cette page']]);
  });

  it('the settings in docs/editors.md allow exactly the placeholders’ attributes, for CKEditor, Drupal and TinyMCE alike', async () => {
    const names = ['data-trp', ...new Set((await builderElements()).flatMap((e) => e.attributes.map((a) => `data-${a.name}`)))];
    const {htmlSupport} = (await documentedConfig('ckeditor5-config')) as {htmlSupport: {allow: Array<{name: string; attributes: Record<string, boolean>}>}};
    expect(htmlSupport.allow).to.have.length(1);
    expect(htmlSupport.allow[0].name).to.equal('div');
    expect(Object.keys(htmlSupport.allow[0].attributes).sort()).to.deep.equal([...names].sort());
    expect(Object.values(htmlSupport.allow[0].attributes).every((value) => value === true)).to.equal(true);
    expect(await documented('drupal-tags')).to.equal(`<div ${names.join(' ')}>`);
    const {extended_valid_elements: rule} = await documentedConfig('tinymce-config');
    expect(rule).to.equal(`div[${names.join('|')}]`);
  });
});

describe('CKEditor 5', function () {
  this.timeout(60_000);
  let TrpWidgets: typeof Plugin;
  let french: unknown;
  const editors: ClassicEditor[] = [];

  before(async () => {
    const shipped = '/dist/editors/ckeditor5.js';
    ({TrpWidgets} = (await import(shipped)) as {TrpWidgets: typeof Plugin});
    const translations = '/node_modules/ckeditor5/dist/translations/fr.js';
    french = ((await import(translations)) as {default: unknown}).default;
    // CKEditor's stylesheet, as every page with the editor has it (`import 'ckeditor5/ckeditor5.css'`).
    await new Promise((resolve, reject) => {
      const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: '/node_modules/ckeditor5/dist/browser/ckeditor5.css', onload: resolve, onerror: reject});
      document.head.append(link);
    });
  });

  afterEach(async () => {
    await Promise.all(editors.splice(0).map((editor) => editor.destroy()));
    document.querySelectorAll('.trp-editor').forEach((node) => node.remove());
  });

  async function create(config: EditorConfig): Promise<ClassicEditor> {
    const element = document.createElement('div');
    element.className = 'trp-editor';
    document.body.append(element);
    const editor = await ClassicEditor.create(element, {licenseKey: 'GPL', plugins: [Essentials, Paragraph, Link, GeneralHtmlSupport, TrpWidgets], toolbar: ['link', 'trpWidgets'], ...config});
    editors.push(editor);
    return editor;
  }

  /** Types `text` at the start of the first paragraph, as an editor would. */
  function type(editor: ClassicEditor, text: string): void {
    const first = editor.model.document.getRoot()!.getChild(0)!;
    editor.model.change((writer) => writer.setSelection(first as never, 0));
    editor.execute('insertText', {text});
  }

  it('keeps every element’s placeholder, hostile values included, through load, edit and save, with the rule of docs/editors.md, and asks nothing of the network', async () => {
    const loaded = placeholders(await builderElements());
    const config = await documentedConfig('ckeditor5-config');
    let html = '';
    const requests = await requestsDuring(async () => {
      const editor = await create(config);
      editor.setData(`<p>Before.</p>${loaded.map(({data}) => markupOf(data)).join('')}<p>After.</p>`);
      type(editor, 'Typed. ');
      html = editor.getData();
      editor.setData(html); // saved, then opened again
      expect(editor.getData(), 'the same, opened again').to.equal(html);
    });
    expect(html).to.include('<p>Typed. Before.</p>');
    expectKept(html, loaded);
    expectInert(html);
    expect(requests, 'network requests').to.deep.equal([]);
  });

  it('without the rule, removes the placeholder: the rule is what keeps it', async () => {
    const loaded = placeholders(await builderElements());
    const editor = await create({});
    editor.setData(`<p>Before.</p>${loaded.map(({data}) => markupOf(data)).join('')}`);
    const html = editor.getData();
    expect(parsed(html).querySelectorAll('[data-trp]').length, html).to.equal(0);
  });

  it('with the button’s plugin, saves a page that holds placeholders and no text; without it, CKEditor saves it empty', async () => {
    const config = await documentedConfig('ckeditor5-config');
    const withPlugin = await create(config);
    withPlugin.setData(guidePlaceholder);
    expect(withoutFiller(withPlugin.getData())).to.equal(guidePlaceholder);
    const element = document.createElement('div');
    element.className = 'trp-editor';
    document.body.append(element);
    const withoutPlugin = await ClassicEditor.create(element, {licenseKey: 'GPL', plugins: [Essentials, Paragraph, Link, GeneralHtmlSupport], ...config});
    editors.push(withoutPlugin);
    withoutPlugin.setData(guidePlaceholder);
    expect(withoutPlugin.getData(), 'CKEditor trims a document without text').to.equal('');
    withoutPlugin.setData(`<p>Notre guide :</p>${guidePlaceholder}`);
    expect(withoutFiller(withoutPlugin.getData())).to.equal(`<p>Notre guide :</p>${guidePlaceholder}`);
  });

  /** The toolbar button with `label`; clicking it opens the form. */
  function openForm(editor: ClassicEditor, label: string): HTMLFormElement {
    const button = [...editor.ui.view.toolbar.items].find((item) => (item as ButtonView).label === label) as ButtonView | undefined;
    expect(button, `a toolbar button "${label}"`).to.satisfy(Boolean);
    button!.element!.click();
    const form = document.querySelector<HTMLFormElement>('form.trp-widgets-form');
    expect(form, 'the form').to.satisfy(Boolean);
    return form!;
  }

  function choose(form: HTMLFormElement, values: Record<string, string>): void {
    for (const [name, value] of Object.entries(values)) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
      expect(field, `field ${name}`).to.satisfy(Boolean);
      field.value = value;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', {bubbles: true}));
    }
  }

  function press(label: string): void {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.ck-dialog__actions button')].find((b) => b.textContent?.trim() === label);
    expect(button, `the dialog's button "${label}"`).to.satisfy(Boolean);
    button!.click();
  }

  it('the button, in French, inserts the guide as the snippet builder writes it, and edits it again; the page shows it', async () => {
    const editor = await create({...(await documentedConfig('ckeditor5-config')), language: 'fr', translations: [french as never]});
    editor.setData('<p>Notre guide :</p>');
    const form = openForm(editor, 'Insérer un élément trp-widgets');
    expect(document.querySelector('.ck-dialog')?.textContent).to.include('Information sur le permis');
    const labels = [...form.querySelectorAll('label')].map((label) => label.textContent);
    expect(labels).to.include.members(['Élément', 'Langue', 'Province ou territoire', 'Votre organisme : téléphone']);
    choose(form, guideChoice);
    expect([...(form.elements.namedItem('province') as HTMLSelectElement).options].map((o) => o.text)).to.include('Québec (QC)');
    press('Insérer');

    const builder = (await builderElements()).find((e) => e.tag === 'trp-guide')!;
    const expected = placeholderSnippet(choiceOf('trp-guide', builder.attributes, guideChoice, languages), 'https://www.google.com/');
    expect(expected).to.equal(guidePlaceholder);
    const saved = withoutFiller(editor.getData());
    expect(saved).to.equal(`<p>Notre guide :</p>${guidePlaceholder}`);

    // Again, with the cursor in it: the form filled in, and the placeholder replaced.
    const root = editor.model.document.getRoot()!;
    editor.model.change((writer) => writer.setSelection(root.getChild(1) as never, 'in'));
    const again = openForm(editor, 'Insérer un élément trp-widgets');
    expect((again.elements.namedItem('element') as HTMLSelectElement).value).to.equal('trp-guide');
    expect((again.elements.namedItem('lang') as HTMLSelectElement).value).to.equal('fr');
    expect((again.elements.namedItem('phone') as HTMLInputElement).value).to.equal('613-555-0100');
    choose(again, {'org-name': 'Services Havre sûr'});
    press('Mettre à jour');
    const edited = withoutFiller(editor.getData());
    expect(edited).to.equal('<p>Notre guide :</p><div data-trp="guide" data-lang="fr" data-org-name="Services Havre sûr" data-phone="613-555-0100" data-province="QC"></div>');

    await expectFrenchGuideOnPage(editor.getData());
  });

  it('on a phone, the longest form keeps its buttons in the dialog, and scrolls to its last field', async () => {
    await setViewport({width: 390, height: 800});
    try {
      const editor = await create({...(await documentedConfig('ckeditor5-config')), language: 'fr', translations: [french as never]});
      const form = openForm(editor, 'Insérer un élément trp-widgets');
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      await waitFor(() => box('.ck-dialog').height > 0, 'the dialog');
      const dialog = box('.ck-dialog');
      expect(dialog.bottom, 'the dialog, within the window').to.be.at.most(innerHeight);
      for (const button of document.querySelectorAll('.ck-dialog__actions button')) {
        const {top, bottom} = button.getBoundingClientRect();
        expect([top >= dialog.top, bottom <= dialog.bottom], `${button.textContent}: inside the dialog`).to.deep.equal([true, true]);
      }
      const content = document.querySelector<HTMLElement>('.ck-dialog__content')!;
      content.scrollTop = content.scrollHeight;
      const last = [...form.querySelectorAll('input, select')].at(-1)!.getBoundingClientRect();
      expect(last.bottom, 'the last field, scrolled to, above the buttons').to.be.at.most(box('.ck-dialog__actions').top);
      press('Annuler');
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('speaks English in an English editor', async () => {
    const editor = await create(await documentedConfig('ckeditor5-config'));
    const form = openForm(editor, 'Insert a trp-widgets element');
    expect([...form.querySelectorAll('label')].map((label) => label.textContent)).to.include.members(['Element', 'Language', 'Province or territory']);
    press('Cancel');
    expect(editor.getData()).to.equal('');
  });

  it('what it saved from hostile values, on a partner’s page, upgrades and runs nothing', async () => {
    const loaded = placeholders(await builderElements()).filter(({label}) => label.endsWith('hostile values'));
    const editor = await create(await documentedConfig('ckeditor5-config'));
    editor.setData(loaded.map(({data}) => markupOf(data)).join(''));
    const page = await onPartnerPage(editor.getData());
    const upgraded = [...page.doc.querySelectorAll('#host div[data-trp]')].map((placeholder) => placeholder.firstElementChild as LitLike);
    expect(upgraded.map((element) => element?.localName)).to.deep.equal((await builderElements()).map((e) => e.tag));
    for (const element of upgraded) await settleAll(element);
    expect(upgraded.flatMap((element) => renderedHrefs(element)).filter((href) => !/^(tel:|mailto:|https?:|#)/.test(href))).to.deep.equal([]);
    expect((page.win as unknown as {pwned?: number}).pwned, 'hostile script ran').to.equal(undefined);
    expect(page.doc.querySelectorAll('#host script, #host img').length).to.equal(0);
    page.frame.remove();
  });
});

describe('TinyMCE', function () {
  this.timeout(60_000);
  let tinymce: TinyMCE;
  const editors: TinyEditor[] = [];
  /** A site that wrote its own, narrower list of elements, without <div> (as Joomla's “Prohibited elements” can). */
  const narrowSite = {valid_elements: 'p,a[href],strong/b,em/i,h2,h3,h4,ul,ol,li,br'};

  before(async () => {
    tinymce = await loadTinyMCE('/node_modules/tinymce/tinymce.min.js');
    // French for TinyMCE's own interface, as a site's language pack would give it (the npm package has none).
    tinymce.addI18n('fr', {});
  });

  afterEach(() => {
    for (const editor of editors.splice(0)) editor.remove();
    document.querySelectorAll('.trp-editor, .tox-tinymce-aux').forEach((node) => node.remove());
  });

  async function create(config: Record<string, unknown>): Promise<TinyEditor> {
    const target = document.createElement('textarea');
    target.className = 'trp-editor';
    document.body.append(target);
    const [editor] = await tinymce.init({
      target,
      license_key: 'gpl',
      base_url: '/node_modules/tinymce',
      suffix: '.min',
      external_plugins: {trp: '/dist/editors/tinymce.js'},
      plugins: 'link',
      toolbar: 'link trp',
      menubar: false,
      ...config,
    });
    editors.push(editor);
    return editor;
  }

  function type(editor: TinyEditor, text: string): void {
    editor.selection.setCursorLocation(editor.getBody().firstElementChild!, 0);
    editor.insertContent(text);
  }

  async function roundTrip(config: Record<string, unknown>) {
    const loaded = placeholders(await builderElements());
    const editor = await create(config);
    editor.setContent(`<p>Before.</p>${loaded.map(({data}) => markupOf(data)).join('')}<p>After.</p>`);
    type(editor, 'Typed. ');
    const html = editor.getContent();
    editor.setContent(html);
    expect(editor.getContent(), 'the same, opened again').to.equal(html);
    expect(html).to.include('<p>Typed. Before.</p>');
    return {html, loaded};
  }

  it('as it comes, keeps every element’s placeholder, hostile values unchanged or dropped, through load, edit and save', async () => {
    const {html, loaded} = await roundTrip({});
    expectKept(html, loaded, closesTag);
    expectInert(html);
  });

  it('on a site that leaves out <div>, removes the placeholder; the rule of docs/editors.md keeps it', async () => {
    const without = await create(narrowSite);
    without.setContent(`<p>Before.</p>${markupOf({'data-trp': 'guide', 'data-lang': 'fr'})}`);
    expect(parsed(without.getContent()).querySelectorAll('[data-trp]').length, without.getContent()).to.equal(0);

    const {html, loaded} = await roundTrip({...narrowSite, ...(await documentedConfig('tinymce-config'))});
    expectKept(html, loaded, closesTag);
    expectInert(html);
  });

  const {group, fill, press} = tinyDialog;
  const openForm = tinyDialog.open;

  it('the button, in French, inserts the guide as the snippet builder writes it, and edits it again; the page shows it', async () => {
    const editor = await create({language: 'fr'});
    await tinyDialog.insertFrenchGuide(editor);
    expect(asRead(editor.getContent())).to.equal(asRead(`<p>Notre guide :</p>\n${guidePlaceholder}`));

    editor.selection.select(editor.getBody().querySelector('div[data-trp]')!);
    await openForm(editor, 'Insérer un élément trp-widgets');
    expect((group('Votre organisme : téléphone').querySelector('input') as HTMLInputElement).value).to.equal('613-555-0100');
    expect(group('Langue').querySelector('.tox-listbox')?.textContent).to.include('Français');
    fill('Votre organisme : nom', 'Services Havre sûr');
    press('Mettre à jour');
    await tinyDialog.closed();
    const saved = editor.getContent();
    expect(asRead(saved)).to.equal(asRead('<p>Notre guide :</p>\n<div data-trp="guide" data-lang="fr" data-org-name="Services Havre sûr" data-phone="613-555-0100" data-province="QC"></div>'));

    await expectFrenchGuideOnPage(saved);
  });

  it('on a phone, the form shows every label whole, in French and in English', async () => {
    for (const language of ['fr', 'en']) await expectWholeLabelsOnPhone(await create({language}), wordsFor(language));
  });

  it('speaks English in an English editor', async () => {
    const editor = await create({});
    await openForm(editor, 'Insert a trp-widgets element');
    expect(document.querySelector('.tox-dialog__title')?.textContent).to.equal('Permit information (trp-widgets)');
    group('Element');
    group('Language');
    press('Cancel');
    expect(editor.getContent()).to.equal('');
  });
});
