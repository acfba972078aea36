/**
 * The trp-widgets button for TinyMCE (6 and later): `plugins: 'trp'`, `toolbar: '… trp'`. It opens a
 * form (element, language, heading level, province, the organisation's contact…) and inserts the
 * placeholder `<div data-trp="…" data-…>` the demo's snippet builder writes for the same choices; on
 * a placeholder, it opens the form filled in and replaces it. Its words are English or French, after
 * the editor's `language`.
 *
 * Built as dist/editors/tinymce.js, a classic script that is also an ES module: load it after
 * TinyMCE, with a script tag, `import 'trp-widgets/editors/tinymce'`, or TinyMCE's own
 * `external_plugins: {trp: '…/editors/tinymce.js'}`. It registers with TinyMCE's global `tinymce`
 * and adds no global of its own. Keeping the placeholders in the saved HTML is the editor's
 * configuration (`extended_valid_elements`): see docs/editors.md.
 */
import type {Editor, TinyMCE} from 'tinymce';
import {elementOptions, fieldsFor, placeholderFor, valuesFor, valuesOf, wordsFor, type Words} from './form.js';

type Data = Record<string, string | boolean>;

/** A trp-widgets mark for the toolbar: an open book. */
const icon =
  '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5.5C6.5 4.5 9.5 4.5 12 6c2.5-1.5 5.5-1.5 8-.5v13c-2.5-1-5.5-1-8 .5-2.5-1.5-5.5-1.5-8-.5z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M12 6v13" stroke="currentColor" stroke-width="1.5"/></svg>';

function dialog(w: Words, tag: string, data: Data, editing: boolean) {
  const items = [
    {type: 'listbox' as const, name: 'element', label: w.element, items: elementOptions(w).map(([value, text]) => ({value, text}))},
    ...fieldsFor(tag, w).map((field) =>
      field.kind === 'select'
        ? {type: 'listbox' as const, name: field.name, label: field.label, items: field.options.map(([value, text]) => ({value, text}))}
        : field.kind === 'checkbox'
          ? {type: 'checkbox' as const, name: field.name, label: field.label}
          : {type: 'input' as const, name: field.name, label: field.label}
    ),
  ];
  return {
    title: w.title,
    body: {type: 'panel' as const, items},
    initialData: {...data, element: tag},
    buttons: [
      {type: 'cancel' as const, text: w.cancel},
      {type: 'submit' as const, text: editing ? w.update : w.insert, primary: true},
    ],
  };
}

function setUp(editor: Editor): void {
  const language = String((editor.options?.get('language') as string | undefined) ?? '');
  const w = wordsFor(language);

  const open = () => {
    const node = editor.dom.getParent(editor.selection.getNode(), 'div[data-trp]');
    const existing = node ? valuesOf(node) : undefined;
    const start = existing ?? {tag: 'trp-guide', values: {}};
    const spec = (tag: string, values: Data) => ({
      ...dialog(w, tag, valuesFor(tag, values), Boolean(existing)),
      onChange: (api: {getData(): Data; redial(spec: unknown): void}, details: {name: string}) => {
        if (details.name !== 'element') return;
        const data = api.getData();
        api.redial(spec(String(data.element), data));
      },
      onSubmit: (api: {getData(): Data; close(): void}) => {
        const data = api.getData();
        const html = placeholderFor(String(data.element), data);
        api.close();
        editor.undoManager.transact(() => {
          // Replaced in place: Firefox would insert the new one inside the old one, selected.
          if (node && existing) editor.dom.setOuterHTML(node, html);
          else editor.insertContent(html);
        });
        editor.nodeChanged();
        editor.focus();
      },
    });
    editor.windowManager.open(spec(start.tag, start.values) as never);
  };

  editor.ui.registry.addIcon('trp-widgets', icon);
  editor.ui.registry.addButton('trp', {icon: 'trp-widgets', tooltip: w.button, onAction: open});
  editor.ui.registry.addMenuItem('trp', {icon: 'trp-widgets', text: w.button, onAction: open});
  editor.addCommand('trpInsert', open);
}

const tinymce = (globalThis as {tinymce?: TinyMCE}).tinymce;
if (tinymce) tinymce.PluginManager.add('trp', setUp);
else console.warn('trp-widgets: load TinyMCE before editors/tinymce.js; the trp plugin is not registered.');
