/**
 * What the editors' tests share (test/editors.test.ts, test/joomla.test.ts): every element's
 * placeholder as the snippet builder offers it, ordinary and hostile; the settings docs/editors.md
 * gives, read from the page; what a saved document must keep; the partner's page that shows it; and
 * TinyMCE's dialog, as an editor fills it in.
 */
import {expect} from '@open-wc/testing';
import type {Editor as TinyEditor, TinyMCE} from 'tinymce';
import type {AttributeChoice} from '../../src/editors/placeholder.js';
import {elementOptions, type Words} from '../../src/editors/form.js';
import {setViewport} from './commands.js';
import {definitionsOf, readManifest} from './manifest.mjs';
import {openPageAt, renderedHrefs, renderedText, settleAll, waitFor, type LitLike} from './host-pages.js';

/** The elements and their attributes as the demo's snippet builder lists them, from custom-elements.json. */
export async function builderElements(): Promise<Array<{tag: string; attributes: AttributeChoice[]}>> {
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
export async function documented(name: string): Promise<string> {
  const page = await (await fetch('/docs/editors.md')).text();
  const code = page.match(new RegExp(`<!-- tested: ${name} -->\\n\`\`\`\\w*\\n([^]*?)\\n\`\`\`\\n`))?.[1];
  expect(code, `docs/editors.md: <!-- tested: ${name} -->`).to.be.a('string');
  return code!;
}

/** The lines of an editor's configuration that docs/editors.md gives (`name: value,`), as an object. */
export async function documentedConfig(name: string): Promise<Record<string, unknown>> {
  return new Function(`return ({${await documented(name)}});`)() as Record<string, unknown>;
}

export const hostileText = ['"><script>window.pwned = 1</script>', '<img src=x onerror="window.pwned = 1">', `O'Brien & "Sons" <b>bold</b>`, '" onmouseover="window.pwned = 1'];
const urlAttributes = new Set(['url', 'href', 'safety-href']);

/** Every element's placeholder twice: with ordinary values for every attribute, and with hostile ones. */
export function placeholders(elements: Array<{tag: string; attributes: AttributeChoice[]}>): Array<{label: string; data: Record<string, string>}> {
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

/** The saved HTML without the filler both editors put in an empty block (`&nbsp;`, or the character itself with Joomla's raw encoding). */
export const withoutFiller = (html: string) => html.replace(/>(?:&nbsp;|\u00a0)<\/div>/g, '></div>');

/** The saved HTML as a browser reads it: TinyMCE writes `û` as `&ucirc;`, and the same HTML either way. */
export const asRead = (html: string) => parsed(withoutFiller(html)).body.innerHTML;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const markupOf = (data: Record<string, string>) => `<div ${Object.entries(data).map(([n, v]) => `${n}="${escape(v)}"`).join(' ')}></div>`;

/** The document an editor saved, parsed without running anything. */
export const parsed = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

export const attributesOf = (element: Element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));

/** Nothing in the saved HTML runs: no script, no event handler attribute, no `javascript:` link. */
export function expectInert(html: string): void {
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
export function expectKept(html: string, loaded: Array<{label: string; data: Record<string, string>}>, dropped: (value: string) => boolean = () => false): void {
  const saved = [...parsed(html).querySelectorAll('div[data-trp]')];
  expect(saved.length, `placeholders saved, of ${loaded.length}:\n${html}`).to.equal(loaded.length);
  loaded.forEach(({label, data}, index) => {
    const kept = attributesOf(saved[index]);
    const expected = Object.fromEntries(Object.entries(data).filter(([name, value]) => name in kept || !dropped(value)));
    expect(kept, label).to.deep.equal(expected);
  });
}

/**
 * Puts `html` on a partner's page, test/host/strict.html: the bundle, the strict policy. With
 * `siteScript`, the page loads that script (a file of the site's own, a classic script) instead of
 * the bundle's tag, as a CMS theme's script file does.
 */
export async function onPartnerPage(html: string, siteScript?: string) {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  if (siteScript !== undefined) await fetch(`/editor-saved/${id}.js`, {method: 'POST', body: siteScript});
  await fetch(`/editor-saved/${id}`, {method: 'POST', body: html});
  return openPageAt(`/editor-saved/${id}.html`);
}

export const guideChoice = {element: 'trp-guide', lang: 'fr', province: 'QC', phone: '613-555-0100'};
/** What the snippet builder writes for `guideChoice`: this, and what src/editors/placeholder.ts makes of it. */
export const guidePlaceholder = '<div data-trp="guide" data-lang="fr" data-phone="613-555-0100" data-province="QC"></div>';

/** Checks the upgraded guide on a partner's page: French, the organisation's phone as a tel: link, nothing refused. */
export async function expectFrenchGuideOnPage(html: string, siteScript?: string): Promise<void> {
  const page = await onPartnerPage(html, siteScript);
  let guide = null as LitLike | null;
  await waitFor(() => Boolean((guide = page.doc.querySelector('#host div[data-trp="guide"] > trp-guide'))), 'the placeholder to become <trp-guide>', 15_000);
  await waitFor(() => renderedText(guide!).includes('Qui appeler'), 'the guide in French', 15_000);
  await settleAll(guide!);
  expect(renderedHrefs(guide!)).to.include('tel:+16135550100');
  expect(renderedText(guide!)).to.include('613-555-0100');
  expect(page.log.violations, 'policy violations').to.deep.equal([]);
  expect(page.log.errors, 'errors').to.deep.equal([]);
  page.frame.remove();
}

/** Loads TinyMCE from `src` (a classic script that sets the global `tinymce`) and returns it. */
export async function loadTinyMCE(src: string): Promise<TinyMCE> {
  await new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), {src, onload: resolve, onerror: reject});
    document.head.append(script);
  });
  return (window as unknown as {tinymce: TinyMCE}).tinymce;
}

/** TinyMCE's sanitizer drops an attribute whose value closes a tag (`</script>`): it is then missing, never live. */
export const closesTag = (value: string) => /<\//.test(value);

/** TinyMCE's dialog, as an editor fills it in. */
export const tinyDialog = {
  /** The dialog's field labelled `label`. */
  group(label: string): Element {
    const found = [...document.querySelectorAll('.tox-dialog .tox-form__group')].find((g) => g.querySelector('label')?.textContent === label);
    expect(found, `a field "${label}"`).to.satisfy(Boolean);
    return found!;
  },

  async pick(label: string, option: string): Promise<void> {
    const box = tinyDialog.group(label).querySelector('.tox-listbox') as HTMLElement;
    let item: HTMLElement | undefined;
    // Clicked again, after a while, if its list is still closed: a click as the dialog opens can come
    // before TinyMCE listens.
    let clicked = -Infinity;
    await waitFor(() => {
      item = [...document.querySelectorAll<HTMLElement>('.tox-collection__item')].find((i) => i.textContent?.trim() === option);
      if (!item && box.getAttribute('aria-expanded') !== 'true' && performance.now() - clicked > 500) {
        clicked = performance.now();
        box.click();
      }
      return Boolean(item);
    }, `option ${option}`);
    item!.click();
    await waitFor(() => !document.querySelector('.tox-collection__item'), 'the list to close');
  },

  fill(label: string, value: string): void {
    const input = tinyDialog.group(label).querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', {bubbles: true}));
  },

  press(text: string): void {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.tox-dialog__footer button')].find((b) => b.textContent?.trim() === text);
    expect(button, `the dialog's button "${text}"`).to.satisfy(Boolean);
    button!.click();
  },

  /**
   * In a French editor: a page of one line, then the guide inserted after it through the form, filled
   * in as `guideChoice` says, as an editor does.
   */
  async insertFrenchGuide(editor: TinyEditor): Promise<void> {
    editor.setContent('<p>Notre guide :</p>');
    editor.selection.select(editor.getBody(), true);
    editor.selection.collapse(false);
    await tinyDialog.open(editor, 'Insérer un élément trp-widgets');
    expect(document.querySelector('.tox-dialog__title')?.textContent).to.equal('Information sur le permis (trp-widgets)');
    await tinyDialog.pick('Élément', 'Le guide complet');
    await tinyDialog.pick('Langue', 'Français');
    await tinyDialog.pick('Province ou territoire', 'Québec (QC)');
    tinyDialog.fill('Votre organisme : téléphone', '613-555-0100');
    tinyDialog.press('Insérer');
    await tinyDialog.closed();
  },

  /** Waits for the dialog to close, as it does on its buttons. */
  closed: () => waitFor(() => !document.querySelector('.tox-dialog'), 'the dialog to close'),

  async open(editor: TinyEditor, label: string): Promise<void> {
    const button = editor.getContainer().querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
    expect(button, `a toolbar button "${label}"`).to.satisfy(Boolean);
    button!.click();
    await waitFor(() => Boolean(document.querySelector('.tox-dialog')), 'the dialog');
  },
};

/**
 * At a phone's width, opens the button's form in `editor` and shows each element's fields in turn:
 * every label must show whole (TinyMCE keeps a label on one line and cuts what does not fit).
 */
export async function expectWholeLabelsOnPhone(editor: TinyEditor, w: Words): Promise<void> {
  await setViewport({width: 390, height: 800});
  try {
    await tinyDialog.open(editor, w.button);
    for (const [, element] of elementOptions(w)) {
      await tinyDialog.pick(w.element, element);
      const cut = [...document.querySelectorAll<HTMLElement>('.tox-dialog label')].filter((label) => label.scrollWidth > label.clientWidth + 1);
      expect(cut.map((label) => label.textContent).join(' | '), `labels cut short, ${element}`).to.equal('');
    }
    tinyDialog.press(w.cancel);
    await tinyDialog.closed();
  } finally {
    await setViewport({width: 800, height: 600});
  }
}

/**
 * CKEditor keeps a session id in the origin's localStorage (`__ckeditor-session-id`): on an editor's
 * page, not a reader's. The tests share one origin, and the host-page test checks that the elements
 * store nothing there, so what the editors stored goes when they are done.
 */
export function removeWhatEditorsStore(): void {
  const storedBefore = {local: new Set<string>(), session: new Set<string>()};
  before(() => {
    storedBefore.local = new Set(Object.keys(localStorage));
    storedBefore.session = new Set(Object.keys(sessionStorage));
  });
  after(() => {
    for (const key of Object.keys(localStorage)) if (!storedBefore.local.has(key)) localStorage.removeItem(key);
    for (const key of Object.keys(sessionStorage)) if (!storedBefore.session.has(key)) sessionStorage.removeItem(key);
  });
}
