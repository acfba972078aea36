// The plugin's editor script (plugin/editor.js) with WordPress's own block API from the npm
// registry (@wordpress/blocks, @wordpress/element, @wordpress/i18n): what a block saves is what
// the block editor would save, serialized by the editor's own serializer.
import {createRequire} from 'node:module';
import {readdirSync, readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';

const require = createRequire(import.meta.url);
const blocks = require('@wordpress/blocks');
const element = require('@wordpress/element');
const i18n = require('@wordpress/i18n');
const hooks = require('@wordpress/hooks');
// The block parser reads the saved markup's attributes through a DOM document, as in the browser
// (set after loading the block API, whose modules would take Node for a browser).
globalThis.document ??= new JSDOM('').window.document;

const plugin = new URL('../plugin/', import.meta.url);

/** Each block's block.json, by block name. */
export const metadata = new Map(
  readdirSync(new URL('blocks/', plugin)).map((name) => {
    const json = JSON.parse(readFileSync(new URL(`blocks/${name}/block.json`, plugin), 'utf8'));
    return [json.name, json];
  })
);

/**
 * Registers the plugin's blocks as the editor does: WordPress sends each block.json to the editor
 * (bootstrapped definitions), then editor.js registers each block's edit and save.
 * `settings` is what trp-widgets.php gives the script (`trpWidgetsEditor`).
 */
export function loadEditorScript(settings) {
  blocks.unstable__bootstrapServerSideBlockDefinitions(Object.fromEntries(metadata));
  // The class every block's saved wrapper gets (`wp-block-trp-widgets-guide`): in WordPress, the
  // block editor's generated-class-name hook adds it through this filter of @wordpress/blocks.
  hooks.addFilter('blocks.getSaveContent.extraProps', 'trp-widgets-test/generated-class-name', (props, blockType) =>
    blocks.hasBlockSupport(blockType, 'className', true)
      ? {...props, className: [blocks.getBlockDefaultClassName(blockType.name), props.className].filter(Boolean).join(' ')}
      : props
  );
  const wp = {
    blocks,
    element,
    i18n,
    // The block editor's useBlockProps.save is @wordpress/blocks' getBlockProps; the rest of the
    // block editor and the components are only used by `edit`, which does not run here.
    blockEditor: {useBlockProps: {save: blocks.__unstableGetBlockProps}},
    components: {},
  };
  // Run as the browser runs it, with `window` for its globals (in this realm: the block API checks plain objects).
  new Function('window', readFileSync(new URL('editor.js', plugin), 'utf8'))({wp, trpWidgetsEditor: settings});
  for (const name of metadata.keys()) {
    if (!blocks.getBlockType(name)?.save) throw new Error(`editor.js registered no ${name}`);
  }
}

/** The markup the editor saves for one block with `attributes`: its comment delimiters and placeholder. */
export const serializeBlock = (name, attributes) => blocks.serialize([blocks.createBlock(name, attributes)]);

/** The editor's strings in `locale`: `__()` as the editor script calls it, with a translation file loaded. */
export function useTranslations(jed) {
  i18n.setLocaleData(jed.locale_data.messages, 'trp-widgets');
}

export {blocks};
