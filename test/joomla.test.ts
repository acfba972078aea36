/**
 * The insert button as a Joomla site gets it. Joomla 5 writes articles in TinyMCE 6; a newer Joomla
 * may ship TinyMCE 7 (TinyMCE 8 is in test/editors.test.ts). Each is set up here the way Joomla's
 * "Editor - TinyMCE" plugin sets it up:
 * - with the options its PHP gives TinyMCE (plugins/editors/tinymce, DisplayTrait::display()) for a
 *   set with its default settings and the two settings docs/editors.md asks of the administrator;
 * - started as its script starts it (media/plg_editors_tinymce/js/tinymce.js):
 *   `new tinymce.Editor(id, options, tinymce.EditorManager).render()`, not `tinymce.init()`;
 * - saved as Joomla saves it: into the article's textarea.
 * Readers then get the article on a page whose template loads the bundle through the `user.js` line
 * docs/editors.md gives. Joomla's PHP does not run here (neither it nor its packages are on the npm
 * registry or in Debian): its own text filter on saving is not tested, and its own TinyMCE plugins
 * (code highlighter, image drag and drop, templates) are left out.
 */
import {expect} from '@open-wc/testing';
import type {Editor as TinyEditor, TinyMCE} from 'tinymce';
import {
  asRead, builderElements, closesTag, documented, expectFrenchGuideOnPage, expectInert, expectKept, expectWholeLabelsOnPhone, guidePlaceholder,
  loadTinyMCE, markupOf, placeholders, removeWhatEditorsStore, tinyDialog,
} from './support/editors.js';
import {wordsFor} from '../src/editors/form.js';

/** Where docs/editors.md tells the site to put dist/, and where the test server has it. */
const onThisSite = (path: string) => path.replace(/^\/media\/trp-widgets\//, '/dist/');

/** The two settings docs/editors.md gives for *Editor - TinyMCE*, as the administrator types them. */
async function documentedSettings(): Promise<{plugin: {name: string; path: string}; customButton: string}> {
  const text = await documented('joomla-settings');
  const [name, path, customButton] = [/Plugin Name\s+(\S+)/, /Path\s+(\S+)/, /Custom Button:\s+(\S+)/].map((pattern) => text.match(pattern)?.[1] ?? '');
  expect({name, path, customButton}, text).to.satisfy((found: Record<string, string>) => Object.values(found).every(Boolean));
  return {plugin: {name, path}, customButton};
}

/**
 * What Joomla's PHP gives TinyMCE (its `plg_editor_tinymce` script options) for a set left at its
 * defaults, with a toolbar of bold, italic and link, and `settings`; `language` is the user's, as
 * Joomla finds TinyMCE's file for it (`fr-FR`). Joomla's own plugins and its template's editor.css
 * are left out.
 */
function joomlaOptions(settings: Awaited<ReturnType<typeof documentedSettings>>, language: string, tinymceVersion: string) {
  const toolbar1 = ['bold', 'italic', 'link', ...settings.customButton.split(/[\s,]+/)];
  return {
    ...(tinymceVersion === '6' ? {} : {license_key: 'gpl'}), // TinyMCE 7 and later ask for it; Joomla 5's TinyMCE 6 does not
    suffix: '.min',
    directionality: 'ltr',
    language,
    autosave_restore_when_empty: false,
    theme: 'silver',
    schema: 'html5',
    end_container_on_empty_block: true,
    menubar: false,
    toolbar: `jxtdbuttons ${toolbar1.join(' ')}`,
    // Always on, then the link button's plugin, then Word Count, Advanced List and Autosave (on by default).
    plugins: ['autolink', 'lists', 'importcss', 'quickbars', 'link', 'wordcount', 'advlist', 'autosave'].join(','),
    quickbars_image_toolbar: false,
    quickbars_insert_toolbar: false,
    quickbars_selection_toolbar: 'bold italic underline | H2 H3 | link blockquote',
    browser_spellcheck: true,
    entity_encoding: 'raw',
    verify_html: true,
    paste_as_text: false,
    valid_elements: '', // Valid Elements, empty by default
    extended_valid_elements: 'hr[id|title|alt|class|width|size|noshade]', // Joomla's own, then Extended Valid Elements (empty)
    invalid_elements: 'script,applet,iframe', // Prohibited Elements, by default
    relative_urls: true,
    remove_script_host: false,
    paste_data_images: false,
    document_base_url: '/',
    image_caption: true,
    importcss_append: true,
    height: '550px',
    elementpath: true,
    resize: 'both',
    external_plugins: {[settings.plugin.name]: new URL(onThisSite(settings.plugin.path), location.origin).href},
    toolbar_sticky: true,
    toolbar_mode: 'sliding',
    branding: false,
    promotion: false,
    force_br_newlines: false,
    forced_root_block: 'p',
  };
}

/** The article's textarea and its editor, started as Joomla's script starts it. */
async function joomlaEditor(tinymce: TinyMCE, options: Record<string, unknown>): Promise<{editor: TinyEditor; textarea: HTMLTextAreaElement}> {
  const textarea = Object.assign(document.createElement('textarea'), {id: `jform_articletext_${Math.random().toString(36).slice(2, 8)}`, name: 'jform[articletext]'});
  textarea.className = 'mce_editable joomla-editor-tinymce';
  const wrapper = document.createElement('div');
  wrapper.className = 'js-editor-tinymce trp-editor';
  wrapper.append(textarea);
  document.body.append(wrapper);
  const editor = new tinymce.Editor(
    textarea.id,
    {...options, selector: undefined, target: textarea, setup: (ed: TinyEditor) => ed.mode.set('design')} as never,
    tinymce.EditorManager,
  );
  const ready = new Promise<void>((resolve) => editor.on('init', () => resolve()));
  editor.render();
  await ready;
  return {editor, textarea};
}

removeWhatEditorsStore();

const releases = [
  {tinymce: '6', joomla: 'Joomla 5'},
  {tinymce: '7', joomla: 'a Joomla with TinyMCE 7'},
];

for (const {tinymce: version, joomla} of releases) {
  describe(`${joomla}: TinyMCE ${version}, set up as Joomla sets it up`, function () {
    this.timeout(60_000);
    let tinymce: TinyMCE;
    const editors: TinyEditor[] = [];

    before(async () => {
      tinymce = await loadTinyMCE(`/node_modules/tinymce${version}/tinymce.min.js`);
      expect(tinymce.majorVersion, 'the TinyMCE loaded').to.equal(version);
      // Joomla ships TinyMCE's translations, by its language tags; the npm package has none.
      tinymce.addI18n('fr-FR', {});
      tinymce.addI18n('en-GB', {});
    });

    afterEach(() => {
      for (const editor of editors.splice(0)) editor.remove();
      document.querySelectorAll('.trp-editor, .tox-tinymce-aux').forEach((node) => node.remove());
    });

    async function create(language: string) {
      const created = await joomlaEditor(tinymce, joomlaOptions(await documentedSettings(), language, version));
      editors.push(created.editor);
      return created;
    }

    it('keeps every element’s placeholder, hostile values unchanged or dropped, through load, edit and save', async () => {
      const loaded = placeholders(await builderElements());
      const {editor, textarea} = await create('en-GB');
      editor.setContent(`<p>Before.</p>${loaded.map(({data}) => markupOf(data)).join('')}<p>After.</p>`);
      editor.selection.setCursorLocation(editor.getBody().firstElementChild!, 0);
      editor.insertContent('Typed. ');
      editor.save();
      const html = textarea.value;
      editor.setContent(html);
      expect(editor.getContent(), 'the same, opened again').to.equal(html);
      expect(html).to.include('<p>Typed. Before.</p>');
      expectKept(html, loaded, closesTag);
      expectInert(html);
    });

    it('the button, in a French Joomla, inserts the guide with the organisation’s phone; saved, readers see it', async () => {
      const {editor, textarea} = await create('fr-FR');
      await tinyDialog.insertFrenchGuide(editor);
      editor.save();
      expect(asRead(textarea.value)).to.equal(asRead(`<p>Notre guide :</p>\n${guidePlaceholder}`));

      editor.selection.select(editor.getBody().querySelector('div[data-trp]')!);
      await tinyDialog.open(editor, 'Insérer un élément trp-widgets');
      expect((tinyDialog.group('Votre organisme : téléphone').querySelector('input') as HTMLInputElement).value).to.equal('613-555-0100');
      tinyDialog.press('Annuler');
      await tinyDialog.closed();

      const userJs = (await documented('joomla-user-js')).replace(/'\/media\/trp-widgets\//g, "'/dist/");
      expect(userJs, 'the documented user.js line, on this site').to.include("import('/dist/trp-widgets.js')");
      await expectFrenchGuideOnPage(textarea.value, userJs);
    });

    it('on a phone, the form shows every label whole, in French and in English', async () => {
      for (const language of ['fr-FR', 'en-GB']) await expectWholeLabelsOnPhone((await create(language)).editor, wordsFor(language));
    });

    it('speaks English in an English Joomla', async () => {
      const {editor} = await create('en-GB');
      await tinyDialog.open(editor, 'Insert a trp-widgets element');
      expect(document.querySelector('.tox-dialog__title')?.textContent).to.equal('Permit information (trp-widgets)');
      tinyDialog.press('Cancel');
      await tinyDialog.closed();
      expect(editor.getContent()).to.equal('');
    });
  });
}
