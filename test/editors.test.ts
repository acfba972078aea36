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
import {choiceOf, placeholderSnippet, type AttributeChoice} from '../src/editors/placeholder.js';
import {editorElements} from '../src/editors/form.js';
import {definitionsOf, readManifest} from './support/manifest.mjs';
import {openPageAt, renderedHrefs, renderedText, settleAll, waitFor, type LitLike} from './support/host-pages.js';

const languages = ['en', 'fr', 'es', 'tl', 'pa'];

/** The elements and their attributes as the demo's snippet builder lists them, from custom-elements.json. */
async function builderElements(): Promise<Array<{tag: string; attributes: AttributeChoice[]}>> {
  const unquote = (value?: unknown) => (typeof value === 'string' ? value.replace(/^(['"])(.*)\1$/, '$2') : undefined);
  return definitionsOf(await readManifest()).map((element) => ({
    tag: element.tagName,
    attributes: ((element.attributes ?? []) as Array<{name: string; type?: {text?: string}; default?: string}>).map((a) => ({
      name: a.name,
      ...(a.type?.text === 'boolean' ? {boolean: true} : unquote(a.default) ? {default: unquote(a.default)} : {}),
    })),
  }));
}

/** The code block marked `<!-- tested: name -->` in docs/editors.md, as a reader copies it. */
async function documented(name: string): Promise<string> {
  const page = await (await fetch('/docs/editors.md')).text();
  const code = page.match(new RegExp(`<!-- tested: ${name} -->\\n\`\`\`\\w*\\n([^]*?)\\n\`\`\`\\n`))?.[1];
  expect(code, `docs/editors.md: <!-- tested: ${name} -->`).to.be.a('string');
  return code!;
}

/** The lines of an editor's configuration that docs/editors.md gives (`name: value,`), as an object. */
async function documentedConfig(name: string): Promise<Record<string, unknown>> {
  return new Function(`return ({${await documented(name)}});`)() as Record<string, unknown>;
}

const hostileText = ['"><script>window.pwned = 1</script>', '<img src=x onerror="window.pwned = 1">', `O'Brien & "Sons" <b>bold</b>`, '" onmouseover="window.pwned = 1'];
const urlAttributes = new Set(['url', 'href', 'safety-href']);

/** Every element's placeholder twice: with ordinary values for every attribute, and with hostile ones. */
function placeholders(elements: Array<{tag: string; attributes: AttributeChoice[]}>): Array<{label: string; data: Record<string, string>}> {
  const ordinary: Record<string, string> = {
    lang: 'fr', 'heading-level': '3', 'org-name': 'Services Havre sûr', phone: '613-555-0100', email: 'aide@example.org',
    url: 'https://example.org/fr', hours: 'De 9 h à 17 h', address: '1 rue Principale, Ottawa', province: 'QC',
    languages: 'fr en', href: 'https://www.google.com/', 'safety-href': 'https://example.org/securite', position: 'static',
  };
  return elements.flatMap(({tag, attributes}) => {
    const name = tag.replace(/^trp-/, '');
    const set = (value: (attribute: string, index: number) => string) =>
      Object.fromEntries([['data-trp', name], ...attributes.map((a, index) => [`data-${a.name}`, a.boolean ? '' : value(a.name, index)])]);
    return [
      {label: `${name}, every attribute`, data: set((attribute) => ordinary[attribute] ?? 'x')},
      {label: `${name}, hostile values`, data: set((attribute, index) => (urlAttributes.has(attribute) ? 'javascript:alert(1)' : hostileText[index % hostileText.length]))},
    ];
  });
}

/** The saved HTML without the filler both editors put in an empty block. */
const withoutFiller = (html: string) => html.replace(/>&nbsp;<\/div>/g, '></div>');

/** The saved HTML as a browser reads it: TinyMCE writes `û` as `&ucirc;`, and the same HTML either way. */
const asRead = (html: string) => parsed(withoutFiller(html)).body.innerHTML;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const markupOf = (data: Record<string, string>) => `<div ${Object.entries(data).map(([n, v]) => `${n}="${escape(v)}"`).join(' ')}></div>`;

/** The document an editor saved, parsed without running anything. */
const parsed = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

const attributesOf = (element: Element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));

/** Nothing in the saved HTML runs: no script, no event handler attribute, no `javascript:` link. */
function expectInert(html: string): void {
  const doc = parsed(html);
  expect(doc.querySelectorAll('script, iframe, object, embed').length, 'scripts in the saved HTML').to.equal(0);
  const handlers = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`));
  expect(handlers, 'event handler attributes in the saved HTML').to.deep.equal([]);
  expect(doc.querySelectorAll('a[href^="javascript:" i]').length, 'javascript: links').to.equal(0);
}

/**
 * Compares the placeholders in the saved HTML with those loaded: the same, in order, each with its
 * attributes unchanged, except those `dropped` allows to be missing.
 */
function expectKept(html: string, loaded: Array<{label: string; data: Record<string, string>}>, dropped: (value: string) => boolean = () => false): void {
  const saved = [...parsed(html).querySelectorAll('div[data-trp]')];
  expect(saved.length, `placeholders saved, of ${loaded.length}:\n${html}`).to.equal(loaded.length);
  loaded.forEach(({label, data}, index) => {
    const kept = attributesOf(saved[index]);
    const expected = Object.fromEntries(Object.entries(data).filter(([name, value]) => name in kept || !dropped(value)));
    expect(kept, label).to.deep.equal(expected);
  });
}

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

/** Puts `html` on a partner's page, test/host/strict.html: the bundle, the strict policy. */
async function onPartnerPage(html: string) {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await fetch(`/editor-saved/${id}`, {method: 'POST', body: html});
  return openPageAt(`/editor-saved/${id}.html`);
}

const guideChoice = {element: 'trp-guide', lang: 'fr', province: 'QC', phone: '613-555-0100'};
/** What the snippet builder writes for `guideChoice`: this, and what src/editors/placeholder.ts makes of it. */
const guidePlaceholder = '<div data-trp="guide" data-lang="fr" data-phone="613-555-0100" data-province="QC"></div>';

/** Checks the upgraded guide on a partner's page: French, the organisation's phone as a tel: link, nothing refused. */
async function expectFrenchGuideOnPage(html: string): Promise<void> {
  const page = await onPartnerPage(html);
  const guide = page.doc.querySelector('#host div[data-trp="guide"] > trp-guide') as LitLike | null;
  expect(guide, 'the placeholder became <trp-guide>').to.satisfy(Boolean);
  await waitFor(() => renderedText(guide!).includes('Qui appeler'), 'the guide in French', 15_000);
  await settleAll(guide!);
  expect(renderedHrefs(guide!)).to.include('tel:+16135550100');
  expect(renderedText(guide!)).to.include('613-555-0100');
  expect(page.log.violations, 'policy violations').to.deep.equal([]);
  expect(page.log.errors, 'errors').to.deep.equal([]);
  page.frame.remove();
}

/**
 * CKEditor keeps a session id in the origin's localStorage (`__ckeditor-session-id`): on an editor's
 * page, not a reader's. The tests share one origin, and the host-page test checks that the elements
 * store nothing there, so what the editors stored goes when they are done.
 */
const storedBefore = {local: new Set<string>(), session: new Set<string>()};
before(() => {
  storedBefore.local = new Set(Object.keys(localStorage));
  storedBefore.session = new Set(Object.keys(sessionStorage));
});
after(() => {
  for (const key of Object.keys(localStorage)) if (!storedBefore.local.has(key)) localStorage.removeItem(key);
  for (const key of Object.keys(sessionStorage)) if (!storedBefore.session.has(key)) sessionStorage.removeItem(key);
});

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
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), {src: '/node_modules/tinymce/tinymce.min.js', onload: resolve, onerror: reject});
      document.head.append(script);
    });
    tinymce = (window as unknown as {tinymce: TinyMCE}).tinymce;
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

  /** TinyMCE's sanitizer drops an attribute whose value closes a tag (`</script>`): it is then missing, never live. */
  const closesTag = (value: string) => /<\//.test(value);

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

  /** The dialog's field labelled `label`. */
  function group(label: string): Element {
    const found = [...document.querySelectorAll('.tox-dialog .tox-form__group')].find((g) => g.querySelector('label')?.textContent === label);
    expect(found, `a field "${label}"`).to.satisfy(Boolean);
    return found!;
  }

  async function pick(label: string, option: string): Promise<void> {
    (group(label).querySelector('.tox-listbox') as HTMLElement).click();
    let item: HTMLElement | undefined;
    await waitFor(() => Boolean((item = [...document.querySelectorAll<HTMLElement>('.tox-collection__item')].find((i) => i.textContent?.trim() === option))), `option ${option}`);
    item!.click();
    await waitFor(() => !document.querySelector('.tox-collection__item'), 'the list to close');
  }

  function fill(label: string, value: string): void {
    const input = group(label).querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', {bubbles: true}));
  }

  function press(text: string): void {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.tox-dialog__footer button')].find((b) => b.textContent?.trim() === text);
    expect(button, `the dialog's button "${text}"`).to.satisfy(Boolean);
    button!.click();
  }

  async function openForm(editor: TinyEditor, label: string): Promise<void> {
    const button = editor.getContainer().querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
    expect(button, `a toolbar button "${label}"`).to.satisfy(Boolean);
    button!.click();
    await waitFor(() => Boolean(document.querySelector('.tox-dialog')), 'the dialog');
  }

  it('the button, in French, inserts the guide as the snippet builder writes it, and edits it again; the page shows it', async () => {
    const editor = await create({language: 'fr'});
    editor.setContent('<p>Notre guide :</p>');
    editor.selection.select(editor.getBody(), true);
    editor.selection.collapse(false);
    await openForm(editor, 'Insérer un élément trp-widgets');
    expect(document.querySelector('.tox-dialog__title')?.textContent).to.equal('Information sur le permis (trp-widgets)');
    await pick('Élément', 'Le guide complet');
    await pick('Langue', 'Français');
    await pick('Province ou territoire', 'Québec (QC)');
    fill('Votre organisme : téléphone', '613-555-0100');
    press('Insérer');
    await waitFor(() => !document.querySelector('.tox-dialog'), 'the dialog to close');
    expect(asRead(editor.getContent())).to.equal(asRead(`<p>Notre guide :</p>\n${guidePlaceholder}`));

    editor.selection.select(editor.getBody().querySelector('div[data-trp]')!);
    await openForm(editor, 'Insérer un élément trp-widgets');
    expect((group('Votre organisme : téléphone').querySelector('input') as HTMLInputElement).value).to.equal('613-555-0100');
    expect(group('Langue').querySelector('.tox-listbox')?.textContent).to.include('Français');
    fill('Votre organisme : nom', 'Services Havre sûr');
    press('Mettre à jour');
    await waitFor(() => !document.querySelector('.tox-dialog'), 'the dialog to close');
    const saved = editor.getContent();
    expect(asRead(saved)).to.equal(asRead('<p>Notre guide :</p>\n<div data-trp="guide" data-lang="fr" data-org-name="Services Havre sûr" data-phone="613-555-0100" data-province="QC"></div>'));

    await expectFrenchGuideOnPage(saved);
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
