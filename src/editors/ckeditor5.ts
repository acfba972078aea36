/**
 * The trp-widgets button for CKEditor 5 (v42 and later, and Drupal 10 and 11, which use it): add
 * `TrpWidgets` to `plugins` and `'trpWidgets'` to the toolbar. It opens a form (element, language,
 * heading level, province, the organisation's contact…) and inserts the placeholder
 * `<div data-trp="…" data-…>` the demo's snippet builder writes for the same choices; with the
 * selection in a placeholder, it opens the form filled in and replaces it. Its words are English or
 * French, after the editor's UI language (`language: 'fr'`).
 *
 * It imports CKEditor from `ckeditor5`, as CKEditor 5 plugins do (an import map, or your bundler,
 * resolves it), and adds no global. Keeping the placeholders in the saved HTML is the editor's
 * configuration (General HTML Support, `htmlSupport.allow`): see docs/editors.md.
 */
import {ButtonView, Dialog, Plugin, View, type Editor, type ModelElement, type ModelNode} from 'ckeditor5';
import {elementOptions, fieldsFor, placeholderFor, valuesFor, wordsFor, type Words, editorElements} from './form.js';
import {choiceFromPlaceholder} from './placeholder.js';

type Data = Record<string, string | boolean>;

const icon =
  '<svg width="20" height="20" viewBox="0 0 20 20" xmlns="http://www.w3.org/2000/svg"><path d="M3 4.5c2-.8 4.5-.8 7 .7 2.5-1.5 5-1.5 7-.7v11c-2-.8-4.5-.8-7 .7-2.5-1.5-5-1.5-7-.7z" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round"/><path d="M10 5.2v11" stroke="currentColor" stroke-width="1.4"/></svg>';

/** The GHS attributes of a model element (`htmlDivAttributes`…) that hold a `data-trp`, if any. */
function placeholderAttributes(node: ModelNode): Record<string, string> | undefined {
  for (const [key, value] of node.getAttributes()) {
    const attributes = (value as {attributes?: Record<string, string>} | undefined)?.attributes;
    if (/^html\w*Attributes$/.test(key) && attributes && 'data-trp' in attributes) return attributes;
  }
  return undefined;
}

/** The placeholder the selection is in or on, with the choices it holds. */
function selectedPlaceholder(editor: Editor) {
  const selection = editor.model.document.selection;
  const start = selection.getSelectedElement() ?? selection.getFirstPosition()?.parent;
  for (let node = start as ModelElement | null; node && node.is('element'); node = node.parent as ModelElement | null) {
    const attributes = placeholderAttributes(node);
    if (!attributes) continue;
    const choice = choiceFromPlaceholder((name) => attributes[name], editorElements);
    if (choice) return {node, ...choice};
  }
  return undefined;
}

/**
 * CKEditor's dialog grows no taller than 90% of the window, and lets what does not fit spill out
 * below it: the longest forms lost their buttons on a phone. With this sheet, the form scrolls
 * between the dialog's title and its buttons. A constructed sheet, adopted by the editor's document
 * once: no style element or attribute, which strict policies refuse.
 */
const dialogClass = 'trp-widgets-dialog';
let dialogSheet: CSSStyleSheet | undefined;
function adoptDialogSheet(doc: Document): void {
  if (!('adoptedStyleSheets' in doc)) return;
  if (!dialogSheet) {
    dialogSheet = new CSSStyleSheet();
    dialogSheet.replaceSync(`.ck.ck-dialog.${dialogClass}{display:flex;flex-direction:column}.ck.ck-dialog.${dialogClass}>.ck-dialog__content{min-height:0;overflow-y:auto}`);
  }
  if (!doc.adoptedStyleSheets.includes(dialogSheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, dialogSheet];
}

/** The form: plain labelled fields, in a CKEditor dialog. */
class TrpFormView extends View<HTMLFormElement> {
  #words: Words;
  #tag: string;
  #values: Data;

  constructor(editor: Editor, words: Words, tag: string, values: Data) {
    super(editor.locale);
    this.#words = words;
    this.#tag = tag;
    this.#values = valuesFor(tag, values);
    this.setTemplate({tag: 'form', attributes: {class: ['ck', 'ck-reset_all-excluded', 'ck-form', 'trp-widgets-form'], lang: editor.locale.uiLanguage}});
  }

  override render(): void {
    super.render();
    this.element!.addEventListener('submit', (event) => event.preventDefault());
    this.element!.addEventListener('change', (event) => {
      if ((event.target as HTMLSelectElement).name !== 'element') return;
      const values = this.values();
      this.#tag = String(values.element);
      this.#values = valuesFor(this.#tag, values);
      this.#fill();
    });
    this.#fill();
  }

  /** The form's values: text, or `true`/`false` for a box, by field name. */
  values(): Data {
    const values: Data = {};
    for (const field of this.element!.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      values[field.name] = field instanceof HTMLInputElement && field.type === 'checkbox' ? field.checked : field.value;
    }
    return values;
  }

  #fill(): void {
    const form = this.element!;
    const w = this.#words;
    const row = (name: string, label: string, control: HTMLElement, after = false) => {
      // A row of CKEditor's own forms, for its spacing: its stylesheet, no style of ours.
      const p = document.createElement('div');
      p.className = 'ck ck-form__row';
      const field = p.appendChild(document.createElement('span'));
      const text = document.createElement('label');
      const id = `trp-widgets-${name}-${this.#uid}`;
      control.id = id;
      text.htmlFor = id;
      text.textContent = label;
      field.append(...(after ? [control, ' ', text] : [text, document.createElement('br'), control]));
      return p;
    };
    const select = (name: string, options: Array<[string, string]>, value: string) => {
      const node = document.createElement('select');
      node.name = name;
      for (const [optionValue, text] of options) node.append(new Option(text, optionValue, false, optionValue === value));
      node.value = value;
      return node;
    };
    const rows = [row('element', w.element, select('element', elementOptions(w), this.#tag))];
    for (const field of fieldsFor(this.#tag, w)) {
      const value = this.#values[field.name];
      if (field.kind === 'select') rows.push(row(field.name, field.label, select(field.name, field.options, String(value ?? ''))));
      else {
        const input = document.createElement('input');
        input.name = field.name;
        if (field.kind === 'checkbox') {
          input.type = 'checkbox';
          input.checked = value === true;
        } else {
          input.type = field.name === 'phone' ? 'tel' : 'text';
          input.value = typeof value === 'string' ? value : '';
        }
        rows.push(row(field.name, field.label, input, field.kind === 'checkbox'));
      }
    }
    form.replaceChildren(...rows);
  }

  #uid = Math.random().toString(36).slice(2, 8);
}

/** The plugin: the `trpWidgets` toolbar button and its form. */
export class TrpWidgets extends Plugin {
  static get pluginName() {
    return 'TrpWidgets' as const;
  }

  static get requires() {
    return [Dialog] as const;
  }

  init(): void {
    const editor = this.editor;
    const w = wordsFor(editor.locale.uiLanguage);
    // CKEditor saves a document without text as empty (`getData()` trims it to ''), and a placeholder
    // holds no text: a page of placeholders alone would be saved blank. Not while one is there.
    editor.data.on(
      'get',
      (_event, args: unknown[]) => {
        const options = (args[0] ?? {}) as {rootName?: string; trim?: string};
        const root = editor.model.document.getRoot(options.rootName ?? 'main');
        if ((options.trim ?? 'empty') !== 'empty' || !root) return;
        for (const item of editor.model.createRangeIn(root).getItems()) {
          if (item.is('element') && placeholderAttributes(item)) {
            args[0] = {...options, trim: 'none'};
            return;
          }
        }
      },
      {priority: 'high'}
    );
    editor.ui.componentFactory.add('trpWidgets', (locale) => {
      const button = new ButtonView(locale);
      button.set({label: w.button, icon, tooltip: true});
      button.on('execute', () => this.open());
      return button;
    });
  }

  /** Opens the form: filled in from the placeholder the selection is in, or new. */
  open(): void {
    const editor = this.editor;
    const w = wordsFor(editor.locale.uiLanguage);
    const existing = selectedPlaceholder(editor);
    const form = new TrpFormView(editor, w, existing?.tag ?? 'trp-guide', existing?.values ?? {});
    const dialog = editor.plugins.get(Dialog);
    adoptDialogSheet(editor.ui.element?.ownerDocument ?? document);
    dialog.show({
      id: 'trpWidgets',
      className: dialogClass,
      title: w.title,
      content: form,
      actionButtons: [
        {label: w.cancel, withText: true, onExecute: () => dialog.hide()},
        {
          label: existing ? w.update : w.insert,
          class: 'ck-button-action',
          withText: true,
          onExecute: () => {
            const values = form.values();
            const html = placeholderFor(String(values.element), values);
            dialog.hide();
            editor.model.change((writer) => {
              const content = editor.data.toModel(editor.data.processor.toView(html));
              if (existing) {
                writer.setSelection(existing.node, 'on');
                editor.model.insertContent(content);
                return;
              }
              // A block of its own: in place of an empty paragraph, or after the block the cursor is in.
              const position = editor.model.document.selection.getFirstPosition()!;
              const block = position.getAncestors().find((node) => node.parent?.is('rootElement')) as ModelElement | undefined;
              if (block && block.isEmpty) writer.setSelection(block, 'on');
              else if (block) writer.setSelection(writer.createPositionAfter(block));
              editor.model.insertContent(content);
            });
            editor.editing.view.focus();
          },
        },
      ],
    });
  }
}

export default TrpWidgets;
